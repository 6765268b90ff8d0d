package store

import (
	"bytes"
	"certpath/internal/testcheck"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"certpath/content"
	"certpath/postings"
	"certpath/questions"
)

var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func sample() questions.Answers {
	return questions.Answers{
		questions.QPostingFocus: {Choices: []string{"backlog"}},
		questions.QWeekTime:     {Allocation: map[string]int{"backlog": 60, "delivery": 40}},
		questions.QTeamEvents:   {Level: 3},
		questions.QPostingsText: {Postings: []postings.Text{{Name: "p.txt", Text: "Own the product backlog.\n"}}},
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	s := Open(filepath.Join(t.TempDir(), "certpath"))
	if err := s.Save(b, sample(), 1, now); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(s.Path())
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("saved file: %v, mode %v; want 0600", err, info.Mode().Perm())
	}
	l := s.Load(b, now)
	if len(l.Notes) != 0 || len(l.Answers) != 4 || !l.Saved.Equal(now) || l.Answers[questions.QTeamEvents].Level != 3 {
		t.Fatalf("loaded %+v", l)
	}
	if got := l.Answers[questions.QPostingsText].Postings; len(got) != 1 || got[0].Text != "Own the product backlog.\n" {
		t.Fatalf("postings must survive a restart: %+v", got)
	}
}

func TestOlderSaveIsSkipped(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	s := Open(t.TempDir())
	newer := sample()
	if err := s.Save(b, newer, 2, now); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(b, questions.Answers{}, 1, now); !errors.Is(err, ErrSuperseded) {
		t.Fatalf("a late save = %v, want ErrSuperseded", err)
	}
	if l := s.Load(b, now); len(l.Answers) != 4 {
		t.Fatalf("a save that arrived late overwrote a newer one: %d answers", len(l.Answers))
	}
}

func TestCorruptAndOutdatedFiles(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	for name, tt := range map[string]struct {
		data  string
		kept  int
		note  string
		aside bool
	}{
		"garbage":        {"\x00\x01not yaml: [", 0, "could not be read", true},
		"another format": {"version: 9\nanswers: {}\n", 0, "format version 9", true},
		"unknown field":  {"version: 1\nhacked: true\n", 0, "not a certpath state file", true},
		"older bank":     {"version: 1\nanswers:\n  week.org_safe: \"yes\"\n  week.mood: happy\n  week.agile_years: decades\n", 1, "2 saved answers no longer fit", false},
		"empty answers":  {"version: 1\n", 0, "", false},
		// An answers file copied where the state file goes is one format.
		"an answers file": {"# a person\npostings.focus: [backlog]\nweek.org_safe: \"yes\"\n", 2, "", false},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s := Open(dir)
			os.WriteFile(s.Path(), []byte(tt.data), 0o600)
			l := s.Load(b, now)
			if len(l.Answers) != tt.kept {
				t.Errorf("kept %d answers, want %d", len(l.Answers), tt.kept)
			}
			if tt.note != "" && (len(l.Notes) == 0 || !strings.Contains(l.Notes[0], tt.note)) {
				t.Errorf("notes = %v, want %q", l.Notes, tt.note)
			}
			entries, _ := os.ReadDir(dir)
			setAside := false
			for _, e := range entries {
				setAside = setAside || strings.Contains(e.Name(), ".unreadable-")
			}
			if setAside != tt.aside {
				t.Errorf("set aside = %v, want %v (%v)", setAside, tt.aside, entries)
			}
		})
	}
}

func TestDirFollowsXDG(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/tmp/xdg-state")
	if d, err := Dir(); err != nil || d != "/tmp/xdg-state/certpath" {
		t.Fatalf("Dir() = %q, %v", d, err)
	}
}

// TestDecodeRefusesAHugeMapping (issue 27): a state file of 100,000 keys
// took the YAML library most of a minute; it is refused with a message.
func TestDecodeRefusesAHugeMapping(t *testing.T) {
	t.Parallel()
	var doc strings.Builder
	doc.WriteString("version: 1\nanswers:\n")
	for i := range 100_000 {
		fmt.Fprintf(&doc, "  k%d: 1\n", i)
	}
	_, _, _, err := Decode(testBank(t), []byte(doc.String()))
	if err == nil || !strings.Contains(err.Error(), "not a certpath state file: the mapping at line 3 has 100000 keys") {
		t.Fatalf("Decode = %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzDecode.
	b := testBank(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		answers, _, _, err := Decode(b, data)
		if err != nil {
			return
		}
		for id, a := range answers {
			q, ok := b.Question(id)
			if !ok {
				t.Fatalf("kept an answer to unknown question %q", id)
			}
			if err := q.Check(a); err != nil {
				t.Fatalf("kept an invalid answer: %v", err)
			}
		}
	})
}

// testBank is the real question bank over the built-in content.
func testBank(t testing.TB) questions.Bank {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return questions.DefaultBank(lib.Catalog())
}

// TestSavesCoalesceAndWait is issue 15's second item: saves marshalled stale
// state, and quitting abandoned the one in flight.
func TestSavesCoalesceAndWait(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	s := Open(t.TempDir())
	now := testcheck.Today()
	var wg sync.WaitGroup
	for seq := uint64(1); seq <= 20; seq++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := questions.Answers{questions.QAgileMonths: {Choice: []string{"lt12", "12to23", "36to59", "60plus"}[seq%4]}}
			if seq == 20 {
				a[questions.QOrgSAFe] = questions.Answer{Choice: "yes"}
			}
			if err := s.Save(b, a, seq, now); err != nil && !errors.Is(err, ErrSuperseded) {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	saved, err := s.Wait(time.Second)
	if !saved || err != nil {
		t.Fatalf("Wait = %v, %v", saved, err)
	}
	if l := s.Load(b, now); l.Answers[questions.QOrgSAFe].Choice != "yes" {
		t.Fatalf("the newest save lost: %+v", l.Answers)
	}
}

func TestUnwritableStateIsToldAndWaitSaysSo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "answers.yaml"), 0o700) // a folder where the file should be
	s := Open(dir)
	err := s.Save(testBank(t), questions.Answers{questions.QOrgSAFe: {Choice: "yes"}}, 1, testcheck.Today())
	if err == nil {
		t.Fatal("saving over a folder must fail")
	}
	if !strings.HasPrefix(err.Error(), "could not replace "+s.Path()+": ") || strings.Contains(err.Error(), ".answers.yaml.") {
		t.Fatalf("the error must name the state file, not the temporary one: %v", err)
	}
	if saved, werr := s.Wait(time.Second); saved || werr == nil {
		t.Fatalf("Wait must say nothing is saved, got %v, %v", saved, werr)
	}
	if err := Open(filepath.Join(dir, "answers.yaml", "x")).Writable(); err != nil {
		t.Fatalf("a folder that can be made is writable: %v", err)
	}
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o500)
	if os.Geteuid() != 0 {
		if err := Open(filepath.Join(ro, "certpath")).Writable(); err == nil {
			t.Fatal("a read-only folder is not writable")
		}
	}
}

func TestSecondInstanceIsLockedOut(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := Open(dir).Lock(); err != nil {
		t.Fatal(err)
	}
	// flock locks belong to open file descriptions: a second open in the
	// same process conflicts as another process would.
	if err := Open(dir).Lock(); !errors.Is(err, ErrLocked) {
		t.Fatalf("a second lock = %v, want ErrLocked", err)
	}
	// F9: two instances started in the same second get a session file
	// each, and neither overwrites the other's answers.
	at := time.Date(2026, 11, 23, 1, 2, 3, 0, time.UTC)
	b := testBank(t)
	var paths []string
	for i, choice := range []string{"backlog", "stakeholders"} {
		session, err := OpenSession(dir, at)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(filepath.Base(session.Path()), "answers-20261123-010203-") {
			t.Fatalf("session file %s", session.Path())
		}
		a := questions.Answers{questions.QPostingFocus: {Choices: []string{choice}}}
		if err := session.Save(b, a, uint64(i+1), at); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, session.Path())
	}
	if paths[0] == paths[1] {
		t.Fatalf("both instances keep their answers in %s", paths[0])
	}
	for i, want := range []string{"backlog", "stakeholders"} {
		data, err := os.ReadFile(paths[i])
		if err != nil || !strings.Contains(string(data), want) {
			t.Fatalf("%s lost its answers: %s %v", paths[i], data, err)
		}
	}
}

func TestStateFileThatIsNotAFileIsNotRead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "answers.yaml"), 0o600); err != nil {
		t.Skip("no FIFOs")
	}
	l := Open(dir).Load(testBank(t), testcheck.Today())
	if len(l.Answers) != 0 || len(l.Notes) != 1 || !strings.Contains(l.Notes[0], "not a regular file") || !l.Unusable {
		t.Fatalf("a FIFO as the state file: %+v", l)
	}
	big := t.TempDir()
	os.WriteFile(filepath.Join(big, "answers.yaml"), bytes.Repeat([]byte("#"), MaxStateBytes+1), 0o600)
	l = Open(big).Load(testBank(t), testcheck.Today())
	if len(l.Answers) != 0 || len(l.Notes) != 1 || !strings.Contains(l.Notes[0], "set aside") {
		t.Fatalf("an oversized state file: %+v", l)
	}
}

func TestRelativeXDGIsIgnored(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "relative/state")
	t.Setenv("HOME", "/home/someone")
	if d, err := Dir(); err != nil || d != "/home/someone/.local/state/certpath" {
		t.Fatalf("Dir() = %q, %v", d, err)
	}
}

// A name given to the store is saved with the answers, read back by Load
// and by the answers-file reader (certpath team names the person by it),
// and kept when the file is set aside for another session.
func TestNameIsSavedWithTheAnswers(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	s := Open(filepath.Join(t.TempDir(), "certpath"))
	s.SetName("Priya Raman")
	if err := s.Save(b, sample(), 1, now); err != nil {
		t.Fatal(err)
	}
	if l := s.Load(b, now); l.Name != "Priya Raman" || len(l.Answers) != 4 {
		t.Fatalf("loaded %+v, want the name Priya Raman and 4 answers", l)
	}
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "name: Priya Raman") {
		t.Errorf("the saved file names no one:\n%s", data)
	}
	s.SetName("")
	if err := s.Save(b, sample(), 2, now); err != nil {
		t.Fatal(err)
	}
	if l := s.Load(b, now); l.Name != "" {
		t.Errorf("a name taken away is still saved: %q", l.Name)
	}
}
