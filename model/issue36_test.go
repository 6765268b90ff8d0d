package model

import (
	"fmt"
	"strings"
	"testing"

	"certpath/questions"
	"certpath/store"
)

// reviewWith opens the review the way a person resuming every answer
// would, at w x h.
func reviewWith(t *testing.T, w, h int, change func(questions.Answers)) *Model {
	t.Helper()
	saved := sampleAnswers(testBank(t))
	change(saved)
	m := press(t, newModelWith(t, w, h, Options{Resume: store.Loaded{Answers: saved}}), "enter")
	mustContain(t, m, "Review your answers")
	return m
}

// reviewLine is the review's row for a title, as drawn.
func reviewLine(m *Model, title string) string {
	for _, l := range strings.Split(visible(m), "\n") {
		if strings.Contains(l, title) {
			return l
		}
	}
	return ""
}

// The review's "Where your week goes" lists the largest share first, so
// that the row, cut at 80 or 120 columns, still shows it.
func TestReviewWeekRowLargestShareFirst(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 120} {
		m := reviewWith(t, w, 40, func(a questions.Answers) {
			a[questions.QWeekTime] = questions.Answer{Allocation: map[string]int{"backlog": 10, "stakeholders": 10, "discovery": 10, "team_events": 10, "impediments": 10, "delivery": 50}}
		})
		m = press(t, m, "g")
		row := reviewLine(m, "Where your week goes")
		if !strings.Contains(row, "Hands-on work: building, testing, design 50%") {
			t.Errorf("at %d columns the week's row should start with its largest share: %q", w, row)
		}
	}
}

// A business analyst's week shows on the review with its own activity.
func TestReviewWeekRowNamesAnalysis(t *testing.T) {
	t.Parallel()
	m := reviewWith(t, 120, 40, func(a questions.Answers) {
		a[questions.QWeekTime] = questions.Answer{Allocation: map[string]int{"analysis": 70, "stakeholders": 30}}
	})
	m = press(t, m, "g")
	if row := reviewLine(m, "Where your week goes"); !strings.Contains(row, "Requirements and analysis 70%") {
		t.Errorf("the review's week row lacks the analysis share: %q", row)
	}
}

// At 40x12 the review names certifications held by their short names:
// cut, "Professional Scr…" read the same for PSM I and PSPO I.
func TestNarrowReviewTellsPSMFromPSPO(t *testing.T) {
	t.Parallel()
	rows := map[string]string{}
	for _, id := range []string{"psm-i", "pspo-i"} {
		m := reviewWith(t, 40, 12, func(a questions.Answers) {
			a[questions.QHeldCerts] = questions.Answer{Choices: []string{id}}
		})
		rows[id] = reviewLine(m, "Certifications yo")
	}
	if rows["psm-i"] == rows["pspo-i"] || !strings.Contains(rows["psm-i"], "PSM I") || !strings.Contains(rows["pspo-i"], "PSPO I") {
		t.Fatalf("at 40 columns PSM I and PSPO I should read apart:\n%q\n%q", rows["psm-i"], rows["pspo-i"])
	}
}

// At 200x50 a summary's addresses use the window's width: an address of
// 141 characters stays on one line, where the prose wraps at the readable
// 100 columns.
func TestWideSummaryKeepsAddressesWhole(t *testing.T) {
	t.Parallel()
	m := press(t, newBrowser(t, 200, 50), "/")
	m = typeText(t, m, "SPC")
	m = press(t, m, "enter", "enter", "G")
	long := "https://support.scaledagile.com/en/articles/13835884-exam-study-guide-ai-empowered-spc-safe-practice-consultant-exam-for-implementing-safe"
	if !strings.Contains(visible(m), long) {
		t.Fatalf("the SPC summary at 200 columns should show its 141-character address on one line:\n%s", visible(m))
	}
}

// Back to the postings step at 200x50, esc opens the text box with its
// text filling the box down to the cursor at the end, not from mid-posting
// with some 30 empty rows below.
func TestPostingsBoxReopensFilled(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 200, 50)
	var b strings.Builder
	b.WriteString("Product Owner\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "Line %d: own the backlog and write stories with the team.\n", i)
	}
	m = press(t, update(t, m, pasted(b.String())), "ctrl+s", "enter")
	mustContain(t, m, "Where does a typical week of your calendar go?")
	m = press(t, m, "esc", "esc")
	mustContain(t, m, "Line 60: own the backlog")
	empty := 0
	for _, l := range strings.Split(visible(m), "\n") {
		if strings.TrimSpace(l) == "▌" {
			empty++
		}
	}
	if empty > 1 {
		t.Fatalf("the box shows %d empty rows below the text:\n%s", empty, visible(m))
	}
}

// A box ticked and not confirmed with enter is kept on quit, as going back
// keeps it: the quit prompt counts it and the save holds it, also when it
// is the first answer given.
func TestQuitKeepsATickedBox(t *testing.T) {
	t.Parallel()
	saver := &memSaver{}
	m := press(t, newModelWith(t, 80, 24, Options{Store: saver}), "enter", "space", "q")
	mustContain(t, m, "You have answered 1 of")
	press(t, m, "y")
	saver.mu.Lock()
	defer saver.mu.Unlock()
	if len(saver.saves) == 0 {
		t.Fatal("the ticked box was never saved")
	}
	a, ok := saver.saves[len(saver.saves)-1][questions.QPostingFocus]
	if !ok || len(a.Choices) != 1 {
		t.Fatalf("the ticked box should be saved, saved %+v", saver.saves[len(saver.saves)-1])
	}
}

// A cursor moved on a single-choice question is no answer: quitting keeps
// nothing the person did not choose.
func TestQuitKeepsNoCursorPosition(t *testing.T) {
	t.Parallel()
	m := goTo(t, questions.QPostingSAFe, Options{Store: &memSaver{}})
	before := len(m.Answers())
	m = press(t, m, "down", "q")
	if _, ok := m.Answers()[questions.QPostingSAFe]; ok || len(m.Answers()) != before {
		t.Fatalf("moving the cursor is no answer: %v", m.Answers())
	}
}

// The browser titled "by issuer" shows each issuer as a heading over its
// certifications, at 80x24 and at 40x12, page after page.
func TestBrowserHeadsEachIssuer(t *testing.T) {
	t.Parallel()
	issuers := map[string]bool{}
	for _, c := range testLib(t).Certs() {
		issuers[c.Issuer] = true
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		m := newBrowser(t, size[0], size[1])
		seen := map[string]bool{}
		for range testLib(t).Certs() {
			for _, l := range strings.Split(visible(m), "\n") {
				if head := strings.TrimSpace(strings.TrimRight(l, "─ ")); issuers[head] {
					seen[head] = true
				}
			}
			m = press(t, m, "down")
		}
		if len(seen) != len(issuers) {
			t.Errorf("at %dx%d the list heads %v, not every issuer of %v", size[0], size[1], seen, issuers)
		}
	}
}

// At 40x12 the first question keeps its hint, which says how to answer
// ("two or more of them"): the blank lines give way before it does, and
// three answers still show.
func TestTinyWindowKeepsTheHint(t *testing.T) {
	t.Parallel()
	m := sized(t, goTo(t, questions.QPostingFocus, Options{}), 40, 12)
	mustContain(t, m, "Pick everything that", "Owning and ordering", "1–3 of")
}
