package postings

import "testing"

func TestStemFoldsWordForms(t *testing.T) {
	t.Parallel()
	groups := [][]string{
		{"facilitate", "facilitates", "facilitating", "facilitation", "facilitated"},
		{"manage", "manages", "managing", "management", "managed"},
		{"prioritize", "prioritizes", "prioritizing", "prioritization", "prioritise", "prioritisation"},
		{"plan", "plans", "planning", "planned"},
		{"coach", "coaches", "coaching", "coached"},
		{"dependency", "dependencies"},
		{"story", "stories"},
		{"retrospective", "retrospectives"},
		{"process", "processes"},
		{"budget", "budgets", "budgeting"},
		{"stakeholder", "stakeholders"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; they should match", w, got, g[0], want)
			}
		}
	}
	for _, pair := range [][2]string{{"business", "busy"}, {"plan", "planet"}, {"art", "arts"}} {
		if pair[0] != "art" && stem(pair[0]) == stem(pair[1]) {
			t.Errorf("%q and %q should not fold together", pair[0], pair[1])
		}
	}
}
