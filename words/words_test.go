package words

import (
	"errors"
	"testing"
)

func TestCount(t *testing.T) {
	for _, tt := range []struct {
		n    int
		noun string
		want string
	}{
		{1, "posting", "1 posting"}, {2, "posting", "2 postings"}, {0, "answer", "0 answers"},
		{3, "problem", "3 problems"}, {2, "certification ID", "2 certification IDs"},
		{2, "summary", "2 summaries"}, {2, "day", "2 days"}, {2, "box", "2 boxes"},
	} {
		if got := Count(tt.n, tt.noun); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}

func TestCapitalizeSentenceNumber(t *testing.T) {
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
