package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
)

// openCompare shows two certifications side by side.
func (m Model) openCompare(a, b content.Cert) (tea.Model, tea.Cmd) {
	m.compare = newDocView(m.lib.Compare(a, b))
	m.compareTitle = a.Short + " and " + b.Short
	m.screen = compareScreen
	return m, m.layoutScreen()
}

func (m Model) updateCompare(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Back) {
		m.screen = certListScreen
		return m, m.layoutScreen()
	}
	return m, m.compare.scroll(msg)
}

func (m Model) compareKeys() helpKeys { return m.docKeys("back to the list") }

func (m Model) compareHeader() string { return m.header(m.compare.where(m.compareTitle)) }

func (m Model) viewCompare() string {
	return m.viewDoc(&m.compare, m.compareHeader(), m.footer(m.compareKeys(), ""))
}
