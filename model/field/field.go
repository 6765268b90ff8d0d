// Package field holds the quiz's question widgets, one per question kind. Each
// widget owns its draft answer, so moving back and forth keeps what was entered.
package field

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/questions"
)

// Field is one question's widget.
type Field interface {
	// Update handles a key press and reports whether the key was used.
	Update(msg tea.KeyPressMsg) bool
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
}

// New builds the widget for a question's kind.
func New(q questions.Question, keys KeyMap, st Styles) Field {
	var f Field
	switch q.Kind {
	case questions.MultiChoice:
		f = &Choice{q: q, multi: true, keys: keys, st: st}
	case questions.Frequency:
		f = &Scale{keys: keys, st: st}
	case questions.Allocation:
		f = &Allocation{q: q, keys: keys, st: st}
	case questions.Postings:
		f = newPostings(keys, st)
	default:
		f = &Choice{q: q, keys: keys, st: st}
	}
	return f
}

// Typer is a widget that takes text: while it types, q and ? are letters.
type Typer interface{ Typing() bool }

// Paster is a widget that takes pasted text.
type Paster interface{ Paste(string) }

// Submitter is a widget with work to do before it can answer (reading
// files): Submit returns the command for it, or nil when ready.
type Submitter interface{ Submit() tea.Cmd }

// Stepper is a widget with steps of its own: StepBack goes back one and
// reports whether it did.
type Stepper interface{ StepBack() bool }

// KeyMap holds the keys the widgets share.
type KeyMap struct {
	Up, Down, Left, Right, Toggle, Fill key.Binding
	// Move and Adjust stand for up/down and left/right in the short help,
	// where one entry per pair keeps the line inside 40 columns.
	Move, Adjust key.Binding
}

// NewKeyMap returns the default widget keys: arrows and vim keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		Right:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Toggle: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "toggle")),
		Fill:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "fill")),
		Move:   key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "move")),
		Adjust: key.NewBinding(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←/→", "adjust")),
	}
}

// Styles are the widget styles; the root model builds them for the
// terminal's background.
type Styles struct {
	Cursor, Selected, Normal, Muted, Bar, BarEmpty, Highlight lipgloss.Style
}

// NewStyles returns widget styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FD6"), lipgloss.Color("#9F8CFF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
	return Styles{
		Cursor:    lipgloss.NewStyle().Foreground(accent).Bold(true),
		Selected:  lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#0B7A3E"), lipgloss.Color("#5FD787"))),
		Normal:    lipgloss.NewStyle(),
		Muted:     lipgloss.NewStyle().Foreground(muted),
		Bar:       lipgloss.NewStyle().Foreground(accent),
		BarEmpty:  lipgloss.NewStyle().Foreground(muted),
		Highlight: lipgloss.NewStyle().Bold(true).Underline(true).Foreground(accent),
	}
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
