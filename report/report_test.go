package report

import (
	"certpath/internal/testcheck"
	"strings"
	"testing"

	"certpath/content"
	"certpath/questions"
)

func TestReportExplainsThePath(t *testing.T) {
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	b := questions.DefaultBank(lib.Catalog())
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"team_events": 60, "impediments": 40}},
		questions.QTeamEvents: {Level: 5},
		questions.QOrgSAFe:    {Choice: "no"},
	}
	o := questions.Evaluate(b, a)
	testcheck.ContainsAll(t, "report", Report(lib, b, a, o),
		"# Recommended path\n\n**Scrum Master** fits your answers best (",
		"1. **PSM I or CSM** · Scrum.org or Scrum Alliance · now · no course required · PSM I: $200 exam [S31]  \n   PSM I or CSM is the Scrum Master's first certification",
		"## Role profiles\n\n1. `",
		"The other five",
		"## Sources",
		"[S31] Scrum.org: Professional Scrum Master I. Tier A, issuer; undated page, checked",
	)
	testcheck.ContainsAll(t, "details", Details(lib, b, a, o),
		"## 1. Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM)",
		"- **Exam fee:** $200 [S31]",
		"8. `",
		"**+7.2** Facilitating team events, 60% (Where your week goes)",
		"**+4.0** Daily (You facilitate team events)",
		"issuer's own page",
	)
}

func TestReportWithNoSignal(t *testing.T) {
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	b := questions.DefaultBank(lib.Catalog())
	doc := Report(lib, b, questions.Answers{}, questions.Evaluate(b, questions.Answers{}))
	if !strings.Contains(doc, "did not point to any role yet") || strings.Contains(doc, "## Why") || strings.Contains(doc, "1. **") {
		t.Fatalf("an empty quiz must say it found nothing, not invent reasons:\n%s", doc)
	}
}

func TestReportNamesACloseCall(t *testing.T) {
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"backlog": 50, "team_events": 50}},
		questions.QTeamEvents: {Level: 5},
		questions.QRefinement: {Level: 5},
		questions.QOrgSAFe:    {Choice: "no"},
	}
	o := questions.Evaluate(b, a)
	testcheck.ContainsAll(t, "report", Report(lib, b, a, o),
		"**Product Owner** and **Scrum Master** fit your answers equally (40% each)",
		"## Why this path\n\nProduct Owner and Scrum Master are tied, so the path follows Product Owner",
		"## What would change it\n\nAny one of these answers would make Scrum Master your top profile:",
	)
	testcheck.ContainsAll(t, "details", Details(lib, b, a, o), "## Why Product Owner", "## Why Scrum Master")
}

func mustLoad(t *testing.T) *content.Library {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}
