package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"certpath/planner"
	"certpath/questions"
	"certpath/report"
	"certpath/store"

	"github.com/charmbracelet/x/ansi"
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
	t.Parallel()
	saver := &memSaver{}
	m := newModelWith(t, 80, 24, Options{Store: saver})
	m = answerFirstThree(t, m)
	if len(saver.saves) != 3 || len(saver.saves[2]) != 3 {
		t.Fatalf("want a save after each of 3 answers, got %d saves", len(saver.saves))
	}
	m = press(t, m, "q")
	mustContain(t, m, "They are saved in", "/state/certpath/answers.yaml", "offers to resume")
}

func TestWelcomeOffersToResume(t *testing.T) {
	t.Parallel()
	saved := questions.Answers{
		questions.QPostingFocus: {Choices: []string{"backlog"}},
		questions.QPostingCerts: {Choices: []string{"popm"}},
	}
	when := time.Date(2026, 11, 20, 9, 30, 0, 0, time.Local)
	opts := func(s *memSaver) Options {
		return Options{Store: s, Resume: store.Loaded{Answers: saved, Saved: when, Notes: []string{"1 saved answer no longer fits the questions and was dropped; 2 other answers were kept."}}}
	}
	m := newModelWith(t, 80, 24, opts(&memSaver{}))
	mustContain(t, m, "You have 2 saved answers from 20 Nov 2026 09:30", "enter resume", "n start over", "no longer fit")
	resumed := press(t, m, "enter")
	mustContain(t, resumed, "Question 3 of", "Do the postings mention SAFe or an Agile Release Train?")
	back := press(t, resumed, "esc")
	mustContain(t, back, "[x] SAFe Product Owner/Product Manager (POPM)")

	saver := &memSaver{}
	asked := press(t, newModelWith(t, 80, 24, opts(saver)), "n")
	mustContain(t, asked, "Start over? This deletes your 2 saved answers", "y delete and start over", "n keep them")
	kept := press(t, asked, "n")
	mustContain(t, kept, "You have 2 saved answers")
	if len(saver.saves) != 0 {
		t.Fatal("n then n must keep the saved answers")
	}
	fresh := press(t, kept, "n", "y")
	mustContain(t, fresh, "Question 1 of")
	if len(fresh.Answers()) != 0 {
		t.Fatal("n should start over with no answers")
	}
	if len(saver.saves) != 1 || len(saver.saves[0]) != 0 {
		t.Fatalf("starting over should save the empty state at once, saves = %v", saver.saves)
	}
}

func TestResumeWithEveryAnswerOpensTheReview(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	m := press(t, newModelWith(t, 80, 24, Options{Resume: store.Loaded{Answers: sampleAnswers(bank)}}), "enter")
	mustContain(t, m, "Review your answers", "> → See my recommended path")
	m = press(t, m, "esc")
	mustContain(t, m, fmt.Sprintf("Question %d of", len(bank.Questions)))
}

func TestExportResults(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	clock := func() time.Time { return time.Date(2026, 11, 22, 14, 5, 0, 0, time.UTC) }
	m := toResults(t, 120, 24, Options{ExportDir: dir, Now: clock})
	m = press(t, m, "s")
	mustContain(t, m, "Save the results", "Save to: "+filepath.Join(dir, "certpath-results-2026-11-22.md"))
	m = press(t, m, "enter")
	path := filepath.Join(dir, "certpath-results-2026-11-22.md")
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "# Recommended path") {
		t.Fatalf("export: %v", err)
	}
	doc := string(data)
	// The export is the quiz's markdown result with --details, so every
	// check of that result (no unconfirmed figure read as fact, in cli's
	// walk over the table people) holds for exports too.
	if want := report.Details(m.c.lib, m.c.bank, m.c.answers, planner.Evaluate(m.c.bank, m.c.answers)); doc != want {
		t.Errorf("the export is not the markdown result:\n%s\nwant:\n%s", doc, want)
	}
	i := strings.LastIndex(doc, "\n## Sources\n")
	if i < 0 {
		t.Fatalf("the export has no Sources section:\n%s", doc)
	}
	for _, m := range regexp.MustCompile(`\[(S\d+),`).FindAllStringSubmatch(doc[:i], -1) {
		if !strings.Contains(doc[i:], "- ["+m[1]+"] ") {
			t.Errorf("the export cites %s but does not list it under Sources", m[1])
		}
	}
	mustContain(t, m, "Results saved to "+path)
}

func TestAbortedOrDone(t *testing.T) {
	t.Parallel()
	fresh := func() *Model { return newTestModel(t, 80, 24) }
	if next, _ := fresh().Update(keyMsg("q")); next.(*Model).Aborted() {
		t.Error("q on the welcome screen with nothing answered is not an abort")
	}
	if next, _ := fresh().Update(keyMsg("ctrl+c")); !next.(*Model).Aborted() {
		t.Error("ctrl+c is an abort")
	}
	q := press(t, fresh(), "enter", "space", "enter", "q", "y")
	if !q.Aborted() {
		t.Error("quitting in the middle of the quiz is an abort")
	}
	done := toResults(t, 80, 24, Options{})
	if next, _ := done.Update(keyMsg("q")); next.(*Model).Aborted() {
		t.Error("q on the results is done, not aborted")
	}
	if next, _ := fresh().Update(InterruptMsg{}); !next.(*Model).Aborted() {
		t.Error("a signal is an abort")
	}
	// Back from the results to the review, then q and y: the results were
	// seen and every answer is kept, so nothing was left undone (the README's
	// exit 130 is for leaving before the results). ctrl+c stays an abort.
	for keys, aborted := range map[[2]string]bool{{"q", "y"}: false, {"ctrl+c", "ctrl+c"}: true} {
		m := press(t, toResults(t, 80, 24, Options{}), "esc")
		if _, ok := m.top().(*reviewScreen); !ok {
			t.Fatalf("esc on the results should open the review; the top is %T", m.top())
		}
		if m = press(t, m, keys[0], keys[1]); m.Aborted() != aborted {
			t.Errorf("%s then %s on the review after the results: aborted %v, want %v", keys[0], keys[1], m.Aborted(), aborted)
		}
	}
}

// TestSavingTwiceMakesTwoFiles is issue 14's second defect: a second save in
// the same minute replaced the first without a word.
func TestSavingTwiceMakesTwoFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	clock := func() time.Time { return time.Date(2026, 11, 22, 14, 5, 0, 0, time.UTC) }
	m := toResults(t, 120, 24, Options{ExportDir: dir, Now: clock})
	m = press(t, m, "s", "enter")
	first := filepath.Join(dir, "certpath-results-2026-11-22.md")
	mustContain(t, m, "Results saved to "+first)
	m = press(t, m, "s", "enter")
	second := filepath.Join(dir, "certpath-results-2026-11-22-2.md")
	mustContain(t, m, "Results saved to "+second, "was taken")
	for _, p := range []string{first, second} {
		if data, err := os.ReadFile(p); err != nil || !strings.HasPrefix(string(data), "# Recommended path") {
			t.Fatalf("%s: %v", p, err)
		}
	}
	// Another folder, typed in, is offered again next time.
	other := t.TempDir()
	m = press(t, m, "s")
	for range 80 {
		m = press(t, m, "backspace")
	}
	m = typeText(t, m, filepath.Join(other, "mine.md"))
	m = press(t, m, "enter")
	mustContain(t, m, "Results saved to "+filepath.Join(other, "mine.md"))
	m = press(t, m, "s")
	mustContain(t, m, "Save to: "+filepath.Join(other, "certpath-results-2026-11-22.md"))
	m = press(t, m, "esc")
	mustContain(t, m, "Recommended path")
}

// failingSaver fails every save, as a folder where the state file should be
// does.
type failingSaver struct{}

func (failingSaver) Save(questions.Bank, questions.Answers, uint64, time.Time) error {
	return errors.New("open /state/certpath/answers.yaml: is a directory")
}
func (failingSaver) Path() string { return "/state/certpath/answers.yaml" }

// TestQuitSaysOnlyWhatIsSaved is issue 15's second item: the quit dialog said
// the answers were saved when nothing was written.
func TestQuitSaysOnlyWhatIsSaved(t *testing.T) {
	t.Parallel()
	m := newModelWith(t, 80, 24, Options{Store: failingSaver{}})
	m = press(t, m, "enter", "space", "enter")
	mustContain(t, m, "Could not save your answers (open /state/certpath/answers.yaml: is a directory)")
	m = press(t, m, "q")
	mustContain(t, m, "It could not be saved", "quitting now discards it.")
	mustNotContain(t, m, "They are saved in")

	// A save still on its way is not claimed either.
	p := newModelWith(t, 80, 24, Options{Store: &memSaver{}})
	p = press(t, p, "enter")
	next, _ := p.Update(keyMsg("space"))
	next, _ = next.(*Model).Update(keyMsg("enter")) // the save command is not run
	p = press(t, next.(*Model), "q")
	mustContain(t, p, "They are being saved in", "waits for that before it quits")
}

// flakySaver fails the saves that fail says should, and records the others.
type flakySaver struct {
	memSaver
	n          int
	fail       func(n int) bool
	superseded func(n int) bool
}

func (s *flakySaver) Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error {
	s.n++
	if s.superseded != nil && s.superseded(s.n) {
		return store.ErrSuperseded
	}
	if s.fail(s.n) {
		return errors.New("yaml: line 5: did not find expected key")
	}
	return s.memSaver.Save(b, a, seq, now)
}

// TestFailedSaveShowsUntilOneWorks is issue 23's first item: the failure
// went with the screen it was shown on, and stayed after a save worked.
func TestFailedSaveShowsUntilOneWorks(t *testing.T) {
	t.Parallel()
	failing := true
	saver := &flakySaver{fail: func(int) bool { return failing }}
	m := newModelWith(t, 80, 24, Options{Store: saver})
	m = press(t, m, "enter", "space", "enter")
	const shown = "Could not save your answers (yaml: line 5: did not find expected key)"
	mustContain(t, m, shown, "Question 2 of")
	// Going back and forth saves nothing: the failure is still the news.
	m = press(t, m, "esc")
	mustContain(t, m, shown, "Question 1 of")
	m = press(t, m, "enter")
	mustContain(t, m, shown, "Question 2 of")
	failing = false
	m = press(t, m, "space", "enter")
	mustContain(t, m, "Question 3 of")
	mustNotContain(t, m, "Could not save")
	if len(saver.saves) == 0 || len(saver.saves[len(saver.saves)-1]) != 2 {
		t.Fatalf("the save that worked holds %v", saver.saves)
	}
}

// TestQuitSaysWhatIsNotSaved is issue 23's first item: the quit prompt said
// nothing was saved when only the answers after a failure were lost.
func TestQuitSaysWhatIsNotSaved(t *testing.T) {
	t.Parallel()
	saver := &flakySaver{fail: func(n int) bool { return n > 2 }}
	m := newModelWith(t, 100, 30, Options{Store: saver})
	m = answerFirstThree(t, m)
	bank := testBank(t)
	third := bank.Questions[2]
	mustContain(t, m, "Could not save your answers")
	m = press(t, m, "q")
	mustContain(t, m, "1 answer could not be", "saved: "+strings.Fields(third.Title)[0], "Quitting now discards it.", "other 2 answers are saved in", "/state/certpath/answers.yaml", "offers to resume")
	mustNotContain(t, m, "None of them")
}

// TestSummaryHintNamesTheStateFile is issue 23's fourth item: the hint after
// --print named an answers FILE, and the state file did not work as one.
func TestSummaryHintNamesTheStateFile(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{Store: &memSaver{}})
	text, ok := m.Summary()
	if !ok || !strings.Contains(text, "Your answers are saved in /state/certpath/answers.yaml") || !strings.Contains(text, "certpath quiz --details --answers /state/certpath/answers.yaml, or s on the results screen.") {
		t.Fatalf("summary:\n%s", text)
	}
	failed := toResults(t, 80, 24, Options{Store: failingSaver{}})
	text, _ = failed.Summary()
	if strings.Contains(text, "saved in") || !strings.Contains(text, "certpath quiz --details --answers FILE") {
		t.Fatalf("with every save failed, the summary:\n%s", text)
	}
	if got := shellQuote("/home/a b/it's.yaml"); got != `'/home/a b/it'\''s.yaml'` {
		t.Fatalf("shellQuote = %s", got)
	}
}

// TestSupersededSaveIsNotClaimed: a save a newer one took the place of never
// reached the disk, so when the newer one fails, both answers are lost.
func TestSupersededSaveIsNotClaimed(t *testing.T) {
	t.Parallel()
	saver := &flakySaver{fail: func(n int) bool { return n > 2 }, superseded: func(n int) bool { return n == 2 }}
	m := newModelWith(t, 100, 30, Options{Store: saver})
	m = answerFirstThree(t, m)
	m = press(t, m, "q")
	mustContain(t, m, "2 answers could not be", "saved: Certifications named, SAFe in the postings.", "The other answer is saved in", "resume from it next time")
}

// longPathSaver keeps answers in a folder whose path is wider than a small
// window.
type longPathSaver struct{ memSaver }

func (s *longPathSaver) Path() string {
	return "/srv/a-rather-long-home-folder/someone/.local/state/certpath/answers.yaml"
}

// TestQuitPromptShowsTheWholePath: at 40 columns the saved file's path is
// broken after a / onto more lines, never cut at the window's edge.
func TestQuitPromptShowsTheWholePath(t *testing.T) {
	t.Parallel()
	s := &longPathSaver{}
	m := newModelWith(t, 40, 12, Options{Store: s})
	m = press(t, m, "enter", "space", "enter", "q")
	view := ansi.Strip(m.View().Content)
	joined := strings.ReplaceAll(view, "\n", "")
	if !strings.Contains(joined, s.Path()) {
		t.Fatalf("the quit prompt cuts the path %s:\n%s", s.Path(), view)
	}
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) > 40 {
			t.Fatalf("a line is wider than the window: %q", l)
		}
	}
}

// TestResumeOpensAnOptionalQuestionLeftOpen: a person who reached the
// postings step and left before reading the paste resumes there, not past
// it; an answers file that leaves the postings out (later answers given)
// still opens the review.
func TestResumeOpensAnOptionalQuestionLeftOpen(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	before := answeredBefore(bank, questions.QPostingsText)
	m := press(t, newModelWith(t, 80, 24, Options{Resume: store.Loaded{Answers: before}}), "enter")
	q, _ := bank.Question(questions.QPostingsText)
	mustContain(t, m, firstLine(q.Prompt))

	all := questions.Answers{}
	for _, q := range bank.Questions {
		if a, ok := sample(q); ok && q.ID != questions.QPostingsText {
			all[q.ID] = a
		}
	}
	m = press(t, newModelWith(t, 80, 24, Options{Resume: store.Loaded{Answers: all}}), "enter")
	mustContain(t, m, "Review your answers")
}

// answerFirstThree starts the quiz and answers its first three questions:
// the first option of each multiple choice, and SAFe preferred.
func answerFirstThree(t testing.TB, m *Model) *Model {
	t.Helper()
	m = press(t, m, "enter", "space", "enter", "space", "enter")
	m = moveTo(t, m, questions.QPostingSAFe, "", "preferred")
	return press(t, m, "enter")
}

// The review calls an optional question left out "none given", not
// unanswered: the results do not wait for it.
func TestReviewSaysAnOptionalQuestionNeedsNoAnswer(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	all := questions.Answers{}
	for _, q := range bank.Questions {
		if a, ok := sample(q); ok && q.ID != questions.QPostingsText {
			all[q.ID] = a
		}
	}
	m := press(t, newModelWith(t, 100, 40, Options{Resume: store.Loaded{Answers: all}}), "enter")
	mustContain(t, m, "Review your answers", "None given (optional)")
	mustNotContain(t, m, "Not answered yet")
}

// TestSummaryMarksStepsAsTheResultsDo: the exit summary called every step
// off the person's track "(optional)", the runner-up role's first step too,
// which the results page calls "(alternative)".
func TestSummaryMarksStepsAsTheResultsDo(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	path := m.c.outcome.Path
	if len(path) == 0 {
		t.Fatal("the sample person has no path")
	}
	path[len(path)-1].Kind = planner.KindAlternative
	text, _ := m.Summary()
	last := fmt.Sprintf("  %d. %s (alternative)\n", path[len(path)-1].Position, m.c.bank.Catalog.Name(path[len(path)-1].Cert))
	if !strings.Contains(text, last) {
		t.Fatalf("summary lacks %q:\n%s", last, text)
	}
}

// TestSummarySaysTheCostAsTheResultsDo: the exit summary names each step's
// money and the path's total in the words of the results page, so a price
// read after the screens close is the price the screens showed.
func TestSummarySaysTheCostAsTheResultsDo(t *testing.T) {
	t.Parallel()
	m := toResults(t, 80, 24, Options{})
	text, _ := m.Summary()
	g := report.AtAGlance(m.c.lib, *m.c.outcome)
	if len(g.Steps) == 0 {
		t.Fatal("the sample person has no path")
	}
	for _, ts := range g.Steps {
		if !strings.Contains(text, ts.Cost) {
			t.Errorf("summary lacks step %d's cost %q:\n%s", ts.Position, ts.Cost, text)
		}
	}
	if !strings.Contains(text, g.PathCost) {
		t.Errorf("summary lacks the path's cost %q:\n%s", g.PathCost, text)
	}
}
