package field

import (
	"certpath/words"
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/questions"
)

// Choice is the widget for single- and multi-choice questions.
type Choice struct {
	Base
	multi  bool
	cursor int
	picked []string
	// drafted says a box was ticked or cleared since the last Reset.
	drafted bool
}

// Drafted says the person ticked or cleared a box since the widget was
// last reset to a committed answer: the draft is theirs, not the cursor's.
func (c *Choice) Drafted() bool { return c.drafted }

// Update moves the cursor or toggles the option under it.
func (c *Choice) Update(m tea.Msg) tea.Cmd {
	msg, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if MoveCursor(c.keys, msg, &c.cursor, len(c.q.Options)) {
		return nil
	}
	switch {
	case c.multi && key.Matches(msg, c.keys.Toggle):
		c.toggle(c.q.Options[c.cursor])
		c.drafted = true
	}
	return nil
}

func (c *Choice) toggle(o questions.Option) {
	if i := slices.Index(c.picked, o.ID); i >= 0 {
		c.picked = slices.Delete(c.picked, i, i+1)
		return
	}
	if o.Exclusive {
		c.picked = nil
	} else {
		c.picked = slices.DeleteFunc(c.picked, func(id string) bool {
			x, _ := c.q.Option(id)
			return x.Exclusive
		})
	}
	c.picked = append(c.picked, o.ID)
}

// Answer returns the highlighted option (single) or the toggled ones (multi),
// in the bank's order.
func (c *Choice) Answer() (questions.Answer, error) {
	if !c.multi {
		return questions.Answer{Choice: c.q.Options[c.cursor].ID}, nil
	}
	if len(c.picked) == 0 {
		return questions.Answer{}, errors.New("pick at least one option with space, then press enter")
	}
	var ids []string
	for _, o := range c.q.Options {
		if slices.Contains(c.picked, o.ID) {
			ids = append(ids, o.ID)
		}
	}
	return questions.Answer{Choices: ids}, nil
}

// Reset restores a committed answer and puts the cursor on it.
func (c *Choice) Reset(a questions.Answer, answered bool) {
	c.cursor, c.picked, c.drafted = 0, nil, false
	if !answered {
		return
	}
	if c.multi {
		c.picked = slices.Clone(a.Choices)
		if len(c.picked) > 0 {
			c.cursor = max(0, slices.IndexFunc(c.q.Options, func(o questions.Option) bool { return o.ID == c.picked[0] }))
		}
		return
	}
	c.cursor = max(0, slices.IndexFunc(c.q.Options, func(o questions.Option) bool { return o.ID == a.Choice }))
}

// Bindings are the keys this widget uses, short form.
func (c *Choice) Bindings() []key.Binding {
	if c.multi {
		return []key.Binding{c.keys.Move, c.keys.Toggle}
	}
	return []key.Binding{c.keys.Move}
}

// AllBindings are every key this widget uses.
func (c *Choice) AllBindings() []key.Binding {
	if c.multi {
		return []key.Binding{c.keys.Up, c.keys.Down, c.keys.Top, c.keys.Bottom, c.keys.Toggle}
	}
	return []key.Binding{c.keys.Up, c.keys.Down, c.keys.Top, c.keys.Bottom}
}

// View lists the options, scrolled so the cursor stays visible.
func (c *Choice) View(width, height int) string {
	n := len(c.q.Options)
	// The highlighted option shows its whole label, wrapped under itself,
	// when it does not fit on one line and the window has the rows.
	label := c.q.Options[c.cursor].Label
	full := lipgloss.NewStyle().Width(max(1, width-6)).Render(label)
	extra := lipgloss.Height(full) - 1
	if extra > 0 && height-extra < min(n, 3) {
		extra = 0
	}
	height -= extra
	rows := height
	if n > height {
		rows = max(1, height-1) // one row for the "more" marker
	}
	start, end := window(n, c.cursor, rows)
	var b strings.Builder
	for i := start; i < end; i++ {
		o := c.q.Options[i]
		mark := "( )"
		if c.multi {
			mark = "[ ]"
			if slices.Contains(c.picked, o.ID) {
				mark = "[x]"
			}
		} else if i == c.cursor {
			mark = "(•)"
		}
		pointer := "  "
		if i == c.cursor {
			pointer = "> "
		}
		line := ansi.Truncate(pointer+mark+" "+o.Label, width, "…")
		if i == c.cursor && extra > 0 {
			lines := strings.Split(full, "\n")
			for k := range lines {
				lines[k] = strings.TrimRight(lines[k], " ")
			}
			line = pointer + mark + " " + strings.Join(lines, "\n      ")
		}
		switch {
		case i == c.cursor:
			line = c.st.Cursor.Render(line)
		case c.multi && slices.Contains(c.picked, o.ID):
			line = c.st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if n > rows {
		b.WriteString(c.st.Muted.Render(ansi.Truncate("  "+words.Shown(start, end, n), width, "…")))
	}
	return strings.TrimRight(b.String(), "\n")
}

// RunAccessible lists the options by number and takes one number (single)
// or several (multi); a multiple choice keeps the bank's order, whatever
// order was typed.
func (c *Choice) RunAccessible(p Prompter) (questions.Answer, bool, error) {
	return askNumbered(p, c.q, c.multi, func(nums []int) questions.Answer {
		if !c.multi {
			return questions.Answer{Choice: c.q.Options[nums[0]-1].ID}
		}
		var a questions.Answer
		for i, o := range c.q.Options {
			if slices.Contains(nums, i+1) {
				a.Choices = append(a.Choices, o.ID)
			}
		}
		return a
	})
}
