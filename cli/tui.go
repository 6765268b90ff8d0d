package cli

import (
	"certpath/accessible"
	"certpath/catalog"
	"certpath/content"
	"certpath/internal/termguard"
	"certpath/model"
	"certpath/questions"
	"certpath/store"
	"certpath/termtext"
	"certpath/words"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/term"
	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"
)

// errNoTerminal says how to run certpath where there is no terminal.
var errNoTerminal = inputf("certpath needs a terminal for the interactive screens, and standard input or output is not one (or TERM is dumb).\n" +
	"Use certpath quiz --answers FILE for a scripted run, certpath --accessible for plain prompts that work\n" +
	"with piped input, or certpath certs list / certs show ID to print the summaries.")

// maxFPS is the highest frame rate Bubble Tea allows.
const maxFPS = 120

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

func runTUI(ctx context.Context, s settings, start model.Start) error {
	if !isTerminal(os.Stdin) || !isTerminal(os.Stdout) || os.Getenv("TERM") == "dumb" {
		return errNoTerminal
	}
	// Signals stop the program through the model, so the terminal is always
	// restored; answers are already on disk, saved as they were given. The
	// first Notify starts the runtime's signal thread and waits for it; here,
	// before the width table's goroutine below takes the other core, that
	// costs 0.7 ms rather than 2.6 ms of the first frame. A signal that comes
	// before the program exists waits in the channel.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	// The first frame measures runes beyond Latin (the help's •, the
	// arrows), and go-runewidth builds its 2 MB width table at the first
	// such rune: about 7 ms, built here on the other core while Bubble Tea
	// sets up the terminal, not in the first frame's draw.
	go runewidth.RuneWidth('•')
	opts := model.Options{Now: s.clock, GlamourStyle: os.Getenv("GLAMOUR_STYLE"), Start: start, Offline: s.offline, Document: s.document, DocumentTitle: s.docTitle,
		PanicKey: os.Getenv("CERTPATH_TEST_PANIC_KEY"), CrashKey: os.Getenv("CERTPATH_TEST_CRASH_KEY")}
	// The first frame is laid out for the window as it is.
	opts.Width, opts.Height, _ = term.GetSize(os.Stdout.Fd())
	// opened is the store the answers are saved in, once the deferred load
	// has opened it; read after the program ends.
	var opened atomic.Pointer[store.Store]
	// Bubble Tea restores the terminal on every way out it sees; the guard
	// restores it on those it cannot see: a fatal error of the runtime (out
	// of memory, a stack overflow), a panic in a goroutine of its own, a
	// SIGKILL. It keeps the terminal's settings from now, starts once the
	// first frame is out (its start would slow that frame), and runs until
	// Stop, called once the screens closed, before anything else is
	// printed. Should it not start, the screens run as before.
	guard := termguard.New(os.Stdin, os.Stdout)
	opts.FirstFrame = guard.Start
	defer guard.Stop()
	first, err := s.firstModel(opts, &opened, guard)
	if err != nil {
		return err
	}
	// Bubble Tea draws on a ticker at maxFPS: at 120, its most, a key waits
	// at most 8 ms for its frame.
	p := tea.NewProgram(first, tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithFPS(maxFPS))
	go func() {
		if _, ok := <-sigs; ok {
			p.Send(model.InterruptMsg{})
		}
	}()
	final, err := p.Run()
	guard.Stop()
	saved := opened.Load()
	if m, ok := final.(*model.Model); ok && err == nil && m.LoadErr() != nil {
		return m.LoadErr()
	}
	if err != nil {
		if errors.Is(err, tea.ErrProgramPanic) {
			return fmt.Errorf("certpath hit a bug and stopped (%v). The terminal was restored. %s", err, savedStatus(saved))
		}
		return err
	}
	m, ok := final.(*model.Model)
	if !ok {
		return nil
	}
	return s.finish(m, saved)
}

// finish says what a closed program leaves: where the answers are (the
// last save may still be on its way: it waits briefly and says what is on
// disk, rather than claim it) and, on the results or with --print, a short
// summary, which says where a save that went well is, so it is said once.
func (s settings) finish(m *model.Model, saved *store.Store) error {
	summary, shown := m.Summary()
	summarize := shown && (m.Finished() || s.print)
	if saved != nil && len(m.Answers()) > 0 {
		if ok, _ := saved.Wait(2 * time.Second); !ok || m.Aborted() && !summarize {
			fmt.Fprintln(os.Stderr, fitTerminal(os.Stderr, savedStatus(saved)))
		}
	}
	// Leave the recommendation in the terminal's scrollback, where it can be
	// read after the screens close, or piped.
	if summarize {
		// Wrapped between words to the terminal, which would otherwise cut
		// lines mid-word.
		fmt.Fprint(os.Stdout, wrapLines(termtext.Sanitize(summary), outputWidth(os.Stdout)))
	}
	if m.Aborted() {
		return abortedError{}
	}
	return nil
}

// firstModel builds the program. The quiz starts on a welcome screen that
// needs only the questions: the content, the bank over its catalogue and the
// saved answers are read after the first frame (model.NewDeferred). A
// --content folder is read first, so a broken one is a usage error before
// any screen opens; the summaries browser needs its list at once.
func (s settings) firstModel(opts model.Options, opened *atomic.Pointer[store.Store], guard *termguard.Guard) (*model.Model, error) {
	if opts.Start != model.StartQuiz {
		lib, bank, err := s.bank()
		if err != nil {
			return nil, err
		}
		return model.New(bank, lib, opts)
	}
	var lib *content.Library
	if s.contentDir != "" {
		var err error
		if lib, err = s.library(); err != nil {
			return nil, err
		}
	}
	load := func() (model.Setup, error) {
		if lib == nil {
			var err error
			if lib, err = s.library(); err != nil {
				return model.Setup{}, err
			}
		}
		bank, err := loadBank(lib)
		if err != nil {
			return model.Setup{}, err
		}
		setup := model.Setup{Bank: bank, Lib: lib}
		saved, resume, err := s.openNamedState(bank)
		if err != nil {
			return model.Setup{}, err
		}
		setup.Resume = resume
		if saved != nil {
			setup.Store = saved
			opened.Store(saved)
			// Said by the guard, should the program crash: no save is
			// in flight yet, so this is where the answers will be.
			guard.Note(savedStatus(saved))
		}
		return setup, nil
	}
	return model.NewDeferred(questions.DefaultBank(catalog.Catalog{}), load, opts), nil
}

// runAccessible runs the quiz as plain prompts; piped input works. It keeps
// the answers as the screens do: in the same state file, saved after each
// answer, offered to resume at the next start, deleted by --fresh.
func runAccessible(cmd *cobra.Command, s settings) error {
	lib, bank, err := s.bank()
	if err != nil {
		return err
	}
	saved, resume, err := s.openNamedState(bank)
	if err != nil {
		return err
	}
	opts := accessible.Options{Resume: resume, Offline: s.offline}
	if saved != nil {
		counted := &countedSaves{Store: saved}
		// Until a save, the answers on disk are the ones offered.
		counted.n.Store(int64(len(resume.Answers)))
		opts.Store = counted
		// ctrl+c while a prompt waits: every answer given is on disk already
		// (or its save is finishing); say where in one line and stop, as q
		// does.
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		defer signal.Stop(sigs)
		go func() {
			if _, ok := <-sigs; ok {
				line := accessible.KeptLine(counted, int(counted.n.Load()))
				if ok, _ := saved.Wait(2 * time.Second); !ok {
					line = savedStatus(saved) // why they are not on disk
				}
				fmt.Fprintln(cmd.ErrOrStderr())
				fmt.Fprintln(cmd.ErrOrStderr(), line)
				os.Exit(ExitAborted)
			}
		}()
	}
	err = accessible.RunWith(cmd.InOrStdin(), cmd.OutOrStdout(), bank, lib, opts)
	if errors.Is(err, accessible.ErrQuit) {
		return abortedError{} // q: a line said where the answers are
	}
	if errors.Is(err, accessible.ErrInputEnded) || errors.Is(err, accessible.ErrTooManyMisses) || errors.Is(err, accessible.ErrLineTooLong) {
		return usageError{err: err}
	}
	return err
}

// countedSaves is a store that counts the answers of the newest save asked
// of it, so that a stop says how many are kept, and claims none before the
// first answer.
type countedSaves struct {
	*store.Store
	n atomic.Int64
}

// Save counts the answers and hands them to the store.
func (c *countedSaves) Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error {
	c.n.Store(int64(len(a)))
	return c.Store.Save(b, a, seq, now)
}

// stateWritable checks that the state folder takes a file; a test stands
// in a folder that does not, which root cannot make with modes.
var stateWritable = (*store.Store).Writable

// openState opens the saved answers: the usual file when this is the only
// certpath using it, a session file of its own beside it when another holds
// it, nothing (with a note, and the answers it can read) when there is
// nowhere to save.
func openState(bank questions.Bank, how store.Choice) (*store.Store, store.Loaded, error) {
	dir, err := store.Dir()
	if err != nil {
		return nil, store.Loaded{Answers: questions.Answers{}, Notes: []string{"certpath has nowhere to save your answers (set HOME or XDG_STATE_HOME): they are kept only while it runs."}}, nil
	}
	return store.Start(dir, bank, how, time.Now(), stateWritable)
}

// openNamedState opens the saved answers (openState) and names them: by --name,
// else by the name they were saved with.
func (s settings) openNamedState(bank questions.Bank) (*store.Store, store.Loaded, error) {
	saved, resume, err := openState(bank, s.choice())
	if err == nil && saved != nil {
		name := s.name
		if name == "" {
			name = resume.Name
		}
		saved.SetName(name)
	}
	return saved, resume, err
}

// choice is what the start does with the saved answers: --fresh, --resume.
func (s settings) choice() store.Choice { return store.Choice{Fresh: s.fresh, Resume: s.resume} }

// checkResume checks --resume before any screen opens, and keeps the name
// of the file it names: one clear line when it names no answers another
// certpath kept.
func (s *settings) checkResume() error {
	if s.resume == "" {
		return nil
	}
	if s.fresh {
		return usagef("--fresh and --resume do not go together: --fresh starts over, --resume offers the answers in %s", words.Literal(s.resume))
	}
	dir, err := store.Dir()
	if err != nil {
		return inputf("--resume %s: certpath has no state folder (set HOME or XDG_STATE_HOME)", words.Literal(s.resume))
	}
	name, err := store.CheckResume(dir, s.resume)
	if err != nil {
		return usageError{err: err, input: true}
	}
	s.resume = name
	return nil
}

// savedStatus says what is on disk, after waiting briefly for a save in
// flight.
func savedStatus(saved *store.Store) string {
	if saved == nil {
		return "Your answers were not saved: certpath had nowhere to save them."
	}
	ok, err := saved.Wait(2 * time.Second)
	switch {
	case ok && saved.Session():
		return "Your answers are saved in " + words.Literal(saved.Path()) + "; to resume them, run certpath --resume " + words.Literal(filepath.Base(saved.Path())) + " once no other certpath is running."
	case ok:
		return "Your answers are saved in " + words.Literal(saved.Path()) + "; run certpath again to resume."
	case err != nil:
		return "Your answers could not be saved in " + words.Literal(saved.Path()) + ": " + err.Error() + "."
	}
	return "Some of your answers may not be saved in " + words.Literal(saved.Path()) + "."
}

// wrapLines wraps each line of s between words to width columns, keeping
// its line breaks. An indented line or a list item ("  • POPM now: ...")
// goes on under its text, not at column 0. A word wider than the line (a path) stays whole,
// to be copied.
func wrapLines(s string, width int) string {
	width = max(20, width)
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		head := listHead.FindString(line)
		indent := ansi.StringWidth(head)
		if indent == 0 || indent > width/2 {
			lines[i] = ansi.Wordwrap(line, width, "")
			continue
		}
		body := ansi.Wordwrap(line[len(head):], width-indent, "")
		lines[i] = head + strings.ReplaceAll(body, "\n", "\n"+strings.Repeat(" ", indent))
	}
	return strings.Join(lines, "\n")
}

// fitTerminal wraps a line between words to the width of w when w is a
// terminal, which would otherwise cut it mid-word; a pipe gets it whole.
func fitTerminal(w io.Writer, line string) string {
	if _, ok := terminal(w); !ok {
		return line
	}
	return wrapLines(line, outputWidth(w))
}

// listHead is the start of an indented line or a list item: its indent,
// and its bullet or number.
var listHead = regexp.MustCompile(`^ *(?:(?:[•*-]|\d+\.) +)?`)
