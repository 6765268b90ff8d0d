package model

import (
	"fmt"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"certpath/model/store"
	"certpath/questions"
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

func (m Model) now() time.Time {
	if m.opts.Now != nil {
		return m.opts.Now()
	}
	return time.Now()
}

// saveCmd writes the committed answers in the background. Each save carries
// a sequence number, so a slow earlier save never overwrites a later one.
func (m *Model) saveCmd() tea.Cmd {
	s := m.opts.Store
	if s == nil {
		return nil
	}
	m.saveSeq++
	seq, answers, bank, now := m.saveSeq, m.answers.Clone(), m.bank, m.now()
	return func() tea.Msg {
		if err := s.Save(bank, answers, seq, now); err != nil {
			return saveFailedMsg{err}
		}
		return nil
	}
}

// resume takes the saved answers and goes to the first question without an
// answer, or to the review when every question has one.
func (m Model) resume() (tea.Model, tea.Cmd) {
	m.answers = m.opts.Resume.Answers.Clone()
	for i, q := range m.bank.Questions {
		a, ok := m.answers[q.ID]
		m.fields[i].Reset(a, ok)
	}
	m.opts.Resume = store.Loaded{}
	for i, q := range m.bank.Questions {
		if _, ok := m.answers[q.ID]; !ok && !q.Optional {
			m.screen, m.index = questionScreen, i
			return m, nil
		}
	}
	return m.openReview(len(m.bank.Questions))
}

// startOver drops the saved answers and starts at the first question.
func (m Model) startOver() (tea.Model, tea.Cmd) {
	m.opts.Resume = store.Loaded{}
	m.answers = questions.Answers{}
	m.screen, m.index = questionScreen, 0
	return m, m.saveCmd()
}

// exportCmd writes the results as markdown next to where certpath runs.
func (m Model) exportCmd() tea.Cmd {
	dir := m.opts.ExportDir
	if dir == "" {
		dir = "."
	}
	path := filepath.Join(dir, "certpath-results-"+m.now().Format("2006-01-02-1504")+".md")
	doc := m.results.doc
	return func() tea.Msg {
		abs, err := filepath.Abs(path)
		if err == nil {
			err = store.WriteFileAtomic(abs, []byte(doc), 0o644)
		}
		return exportedMsg{path: abs, err: err}
	}
}

func (m Model) savedWhere() string {
	if m.opts.Store == nil {
		return ""
	}
	return m.opts.Store.Path()
}

func (e exportedMsg) note() string {
	if e.err != nil {
		return fmt.Sprintf("Could not save the results: %v. Check that the folder is writable.", e.err)
	}
	return "Results saved to " + e.path
}
