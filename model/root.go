// Package model is certpath's Bubble Tea program: a root that keeps a stack
// of screens and routes messages to the one on top, and one file per screen.
// Screens talk to the root in messages (screen.go); the root owns the
// answers, saving, the window size, the theme, the help and the quit prompt.
package model

import (
	"path/filepath"
	"slices"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
	"certpath/questions"
	"certpath/render"
	"certpath/store"
)

// Smallest window certpath draws its screens in; below it, it says so.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Start says which screen the program opens on.
type Start int

// The screens certpath can start on.
const (
	// StartQuiz opens the welcome screen of the guided quiz.
	StartQuiz Start = iota
	// StartBrowser opens the list of certification summaries.
	StartBrowser
)

// Options are what the command line hands the quiz.
type Options struct {
	// GlamourStyle is GLAMOUR_STYLE: a style name or a JSON style file.
	GlamourStyle string
	// Start is the first screen.
	Start Start
	// Store saves every answer as it is given; nil saves nothing.
	Store Saver
	// Resume holds answers saved by an earlier run, offered on the welcome
	// screen, and notes about what was set aside.
	Resume store.Loaded
	// ExportDir is where s writes the results; empty means the current folder.
	ExportDir string
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
	// PanicKey, when set, is a key that panics: the tests use it to check
	// that a crash restores the terminal and says where the answers are.
	PanicKey string
	// Offline refuses links in the postings step: nothing is sent anywhere.
	Offline bool
	// Width and Height are the terminal's size when the program starts, if
	// known, so that the first frame is laid out for it; Bubble Tea's own
	// report comes a moment later. Zero means 80x24 until then.
	Width, Height int
	// ResizeSettle is how long the window size must hold still before a
	// document is rendered again for the new width, so a burst of resizes
	// renders once. Zero renders at once.
	ResizeSettle time.Duration
}

// Model is the program. It is a value; Update returns an updated copy.
type Model struct {
	c             *common
	stack         []screen
	help          help.Model
	width, height int
	// startCmd is what laying out the first screen asked for, run by Init.
	startCmd    tea.Cmd
	confirmQuit bool
	note        noteMsg
	saveSeq     uint64
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
}

// Setup is what the screens after the welcome need: the bank over the
// content's catalogue, the content, and the saved answers with their store.
type Setup struct {
	Bank   questions.Bank
	Lib    *content.Library
	Store  Saver
	Resume store.Loaded
}

// setupMsg carries what a deferred load produced.
type setupMsg struct {
	setup Setup
	err   error
}

// Finished reports whether the person quit from the results: the command
// line then leaves a summary in the terminal.
func (m Model) Finished() bool { return m.finished }

// New builds the program for a bank and a content library. It starts in the
// dark style until the terminal reports its background. It fails only when a
// question kind has no widget.
func New(bank questions.Bank, lib *content.Library, opts Options) (Model, error) {
	m := bare(bank, lib, opts)
	c := m.c
	if opts.Start == StartBrowser {
		m.stack = []screen{newCertList(c, lib.Certs(), false)}
		return m.laidOut(), nil
	}
	quiz, err := newQuiz(c)
	if err != nil {
		return Model{}, err
	}
	m.stack = []screen{newWelcome(c, quiz)}
	return m.laidOut(), nil
}

// NewDeferred builds the quiz so that its first frame waits for nothing:
// the welcome screen needs only the questions (to count them), so parsing
// the content, building the widgets and reading the saved answers happen in
// load, which runs after the first frame. Keys, pastes and mouse events that
// arrive before load is done are kept and handed on in order once it is; the
// saved-answers offer appears then. A load error ends the program, and
// LoadErr reports it. opts.Store and opts.Resume are taken from the Setup.
func NewDeferred(questionsOnly questions.Bank, load func() (Setup, error), opts Options) Model {
	m := bare(questionsOnly, nil, opts)
	m.load = load
	m.stack = []screen{newWelcome(m.c, nil)}
	return m.laidOut()
}

// bare is the root before any screen: styles, keys and help, dark until the
// terminal reports its background, unless GLAMOUR_STYLE names a light or a
// dark style.
func bare(bank questions.Bank, lib *content.Library, opts Options) Model {
	isDark, _ := render.Background(opts.GlamourStyle)
	c := &common{bank: bank, lib: lib, opts: opts, answers: questions.Answers{}, st: newTheme(isDark, opts.GlamourStyle),
		keys: newKeyMap(), renderer: newRenderer(), frames: &frameCache{}}
	m := Model{c: c, help: help.New(), width: 80, height: 24}
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height = opts.Width, opts.Height
	}
	m.help.Styles = c.st.Help
	m.help.SetWidth(m.width)
	m.onDisk = opts.Resume.Answers
	return m
}

// laidOut gives the first screen its size before the first frame, which
// Bubble Tea may draw before it reports the window's size.
func (m Model) laidOut() Model {
	m.startCmd = m.layout()
	return m
}

// LoadErr reports why a deferred load failed, if it did; the program ended
// then without a question asked.
func (m Model) LoadErr() error { return m.loadErr }

// loading reports whether a deferred load is still to finish.
func (m Model) loading() bool { return m.load != nil }

// ready takes what the deferred load produced, builds the quiz, and hands on
// the input that waited for it.
func (m Model) ready(msg setupMsg) (tea.Model, tea.Cmd) {
	m.load = nil
	if msg.err != nil {
		m.loadErr = msg.err
		return m, tea.Quit
	}
	c := m.c
	c.bank, c.lib = msg.setup.Bank, msg.setup.Lib
	c.opts.Store, c.opts.Resume = msg.setup.Store, msg.setup.Resume
	m.onDisk = msg.setup.Resume.Answers
	quiz, err := newQuiz(c)
	if err != nil {
		m.loadErr = err
		return m, tea.Quit
	}
	m.stack[0].(*welcomeScreen).quiz = quiz
	pending := m.pending
	m.pending = nil
	var next tea.Model = m
	cmds := []tea.Cmd{m.layout()}
	for _, in := range pending {
		var cmd tea.Cmd
		next, cmd = next.Update(in)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

// Answers returns the committed answers.
func (m Model) Answers() questions.Answers { return m.c.answers.Clone() }

// Aborted reports whether the person left before finishing: quit during the
// quiz, ctrl+c, or a signal. The command line exits with status 130 then.
func (m Model) Aborted() bool { return m.aborted }

// Init asks the terminal for its background colour and starts a deferred
// load; nothing else runs before the first frame.
func (m Model) Init() tea.Cmd {
	if load := m.load; load != nil {
		return tea.Batch(m.startCmd, tea.RequestBackgroundColor, func() tea.Msg {
			setup, err := load()
			return setupMsg{setup, err}
		})
	}
	return tea.Batch(m.startCmd, tea.RequestBackgroundColor)
}

// Update handles window-level messages and the screens' requests, and hands
// everything else to the screen on top.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.loading() {
		switch msg.(type) {
		case tea.KeyMsg, tea.PasteMsg, tea.PasteStartMsg, tea.PasteEndMsg, tea.MouseMsg:
			m.pending = append(m.pending, msg)
			return m, nil
		}
	}
	switch msg := msg.(type) {
	case setupMsg:
		return m.ready(msg)
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
	case renderedMsg:
		return m, m.broadcast(msg)
	case openMsg, replaceMsg, backMsg:
		m.stack = m.moved(msg)
		m.note = m.saveNote() // a note belongs to the screen it was shown on; a failed save stays
		cmd := m.layout()
		if b, ok := msg.(backMsg); ok && b.then != nil {
			return m.toTop(b.then, cmd)
		}
		return m, cmd
	case commitMsg:
		m.c.answers[msg.id] = msg.answer
		return m.toTop(msg.then, m.saveCmd())
	case answersMsg:
		m.c.answers = msg.answers.Clone()
		m.c.opts.Resume = store.Loaded{}
		return m.toTop(msg.then, m.saveCmd())
	case resultsMsg:
		m.c.outcome = &msg.outcome
		return m, nil
	case mouseMsg:
		m.c.mouse = !m.c.mouse
		m.note = noteMsg{"Wheel scrolling is off: select text with the mouse as usual. m turns it on.", false}
		if m.c.mouse {
			m.note = noteMsg{"Wheel scrolling is on: hold shift to select text. m turns it off.", false}
		}
		return m, m.layout()
	case noteMsg:
		m.note = msg
		return m, m.layout()
	case exportMsg:
		return m, m.exportCmd(msg.doc, msg.path)
	case exportedMsg:
		m.note = msg.note()
		if msg.err == nil {
			m.c.exportDir = filepath.Dir(msg.path)
			m.c.exported = msg.path
		}
		// The save prompt, if still open, closes or shows the error.
		return m.toTop(msg, nil)
	case saveFailedMsg, savedMsg:
		return m.saveDone(msg)
	case InterruptMsg:
		m.aborted = true
		return m, tea.Quit
	case tea.KeyPressMsg:
		if next, cmd, done := m.globalKey(msg); done {
			return next, cmd
		}
	}
	return m.toTop(msg, nil)
}

// globalKey handles the keys that mean the same on every screen: quit, help,
// the quit prompt; done is false when the key is the screen's.
func (m Model) globalKey(msg tea.KeyPressMsg) (Model, tea.Cmd, bool) {
	if m.c.opts.PanicKey != "" && msg.String() == m.c.opts.PanicKey {
		panic("certpath: panic requested with CERTPATH_TEST_PANIC_KEY")
	}
	if m.confirmQuit {
		next, cmd := m.updateConfirmQuit(msg)
		return next, cmd, true
	}
	typing := m.top().Typing()
	switch {
	case key.Matches(msg, m.c.keys.Global.Suspend):
		// ctrl+z hands the terminal back to the shell; Bubble Tea restores
		// it, and redraws everything on fg.
		return m, tea.Suspend, true
	case key.Matches(msg, m.c.keys.Global.ForceQuit):
		next, cmd := m.askQuit(true)
		return next, cmd, true
	case key.Matches(msg, m.c.keys.Global.Quit) && !typing:
		next, cmd := m.askQuit(false)
		return next, cmd, true
	case key.Matches(msg, m.c.keys.Global.Help) && !typing:
		m.c.showAll = !m.c.showAll
		m.help.ShowAll = m.c.showAll
		return m, m.layout(), true
	}
	return m, nil, m.tooSmall()
}

// toTop hands a message to the top screen, then lays it out again: a key can
// change the footer's height (a filter starts, a note shows).
func (m Model) toTop(msg tea.Msg, cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if msg == nil {
		return m, cmd
	}
	next, c := m.top().Update(msg)
	m.stack = append(slices.Clone(m.stack[:len(m.stack)-1]), next)
	cmds := []tea.Cmd{cmd, c}
	for len(m.c.outbox) > 0 {
		req := m.c.outbox[0]
		m.c.outbox = m.c.outbox[1:]
		var after tea.Model
		after, c = m.Update(req)
		m = after.(Model)
		cmds = append(cmds, c)
	}
	return m, tea.Batch(append(cmds, m.layout())...)
}

// moved is the stack after a screen asked to open, replace or leave one. The
// first screen is never left: there would be nothing to show.
func (m Model) moved(msg tea.Msg) []screen {
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
func (m Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i, s := range m.stack {
		var cmd tea.Cmd
		m.stack[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (m Model) top() screen { return m.stack[len(m.stack)-1] }
