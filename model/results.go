package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
	"certpath/questions"
)

// openResults scores the answers and shows the report.
func (m Model) openResults() (tea.Model, tea.Cmd) {
	outcome := questions.Evaluate(m.bank, m.answers)
	m.path = outcome.Path
	doc := content.Report(m.lib, m.bank, m.answers, outcome)
	m.screen = resultsScreen
	if doc != m.results.doc {
		m.results = newDocView(doc)
	}
	return m, m.layoutScreen()
}

func (m Model) updateResults(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Back):
			return m.openReview(len(m.bank.Questions))
		case key.Matches(k, m.keys.Open):
			return m.openPathPicker()
		case key.Matches(k, m.keys.Export):
			return m, m.exportCmd()
		}
	}
	return m, m.results.scroll(msg)
}

func (m Model) resultsKeys() helpKeys { return m.docKeys("change answers", m.keys.Open, m.keys.Export) }

func (m Model) resultsHeader() string { return m.header(m.results.where("Recommended path")) }

func (m Model) viewResults() string {
	return m.viewDoc(&m.results, m.resultsHeader(), m.footer(m.resultsKeys(), m.note))
}
