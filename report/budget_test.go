package report

import (
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/planner"
)

// TestBudgetSaysWhatFirstAndWhatWaits is issue 33's budget: a path over the
// year's budget says what to take first and what can wait, counting only
// confirmed prices of course and exam, and names apart a step whose price
// is not confirmed, never summing it as if known.
func TestBudgetSaysWhatFirstAndWhatWaits(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	step := func(pos int, id catalog.CertID) planner.Step {
		return planner.Step{Position: pos, Cert: id, Kind: planner.KindCore}
	}
	o := planner.Outcome{
		Path:   []planner.Step{step(1, catalog.PSMI), step(2, catalog.PSPOI), step(3, catalog.POPM)},
		Budget: planner.Budget{USD: 300, PaysSelf: true},
	}
	got := budgetSentence(lib, o)
	for _, want := range []string{
		"Budget under $300 this year:",
		"take PSM I ($200) first",
		"PSPO I ($200) can wait for next year's.",
		"POPM has no confirmed price, so check it against what is left.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("budget sentence lacks %q:\n%s", want, got)
		}
	}
	o.Budget = planner.Budget{}
	if got := budgetSentence(lib, o); got != "" {
		t.Errorf("no budget given, yet: %q", got)
	}
	// A step waiting on months is not this year's spending.
	o = planner.Outcome{Path: []planner.Step{{Position: 1, Cert: catalog.PSMI, Kind: planner.KindCore, Opens: planner.Opens{Months: 12}}}, Budget: planner.Budget{USD: 500}}
	if got := budgetSentence(lib, o); got != "" {
		t.Errorf("only a waiting step, yet: %q", got)
	}
	// One step that fits is not "first": nothing comes after it.
	o = planner.Outcome{Path: []planner.Step{step(1, catalog.PSMI)}, Budget: planner.Budget{USD: 1500, FromUSD: 500}}
	if got := budgetSentence(lib, o); got != "Budget of $500 to $1,500 this year: PSM I ($200) fits it." {
		t.Errorf("one step within the budget: %q", got)
	}
	// A band is counted from its bottom, what the person surely has: a
	// step past it but within the top fits only if they have more.
	o = planner.Outcome{Path: []planner.Step{step(1, catalog.PSMI), step(2, catalog.PSPOI)}, Budget: planner.Budget{USD: 1500, FromUSD: 300}}
	if got := budgetSentence(lib, o); got != "Budget of $300 to $1,500 this year: take PSM I ($200) first. PSPO I ($200) fits only if you have more than $300." {
		t.Errorf("a band: %q", got)
	}
	if got := dollars(1500); got != "$1,500" {
		t.Errorf("dollars(1500) = %q", got)
	}
}
