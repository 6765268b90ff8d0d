package model

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"certpath/questions"
)

// TestGoldenScreens pins each screen at 80x24. Regenerate with
// go test ./model -run TestGoldenScreens -update, then read the diff.
func TestGoldenScreens(t *testing.T) {
	tests := []struct {
		name string
		at   func(t *testing.T) Model
	}{
		{"welcome", func(t *testing.T) Model { return newTestModel(t, 80, 24) }},
		{"multi_choice", func(t *testing.T) Model { return press(t, newTestModel(t, 80, 24), "enter", "down", "space", "down") }},
		{"single_choice", func(t *testing.T) Model { return press(t, goTo(t, questions.QPostingSAFe, Options{}), "down") }},
		{"allocation", func(t *testing.T) Model {
			return press(t, goTo(t, questions.QWeekTime, Options{}), "right", "right", "down", "right")
		}},
		{"scale", func(t *testing.T) Model {
			return press(t, goTo(t, questions.QTeamEvents, Options{}), "right", "right", "right")
		}},
		{"postings_input", func(t *testing.T) Model { return toPostings(t, 80, 24) }},
		{"postings_review", func(t *testing.T) Model {
			m := update(t, toPostings(t, 80, 24), pasted("Agile Coach\nCoach teams and Scrum Masters; run workshops and training.\n---\nOwn the risk register and the schedule.\n"))
			return press(t, m, "enter")
		}},
		{"review", func(t *testing.T) Model { return answerAll(t, newTestModel(t, 80, 24)) }},
		{"results", func(t *testing.T) Model { return toResults(t, 80, 24, Options{}) }},
		{"quit_prompt", func(t *testing.T) Model { return press(t, newTestModel(t, 80, 24), "enter", "space", "enter", "q") }},
		{"too_small", func(t *testing.T) Model { return sized(t, newTestModel(t, 80, 24), 30, 10) }},
		{"full_help", func(t *testing.T) Model { return press(t, newTestModel(t, 80, 24), "enter", "?") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, visible(tt.at(t)))
		})
	}
}
