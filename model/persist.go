package model

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"time"

	tea "charm.land/bubbletea/v2"

	"certpath/files"
	"certpath/questions"
	"certpath/store"
	"certpath/termtext"
	"certpath/words"
)

// Saver keeps answers between runs; store.Store is the real one. A save
// that a newer one takes the place of returns store.ErrSuperseded: neither
// on disk nor failed.
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

// savedMsg says save number seq is on disk, with the answers it wrote.
type savedMsg struct {
	seq     uint64
	answers questions.Answers
	// trimmed says what the save left out, when it did.
	trimmed string
}

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
		var trimmed *store.Trimmed
		switch err := s.Save(bank, answers, seq, now); {
		case errors.As(err, &trimmed):
			// Saved, without the postings that would have made the file
			// too large to read back: say so, and count them as not on disk.
			return savedMsg{seq, trimmed.Saved, trimmed.Error()}
		case errors.Is(err, store.ErrSuperseded):
			return nil // a newer save reports for this one
		case err != nil:
			return saveFailedMsg{seq, err}
		}
		return savedMsg{seq, answers, ""}
	}
}

// saveDone takes the outcome of a save. A failure is shown until a save
// works, on every screen (see saveNote), and goes away when one does.
func (m *Model) saveDone(msg tea.Msg) tea.Cmd {
	before := m.note
	switch msg := msg.(type) {
	case saveFailedMsg:
		m.saveErr = msg.err
		m.note = m.saveNote()
	case savedMsg:
		if msg.seq > m.savedSeq {
			m.onDisk = msg.answers
		}
		m.savedSeq = max(m.savedSeq, msg.seq)
		if msg.seq >= m.saveSeq && m.saveErr != nil {
			if m.note == m.saveNote() {
				m.note = noteMsg{}
			}
			m.saveErr = nil
		}
		if msg.trimmed != "" {
			m.note = noteMsg{"Saved, but " + msg.trimmed + ".", true}
		}
	}
	if m.note == before {
		return nil
	}
	return m.layout() // the footer grew or shrank by the note
}

// saveNote is the note of the newest failed save, or no note when the
// newest save worked.
func (m *Model) saveNote() noteMsg {
	if m.saveErr == nil {
		return noteMsg{}
	}
	return noteMsg{fmt.Sprintf("Could not save your answers (%v); they are kept while certpath runs.", m.saveErr), true}
}

// notSaved lists the questions whose answers are not on disk: given or
// changed since the newest save that worked.
func (m *Model) notSaved() []questions.Question {
	var out []questions.Question
	for _, q := range m.c.bank.Questions {
		a, ok := m.c.answers[q.ID]
		if !ok {
			continue
		}
		if was, ok := m.onDisk[q.ID]; !ok || !reflect.DeepEqual(was, a) {
			out = append(out, q)
		}
	}
	return out
}

// exportCmd writes the results as markdown next to where certpath runs.
func (m *Model) exportCmd(doc, path string) tea.Cmd {
	return func() tea.Msg {
		abs, err := filepath.Abs(path)
		if err == nil {
			// The last boundary before a file others will cat: nothing
			// in it acts on a terminal, whatever reached the results.
			abs, err = files.WriteNew(abs, []byte(termtext.Sanitize(doc)))
		}
		return exportedMsg{path: abs, asked: path, err: err}
	}
}

// saving is how saving stands now, for the quit prompt.
func (m *Model) saving() saving {
	return saving{where: m.savedWhere(), err: m.saveErr, lost: m.notSaved(), pending: m.savedSeq < m.saveSeq}
}

func (m *Model) savedWhere() string {
	if m.c.opts.Store == nil {
		return ""
	}
	return m.c.opts.Store.Path()
}

func (e exportedMsg) note() noteMsg {
	if e.err != nil {
		return noteMsg{fmt.Sprintf("Could not save the results: %v.", e.err), true}
	}
	// The name may come from a symlink's target: it is shown as
	// words.Literal shows a name, so it names the file created.
	note := "Results saved to " + words.Literal(e.path)
	if filepath.Base(e.path) != filepath.Base(e.asked) {
		note += " (" + words.Literal(filepath.Base(e.asked)) + " was taken)"
	}
	return noteMsg{note, false}
}
