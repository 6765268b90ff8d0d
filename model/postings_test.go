package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/questions"
)

// toPostings opens the postings question.
func toPostings(t *testing.T, w, h int) Model {
	t.Helper()
	return sized(t, goTo(t, questions.QPostingsText, Options{}), w, h)
}

func TestPostingsCanBeSkipped(t *testing.T) {
	m := toPostings(t, 80, 24)
	mustContain(t, m, "Paste the job postings", "Files:", "enter read/skip", "ctrl+c quit")
	m = press(t, m, "enter")
	if a, ok := m.Answers()[questions.QPostingsText]; !ok || len(a.Postings) != 0 {
		t.Fatalf("enter on empty inputs should skip the question, answer = %+v (answered %v)", a, ok)
	}
	mustContain(t, m, "Where does a typical week of your calendar go?")
}

func TestPastedPostingIsSanitizedReadAndHighlighted(t *testing.T) {
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Scrum Master\x1b]0;pwned\x07\n\x1b[2JFacilitate sprint planning and retrospectives.\nRemove impediments.\n---\nOwn the product backlog.\n"))
	// q and ? are letters while typing.
	m = press(t, m, "q", "?")
	mustNotContain(t, m, "Quit certpath?", "fewer keys")
	if strings.ContainsRune(visible(m), 0x1b) || strings.Contains(m.View().Content, "pwned") {
		t.Fatal("escape sequences from a paste must never reach the screen")
	}
	m = press(t, m, "enter")
	mustContain(t, m, "Read 2 postings", "Scrum Master", "pasted posting 1:", "Facilitate sprint planning and retrospectives")
	if !strings.Contains(m.View().Content, "\x1b[1") {
		t.Error("the matched phrases should be highlighted")
	}
	m = press(t, m, "esc")
	mustContain(t, m, "Files:")
	m = press(t, m, "enter", "enter")
	a := m.Answers()[questions.QPostingsText]
	if len(a.Postings) != 2 || !strings.HasPrefix(a.Postings[0].Text, "Scrum Master\n") || strings.Contains(a.Postings[0].Text, "\x1b") {
		t.Fatalf("answer = %+v", a.Postings)
	}
	if !strings.HasSuffix(strings.TrimSpace(a.Postings[1].Text), "Own the product backlog.\nq?") {
		t.Fatalf("typed letters should land in the text: %q", a.Postings[1].Text)
	}
}

// TestPastedTextSurvivesABackgroundReport is the first of issue 11's bugs:
// the terminal's background answer used to rebuild the widgets and drop what
// was typed or pasted.
func TestPastedTextSurvivesABackgroundReport(t *testing.T) {
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Facilitate the daily scrum and the retrospective."))
	m = press(t, m, "tab")
	m = typeText(t, m, "posting.txt")
	m = update(t, m, lightBackground)
	mustContain(t, m, "Facilitate the daily scrum and the retrospective.", "posting.txt")
}

func TestPostingFilesWithProblems(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Own the risk register and the project plan."), 0o644)
	binary := filepath.Join(dir, "photo.jpg")
	os.WriteFile(binary, []byte{0xff, 0xd8, 0x00, 0x10}, 0o644)
	m := toPostings(t, 100, 30)
	m = press(t, m, "tab")
	m = typeText(t, m, good+" "+binary+" "+filepath.Join(dir, "missing.txt"))
	m = press(t, m, "enter")
	mustContain(t, m, "Read 1 posting", "Project Manager", "photo.jpg: it looks like a binary file", "missing.txt: cannot read it")
	m = press(t, m, "enter")
	if a := m.Answers()[questions.QPostingsText]; len(a.Postings) != 1 || a.Postings[0].Name != good {
		t.Fatalf("answer = %+v", a.Postings)
	}
}

func TestPostingsJoinTheScore(t *testing.T) {
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Own the risk register, the project plan, the schedule and the budget. Run the steering committee."))
	m = press(t, m, "enter", "enter")
	for i := 0; !strings.Contains(visible(m), "Review your answers"); i++ {
		if i > 50 {
			t.Fatal("never reached the review")
		}
		m = answerCurrent(t, m)
	}
	m = press(t, m, "enter")
	seen := visible(m)
	for range 30 {
		m = press(t, m, "pgdown")
		seen += visible(m)
	}
	if !strings.Contains(seen, "From your postings") {
		t.Fatalf("the results should explain what came from the postings:\n%s", seen)
	}
	var from float64
	for _, p := range questions.Evaluate(testBank(t), m.Answers()).Profiles {
		for _, c := range p.Contributions {
			if c.QuestionID == questions.QPostingsText && p.ID == catalog.ProjectManager {
				from += c.Points
			}
		}
	}
	if from <= 0 || from > questions.PostingsProfileWeight {
		t.Fatalf("the postings should add between 0 and %.0f points to Project Manager, added %.1f", questions.PostingsProfileWeight, from)
	}
}

func TestPostingsWidgetKeepsAnswerWhenRevisited(t *testing.T) {
	m := toPostings(t, 100, 30)
	m = update(t, m, pasted("Facilitate the daily scrum."))
	m = press(t, m, "enter", "enter", "esc")
	mustContain(t, m, "Paste the job postings", "Read 1 posting", "esc edit")
}
