package report

import (
	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/internal/testcheck"
	"certpath/planner"
	"certpath/postings"
	"fmt"
	"strings"
	"testing"

	"certpath/content"
	"certpath/questions"
)

func TestReportExplainsThePath(t *testing.T) {
	t.Parallel()
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
	o := planner.Evaluate(b, a)
	testcheck.ContainsAll(t, "report", Report(lib, b, a, o),
		"# Recommended path\n\n**Scrum Master** fits your answers best (",
		"1. **PSM I or CSM** · Scrum.org or Scrum Alliance · now · course: CSM only, 16 hours · PSM I: $200 exam [S31]; CSM: $100 renewals in 3 years [S40]; course price not published\n   - PSM I or CSM is the Scrum Master's first certification",
		"## Role profiles\n\n1. `",
		"The other five",
		"## Sources",
		"[S31] Scrum.org: Professional Scrum Master I (A, undated).",
	)
	testcheck.ContainsAll(t, "details", Details(lib, b, a, o),
		"## Each step in detail\n\n### 1. Professional Scrum Master I (PSM I) or Certified ScrumMaster (CSM)",
		"- **Exam fee:** $200 [S31]",
		"8. `",
		"**+7.2** Facilitating team events, 60% (Where your week goes)",
		"**+4.0** Daily (You facilitate team events)",
		"issuer's own page",
	)
}

func TestReportWithNoSignal(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	b := questions.DefaultBank(lib.Catalog())
	doc := Report(lib, b, questions.Answers{}, planner.Evaluate(b, questions.Answers{}))
	if !strings.Contains(doc, "did not point to any role yet") || strings.Contains(doc, "## Why") || strings.Contains(doc, "1. **") {
		t.Fatalf("an empty quiz must say it found nothing, not invent reasons:\n%s", doc)
	}
}

func TestReportNamesACloseCall(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"backlog": 50, "team_events": 50}},
		questions.QTeamEvents: {Level: 5},
		questions.QRefinement: {Level: 5},
		questions.QOrgSAFe:    {Choice: "no"},
	}
	o := planner.Evaluate(b, a)
	testcheck.ContainsAll(t, "report", Report(lib, b, a, o),
		"**Product Owner** and **Scrum Master** fit your answers equally (40% each)",
		"## Why this path\n\nProduct Owner and Scrum Master are tied, so the path follows Product Owner",
		"## What would change it\n\n",
		"\n\nAny one of these answers would make Scrum Master your top profile:",
	)
	testcheck.ContainsAll(t, "details", Details(lib, b, a, o), "## Why Product Owner", "## Why Scrum Master")
}

func mustLoad(t *testing.T) *content.Library {
	t.Helper()
	return testbank.Library()
}

// One posting is "it"; two are "they". Both read the same text, so the only
// difference in the section is the grammar.
func TestPostingsSectionAgreesInNumber(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	text := "Scrum Master wanted. You will facilitate sprint planning, daily scrum, sprint review and retrospectives, coach the team and remove impediments. PSM I or CSM required."
	section := func(n int) string {
		var ps []postings.Text
		for i := range n {
			ps = append(ps, postings.Text{Name: fmt.Sprintf("posting %d", i+1), Text: text})
		}
		a := questions.Answers{
			questions.QWeekTime:     {Allocation: map[string]int{"team_events": 60, "impediments": 40}},
			questions.QPostingsText: {Postings: ps},
		}
		doc := Details(lib, b, a, planner.Evaluate(b, a))
		i := strings.Index(doc, "## From your postings")
		if i < 0 {
			t.Fatalf("%d postings: no postings section:\n%s", n, doc)
		}
		return doc[i:]
	}
	one, two := section(1), section(2)
	testcheck.ContainsAll(t, "one posting", one, "The 1 posting you gave", "of its evidence", " It added ", "Certifications it names:")
	testcheck.ContainsAll(t, "two postings", two, "The 2 postings you gave", "of their evidence", " They added ", "Certifications they name:")
	for _, wrong := range []string{"They added", "of their evidence", "they name"} {
		if strings.Contains(one, wrong) {
			t.Errorf("one posting is not %q:\n%s", wrong, one)
		}
	}
}

// A step's kind is said once, beside its name; its reason is on a line of
// its own, so a wrapped price never runs into it.
func TestTimelineSaysEachThingOnce(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"team_events": 60, "impediments": 30, "backlog": 10}},
		questions.QTeamEvents: {Level: 5},
		questions.QOrgSAFe:    {Choice: "no"},
	}
	doc := Report(lib, b, a, planner.Evaluate(b, a))
	lines := strings.Split(doc, "\n")
	optional := 0
	for i, l := range lines {
		if !strings.Contains(l, "** (optional) · ") {
			continue
		}
		optional++
		if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "   - ") {
			t.Errorf("the reason must follow on its own line:\n%s", strings.Join(lines[i:min(i+2, len(lines))], "\n"))
			continue
		}
		if strings.Contains(strings.ToLower(lines[i+1]), "optional") {
			t.Errorf("the step says optional twice:\n%s\n%s", l, lines[i+1])
		}
	}
	if optional == 0 {
		t.Fatalf("these answers should give an optional step:\n%s", doc)
	}
}

// "PSM I or CSM" has one course phrase only where it holds for both: PSM I
// needs no course, CSM does.
func TestAlternativesSayEachCourse(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	for _, ts := range Timeline(lib, []planner.Step{{Position: 1, Cert: catalog.PSMI, Alternative: catalog.CSM}}) {
		if !strings.HasPrefix(ts.Course, "course: CSM only, ") {
			t.Fatalf("the pair's course phrase = %q", ts.Course)
		}
	}
	for _, ts := range Timeline(lib, []planner.Step{{Position: 1, Cert: catalog.PSMI, Alternative: catalog.PSMI}}) {
		if strings.Contains(ts.Course, "only") {
			t.Fatalf("one phrase holds for both, yet %q", ts.Course)
		}
	}
}

// A step whose price has only a weak source says "not confirmed" with the
// figure, never "not published": POPM's course is about $995, not
// confirmed, not a price nobody gives.
func TestCostPhraseTellsUnconfirmedFromUnpublished(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	seen := 0
	for _, c := range lib.Certs() {
		ts := Timeline(lib, []planner.Step{{Position: 1, Cert: c.ID}})
		if len(ts) != 1 {
			t.Fatalf("%s: no timeline step", c.ID)
		}
		for _, p := range lib.Cost(c).Parts {
			if p.State != content.PriceNotConfirmed || p.Figures[0].Amount == 0 {
				continue
			}
			seen++
			if !strings.Contains(ts[0].Cost, fmt.Sprintf("$%d %s", p.Figures[0].Amount, p.What)) || !strings.Contains(ts[0].Cost, "not confirmed") ||
				strings.Contains(ts[0].Cost, p.Noun()+" not published") {
				t.Errorf("%s: %q, though a weak source gives %s $%d", c.ID, ts[0].Cost, p.What, p.Figures[0].Amount)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no certification has an unconfirmed price; the test checks nothing")
	}
}

// A step's course line never reads "length no course is required".
func TestCourseLineSaysNoCourseOnce(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	var cites content.Cites
	for _, c := range lib.Certs() {
		md := stepMarkdown(lib, planner.Step{Position: 1, Cert: c.ID}, &cites)
		if strings.Contains(md, "length no course") {
			t.Errorf("%s: %s", c.ID, md)
		}
	}
}

// TestNoFitGivesNoShare: "None of the eight roles matches your week yet;
// the closest is Scrum Master (68%)" read as a contradiction; the share of
// a few points is left out where nothing fits.
func TestNoFitGivesNoShare(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	a := questions.Answers{
		questions.QWeekTime:   {Allocation: map[string]int{"delivery": 90, "team_events": 10}},
		questions.QTeamEvents: {Level: 2},
	}
	o := planner.Evaluate(b, a)
	if !o.Fit.None {
		t.Fatal("this person must read as no fit")
	}
	doc := Report(lib, b, a, o)
	head := strings.SplitN(doc, "\n\n", 3)[1]
	if !strings.HasPrefix(head, "None of the eight roles matches your week yet; the closest is **") || strings.Contains(head, "%") {
		t.Fatalf("headline: %q", head)
	}
}

// The step's course phrase and its details' course line say the same thing:
// CSP-PO's course is not known, so its step must not say "no course
// required" (content's CourseNeed decides for both).
func TestCoursePhraseAgreesWithDetails(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	var cites content.Cites
	for _, c := range lib.Certs() {
		phrase := Timeline(lib, []planner.Step{{Position: 1, Cert: c.ID}})[0].Course
		md := stepMarkdown(lib, planner.Step{Position: 1, Cert: c.ID}, &cites)
		_, line, _ := strings.Cut(md, "- **Course:** ")
		line, _, _ = strings.Cut(line, "\n")
		var want string
		switch {
		case strings.HasPrefix(line, "not known"):
			want = "course not known"
		case strings.HasPrefix(line, "no"):
			want = "no course required"
		}
		if want != "" && phrase != want {
			t.Errorf("%s: the step says %q, the details %q", c.ID, phrase, line)
		}
		if want == "" && (strings.HasPrefix(phrase, "no course") || strings.Contains(phrase, "not known") && !strings.Contains(phrase, "length")) {
			t.Errorf("%s: the step says %q, the details %q", c.ID, phrase, line)
		}
	}
}

// The path's total is true whichever of a pair is taken: "PSM I or CSM",
// "PSPO I or CSPO" cost $400 only with PSM I and PSPO I (CSM's and CSPO's
// course prices are not published), so the sentence names that choice and
// what the other leaves out, and their renewals (tier C) are not counted.
func TestPathTotalHoldsForEitherOfAPair(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	pairs := []planner.Step{{Position: 1, Cert: catalog.PSMI, Alternative: catalog.CSM}, {Position: 2, Cert: catalog.PSPOI, Alternative: catalog.CSPO}}
	got := pathCostSentence(lib, pairs, &content.Cites{})
	for _, want := range []string{"With PSM I and PSPO I, ", "$400", "(left out: the renewal fee of PSM I and PSPO I, not confirmed; the course price of CSM and CSPO, not published)"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %q", got, want)
		}
	}
	// A pair priced alike either way needs no choice named.
	same := []planner.Step{{Position: 1, Cert: catalog.PSMI, Alternative: catalog.PSMI}}
	if got := pathCostSentence(lib, same, &content.Cites{}); got != "The confirmed prices on this path come to $200 over three years (left out: PSM I's renewal fee, not confirmed)." {
		t.Errorf("one price for both: %q", got)
	}
}
