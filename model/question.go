package model

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/questions"
)

// updateQuestion hands keys to the question's widget; enter commits its
// answer, esc goes back with every answer kept.
func (m Model) updateQuestion(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	q := m.bank.Questions[m.index]
	f := m.fields[m.index]
	switch {
	case key.Matches(k, m.keys.Next):
		a, err := f.Answer()
		if err != nil {
			m.fieldErr = err.Error()
			return m, nil
		}
		m.answers[q.ID] = a
		m.fieldErr = ""
		if m.editing {
			m.editing = false
			return m.openReview(m.index)
		}
		if m.index == len(m.bank.Questions)-1 {
			// The quiz is done: land on the row that shows the results.
			return m.openReview(len(m.bank.Questions))
		}
		m.index++
	case key.Matches(k, m.keys.Back):
		m.fieldErr = ""
		if m.editing {
			// Leaving an edit without enter keeps the committed answer.
			a, answered := m.answers[q.ID]
			f.Reset(a, answered)
			m.editing = false
			return m.openReview(m.index)
		}
		if m.index == 0 {
			m.screen = welcomeScreen
			return m, nil
		}
		m.index--
	default:
		if f.Update(k) {
			m.fieldErr = ""
		}
	}
	return m, nil
}

func (m Model) questionKeys() helpKeys {
	f := m.fields[m.index]
	next := m.keys.Next
	if m.editing {
		next.SetHelp("enter", "save")
	}
	back := m.keys.Back
	if m.editing {
		back.SetHelp("esc", "cancel")
	}
	short := append(f.Bindings(), next, back, m.helpBinding(), m.keys.Quit)
	return helpKeys{
		short: short,
		full:  [][]key.Binding{f.AllBindings(), {next, back}, m.globalBindings()},
	}
}

func (m Model) viewQuestion() string {
	q := m.bank.Questions[m.index]
	n := len(m.bank.Questions)
	header := m.header(questions.SectionTitle(q.Section))
	counter := fmt.Sprintf("Question %d of %d", m.index+1, n)
	if m.editing {
		counter = fmt.Sprintf("Changing question %d of %d", m.index+1, n)
	}
	progressLine := counter + "  " + m.bar.ViewAs(float64(m.index)/float64(n))
	w := m.width - 1
	text := m.st.Prompt.Width(w).Render(q.Prompt)
	if q.Hint != "" {
		text += "\n" + m.st.Hint.Width(w).Render(q.Hint)
	}
	footer := m.footer(m.questionKeys(), m.fieldErr)
	top := lipgloss.NewStyle().MaxWidth(m.width).Render(progressLine) + "\n\n" + text + "\n"
	room := m.height - lipgloss.Height(header) - lipgloss.Height(top) - lipgloss.Height(footer) - 2
	body := top + "\n" + m.fields[m.index].View(w, max(1, room))
	return m.fill(header, body, footer)
}
