package planner_test

import (
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
)

// TestCheckNamesTraitsNoQuestionShows: the real bank shows every trait the
// content names; a bank whose options no longer carry one fails, naming
// the content that asks for it.
func TestCheckNamesTraitsNoQuestionShows(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	if err := planner.Check(b); err != nil {
		t.Fatal(err)
	}
	for i, q := range b.Questions {
		opts := make([]questions.Option, len(q.Options))
		for j, o := range q.Options {
			o.Traits = nil
			opts[j] = o
		}
		b.Questions[i].Options = opts
		b.Questions[i].Thresholds = map[catalog.Trait]int{}
	}
	err := planner.Check(b)
	if err == nil || !strings.Contains(err.Error(), `certs/pal-i.md reasons 2 names trait "coaches-leaders"`) || !strings.Contains(err.Error(), `profiles/agile-coach.md goal 1 names trait "coaches-leaders"`) {
		t.Fatalf("Check() = %v", err)
	}
}
