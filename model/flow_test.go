package model

import (
	"certpath/internal/testcheck"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"certpath/questions"
)

// TestQuizFlowEndToEnd drives the real program from the welcome screen to the
// results with key presses only, choosing what to press from what is on
// screen, then checks the final model through its public API.
func TestQuizFlowEndToEnd(t *testing.T) {
	t.Parallel()
	lib := testLib(t)
	bank := questions.DefaultBank(lib.Catalog())
	m, err := New(bank, lib, Options{Now: testcheck.Today})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor, keys := drive(t, tm)
	waitFor("certpath")
	keys("enter")
	waitFor(`Question 1 of \d+`)
	// Keys go in order and each request a screen makes is taken before the
	// next key, so the whole quiz can be typed ahead, as a fast typist would.
	for _, q := range bank.Questions {
		switch q.Kind.(type) {
		case questions.Allocation:
			// Half the week facilitating team events, half removing impediments.
			keys(toOption(t, q.ID, "", "team_events")...)
			for range 10 {
				keys("right")
			}
			keys(toOption(t, q.ID, "team_events", "impediments")...)
			keys("f", "enter")
		case questions.MultiChoice:
			switch {
			case q.Certs != "":
				// Someone who holds nothing yet (so the path has steps) and
				// aims at postings that name no certification.
				keys(toOption(t, q.ID, "", questions.NoneID)...)
			case q.ID == questions.QPostingFocus:
				// Postings that ask for what the week does: facilitation.
				keys(toOption(t, q.ID, "", "events")...)
			}
			keys("space", "enter")
		case questions.Frequency:
			keys(toOption(t, q.ID, "", "sprint")...)
			keys("enter")
		case questions.Postings:
			// Submitting the postings step is explicit: enter alone may be
			// part of a paste.
			keys("ctrl+s")
		default:
			keys("enter")
		}
	}
	waitFor("See my recommended path")
	keys("enter")
	// The page is drawn once its render is done (the header comes first).
	waitFor("fits your answers")
	keys("q", "y")

	final := tm.FinalModel(t, teatest.WithFinalTimeout(hangGuard(t))).(*Model)
	if final.Aborted() {
		t.Fatal("q on the results is finishing, not aborting")
	}
	if got := final.Answers()[questions.QWeekTime].Allocation; got["team_events"] != 50 || got["impediments"] != 50 {
		t.Fatalf("week allocation = %v, want half team events, half impediments", got)
	}
	if !strings.Contains(visible(final), "Scrum Master fits your answers best") {
		t.Fatalf("a week of facilitation should point to Scrum Master:\n%s", visible(final))
	}
}

// TestFilterThenCompareKeepsTheFilteredList drives the browser as a
// newcomer did: filter, apply, mark, move, compare, back. The list must show
// the filtered certifications again, with their count, not an empty list.
func TestFilterThenCompareKeepsTheFilteredList(t *testing.T) {
	t.Parallel()
	lib := testLib(t)
	m, err := New(questions.DefaultBank(lib.Catalog()), lib, Options{Start: StartBrowser})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, c := range lib.Certs() {
		if strings.Contains(strings.ToLower(certItem{cert: c}.FilterValue()), "owner") {
			want++
		}
	}
	if want < 2 {
		t.Fatalf("only %d certifications mention owner: the flow needs two to compare", want)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor, _ := drive(t, tm)
	waitFor("certifications")
	tm.Send(keyMsg("/"))
	for _, r := range "owner" {
		tm.Send(keyMsg(string(r)))
	}
	tm.Send(keyMsg("enter"))
	waitFor(`“owner”`)
	tm.Send(keyMsg("c"))
	tm.Send(keyMsg("j"))
	tm.Send(keyMsg("c"))
	waitFor(`side by side`)
	tm.Send(keyMsg("esc"))
	waitFor(`Certifications by issuer`)
	tm.Send(keyMsg("q"))
	tm.Send(keyMsg("y"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(hangGuard(t))).(*Model)
	got := visible(final)
	if strings.Contains(got, "No certifications") || !strings.Contains(got, fmt.Sprintf("“owner” %d certifications", want)) {
		t.Fatalf("after comparing, the filtered list should show its %d certifications:\n%s", want, got)
	}
}

// hangGuard is how long a teatest wait may take: until shortly before the
// test binary's -timeout, so that only a hang fails it, with teatest's
// message, and never a slow machine (-race, parallel tests) by the clock.
func hangGuard(t *testing.T) time.Duration {
	deadline, ok := t.Deadline()
	if !ok {
		return 24 * time.Hour
	}
	left := time.Until(deadline)
	return left - min(left/10, 5*time.Second)
}
