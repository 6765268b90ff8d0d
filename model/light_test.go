package model

import (
	"image/color"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"certpath/questions"
)

// sgrRE finds the parameters of each SGR sequence.
var sgrRE = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// colourRun is text drawn in one foreground on one background ("" for the
// terminal's own).
type colourRun struct{ fg, bg, text string }

// colourRuns splits a frame into runs of text by the colours SGR sequences
// set, following resets.
func colourRuns(frame string) []colourRun {
	var out []colourRun
	var fg, bg string
	locs := sgrRE.FindAllStringSubmatchIndex(frame, -1)
	for i, loc := range locs {
		params := strings.Split(frame[loc[2]:loc[3]], ";")
		for j := 0; j < len(params); j++ {
			switch p := params[j]; {
			case p == "" || p == "0":
				fg, bg = "", ""
			case p == "39":
				fg = ""
			case p == "49":
				bg = ""
			case (p == "38" || p == "48") && j+2 < len(params) && params[j+1] == "5":
				c := "5;" + params[j+2]
				if p == "38" {
					fg = c
				} else {
					bg = c
				}
				j += 2
			case (p == "38" || p == "48") && j+4 < len(params) && params[j+1] == "2":
				c := "2;" + strings.Join(params[j+2:j+5], ";")
				if p == "38" {
					fg = c
				} else {
					bg = c
				}
				j += 4
			}
		}
		end := len(frame)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		out = append(out, colourRun{fg, bg, ansi.Strip(frame[loc[1]:end])})
	}
	return out
}

// colourOf reads "5;N" or "2;R;G;B".
func colourOf(code string) color.Color {
	p := strings.Split(code, ";")
	n := func(s string) uint8 { v, _ := strconv.Atoi(s); return uint8(v) }
	if p[0] == "5" {
		return ansi.IndexedColor(n(p[1]))
	}
	return color.RGBA{n(p[1]), n(p[2]), n(p[3]), 255}
}

// luminance is a colour's WCAG relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of a foreground on a background; an
// empty background is the terminal's, white here.
func contrast(fg, bg string) float64 {
	lb := 1.0
	if bg != "" {
		lb = luminance(colourOf(bg))
	}
	lf := luminance(colourOf(fg))
	return (max(lf, lb) + 0.05) / (min(lf, lb) + 0.05)
}

// TestLightStyleIsReadable is issue 23's light-style item: on a light
// background, text was drawn near-white (colour 253) and the page dots were
// reversed. Every screen is checked in its raw ANSI, both when the terminal
// reports a white background and when GLAMOUR_STYLE=light is set on one that
// does not answer: no text is coloured 250-255 or anything under 3:1 on
// white. The certification list is pinned as a golden, escapes and all.
func TestLightStyleIsReadable(t *testing.T) {
	t.Parallel()
	screens := map[string]func(m *Model) *Model{
		"welcome": func(m *Model) *Model { return m },
		"multi_choice": func(m *Model) *Model {
			return press(t, moveTo(t, press(t, m, "enter"), questions.QPostingFocus, "", "roadmap"), "space")
		},
		"review":  func(m *Model) *Model { return answerAll(t, m) },
		"results": func(m *Model) *Model { return press(t, answerAll(t, m), "enter") },
	}
	browser := map[string]func(m *Model) *Model{
		"cert_list": func(m *Model) *Model { return m },
		"filtered":  func(m *Model) *Model { return press(t, typeText(t, press(t, m, "/"), "scrum"), "enter") },
		"summary":   func(m *Model) *Model { return press(t, m, "enter") },
		"compare":   func(m *Model) *Model { return press(t, m, "c", "down", "down", "c") },
	}
	for _, how := range []string{"reported", "GLAMOUR_STYLE"} {
		light := func(opts Options) *Model {
			if how == "GLAMOUR_STYLE" {
				opts.GlamourStyle = "light"
				return newModelWith(t, 80, 24, opts)
			}
			return update(t, newModelWith(t, 80, 24, opts), lightBackground)
		}
		check := func(name string, m *Model) {
			t.Helper()
			frame := m.View().Content
			for _, r := range colourRuns(frame) {
				if strings.TrimSpace(r.text) == "" || r.fg == "" {
					continue
				}
				nearWhite := r.bg == "" && regexp.MustCompile(`^5;25[0-5]$`).MatchString(r.fg)
				if c := contrast(r.fg, r.bg); nearWhite || c < 3 {
					t.Errorf("%s (%s): %q drawn in %s on %q, %.1f:1", name, how, strings.TrimSpace(r.text), r.fg, r.bg, c)
				}
			}
		}
		for name, at := range screens {
			check(name, at(light(Options{})))
		}
		for name, at := range browser {
			check(name, at(light(Options{Start: StartBrowser})))
		}
		if how == "reported" {
			t.Run("cert_list_light", func(t *testing.T) {
				golden.RequireEqual(t, light(Options{Start: StartBrowser}).View().Content)
			})
		}
	}
}

// TestGlamourStyleChoosesTheColours: GLAMOUR_STYLE=light on a terminal that
// reports a dark background (or none) keeps the screens light, so that the
// text around a light document reads on the same background.
func TestGlamourStyleChoosesTheColours(t *testing.T) {
	t.Parallel()
	m := newModelWith(t, 80, 24, Options{GlamourStyle: "light"})
	m = update(t, m, tea.BackgroundColorMsg{Color: color.Black})
	if m.c.st.isDark || m.c.glamourStyle() != "light" {
		t.Fatalf("GLAMOUR_STYLE=light: isDark %v, documents in %s", m.c.st.isDark, m.c.glamourStyle())
	}
	m = update(t, newModelWith(t, 80, 24, Options{GlamourStyle: "notty"}), lightBackground)
	if m.c.st.isDark {
		t.Fatal("a style for any background should follow the terminal's")
	}
}
