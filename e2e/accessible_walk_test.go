package e2e

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/whatif"
)

// walker types lines into certpath --accessible on a terminal and waits
// for what it says after each, as a screen-reader user hears it.
type walker struct {
	t *testing.T
	s *session
}

// say types a line and waits until certpath, after it, has said each of
// the texts, in any order.
func (w walker) say(line string, then ...string) {
	w.t.Helper()
	mark := w.s.size()
	w.s.send(w.t, line+"\r")
	for _, text := range then {
		w.s.out.waitFor(w.t, mark, text)
	}
}

// answer answers question i (from 0) with its first option, the postings
// with enter (a skip) and the whole week with the first activity's 100%.
func (w walker) answer(b questions.Bank, i int) {
	w.t.Helper()
	after := "Chose: "
	if i+1 < len(b.Questions) {
		after = fmt.Sprintf("Question %d of %d.", i+2, len(b.Questions))
	}
	switch b.Questions[i].Kind.(type) {
	case questions.Postings:
		w.say("", "Skipped.", after)
	case questions.Allocation:
		w.say("100", "That makes 100%", after)
	default:
		w.say("1", after)
	}
}

// TestAccessibleWalk is issue 36's "done means": on a terminal, with
// NO_COLOR, a person answers, goes back, reviews, changes one answer,
// quits, resumes, changes one more and reaches the results, told at each
// step what happened and what can be typed.
func TestAccessibleWalk(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	b := questions.DefaultBank(lib.Catalog())
	n := len(b.Questions)
	state := t.TempDir()
	file := filepath.Join(state, "certpath", "answers.yaml")
	env := []string{"XDG_STATE_HOME=" + state, "NO_COLOR=1"}
	q1, q3, q4 := b.Questions[0], b.Questions[2], b.Questions[3]

	s := startSession(t, env, "--accessible")
	w := walker{t, s}
	s.waitFor(t, "type b to go back, r to review your answers, q to quit, or ? to hear what you can type.")
	s.waitFor(t, fmt.Sprintf("Question 1 of %d.", n))
	w.say("1", fmt.Sprintf("Question 2 of %d.", n), "(b to go back, ? for help): ")
	// Back: question 1 again, its answer said, enter keeps it.
	w.say("b", fmt.Sprintf("Question 1 of %d.", n), "Your answer now: "+q1.Options[0].Label+". Press enter to keep it.")
	w.say("", "Kept: "+q1.Options[0].Label+".", fmt.Sprintf("Question 2 of %d.", n))
	w.say("?", "b or back to go back one step; r or review to list your answers and change one; q or quit to stop")
	for i := 1; i < n; i++ {
		w.answer(b, i)
	}
	// The review: every answer numbered; 3 changes the third and comes back.
	s.waitFor(t, "Review your answers.")
	s.waitFor(t, fmt.Sprintf("3. %s: %s.", q3.Title, q3.Options[0].Label))
	w.say("3", fmt.Sprintf("Question 3 of %d.", n), "Your answer now: "+q3.Options[0].Label+".")
	w.say("2", "Chose: "+q3.Options[1].Label+".", "Review your answers.", fmt.Sprintf("3. %s: %s.", q3.Title, q3.Options[1].Label))
	// q stops, and says in one line where the answers are and how to resume.
	w.say("q", fmt.Sprintf("Your %d answers are saved in %s; run certpath --accessible again to resume.", n, file))
	if code, _ := s.exit(t); code != 130 {
		t.Fatalf("q: exit status %d, want 130", code)
	}

	// Resumed: change one answer goes to the review.
	again := startSession(t, env, "--accessible")
	w = walker{t, again}
	again.waitFor(t, fmt.Sprintf("You have %d saved answers", n))
	again.waitFor(t, "2. Change one answer")
	w.say("2", "Review your answers.", fmt.Sprintf("3. %s: %s.", q3.Title, q3.Options[1].Label))
	w.say("4", fmt.Sprintf("Question 4 of %d.", n))
	w.say("2", "Chose: "+q4.Options[1].Label+".", fmt.Sprintf("4. %s: %s.", q4.Title, q4.Options[1].Label))
	w.say("", "Recommended path", "Your answers are saved in "+file, "Type w to try a what-if")
	// A what-if (issue 37): the postings' certifications, another value,
	// both paths, dropped; enter at the next offer finishes.
	pick := slices.Index(whatif.Questions(b), questions.QPostingCerts) + 1
	w.say("w", "What if: choose an answer to try another value.", fmt.Sprintf("%d. Certifications named: ", pick))
	w.say(fmt.Sprint(pick), "What if: Certifications named.")
	w.say("1 5", "Your path now", "With the change", "What changed", "2. Drop: ")
	w.say("2", "Dropped: Certifications named: ", "Type w to try another what-if")
	w.say("")
	code, out := again.exit(t)
	if code != 0 {
		t.Fatalf("the results: exit status %d, want 0", code)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("accessible mode wrote an escape sequence:\n%q", out)
	}
	if strings.Contains(out, fmt.Sprintf("Question 1 of %d.", n)) {
		t.Errorf("resuming to change one answer asked question 1:\n%s", out)
	}

	// ctrl+c says the same line.
	third := startSession(t, env, "--accessible")
	third.waitFor(t, "3. Start over")
	walker{t, third}.say("\x03", fmt.Sprintf("Your %d answers are saved in %s; run certpath --accessible again to resume.", n, file))
}
