package model

import (
	"certpath/planner"
	"certpath/postings"
	"certpath/store"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/model/field"
	"certpath/questions"
	"certpath/words"

	tea "charm.land/bubbletea/v2"
)

// toPostings opens the postings question.
func toPostings(t *testing.T, w, h int) *Model {
	t.Helper()
	return sized(t, goTo(t, questions.QPostingsText, Options{}), w, h)
}

func TestPostingsCanBeSkipped(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 80, 24)
	mustContain(t, m, "Paste the job postings", "Files:", "enter skip", "ctrl+c quit")
	m = press(t, m, "enter")
	if a, ok := m.Answers()[questions.QPostingsText]; !ok || len(a.Postings) != 0 {
		t.Fatalf("enter on empty inputs should skip the question, answer = %+v (answered %v)", a, ok)
	}
	mustContain(t, m, "Where does a typical week of your calendar go?")
}

// A phrase found once is named; a repeat carries its count.
func TestRepeatedPhrasesCarryACount(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Scrum Master\nFacilitate retrospectives. Retrospectives weekly. Remove impediments.\n"))
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "retrospectives ×2") // the posting's own words
	mustNotContain(t, m, "×1")
}

func TestPastedPostingIsSanitizedReadAndHighlighted(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Scrum Master\x1b]0;pwned\x07\n\x1b[2JFacilitate sprint planning and retrospectives.\nRemove impediments.\n---\nOwn the product backlog.\n"))
	// q and ? are letters while typing.
	m = press(t, m, "q", "?")
	mustNotContain(t, m, "Quit certpath?", "fewer keys")
	if strings.ContainsRune(visible(m), 0x1b) || strings.Contains(m.View().Content, "pwned") {
		t.Fatal("escape sequences from a paste must never reach the screen")
	}
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 2 postings", "Scrum Master", "pasted posting 1 · Scrum Master", "Phrases:", "sprint planning, ")
	mustNotContain(t, m, "×1")
	if !strings.Contains(m.View().Content, "\x1b[1") {
		t.Error("the matched phrases should be highlighted")
	}
	m = press(t, m, "esc")
	mustContain(t, m, "Files:")
	m = press(t, m, "ctrl+s", "enter")
	a := m.Answers()[questions.QPostingsText]
	if len(a.Postings) != 2 || !strings.HasPrefix(a.Postings[0].Text, "Scrum Master\n") || strings.Contains(a.Postings[0].Text, "\x1b") {
		t.Fatalf("answer = %+v", a.Postings)
	}
	if !strings.HasSuffix(strings.TrimSpace(a.Postings[1].Text), "Own the product backlog.\nq?") {
		t.Fatalf("typed letters should land in the text: %q", a.Postings[1].Text)
	}
}

// TestPastedTextSurvivesABackgroundReport is the first of issue 11's bugs:
// the terminal's background answer used to rebuild the widgets and drop what
// was typed or pasted.
func TestPastedTextSurvivesABackgroundReport(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Facilitate the daily scrum and the retrospective."))
	m = press(t, m, "tab")
	m = typeText(t, m, "posting.txt")
	m = update(t, m, lightBackground)
	mustContain(t, m, "Facilitate the daily scrum and the retrospective.", "posting.txt")
}

func TestPostingFilesWithProblems(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Own the risk register and the project plan."), 0o644)
	binary := filepath.Join(dir, "photo.jpg")
	os.WriteFile(binary, []byte{0xff, 0xd8, 0x00, 0x10}, 0o644)
	m := toPostings(t, 100, 30)
	m = press(t, m, "tab")
	m = typeText(t, m, good+" "+binary+" "+filepath.Join(dir, "missing.txt"))
	m = press(t, m, "enter")
	mustContain(t, m, "Read 1 posting", "Project Manager", "photo.jpg: it looks like a binary file", "missing.txt: cannot read it")
	m = press(t, m, "enter")
	if a := m.Answers()[questions.QPostingsText]; len(a.Postings) != 1 || a.Postings[0].Name != good {
		t.Fatalf("answer = %+v", a.Postings)
	}
}

func TestPostingsJoinTheScore(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Own the risk register, the project plan, the schedule and the budget. Run the steering committee."))
	m = press(t, m, "ctrl+s", "enter")
	for i := 0; !strings.Contains(visible(m), "Review your answers"); i++ {
		if i > 50 {
			t.Fatal("never reached the review")
		}
		m = answerCurrent(t, m)
	}
	m = press(t, m, "enter")
	seen := visible(m)
	for range 30 {
		m = press(t, m, "pgdown")
		seen += visible(m)
	}
	if !strings.Contains(seen, "From your postings") {
		t.Fatalf("the results should explain what came from the postings:\n%s", seen)
	}
	var from float64
	for _, p := range planner.Evaluate(testBank(t), m.Answers()).Profiles {
		for _, c := range p.Contributions {
			if c.QuestionID == questions.QPostingsText && p.ID == catalog.ProjectManager {
				from += c.Points
			}
		}
	}
	if from <= 0 || from > questions.PostingsProfileWeight {
		t.Fatalf("the postings should add between 0 and %.0f points to Project Manager, added %.1f", questions.PostingsProfileWeight, from)
	}
}

func TestPostingsWidgetKeepsAnswerWhenRevisited(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Facilitate the daily scrum."))
	m = press(t, m, "ctrl+s", "enter", "esc")
	mustContain(t, m, "Paste the job postings", "Read 1 posting", "esc edit")
}

// TestFindingsScrollAndWrap is issue 14's third defect: the second posting's
// findings were cut and could not be scrolled.
func TestFindingsScrollAndWrap(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "coach.txt")
	os.WriteFile(file, []byte("Agile Coach\nCoach teams and leaders, run workshops, facilitate retrospectives, build communities of practice, mentor Scrum Masters, measure flow and cycle time, guide the transformation with managers and executives.\n"), 0o644)
	m := toPostings(t, 60, 20)
	m = update(t, m, pasted("Scrum Master\nFacilitate sprint planning, the daily scrum, reviews and retrospectives. Remove impediments. Coach the team on Scrum. Track velocity and burndown.\n"))
	m = press(t, m, "tab")
	m = typeText(t, m, file)
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 2 postings", "Framework:", "↑/↓ or pgdn for more")
	for _, l := range strings.Split(visible(m), "\n") {
		if len([]rune(strings.TrimRight(l, " "))) > 60 {
			t.Errorf("a findings line is cut or wider than the window: %q", l)
		}
	}
	before := visible(m)
	m = press(t, m, "pgdown")
	if visible(m) == before {
		t.Fatal("pgdn does not scroll the findings")
	}
	mustContain(t, m, "coach.txt ·", "Roles: Agile Coach")
	m = press(t, m, "g")
	mustContain(t, m, "Read 2 postings")
}

// TestFilesWrittenTheUsualWays is issue 14's fourth defect: quoted paths,
// backslash escapes and ~ were refused.
func TestFilesWrittenTheUsualWays(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	spaced := filepath.Join(home, "my posting.txt")
	os.WriteFile(spaced, []byte("Own the product backlog and write user stories."), 0o644)
	os.WriteFile(filepath.Join(home, "x.txt"), []byte("Facilitate retrospectives and remove impediments."), 0o644)
	for _, typed := range []string{`"` + spaced + `"`, strings.ReplaceAll(spaced, " ", `\ `), "~/x.txt", "'" + spaced + "' ~/x.txt"} {
		m := toPostings(t, 100, 30)
		m = press(t, m, "tab")
		m = typeText(t, m, typed)
		m = press(t, m, "ctrl+s")
		want := 1 + strings.Count(typed, "~/x.txt")*boolInt(strings.Contains(typed, "'"))
		mustContain(t, m, "Read "+words.Count(want, "posting"))
		mustNotContain(t, m, "cannot read it")
	}
	// Tab completes a path.
	m := toPostings(t, 100, 30)
	m = press(t, m, "tab")
	m = typeText(t, m, filepath.Join(home, "my"))
	m = press(t, m, "tab")
	mustContain(t, m, `my\ posting.txt`)
}

// TestTabCompletionShowsNoDirectionMark (issue 27): a file name holding a
// right-to-left override, completed with tab, put the override on the
// screen, where it turns the rest of the line around. The completion stops
// before it and the hint says why.
func TestTabCompletionShowsNoDirectionMark(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	os.WriteFile(filepath.Join(home, "cv\u202efdp.txt"), []byte("Own the product backlog."), 0o644)
	m := toPostings(t, 100, 30)
	m = press(t, m, "tab")
	m = typeText(t, m, "~/c")
	m = press(t, m, "tab")
	mustContain(t, m, "~/cv", "rename the file")
	if v := m.View().Content; strings.ContainsRune(v, '\u202e') {
		t.Errorf("the override reached the screen:\n%s", v)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestPasteWithoutBracketsNeverSubmits is issue 14's fifth defect: in a
// terminal that does not bracket pastes, the first newline submitted the text
// box and the rest of the posting was read as keys.
func TestPasteWithoutBracketsNeverSubmits(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	// Keys as a terminal sends a paste: one after another, no brackets, a
	// blank line between paragraphs, far faster than burstGap.
	send := func(msg tea.Msg) {
		next, _ := m.Update(msg)
		m = next.(*Model)
	}
	for _, line := range []string{"Scrum Master", "", "Facilitate sprint planning.", "", "Remove impediments."} {
		for _, r := range line {
			send(keyMsg(string(r)))
		}
		send(keyMsg("enter"))
	}
	mustContain(t, m, "Paste the job postings", "Scrum Master", "Facilitate sprint planning.", "Remove impediments.")
	mustNotContain(t, m, "Read ", "Where does a typical week")
	if _, ok := m.Answers()[questions.QPostingsText]; ok {
		t.Fatal("a pasted newline submitted the question")
	}
	// An enter on an empty line with nothing after it submits.
	m = press(t, m, "enter")
	mustContain(t, m, "Read 1 posting", "Scrum Master")
}

// TestFocusShowsWithoutColour is issue 14's polish: focus between the text
// box and the Files field was hard to see.
func TestFocusShowsWithoutColour(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 80, 24)
	mustContain(t, m, "▌", "  Files:")
	mustNotContain(t, m, "▸ Files:")
	m = press(t, m, "tab")
	mustContain(t, m, "▸ Files:", "│")
	mustNotContain(t, m, "▌")
}

// TestPasteMarkersNeverShow is issue 15's ninth item: a paste with an
// unterminated OSC leaked [201~ into the text area.
func TestPasteMarkersNeverShow(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 80, 24)
	m = update(t, m, pasted("Scrum Master\x1b]0;title\n[201~Facilitate events"))
	mustNotContain(t, m, "[201~", "title")
	mustContain(t, m, "Scrum Master", "Facilitate events")
}

// TestFilesFieldReadsLinks is issue 16 in the TUI: the Files field takes a
// link, read in the command, like the command line.
func TestFilesFieldReadsLinks(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><head><title>Scrum Master</title></head><body><nav>Product Owner jobs</nav><h1>Scrum Master</h1><p>Facilitate sprint planning and retrospectives. Remove impediments.</p></body></html>")
	}))
	defer srv.Close()
	m := toPostings(t, 100, 30)
	m = press(t, m, "tab")
	m = typeText(t, m, srv.URL+"/jobs/1")
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 1 posting", "Scrum Master", "/jobs/1 · Scrum Master")
	mustNotContain(t, m, "Product Owner jobs")
}

// TestReturningFocusesTheTextArea is issue 23's fourth item: coming back to
// the postings step left the focus in Files, so a multi-line paste landed
// there as one error per word.
func TestReturningFocusesTheTextArea(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 80, 24)
	m = press(t, m, "tab", "enter")
	mustContain(t, m, "Where does a typical week")
	m = press(t, m, "esc")
	mustContain(t, m, "Paste the job postings", "▌", "  Files:")
	mustNotContain(t, m, "▸ Files:")
	m = update(t, m, pasted("Scrum Master\nFacilitate sprint planning and retrospectives.\nRemove impediments for the team.\n"))
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 1 posting")
	mustNotContain(t, m, "cannot read", "!")
}

// TestMultiLinePasteIntoFilesGoesToTheTextArea: with Files focused, lines of
// prose are a posting; they go to the text area and a hint says so, while a
// pasted list of file names, one per line, stays in Files.
func TestMultiLinePasteIntoFilesGoesToTheTextArea(t *testing.T) {
	t.Parallel()
	m := press(t, toPostings(t, 80, 24), "tab")
	m = update(t, m, pasted("Scrum Master\nFacilitate sprint planning and retrospectives.\n"))
	mustContain(t, m, "▌ Scrum Master", "went to the text area", "  Files:")
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 1 posting")
	mustNotContain(t, m, "cannot read")

	m = press(t, toPostings(t, 80, 24), "tab")
	m = update(t, m, pasted("one.txt\ntwo.txt\n"))
	mustContain(t, m, "▸ Files: one.txt two.txt")
	mustNotContain(t, m, "went to the text area")
}

// TestReviewSaysWhatThePostingsAre is issue 23: the review called files and
// links "Postings pasted". It names files, links and pasted text, counted.
func TestReviewSaysWhatThePostingsAre(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.txt"), filepath.Join(dir, "two.txt")
	os.WriteFile(one, []byte("Own the risk register and the project plan."), 0o644)
	os.WriteFile(two, []byte("Facilitate sprint planning and retrospectives."), 0o644)
	m := toPostings(t, 120, 40)
	m = update(t, m, pasted("Coach teams and leaders across the organisation."))
	m = press(t, m, "tab")
	m = typeText(t, m, one+" "+two)
	m = press(t, m, "ctrl+s", "enter")
	for i := 0; !strings.Contains(visible(m), "Review your answers"); i++ {
		if i > 50 {
			t.Fatal("never reached the review")
		}
		m = answerCurrent(t, m)
	}
	mustContain(t, m, "Postings given", "2 files, 1 pasted posting: one.txt, two.txt")
	mustNotContain(t, m, "Postings pasted")
}

// Tab's help says where tab goes: to the files from the text, back to the
// text from the files.
func TestTabHelpSaysWhereItGoes(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	mustContain(t, m, "tab files")
	m = press(t, m, "tab")
	mustContain(t, m, "tab text")
	mustNotContain(t, m, "tab files")
}

// TestReadingShowsAndReadsOnce (F2): while the postings are read the screen
// says so, and another ctrl+s starts no second read.
func TestReadingShowsAndReadsOnce(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Scrum Master\nFacilitate retrospectives. Remove impediments.\n"))
	next, first := m.Update(keyMsg("ctrl+s"))
	m = next.(*Model)
	mustContain(t, m, "Reading the postings")
	next, second := m.Update(keyMsg("ctrl+s"))
	m = next.(*Model)
	for _, msg := range run(second) {
		if _, ok := msg.(field.PostingsRead); ok {
			t.Fatal("a second ctrl+s read the postings again")
		}
	}
	for _, msg := range run(first) {
		m = update(t, m, msg)
	}
	mustContain(t, m, "Read 1 posting")
	mustNotContain(t, m, "Reading the postings")
}

// TestResumedPostingsKeepTheirFiles: postings restored from saved answers
// (on resume, or when an edit is cancelled) went back into the text area
// whole, so editing read a file's posting again as "pasted posting 2" (and
// one holding a line of dashes as two). Now pasted text goes back into the
// box, and postings from files and links are kept as they were read, by
// name, until ctrl+x forgets them; the file need not exist any more.
func TestResumedPostingsKeepTheirFiles(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	saved := answeredBefore(bank, questions.QPostingsText)
	file := filepath.Join(t.TempDir(), "gone", "coach.txt")
	saved[questions.QPostingsText] = questions.Answer{Postings: []postings.Text{
		{Name: "pasted posting 1", Text: "Scrum Master\nFacilitate the daily scrum and remove impediments."},
		{Name: file, Text: "Agile Coach\nCoach teams and leaders.\n---\nBuild communities of practice and guide the transformation."},
	}}
	m := press(t, newModelWith(t, 100, 30, Options{Resume: store.Loaded{Answers: saved}}), "enter")
	for range bank.Questions {
		if strings.Contains(visible(m), "Paste the job postings") {
			break
		}
		m = press(t, m, "esc")
	}
	mustContain(t, m, "Read 2 postings", "coach.txt")
	m = press(t, m, "esc")
	mustContain(t, m, "Scrum Master", "Also read with these, as read before: coach.txt", "ctrl+x forgets it")
	mustNotContain(t, m, "Coach teams and leaders")
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 2 postings", "coach.txt")
	mustNotContain(t, m, "pasted posting 2", "cannot read")
	m = press(t, m, "enter")
	got := m.Answers()[questions.QPostingsText].Postings
	if len(got) != 2 || got[1].Name != file || !strings.Contains(got[1].Text, "---\nBuild communities") {
		t.Fatalf("the file's posting was not kept as read: %+v", got)
	}
	// ctrl+x forgets it; what was pasted stays.
	m = press(t, m, "esc")
	mustContain(t, m, "Read 2 postings")
	m = press(t, m, "esc")
	// Coming back within the session keeps the inputs as they were.
	mustContain(t, m, "Also read with these")
	m = press(t, m, "ctrl+x")
	mustContain(t, m, "Forgot coach.txt")
	mustNotContain(t, m, "Also read with these")
	m = press(t, m, "ctrl+s", "enter")
	if got := m.Answers()[questions.QPostingsText].Postings; len(got) != 1 || got[0].Name != "pasted posting 1" {
		t.Fatalf("after ctrl+x: %+v", got)
	}
}
