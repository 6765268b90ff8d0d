package cli

import (
	"certpath/content"
	"certpath/model"
	"certpath/questions"
	"certpath/termtext"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"charm.land/fang/v2"
	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// Execute runs the command line with fang and returns the process's exit
// status: 0, 1 for a failure, 2 for a usage error, 130 when the person left
// before finishing. version is empty unless a release build set it.
func Execute(ctx context.Context, version string) int {
	return run(ctx, version, os.Args[1:], os.Stdout, os.Stderr)
}

// run is Execute with its arguments and outputs given.
func run(ctx context.Context, version string, args []string, stdout, stderr io.Writer) int {
	root := NewRootCmd()
	root.SetArgs(args)
	help := newHelpWriter(stdout)
	defer help.Flush()
	root.SetOut(help)
	root.SetErr(stderr)
	// Help is written before any command runs (or by the help command);
	// whatever any other command writes passes through as it is.
	pre := root.PersistentPreRun
	root.PersistentPreRun = func(cmd *cobra.Command, args []string) {
		if cmd.Name() != "help" || cmd.Parent() != root {
			help.PassThrough()
		}
		pre(cmd, args)
	}
	// A command's error is kept here and fang is told the command
	// succeeded: fang's own error path asks the terminal for its background
	// colour, which a terminal that never answers makes wait 2 s (twice),
	// for styles an error message does not use. Only help asks.
	failed := catchErrors(root)
	colours := &helpColours{}
	colours.hook(root)
	defer colours.restore()
	// fang's own man command is hidden from help; certpath has its own,
	// listed (newManCmd).
	opts := []fang.Option{fang.WithoutManpage(), fang.WithColorSchemeFunc(colours.scheme), fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
		printError(w, err, helpCommand(root, args))
	})}
	if version != "" {
		opts = append(opts, fang.WithVersion(version))
	}
	err := fang.Execute(ctx, root, opts...)
	if err == nil && *failed != nil {
		err = *failed
		printError(stderr, err, helpCommand(root, args))
	}
	return exitStatus(err)
}

// catchErrors makes every command of the tree, its argument checks and
// its flags' parsing keep their error in *failed and report success; a
// command whose arguments failed does not run.
func catchErrors(root *cobra.Command) *error {
	failed := new(error)
	catch := func(err error) error {
		if err != nil && *failed == nil {
			*failed = err
		}
		return nil
	}
	var wrap func(c *cobra.Command)
	wrap = func(c *cobra.Command) {
		if run := c.RunE; run != nil {
			c.RunE = func(cmd *cobra.Command, args []string) error {
				if *failed != nil {
					return nil
				}
				return catch(run(cmd, args))
			}
		}
		if check := c.Args; check != nil {
			c.Args = func(cmd *cobra.Command, args []string) error { return catch(check(cmd, args)) }
		}
		for _, sub := range c.Commands() {
			wrap(sub)
		}
	}
	wrap(root)
	flagErr := root.FlagErrorFunc()
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return catch(flagErr(c, err)) })
	return failed
}

// printError writes an error as it was worded (fang's default handler
// capitalises the first word, which mangles IDs and paths), and for usage
// errors that --help would help with, the command to ask for it.
func printError(w io.Writer, err error, command string) {
	if errors.Is(err, abortedError{}) {
		return
	}
	// An error may quote what came from outside (a key of an answers file,
	// a file name, a server's words): it passes the sanitizer, on a
	// terminal or not.
	fmt.Fprintf(w, "certpath: %s\n", termtext.Sanitize(err.Error()))
	if hint := helpHint(err, command); hint != "" {
		fmt.Fprintln(w, hint)
	}
}

// helpCommand is the command args name ("certpath certs show"), found the
// way cobra finds it: the deepest one the words before any flags reach.
func helpCommand(root *cobra.Command, args []string) string {
	if cmd, _, err := root.Find(args); err == nil && cmd != nil {
		return cmd.CommandPath()
	}
	return root.CommandPath()
}

// settings are the flags every command shares.
type settings struct {
	// builtIn is the content that ships inside the binary.
	builtIn    *content.Library
	contentDir string
	fresh      bool
	// resume names an ended session's answers file to offer (--resume).
	resume string
	// name is whose answers these are (--name), saved with them; "" keeps
	// the name the saved answers give.
	name       string
	accessible bool
	noColor    bool
	print      bool
	offline    bool
	// document and docTitle are what model.StartDocument pages.
	document, docTitle string
	// clock is today for the facts and file names; nil is the wall clock.
	// Tests fix it so that nothing they check moves with the calendar.
	clock func() time.Time
}

// NewRootCmd builds the certpath command and its subcommands.
func NewRootCmd() *cobra.Command { return newRootCmd(nil, nil) }

// newRootCmd builds the commands on a given clock (nil: the wall clock)
// with the built-in content as builtIn (nil: the embedded content on that
// clock, parsed when first used). Tests, which run hundreds of commands,
// hand every command one library they load once: it is only read.
func newRootCmd(clock func() time.Time, builtIn *content.Library) *cobra.Command {
	if builtIn == nil {
		builtIn = content.Lazy(content.Embedded(), content.WithClock(clock))
	}
	s := settings{clock: clock, builtIn: builtIn}
	root := &cobra.Command{
		Use:   "certpath",
		Short: "Find your next agile certification",
		Long: "certpath asks what the job postings you aim for ask for and where your week really goes, " +
			"then recommends an ordered certification path across Scaled Agile, Scrum.org, " +
			"Scrum Alliance and PMI, and explains why.",
		Example: "  # Take the guided quiz\n  certpath\n\n  # Read and compare the certification summaries\n  certpath certs",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := s.checkResume(); err != nil {
				return err
			}
			name, err := questions.CheckName(s.name)
			if err != nil {
				return usageError{err: fmt.Errorf("--name: %v", err)}
			}
			s.name = name
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
	// --content and --offline are flags of the commands they act on, so
	// that help shows them there and nowhere else (completion, help).
	s.contentFlag(root)
	s.offlineFlag(root)
	root.PersistentFlags().BoolVar(&s.noColor, "no-color", false, "no colour (also NO_COLOR=1)")
	root.PersistentPreRun = func(*cobra.Command, []string) {
		if s.noColor {
			// Lip Gloss, Bubble Tea and fang all read NO_COLOR.
			os.Setenv("NO_COLOR", "1")
		}
	}
	root.Flags().BoolVar(&s.print, "print", false, "print a short summary of the results on any exit once they were shown (quitting from the results always does)")
	root.Flags().BoolVar(&s.fresh, "fresh", false, "start over: ignore and delete the answers saved by an earlier run (the answers another certpath kept are left, and named)")
	root.Flags().StringVar(&s.resume, "resume", "", "offer the answers another certpath kept in this file (answers-….yaml, as the start names it) instead of the newest; the others are kept")
	root.Flags().StringVar(&s.name, "name", "", "your name, saved with your answers so that certpath team names you by it (kept from the saved answers when not given)")
	root.Flags().BoolVar(&s.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "plain numbered prompts, one per line, no colour or cursor movement (also ACCESSIBLE=1)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err: err} })
	root.AddCommand(newQuizCmd(&s), newQuestionsCmd(&s), newAnalyzeCmd(&s), newCertsCmd(&s), newValidateCmd(&s), newSourcesCmd(&s), newTeamCmd(&s), newManCmd())
	return root
}

// newManCmd writes the man page, as fang's man command does; fang hides
// its own from help, and a command nobody can find is of no use.
func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Write certpath's man page to standard output (certpath man > certpath.1)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

// contentFlag adds --content to the flags of a command that reads the
// content.
func (s *settings) contentFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.contentDir, "content", "", "read summaries and facts from this folder instead of the built-in ones")
}

// offlineFlag adds --offline to the flags of a command that reads postings.
func (s *settings) offlineFlag(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&s.offline, "offline", false, "refuse links to postings: nothing is sent anywhere")
}

// library loads the built-in content, or the folder given with --content.
func (s settings) library() (*content.Library, error) {
	if s.contentDir == "" {
		return s.builtIn, s.builtIn.Err()
	}
	info, err := os.Stat(s.contentDir)
	if err != nil || !info.IsDir() {
		return nil, inputf("content folder %q (from --content) does not exist or is not a folder; give the path of a copy of certpath's content/ folder", s.contentDir)
	}
	lib, err := content.Load(os.DirFS(s.contentDir), content.WithClock(s.clock))
	if err != nil {
		return nil, usageError{err: fmt.Errorf("%s: %w", s.contentDir, err), input: true}
	}
	return lib, nil
}
