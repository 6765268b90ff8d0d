package model

import (
	"testing"

	"certpath/internal/testbank"
	"certpath/team"
)

// teamPlan is the blind test team's plan on a $20,000 budget, as certpath
// team pages it.
func teamPlan(t testing.TB) string {
	t.Helper()
	b := testBank(t)
	var ms []team.Member
	for _, p := range testbank.Folder(t, b, "../team/testdata/people", 8) {
		ms = append(ms, team.Member{Name: p.Name, File: p.File, Answers: p.Answers})
	}
	return team.Markdown(team.Build(testLib(t), b, ms, team.Options{BudgetUSD: 20000}))
}

// teamPager is the program as certpath team opens it.
func teamPager(t testing.TB, w, h int) *Model {
	t.Helper()
	m := newModelWith(t, w, h, Options{Start: StartDocument, Document: teamPlan(t), DocumentTitle: "Team plan"})
	// The first rendering is asked for by Init, as Bubble Tea runs it.
	for _, msg := range run(m.Init()) {
		m = update(t, m, msg)
	}
	return m
}

// certpath team opens the plan in the results' pager, alone: it scrolls
// with the usual keys, and esc and q quit (there is nothing to go back to)
// as finishing, not aborting.
func TestTeamPlanOpensInThePager(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}, {120, 40}} {
		m := teamPager(t, size[0], size[1])
		mustContain(t, m, "Team plan", "q quit")
		if size[0] >= 80 {
			mustContain(t, m, "esc quit")
		} else {
			// Narrow, the footer keeps where every key is.
			mustContain(t, m, "? more keys")
		}
		top := visible(m)
		if m = press(t, m, "pgdown"); visible(m) == top {
			t.Errorf("%dx%d: pgdown does not scroll the plan", size[0], size[1])
		}
		for _, k := range []string{"esc", "q"} {
			if !quits(m, k) {
				t.Errorf("%dx%d: %s should quit the plan", size[0], size[1], k)
			}
		}
		if press(t, m, "q").Aborted() {
			t.Errorf("%dx%d: quitting the plan is not aborting", size[0], size[1])
		}
	}
}
