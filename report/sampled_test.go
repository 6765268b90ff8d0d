package report

import (
	"strings"

	"certpath/content"
	"certpath/planner"
	"certpath/questions"
)

// sampled is the report (details: the details) of generated person i,
// with the flip lines for one person in ten and their section pending for
// the others: whatif.Find runs the planner again for each nearby change
// (about 30 ms a person, see whatif's BenchmarkFind), which walks over a
// thousand people cannot afford for each.
func sampled(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome, i int, details bool) string {
	wi := whatIf{pending: true}
	if i%10 == 0 {
		wi = findChanges(lib, b, a, o)
	}
	doc, _ := build(lib, b, a, o, details, wi)
	return doc
}

// withoutFlipLines drops the flip lines of "What would change it": each
// restates an answer the person did not give ("If you answered “Yes, we
// run Agile Release Trains”…"), on purpose; whatif's property test checks
// each against the planner instead. A close call's sentence in the same
// section stays.
func withoutFlipLines(doc string) string {
	head, rest, ok := strings.Cut(doc, "## What would change it\n\n")
	if !ok {
		return doc
	}
	for strings.HasPrefix(rest, "- ") {
		_, rest, _ = strings.Cut(rest, "\n")
	}
	return head + rest
}
