// Package model is certpath's Bubble Tea state machine: a root model that
// routes each message to the active screen, one file per screen.
package model

import (
	"fmt"
	"strings"

	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/content"
	"certpath/model/field"
	"certpath/model/store"
	"certpath/questions"
)

// Smallest window certpath draws its screens in; below it, it says so.
const (
	MinWidth  = 40
	MinHeight = 12
)

// screen names the active screen; the root routes by it.
type screen int

const (
	welcomeScreen screen = iota
	questionScreen
	reviewScreen
	resultsScreen
	certListScreen
	summaryScreen
	compareScreen
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
	// ResizeSettle is how long the window size must hold still before a
	// document is rendered again for the new width, so a burst of resizes
	// renders once. Zero renders at once.
	ResizeSettle time.Duration
}

// resizeSettledMsg says the window size has held still since resize number
// gen.
type resizeSettledMsg struct{ gen int }

// Model is the quiz. It is a value; screens return an updated copy.
type Model struct {
	bank    questions.Bank
	lib     *content.Library
	opts    Options
	answers questions.Answers
	fields  []field.Field

	screen   screen
	index    int  // the question on screen
	editing  bool // the question was opened from the review screen
	fieldErr string
	review   reviewState
	results  docView
	path     []questions.Step

	certs        certListState
	summary      docView
	summaryTitle string
	summaryBack  screen
	compare      docView
	compareTitle string

	width, height int
	sized         bool
	isDark        bool
	st            styles
	keys          keyMap
	help          help.Model
	bar           progress.Model
	confirmQuit   bool
	renderer      *renderer
	frames        *frameCache

	saveSeq   uint64
	resizeGen int    // counts resizes, so only the last of a burst renders
	note      string // a one-line message: a failed save, an export
	aborted   bool
}

// Aborted reports whether the person left before finishing: quit during the
// quiz, ctrl+c, or a signal. The command line exits with status 130 then.
func (m Model) Aborted() bool { return m.aborted }

// New builds the quiz for a bank and a content library. It starts in the dark
// style until the terminal reports its background.
func New(bank questions.Bank, lib *content.Library, opts Options) Model {
	m := Model{
		bank:     bank,
		lib:      lib,
		opts:     opts,
		answers:  questions.Answers{},
		keys:     newKeyMap(),
		help:     help.New(),
		bar:      progress.New(progress.WithoutPercentage(), progress.WithWidth(30), progress.WithFillCharacters('█', '░')),
		renderer: newRenderer(),
		frames:   &frameCache{},
		width:    80,
		height:   24,
	}
	m.setDark(true)
	if opts.Start == StartBrowser {
		m.certs = newCertList(lib.Certs(), m.isDark)
		m.screen = certListScreen
	}
	m.fields = make([]field.Field, len(bank.Questions))
	for i, q := range bank.Questions {
		m.fields[i] = field.New(q, m.keys.KeyMap, m.st.Styles)
	}
	return m
}

// Answers returns the committed answers.
func (m Model) Answers() questions.Answers { return m.answers.Clone() }

func (m *Model) setDark(isDark bool) {
	m.isDark = isDark
	m.st = newStyles(isDark)
	m.help.Styles = help.DefaultStyles(isDark)
	m.certs.list.Styles = list.DefaultStyles(isDark)
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(isDark)
	m.certs.list.SetDelegate(d)
	for i, q := range m.bank.Questions {
		if m.fields != nil {
			a, ok := m.answers[q.ID]
			f := field.New(q, m.keys.KeyMap, m.st.Styles)
			if draft, err := m.fields[i].Answer(); err == nil {
				f.Reset(draft, true)
			} else {
				f.Reset(a, ok)
			}
			m.fields[i] = f
		}
	}
}

// Init asks the terminal for its background colour; nothing else runs before
// the first frame.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update routes a message: window and terminal messages to the root, keys to
// the quit prompt or the active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		first := !m.sized
		m.width, m.height, m.sized = msg.Width, msg.Height, true
		m.help.SetWidth(msg.Width)
		m.bar.SetWidth(min(30, max(10, msg.Width-24)))
		if m.opts.ResizeSettle > 0 && !first {
			m.resizeGen++
			m.sizeScreen()
			gen := m.resizeGen
			return m, tea.Tick(m.opts.ResizeSettle, func(time.Time) tea.Msg { return resizeSettledMsg{gen} })
		}
		return m, m.layoutScreen()
	case resizeSettledMsg:
		if msg.gen != m.resizeGen {
			return m, nil // a later resize is on its way
		}
		return m, m.layoutScreen()
	case tea.BackgroundColorMsg:
		if msg.IsDark() != m.isDark {
			m.setDark(msg.IsDark())
			return m, m.layoutScreen()
		}
		return m, nil
	case renderedMsg:
		for _, d := range []*docView{&m.results, &m.summary, &m.compare} {
			d.rendered(msg)
		}
		return m, nil
	case saveFailedMsg:
		m.note = fmt.Sprintf("Could not save your answers (%v); they are kept while certpath runs.", msg.err)
		return m, nil
	case exportedMsg:
		m.note = msg.note()
		return m, nil
	case InterruptMsg:
		m.aborted = true
		return m, tea.Quit
	case tea.KeyPressMsg:
		if m.opts.PanicKey != "" && msg.String() == m.opts.PanicKey {
			panic("certpath: panic requested with CERTPATH_TEST_PANIC_KEY")
		}
		if m.confirmQuit {
			return m.updateConfirmQuit(msg)
		}
		typing := m.typing() || (m.screen == certListScreen && m.certs.list.SettingFilter())
		switch {
		case key.Matches(msg, m.keys.ForceQuit):
			return m.askQuit(true)
		case key.Matches(msg, m.keys.Quit) && !typing:
			return m.askQuit(false)
		case key.Matches(msg, m.keys.Help) && !typing:
			m.help.ShowAll = !m.help.ShowAll
			return m, m.layoutScreen()
		}
		if m.tooSmall() {
			return m, nil
		}
	}
	next, cmd := m.route(msg)
	// A key can change the footer's height (a filter starts, a note shows),
	// so the active screen is laid out again after every message.
	nm := next.(Model)
	return nm, tea.Batch(cmd, nm.layoutScreen())
}

// route hands a message to the active screen.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m.screen {
	case questionScreen:
		return m.updateQuestion(msg)
	case reviewScreen:
		return m.updateReview(msg)
	case resultsScreen:
		return m.updateResults(msg)
	case certListScreen:
		return m.updateCertList(msg)
	case summaryScreen:
		return m.updateSummary(msg)
	case compareScreen:
		return m.updateCompare(msg)
	}
	return m.updateWelcome(msg)
}

// activeDoc is the document view on screen with its header and footer, or
// nil when the screen is not a document.
func (m *Model) activeDoc() (*docView, string, string) {
	switch m.screen {
	case resultsScreen:
		return &m.results, m.resultsHeader(), m.footer(m.resultsKeys(), m.note)
	case summaryScreen:
		return &m.summary, m.summaryHeader(), m.footer(m.summaryKeys(), "")
	case compareScreen:
		return &m.compare, m.compareHeader(), m.footer(m.compareKeys(), "")
	}
	return nil, "", ""
}

// sizeScreen fits the active screen to the window without rendering: the
// old rendering shows, cut or padded, until the size holds still.
func (m *Model) sizeScreen() {
	if d, header, footer := m.activeDoc(); d != nil {
		m.size(d, header, footer)
	} else if m.screen == certListScreen {
		m.layoutCertList()
	}
}

// layoutScreen sizes the active screen's list or document to the window and
// asks for a rendering when one is needed.
func (m *Model) layoutScreen() tea.Cmd {
	if d, header, footer := m.activeDoc(); d != nil {
		return m.layout(d, header, footer)
	}
	if m.screen == certListScreen {
		m.layoutCertList()
	}
	return nil
}

func (m Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// View draws the active screen, or says the window is too small.
func (m Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = "certpath"
	switch m.screen {
	case resultsScreen, summaryScreen, compareScreen, certListScreen:
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m Model) content() string {
	if m.tooSmall() {
		msg := fmt.Sprintf("certpath needs a window of at least %dx%d; this one is %dx%d.\n\nMake it larger: your answers are kept.", MinWidth, MinHeight, m.width, m.height)
		return lipgloss.NewStyle().Width(max(1, m.width)).Render(msg)
	}
	var body string
	switch m.screen {
	case questionScreen:
		body = m.viewQuestion()
	case reviewScreen:
		body = m.viewReview()
	case resultsScreen:
		body = m.viewResults()
	case certListScreen:
		body = m.viewCertList()
	case summaryScreen:
		body = m.viewSummary()
	case compareScreen:
		body = m.viewCompare()
	default:
		body = m.viewWelcome()
	}
	if m.confirmQuit {
		body = m.viewConfirmQuit()
	}
	return body
}

// header is the first line of every screen: the brand and where you are.
func (m Model) header(where string) string {
	return lipgloss.NewStyle().MaxWidth(m.width).Render(m.st.Brand.Render("certpath") + m.st.Muted.Render(" · "+where))
}

// footer is the help line of the active screen, plus an error when there is one.
func (m Model) footer(keys helpKeys, errText string) string {
	// The footer is styled text that changes only with the keys shown, the
	// width, the style and the message, so it is kept between frames.
	var k strings.Builder
	fmt.Fprintf(&k, "%d|%t|%t|%s|", m.width, m.help.ShowAll, m.isDark, errText)
	for _, b := range keys.short {
		k.WriteString(b.Help().Key + "\x00" + b.Help().Desc + "\x00")
	}
	if m.help.ShowAll {
		for _, col := range keys.full {
			for _, b := range col {
				k.WriteString(b.Help().Key + "\x00" + b.Help().Desc + "\x01")
			}
		}
	}
	key := frameKey{text: k.String()}
	if s, ok := m.frames.get(key); ok {
		return s
	}
	// bubbles' help can run past its width when not even the ellipsis fits,
	// so the footer is clamped here as well.
	out := lipgloss.NewStyle().MaxWidth(m.width).Render(m.help.View(keys))
	if errText != "" {
		out = lipgloss.NewStyle().Width(m.width).Render(m.st.Error.Render(errText)) + "\n" + out
	}
	m.frames.put(key, out)
	return out
}

// fill places body between header and footer so the footer sits on the last rows.
func (m Model) fill(header, body, footer string) string {
	gap := m.height - lipgloss.Height(header) - lipgloss.Height(body) - lipgloss.Height(footer)
	if gap < 0 {
		gap = 0
	}
	pad := ""
	for range gap {
		pad += "\n"
	}
	return header + "\n" + body + pad + "\n" + footer
}

// globalBindings are shown on every screen's full help.
func (m Model) globalBindings() []key.Binding {
	return []key.Binding{m.helpBinding(), m.keys.Quit}
}

// helpBinding says what ? does now: show every key, or go back to one line.
func (m Model) helpBinding() key.Binding {
	b := m.keys.Help
	if m.help.ShowAll {
		b.SetHelp("?", "fewer keys")
	}
	return b
}
