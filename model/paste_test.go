package model

import (
	"fmt"
	"strings"
	"testing"

	"certpath/questions"
)

// F12: a paste of more lines than the text area holds (10,000) is read
// whole: 11 postings in 10,010 lines are 11 postings, not 6, and the screen
// says the lines past the box are held.
func TestLongPasteIsReadWhole(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("Scrum Master\n")
	for i := range 9989 {
		fmt.Fprintf(&b, "Facilitate sprint planning and retrospectives, line %d.\n", i)
	}
	for i := range 10 {
		fmt.Fprintf(&b, "---\nRelease Train Engineer %d: run PI Planning.\n", i)
	}
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted(b.String()))
	mustContain(t, m, "held beside the box")
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "Read 11 postings")
	m = press(t, m, "enter")
	if a := m.Answers()[questions.QPostingsText]; len(a.Postings) != 11 {
		t.Fatalf("kept %d postings of 11", len(a.Postings))
	}
}

// F12: a paste past the 4 MiB all postings can hold keeps the first 4 MiB
// and says how many lines were dropped; a posting over 1 MiB keeps its
// first MiB and says so.
func TestOversizePasteSaysWhatWasDropped(t *testing.T) {
	t.Parallel()
	line := "Product Owner backlog refinement stakeholder alignment and more.\n"
	text := strings.Repeat(line, (5<<20)/len(line))
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted(text))
	mustContain(t, m, "64527 lines (4.0 MiB) of pasted text are held", "Past the 4 MiB all postings can hold, 16132")
	m = press(t, m, "ctrl+s")
	mustContain(t, m, "over the 1 MiB a posting can be")
	m = press(t, m, "enter")
	a := m.Answers()[questions.QPostingsText]
	if len(a.Postings) != 1 || len(a.Postings[0].Text) > 1<<20 || len(a.Postings[0].Text) < 1<<20-len(line) {
		t.Fatalf("kept %d postings, the first of %d bytes", len(a.Postings), len(a.Postings[0].Text))
	}
}

// TestPasteEndsInView: at 40x12 a paste ending in a line break showed an
// empty box, its text scrolled out of sight, until ↑: the screen drew the
// text area at two heights in one frame, and the area kept the scrolling
// of the smaller.
func TestPasteEndsInView(t *testing.T) {
	t.Parallel()
	m := toPostings(t, 40, 12)
	m = update(t, m, pasted("Scrum Master\nFacilitate sprint planning.\nRemove impediments.\nCoach the team.\nTrack velocity.\nRun retrospectives.\n"))
	for range 2 {
		mustContain(t, m, "Run retrospectives.")
	}
	m = typeText(t, m, "Own the backlog.")
	mustContain(t, m, "Run retrospectives.", "Own the backlog.")
}
