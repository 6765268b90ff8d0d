package page

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
)

// mustLoad is the embedded content on the day the tests' figures were
// written down.
func mustLoad(t *testing.T) *content.Library {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	lib.SetClock(func() time.Time { return time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) })
	return lib
}

func TestPOPMCurrentExamIs60WithHistory(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("popm")
	v := lib.View(c)
	want := map[string]string{"exam_questions": "45", "exam_minutes": "90", "exam_pass_mark": "80% (36 of 45)"}
	for fact, value := range want {
		var current, earlier []string
		for _, f := range v.Facts[fact] {
			switch {
			case f.Status == "current" && f.Version == "6.0":
				current = append(current, f.Value)
			case f.Status == "earlier":
				earlier = append(earlier, f.Version+":"+f.Value)
			}
		}
		if len(current) != 1 || current[0] != value {
			t.Errorf("%s: current 6.0 values %v, want %q", fact, current, value)
		}
		if len(earlier) == 0 || !strings.HasPrefix(earlier[0], "5.1:") {
			t.Errorf("%s: earlier values %v, want the 5.1 exam", fact, earlier)
		}
	}
	doc := Summary(lib, c)
	testcheck.ContainsAll(t, "POPM summary", doc,
		"- **Earlier, exam 5.1:** 45 questions, 90 minutes, pass mark 73% (33 of 45); exam format: ",
		"retake fee $50 [S5]\n",
		// The reason is said once, at the first figure it holds for.
		"exam 6.0: 45 [S36]† (only a tier C source gives it)",
		"exam 6.0: 90 [S36]†\n",
		"exam 6.0: 80% (36 of 45) [S36]† (a personal page: 77%, no version [S42])",
		"- **Exam 6.0:** 45 questions†, 90 minutes†, pass mark 80%†",
		"which exam is current, 6.0 or AI-Empowered [S48], is not confirmed",
		"No POPM page of Scaled Agile's own was found",
		"## Skip it if", "You own one team's product",
		"Cross-team coordination, not company size, calls for POPM",
		"heavily regulated", "ceremony only",
	)
	if strings.Contains(doc, "sources disagree") {
		t.Errorf("POPM's page says sources disagree; its values differ only by version:\n%s", doc)
	}
}

func TestPMPExamInForceSince9July2026(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("pmp")
	doc := Summary(lib, c)
	testcheck.ContainsAll(t, "PMP now", doc,
		"2026 exam outline: about 185 (175 scored, 10 pretest) [S86, S143]† (only tier C sources give it",
		"- **Earlier, 2021 exam outline, until 8\u00a0Jul\u00a02026:** 180 questions (175 scored, 5 pretest), 230 minutes, with two optional 10-minute breaks [S81]",
	)
	// Before the change, the old exam is current and the new one announced.
	lib.SetClock(func() time.Time { return time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC) })
	before := Summary(lib, c)
	testcheck.ContainsAll(t, "PMP in April 2026", before,
		"- 2021 exam outline: 180 (175 scored, 5 pretest)",
		"Changes on 9\u00a0Jul\u00a02026: about 185",
	)
	// A change more than six months away is not flagged yet.
	lib.SetClock(func() time.Time { return time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC) })
	if strings.Contains(Summary(lib, c), "Changes on") {
		t.Error("a change eight months away must not be flagged")
	}
}

func TestNoDisagreementWhereValuesOnlyLookDifferent(t *testing.T) {
	lib := mustLoad(t)
	for _, id := range []string{"popm", "leading-safe", "rte", "ssm", "csm", "cspo"} {
		c, _ := lib.Cert(catalog.CertID(id))
		doc := Summary(lib, c)
		for _, line := range strings.Split(doc, "\n") {
			if strings.Contains(line, "Course length") && strings.Contains(line, "disagree") {
				t.Errorf("%s: %s", id, line)
			}
		}
		if id == "popm" || id == "leading-safe" {
			if cmp := Compare(lib, c, c); strings.Contains(cmp, "disagree") {
				t.Errorf("%s: compare says sources disagree:\n%s", id, cmp)
			}
		}
	}
	pmp, _ := lib.Cert("pmp")
	for _, line := range strings.Split(Summary(lib, pmp), "\n") {
		if strings.Contains(line, "PMI members:") && strings.Contains(line, "disagree") {
			t.Errorf("a member fee is not a disagreement with a non-member fee: %s", line)
		}
	}
	// A real one stays visible, and says who the issuer is.
	testcheck.ContainsAll(t, "PMP", Summary(lib, pmp), "non-members: $555 [S95, S92]", "or $675 [S98]", "sources disagree (none of them is the issuer's)")
}

func TestEverySummaryCitesEveryValueWithTierAndDate(t *testing.T) {
	lib := mustLoad(t)
	files, _ := fs.Glob(content.Embedded(), "certs/*.md")
	if n, want := len(lib.Certs()), len(files); n != want || n < len(catalog.RuleCerts()) {
		t.Fatalf("%d certifications loaded, want one for each of the %d files", n, want)
	}
	for _, c := range lib.Certs() {
		doc := Summary(lib, c)
		facts := doc[strings.Index(doc, "## Facts"):strings.Index(doc, "## Who it is for")]
		for _, line := range strings.Split(facts, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(line), "- ") || strings.HasSuffix(line, ":**") || strings.Contains(line, "not known: ") || strings.HasSuffix(line, ":** current value not found") || strings.HasSuffix(line, ":** not known") || strings.Contains(line, content.PriceNotPublished.Words()) || strings.Contains(line, "Earlier versions") || strings.Contains(line, "Changes on") || strings.Contains(line, "no current value") {
				continue
			}
			if !strings.Contains(line, "[S") {
				t.Errorf("%s: a fact without a source: %q", c.ID, line)
			}
			if regexp.MustCompile(`tier A|tier B|, checked `).MatchString(line) {
				t.Errorf("%s: tier and dates belong under Sources, once, not in a fact: %q", c.ID, line)
			}
		}
		for _, want := range []string{"Verify before you register", "## Skip it if", "## Take it first when", "- **Three-year cost:**", "## Sources"} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s: the summary lacks %q", c.ID, want)
			}
		}
		checkSourcesListed(t, string(c.ID), doc)
	}
}

// checkSourcesListed fails when an ID cited in the text is missing from the
// Sources section, or the section lists one nobody cites.
func checkSourcesListed(t *testing.T, what, doc string) {
	t.Helper()
	i := strings.LastIndex(doc, "\n## Sources\n")
	if i < 0 {
		t.Fatalf("%s: no Sources section", what)
	}
	body, sources := doc[:i], doc[i:]
	cited := map[string]bool{}
	for _, m := range regexp.MustCompile(`\[(S\d+(?:, S\d+)*)\]`).FindAllStringSubmatch(body, -1) {
		for _, id := range strings.Split(m[1], ", ") {
			cited[id] = true
		}
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^- \[(S\d+)\]`).FindAllStringSubmatch(sources, -1) {
		listed[m[1]] = true
	}
	for id := range cited {
		if !listed[id] {
			t.Errorf("%s: %s is cited but not listed under Sources", what, id)
		}
	}
	for id := range listed {
		if !cited[id] {
			t.Errorf("%s: %s is listed under Sources but never cited", what, id)
		}
	}
}

// Citations take one form on every page: [S42], never (S42).
func TestCitationsHaveOneForm(t *testing.T) {
	lib := mustLoad(t)
	paren := regexp.MustCompile(`\(S\d+\)`)
	for _, c := range lib.Certs() {
		if m := paren.FindString(Summary(lib, c)); m != "" {
			t.Errorf("%s: the summary cites %s in parentheses", c.ID, m)
		}
	}
}

// A value nobody found is "not known" once: a note that starts "not
// confirmed" does not say it a second time ("not known: not confirmed:
// ..."), on any page.
func TestNotKnownIsNotAlsoNotConfirmed(t *testing.T) {
	lib := mustLoad(t)
	for _, c := range lib.Certs() {
		doc := Summary(lib, c)
		if strings.Contains(doc, "not known: not confirmed") {
			t.Errorf("%s: a value not known is also said to be not confirmed:\n%s", c.ID, doc)
		}
	}
	c, _ := lib.Cert("psm-i")
	testcheck.ContainsAll(t, "PSM I summary", Summary(lib, c),
		"- **Course length:** not known: Scrum.org's PSM I page [S31] does not give the optional course's length\n")
}

// The nearest page that stands in for a certification's own, when it is a
// cited source, is listed once and first, as the verify note promises:
// not again as a line of its own.
func TestTheNearestPageIsListedOnceAndFirst(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("spc")
	doc := Summary(lib, c)
	sources := doc[strings.Index(doc, "## Sources"):]
	if strings.Contains(sources, "[SPC]") || strings.Count(sources, "<"+c.OfficialPage+">") != 1 {
		t.Fatalf("SPC's nearest page must be listed once:\n%s", sources)
	}
	if !strings.HasPrefix(sources, "## Sources\n\n- [S9] ") {
		t.Fatalf("SPC's nearest page, S9, must come first:\n%s", sources)
	}
}

// A figure whose versions all give one confirmed value says it once, with
// each version's sources.
func TestOneValueInEveryVersionIsSaidOnce(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("leading-safe")
	testcheck.ContainsAll(t, "Leading SAFe", Summary(lib, c),
		"- **Exam questions:** 45 (exam 6.0 [S4]; AI-Empowered [S8])\n",
		"- **Pass mark:** 80% (exam 6.0 [S4]; AI-Empowered [S8])\n")
}

// An earlier value says what it is a value of: a count reads "35
// questions", a description is labelled ("exam questions: mixed multiple
// choice and essay"), never a bare phrase.
func TestAnEarlierValueSaysWhatItIs(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("psm-iii")
	testcheck.ContainsAll(t, "PSM III", Summary(lib, c),
		"- **Earlier, until 17\u00a0Jul\u00a02023:** exam questions: mixed multiple choice and essay [S57]\n")
	c, _ = lib.Cert("pspo-iii")
	testcheck.ContainsAll(t, "PSPO III", Summary(lib, c), "35 questions, mostly multiple choice [S66]†", "120 minutes, pass mark 85% [S66]†")
}
