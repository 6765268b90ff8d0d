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
	doc := Report(lib, b, a, questions.Evaluate(b, a))
	testcheck.ContainsAll(t, "report", doc,
		"# Recommended path",
		"Your answers point to **Scrum Master**",
		"### 1. First: Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM)",
		"**Scrum Master** ",
		"% (", " points)\n8. `",
		"## Your path\n\n1. ● **PSM I or CSM** (core) · course ",
		"**Total, three years:**",
		"**+7.2** Facilitating team events, 60% (Where your week goes)",
		"**+4.0** Daily (You facilitate team events)",
		"issuer's own page",
	)
}

func TestReportWithNoSignal(t *testing.T) {
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	b := questions.DefaultBank(lib.Catalog())
	doc := Report(lib, b, questions.Answers{}, questions.Evaluate(b, questions.Answers{}))
	if !strings.Contains(doc, "did not point to any role yet") || strings.Contains(doc, "## Why") {
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
	doc := Report(lib, b, a, questions.Evaluate(b, a))
	testcheck.ContainsAll(t, "report", doc,
		"Your answers point equally to **Product Owner** and **Scrum Master**",
		"would make Scrum Master your top profile:",
		"## A close call",
		"**Product Owner** and **Scrum Master** are tied at 10.0. Look at both",
		"the path starts with Product Owner's first step and offers Scrum Master's as the alternative",
		"## Why Product Owner",
		"## Why Scrum Master",
	)
}

func mustLoad(t *testing.T) *content.Library {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}
