package model

import (
	tea "charm.land/bubbletea/v2"

	"certpath/questions"
)

// setupMsg carries what a deferred load produced.
type setupMsg struct {
	setup Setup
	err   error
}

// NewDeferred builds the quiz so that its first frame waits for nothing:
// the welcome screen needs only the questions (to count them), so parsing
// the content, building the widgets and reading the saved answers happen in
// load, which runs after the first frame. Keys, pastes and mouse events that
// arrive before load is done are kept and handed on in order once it is; the
// saved-answers offer appears then. A load error ends the program, and
// LoadErr reports it. opts.Store and opts.Resume are taken from the Setup.
func NewDeferred(questionsOnly questions.Bank, load func() (Setup, error), opts Options) *Model {
	m := bare(questionsOnly, nil, opts)
	m.load = load
	m.stack = []screen{newWelcome(m.c, nil)}
	m.startCmd = m.layout()
	return m
}

// LoadErr reports why a deferred load failed, if it did; the program ended
// then without a question asked.
func (m *Model) LoadErr() error { return m.loadErr }

// loading reports whether a deferred load is still to finish.
func (m *Model) loading() bool { return m.load != nil }

// waits keeps input that arrives while the load runs; it reports whether
// msg was kept.
func (m *Model) waits(msg tea.Msg) bool {
	if !m.loading() {
		return false
	}
	switch msg.(type) {
	case tea.KeyMsg, tea.PasteMsg, tea.PasteStartMsg, tea.PasteEndMsg, tea.MouseMsg:
		m.pending = append(m.pending, msg)
		return true
	}
	return false
}

// ready takes what the deferred load produced, builds the quiz, hands it to
// the welcome screen, and hands on the input that waited for it, in order.
func (m *Model) ready(msg setupMsg) tea.Cmd {
	m.load = nil
	if msg.err != nil {
		m.loadErr = msg.err
		return tea.Quit
	}
	c := m.c
	c.bank, c.lib = msg.setup.Bank, msg.setup.Lib
	c.opts.Store, c.opts.Resume = msg.setup.Store, msg.setup.Resume
	m.onDisk = msg.setup.Resume.Answers
	quiz, err := newQuiz(c)
	if err != nil {
		m.loadErr = err
		return tea.Quit
	}
	// The welcome is the only screen while the load runs: keys wait.
	cmds := []tea.Cmd{m.toTop(quizMsg{quiz})}
	pending := m.pending
	m.pending = nil
	for _, in := range pending {
		_, cmd := m.Update(in)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}
