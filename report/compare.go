package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/questions"
	"certpath/whatif"
)

// Override is one answer changed for a what-if, as JSON names it: the
// question ID and the value as an answers file gives it.
type Override struct {
	Question string `json:"question"`
	Value    any    `json:"value"`
}

// WhatIfData is certpath quiz --what-if as JSON: the changes asked for,
// the results before and after them, and how the path differs.
type WhatIfData struct {
	WhatIf      []Override  `json:"what_if"`
	Before      Data        `json:"before"`
	After       Data        `json:"after"`
	Differences whatif.Diff `json:"differences"`
}

// WhatIf is a what-if: the answers as given and with the changes made,
// the outcome of each, and the questions changed, in the order asked.
type WhatIf struct {
	Before, After   questions.Answers
	OBefore, OAfter planner.Outcome
	Changed         []string
}

// OneChange is the what-if of changing question id's answer to a: the
// what-if view of the screens and of accessible mode.
func OneChange(b questions.Bank, before questions.Answers, id string, a questions.Answer) WhatIf {
	after := before.Clone()
	after[id] = a
	return WhatIf{Before: before, After: after, OBefore: planner.Evaluate(b, before), OAfter: planner.Evaluate(b, after), Changed: []string{id}}
}

// WhatIfJSON is the what-if as JSON.
func WhatIfJSON(lib *content.Library, b questions.Bank, w WhatIf) WhatIfData {
	d := WhatIfData{Before: JSON(lib, b, w.Before, w.OBefore), After: JSON(lib, b, w.After, w.OAfter),
		Differences: whatif.Compare(w.OBefore.Path, w.OAfter.Path)}
	for _, id := range w.Changed {
		q, _ := b.Question(id)
		d.WhatIf = append(d.WhatIf, Override{Question: id, Value: answerValue(q, w.After[id])})
	}
	return d
}

// WhatIfMarkdown writes both paths, side by side in a table or (narrow)
// one after the other, then what came, went and moved, in words.
func WhatIfMarkdown(lib *content.Library, b questions.Bank, w WhatIf, narrow bool) string {
	cat := lib.Catalog()
	d := whatif.Compare(w.OBefore.Path, w.OAfter.Path)
	var s strings.Builder
	s.WriteString("# What if\n\n")
	for _, id := range w.Changed {
		q, _ := b.Question(id)
		was := "no answer"
		if a, ok := w.Before[id]; ok {
			was = "“" + q.Describe(a) + "”"
		}
		fmt.Fprintf(&s, "- **%s**: “%s” instead of %s\n", q.Title, q.Describe(w.After[id]), was)
	}
	s.WriteString("\n")
	lead := func(o planner.Outcome) string {
		if len(o.Profiles) == 0 {
			return ""
		}
		return catalog.ProfileName(o.LeadsWith) + ", " + o.Context
	}
	if narrow {
		s.WriteString("## Your path now\n\n" + lead(w.OBefore) + "\n\n")
		s.WriteString(pathList(cat, w.OBefore.Path, d.WentMark))
		s.WriteString("## With the change\n\n" + lead(w.OAfter) + "\n\n")
		s.WriteString(pathList(cat, w.OAfter.Path, d.Mark))
	} else {
		s.WriteString("## Both paths\n\n| | Your path now | With the change |\n|---|---|---|\n")
		fmt.Fprintf(&s, "| **Leads with** | %s | %s |\n", lead(w.OBefore), lead(w.OAfter))
		for i := range max(len(w.OBefore.Path), len(w.OAfter.Path)) {
			fmt.Fprintf(&s, "| **%d** | %s | %s |\n", i+1, stepCell(cat, w.OBefore.Path, i, d.WentMark), stepCell(cat, w.OAfter.Path, i, d.Mark))
		}
		s.WriteString("\n")
	}
	s.WriteString("## What changed\n\n")
	s.WriteString(diffMarkdown(cat, d, w.OBefore.Path, w.OAfter.Path))
	return s.String()
}

// stepLine is one step in a few words: "**PSM I or CSM** · now · *came*".
func stepLine(cat catalog.Catalog, st planner.Step, mark func(planner.Step) string) string {
	line := fmt.Sprintf("**%s**%s · %s", stepNames(cat, st), Mark(st.Kind), StepWhen(cat, st))
	if m := mark(st); m != "" {
		// The word in italics: a code span would draw came, went and
		// moved alike in the style's code colour (red on dark), padded.
		line += " · *" + m + "*"
	}
	return line
}

// stepCell is step i of a path in a table cell, or nothing.
func stepCell(cat catalog.Catalog, path []planner.Step, i int, mark func(planner.Step) string) string {
	if i >= len(path) {
		return ""
	}
	return stepLine(cat, path[i], mark)
}

// pathList is a path as a numbered list, or that it is empty.
func pathList(cat catalog.Catalog, path []planner.Step, mark func(planner.Step) string) string {
	if len(path) == 0 {
		return "No step.\n\n"
	}
	var s strings.Builder
	for _, st := range path {
		fmt.Fprintf(&s, "%d. %s\n", st.Position, stepLine(cat, st, mark))
	}
	s.WriteString("\n")
	return s.String()
}

// diffMarkdown says what came, went and moved, or that the steps are the
// same (and whether the first one opens otherwise).
func diffMarkdown(cat catalog.Catalog, d whatif.Diff, before, after []planner.Step) string {
	names := func(id, alt catalog.CertID) string { return stepNames(cat, planner.Step{Cert: id, Alternative: alt}) }
	var s strings.Builder
	for _, r := range d.Came {
		fmt.Fprintf(&s, "- Came: %s, as step %d\n", names(r.Cert, r.Alternative), r.Position)
	}
	for _, r := range d.Went {
		fmt.Fprintf(&s, "- Went: %s, step %d until now\n", names(r.Cert, r.Alternative), r.Position)
	}
	for _, m := range d.Moved {
		fmt.Fprintf(&s, "- Moved: %s, from step %d to step %d\n", names(m.Cert, m.Alternative), m.From, m.To)
	}
	if d.Same() {
		s.WriteString("- The same steps in the same order.\n")
	}
	if len(before) > 0 && len(after) > 0 && before[0].Cert == after[0].Cert && StepWhen(cat, before[0]) != StepWhen(cat, after[0]) {
		fmt.Fprintf(&s, "- %s opens otherwise: %s (until now: %s).\n", stepNames(cat, after[0]), StepWhen(cat, after[0]), StepWhen(cat, before[0]))
	}
	s.WriteString("\n")
	return s.String()
}
