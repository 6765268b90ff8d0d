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
//
// The flip lines ("What would change it") run the planner again for each
// nearby change, tens of milliseconds: the report is shown first with
// their section pending, and the whole one is built in a command and
// arrives in a pageBuiltMsg, so the first frame does not wait for them.
func newResults(c *common, last *docScreen) (*docScreen, planner.Outcome) {
	outcome := planner.Evaluate(c.bank, c.answers)
	// The at-a-glance summary comes first; each step's facts, the profiles
	// and the why follow below it on the same scrolling page.
	pending := report.DetailsPending(c.lib, c.bank, c.answers, outcome)
	// The header already says "Recommended path"; a saved file keeps its
	// heading.
	shown := strings.TrimPrefix(pending, "# Recommended path\n\n")
	if last != nil && last.from == shown {
		return last, outcome
	}
	lib, bank, answers := c.lib, c.bank, c.answers.Clone()
	s := &docScreen{c: c, view: newDocView(c, shown), title: "Recommended path", backTo: "change answers", final: true, from: shown,
		extra: []key.Binding{c.keys.Doc.Export, c.keys.Doc.Open, c.keys.WhatIf.Open},
		build: func() pageDocs {
			return pageDocs{wide: strings.TrimPrefix(report.Details(lib, bank, answers, outcome), "# Recommended path\n\n")}
		}}
	// full is the whole report for export: the one built, or built now
	// when s comes before it arrives.
	full := func() string {
		if s.docs.wide != "" {
			return "# Recommended path\n\n" + s.docs.wide
		}
		return report.Details(lib, bank, answers, outcome)
	}
	s.onKey = func(k tea.KeyPressMsg) (reply, bool) {
		switch {
		case key.Matches(k, c.keys.Doc.Open):
			return asks(open(newCertList(c, report.PathCerts(c.lib, outcome.Path), true))), true
		case key.Matches(k, c.keys.Doc.Export):
			return asks(open(newExportScreen(c, full()))), true
		case key.Matches(k, c.keys.WhatIf.Open):
			return asks(open(newWhatIfList(c))), true
		}
		return reply{}, false
	}
	return s, outcome
}
