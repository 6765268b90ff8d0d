package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"certpath/store"
	"certpath/words"
)

// N6: certpath A holds the usual file; B starts beside it, answers 3
// questions in its session file and ends; A saves later and ends. The next
// start offers A's newer answers and names B's with their count, date and
// the command that resumes them; --resume offers B's and keeps A's aside,
// named the same way; --fresh deletes neither, for neither was offered.
func TestEveryEndedSessionIsOfferedOrNamed(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	middle := earlier.Add(time.Hour)
	a := holder(t, dir)
	if err := a.Save(b, answered(b, 1), 1, earlier); err != nil {
		t.Fatal(err)
	}
	second, _, err := openState(b, store.Choice{})
	if err != nil || second == nil || !second.Session() {
		t.Fatalf("the second instance got %v, %v", second, err)
	}
	if err := second.Save(b, answered(b, 3), 1, middle); err != nil {
		t.Fatal(err)
	}
	bPath := second.Path()
	second.Close()
	if err := a.Save(b, answered(b, 2), 2, later); err != nil {
		t.Fatal(err)
	}
	a.Close()

	next, l, err := openState(b, store.Choice{})
	if err != nil || next == nil {
		t.Fatal(err)
	}
	if len(l.Answers) != 2 || !namedIn(l, 3, middle, bPath) {
		t.Fatalf("the next start offers %d answers (want A's 2) and notes %q (want B's 3 named)", len(l.Answers), l.Notes)
	}
	next.Close()
	aside := resumeOffersB(t, dir, bPath, middle)
	fresh, l, err := openState(b, store.Choice{Fresh: true})
	if err != nil || fresh == nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if len(l.Answers) != 0 || !namedIn(l, 2, later, filepath.Join(dir, aside)) {
		t.Fatalf("--fresh offers %d answers, notes %q; want none offered and A's 2 named", len(l.Answers), l.Notes)
	}
	if _, err := os.Stat(filepath.Join(dir, aside)); err != nil {
		t.Fatalf("--fresh deleted answers it never offered: %v", err)
	}
}

// namedIn reports whether a start's notes name a set of n answers saved at
// when, kept in path, with the command that resumes it.
func namedIn(l store.Loaded, n int, when time.Time, path string) bool {
	notes := strings.Join(l.Notes, "\n")
	return strings.Contains(notes, words.Count(n, "answer")+" from "+when.Local().Format("2 Jan 2006 15:04")+" ") &&
		strings.Contains(notes, path) && strings.Contains(notes, "\n    certpath --resume "+filepath.Base(path))
}

// resumeOffersB resumes B's set and checks that it is offered, with A's
// named aside; it returns the name of A's set-aside file.
func resumeOffersB(t *testing.T, dir, bPath string, saved time.Time) string {
	t.Helper()
	b := stateBank(t)
	name, err := store.CheckResume(dir, bPath)
	if err != nil || name != filepath.Base(bPath) {
		t.Fatalf("CheckResume(%s) = %q, %v", bPath, name, err)
	}
	resumed, l, err := openState(b, store.Choice{Resume: name})
	if err != nil || resumed == nil {
		t.Fatal(err)
	}
	defer resumed.Close()
	if len(l.Answers) != 3 || !l.Saved.Equal(saved) {
		t.Fatalf("--resume offers %d answers saved %v, want B's 3", len(l.Answers), l.Saved)
	}
	for _, note := range l.Notes {
		if strings.HasPrefix(note, "Your earlier 2 answers from ") {
			return strings.Fields(note[strings.Index(note, "--resume "):])[1]
		}
	}
	t.Fatalf("A's answers are not named after --resume: %q", l.Notes)
	return ""
}

// N6: --resume names an ended session's file; anything else is one line
// saying what would be accepted, before any screen opens.
func TestResumeNamesAnEndedSession(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	running, _, err := openState(b, store.Choice{})
	if err != nil || running == nil {
		t.Fatal(err)
	}
	defer running.Close()
	if err := running.Save(b, answered(b, 1), 1, earlier); err != nil {
		t.Fatal(err)
	}
	session, _, err := openState(b, store.Choice{})
	if err != nil || session == nil || !session.Session() {
		t.Fatal(err)
	}
	defer session.Close()
	if err := session.Save(b, answered(b, 2), 1, earlier); err != nil {
		t.Fatal(err)
	}
	for arg, want := range map[string]string{
		"answers-nope.yaml":           "there is no such file",
		running.Path():                "is not answers another certpath kept",
		"../examples/answers.yaml":    "is not answers another certpath kept",
		filepath.Base(session.Path()): "still running",
	} {
		if _, err := store.CheckResume(dir, arg); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--resume %s: %v; want %q", arg, err, want)
		}
	}
	code, out, errOut := runCLI(t, "--accessible", "--resume", "answers-nope.yaml")
	if code != ExitUsage || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "no such file") {
		t.Errorf("--resume of no file: status %d, %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "--accessible", "--fresh", "--resume", "x.yaml"); code != ExitUsage || !strings.Contains(errOut, "do not go together") {
		t.Errorf("--fresh --resume: status %d, %q", code, errOut)
	}
}
