package model

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/whatif"
)

// tryKeys are the keys that open the what-if view on the results,
// choose question id in its list and move its widget from one option to
// another, by ID (toggling it, in a multiple choice), then show both paths.
func tryKeys(t testing.TB, id, from, to string) []string {
	t.Helper()
	i := slices.Index(whatif.Questions(testBank(t)), id)
	if i < 0 {
		t.Fatalf("the what-if list has no %s", id)
	}
	keys := []string{"w"}
	for range i {
		keys = append(keys, "down")
	}
	keys = append(keys, "enter")
	keys = append(keys, toOption(t, id, from, to)...)
	if q, _ := testBank(t).Question(id); q.Kind.Name() == (questions.MultiChoice{}).Name() {
		keys = append(keys, "space")
	}
	return append(keys, "enter")
}

// TestWhatIfKeepAndDrop: on the results, w lists the answers with their
// values; trying another value shows both paths with what came and went
// in words; esc drops it (nothing saved), enter keeps it (saved, and the
// results show the new path).
func TestWhatIfKeepAndDrop(t *testing.T) {
	t.Parallel()
	saver := &memSaver{}
	m := toResults(t, 80, 24, Options{Store: saver})
	mustContain(t, m, "w what if")
	m = press(t, m, "w")
	mustContain(t, m, "SAFe where you work", "Yes, we run Agile Release Trains")
	m = press(t, m, "esc")
	m = press(t, m, tryKeys(t, questions.QHeldCerts, questions.NoneID, "leading-safe")...)
	mustContain(t, m, "Your path now", "With the change", "Went: Leading SAFe", "Moved: POPM, from step 2 to step 1")
	// Each step is marked in words beside it, not by colour alone.
	for _, mark := range []string{`Leading SAFe · now · [\x{a0} ]*went`, `POPM · now · [\x{a0} ]*moved`} {
		if !regexp.MustCompile(mark).MatchString(visible(m)) {
			t.Errorf("no %q:\n%s", mark, visible(m))
		}
	}
	saves := saver.count()
	m = press(t, m, "esc")
	mustContain(t, m, "Choose an answer")
	if got := m.c.answers[questions.QHeldCerts].Choices; !slices.Equal(got, []string{questions.NoneID}) || saver.count() != saves {
		t.Fatalf("dropping the change changed the answer (%v) or saved", got)
	}
	m = press(t, m, "esc")
	m = press(t, m, tryKeys(t, questions.QHeldCerts, questions.NoneID, "leading-safe")...)
	m = press(t, m, "enter")
	mustContain(t, m, "Recommended path", "Kept: Certifications you hold: Leading SAFe")
	if got := m.c.answers[questions.QHeldCerts].Choices; !slices.Equal(got, []string{"leading-safe"}) || saver.count() == saves {
		t.Fatalf("keeping the change did not commit and save it: %v", got)
	}
	if strings.Contains(body(m)[2], "Leading SAFe") {
		t.Errorf("the results still start with Leading SAFe:\n%s", visible(m))
	}
}

// TestWhatIfSameAnswerSaysSo: trying the answer already given compares
// nothing: the question stays, and says so.
func TestWhatIfSameAnswerSaysSo(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	i := slices.Index(whatif.Questions(testBank(t)), questions.QHeldCerts)
	keys := []string{"w"}
	for range i {
		keys = append(keys, "down")
	}
	m = press(t, m, append(keys, "enter", "enter")...)
	mustContain(t, m, "That is your answer already")
	mustNotContain(t, m, "Your path now")
}

// TestWhatIfEndToEnd drives the real program with teatest: results, w,
// an answer and an option picked by ID, both paths, keep.
func TestWhatIfEndToEnd(t *testing.T) {
	t.Parallel()
	lib := testLib(t)
	bank := questions.DefaultBank(lib.Catalog())
	m, err := New(bank, lib, Options{Now: testcheck.Today, Store: &memSaver{}})
	if err != nil {
		t.Fatal(err)
	}
	m = answerAll(t, m)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor, keys := drive(t, tm)
	keys("enter")
	waitFor("fits your answers")
	keys(tryKeys(t, questions.QAgileMonths, "lt12", "36to59")...)
	waitFor("With the change")
	keys("enter")
	waitFor("Kept: Months in agile roles")
	keys("q", "y")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(hangGuard(t))).(*Model)
	if got := final.Answers()[questions.QAgileMonths].Choice; got != "36to59" {
		t.Fatalf("months in agile roles = %q after keeping 36to59", got)
	}
	if !strings.Contains(visible(final), "Recommended path") {
		t.Fatalf("keeping should end on the results:\n%s", visible(final))
	}
}

// count is how many saves were made.
func (s *memSaver) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.saves)
}

// drive is the two things a teatest flow does: wait until the screen
// shows a pattern, and press keys in order.
func drive(t *testing.T, tm *teatest.TestModel) (waitFor func(pattern string), keys func(names ...string)) {
	waitFor = func(pattern string) {
		t.Helper()
		re := regexp.MustCompile(pattern)
		teatest.WaitFor(t, tm.Output(), re.Match, teatest.WithDuration(hangGuard(t)), teatest.WithCheckInterval(10*time.Millisecond))
	}
	keys = func(names ...string) {
		for _, n := range names {
			tm.Send(keyMsg(n))
		}
	}
	return waitFor, keys
}
