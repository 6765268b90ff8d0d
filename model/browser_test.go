package model

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"certpath/content/page"
	"certpath/planner"
	"certpath/report"
	"certpath/words"
)

func newBrowser(t testing.TB, w, h int) *Model {
	t.Helper()
	return newModelWith(t, w, h, Options{Start: StartBrowser})
}

// allCerts is how the browser counts the catalogue: "23 certifications".
func allCerts(t testing.TB) string {
	return words.Count(len(testLib(t).Catalog().Certs()), "certification")
}

func TestBrowserListsEveryCertificationByIssuer(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 80, 24)
	mustContain(t, m, "Certifications by issuer", allCerts(t), "POPM · SAFe Product Owner/Product Manager", "For Product Owner, Product Manager")
}

// An issuer's heading sits right under the last item of the group before
// (it takes the blank line's row), so it is drawn as a rule running on to
// the right: at 200x50, where two groups show, each new group reads apart.
func TestIssuerHeadingsAreRules(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 200, 50)
	for _, issuer := range []string{"Scaled Agile", "Scrum.org"} {
		mustContain(t, m, issuer+" ────")
	}
}

func TestBrowserFilterOpenAndReturn(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 80, 24)
	m = press(t, m, "/")
	m = typeText(t, m, "pmp q?")
	mustContain(t, m, "pmp q?")
	mustNotContain(t, m, "Quit certpath?", "fewer keys")
	for range 3 {
		m = press(t, m, "backspace")
	}
	m = press(t, m, "enter")
	mustContain(t, m, "“pmp”", "PMP · Project Management Professional")
	m = press(t, m, "enter")
	mustContain(t, m, "PMP summary", "Project Management Professional", "esc back to list")
	mustNotContain(t, m, "Rendering…")
	m = press(t, m, "esc")
	mustContain(t, m, "Certifications by issuer", "“pmp”")
}

func TestBrowserCompareTwo(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 100, 30)
	m = press(t, m, "c")
	mustContain(t, m, "● POPM", "Marked POPM")
	m = press(t, m, "down", "down", "c")
	mustContain(t, m, "POPM and SSM")
	seen := visible(m)
	for range 20 {
		m = press(t, m, "pgdown")
		seen += visible(m)
	}
	for _, want := range []string{"POPM and SSM side by side", "Primary outcome", "Events it leans on", "Renewal", "Next step", "Which first", "Three-year cost"} {
		if !strings.Contains(seen, want) {
			t.Errorf("comparison lacks %q", want)
		}
	}
	m = press(t, m, "esc")
	mustContain(t, m, "Certifications by issuer")
	mustNotContain(t, m, "● POPM", "● SSM", "Marked")
}

func TestMarkTwiceUnmarks(t *testing.T) {
	t.Parallel()
	m := press(t, newBrowser(t, 80, 24), "c", "c")
	mustContain(t, m, "Certifications by issuer")
	mustNotContain(t, m, "● POPM", "Marked")
}

func TestEscOnTheFirstScreenStays(t *testing.T) {
	t.Parallel()
	m := press(t, newBrowser(t, 80, 24), "esc", "esc")
	mustContain(t, m, "Certifications by issuer", allCerts(t))
}

func TestResultsOpenPathSummariesAndReturnInPlace(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	m = press(t, m, "pgdown")
	at := scrolled(t, m)
	if at == 0 {
		t.Fatal("the results did not scroll")
	}
	lib := testLib(t)
	var shorts []string
	for _, c := range report.PathCerts(lib, planner.Evaluate(testBank(t), m.Answers()).Path) {
		shorts = append(shorts, c.Short+" · "+c.Name)
	}
	m = sized(t, press(t, m, "o"), 80, 40)
	mustContain(t, m, "Certifications in your path", words.Count(len(shorts), "certification"))
	mustContain(t, m, shorts...)
	m = sized(t, m, 80, 24)
	m = press(t, m, "enter")
	mustContain(t, m, "summary", "back to results")
	m = press(t, m, "esc")
	mustContain(t, m, "Recommended path")
	if scrolled(t, m) != at {
		t.Fatalf("esc from a summary should return to the results where they were (%d%%, now %d%%)", at, scrolled(t, m))
	}
	m = press(t, m, "o", "esc")
	mustContain(t, m, "Recommended path")
}

func TestResultsComeBackWhereTheyWere(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	m = press(t, m, "pgdown")
	at := scrolled(t, m)
	m = press(t, m, "esc", "enter")
	if scrolled(t, m) != at {
		t.Fatalf("unchanged answers should show the results where they were (%d%%, now %d%%)", at, scrolled(t, m))
	}
}

// TestSummaryAddressesStayWholeOnScreen opens every summary in the browser at
// 60, 80 and 120 columns and pages through it: no row is wider than the
// window (the terminal would cut it), and each source's address is shown
// whole, on a row of its own or wrapped onto rows of its own.
func TestSummaryAddressesStayWholeOnScreen(t *testing.T) {
	t.Parallel()
	lib := testLib(t)
	for _, width := range []int{60, 80, 120} {
		m := newBrowser(t, width, 40)
		for i, c := range lib.Certs() {
			if i > 0 {
				m = press(t, m, "down")
			}
			m = press(t, m, "enter")
			d := m.top().(*docScreen).view
			for range 40 {
				for _, row := range strings.Split(m.View().Content, "\n") {
					if ansi.StringWidth(row) > width {
						t.Fatalf("%s at %d columns: a row is cut: %q", c.ID, width, ansi.Strip(row))
					}
				}
				if d.vp.AtBottom() {
					break
				}
				m = press(t, m, "pgdown")
			}
			var text string
			for _, l := range d.lines {
				text += strings.TrimSpace(ansi.Strip(l))
			}
			for _, u := range regexp.MustCompile(`<(https?://\S+)>`).FindAllStringSubmatch(page.Summary(lib, c), -1) {
				if !strings.Contains(text, u[1]) {
					t.Errorf("%s at %d columns: %s is not shown whole", c.ID, width, u[1])
				}
			}
			m = press(t, m, "esc")
		}
	}
}

// TestMarkWithAFilterKeepsTheList is issue 14's first defect: c with a filter
// on emptied the list.
func TestMarkWithAFilterKeepsTheList(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 80, 24)
	m = press(t, m, "/")
	m = typeText(t, m, "psm")
	m = press(t, m, "enter")
	lines := strings.Split(visible(m), "\n")
	first := ""
	for _, l := range lines {
		if strings.Contains(l, " · ") && !strings.Contains(l, "certpath") {
			first = l
			break
		}
	}
	if !strings.Contains(first, "PSM I ·") {
		t.Fatalf("filtering for psm should rank PSM I first, got %q:\n%s", first, visible(m))
	}
	m = press(t, m, "c")
	mustContain(t, m, "● PSM I", "Marked PSM I", "“psm”")
	mustNotContain(t, m, "No certifications")
	m = press(t, m, "down", "c")
	mustContain(t, m, "PSM I and PSM II")
}

// TestCompareReadsAtAnySize is issue 14's ninth defect: the column headers
// scrolled away, and a narrow window broke words.
func TestCompareReadsAtAnySize(t *testing.T) {
	t.Parallel()
	m := press(t, newBrowser(t, 80, 24), "c", "down", "down", "c")
	mustContain(t, m, "POPM and SSM", "│ POPM", "│ SSM")
	m = press(t, m, "pgdown", "pgdown")
	mustContain(t, m, "│ POPM", "│ SSM")
	narrow := press(t, newBrowser(t, 50, 24), "c", "down", "down", "c")
	mustContain(t, narrow, "POPM and SSM, one after the other")
	mustNotContain(t, narrow, "│")
	seen := visible(narrow)
	for range 10 {
		narrow = press(t, narrow, "pgdown")
		seen += "\n" + visible(narrow)
	}
	for _, want := range []string{`(?m)^  POPM *$`, `(?m)^  SSM *$`, "Primary outcome:", "Three-year cost:"} {
		if !regexp.MustCompile(want).MatchString(seen) {
			t.Errorf("the stacked comparison lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m)^\s*#+ `).MatchString(seen) {
		t.Errorf("a heading shows its markdown hashes:\n%s", seen)
	}
	if strings.Contains(seen, "experie\n") {
		t.Error("a word is broken across lines")
	}
}

// TestComparePagingShowsEveryRow pages through a comparison at 80x24 and
// checks that every line of the rendering is shown at least once: none
// hides behind the sticky header.
func TestComparePagingShowsEveryRow(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}, {100, 30}} {
		m := press(t, newBrowser(t, size[0], size[1]), "c", "down", "down", "c")
		d := m.top().(*docScreen).view
		seen := map[int]bool{}
		for range 40 {
			shown := map[string]bool{}
			for _, r := range strings.Split(visible(m), "\n")[1:] {
				shown[strings.TrimRight(r, " ")] = true
			}
			for i, line := range d.lines {
				if shown[strings.TrimRight(ansi.Strip(line), " ")] {
					seen[i] = true
				}
			}
			m = press(t, m, "pgdown")
		}
		for i, line := range d.lines {
			if !seen[i] && strings.Trim(ansi.Strip(line), " │─┼") != "" {
				t.Errorf("%dx%d: line %d never shown while paging: %q", size[0], size[1], i, ansi.Strip(line))
			}
		}
	}
}

// TestPageDotsSayWhereWithoutColour is issue 23: with NO_COLOR the page dots
// were all alike. The page shown is ●, the others ○.
func TestPageDotsSayWhereWithoutColour(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 80, 24)
	mustContain(t, m, "●○○○")
	m = press(t, m, "right")
	mustContain(t, m, "○●○○")
}

// The filter finds names whole, spaces aside, and only falls back to fuzzy
// matching when nothing holds the text whole.
func TestFilterFindsNamesNotScatteredLetters(t *testing.T) {
	t.Parallel()
	var targets []string
	byTarget := map[string]string{}
	for _, c := range testLib(t).Certs() {
		v := certItem{cert: c}.FilterValue()
		targets = append(targets, v)
		byTarget[v] = c.Short
	}
	found := func(term string) []string {
		var out []string
		for _, r := range rankCerts(term, targets) {
			out = append(out, byTarget[targets[r.Index]])
		}
		return out
	}
	if got := found("scrum master"); !slices.Contains(got, "CSM") || !slices.Contains(got, "A-CSM") {
		t.Errorf(`"scrum master" must find ScrumMaster too: %v`, got)
	}
	for _, r := range rankCerts("csm", targets) {
		if !strings.Contains(strings.ToLower(targets[r.Index]), "csm") {
			t.Errorf(`"csm" lists %s, which does not say CSM`, byTarget[targets[r.Index]])
		}
	}
	if got := found("scrm mastr"); len(got) == 0 {
		t.Error("a typo with no whole match should still find something")
	}
}

// At 40x12 a long name is cut between words: "PSM III · Professional
// Scrum…", never "Professional Scrum Master I…", which reads as PSM I.
func TestNarrowBrowserCutsNamesBetweenWords(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 40, 12)
	for range 12 {
		m = press(t, m, "down")
		mustNotContain(t, m, "Master I…", "Owner I…")
	}
}
