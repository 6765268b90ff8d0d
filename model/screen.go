package model

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"certpath/questions"
)

// screen is one screen of the program, the shape of soft-serve's
// common.Component: it updates itself, draws its body, takes the size of the
// body, and names its keys for the help line. The root draws the header
// (Title) and the footer (Status, then the help). Screens never write the
// root's fields: they ask with the messages below.
type screen interface {
	help.KeyMap
	// Update handles a message sent to this screen.
	Update(msg tea.Msg) (screen, tea.Cmd)
	// View draws the body: everything between header and footer.
	View() string
	// SetSize gives the body's size; a document returns the command that
	// renders it for a new width.
	SetSize(width, height int) tea.Cmd
	// Title says where the person is, after the brand in the header.
	Title() string
	// Status is a line above the help (a validation error, a hint), or "".
	Status() string
	// Typing reports whether keys are text, so q and ? type letters.
	Typing() bool
}

// openMsg puts screens on top of the stack, in order.
type openMsg struct{ screens []screen }

// replaceMsg puts a screen in place of the top one.
type replaceMsg struct{ s screen }

// backMsg takes the top screen off the stack, then hands then (if any) to
// the screen below.
type backMsg struct{ then tea.Msg }

// commitMsg stores one answer (and saves), then hands then to the top screen.
type commitMsg struct {
	id     string
	answer questions.Answer
	then   tea.Msg
}

// answersMsg replaces every answer (resume, start over), saves, then hands
// then to the top screen.
type answersMsg struct {
	answers questions.Answers
	then    tea.Msg
}

// noteMsg shows a one-line note in the footer until the screen changes.
type noteMsg struct {
	text  string
	isErr bool
}

// exportMsg asks the root to save a document (the results) to a file.
type exportMsg struct{ doc, path string }

// themeMsg tells every screen that the styles were swapped for another
// background; screens with widgets of their own restyle them.
type themeMsg struct{}

// post hands a request to the root. The root takes the requests as soon as
// the screen's Update returns, before the next key, so a key typed right
// after enter always lands on the question that enter moved to. It returns
// no command, so that a screen can end with `return s, s.c.post(...)`.
func (c *common) post(msg tea.Msg) tea.Cmd {
	c.outbox = append(c.outbox, msg)
	return nil
}

func (c *common) open(screens ...screen) tea.Cmd { return c.post(openMsg{screens}) }

func (c *common) back(then tea.Msg) tea.Cmd { return c.post(backMsg{then}) }

// resultsMsg tells the root the results were shown, for the summary printed
// when the program ends.
type resultsMsg struct{ outcome questions.Outcome }

// mouseMsg turns wheel scrolling (mouse capture) on or off.
type mouseMsg struct{}
