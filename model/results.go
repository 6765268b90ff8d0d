package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/planner"
	"certpath/report"
)

// newResults scores the answers and shows the report. When the report is the
// same as the one shown last, that screen comes back with its scroll
// position. The outcome is for the caller to hand the root (resultsMsg).
func newResults(c *common, last *docScreen) (*docScreen, planner.Outcome) {
	outcome := planner.Evaluate(c.bank, c.answers)
	// The at-a-glance summary comes first; each step's facts, the profiles
	// and the why follow below it on the same scrolling page.
	doc := report.Details(c.lib, c.bank, c.answers, outcome)
	// The header already says "Recommended path"; a saved file keeps its
	// heading.
	shown := strings.TrimPrefix(doc, "# Recommended path\n\n")
	if last != nil && last.view.doc == shown {
		return last, outcome
	}
	s := &docScreen{c: c, view: newDocView(c, shown), title: "Recommended path", backTo: "change answers", final: true,
		extra: []key.Binding{c.keys.Doc.Open, c.keys.Doc.Export}}
	s.onKey = func(k tea.KeyPressMsg) (reply, bool) {
		switch {
		case key.Matches(k, c.keys.Doc.Open):
			return asks(open(newCertList(c, report.PathCerts(c.lib, outcome.Path), true))), true
		case key.Matches(k, c.keys.Doc.Export):
			return asks(open(newExportScreen(c, doc))), true
		}
		return reply{}, false
	}
	return s, outcome
}
