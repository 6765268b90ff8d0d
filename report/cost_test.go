package report

import (
	"regexp"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/planner"
	"certpath/scoring"
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
	testcheck.ContainsAll(t, "path cost", got, "$200 over three years", "PSM II's exam fee and renewal fee, not confirmed", "optional CSM")
	if sums := regexp.MustCompile(`\$(300|450|550)\b`).FindString(got); sums != "" {
		t.Errorf("%q sums %s, which is not confirmed core money", got, sums)
	}
}

// "Renewals included" is said only where every renewal part is confirmed:
// PSM I's and PSPO I's $0 renewals rest on "it does not expire", which only
// a tier C source gives, so a path of the two has no "renewals included"
// and names their renewal fee as not confirmed.
func TestRenewalsIncludedOnlyWhenConfirmed(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	got := pathCostSentence(lib, []planner.Step{core(1, catalog.PSMI), core(2, catalog.PSPOI)}, &content.Cites{})
	if strings.Contains(got, "renewals included") || strings.Contains(got, "whole path costs") {
		t.Errorf("the renewals rest on a tier C source, yet: %q", got)
	}
	testcheck.ContainsAll(t, "path cost", got, "$400", "renewal fee of PSM I and PSPO I, not confirmed")
	for _, c := range lib.Certs() {
		cost := lib.PathCost([]content.Cert{c})
		s := pathCostSentence(lib, []planner.Step{core(1, c.ID)}, &content.Cites{})
		settled := true
		for _, p := range cost.Parts {
			settled = settled && p.State == content.PriceConfirmed
		}
		if strings.Contains(s, "renewals included") && !settled {
			t.Errorf("%s: %q, but its parts are not all confirmed", c.ID, s)
		}
	}
}

// No renewal count comes from a renewal rule nobody gives: LPM's renewal is
// not known, so its cost does not say "3 renewals due in three years".
func TestNoRenewalCountFromAnUnknownRule(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	for _, c := range lib.Certs() {
		if lib.RenewalRuleKnown(c) {
			continue
		}
		p, _ := lib.Cost(c).Part("renewals")
		if regexp.MustCompile(`renewals? due`).MatchString(p.Note) || p.Confirmed {
			t.Errorf("%s: the renewal rule is not known, yet its renewals read %q (confirmed %v)", c.ID, p.Note, p.Confirmed)
		}
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

// Two or more certifications that renew every year are said in one
// sentence, with what is known of the fee; one is not, and SSM, which
// moved to a two-year cycle, does not count as yearly.
func TestStackedYearlyRenewalsAreSaid(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	got := pathCostSentence(lib, []planner.Step{core(1, catalog.LeadingSAFe), core(2, catalog.POPM), optional(3, catalog.RTE)}, &content.Cites{})
	testcheck.ContainsAll(t, "path cost", got, "Leading SAFe, POPM and RTE", "lapse after a year unless renewed", "$100 a year", "not confirmed (tier C)", "not published")
	for _, path := range [][]planner.Step{
		{core(1, catalog.POPM)},
		{core(1, catalog.SSM), core(2, catalog.POPM)},
	} {
		if got := pathCostSentence(lib, path, &content.Cites{}); strings.Contains(got, "lapse after a year") {
			t.Errorf("%v has one yearly renewal, yet: %q", path, got)
		}
	}
}

// Two Scrum Alliance steps that renew show their own renewal fees, and the
// total counts one: the sentence says why the total is less than the sum.
func TestScrumAllianceRenewalsArePaidOnce(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	got := pathCostSentence(lib, []planner.Step{core(1, catalog.ACSM), core(2, catalog.CSPSM)}, &content.Cites{})
	testcheck.ContainsAll(t, "path cost", got, "$250 over three years", "One Scrum Alliance renewal fee covers every Scrum Alliance certification")
	if one := pathCostSentence(lib, []planner.Step{core(1, catalog.ACSM), core(2, catalog.PSMII)}, &content.Cites{}); strings.Contains(one, "One Scrum Alliance renewal fee") {
		t.Errorf("one Scrum Alliance step shares nothing: %q", one)
	}
}

// Outside SAFe there is no release train: a headline that names the
// Release Train Engineer as the best fit says what that means there.
func TestNoTrainOutsideSAFe(t *testing.T) {
	t.Parallel()
	o := planner.Outcome{Result: scoringResult(catalog.ReleaseTrainEngineer), Context: "Scrum scaled without SAFe (LeSS, Nexus or your own way)", Setting: catalog.ContextScrum}
	if h := headline(o); !strings.Contains(h, "Outside SAFe there is no release train") {
		t.Errorf("headline %q", h)
	}
	o.Setting = catalog.ContextSAFeTrain
	if h := headline(o); strings.Contains(h, "no release train") {
		t.Errorf("on a train the headline says %q", h)
	}
}

// scoringResult is a result whose best fit is p, ahead of the Scrum Master.
func scoringResult(p catalog.ProfileID) scoring.Result {
	return scoring.Result{Profiles: []scoring.ProfileScore{
		{ID: p, Name: catalog.ProfileName(p), Score: 10, Share: 40},
		{ID: catalog.ScrumMaster, Name: catalog.ProfileName(catalog.ScrumMaster), Score: 6, Share: 24},
	}}
}
