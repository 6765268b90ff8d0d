package model

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// askQuit quits at once when nothing has been answered, and asks first
// otherwise, so a stray q never surprises anyone. Leaving before the
// results, or with ctrl+c, counts as aborted.
func (m Model) askQuit(interrupt bool) (tea.Model, tea.Cmd) {
	done := m.screen == resultsScreen || m.opts.Start == StartBrowser
	if len(m.answers) == 0 || done {
		m.aborted = interrupt || !done && m.screen != welcomeScreen
		return m, tea.Quit
	}
	m.confirmQuit = true
	return m, nil
}

func (m Model) updateConfirmQuit(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Yes), key.Matches(msg, m.keys.ForceQuit):
		m.aborted = true
		return m, tea.Quit
	case key.Matches(msg, m.keys.No), key.Matches(msg, m.keys.Quit):
		m.confirmQuit = false
	}
	return m, nil
}

func (m Model) viewConfirmQuit() string {
	text := fmt.Sprintf("Quit certpath?\n\nYou have answered %d of %d questions.", len(m.answers), len(m.bank.Questions))
	if where := m.savedWhere(); where != "" {
		text += " They are saved in " + where + ", and certpath offers to resume next time."
	} else {
		text += " Quitting now discards them."
	}
	box := lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.st.Title.Render(text))
	footer := m.help.View(helpKeys{short: []key.Binding{m.keys.Yes, m.keys.No}})
	return m.fill(m.header("Quit?"), "\n"+box, footer)
}
