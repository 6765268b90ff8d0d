package content

import (
	"strings"
	"testing"

	"certpath/questions"
)

func TestReportExplainsThePath(t *testing.T) {
	lib, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := questions.DefaultBank()
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"team_events": 60, "impediments": 40}},
		questions.QTeamEvents: {Level: 5},
		questions.QOrgSAFe:    {Choice: "no"},
	}
	doc := Report(lib, b, a, questions.Evaluate(b, a))
	containsAll(t, "report", doc,
		"# Recommended path",
		"Your answers point to **Scrum Master**",
		"### 1. First: Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM)",
		"1. **Scrum Master**: ",
		"8. **",
		"**+7.2** Facilitating team events, 60% (Where your week goes)",
		"**+4.0** Daily (You facilitate team events)",
		"issuer's own page",
	)
}

func TestReportWithNoSignal(t *testing.T) {
	lib, _ := Load(Embedded())
	b := questions.DefaultBank()
	doc := Report(lib, b, questions.Answers{}, questions.Evaluate(b, questions.Answers{}))
	if !strings.Contains(doc, "did not point to any role yet") || strings.Contains(doc, "## Why") {
		t.Fatalf("an empty quiz must say it found nothing, not invent reasons:\n%s", doc)
	}
}

func TestReportNamesACloseCall(t *testing.T) {
	lib := mustLoad(t)
	b := questions.DefaultBank()
	a := questions.Answers{
		questions.QWeekTime: {Allocation: map[string]int{"backlog": 50, "team_events": 50}},
		questions.QOrgSAFe:  {Choice: "no"},
	}
	doc := Report(lib, b, a, questions.Evaluate(b, a))
	containsAll(t, "report", doc,
		"Your answers point equally to **Product Owner** and **Scrum Master**",
		"## A close call",
		"**Product Owner** and **Scrum Master** are tied at 6.0. Look at both",
		"Any one of these changes would put Scrum Master first:",
		"## Why Product Owner",
		"## Why Scrum Master",
	)
}
