package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
)

// openSummary shows a certification's page; esc goes back to where it was
// opened from, which keeps its own scroll position.
func (m Model) openSummary(c content.Cert, back screen) (tea.Model, tea.Cmd) {
	m.summary = newDocView(m.lib.Summary(c))
	m.summaryTitle = c.Short
	m.summaryBack = back
	m.screen = summaryScreen
	return m, m.layoutScreen()
}

func (m Model) updateSummary(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Back) {
		m.screen = m.summaryBack
		return m, m.layoutScreen()
	}
	return m, m.summary.scroll(msg)
}

func (m Model) summaryKeys() helpKeys {
	back := "back to the list"
	if m.summaryBack == resultsScreen {
		back = "back to results"
	}
	return m.docKeys(back)
}

func (m Model) summaryHeader() string { return m.header(m.summary.where(m.summaryTitle + " summary")) }

func (m Model) viewSummary() string {
	return m.viewDoc(&m.summary, m.summaryHeader(), m.footer(m.summaryKeys(), ""))
}
