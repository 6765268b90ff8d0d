package model

import (
	"fmt"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"certpath/files"
	"certpath/questions"
)

// Saver keeps answers between runs; store.Store is the real one.
type Saver interface {
	Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error
	Path() string
}

// saveFailedMsg reports a save that did not work. The answers stay in
// memory; the person is told, once.
type saveFailedMsg struct {
	seq uint64
	err error
}

// savedMsg says save number seq is on disk.
type savedMsg struct{ seq uint64 }

// exportedMsg reports where the results were written, or why not.
type exportedMsg struct {
	path, asked string
	err         error
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
			return saveFailedMsg{seq, err}
		}
		return savedMsg{seq}
	}
}

// exportCmd writes the results as markdown next to where certpath runs.
func (m Model) exportCmd(doc, path string) tea.Cmd {
	return func() tea.Msg {
		abs, err := filepath.Abs(path)
		if err == nil {
			abs, err = files.WriteNew(abs, []byte(doc))
		}
		return exportedMsg{path: abs, asked: path, err: err}
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
		return noteMsg{fmt.Sprintf("Could not save the results: %v.", e.err), true}
	}
	note := "Results saved to " + e.path
	if filepath.Base(e.path) != filepath.Base(e.asked) {
		note += " (" + filepath.Base(e.asked) + " was taken)"
	}
	return noteMsg{note, false}
}
