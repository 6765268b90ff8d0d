// Package model is certpath's Bubble Tea program: a root that keeps a stack
// of screens and routes messages to the one on top, and one file per screen.
// Screens talk to the root in messages (screen.go), which it applies in
// order; it holds them by the screen interface alone, and owns the answers,
// saving, the window size, the theme and the help.
package model

import (
	"path/filepath"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
	"certpath/questions"
	"certpath/render"
	"certpath/store"
)

// Model is the program. It is used by pointer, as soft-serve's UI and huh's
// Form are: Update changes it and returns it.
type Model struct {
	c             *common
	stack         []screen
	help          help.Model
	width, height int
	// startCmd is what laying out the first screen asked for, run by Init.
	startCmd tea.Cmd
	note     noteMsg
	saveSeq  uint64
	// savedSeq is the newest save on disk; saveErr why the newest one that
	// failed did, until a later one succeeds.
	savedSeq uint64
	saveErr  error
	// onDisk is what the state file holds as far as this run knows: the
	// answers found at start, then those of the newest save that worked.
	onDisk  questions.Answers
	aborted bool
	// finished: the person quit from the results.
	finished bool
	// load, while not nil, is still to finish: the welcome screen is shown,
	// and keys, pastes and mouse events wait in pending (see NewDeferred).
	load    func() (Setup, error)
	pending []tea.Msg
	loadErr error
	// drawn is set once the first frame was drawn (Options.FirstFrame).
	drawn bool
}

// Finished reports whether the person quit from the results: the command
// line then leaves a summary in the terminal.
func (m *Model) Finished() bool { return m.finished }

// New builds the program for a bank and a content library. It starts in the
// dark style until the terminal reports its background. It fails only when a
// question kind has no widget.
func New(bank questions.Bank, lib *content.Library, opts Options) (*Model, error) {
	m := bare(bank, lib, opts)
	c := m.c
	switch opts.Start {
	case StartBrowser:
		m.stack = []screen{newCertList(c, lib.Certs(), false)}
	case StartDocument:
		m.stack = []screen{newPager(c, opts.DocumentTitle, opts.Document)}
	default:
		quiz, err := newQuiz(c)
		if err != nil {
			return nil, err
		}
		m.stack = []screen{newWelcome(c, quiz)}
	}
	// The first screen gets its size before the first frame, which Bubble
	// Tea may draw before it reports the window's size.
	m.startCmd = m.layout()
	return m, nil
}

// bare is the root before any screen: styles, keys and help, dark until the
// terminal reports its background, unless GLAMOUR_STYLE names a light or a
// dark style.
func bare(bank questions.Bank, lib *content.Library, opts Options) *Model {
	isDark, _ := render.Background(opts.GlamourStyle)
	c := &common{bank: bank, lib: lib, opts: opts, answers: questions.Answers{}, st: newTheme(isDark, opts.GlamourStyle),
		keys: newKeyMap(), renderer: newRenderer(), frames: &frameCache{}, pages: pages}
	m := &Model{c: c, help: help.New(), width: 80, height: 24}
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height = opts.Width, opts.Height
	}
	m.help.Styles = c.st.Help
	m.help.SetWidth(m.width)
	m.onDisk = opts.Resume.Answers
	return m
}

// Answers returns the committed answers.
func (m *Model) Answers() questions.Answers { return m.c.answers.Clone() }

// Aborted reports whether the person left before finishing: quit during the
// quiz, ctrl+c, or a signal. The command line exits with status 130 then.
func (m *Model) Aborted() bool { return m.aborted }

// Init asks the terminal for its background colour and starts a deferred
// load; nothing else runs before the first frame.
func (m *Model) Init() tea.Cmd {
	if load := m.load; load != nil {
		return tea.Batch(m.startCmd, tea.RequestBackgroundColor, func() tea.Msg {
			setup, err := load()
			return setupMsg{setup, err}
		})
	}
	return tea.Batch(m.startCmd, tea.RequestBackgroundColor)
}

// Update handles window-level messages and the reports of the root's own
// commands, and hands everything else to the screen on top.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.waits(msg) {
		return m, nil
	}
	switch msg := msg.(type) {
	case setupMsg:
		return m, m.ready(msg)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		return m, m.layout()
	case tea.BackgroundColorMsg:
		if _, chosen := render.Background(m.c.opts.GlamourStyle); chosen || msg.IsDark() == m.c.st.isDark {
			// A GLAMOUR_STYLE for one background was chosen on purpose: the
			// screens keep the colours of the documents it styles.
			return m, nil
		}
		*m.c.st = *newTheme(msg.IsDark(), m.c.opts.GlamourStyle) // in place: nothing typed is rebuilt away
		m.help.Styles = m.c.st.Help
		return m, tea.Batch(m.broadcast(themeMsg{}), m.layout())
	case renderedMsg, pageBuiltMsg:
		return m, m.broadcast(msg)
	case exportedMsg:
		m.note = msg.note()
		if msg.err == nil {
			m.c.exportDir = filepath.Dir(msg.path)
			m.c.exported = msg.path
		}
		// The save prompt, if still open, closes or shows the error.
		return m, m.toTop(msg)
	case saveFailedMsg, savedMsg:
		return m, tea.Batch(m.saveDone(msg), m.broadcast(m.saving()))
	case InterruptMsg:
		m.aborted = true
		return m, tea.Quit
	case tea.KeyPressMsg:
		if cmd, done := m.globalKey(msg); done {
			return m, cmd
		}
	}
	return m, m.toTop(msg)
}

// toTop hands a message to the top screen, applies what it asks in order,
// then lays the top screen out again: a key can change the footer's height
// (a filter starts, a note shows).
func (m *Model) toTop(msg tea.Msg) tea.Cmd {
	r := m.top().Update(msg)
	cmds := []tea.Cmd{r.cmd}
	for _, req := range r.msgs {
		cmds = append(cmds, m.apply(req))
	}
	return tea.Batch(append(cmds, m.layout())...)
}

// apply carries out one request of a screen (screen.go). Any other message
// goes to the screen on top at that point: the one a request just opened,
// or the one below a screen that went back.
func (m *Model) apply(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case openMsg, replaceMsg, backMsg:
		_, closing := m.top().(dialog)
		m.stack = m.moved(msg)
		if _, opening := m.top().(dialog); !opening && !closing {
			m.note = m.saveNote() // a note belongs to the screen it was shown on; a failed save stays
		}
		return m.layout()
	case quitMsg:
		m.aborted = msg.force || m.c.outcome == nil
		return tea.Quit
	case commitMsg:
		m.c.answers[msg.id] = msg.answer
		return m.saveCmd()
	case answersMsg:
		m.c.answers = msg.answers.Clone()
		m.c.opts.Resume = store.Loaded{}
		return m.saveCmd()
	case resultsMsg:
		m.c.outcome = &msg.outcome
		return nil
	case mouseMsg:
		m.c.mouse = !m.c.mouse
		m.note = noteMsg{"Wheel scrolling is off: select text with the mouse as usual. m turns it on.", false}
		if m.c.mouse {
			m.note = noteMsg{"Wheel scrolling is on: hold shift to select text. m turns it off.", false}
		}
		return nil
	case noteMsg:
		m.note = msg
		return nil
	case exportMsg:
		return m.exportCmd(msg.doc, msg.path)
	}
	return m.toTop(msg)
}

// globalKey handles the keys that mean the same on every screen: quit, help,
// suspend; done is false when the key is the screen's. A dialog takes every
// key itself.
func (m *Model) globalKey(msg tea.KeyPressMsg) (cmd tea.Cmd, done bool) {
	if m.c.opts.PanicKey != "" && msg.String() == m.c.opts.PanicKey {
		panic("certpath: panic requested with CERTPATH_TEST_PANIC_KEY")
	}
	if m.c.opts.CrashKey != "" && msg.String() == m.c.opts.CrashKey {
		go crash()
	}
	if _, ok := m.top().(dialog); ok {
		return nil, false
	}
	keys, typing := m.c.keys.Global, m.top().Typing()
	switch {
	case key.Matches(msg, keys.Suspend):
		// ctrl+z hands the terminal back to the shell; Bubble Tea restores
		// it, and redraws everything on fg.
		return tea.Suspend, true
	case key.Matches(msg, keys.ForceQuit):
		return m.askQuit(true), true
	case key.Matches(msg, keys.Quit) && !typing:
		return m.askQuit(false), true
	case key.Matches(msg, keys.Help) && !typing:
		m.c.showAll = !m.c.showAll
		m.help.ShowAll = m.c.showAll
		return m.layout(), true
	}
	return nil, m.tooSmall()
}

// moved is the stack after a screen asked to open, replace or leave one. The
// first screen is never left: there would be nothing to show.
func (m *Model) moved(msg tea.Msg) []screen {
	s := slices.Clone(m.stack)
	switch msg := msg.(type) {
	case openMsg:
		return append(s, msg.screens...)
	case replaceMsg:
		return append(s[:len(s)-1], msg.s)
	}
	if len(s) > 1 {
		return s[:len(s)-1]
	}
	return s
}

// broadcast hands a window-level message to every screen on the stack.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range m.stack {
		cmds = append(cmds, s.Update(msg).cmd)
	}
	return tea.Batch(cmds...)
}

func (m *Model) top() screen { return m.stack[len(m.stack)-1] }

// dialog is a screen that asks one thing over the screen below, as the quit
// prompt does: it answers every key itself (the root's q, ? and ctrl+c
// too), shows no note in its footer, and the note of the screen below is
// there again when it closes.
type dialog interface {
	screen
	dialog()
}
