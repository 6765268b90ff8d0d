package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"certpath/questions"
	"certpath/store"
)

// TestGoldenScreens pins every screen at 80x24, and at 40x12 and 200x50.
// Regenerate with go test ./model -run TestGoldenScreens -update, then read
// the diff.
func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		at   func(t *testing.T) *Model
	}{
		{"welcome", func(t *testing.T) *Model { return newTestModel(t, 80, 24) }},
		{"start_over", func(t *testing.T) *Model {
			saved := questions.Answers{questions.QPostingFocus: {Choices: []string{"backlog"}}}
			return press(t, newModelWith(t, 80, 24, Options{Resume: store.Loaded{Answers: saved}}), "n")
		}},
		{"multi_choice", func(t *testing.T) *Model {
			m := moveTo(t, press(t, newTestModel(t, 80, 24), "enter"), questions.QPostingFocus, "", "roadmap")
			return moveTo(t, press(t, m, "space"), questions.QPostingFocus, "roadmap", "stakeholders")
		}},
		{"single_choice", func(t *testing.T) *Model {
			return moveTo(t, goTo(t, questions.QPostingSAFe, Options{}), questions.QPostingSAFe, "", "preferred")
		}},
		{"allocation", func(t *testing.T) *Model {
			m := press(t, goTo(t, questions.QWeekTime, Options{}), "right", "right")
			return press(t, moveTo(t, m, questions.QWeekTime, "backlog", "discovery"), "right")
		}},
		{"allocation_error", func(t *testing.T) *Model {
			return press(t, goTo(t, questions.QWeekTime, Options{}), "right", "enter")
		}},
		{"scale", func(t *testing.T) *Model {
			return press(t, goTo(t, questions.QTeamEvents, Options{}), "right", "right", "right")
		}},
		{"postings_input", func(t *testing.T) *Model { return toPostings(t, 80, 24) }},
		{"postings_review", func(t *testing.T) *Model {
			m := update(t, toPostings(t, 80, 24), pasted("Agile Coach\nCoach teams and Scrum Masters; run workshops and training.\n---\nOwn the risk register and the schedule.\n"))
			return press(t, m, "ctrl+s")
		}},
		{"review", func(t *testing.T) *Model { return answerAll(t, newTestModel(t, 80, 24)) }},
		{"results", func(t *testing.T) *Model { return toResults(t, 80, 24, Options{}) }},
		{"export", func(t *testing.T) *Model {
			return press(t, toResults(t, 80, 24, Options{ExportDir: "/home/me", Now: fixedNow}), "s")
		}},
		{"export_error", func(t *testing.T) *Model {
			return press(t, toResults(t, 80, 24, Options{ExportDir: "/nonexistent/certpath-golden", Now: fixedNow}), "s", "enter")
		}},
		{"path_list", func(t *testing.T) *Model { return press(t, toResults(t, 80, 24, Options{}), "o") }},
		{"whatif_list", func(t *testing.T) *Model { return press(t, toResults(t, 80, 24, Options{}), "w") }},
		{"whatif_compare", func(t *testing.T) *Model {
			return press(t, toResults(t, 80, 24, Options{}), tryKeys(t, questions.QHeldCerts, questions.NoneID, "leading-safe")...)
		}},
		{"cert_list", func(t *testing.T) *Model { return newBrowser(t, 80, 24) }},
		{"summary", func(t *testing.T) *Model { return press(t, newBrowser(t, 80, 24), "enter") }},
		{"compare", func(t *testing.T) *Model { return press(t, newBrowser(t, 80, 24), "c", "down", "down", "c") }},
		{"quit_prompt", func(t *testing.T) *Model {
			return press(t, newModelWith(t, 80, 24, Options{Store: &memSaver{}}), "enter", "space", "enter", "q")
		}},
		{"too_small", func(t *testing.T) *Model { return sized(t, newTestModel(t, 80, 24), 30, 10) }},
		{"full_help", func(t *testing.T) *Model { return press(t, newTestModel(t, 80, 24), "enter", "?") }},
	}
	for _, tt := range tests {
		for _, size := range [][2]int{{80, 24}, {40, 12}, {200, 50}} {
			name := tt.name
			if size != [2]int{80, 24} {
				name = fmt.Sprintf("%s_%dx%d", tt.name, size[0], size[1])
			}
			if tt.name == "too_small" && size != [2]int{80, 24} {
				continue
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				m := tt.at(t)
				if size != [2]int{80, 24} {
					m = sized(t, m, size[0], size[1])
				}
				w, h := size[0], size[1]
				if tt.name == "too_small" {
					w, h = 30, 10
				}
				frame := m.View().Content
				if rows := strings.Split(frame, "\n"); len(rows) > h {
					t.Errorf("%d rows in a window of %d: the last ones are lost", len(rows), h)
				}
				for _, row := range strings.Split(frame, "\n") {
					if ansi.StringWidth(row) > w {
						t.Errorf("a row of %d columns in a window of %d is cut: %q", ansi.StringWidth(row), w, ansi.Strip(row))
					}
				}
				golden.RequireEqual(t, visible(m))
			})
		}
	}
}
