package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"certpath/content"
	"certpath/content/sourcecheck"
	"certpath/files"
	"certpath/postings"
	"certpath/words"

	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

func newSourcesCmd(s *settings) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "Check that the pages the facts cite still say what certpath says",
		Args:  noArgs,
	}
	cmd.AddCommand(newSourcesCheckCmd(s))
	// Persistent, so that "certpath --offline sources check" finds check:
	// cobra reads a flag the parent does not know as taking the next word.
	cmd.PersistentFlags().StringVar(&s.contentDir, "content", "", "read summaries and facts from this folder instead of the built-in ones")
	cmd.PersistentFlags().BoolVar(&s.offline, "offline", false, "refuse every request: sources check then stops at once")
	return cmd
}

// checkFlags are the flags of certpath sources check.
type checkFlags struct {
	only    []string
	format  string
	timeout time.Duration
	record  bool
}

func newSourcesCheckCmd(s *settings) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Read each cited page once and say, per quoted figure, whether the page still says it",
		Long: "Reads each source that a figure with a quote cites: one request per page, at most four at\n" +
			"a time, through the same reader as posting links (10 s, 1 MiB, five redirects, web pages,\n" +
			"text and PDFs only; a page that names its charset is decoded). A public page that\n" +
			"redirects onto this machine or a private network is not followed. For each figure it says:\n" +
			"  still says   the quote is on the page (whitespace, case, quotes and dashes aside)\n" +
			"  changed      the page is there, the quote is not; the nearest sentence is shown\n" +
			"  moved        the address redirects to another page\n" +
			"  gone         the page answers 404 or 410\n" +
			"  unreachable  a network error or a budget hit, named\n" +
			"Exit status 0 when every figure still says what certpath says, 1 otherwise, 2 on bad usage,\n" +
			"3 when no page answered (no network: one line, no report).\n" +
			"--record writes checked.yaml in the --content folder: each confirmed figure's day, which\n" +
			"its sources line then shows as \"confirmed on\".",
		Example: "  certpath sources check\n  certpath sources check --only psm-i --only S38\n" +
			"  certpath sources check --format json > sources.json\n  certpath sources check --content ./content --record",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runSourcesCheck(cmd, s, f) },
	}
	cmd.Flags().StringSliceVar(&f.only, "only", nil, "check only these certifications or sources (IDs such as psm-i or S31; repeat or separate with commas)")
	cmd.Flags().StringVar(&f.format, "format", "text", "text or json")
	cmd.Flags().DurationVar(&f.timeout, "timeout", postings.LinkTimeout, "how long each page may take, first byte to last")
	cmd.Flags().BoolVar(&f.record, "record", false, "write the day each confirmed figure was checked to checked.yaml in the --content folder")
	return cmd
}

func runSourcesCheck(cmd *cobra.Command, s *settings, f checkFlags) error {
	switch {
	case s.offline:
		return usagef("sources check reads the issuers' pages, and --offline refuses every request; run it without --offline")
	case f.format != "text" && f.format != "json":
		return usagef("--format %q is not known; use text or json", f.format)
	case f.timeout <= 0:
		return usagef("--timeout %v must be longer than nothing; give a duration such as 10s or 1m", f.timeout)
	case f.record && s.contentDir == "":
		return usagef("--record writes checked.yaml into a content folder; give it with --content (in a checkout: --content content)")
	}
	if f.record {
		// Said before any page is read, not after a check's minute.
		if err := files.CanRewrite(filepath.Join(s.contentDir, content.CheckedFile)); err != nil {
			return usageError{err: fmt.Errorf("--record: %w", err), input: true}
		}
	}
	lib, err := s.library()
	if err != nil {
		return err
	}
	targets, skipped, err := sourcecheck.Targets(lib, f.only)
	if err != nil {
		return usageError{err: err, input: true}
	}
	if len(targets) == 0 {
		return errors.New("no figure has a quote, so there is nothing to check; add quote: to the figures first (certpath validate lists the tier-A ones)")
	}
	bar := newProgressLine(cmd.ErrOrStderr())
	bar.show(0, sourcecheck.Pages(targets), nil)
	results := sourcecheck.Run(cmd.Context(), targets, sourcecheck.Options{Timeout: f.timeout, Progress: bar.show})
	bar.clear()
	if line := sourcecheck.NoneAnswered(results); line != "" {
		// The network, not the facts: one line, no report, no --record.
		return noNetworkError{msg: line}
	}
	day := lib.Now().Format(time.DateOnly)
	rep := sourcecheck.NewReport(day, results, skipped)
	if f.format == "json" {
		err = writeJSON(cmd.OutOrStdout(), rep)
	} else {
		_, err = io.WriteString(cmd.OutOrStdout(), rep.Text(outputWidth(cmd.OutOrStdout())))
	}
	if err != nil {
		return err
	}
	if f.record {
		if err := record(s.contentDir, results, day); err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "Recorded %s in %s.\n", words.Count(rep.Counts[sourcecheck.StillSays], "confirmed figure"), filepath.Join(s.contentDir, content.CheckedFile))
	}
	if sourcecheck.Failed(results) {
		return errors.New(rep.Look())
	}
	return nil
}

// record adds the confirmed figures to the folder's checked.yaml and drops
// those whose page now says something else.
func record(dir string, results []sourcecheck.Result, day string) error {
	old, err := content.ReadChecked(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("%s: %v", filepath.Join(dir, content.CheckedFile), err)
	}
	var confirmed, refuted []string
	for _, r := range results {
		switch r.Verdict {
		case sourcecheck.StillSays:
			confirmed = append(confirmed, r.ID)
		case sourcecheck.Changed, sourcecheck.Moved, sourcecheck.Gone:
			refuted = append(refuted, r.ID)
		}
	}
	data, err := content.RecordChecked(old, confirmed, refuted, day)
	if err != nil {
		return err
	}
	// Replaced whole, never written through a link out of the folder nor
	// over a read-only file.
	return files.Rewrite(filepath.Join(dir, content.CheckedFile), data)
}

// terminal is the terminal w writes to, if it writes to one: standard
// output reaches commands through the help writer, which holds the file.
func terminal(w io.Writer) (*os.File, bool) {
	f, ok := w.(*os.File)
	if h, isHelp := w.(*helpWriter); isHelp {
		f, ok = h.file, h.file != nil
	}
	return f, ok && isTerminal(f)
}

// outputWidth is the terminal's width when w is one, else 80.
func outputWidth(w io.Writer) int {
	if f, ok := terminal(w); ok {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return width
		}
	}
	return 80
}

// progressLine shows a check's progress: on a terminal a bar and a live
// count redrawn in place; anywhere else one plain line per page read.
type progressLine struct {
	w      io.Writer
	tty    bool
	width  int
	bar    progress.Model
	counts map[sourcecheck.Verdict]int
	// held are the plain lines of pages that gave no answer, kept until
	// one does: when none does, the check ends in one line, not one per
	// page.
	held     []string
	answered bool
}

func newProgressLine(w io.Writer) *progressLine {
	p := &progressLine{w: w, counts: map[sourcecheck.Verdict]int{}}
	if f, ok := terminal(w); ok {
		p.tty, p.width = true, outputWidth(f)
		p.bar = progress.New(progress.WithWidth(min(40, max(10, p.width-40))))
	}
	return p
}

func (p *progressLine) show(done, total int, results []sourcecheck.Result) {
	if !p.tty {
		if len(results) == 0 {
			return
		}
		p.held = append(p.held, sourcecheck.Line(done, total, results))
		if p.answered = p.answered || results[0].Answered(); p.answered {
			fmt.Fprintln(p.w, strings.Join(p.held, "\n"))
			p.held = p.held[:0]
		}
		return
	}
	for _, r := range results {
		p.counts[r.Verdict]++
	}
	look := 0
	for v, n := range p.counts {
		if v != sourcecheck.StillSays {
			look += n
		}
	}
	line := fmt.Sprintf("%s %d/%d pages · %d still say · %d to look at", p.bar.ViewAs(float64(done)/float64(total)), done, total, p.counts[sourcecheck.StillSays], look)
	// lipgloss.Fprint drops the bar's colours where the terminal (or
	// NO_COLOR) wants none.
	// A line wider than the terminal would wrap, and \r would redraw only
	// its last row.
	lipgloss.Fprint(p.w, "\r"+ansi.Truncate(line, p.width-1, "…")+"\x1b[K")
}

func (p *progressLine) clear() {
	if p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
