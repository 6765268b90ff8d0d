package model

import (
	"certpath/internal/testcheck"
	"certpath/scoring"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"certpath/questions"
)

func TestFirstFrameSaysCertpath(t *testing.T) {
	t.Parallel()
	lib := testLib(t)
	m, err := New(questions.DefaultBank(lib.Catalog()), lib, Options{Now: testcheck.Today})
	if err != nil {
		t.Fatal(err)
	}
	// No WindowSizeMsg yet: the first frame must still be the welcome screen.
	if !strings.Contains(visible(m), "certpath") {
		t.Fatalf("first frame lacks the word certpath:\n%s", visible(m))
	}
}

func TestWelcomeStartsTheQuiz(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, 80, 24)
	n := len(testBank(t).Questions)
	mustContain(t, m, fmt.Sprintf("%d questions", n), "enter start")
	m = press(t, m, "enter")
	mustContain(t, m, fmt.Sprintf("Question 1 of %d", n), "Job postings you aim for", testBank(t).Questions[0].Prompt)
}

func TestMultiChoiceNeedsAPick(t *testing.T) {
	t.Parallel()
	m := goTo(t, questions.QPostingFocus, Options{})
	m = press(t, m, "enter")
	mustContain(t, m, "Pick at least one option", "What do the job postings you aim for emphasize?")
	m = moveTo(t, m, questions.QPostingFocus, "", "roadmap")
	m = press(t, m, "space", "enter")
	mustContain(t, m, "Which certifications do those postings name?")
	if got := m.Answers()[questions.QPostingFocus].Choices; len(got) != 1 || got[0] != "roadmap" {
		t.Fatalf("answer = %v, want [roadmap]", got)
	}
}

func TestExclusiveOptionClearsOthers(t *testing.T) {
	t.Parallel()
	m := goTo(t, questions.QPostingCerts, Options{})
	m = press(t, m, "space")
	m = moveTo(t, m, questions.QPostingCerts, "popm", "ssm")
	m = press(t, m, "space")
	m = moveTo(t, m, questions.QPostingCerts, "ssm", "none")
	m = press(t, m, "space", "enter")
	if got := m.Answers()[questions.QPostingCerts].Choices; len(got) != 1 || got[0] != "none" {
		t.Fatalf("choosing none should clear the others, got %v", got)
	}
}

func TestAllocationMustReachHundred(t *testing.T) {
	t.Parallel()
	m := goTo(t, questions.QWeekTime, Options{})
	m = press(t, m, "right", "right", "enter")
	mustContain(t, m, "Total 10% of 100%, 90% left", "adds up to 10%", "Where does a typical week of your calendar go?")
	m = moveTo(t, m, questions.QWeekTime, "backlog", "discovery")
	m = press(t, m, "f")
	mustContain(t, m, "Total 100% of 100%")
	mustNotContain(t, m, "lower another activity")
	m = press(t, m, "right")
	// Right at 100% cannot pass 100, and says so.
	mustContain(t, m, "Total 100% of 100% ✓; lower another activity to add here")
	m = press(t, m, "down")
	mustNotContain(t, m, "lower another activity")
	m = press(t, m, "enter")
	got := m.Answers()[questions.QWeekTime].Allocation
	if got["backlog"] != 10 || got["discovery"] != 90 {
		t.Fatalf("allocation = %v, want backlog 10, discovery 90", got)
	}
}

func TestBackKeepsEveryAnswer(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, 80, 24)
	m = press(t, m, "enter")
	m = moveTo(t, m, questions.QPostingFocus, "", "stakeholders")
	m = press(t, m, "space", "enter")
	m = press(t, m, "space", "enter") // POPM
	// Move in question 3 without committing.
	m = moveTo(t, m, questions.QPostingSAFe, "", "scrum_only")
	m = press(t, m, "esc", "shift+tab")
	mustContain(t, m, "Question 1 of", "[x] Aligning stakeholders")
	m = press(t, m, "enter", "enter")
	mustContain(t, m, "Question 3 of", "(•) No, they speak of Scrum or Kanban only")
}

func TestBackFromFirstQuestionReturnsToWelcome(t *testing.T) {
	t.Parallel()
	m := moveTo(t, press(t, newTestModel(t, 80, 24), "enter"), questions.QPostingFocus, "", "roadmap")
	m = press(t, m, "space", "esc")
	mustContain(t, m, "which agile certification next?", "enter start")
	m = press(t, m, "enter")
	mustContain(t, m, "Question 1 of", "[x] Product vision")
}

// reviewRow moves the review cursor from the results row up to question id.
func reviewRow(t *testing.T, m *Model, id string) *Model {
	t.Helper()
	b := testBank(t)
	for range len(b.Questions) - b.Index(id) {
		m = press(t, m, "up")
	}
	return m
}

func TestReviewChangesAnAnswerAndComesBack(t *testing.T) {
	t.Parallel()
	m := answerAll(t, newTestModel(t, 80, 24))
	mustContain(t, m, "Review your answers", "SAFe where you work", "→ See my recommended path")
	b := testBank(t)
	before := scoring.Score(b, m.Answers())

	// Change "where your week goes" from all backlog to all coaching.
	m = press(t, reviewRow(t, m, questions.QWeekTime), "enter")
	mustContain(t, m, fmt.Sprintf("Changing question %d of %d", b.Index(questions.QWeekTime)+1, len(b.Questions)), "enter save", "esc cancel")
	for range 20 {
		m = press(t, m, "left")
	}
	m = moveTo(t, m, questions.QWeekTime, "backlog", "coaching")
	m = press(t, m, "f", "enter")
	mustContain(t, m, "Review your answers", "> Where your week goes", "Coaching people, teams or leaders 100%")

	after := scoring.Score(b, m.Answers())
	if before.Top().ID == after.Top().ID {
		t.Fatalf("moving the whole week to coaching should change the top profile (still %s)", after.Top().ID)
	}
	for range len(b.Questions) - b.Index(questions.QWeekTime) {
		m = press(t, m, "down")
	}
	m = press(t, m, "enter")
	// The postings still point to Product Owner: the headline names both.
	mustContain(t, m, "Your postings point to", after.Top().Name)
}

func TestEditCancelKeepsTheSavedAnswer(t *testing.T) {
	t.Parallel()
	m := answerAll(t, newTestModel(t, 80, 24))
	m = press(t, reviewRow(t, m, questions.QOrgSAFe), "enter")
	m = moveTo(t, m, questions.QOrgSAFe, "yes", "other_scaling")
	m = press(t, m, "esc")
	mustContain(t, m, "Review your answers")
	if got := m.Answers()[questions.QOrgSAFe].Choice; got != "yes" {
		t.Fatalf("cancelled edit changed the answer to %q", got)
	}
	m = press(t, m, "enter")
	mustContain(t, m, "(•) Yes, we run Agile Release Trains")
}

func TestResultsReturnToReview(t *testing.T) {
	t.Parallel()
	m := answerAll(t, newTestModel(t, 80, 24))
	m = press(t, m, "enter")
	mustContain(t, m, "Recommended path")
	m = press(t, m, "esc")
	mustContain(t, m, "Review your answers", "> → See my recommended path")
}

func TestQuitAsksOnceSomethingIsAnswered(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, 80, 24)
	if !quits(m, "q") {
		t.Fatal("with nothing answered q should quit at once")
	}
	m = press(t, m, "enter", "space", "enter")
	if quits(m, "q") {
		t.Fatal("with an answer given, q must ask first")
	}
	mustContain(t, m, "Quit certpath?", fmt.Sprintf("answered 1 of %d", len(testBank(t).Questions)))
	m = press(t, m, "n")
	mustContain(t, m, "Question 2 of")
	m = press(t, m, "ctrl+c")
	if !quits(m, "y") || !quits(m, "ctrl+c") {
		t.Fatal("y or a second ctrl+c should quit")
	}
}

func TestTooSmallAndBack(t *testing.T) {
	t.Parallel()
	m := press(t, newTestModel(t, 80, 24), "enter", "space", "enter")
	m = sized(t, m, 30, 10)
	mustContain(t, m, "40x12", "30x10", "answers")
	// Ignored while too small.
	m = press(t, m, append(toOption(t, questions.QPostingCerts, "popm", "ssm"), "space", "enter")...)
	m = sized(t, m, 80, 24)
	mustContain(t, m, "Question 2 of")
	if len(m.Answers()) != 1 {
		t.Fatalf("keys while too small changed answers: %v", m.Answers())
	}
}

func TestEveryScreenFitsAtMinimumSize(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, MinWidth, MinHeight)
	check := func(where string) {
		t.Helper()
		lines := strings.Split(visible(m), "\n")
		if len(lines) > MinHeight {
			t.Errorf("%s: %d lines in a %d-line window:\n%s", where, len(lines), MinHeight, visible(m))
		}
		for _, l := range lines {
			if w := len([]rune(l)); w > MinWidth {
				t.Errorf("%s: a line is %d wide: %q", where, w, l)
			}
		}
	}
	check("welcome")
	m = press(t, m, "enter")
	for i := range testBank(t).Questions {
		check(fmt.Sprintf("question %d", i+1))
		m = answerCurrent(t, m)
	}
	check("review")
	m = press(t, m, "enter")
	check("results")
}

func TestHelpToggles(t *testing.T) {
	t.Parallel()
	m := press(t, newTestModel(t, 80, 24), "enter")
	short := visible(m)
	m = press(t, m, "?")
	mustContain(t, m, "? fewer keys")
	if visible(m) == short {
		t.Fatal("? did not show the full help")
	}
	m = press(t, m, "?")
	mustContain(t, m, "? more keys")
}

// TestListsJumpToTheEnds is issue 14's "g/G/Home/End do nothing in lists".
func TestListsJumpToTheEnds(t *testing.T) {
	t.Parallel()
	m := goTo(t, questions.QPostingCerts, Options{})
	m = press(t, m, "G")
	mustContain(t, m, "> [ ] None named, or I have not looked")
	m = press(t, m, "g")
	mustContain(t, m, "> [ ] SAFe Product Owner/Product Manager (POPM)")
	m = press(t, answerAll(t, newTestModel(t, 80, 24)), "g")
	mustContain(t, m, "> Postings emphasize")
	m = press(t, m, "end")
	mustContain(t, m, "> → See my recommended path")
}

// TestWeekQuestionIsQuickAndCompact is issue 14's seventh defect and its
// faster week question: digits, 0, =, and labels near their bars.
func TestWeekQuestionIsQuickAndCompact(t *testing.T) {
	t.Parallel()
	m := sized(t, goTo(t, questions.QWeekTime, Options{}), 200, 50)
	for _, l := range strings.Split(visible(m), "\n") {
		if strings.Contains(l, "░") && len([]rune(strings.TrimRight(l, " "))) > 74 {
			t.Errorf("at 200 columns a week line is %d wide: %q", len([]rune(strings.TrimRight(l, " "))), l)
		}
	}
	m = press(t, m, "4", "0")
	mustContain(t, m, "Total 40% of 100%")
	m = moveTo(t, m, questions.QWeekTime, "backlog", "discovery")
	m = press(t, m, "7", "5")
	mustContain(t, m, "Total 100% of 100%") // 75 does not fit: capped at the 60% left
	m = press(t, m, "0")
	mustContain(t, m, "Total 40% of 100%")
	m = press(t, m, "=")
	mustContain(t, m, "Total 100% of 100%")
	m = press(t, m, "enter")
	got := m.Answers()[questions.QWeekTime].Allocation
	if got["backlog"] != 40 || got["discovery"] == 0 || questions.AllocationSum(got) != 100 {
		t.Fatalf("allocation = %v", got)
	}
	// At 40 columns the highlighted activity's full label shows.
	m = sized(t, goTo(t, questions.QWeekTime, Options{}), 40, 20)
	mustContain(t, m, "  Backlog: refining, ordering,", "  writing stories")
}

// TestSmallWindowsStillWork is issue 14's eighth defect: at 40x12 every
// screen keeps its title, the keys to move on and quit, and at least three
// answers; intros give way first; the highlighted option reads in full.
func TestSmallWindowsStillWork(t *testing.T) {
	t.Parallel()
	mustContain(t, newTestModel(t, 40, 12), "certpath · which agile certification ne…", "enter start", "q quit")
	m := goTo(t, questions.QPostingFocus, Options{})
	m = sized(t, m, 40, 12)
	mustContain(t, m, "certpath · Job postings you aim for", "Question 1 of")
	m = moveTo(t, m, questions.QPostingFocus, "", "roadmap")
	mustContain(t, m, "> [ ] Product vision, roadmap,", "features, market needs")
	m = press(t, m, "?")
	mustContain(t, m, "? fewer keys", "q quit")
	m = press(t, m, "?")
	mustNotContain(t, m, "fewer keys")
	r := sized(t, answerAll(t, newTestModel(t, 80, 24)), 40, 12)
	mustNotContain(t, r, "Pick any answer")
	rows := 0
	for _, l := range strings.Split(visible(r), "\n") {
		if strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "> ") {
			rows++
		}
	}
	if rows < 3 {
		t.Fatalf("the review shows %d answers at 40x12:\n%s", rows, visible(r))
	}
	r = press(t, r, "up")
	mustContain(t, r, "> Certifications you hold", "    None of these")
	q := press(t, sized(t, newModelWith(t, 80, 24, Options{Store: &memSaver{}}), 40, 12), "enter", "space", "enter", "q")
	mustContain(t, q, "/state/certpath/answers.yaml")
}

// TestCtrlZSuspends is issue 15's eighth item: ctrl+z did nothing.
func TestCtrlZSuspends(t *testing.T) {
	t.Parallel()
	m := press(t, newTestModel(t, 80, 24), "enter")
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+z returned no command")
	}
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatal("ctrl+z must suspend")
	}
	// After fg Bubble Tea sends ResumeMsg; the screen is still the question.
	m = update(t, m, tea.ResumeMsg{})
	mustContain(t, m, "Question 1 of")
}

// TestWelcomeScrollsOnASmallWindow is issue 23: at 40x12 the privacy note
// and the key list were cut with no way to read them.
func TestWelcomeScrollsOnASmallWindow(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, 40, 12)
	mustContain(t, m, "more lines: ↓ scrolls")
	var seen string
	for range 30 {
		seen += visible(m)
		m = press(t, m, "down")
	}
	for _, want := range []string{"Nothing leaves this", "? shows every key", "q quits"} {
		if !strings.Contains(seen, want) {
			t.Errorf("scrolling the welcome never shows %q", want)
		}
	}
	mustContain(t, m, "↑ scrolls back up", "Keys:")
	mustContain(t, press(t, m, "enter"), "Question 1 of")
}

// TestWeekErrorStandsNextToTheTotal is issue 23: at 200x50 the week's error
// was in the footer, about 32 rows under the total it speaks of.
func TestWeekErrorStandsNextToTheTotal(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{200, 50}, {80, 24}, {40, 12}} {
		m := sized(t, press(t, goTo(t, questions.QWeekTime, Options{}), "right", "enter"), size[0], size[1])
		rows := strings.Split(visible(m), "\n")
		total, errAt := -1, -1
		for i, r := range rows {
			if strings.Contains(r, "Total ") && total < 0 {
				total = i
			}
			if strings.Contains(r, "The week adds up to") {
				errAt = i
			}
		}
		if total < 0 || errAt < 0 || errAt-total > 2 || errAt < total {
			t.Errorf("%dx%d: the total is on row %d, its error on row %d:\n%s", size[0], size[1], total, errAt, visible(m))
		}
	}
}
