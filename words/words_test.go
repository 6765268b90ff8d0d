package words

import (
	"errors"
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n    int
		noun string
		want string
	}{
		{1, "posting", "1 posting"}, {2, "posting", "2 postings"}, {0, "answer", "0 answers"},
		{3, "problem", "3 problems"}, {2, "certification ID", "2 certification IDs"},
		{2, "summary", "2 summaries"}, {2, "day", "2 days"}, {2, "box", "2 boxes"}, {2, "coach", "2 coaches"},
	} {
		if got := Count(tt.n, tt.noun); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}

func TestBreak(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		s     string
		width int
		want  []string
	}{
		{"/tmp/a-rather-long-home/someone/.local/state/certpath/answers.yaml", 40,
			[]string{"/tmp/a-rather-long-home/someone/.local/", "state/certpath/answers.yaml"}},
		{"short", 40, []string{"short"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"ab/cdefghij", 4, []string{"ab/", "cdef", "ghij"}},
		{"", 10, nil},
	} {
		got := Break(tt.s, tt.width, "/")
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Break(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		if strings.Join(got, "") != tt.s {
			t.Errorf("Break(%q) loses text: %q", tt.s, got)
		}
	}
}

func TestShown(t *testing.T) {
	t.Parallel()
	if got := Shown(0, 3, 13); got != "1–3 of 13, more with ↑/↓" {
		t.Errorf("got %q", got)
	}
	if got := Shown(9, 10, 10); got != "10 of 10, more with ↑/↓" {
		t.Errorf("one row shown must not read as a range: %q", got)
	}
}

func TestCapitalizeSentenceNumber(t *testing.T) {
	t.Parallel()
	if got := Capitalize("scrum.org"); got != "Scrum.org" {
		t.Errorf("Capitalize = %q", got)
	}
	if got := Capitalize(""); got != "" {
		t.Errorf("Capitalize(\"\") = %q", got)
	}
	if got := Sentence(errors.New("choose one")); got != "Choose one." {
		t.Errorf("Sentence = %q", got)
	}
	for n, want := range map[int]string{0: "no", 8: "eight", 12: "twelve", 21: "21"} {
		if got := Number(n); got != want {
			t.Errorf("Number(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLiteral(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"certs/psm-i.md":      "certs/psm-i.md",
		"my posting.txt":      "my posting.txt",
		"x\u202e.md":          `"x\u202e.md"`,
		"x\x1b]0;t\a.md":      `"x\x1b]0;t\a.md"`,
		"r\u00e9sum\u00e9.md": "r\u00e9sum\u00e9.md",
		"bad\xff.md":          `"bad\xff.md"`,
	} {
		if got := Literal(in); got != want {
			t.Errorf("Literal(%q) = %s, want %s", in, got, want)
		}
		if Literal(Literal(in)) != Literal(in) {
			t.Errorf("Literal(%q) is not stable", in)
		}
	}
}
