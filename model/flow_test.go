package model

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"certpath/content"
	"certpath/questions"
)

// TestQuizFlowEndToEnd drives the real program from the welcome screen to the
// results with key presses only, then checks the final model.
func TestQuizFlowEndToEnd(t *testing.T) {
	lib, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	bank := questions.DefaultBank()
	tm := teatest.NewTestModel(t, New(bank, lib, Options{}), teatest.WithInitialTermSize(80, 24))
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	keys := func(names ...string) {
		for _, n := range names {
			tm.Send(keyMsg(n))
		}
	}
	waitFor("certpath")
	keys("enter")
	waitFor("Question 1 of 17")
	for i, q := range bank.Questions {
		switch q.Kind {
		case questions.MultiChoice:
			keys("space", "enter")
		case questions.Allocation:
			// Half the week facilitating team events, half removing impediments.
			keys("down", "down", "down")
			for range 10 {
				keys("right")
			}
			keys("down", "f", "enter")
		case questions.Frequency:
			keys("down", "down", "down", "enter")
		default:
			keys("enter")
		}
		if i < len(bank.Questions)-1 {
			waitFor("of 17")
		}
	}
	waitFor("See my recommended path")
	keys("enter")
	waitFor("Your path")
	keys("q", "y")

	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.screen != resultsScreen || !final.results.ready {
		t.Fatalf("the flow ended on screen %d (results ready: %v)", final.screen, final.results.ready)
	}
	if got := final.answers[questions.QWeekTime].Allocation; got["team_events"] != 50 || got["impediments"] != 50 {
		t.Fatalf("week allocation = %v, want half team events, half impediments", got)
	}
	if !strings.Contains(final.results.doc, "# Recommended path") || !strings.Contains(final.results.doc, "Your answers point to **Scrum Master**") {
		t.Fatalf("a week of facilitation should point to Scrum Master:\n%s", final.results.doc)
	}
}
