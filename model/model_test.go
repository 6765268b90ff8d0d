package model

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"certpath/questions"
)

func TestFirstFrameSaysCertpath(t *testing.T) {
	lib := newTestModel(t, 80, 24).lib
	m := New(questions.DefaultBank(), lib, Options{})
	// No WindowSizeMsg yet: the first frame must still be the welcome screen.
	if !strings.Contains(visible(m), "certpath") {
		t.Fatalf("first frame lacks the word certpath:\n%s", visible(m))
	}
}

func TestWelcomeStartsTheQuiz(t *testing.T) {
	m := newTestModel(t, 80, 24)
	mustContain(t, m, "17 questions", "enter start")
	m = press(t, m, "enter")
	mustContain(t, m, "Question 1 of 17", "Job postings you aim for", questions.DefaultBank().Questions[0].Prompt)
}

func TestMultiChoiceNeedsAPick(t *testing.T) {
	m := press(t, newTestModel(t, 80, 24), "enter", "enter")
	if m.index != 0 {
		t.Fatal("enter with nothing picked moved on")
	}
	mustContain(t, m, "Pick at least one option")
	m = press(t, m, "down", "space", "enter")
	if m.index != 1 {
		t.Fatalf("after a pick, enter should move on; index is %d", m.index)
	}
	if got := m.answers[questions.QPostingFocus].Choices; len(got) != 1 || got[0] != "roadmap" {
		t.Fatalf("answer = %v, want [roadmap]", got)
	}
}

func TestExclusiveOptionClearsOthers(t *testing.T) {
	m := press(t, newTestModel(t, 80, 24), "enter", "space", "enter") // question 2: certifications named
	m = press(t, m, "space", "down", "space")                         // POPM and SSM
	m = press(t, m, "up", "up", "space", "enter")                     // wrap to "none"
	if got := m.answers[questions.QPostingCerts].Choices; len(got) != 1 || got[0] != "none" {
		t.Fatalf("choosing none should clear the others, got %v", got)
	}
}

func TestAllocationMustReachHundred(t *testing.T) {
	m := newTestModel(t, 80, 24)
	m = press(t, m, "enter", "space", "enter", "space", "enter", "enter", "enter", "enter")
	if q := m.bank.Questions[m.index]; q.Kind != questions.Allocation {
		t.Fatalf("expected the allocation question, got %s", q.ID)
	}
	m = press(t, m, "right", "right", "enter")
	mustContain(t, m, "Total 10% of 100%, 90% left", "adds up to 10%")
	if m.bank.Questions[m.index].Kind != questions.Allocation {
		t.Fatal("an allocation of 10% was accepted")
	}
	m = press(t, m, "down", "f")
	mustContain(t, m, "Total 100% of 100%")
	m = press(t, m, "right", "enter") // right at 100% must not pass 100
	got := m.answers[questions.QWeekTime].Allocation
	if got["backlog"] != 10 || got["discovery"] != 90 {
		t.Fatalf("allocation = %v, want backlog 10, discovery 90", got)
	}
}

func TestBackKeepsEveryAnswer(t *testing.T) {
	m := newTestModel(t, 80, 24)
	m = press(t, m, "enter", "down", "down", "space", "enter") // stakeholders
	m = press(t, m, "space", "enter")                          // POPM
	m = press(t, m, "down", "down")                            // move in question 3 without committing
	m = press(t, m, "esc", "shift+tab")
	if m.index != 0 {
		t.Fatalf("two steps back should reach question 1, got %d", m.index)
	}
	mustContain(t, m, "[x] Aligning stakeholders")
	m = press(t, m, "enter", "enter")
	mustContain(t, m, "Question 3 of 17", "(•) No, they speak of Scrum or Kanban only")
}

func TestBackFromFirstQuestionReturnsToWelcome(t *testing.T) {
	m := press(t, newTestModel(t, 80, 24), "enter", "esc")
	if m.screen != welcomeScreen {
		t.Fatalf("esc on the first question should return to the welcome screen, got %d", m.screen)
	}
}

func TestReviewChangesAnAnswerAndComesBack(t *testing.T) {
	m := answerAll(t, newTestModel(t, 80, 24))
	mustContain(t, m, "Review your answers", "SAFe where you work", "→ See my recommended path")
	before := questions.Score(m.bank, m.answers)

	// Change "where your week goes" from all backlog to all coaching.
	row := m.bank.Index(questions.QWeekTime)
	for range len(m.bank.Questions) - row {
		m = press(t, m, "up")
	}
	m = press(t, m, "enter")
	mustContain(t, m, "Changing question 6 of 17", "enter save", "esc cancel")
	for range 20 {
		m = press(t, m, "left")
	}
	for range 6 {
		m = press(t, m, "down")
	}
	m = press(t, m, "f", "enter")
	if m.screen != reviewScreen || m.review.cursor != row {
		t.Fatalf("saving an edit should return to the review row; screen %d, row %d", m.screen, m.review.cursor)
	}
	mustContain(t, m, "Coaching people, teams or leaders 100%")

	after := questions.Score(m.bank, m.answers)
	if before.Top().ID == after.Top().ID {
		t.Fatalf("moving the whole week to coaching should change the top profile (still %s)", after.Top().ID)
	}
	for range len(m.bank.Questions) - row {
		m = press(t, m, "down")
	}
	m = press(t, m, "enter")
	mustContain(t, m, "Your answers point to "+after.Top().Name)
}

func TestEditCancelKeepsTheSavedAnswer(t *testing.T) {
	m := answerAll(t, newTestModel(t, 80, 24))
	for range len(m.bank.Questions) - m.bank.Index(questions.QOrgSAFe) {
		m = press(t, m, "up")
	}
	m = press(t, m, "enter", "down", "down", "esc")
	if m.screen != reviewScreen {
		t.Fatal("esc while changing an answer should return to the review screen")
	}
	if got := m.answers[questions.QOrgSAFe].Choice; got != "yes" {
		t.Fatalf("cancelled edit changed the answer to %q", got)
	}
	m = press(t, m, "enter")
	mustContain(t, m, "(•) Yes, we run Agile Release Trains")
}

func TestResultsShowRankedProfilesAndPath(t *testing.T) {
	m := answerAll(t, newTestModel(t, 120, 40))
	m = press(t, m, "enter")
	if m.screen != resultsScreen || !m.results.ready {
		t.Fatalf("results not shown and rendered: screen %d ready %v", m.screen, m.results.ready)
	}
	mustContain(t, m, "Recommended path", "Your path", "1. First:")
	full := m.results.vp.GetContent()
	for _, line := range strings.Split(ansi.Strip(full), "\n") {
		if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > maxReadableWidth+glamourGutter {
			t.Errorf("at 120 columns a results line is %d wide; prose is capped at %d: %q", w, maxReadableWidth, line)
		}
	}
	for _, p := range questions.Profiles() {
		if !strings.Contains(full, p.Name) {
			t.Errorf("the ranking lacks %s", p.Name)
		}
	}
}

func TestResultsScrollWithKeysAndWheel(t *testing.T) {
	m := answerAll(t, newTestModel(t, 80, 24))
	m = press(t, m, "enter")
	if m.results.vp.TotalLineCount() <= m.results.vp.Height() {
		t.Fatal("the results fit the window; the scroll test needs more lines")
	}
	m = press(t, m, "pgdown")
	if m.results.vp.YOffset() == 0 {
		t.Fatal("page down did not scroll")
	}
	m = press(t, m, "g")
	if m.results.vp.YOffset() != 0 {
		t.Fatal("g did not go to the top")
	}
	m = update(t, m, wheelDown())
	if m.results.vp.YOffset() == 0 {
		t.Fatal("the mouse wheel did not scroll")
	}
	if m.View().MouseMode == 0 {
		t.Fatal("the results screen must ask for mouse events so the wheel works")
	}
}

func TestResultsReturnToReview(t *testing.T) {
	m := answerAll(t, newTestModel(t, 80, 24))
	m = press(t, m, "enter", "esc")
	if m.screen != reviewScreen {
		t.Fatalf("esc on the results should return to the review, got %d", m.screen)
	}
}

func TestQuitAsksOnceSomethingIsAnswered(t *testing.T) {
	m := newTestModel(t, 80, 24)
	if !quits(m, "q") {
		t.Fatal("with nothing answered q should quit at once")
	}
	m = press(t, m, "enter", "space", "enter")
	if quits(m, "q") {
		t.Fatal("with an answer given, q must ask first")
	}
	m = press(t, m, "q")
	mustContain(t, m, "Quit certpath?", "answered 1 of 17")
	m = press(t, m, "n")
	if m.confirmQuit || m.index != 1 {
		t.Fatal("n should return to the question where the person was")
	}
	m = press(t, m, "ctrl+c")
	if !quits(m, "y") || !quits(m, "ctrl+c") {
		t.Fatal("y or a second ctrl+c should quit")
	}
}

func TestTooSmallAndBack(t *testing.T) {
	m := press(t, newTestModel(t, 80, 24), "enter", "space", "enter")
	m = resize(t, m, 30, 10)
	mustContain(t, m, "40x12", "30x10", "answers")
	m = press(t, m, "down", "space", "enter") // ignored while too small
	m = resize(t, m, 80, 24)
	mustContain(t, m, "Question 2 of 17")
	if len(m.answers) != 1 {
		t.Fatalf("keys while too small changed answers: %v", m.answers)
	}
}

func TestEveryScreenFitsAtMinimumSize(t *testing.T) {
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
	for range m.bank.Questions {
		check(m.bank.Questions[m.index].ID)
		m = answerCurrent(t, m)
	}
	check("review")
	m = press(t, m, "enter")
	check("results")
}

func TestHelpToggles(t *testing.T) {
	m := press(t, newTestModel(t, 80, 24), "enter")
	short := visible(m)
	m = press(t, m, "?")
	if visible(m) == short || !m.help.ShowAll {
		t.Fatal("? did not show the full help")
	}
	m = press(t, m, "?")
	if m.help.ShowAll {
		t.Fatal("? did not hide the full help")
	}
}

func TestLightBackgroundRestylesAndRerenders(t *testing.T) {
	lib := newTestModel(t, 80, 24).lib
	m := update(t, New(questions.DefaultBank(), lib, Options{}), resizeMsg(80, 24))
	m = answerAll(t, m)
	m = press(t, m, "enter")
	if m.results.key.style != "dark" {
		t.Fatalf("before the terminal answers, the style must be dark, got %q", m.results.key.style)
	}
	m = update(t, m, lightBackground)
	if m.isDark || m.results.key.style != "light" || !m.results.ready {
		t.Fatalf("a light background should re-render in the light style; got %q ready %v", m.results.key.style, m.results.ready)
	}
}

func TestResultsShowContributionsAndCloseCall(t *testing.T) {
	m := answerAll(t, newTestModel(t, 100, 40))
	// Go back and split the week 35% backlog, 65% facilitation: with the
	// postings' Product Owner answers, a near tie.
	for range len(m.bank.Questions) - m.bank.Index(questions.QWeekTime) {
		m = press(t, m, "up")
	}
	m = press(t, m, "enter")
	for range 13 {
		m = press(t, m, "left")
	}
	m = press(t, m, "down", "down", "down", "f", "enter")
	for range len(m.bank.Questions) - m.bank.Index(questions.QWeekTime) {
		m = press(t, m, "down")
	}
	m = press(t, m, "enter")
	full := ansi.Strip(m.results.vp.GetContent())
	for _, want := range []string{"A close call", "would put", "Why Product Owner", "Why Scrum Master", "(Where your week goes)"} {
		if !strings.Contains(full, want) {
			t.Errorf("results lack %q:\n%s", want, full)
		}
	}
}

func TestResizeBurstRendersOnce(t *testing.T) {
	m := answerAll(t, newModelWith(t, 80, 24, Options{ResizeSettle: time.Hour}))
	m = press(t, m, "enter")
	rendered := m.results.key
	var ticks []tea.Cmd
	for _, w := range []int{90, 100, 110, 120} {
		next, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		m = next.(Model)
		ticks = append(ticks, cmd)
		if m.results.key != rendered {
			t.Fatal("a resize in the middle of a burst must not render")
		}
		if m.results.vp.Width() != w {
			t.Fatal("the view must take the new size at once")
		}
	}
	// Only the tick of the last resize renders.
	next, cmd := m.Update(resizeSettledMsg{gen: m.resizeGen - 1})
	if cmd != nil || next.(Model).results.key != rendered {
		t.Fatal("a stale settle must do nothing")
	}
	m = update(t, m, resizeSettledMsg{gen: m.resizeGen})
	if m.results.key.width != min(maxReadableWidth, 120-glamourGutter) || !m.results.ready {
		t.Fatalf("after the burst the results should render for the final width, key %+v", m.results.key)
	}
	_ = ticks
}
