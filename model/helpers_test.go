package model

import (
	"certpath/internal/testcheck"
	"image/color"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/content"
	"certpath/model/field"
	"certpath/questions"
	"certpath/store"
)

// testLib is the built-in content, loaded once for the whole test binary.
// A load costs about 32 ms of YAML and the tests ask for one 330 times
// (10 s, 40% of the package's CPU time); a loaded library is
// only read (nothing in model sets its clock), so the tests, parallel ones
// too, share it. A test that changes its library loads its own.
func testLib(t testing.TB) *content.Library {
	t.Helper()
	sharedLib.once.Do(func() {
		sharedLib.lib, sharedLib.err = content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	})
	if sharedLib.err != nil {
		t.Fatal(sharedLib.err)
	}
	return sharedLib.lib
}

var sharedLib struct {
	once sync.Once
	lib  *content.Library
	err  error
}

// testBank is the real question bank.
func testBank(t testing.TB) questions.Bank {
	t.Helper()
	return questions.DefaultBank(testLib(t).Catalog())
}

// newTestModel builds the quiz with the embedded content at a given size, in
// the dark style a terminal gets before it reports its background.
func newTestModel(t testing.TB, w, h int) *Model {
	t.Helper()
	return newModelWith(t, w, h, Options{})
}

// newModelWith builds the program with options at a given size.
func newModelWith(t testing.TB, w, h int, opts Options) *Model {
	t.Helper()
	if opts.Now == nil {
		// The export screen names its file by today's date: tests read a
		// fixed day, never the wall clock.
		opts.Now = testcheck.Today
	}
	lib := testLib(t)
	m, err := New(questions.DefaultBank(lib.Catalog()), lib, opts)
	if err != nil {
		t.Fatal(err)
	}
	return update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
}

// keyMsg turns a key name into the message the terminal would send.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: ' ', Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+j":
		return tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// update sends one message and runs the commands it returns, feeding back
// the messages the program depends on (renderings, filter matches, postings
// read, save and export reports) as Bubble Tea would. Timers such as a
// cursor's blink are not run: they would never end.
func update(t testing.TB, m *Model, msg tea.Msg) *Model {
	t.Helper()
	next, cmd := m.Update(msg)
	m = next.(*Model)
	for _, out := range run(cmd) {
		m = update(t, m, out)
	}
	return m
}

// run executes a command and its batches, keeping only messages worth
// feeding back.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case themeMsg, renderedMsg, pageBuiltMsg, settledMsg, list.FilterMatchesMsg, field.PostingsRead, saveFailedMsg, exportedMsg,
		field.BurstMsg, field.SubmitMsg, savedMsg:
		return []tea.Msg{msg}
	}
	return nil
}

// press sends key presses in order.
func press(t testing.TB, m *Model, keys ...string) *Model {
	t.Helper()
	for _, k := range keys {
		m = update(t, m, keyMsg(k))
	}
	return m
}

// typeText types each character as a key press.
func typeText(t testing.TB, m *Model, s string) *Model {
	t.Helper()
	for _, r := range s {
		m = press(t, m, string(r))
	}
	return m
}

// quits presses a key the root answers (q, y, ctrl+c) and reports whether
// the program quit.
func quits(m *Model, k string) bool {
	_, cmd := m.Update(keyMsg(k))
	for _, msg := range runAll(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

// runAll executes a command and its batches and returns every message.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runAll(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// visible is the visible text without styling.
func visible(m *Model) string { return ansi.Strip(m.View().Content) }

// sample is an answer that fits q: the first choice, the whole week on the
// first activity, the postings skipped.
func sample(q questions.Question) (questions.Answer, bool) {
	choices := q.Kind.Choices(q)
	switch q.Kind.(type) {
	case questions.MultiChoice:
		if q.Certs == questions.CertsHeld {
			// Someone who holds nothing yet, so that the path has steps.
			return questions.Answer{Choices: []string{questions.NoneID}}, true
		}
		return questions.Answer{Choices: []string{choices[0].ID}}, true
	case questions.Frequency:
		return questions.Answer{Level: 0}, true
	case questions.Allocation:
		return questions.Answer{Allocation: map[string]int{choices[0].ID: 100}}, true
	case questions.Postings:
		// Skipped: no postings is an answer.
		return questions.Answer{}, true
	}
	return questions.Answer{Choice: choices[0].ID}, true
}

// sampleAnswers is a sample answer to every question of the bank.
func sampleAnswers(bank questions.Bank) questions.Answers {
	saved := questions.Answers{}
	for _, q := range bank.Questions {
		if a, ok := sample(q); ok {
			saved[q.ID] = a
		}
	}
	return saved
}

// answeredBefore is a sample answer to every question before id.
func answeredBefore(bank questions.Bank, id string) questions.Answers {
	saved := questions.Answers{}
	for _, q := range bank.Questions {
		if q.ID == id {
			break
		}
		if a, ok := sample(q); ok {
			saved[q.ID] = a
		}
	}
	return saved
}

// goTo opens question id the way a person resuming would: every question
// before it answered (through the public Options.Resume), then enter; an
// optional question that resuming skips is reached with esc.
func goTo(t testing.TB, id string, opts Options) *Model {
	t.Helper()
	bank := testBank(t)
	saved := answeredBefore(bank, id)
	if len(saved) == 0 {
		return press(t, newModelWith(t, 80, 24, opts), "enter")
	}
	opts.Resume = store.Loaded{Answers: saved}
	m := press(t, newModelWith(t, 80, 24, opts), "enter")
	q, _ := bank.Question(id)
	for range bank.Questions {
		if strings.Contains(visible(m), firstLine(q.Prompt)) {
			return m
		}
		m = press(t, m, "esc")
	}
	t.Fatalf("could not reach question %s:\n%s", id, visible(m))
	return m
}

// sized resizes a model.
func sized(t testing.TB, m *Model, w, h int) *Model {
	t.Helper()
	return update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
}

func firstLine(s string) string {
	if len(s) > 30 {
		return s[:30]
	}
	return s
}

// answerAll walks from the welcome screen to the review screen with keys,
// taking the first option (or giving the week to the first activity, or
// skipping the postings) everywhere, by what the screen shows.
func answerAll(t testing.TB, m *Model) *Model {
	t.Helper()
	m = press(t, m, "enter")
	for i := 0; !strings.Contains(visible(m), "Review your answers"); i++ {
		if i > 100 {
			t.Fatalf("the quiz never reached the review:\n%s", visible(m))
		}
		m = answerCurrent(t, m)
	}
	mustContain(t, m, "> → See my recommended path")
	return m
}

// answerCurrent answers the question on screen with its first option, using
// what the screen shows to tell the kind; the certifications held are none,
// picked by ID, so that the path has steps.
func answerCurrent(t testing.TB, m *Model) *Model {
	t.Helper()
	s := visible(m)
	switch {
	case onQuestion(m, questions.QHeldCerts):
		return press(t, moveTo(t, m, questions.QHeldCerts, "", questions.NoneID), "space", "enter")
	case strings.Contains(s, "[ ]") || strings.Contains(s, "[x]"):
		if !strings.Contains(s, "[x]") {
			m = press(t, m, "space")
		}
		return press(t, m, "enter")
	case strings.Contains(s, "Total "):
		return press(t, m, "f", "enter")
	}
	return press(t, m, "enter")
}

// onQuestion says whether the screen on top is the quiz showing question id.
func onQuestion(m *Model, id string) bool {
	q, ok := m.top().(*quizScreen)
	return ok && q.index < len(q.c.bank.Questions) && q.c.bank.Questions[q.index].ID == id
}

func mustContain(t testing.TB, m *Model, wants ...string) {
	t.Helper()
	s := visible(m)
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

func mustNotContain(t testing.TB, m *Model, unwanted ...string) {
	t.Helper()
	s := visible(m)
	for _, w := range unwanted {
		if strings.Contains(s, w) {
			t.Fatalf("screen shows %q:\n%s", w, s)
		}
	}
}

// lightBackground is what a terminal with a white background reports.
var lightBackground = tea.BackgroundColorMsg{Color: color.White}

func wheelDown() tea.MouseWheelMsg { return tea.MouseWheelMsg{Button: tea.MouseWheelDown} }

// pasted is a posting pasted into the postings step.
func pasted(text string) tea.PasteMsg { return tea.PasteMsg{Content: text} }

// fixedNow is the clock of the goldens that show a date: the same day on any
// machine.
func fixedNow() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC) }

// toOption is the arrow presses that move question id's cursor from one of
// its choices to another, both named by ID ("" is the first choice), so that
// a test says what it picks rather than how many rows down it stands.
func toOption(t testing.TB, id, from, to string) []string {
	t.Helper()
	q, ok := testBank(t).Question(id)
	if !ok {
		t.Fatalf("no question %s", id)
	}
	at := func(choice string) int {
		if choice == "" {
			return 0
		}
		for i, c := range q.Kind.Choices(q) {
			if c.ID == choice {
				return i
			}
		}
		t.Fatalf("question %s has no choice %q", id, choice)
		return 0
	}
	var keys []string
	for i := at(from); i < at(to); i++ {
		keys = append(keys, "down")
	}
	for i := at(from); i > at(to); i-- {
		keys = append(keys, "up")
	}
	return keys
}

// moveTo moves question id's cursor from one choice to another (toOption).
func moveTo(t testing.TB, m *Model, id, from, to string) *Model {
	t.Helper()
	return press(t, m, toOption(t, id, from, to)...)
}
