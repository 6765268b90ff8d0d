package store

import (
	"os"
	"path/filepath"
	"strings"
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
	b := testBank(t)
	s := Open(t.TempDir())
	newer := sample()
	if err := s.Save(b, newer, 2, now); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(b, questions.Answers{}, 1, now); err != nil {
		t.Fatal(err)
	}
	if l := s.Load(b, now); len(l.Answers) != 4 {
		t.Fatalf("a save that arrived late overwrote a newer one: %d answers", len(l.Answers))
	}
}

func TestCorruptAndOutdatedFiles(t *testing.T) {
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
	lib, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return questions.DefaultBank(lib.Catalog())
}
