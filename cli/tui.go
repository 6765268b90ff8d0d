package cli

import (
	"certpath/accessible"
	"certpath/model"
	"certpath/store"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// errNoTerminal says how to run certpath where there is no terminal.
var errNoTerminal = usagef("certpath needs a terminal for the interactive screens, and standard input or output is not one (or TERM is dumb).\n" +
	"Use certpath quiz --answers FILE for a scripted run, certpath --accessible for plain prompts that work\n" +
	"with piped input, or certpath certs list / certs show ID to print the summaries")

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

func runTUI(ctx context.Context, s settings, start model.Start) error {
	if !isTerminal(os.Stdin) || !isTerminal(os.Stdout) || os.Getenv("TERM") == "dumb" {
		return errNoTerminal
	}
	lib, bank, err := s.bank()
	if err != nil {
		return err
	}
	opts := model.Options{GlamourStyle: os.Getenv("GLAMOUR_STYLE"), Start: start, ResizeSettle: 0,
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
	first, err := model.New(bank, lib, opts)
	if err != nil {
		return err
	}
	p := tea.NewProgram(first, tea.WithContext(ctx), tea.WithoutSignalHandler())
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
	m, ok := final.(model.Model)
	if !ok {
		return nil
	}
	// Leave the recommendation in the terminal's scrollback, where it can be
	// read after the screens close, or piped.
	if summary, shown := m.Summary(); shown && (m.Finished() || s.print) {
		fmt.Fprint(os.Stdout, summary)
	}
	if m.Aborted() {
		return abortedError{}
	}
	return nil
}

// runAccessible runs the quiz as plain prompts; piped input works.
func runAccessible(cmd *cobra.Command, s settings) error {
	lib, bank, err := s.bank()
	if err != nil {
		return err
	}
	err = accessible.Run(cmd.InOrStdin(), cmd.OutOrStdout(), bank, lib)
	if errors.Is(err, accessible.ErrInputEnded) {
		return usageError{err}
	}
	return err
}
