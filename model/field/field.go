// Package field holds the quiz's question widgets, one file per question
// kind, like huh's fields: each widget draws its kind in the screens, asks it
// in accessible mode (RunAccessible), and owns its draft answer, so moving
// back and forth keeps what was entered. New picks the widget through one
// registry (widgets); the kinds' rules stay in questions/kind_*.go.
package field

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/questions"
)

// Field is one question's widget. Every widget has the same shape: it takes
// any message (keys, pastes, the results of its own commands) and returns a
// command; the methods a simple widget has no use for come from Base.
type Field interface {
	// Update handles a message: a key, a paste, a result of its commands.
	Update(msg tea.Msg) tea.Cmd
	// View draws the widget in at most width columns and height rows.
	View(width, height int) string
	// Answer returns the draft as an answer, or an error that says what is
	// missing and how to fix it.
	Answer() (questions.Answer, error)
	// Reset puts the widget back to a committed answer, or to empty.
	Reset(a questions.Answer, answered bool)
	// Bindings are the keys the widget uses, for the short help line.
	Bindings() []key.Binding
	// AllBindings are every key the widget uses, for the full help.
	AllBindings() []key.Binding
	// Typing reports whether keys are text, so q and ? type letters rather
	// than quit or show help.
	Typing() bool
	// Submit is asked when enter is pressed: a command for work to do before
	// the widget can answer (reading posting files), or nil when ready.
	Submit() tea.Cmd
	// StepBack goes back one step inside the widget, if it has steps, and
	// reports whether it did; esc leaves the question otherwise.
	StepBack() bool
	// BackHelp says what esc does inside the widget ("edit"), or "" when esc
	// leaves the question.
	BackHelp() string
	// Arrive is called each time the question comes on screen, going
	// forward or back: a widget with several inputs focuses its first.
	Arrive()
	// Describe is the question's row in the review: its title and the
	// answer in words.
	Describe(a questions.Answer) (title, answer string)
	// RunAccessible asks the question in accessible mode, as plain lines,
	// until an answer fits; skip says it was left unanswered (optional).
	RunAccessible(p Prompter) (a questions.Answer, skip bool, err error)
}

// Options are the settings a widget takes from the command line.
type Options struct {
	// Offline refuses links in the postings step.
	Offline bool
}

// Base is what every widget holds: its question, the keys and the styles.
// It gives the defaults of the Field methods most widgets do not need: it
// never types, never has work before answering, has no steps.
type Base struct {
	q    questions.Question
	keys KeyMap
	st   *Styles
}

// Typing is false: keys are commands.
func (Base) Typing() bool { return false }

// Submit has nothing to do.
func (Base) Submit() tea.Cmd { return nil }

// StepBack has no steps.
func (Base) StepBack() bool { return false }

// BackHelp is empty: esc leaves the question.
func (Base) BackHelp() string { return "" }

// Arrive has nothing to focus: the widget has one input.
func (Base) Arrive() {}

// Describe is the question's title and its kind's words for the answer.
func (b Base) Describe(a questions.Answer) (title, answer string) { return b.q.Title, b.q.Describe(a) }

// Row is a question's row in the review, in the screens and in accessible
// mode alike: its title, and its answer in its widget's words or what stands
// in for a missing one.
func Row(f Field, q questions.Question, answers questions.Answers) (title, answer string) {
	a, ok := answers[q.ID]
	title, answer = f.Describe(a)
	switch {
	case !ok && q.Optional:
		// An optional question needs no answer to go on.
		answer = "None given (optional)"
	case !ok:
		answer = "Not answered yet"
	}
	return title, answer
}

// widgets is the registry: the widget of each question kind, by the kind's
// name. It is the one place that tells the kinds apart for the screens and
// accessible mode.
func widgets() map[string]func(b Base, opts Options) Field {
	return map[string]func(b Base, opts Options) Field{
		questions.SingleChoice{}.Name(): func(b Base, _ Options) Field { return &Choice{Base: b} },
		questions.MultiChoice{}.Name():  func(b Base, _ Options) Field { return &Choice{Base: b, multi: true} },
		questions.Frequency{}.Name():    func(b Base, _ Options) Field { return &Frequency{Base: b} },
		questions.Allocation{}.Name():   func(b Base, _ Options) Field { return &Allocation{Base: b} },
		questions.Postings{}.Name():     newPostings,
	}
}

// New builds the widget for a question's kind. A kind without a widget is an
// error, and a test checks that every kind in questions.Kinds() has one.
func New(q questions.Question, keys KeyMap, st *Styles, opts Options) (Field, error) {
	build, ok := widgets()[q.Kind.Name()]
	if !ok {
		return nil, fmt.Errorf("question %s: the quiz has no widget for %s questions", q.ID, q.Kind.Name())
	}
	return build(Base{q: q, keys: keys, st: st}, opts), nil
}

// KeyMap holds the keys the widgets share.
type KeyMap struct {
	Up, Down, Left, Right, Toggle, Fill key.Binding
	// Top, Bottom, PageUp and PageDown move through long lists, as in every
	// Charm list.
	Top, Bottom, PageUp, PageDown key.Binding
	// Digits type a percentage into the week; Balance spreads the rest.
	Digits, Balance key.Binding
	// Move and Adjust stand for up/down and left/right in the short help,
	// where one entry per pair keeps the line inside 40 columns.
	Move, Adjust key.Binding
}

// NewKeyMap returns the default widget keys: arrows and vim keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space/x", "toggle")),
		Fill:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "fill")),
		Digits:   key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9", "type %")),
		Balance:  key.NewBinding(key.WithKeys("="), key.WithHelp("=", "spread the rest")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Move:     key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "move")),
		Adjust:   key.NewBinding(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←/→", "adjust")),
	}
}

// Styles are the widget styles. The screens' theme holds them (model's
// newTheme, one function of the background) and swaps them in place when
// the terminal reports its background, so the widgets (and what was typed
// into them) are never rebuilt.
type Styles struct {
	Cursor, Selected, Normal, Muted, Bar, BarEmpty, Highlight lipgloss.Style
}

// window returns the slice [start, end) of n rows to show so that the cursor
// stays visible in height rows, leaving room for "more" markers.
func window(n, cursor, height int) (start, end int) {
	if height < 1 {
		height = 1
	}
	if n <= height {
		return 0, n
	}
	start = cursor - height/2
	start = max(0, min(start, n-height))
	return start, start + height
}

// pageSize is how far pgup and pgdn move in a list.
const pageSize = 5

// MoveCursor moves a list cursor for the keys every list shares: up and down
// wrap around, the others stop at the ends. It reports whether the key moved.
func MoveCursor(keys KeyMap, msg tea.KeyPressMsg, cursor *int, n int) bool {
	switch {
	case key.Matches(msg, keys.Up):
		*cursor = (*cursor - 1 + n) % n
	case key.Matches(msg, keys.Down):
		*cursor = (*cursor + 1) % n
	case key.Matches(msg, keys.Top):
		*cursor = 0
	case key.Matches(msg, keys.Bottom):
		*cursor = n - 1
	case key.Matches(msg, keys.PageUp):
		*cursor = max(0, *cursor-pageSize)
	case key.Matches(msg, keys.PageDown):
		*cursor = min(n-1, *cursor+pageSize)
	default:
		return false
	}
	return true
}
