package model

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"certpath/questions"
)

// TestThemeGoldens pins three screens in each of the theme's three forms,
// escapes and all: the dark theme a terminal gets before it reports its
// background, the light theme, and what a NO_COLOR terminal receives (the
// dark theme's frame with its colours dropped by Bubble Tea's colour
// profile, bold and underline kept). Regenerate with -update and read the
// escapes in the diff.
func TestThemeGoldens(t *testing.T) {
	t.Parallel()
	screens := []struct {
		name string
		at   func(m *Model) *Model
	}{
		{"cert_list", func(m *Model) *Model { return m }},
		{"multi_choice", func(m *Model) *Model {
			m = moveTo(t, press(t, m, "enter"), questions.QPostingFocus, "", "roadmap")
			return moveTo(t, press(t, m, "space"), questions.QPostingFocus, "roadmap", "stakeholders")
		}},
		{"review", func(m *Model) *Model { return answerAll(t, m) }},
	}
	for _, sc := range screens {
		opts := Options{}
		if sc.name == "cert_list" {
			opts.Start = StartBrowser
		}
		dark := sc.at(newModelWith(t, 80, 24, opts))
		light := sc.at(update(t, newModelWith(t, 80, 24, opts), lightBackground))
		t.Run(sc.name+"_dark", func(t *testing.T) { golden.RequireEqual(t, dark.View().Content) })
		t.Run(sc.name+"_light", func(t *testing.T) { golden.RequireEqual(t, light.View().Content) })
		t.Run(sc.name+"_no_color", func(t *testing.T) {
			var out bytes.Buffer
			// What colorprofile.Detect gives a terminal with NO_COLOR set:
			// no colours, text decoration kept.
			w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
			if _, err := w.WriteString(dark.View().Content); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out.String(), "38;") {
				t.Fatal("NO_COLOR output still holds a foreground colour")
			}
			golden.RequireEqual(t, out.String())
		})
	}
}
