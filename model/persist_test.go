package model

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"certpath/model/store"
	"certpath/questions"
)

// memSaver records saves instead of writing files.
type memSaver struct {
	mu    sync.Mutex
	saves []questions.Answers
}

func (s *memSaver) Save(_ questions.Bank, a questions.Answers, _ uint64, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saves = append(s.saves, a.Clone())
	return nil
}

func (s *memSaver) Path() string { return "/state/certpath/answers.yaml" }

func TestEveryAnswerIsSavedAtOnce(t *testing.T) {
	saver := &memSaver{}
	m := newModelWith(t, 80, 24, Options{Store: saver})
	m = press(t, m, "enter", "space", "enter", "space", "enter", "down", "enter")
	if len(saver.saves) != 3 || len(saver.saves[2]) != 3 {
		t.Fatalf("want a save after each of 3 answers, got %d saves", len(saver.saves))
	}
	m = press(t, m, "q")
	mustContain(t, m, "They are saved in", "/state/certpath/answers.yaml", "offers to resume")
}

func TestWelcomeOffersToResume(t *testing.T) {
	saved := questions.Answers{
		questions.QPostingFocus: {Choices: []string{"backlog"}},
		questions.QPostingCerts: {Choices: []string{"popm"}},
	}
	when := time.Date(2026, 11, 20, 9, 30, 0, 0, time.Local)
	opts := Options{Store: &memSaver{}, Resume: store.Loaded{Answers: saved, Saved: when, Notes: []string{"1 saved answer(s) no longer fit the questions and were dropped; the other 2 were kept."}}}
	m := newModelWith(t, 80, 24, opts)
	mustContain(t, m, "You have 2 saved answer(s) from 20 Nov 2026 09:30", "enter resume", "n start over", "no longer fit")
	resumed := press(t, m, "enter")
	if resumed.screen != questionScreen || resumed.bank.Questions[resumed.index].ID != questions.QPostingSAFe {
		t.Fatalf("resume should open the first unanswered question, got screen %d question %d", resumed.screen, resumed.index)
	}
	back := press(t, resumed, "esc")
	mustContain(t, back, "[x] SAFe POPM")

	fresh := press(t, m, "n")
	if len(fresh.answers) != 0 || fresh.index != 0 || fresh.screen != questionScreen {
		t.Fatal("n should start over with no answers")
	}
	if saves := opts.Store.(*memSaver).saves; len(saves) != 1 || len(saves[0]) != 0 {
		t.Fatalf("starting over should save the empty state at once, saves = %v", saves)
	}
}

func TestExportResults(t *testing.T) {
	dir := t.TempDir()
	clock := func() time.Time { return time.Date(2026, 11, 22, 14, 5, 0, 0, time.UTC) }
	m := answerAll(t, newModelWith(t, 80, 24, Options{ExportDir: dir, Now: clock}))
	m = press(t, m, "enter", "s")
	path := filepath.Join(dir, "certpath-results-2026-11-22-1405.md")
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "# Recommended path") {
		t.Fatalf("export: %v", err)
	}
	if m.note != "Results saved to "+path {
		t.Fatalf("note = %q", m.note)
	}
	mustContain(t, m, "Results saved to")
}

func TestAbortedOrDone(t *testing.T) {
	m := newTestModel(t, 80, 24)
	if next, _ := m.Update(keyMsg("q")); next.(Model).Aborted() {
		t.Error("q on the welcome screen with nothing answered is not an abort")
	}
	if next, _ := m.Update(keyMsg("ctrl+c")); !next.(Model).Aborted() {
		t.Error("ctrl+c is an abort")
	}
	q := press(t, m, "enter", "space", "enter", "q", "y")
	if !q.Aborted() {
		t.Error("quitting in the middle of the quiz is an abort")
	}
	done := press(t, answerAll(t, newTestModel(t, 80, 24)), "enter")
	if next, _ := done.Update(keyMsg("q")); next.(Model).Aborted() {
		t.Error("q on the results is done, not aborted")
	}
	if next, _ := m.Update(InterruptMsg{}); !next.(Model).Aborted() {
		t.Error("a signal is an abort")
	}
}
