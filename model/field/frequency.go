package field

import (
	"certpath/words"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/questions"
)

// Frequency is the widget for frequency questions: a slider from never to daily.
type Frequency struct {
	Base
	level int
}

// Update moves the slider; up and down work too, so lists and scales feel alike.
func (s *Frequency) Update(m tea.Msg) tea.Cmd {
	msg, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	last := len(questions.FrequencyLevels()) - 1
	switch {
	case key.Matches(msg, s.keys.Top):
		s.level = 0
	case key.Matches(msg, s.keys.Bottom):
		s.level = last
	case key.Matches(msg, s.keys.Left), key.Matches(msg, s.keys.Up):
		s.level = max(0, s.level-1)
	case key.Matches(msg, s.keys.Right), key.Matches(msg, s.keys.Down):
		s.level = min(last, s.level+1)
	}
	return nil
}

// Answer returns the chosen level; every level is a valid answer.
func (s *Frequency) Answer() (questions.Answer, error) {
	return questions.Answer{Level: s.level}, nil
}

// Reset restores a committed level.
func (s *Frequency) Reset(a questions.Answer, answered bool) {
	s.level = 0
	if answered {
		s.level = a.Level
	}
}

// Bindings are the keys this widget uses, short form.
func (s *Frequency) Bindings() []key.Binding { return []key.Binding{s.keys.Move} }

// AllBindings are every key this widget uses.
func (s *Frequency) AllBindings() []key.Binding {
	return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Left, s.keys.Right}
}

// View draws the levels as a list with the chosen one marked, which stays
// readable at 40 columns where a horizontal slider would not.
func (s *Frequency) View(width, height int) string {
	levels := questions.FrequencyLevels()
	rows := height
	if len(levels) > height {
		rows = max(1, height-1) // one row for the "more" marker
	}
	start, end := window(len(levels), s.level, rows)
	var b strings.Builder
	for i := start; i < end; i++ {
		bar := strings.Repeat("▮", i) + strings.Repeat("▯", len(levels)-1-i)
		line := "  " + bar + "  " + levels[i].Label
		if i == s.level {
			line = s.st.Cursor.Render(ansi.Truncate("> "+bar+"  "+levels[i].Label, width, "…"))
		} else {
			line = s.st.Muted.Render(ansi.Truncate(line, width, "…"))
		}
		b.WriteString(line + "\n")
	}
	if len(levels) > rows {
		b.WriteString(s.st.Muted.Render(ansi.Truncate("  "+words.Shown(start, end, len(levels)), width, "…")))
	}
	return strings.TrimRight(b.String(), "\n")
}

// RunAccessible lists the levels by number and takes one.
func (s *Frequency) RunAccessible(p Prompter) (questions.Answer, bool, error) {
	return askNumbered(p, s.q, false, func(nums []int) questions.Answer {
		return questions.Answer{Level: nums[0] - 1}
	})
}
