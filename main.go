// Command certpath helps people on agile teams choose their next
// certification: a guided quiz, a recommended path, and the summaries behind it.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"certpath/content"
	"certpath/model"
	"certpath/model/accessible"
	"certpath/model/postingfile"
	"certpath/model/store"
	"certpath/questions"
)

// Exit statuses.
const (
	exitError   = 1
	exitUsage   = 2
	exitAborted = 130
)

// abortedError carries exit status 130: the person left before finishing,
// or a signal stopped the program. It prints nothing.
type abortedError struct{}

func (abortedError) Error() string { return "aborted" }

// usageError carries exit status 2: the command, a flag or its input was wrong.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// noArgs and exactArgs are cobra's argument checks, reporting as usage errors.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usagef("unknown command %q for %q", args[0], cmd.CommandPath())
		}
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s needs %d certification ID(s), got %d; certpath certs list shows them", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// version is set by release builds (-ldflags "-X main.version=v1.2.3");
// empty means fang reads it from the build's module information.
var version = ""

func main() {
	opts := []fang.Option{fang.WithErrorHandler(printError)}
	if version != "" {
		opts = append(opts, fang.WithVersion(version))
	}
	if err := fang.Execute(context.Background(), newRootCmd(), opts...); err != nil {
		var u usageError
		switch {
		case errors.As(err, &u):
			os.Exit(exitUsage)
		case errors.Is(err, abortedError{}):
			os.Exit(exitAborted)
		}
		os.Exit(exitError)
	}
}

// printError writes an error as it was worded (fang's default handler
// capitalises the first word, which mangles IDs and paths), and for usage
// errors where to find the usage.
func printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, abortedError{}) {
		return
	}
	fmt.Fprintf(w, "certpath: %v\n", err)
	var u usageError
	if errors.As(err, &u) {
		fmt.Fprintln(w, "Try certpath --help for usage.")
	}
}

// settings are the flags every command shares.
type settings struct {
	contentDir string
	fresh      bool
	accessible bool
	noColor    bool
}

func newRootCmd() *cobra.Command {
	var s settings
	root := &cobra.Command{
		Use:   "certpath",
		Short: "Find your next agile certification",
		Long: "certpath asks what the job postings you aim for ask for and where your week really goes,\n" +
			"then recommends an ordered certification path across Scaled Agile, Scrum.org,\n" +
			"Scrum Alliance and PMI, and explains why.",
		Example: "  # Take the guided quiz\n  certpath\n\n  # Read and compare the certification summaries\n  certpath certs",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// A dumb terminal cannot draw screens; plain prompts work there.
			if s.accessible || os.Getenv("TERM") == "dumb" {
				return runAccessible(cmd, s)
			}
			return runTUI(cmd.Context(), s, model.StartQuiz)
		},
	}
	// Errors are printed once, by fang, as one clear message; a failed run
	// writes nothing to standard output.
	root.SilenceUsage, root.SilenceErrors = true, true
	root.PersistentFlags().StringVar(&s.contentDir, "content", "", "read summaries and facts from this folder instead of the built-in ones")
	root.PersistentFlags().BoolVar(&s.noColor, "no-color", false, "no colour (also NO_COLOR=1)")
	root.PersistentPreRun = func(*cobra.Command, []string) {
		if s.noColor {
			// Lip Gloss, Bubble Tea and fang all read NO_COLOR.
			os.Setenv("NO_COLOR", "1")
		}
	}
	root.Flags().BoolVar(&s.fresh, "fresh", false, "start over: ignore and delete the answers saved by an earlier run")
	root.Flags().BoolVar(&s.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "plain numbered prompts, one per line, no colour or cursor movement (also ACCESSIBLE=1)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newQuizCmd(&s), newQuestionsCmd(), newAnalyzeCmd(), newCertsCmd(&s), newValidateCmd(&s))
	return root
}

// library loads the built-in content, or the folder given with --content.
func (s settings) library() (*content.Library, error) {
	if s.contentDir == "" {
		lib := content.Lazy(content.Embedded())
		return lib, lib.Err()
	}
	info, err := os.Stat(s.contentDir)
	if err != nil || !info.IsDir() {
		return nil, usagef("content folder %q (from --content) does not exist or is not a folder; give the path of a copy of certpath's content/ folder", s.contentDir)
	}
	lib, err := content.Load(os.DirFS(s.contentDir))
	if err != nil {
		return nil, usageError{fmt.Errorf("%s: %w", s.contentDir, err)}
	}
	return lib, nil
}

// errNoTerminal says how to run certpath where there is no terminal.
var errNoTerminal = usagef("certpath needs a terminal for the interactive screens, and standard input or output is not one (or TERM is dumb).\n" +
	"Use certpath quiz --answers FILE for a scripted run, certpath --accessible for plain prompts that work\n" +
	"with piped input, or certpath certs list / certs show ID to print the summaries")

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

func runTUI(ctx context.Context, s settings, start model.Start) error {
	if !isTerminal(os.Stdin) || !isTerminal(os.Stdout) || os.Getenv("TERM") == "dumb" {
		return errNoTerminal
	}
	bank := questions.DefaultBank()
	if err := bank.Validate(); err != nil {
		return fmt.Errorf("the question bank is broken: %w", err)
	}
	lib := content.Lazy(content.Embedded())
	if s.contentDir != "" || start == model.StartBrowser {
		var err error
		if lib, err = s.library(); err != nil {
			return err
		}
	} else {
		// The welcome screen needs no content: parse it on the other core
		// while the first frame is drawn.
		go lib.Preload()
	}
	opts := model.Options{GlamourStyle: os.Getenv("GLAMOUR_STYLE"), Start: start, ResizeSettle: 50 * time.Millisecond,
		PanicKey: os.Getenv("CERTPATH_TEST_PANIC_KEY")}
	var saved *store.Store
	if start == model.StartQuiz {
		if dir, err := store.Dir(); err == nil {
			saved = store.Open(dir)
			opts.Store = saved
			if s.fresh {
				if err := saved.Clear(); err != nil {
					return fmt.Errorf("--fresh could not delete %s: %w", saved.Path(), err)
				}
			}
			opts.Resume = saved.Load(bank, time.Now())
		}
	}
	p := tea.NewProgram(model.New(bank, lib, opts), tea.WithContext(ctx), tea.WithoutSignalHandler())
	// Signals stop the program through the model, so the terminal is always
	// restored; answers are already on disk, saved as they were given.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	go func() {
		if _, ok := <-sigs; ok {
			p.Send(model.InterruptMsg{})
		}
	}()
	final, err := p.Run()
	if err != nil {
		if errors.Is(err, tea.ErrProgramPanic) {
			where := "nowhere (no state folder)"
			if saved != nil {
				where = saved.Path()
			}
			return fmt.Errorf("certpath hit a bug and stopped (%v). The terminal was restored. Your answers are saved in %s; run certpath again to resume", err, where)
		}
		return err
	}
	if m, ok := final.(model.Model); ok && m.Aborted() {
		return abortedError{}
	}
	return nil
}

// runAccessible runs the quiz as plain prompts; piped input works.
func runAccessible(cmd *cobra.Command, s settings) error {
	lib, err := s.library()
	if err != nil {
		return err
	}
	err = accessible.Run(cmd.InOrStdin(), cmd.OutOrStdout(), questions.DefaultBank(), lib)
	if errors.Is(err, accessible.ErrInputEnded) {
		return usageError{err}
	}
	return err
}

func newCertsCmd(s *settings) *cobra.Command {
	certs := &cobra.Command{
		Use:   "certs",
		Short: "Browse, read and compare the certification summaries",
		Long: "Opens the list of certifications. Enter reads a summary, / filters,\n" +
			"c marks two certifications to compare side by side.",
		Example: "  certpath certs\n  certpath certs list --format json\n  certpath certs show popm\n  certpath certs compare psm-i csm",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), *s, model.StartBrowser)
		},
	}
	var listFormat string
	list := &cobra.Command{
		Use:     "list",
		Short:   "Print every certification",
		Example: "  certpath certs list\n  certpath certs list --format json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), lib, listFormat)
		},
	}
	list.Flags().StringVar(&listFormat, "format", "text", "text or json")
	show := newDocCmd(s, "show ID", "Print one certification's summary",
		"  certpath certs show popm\n  certpath certs show psm-i --format text", 1,
		func(lib *content.Library, c []content.Cert) string { return lib.Summary(c[0]) })
	compare := newDocCmd(s, "compare ID ID", "Print two certifications side by side",
		"  certpath certs compare popm pspo-i", 2,
		func(lib *content.Library, c []content.Cert) string { return lib.Compare(c[0], c[1]) })
	certs.AddCommand(list, show, compare)
	return certs
}

// newDocCmd builds a command that prints a document about the
// certifications named by its arguments, as markdown or plain text.
func newDocCmd(s *settings, use, short, example string, n int, doc func(*content.Library, []content.Cert) string) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    exactArgs(n),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			certs := make([]content.Cert, len(args))
			for i, id := range args {
				if certs[i], err = findCert(lib, id); err != nil {
					return err
				}
			}
			return printDoc(cmd.OutOrStdout(), doc(lib, certs), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "markdown", "markdown or text")
	return cmd
}

func findCert(lib *content.Library, id string) (content.Cert, error) {
	if c, ok := lib.Cert(questions.CertID(strings.ToLower(id))); ok {
		return c, nil
	}
	var ids []string
	for _, c := range lib.Certs() {
		ids = append(ids, string(c.ID))
	}
	return content.Cert{}, usagef("unknown certification %q; known IDs: %s", id, strings.Join(ids, ", "))
}

func printList(w io.Writer, lib *content.Library, format string) error {
	type row struct {
		ID           questions.CertID      `json:"id"`
		Short        string                `json:"short"`
		Name         string                `json:"name"`
		Issuer       string                `json:"issuer"`
		Profiles     []questions.ProfileID `json:"profiles"`
		OfficialPage string                `json:"official_page"`
	}
	switch format {
	case "json":
		rows := []row{}
		for _, c := range lib.Certs() {
			rows = append(rows, row{c.ID, c.Short, c.Name, c.Issuer, c.Profiles, c.OfficialPage})
		}
		return writeJSON(w, rows)
	case "text":
		issuer := ""
		for _, c := range lib.Certs() {
			if c.Issuer != issuer {
				if issuer != "" {
					fmt.Fprintln(w)
				}
				issuer = c.Issuer
				fmt.Fprintln(w, issuer)
			}
			fmt.Fprintf(w, "  %-13s %s\n", c.ID, c.Name)
		}
		return nil
	}
	return usagef("--format %q is not known; use text or json", format)
}

func printDoc(w io.Writer, doc, format string) error {
	switch format {
	case "markdown":
		_, err := io.WriteString(w, doc)
		return err
	case "text":
		out, err := model.RenderPlain(doc, 80)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, out)
		return err
	}
	return usagef("--format %q is not known; use markdown or text", format)
}

func newValidateCmd(s *settings) *cobra.Command {
	return &cobra.Command{
		Use:   "validate",
		Short: "Check a content folder: front matter, IDs, dates and sources of every figure",
		Long: "Checks the built-in content, or the folder given with --content: every file's front\n" +
			"matter parses, IDs are unique and known, every figure has as_of and a source from\n" +
			"sources.yaml, every cross-reference names a real certification.",
		Example: "  certpath validate\n  certpath validate --content ./my-content",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := s.library()
			if err != nil {
				return err
			}
			where := "built-in content"
			if s.contentDir != "" {
				where = s.contentDir
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is valid: %d certifications, %d role profiles.\n", where, len(lib.Certs()), len(questions.Profiles()))
			return nil
		},
	}
}

func newQuizCmd(s *settings) *cobra.Command {
	var answersPath, format, output string
	cmd := &cobra.Command{
		Use:   "quiz",
		Short: "Score an answers file without the terminal interface",
		Long: "Reads answers from a YAML or JSON file (or - for standard input) and prints the\n" +
			"recommended path. It uses the same scoring as the interactive quiz.\n" +
			"certpath questions lists the question and option IDs the file uses.",
		Example: "  certpath quiz --answers examples/answers.yaml\n  certpath quiz --answers answers.json --format json\n  certpath quiz --answers answers.yaml --output results.md\n  cat answers.yaml | certpath quiz --answers -",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if answersPath == "" {
				return usagef("quiz needs --answers FILE (or - for standard input); run certpath without arguments for the interactive quiz")
			}
			if format != "markdown" && format != "json" && format != "text" {
				return usagef("--format %q is not known; use markdown, json or text", format)
			}
			lib, err := s.library()
			if err != nil {
				return err
			}
			data, err := readInput(cmd.InOrStdin(), answersPath)
			if err != nil {
				return err
			}
			bank := questions.DefaultBank()
			answers, err := questions.ParseAnswers(bank, data)
			if err != nil {
				return usageError{fmt.Errorf("%s: %w", answersPath, err)}
			}
			outcome := questions.Evaluate(bank, answers)
			var out bytes.Buffer
			if format == "json" {
				err = writeJSON(&out, outcome)
			} else {
				err = printDoc(&out, content.Report(lib, bank, answers, outcome), format)
			}
			if err != nil {
				return err
			}
			if output == "" {
				_, err = cmd.OutOrStdout().Write(out.Bytes())
				return err
			}
			if err := store.WriteFileAtomic(output, out.Bytes(), 0o644); err != nil {
				return fmt.Errorf("could not write %s: %w", output, err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "Results saved to %s\n", output)
			return nil
		},
	}
	cmd.Flags().StringVar(&output, "output", "", "write the results to this file (atomically) instead of standard output")
	cmd.Flags().StringVar(&answersPath, "answers", "", "answers file, YAML or JSON; - reads standard input")
	cmd.Flags().StringVar(&format, "format", "markdown", "markdown, json or text")
	return cmd
}

// writeJSON prints v as indented JSON, the form every --format json uses.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// readInput reads a named file, or standard input for "-".
func readInput(stdin io.Reader, path string) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, usagef("cannot read %s: %v", path, errors.Unwrap(err))
	case info.IsDir():
		return nil, usagef("%s is a folder; give an answers file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("cannot read %s: %v", path, err)
	}
	return data, nil
}

func newQuestionsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "questions",
		Short:   "List the question bank: IDs, prompts, kinds and option IDs",
		Long:    "Lists every question with the IDs an answers file uses.",
		Example: "  certpath questions\n  certpath questions --format json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printQuestions(cmd.OutOrStdout(), questions.DefaultBank(), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

func printQuestions(w io.Writer, bank questions.Bank, format string) error {
	type option struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	}
	type question struct {
		ID      string            `json:"id"`
		Section questions.Section `json:"section"`
		Kind    questions.Kind    `json:"kind"`
		Prompt  string            `json:"prompt"`
		Options []option          `json:"options"`
	}
	var qs []question
	for _, q := range bank.Questions {
		x := question{ID: q.ID, Section: q.Section, Kind: q.Kind, Prompt: q.Prompt}
		if q.Kind == questions.Frequency {
			for _, l := range questions.FrequencyLevels() {
				x.Options = append(x.Options, option{l.ID, l.Label})
			}
		}
		for _, o := range q.Options {
			x.Options = append(x.Options, option{o.ID, o.Label})
		}
		qs = append(qs, x)
	}
	switch format {
	case "json":
		return writeJSON(w, qs)
	case "text":
		hints := map[questions.Kind]string{
			questions.SingleChoice: "one option ID",
			questions.MultiChoice:  "a list of option IDs",
			questions.Frequency:    "one level ID, or 0 to 5",
			questions.Allocation:   "a map of option IDs to percentages adding up to 100",
			questions.Postings:     "optional: the text of a posting, or a list of texts or of {name, text}",
		}
		for i, q := range qs {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%s (%s: %s)\n  %s\n", q.ID, q.Kind, hints[q.Kind], q.Prompt)
			for _, o := range q.Options {
				fmt.Fprintf(w, "    %-16s %s\n", o.ID, o.Label)
			}
		}
		return nil
	}
	return usagef("--format %q is not known; use text or json", format)
}

func newAnalyzeCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "analyze [FILE...|-]",
		Short: "Read job postings and show which role they describe, and why",
		Long: "Finds the phrases that signal each role (backlog refinement, retrospectives, PI Planning,\n" +
			"funding value streams, risk registers...) in one or more postings and ranks the role\n" +
			"profiles. With several files it shows each one and all of them together. - or no file\n" +
			"reads standard input. Files over 1 MiB are read up to their first MiB.",
		Example: "  certpath analyze posting.txt\n  certpath analyze a.txt b.txt --format json\n  pbpaste | certpath analyze -",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" && format != "markdown" {
				return usagef("--format %q is not known; use text, json or markdown", format)
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			var postings []questions.PostingText
			for _, path := range args {
				var p questions.PostingText
				var note string
				var err error
				if path == "-" {
					p, note, err = postingfile.ReadPosting("standard input", cmd.InOrStdin())
				} else {
					p, note, err = postingfile.ReadPostingFile(path)
				}
				if note != "" {
					fmt.Fprintln(cmd.ErrOrStderr(), "certpath: "+note)
				}
				if err != nil {
					// The other files are still analysed.
					fmt.Fprintln(cmd.ErrOrStderr(), "certpath: "+err.Error())
					continue
				}
				postings = append(postings, p)
			}
			if len(postings) == 0 {
				return usagef("nothing could be analysed; give one or more text files with job postings, or - for standard input")
			}
			rep := questions.NewAnalyzer(questions.Lexicon()).AnalyzeAll(postings)
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rep)
			}
			return printDoc(cmd.OutOrStdout(), content.PostingsMarkdown(rep), format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text, json or markdown")
	return cmd
}
