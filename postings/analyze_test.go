package postings

import (
	"certpath/catalog"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type labelled struct {
	name   string
	expect catalog.ProfileID
	clear  bool
	text   string
}

// loadTestPostings reads the postings written for these tests: a header with
// the expected profile and whether a careful reader would agree, then ---.
func loadTestPostings(t testing.TB) []labelled {
	t.Helper()
	return loadLabelled(t, "testdata/postings", 40)
}

// loadLabelled reads the labelled postings in dir, at least atLeast of them.
func loadLabelled(t testing.TB, dir string, atLeast int) []labelled {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) < atLeast {
		t.Fatalf("want at least %d postings in %s, found %d (%v)", atLeast, dir, len(files), err)
	}
	var out []labelled
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, ok := strings.Cut(string(data), "\n---\n")
		if !ok {
			t.Fatalf("%s: no --- after the header", f)
		}
		l := labelled{name: filepath.Base(f), text: body}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ": ")
			switch k {
			case "expect":
				l.expect = catalog.ProfileID(v)
			case "clear":
				l.clear = v == "yes"
			}
		}
		out = append(out, l)
	}
	return out
}

// roleNames are the job titles the activities-only test removes.
// Titles that name no profile in so many words but stand for one (delivery
// lead, program facilitator, head of PMO, backlog owner) are masked too.
var roleNames = regexp.MustCompile(`(?i)\b(chief scrum masters?|scrum ?masters?|product owners?|backlog owners?|product managers?|product management|product leads?|release train engineers?|solution train engineers?|RTEs?|STEs?|agile coach(es)?|enterprise coach(es)?|team coach(es)?|coach(es)?|portfolio managers?|portfolio leads?|project managers?|programme managers?|program managers?|PMO leads?|delivery leads?|delivery managers?|(agile delivery|delivery|programme|program|agile) facilitators?|agile leaders?|head of [a-z]+( (&|and) [a-z]+)?|transformation leads?|directors?|vice presidents?|VPs?|POs|PO|SMs|SM)\b`)

func accuracy(t *testing.T, posts []labelled, transform func(string) string) (right, total int, misses []string) {
	an := NewAnalyzer(testLexicon())
	for _, p := range posts {
		if !p.clear {
			continue
		}
		total++
		got := an.Analyze(p.name, transform(p.text)).Top()
		if got == p.expect {
			right++
		} else {
			misses = append(misses, p.name+" -> "+string(got))
		}
	}
	return right, total, misses
}

func TestAnalyzerAccuracy(t *testing.T) {
	t.Parallel()
	posts := loadTestPostings(t)
	profiles := map[catalog.ProfileID]bool{}
	for _, p := range posts {
		profiles[p.expect] = true
	}
	if len(profiles) != len(catalog.Profiles()) {
		t.Fatalf("the test set covers %d profiles, want all %d", len(profiles), len(catalog.Profiles()))
	}
	right, total, misses := accuracy(t, posts, func(s string) string { return s })
	t.Logf("accuracy on clear postings: %d of %d (%.0f%%); misses: %v", right, total, 100*float64(right)/float64(total), misses)
	if float64(right) < 0.95*float64(total) {
		t.Fatalf("accuracy %d/%d is below 19 in 20", right, total)
	}
}

func TestActivitiesAloneCarryTheDecision(t *testing.T) {
	t.Parallel()
	posts := loadTestPostings(t)
	strip := func(s string) string { return roleNames.ReplaceAllString(s, "") }
	for _, p := range posts {
		if p.clear && roleNames.MatchString(strip(p.text)) {
			t.Fatalf("%s still names a role after stripping", p.name)
		}
	}
	right, total, misses := accuracy(t, posts, strip)
	t.Logf("accuracy with every role name removed: %d of %d (%.0f%%); misses: %v", right, total, 100*float64(right)/float64(total), misses)
	if float64(right) < 0.8*float64(total) {
		t.Fatalf("accuracy without role names %d/%d is below 8 in 10", right, total)
	}
}

func TestAnalyzerMatchesWordFormsAcrossLines(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	r := an.Analyze("", "We are FACILITATING the Sprint\nPlanning, and facilitation of every\nretrospectives!")
	phrases := map[string]int{}
	for _, e := range r.Evidence {
		phrases[e.LexiconPhrase] = e.Count
	}
	if phrases["facilitate"] != 2 || phrases["sprint planning"] != 1 || phrases["retrospective"] != 1 {
		t.Fatalf("evidence = %v", phrases)
	}
}

func TestTitleLinesCountMore(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	inTitle := an.Analyze("", "Risk register owner\n\nWe are a friendly company.")
	inBody := an.Analyze("", "We are a friendly company.\nSomeone here will keep a risk register, as it happens.")
	if inTitle.Evidence[0].Points != 2*inBody.Evidence[0].Points || !inTitle.Evidence[0].InTitle {
		t.Fatalf("title %v vs body %v", inTitle.Evidence, inBody.Evidence)
	}
}

func TestNegatedPhrasesDoNotCount(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for _, text := range []string{
		"No SAFe experience needed. You will facilitate sprint planning.",
		"Experience with SAFe is not required. You will facilitate sprint planning.",
		"This is not a SAFe role; you will facilitate sprint planning.",
	} {
		r := an.Analyze("", text)
		for _, f := range r.Frameworks {
			if f.ID == catalog.SAFe && f.Points > 0 {
				t.Errorf("%q: SAFe counted %.1f points", text, f.Points)
			}
		}
		if len(r.Negated) == 0 || r.Negated[0].Phrase != "SAFe" {
			t.Errorf("%q: the negated SAFe should be reported as skipped, got %+v", text, r.Negated)
		}
	}
	// A negation in another sentence does not reach.
	r := an.Analyze("", "No relocation. SAFe experience is essential.")
	if r.Frameworks[0].ID != catalog.SAFe {
		t.Fatalf("a negation in an earlier sentence cancelled SAFe: %+v", r.Frameworks)
	}
}

func TestCertificationsNamed(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	r := an.Analyze("", "Requirements: SAFe POPM or SSM; PSM II, A-CSM, Certified ScrumMaster, PMP and PMI-ACP welcome. PSPO-I a plus.")
	want := []catalog.CertID{catalog.POPM, catalog.SSM, catalog.PSMII, catalog.ACSM, catalog.CSM, catalog.PMP, catalog.PMIACP, catalog.PSPOI}
	for _, id := range want {
		if !slices.Contains(r.CertsNamed, id) {
			t.Errorf("%s not recognised; got %v", id, r.CertsNamed)
		}
	}
	if slices.Contains(r.CertsNamed, catalog.PSMI) {
		t.Errorf("PSM II must not also count as PSM I: %v", r.CertsNamed)
	}
}

func TestEvidenceSpansPointAtTheText(t *testing.T) {
	t.Parallel()
	text := "Own the Product Backlog.\nRun PI Planning."
	r := NewAnalyzer(testLexicon()).Analyze("", text)
	for _, e := range r.Evidence {
		for _, sp := range e.Spans {
			got := strings.ToLower(text[sp[0]:sp[1]])
			if !strings.Contains(got, strings.Fields(strings.ToLower(e.LexiconPhrase))[0]) {
				t.Errorf("span %q does not hold phrase %q", got, e.LexiconPhrase)
			}
		}
		if first := e.Spans[0]; e.Phrase != text[first[0]:first[1]] {
			t.Errorf("the phrase shown, %q, is not the text of its first span, %q", e.Phrase, text[first[0]:first[1]])
		}
	}
	if r.Evidence[0].Lines[0] == 0 {
		t.Fatal("lines are 1-based")
	}
}

func TestStemCollisionsAndSharedPhrases(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	r := an.Analyze("", "Our release train has ten teams. We plan PI planning with the train.")
	for _, e := range r.Evidence {
		if e.LexiconPhrase == "training" {
			t.Fatal("train must not match training")
		}
	}
	if r.Frameworks[0].ID != catalog.SAFe || r.Frameworks[0].Points == 0 {
		t.Fatalf("PI planning must count for SAFe as well as for the RTE: %+v", r.Frameworks)
	}
	c := an.Analyze("", "Hiring a coach. Coaching is half the job.")
	var roleSeen, activitySeen bool
	for _, e := range c.Evidence {
		roleSeen = roleSeen || (e.LexiconPhrase == "coach" && e.RoleName)
		activitySeen = activitySeen || (e.LexiconPhrase == "coaching" && !e.RoleName)
	}
	if !roleSeen || !activitySeen {
		t.Fatalf("coach is a title, coaching an activity: %+v", c.Evidence)
	}
}

// TestHeadingsDoNotScore: a section heading is structure, not a duty.
// "Requirements" once counted for Product Owner and Project Manager, and
// doubly, as a title line, when it was the second line.
func TestHeadingsDoNotScore(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for _, heading := range []string{"Requirements", "Requirements:", "## Requirements", "**Requirements**", "REQUIREMENTS", "Key requirements & skills", "What you will do:"} {
		text := "Scrum Master\n" + heading + "\n- Facilitate retrospectives and sprint planning.\n- Remove impediments.\n"
		r := an.Analyze("", text)
		for _, e := range r.Evidence {
			if e.LexiconPhrase == "requirements" {
				t.Errorf("heading %q scored as a duty: %+v", heading, e)
			}
		}
		for _, p := range r.Profiles {
			if (p.ID == catalog.ProductOwner || p.ID == catalog.ProjectManager) && p.Points > 0 {
				t.Errorf("heading %q: %s got %.2f points", heading, p.ID, p.Points)
			}
		}
		if r.Top() != catalog.ScrumMaster {
			t.Errorf("heading %q: top is %q", heading, r.Top())
		}
	}
	// A label before a colon is structure too; the same word as a duty, in
	// a bullet or a sentence, still counts.
	r := an.Analyze("", "Scrum Master\nRequirements: you gather requirements from stakeholders.\n- Requirements\n")
	for _, e := range r.Evidence {
		if e.LexiconPhrase == "requirements" && (e.Count != 2 || fmt.Sprint(e.Lines) != "[2 3]" || e.InTitle) {
			t.Errorf("the duty and the bullet count, the label does not: %+v", e)
		}
	}
	if !slices.ContainsFunc(r.Evidence, func(e Evidence) bool { return e.LexiconPhrase == "requirements" }) {
		t.Errorf("\"gather requirements\" is a duty and must count: %+v", r.Evidence)
	}
}
