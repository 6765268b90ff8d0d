package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/store"
)

func stateBank(t *testing.T) questions.Bank {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return questions.DefaultBank(lib.Catalog())
}

// stateDir points XDG_STATE_HOME at a new folder and returns certpath's
// state folder in it.
func stateDir(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("XDG_STATE_HOME", home)
	return filepath.Join(home, "certpath")
}

var (
	earlier = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	later   = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
)

// answered is the first n questions' answers, each question's first
// option.
func answered(b questions.Bank, n int) questions.Answers {
	a := questions.Answers{}
	for _, q := range b.Questions {
		if len(a) == n {
			break
		}
		switch q.Kind.Name() {
		case "single":
			a[q.ID] = questions.Answer{Choice: q.Options[0].ID}
		case "multi":
			a[q.ID] = questions.Answer{Choices: []string{q.Options[0].ID}}
		}
	}
	return a
}

// holder is another certpath holding the usual file, as a second open file
// description's flock is.
func holder(t *testing.T, dir string) *store.Store {
	t.Helper()
	s := store.Open(dir)
	if err := s.Lock(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// F21: the answers a second certpath kept in its session file are offered
// at the next start, as its exit message promised.
func TestSessionAnswersAreResumed(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	a := holder(t, dir)
	if err := a.Save(b, answered(b, 1), 1, earlier); err != nil {
		t.Fatal(err)
	}
	second, _, err := openState(b, store.Choice{})
	if err != nil || second == nil || second.Path() == a.Path() {
		t.Fatalf("the second instance got %v, %v", second, err)
	}
	if err := second.Save(b, answered(b, 4), 1, later); err != nil {
		t.Fatal(err)
	}
	sessionPath := second.Path()
	second.Close()
	a.Close()

	next, l, err := openState(b, store.Choice{})
	if err != nil || next == nil {
		t.Fatal(err)
	}
	defer next.Close()
	if len(l.Answers) != 4 || !l.Saved.Equal(later) {
		t.Fatalf("the next start offers %d answers saved %v, want the session's 4: notes %q", len(l.Answers), l.Saved, l.Notes)
	}
	if !strings.Contains(strings.Join(l.Notes, " "), sessionPath) {
		t.Errorf("the notes do not say where the answers came from: %q", l.Notes)
	}
	// The earlier answers are kept, not lost.
	kept := 0
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "answers-") && strings.HasSuffix(e.Name(), ".yaml") {
			data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			if _, _, _, err := store.Decode(b, data); err == nil {
				kept++
			}
		}
	}
	if kept != 1 {
		t.Errorf("the earlier answers.yaml is not kept aside: %v", entries)
	}
	// A session still running is never taken.
	third, _, _ := openState(b, store.Choice{}) // a session: next holds the lock
	if err := third.Save(b, answered(b, 5), 1, later.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	next.Close()
	fourth, l, _ := openState(b, store.Choice{})
	defer fourth.Close()
	if len(l.Answers) != 4 {
		t.Fatalf("a running session's answers were taken: %d answers", len(l.Answers))
	}
	if _, err := os.Stat(third.Path()); err != nil {
		t.Fatalf("a running session's file is gone: %v", err)
	}
}

// F22: --fresh while another certpath runs offers nothing saved, and
// leaves the other's file alone.
func TestFreshWhileAnotherRuns(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	a := holder(t, dir)
	if err := a.Save(b, answered(b, 3), 1, earlier); err != nil {
		t.Fatal(err)
	}
	s, l, err := openState(b, store.Choice{Fresh: true})
	if err != nil {
		t.Fatal(err)
	}
	if s != nil {
		defer s.Close()
	}
	if len(l.Answers) != 0 {
		t.Fatalf("--fresh offered %d saved answers", len(l.Answers))
	}
	if _, err := os.Stat(a.Path()); err != nil {
		t.Fatalf("the other certpath's answers are gone: %v", err)
	}
}

// F22: a state folder that takes no file still offers the answers it
// holds. Root writes any folder, so the folder's refusal is stood in.
func TestReadOnlyStateFolderOffersAnswers(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	s := store.Open(dir)
	if err := s.Save(b, answered(b, 3), 1, earlier); err != nil {
		t.Fatal(err)
	}
	was := stateWritable
	stateWritable = func(*store.Store) error { return &os.PathError{Op: "open", Path: dir, Err: syscall.EROFS} }
	defer func() { stateWritable = was }()
	got, l, err := openState(b, store.Choice{})
	if err != nil || got != nil {
		t.Fatalf("a read-only folder: store %v, %v", got, err)
	}
	if len(l.Answers) != 3 {
		t.Fatalf("offered %d answers, want the 3 saved; notes %q", len(l.Answers), l.Notes)
	}
	if !strings.Contains(strings.Join(l.Notes, " "), "kept only while it runs") {
		t.Errorf("notes %q", l.Notes)
	}
	if _, l, _ := openState(b, store.Choice{Fresh: true}); len(l.Answers) != 0 {
		t.Errorf("--fresh offered %d answers", len(l.Answers))
	}
}

// F18: a symlinked answers.lock is never followed out of the state folder.
func TestSymlinkedLockIsNotFollowed(t *testing.T) {
	b := stateBank(t)
	dir := stateDir(t)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "created-by-lock")
	if err := os.Symlink(outside, filepath.Join(dir, "answers.lock")); err != nil {
		t.Fatal(err)
	}
	s, l, err := openState(b, store.Choice{})
	if s != nil {
		s.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(outside); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the lock's symlink target was created: %v", err)
	}
	if s != nil || !strings.Contains(strings.Join(l.Notes, " "), "symlink") {
		t.Fatalf("want no store and a note naming the symlink, got %v %q", s, l.Notes)
	}
}
