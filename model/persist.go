package model

import (
	"fmt"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"certpath/questions"
	"certpath/store"
)

// Saver keeps answers between runs; store.Store is the real one.
type Saver interface {
	Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error
	Path() string
}

// saveFailedMsg reports a save that did not work. The answers stay in
// memory; the person is told, once.
type saveFailedMsg struct{ err error }

// exportedMsg reports where the results were written, or why not.
type exportedMsg struct {
	path string
	err  error
}

// InterruptMsg asks the program to stop, as SIGTERM or SIGHUP do: answers
// are already saved, so it only quits, marked as aborted.
type InterruptMsg struct{}

// saveCmd writes the committed answers in the background. Each save carries
// a sequence number, so a slow earlier save never overwrites a later one.
func (m *Model) saveCmd() tea.Cmd {
	s := m.c.opts.Store
	if s == nil {
		return nil
	}
	m.saveSeq++
	seq, answers, bank, now := m.saveSeq, m.c.answers.Clone(), m.c.bank, m.c.now()
	return func() tea.Msg {
		if err := s.Save(bank, answers, seq, now); err != nil {
			return saveFailedMsg{err}
		}
		return nil
	}
}

// exportCmd writes the results as markdown next to where certpath runs.
func (m Model) exportCmd(doc string) tea.Cmd {
	dir := m.c.opts.ExportDir
	if dir == "" {
		dir = "."
	}
	path := filepath.Join(dir, "certpath-results-"+m.c.now().Format("2006-01-02-1504")+".md")
	return func() tea.Msg {
		abs, err := filepath.Abs(path)
		if err == nil {
			err = store.WriteFileAtomic(abs, []byte(doc), 0o644)
		}
		return exportedMsg{path: abs, err: err}
	}
}

func (m Model) savedWhere() string {
	if m.c.opts.Store == nil {
		return ""
	}
	return m.c.opts.Store.Path()
}

func (e exportedMsg) note() noteMsg {
	if e.err != nil {
		return noteMsg{fmt.Sprintf("Could not save the results: %v. Check that the folder is writable.", e.err), true}
	}
	return noteMsg{"Results saved to " + e.path, false}
}
