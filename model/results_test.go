package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/catalog"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/store"
)

// toResults answers everything with the first options and opens the results.
func toResults(t testing.TB, w, h int, opts Options) *Model {
	t.Helper()
	m := press(t, answerAll(t, newModelWith(t, w, h, opts)), "enter")
	mustContain(t, m, "Recommended path")
	mustNotContain(t, m, "Rendering…")
	return m
}

// scrolled is the scroll position the header shows, in percent.
func scrolled(t testing.TB, m *Model) int {
	t.Helper()
	match := regexp.MustCompile(`· (\d+)%`).FindStringSubmatch(strings.SplitN(visible(m), "\n", 2)[0])
	if match == nil {
		t.Fatalf("the header shows no scroll position:\n%s", visible(m))
	}
	n, _ := strconv.Atoi(match[1])
	return n
}

// body is the document on screen: the frame without its header and footer.
func body(m *Model) []string {
	lines := strings.Split(visible(m), "\n")
	return lines[1 : len(lines)-1]
}

// widest is the widest line of the document on screen.
func widest(m *Model) int {
	w := 0
	for _, l := range body(m) {
		w = max(w, ansi.StringWidth(strings.TrimRight(l, " ")))
	}
	return w
}

func TestResultsShowRankedProfilesAndPath(t *testing.T) {
	t.Parallel()
	m := toResults(t, 120, 40, Options{})
	mustContain(t, m, "Recommended path", "1. ")
	seen := strings.Join(body(m), "\n")
	for range 30 {
		m = press(t, m, "pgdown")
		seen += "\n" + strings.Join(body(m), "\n")
	}
	for _, p := range catalog.Profiles() {
		if !strings.Contains(seen, p.Name) {
			t.Errorf("the ranking lacks %s", p.Name)
		}
	}
	for _, line := range strings.Split(seen, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "http") {
			continue // a source's address stays whole, however long
		}
		if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > maxReadableWidth+glamourGutter {
			t.Errorf("at 120 columns a results line is %d wide; prose is capped at %d: %q", w, maxReadableWidth, line)
		}
	}
}

func TestResultsScrollWithKeysAndWheel(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	if scrolled(t, m) != 0 {
		t.Fatal("the results should open at the top")
	}
	m = press(t, m, "pgdown")
	if scrolled(t, m) == 0 {
		t.Fatal("page down did not scroll")
	}
	m = press(t, m, "g")
	if scrolled(t, m) != 0 {
		t.Fatal("g did not go to the top")
	}
	if m.View().MouseMode != 0 {
		t.Fatal("the mouse must not be captured by default, so text (an address) can be selected")
	}
	m = press(t, m, "m")
	mustContain(t, m, "Wheel scrolling is on")
	if m.View().MouseMode == 0 {
		t.Fatal("m must turn wheel scrolling on")
	}
	m = update(t, m, wheelDown())
	if scrolled(t, m) == 0 {
		t.Fatal("the mouse wheel did not scroll")
	}
	m = press(t, m, "?")
	mustContain(t, m, "wheel off: select text")
}

func TestLightBackgroundRestylesAndRerenders(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	dark := m.View().Content
	m = update(t, m, lightBackground)
	light := m.View().Content
	mustNotContain(t, m, "Rendering…")
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Fatalf("restyling must not change the text:\n%s\n---\n%s", ansi.Strip(dark), ansi.Strip(light))
	}
	if dark == light {
		t.Fatal("a light background should re-render the results in the light style")
	}
}

func TestResultsShowContributionsAndCloseCall(t *testing.T) {
	t.Parallel()
	m := answerAll(t, newTestModel(t, 100, 40))
	// Split the week 35% backlog, 65% facilitation: with the postings'
	// Product Owner answers, a near tie.
	m = press(t, reviewRow(t, m, "week.time"), "enter")
	for range 13 {
		m = press(t, m, "left")
	}
	m = moveTo(t, m, questions.QWeekTime, "backlog", "team_events")
	m = press(t, m, "f", "enter")
	for range len(testBank(t).Questions) - testBank(t).Index("week.time") {
		m = press(t, m, "down")
	}
	m = press(t, m, "enter")
	testcheck.ContainsAll(t, "results", pagedThrough(t, m), "What would change it", "your top profile", "Why Product Owner", "Why Scrum Master", "(Where your week goes)")
}

// pagedThrough is every screen of a document, from where it stands,
// paging down 30 times.
func pagedThrough(t testing.TB, m *Model) string {
	t.Helper()
	seen := visible(m)
	for range 30 {
		m = press(t, m, "pgdown")
		seen += "\n" + visible(m)
	}
	return seen
}

func TestResizeBurstRendersOnce(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{ResizeSettle: 5 * time.Millisecond})
	narrow := widest(m)
	var ticks []tea.Cmd
	for _, w := range []int{90, 100, 110, 120} {
		next, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		m = next.(*Model)
		ticks = append(ticks, cmd)
		if widest(m) > narrow {
			t.Fatalf("a resize in the middle of a burst must not render (widest line %d, was %d)", widest(m), narrow)
		}
	}
	renders := 0
	for _, tick := range ticks {
		for _, msg := range run(tick) {
			next, cmd := m.Update(msg)
			m = next.(*Model)
			for _, out := range run(cmd) {
				if _, ok := out.(renderedMsg); ok {
					renders++
				}
				m = update(t, m, out)
			}
		}
	}
	if renders != 1 {
		t.Fatalf("a burst of 4 resizes rendered %d times, want once", renders)
	}
	if widest(m) <= narrow {
		t.Fatalf("after the burst the results should be laid out for 120 columns (widest line %d)", widest(m))
	}
}

func TestExportNoteIsNotAnErrorAndClearsOnTheNextScreen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m := toResults(t, 80, 24, Options{ExportDir: dir, Now: func() time.Time { return time.Date(2026, 11, 22, 14, 5, 0, 0, time.UTC) }})
	m = press(t, m, "s", "enter")
	mustContain(t, m, "Results saved to")
	if strings.Contains(m.View().Content, "\x1b[38;2;255;107;107m") {
		t.Error("a successful save must not be drawn in the error colour")
	}
	m = press(t, m, "o")
	mustContain(t, m, "Certifications in your path")
	mustNotContain(t, m, "Results saved to")
	m = press(t, m, "esc", "esc")
	mustContain(t, m, "Review your answers")
	mustNotContain(t, m, "Results saved to")
}

// TestResizingKeepsYourPlace is issue 14's tenth defect: at the end of the
// results at 120x40, shrinking to 40x12 jumped to 31%.
func TestResizingKeepsYourPlace(t *testing.T) {
	t.Parallel()
	m := toResults(t, 120, 40, Options{})
	m = press(t, m, "G")
	if scrolled(t, m) != 100 {
		t.Fatalf("G should reach the end, at %d%%", scrolled(t, m))
	}
	m = sized(t, m, 40, 12)
	if got := scrolled(t, m); got != 100 {
		t.Fatalf("after shrinking the results show %d%%, want still 100%%", got)
	}
	m = press(t, sized(t, press(t, m, "g"), 120, 40), "pgdown")
	at := scrolled(t, m)
	m = sized(t, m, 80, 24)
	if got := scrolled(t, m); got < at-10 || got > at+10 {
		t.Fatalf("a resize moved the reader from %d%% to %d%%", at, got)
	}
}

// TestAddressesAreNeverCut pages through the results and a summary with a
// long official address at 40x12 and 80x24: no row is wider than the window
// (the terminal would cut it), and each address can be read whole on the
// rows of its own it is wrapped onto.
func TestAddressesAreNeverCut(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		w, h := size[0], size[1]
		summary := press(t, newBrowser(t, w, h), "/", "c", "s", "m", "enter", "enter")
		for name, m := range map[string]*Model{"results": toResults(t, w, h, Options{}), "csm summary": summary} {
			d := m.top().(*docScreen).view
			for range 500 {
				for _, row := range strings.Split(m.View().Content, "\n") {
					if got := ansi.StringWidth(row); got > w {
						t.Fatalf("%s at %dx%d: a row of %d columns: %q", name, w, h, got, ansi.Strip(row))
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
			urls := regexp.MustCompile(`<(https?://\S+)>`).FindAllStringSubmatch(d.doc, -1)
			if len(urls) == 0 {
				t.Fatalf("%s: no addresses to check", name)
			}
			for _, u := range urls {
				if !strings.Contains(text, u[1]) {
					t.Errorf("%s at %dx%d: %s is never shown whole", name, w, h, u[1])
				}
			}
		}
	}
}

// TestExportErrorKeepsThePath is issue 23: a save to a folder that does not
// exist closed the prompt and lost the path typed. The prompt stays, with
// the path and the error; fixing the folder then saves.
func TestExportErrorKeepsThePath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m := toResults(t, 80, 24, Options{ExportDir: dir, Now: fixedNow})
	m = press(t, m, "s")
	for range len("certpath-results-2026-12-07.md") {
		m = press(t, m, "backspace")
	}
	m = typeText(t, m, "missing/mine.md")
	m = press(t, m, "enter")
	mustContain(t, m, "Save the results", "missing/mine.md", "Could not save the results", "press enter again")
	for range len("missing/mine.md") {
		m = press(t, m, "backspace")
	}
	m = typeText(t, m, "mine.md")
	mustNotContain(t, m, "Could not save")
	m = press(t, m, "enter")
	mustContain(t, m, "Recommended path", "Results saved to "+filepath.Join(dir, "mine.md"))
	if _, err := os.Stat(filepath.Join(dir, "mine.md")); err != nil {
		t.Fatal(err)
	}
}

// The results screen renders the report, so the certifications outside the
// catalogue that the answers name are named on it too, with their lines.
func TestResultsNameCertificationsOutsideTheCatalogue(t *testing.T) {
	t.Parallel()
	saved := answeredBefore(testBank(t), "")
	saved[questions.QPostingCerts] = questions.Answer{Choices: []string{"coaching_cert"}}
	m := press(t, newModelWith(t, 100, 40, Options{Resume: store.Loaded{Answers: saved}}), "enter")
	mustContain(t, m, "> → See my recommended path")
	m = press(t, m, "enter")
	mustContain(t, m, "Recommended path")
	// Lines wrap where the width says: the words are read as one run.
	text := strings.Join(strings.Fields(pagedThrough(t, m)), " ")
	testcheck.ContainsAll(t, "results", text, "Named, but outside certpath's catalogue", "ICP-ACC", "CEC", "CTC", "ICAgile's certificate in agile coaching")
}

// TestResultsDoNotWaitForFlipLines: the results screen opens with its
// "What would change it" section pending, and the flip lines, which run
// the planner again for each nearby change, arrive from a command.
func TestResultsDoNotWaitForFlipLines(t *testing.T) {
	t.Parallel()
	m := answerAll(t, newModelWith(t, 80, 24, Options{}))
	next, cmd := m.Update(keyMsg("enter"))
	m = next.(*Model)
	var built []tea.Msg
	for _, msg := range run(cmd) {
		if _, ok := msg.(pageBuiltMsg); ok {
			built = append(built, msg)
			continue
		}
		m = update(t, m, msg)
	}
	results, ok := m.stack[len(m.stack)-1].(*docScreen)
	if !ok || len(built) != 1 {
		t.Fatalf("top screen %T, %d pages built in commands; want the results and their flip lines coming from one", m.stack[len(m.stack)-1], len(built))
	}
	if !strings.Contains(results.view.doc, "Working out which single answers") {
		t.Fatalf("the results' first document does not say the flip lines are pending:\n%s", results.view.doc)
	}
	m = update(t, m, built[0])
	if doc := results.view.doc; strings.Contains(doc, "Working out") || !strings.Contains(doc, "## What would change it") {
		t.Errorf("after the flip lines arrived the document is:\n%s", doc)
	}
	mustNotContain(t, m, "Building the page")
}
