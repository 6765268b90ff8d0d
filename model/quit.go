package model

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// askQuit quits at once when nothing has been answered, and asks first
// otherwise, so a stray q never throws away answers.
func (m Model) askQuit() (tea.Model, tea.Cmd) {
	if len(m.answers) == 0 {
		return m, tea.Quit
	}
	m.confirmQuit = true
	return m, nil
}

func (m Model) updateConfirmQuit(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Yes), key.Matches(msg, m.keys.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.No), key.Matches(msg, m.keys.Quit):
		m.confirmQuit = false
	}
	return m, nil
}

func (m Model) viewConfirmQuit() string {
	text := fmt.Sprintf("Quit certpath?\n\nYou have answered %d of %d questions. Quitting now discards them.", len(m.answers), len(m.bank.Questions))
	box := lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.st.Title.Render(text))
	footer := m.help.View(helpKeys{short: []key.Binding{m.keys.Yes, m.keys.No}})
	return m.fill(m.header("Quit?"), "\n"+box, footer)
}
