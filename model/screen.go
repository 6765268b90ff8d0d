package model

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"certpath/planner"
	"certpath/questions"
)

// screen is one screen of the program, the shape of soft-serve's
// common.Component: it updates itself, draws its body, takes the size of the
// body, and names its keys for the help line. The root draws the header
// (Title) and the footer (Status, then the help). Screens never write the
// root's fields or another screen's: they ask with the messages below.
type screen interface {
	help.KeyMap
	// Update handles a message sent to this screen and answers with a
	// reply: requests for the root and a command.
	Update(msg tea.Msg) reply
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

// reply is a screen's answer to a message, the way soft-serve's components
// answer with commands: msgs are what it asks of the root, and cmd is work
// for Bubble Tea to run. The root applies msgs at once and in order, before
// the next message (a key typed right after enter lands on the question
// that enter moved to); a message that is not a request for the root (the
// types below) goes to the screen then on top, so a screen can open another
// and tell it where to start: asks(openMsg{...}, gotoMsg{...}).
type reply struct {
	msgs []tea.Msg
	cmd  tea.Cmd
}

// asks is a reply of requests alone.
func asks(msgs ...tea.Msg) reply { return reply{msgs: msgs} }

// runs is a reply of a command alone.
func runs(cmd tea.Cmd) reply { return reply{cmd: cmd} }

// and is r, then o: requests in order, commands together.
func (r reply) and(o reply) reply {
	return reply{msgs: append(r.msgs, o.msgs...), cmd: tea.Batch(r.cmd, o.cmd)}
}

// openMsg puts screens on top of the stack, in order.
type openMsg struct{ screens []screen }

// open is the request to put screens on top of the stack.
func open(screens ...screen) openMsg { return openMsg{screens} }

// replaceMsg puts a screen in place of the top one.
type replaceMsg struct{ s screen }

// backMsg takes the top screen off the stack. The first screen is never
// taken: there would be nothing to show.
type backMsg struct{}

// commitMsg stores one answer and saves.
type commitMsg struct {
	id     string
	answer questions.Answer
}

// answersMsg replaces every answer (resume, start over) and saves.
type answersMsg struct{ answers questions.Answers }

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

// resultsMsg tells the root the results were shown, for the summary printed
// when the program ends.
type resultsMsg struct{ outcome planner.Outcome }

// quitMsg ends the program from the quit prompt. It counts as aborted when
// the person has seen no results yet, or quit with ctrl+c: after the
// results, a y from the review or a question leaves nothing undone.
type quitMsg struct{ force bool }

// mouseMsg turns wheel scrolling (mouse capture) on or off.
type mouseMsg struct{}
