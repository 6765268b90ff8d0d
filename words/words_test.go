package words

import "testing"

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
