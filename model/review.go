package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// reviewState is the review screen's cursor: one row per question, then the
// row that goes on to the results.
type reviewState struct {
	cursor int
}

func (m Model) openReview(cursor int) (tea.Model, tea.Cmd) {
	m.screen = reviewScreen
	m.review.cursor = cursor
	return m, nil
}

func (m Model) updateReview(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	rows := len(m.bank.Questions) + 1
	switch {
	case key.Matches(k, m.keys.Up):
		m.review.cursor = (m.review.cursor - 1 + rows) % rows
	case key.Matches(k, m.keys.Down):
		m.review.cursor = (m.review.cursor + 1) % rows
	case key.Matches(k, m.keys.Next):
		if m.review.cursor == len(m.bank.Questions) {
			return m.openResults()
		}
		m.screen, m.index, m.editing = questionScreen, m.review.cursor, true
	case key.Matches(k, m.keys.Back):
		m.screen, m.index = questionScreen, len(m.bank.Questions)-1
	}
	return m, nil
}

func (m Model) reviewKeys() helpKeys {
	change := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change"))
	return helpKeys{
		short: []key.Binding{m.keys.Move, change, m.keys.Back, m.helpBinding(), m.keys.Quit},
		full:  [][]key.Binding{{m.keys.Up, m.keys.Down}, {change, m.keys.Back}, m.globalBindings()},
	}
}

func (m Model) viewReview() string {
	header := m.header("Review your answers")
	intro := m.st.Hint.Width(m.width - 1).Render("Pick any answer to change it; enter on the last row shows your recommended path.")
	footer := m.footer(m.reviewKeys(), "")
	qs := m.bank.Questions
	rows := len(qs) + 1
	room := max(1, m.height-2-lipgloss.Height(intro)-lipgloss.Height(footer)-1)
	lines := room
	if rows > room {
		lines = max(1, room-1)
	}
	start := max(0, min(m.review.cursor-lines/2, rows-lines))
	end := min(rows, start+lines)
	titleW := min(30, m.width/3)
	var b strings.Builder
	for i := start; i < end; i++ {
		pointer := "  "
		if i == m.review.cursor {
			pointer = "> "
		}
		var line string
		if i == len(qs) {
			line = pointer + "→ See my recommended path"
		} else {
			q := qs[i]
			answer := "Not answered yet"
			if a, ok := m.answers[q.ID]; ok {
				answer = q.Describe(a)
			}
			title := ansi.Truncate(q.Title, titleW, "…")
			title += strings.Repeat(" ", titleW-ansi.StringWidth(title))
			line = pointer + title + "  " + answer
		}
		line = ansi.Truncate(line, m.width-1, "…")
		switch {
		case i == m.review.cursor:
			line = m.st.Cursor.Render(line)
		case i == len(qs):
			line = m.st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if rows > lines {
		b.WriteString(m.st.Muted.Render(fmt.Sprintf("  %d–%d of %d, more with ↑/↓", start+1, end, rows)))
	}
	return m.fill(header, intro+"\n\n"+strings.TrimRight(b.String(), "\n"), footer)
}
