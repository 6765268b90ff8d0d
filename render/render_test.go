package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"certpath/content"
)

// TestGoldenSummaries pins every summary as rendered for an 80-column window,
// without colour. Regenerate with -update and read the diff.
func TestGoldenSummaries(t *testing.T) {
	lib, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		t.Run(string(c.ID), func(t *testing.T) {
			out, err := Plain(lib.Summary(c), 78)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestPlainHasNoEscapesOrTrailingSpace(t *testing.T) {
	out, err := Plain("# Title\n\nSome **bold** text and a [link](https://example.com).\n", 40)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("plain output has an escape sequence: %q", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Fatalf("line with trailing space: %q", l)
		}
	}
}

func TestStyle(t *testing.T) {
	for _, tt := range []struct {
		env    string
		isDark bool
		want   string
	}{{"", true, "dark"}, {"", false, "light"}, {"pink", true, "pink"}} {
		if got := Style(tt.env, tt.isDark); got != tt.want {
			t.Errorf("Style(%q, %v) = %q, want %q", tt.env, tt.isDark, got, tt.want)
		}
	}
}
