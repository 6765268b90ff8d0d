package report

import (
	"regexp"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/planner"
)

// core and optional are path steps of each kind, for the cost tests.
func core(pos int, id catalog.CertID) planner.Step {
	return planner.Step{Position: pos, Cert: id, Kind: planner.KindCore}
}

func optional(pos int, id catalog.CertID) planner.Step {
	return planner.Step{Position: pos, Cert: id, Kind: planner.KindOptional}
}

// The path's total is the confirmed money of its core steps only: PSM I's
// confirmed $200. An optional CSM (a $100 renewal) is never added to it, nor
// is PSM II's exam fee, which only tier C sources give; both are named
// apart, with the words their own lines use.
func TestPathTotalCountsOnlyConfirmedCoreParts(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	got := pathCostSentence(lib, []planner.Step{core(1, catalog.PSMI), optional(2, catalog.CSM), core(3, catalog.PSMII)}, &content.Cites{})
	testcheck.ContainsAll(t, "path cost", got, "$200 over three years", "PSM II's exam fee, not confirmed", "optional CSM")
	if sums := regexp.MustCompile(`\$(300|450|550)\b`).FindString(got); sums != "" {
		t.Errorf("%q sums %s, which is not confirmed core money", got, sums)
	}
}

// An optional Scrum Alliance step never lends its renewal to a later core
// one: CSM optional, then A-CSM core, is A-CSM's $175 renewal alone, and
// with CSM's renewal no more than that; the optional CSM is named apart.
func TestOptionalRenewalsStayOutOfTheTotal(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	got := pathCostSentence(lib, []planner.Step{optional(1, catalog.CSM), core(2, catalog.ACSM)}, &content.Cites{})
	if !strings.Contains(got, "$175") || !strings.Contains(got, "optional CSM") {
		t.Errorf("%q should count A-CSM's $175 and name the optional CSM apart", got)
	}
	alone := pathCostSentence(lib, []planner.Step{optional(1, catalog.PSMI)}, &content.Cites{})
	if strings.Contains(alone, "$200 over three years") || !strings.Contains(alone, "optional PSM I") {
		t.Errorf("a path of one optional step has no total of its own: %q", alone)
	}
}
