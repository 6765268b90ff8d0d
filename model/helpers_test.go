package model

import (
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/content"
	"certpath/model/field"
	"certpath/questions"
)

// newTestModel builds the quiz with the embedded content at a given size, in
// the dark style a terminal gets before it reports its background.
func newTestModel(t testing.TB, w, h int) Model {
	t.Helper()
	return newModelWith(t, w, h, Options{})
}

// newModelWith builds the program with options at a given size.
func newModelWith(t testing.TB, w, h int, opts Options) Model {
	t.Helper()
	lib, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return update(t, New(questions.DefaultBank(), lib, opts), tea.WindowSizeMsg{Width: w, Height: h})
}

// keyMsg turns a key name into the message the terminal would send.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
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
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// update sends one message and runs the commands it returns (saves
// included), feeding back the messages the screens depend on (renderings,
// filter matches, postings read, save and export reports) as the
// program would. Timers such as the filter cursor's blink are not run: they
// would never end.
func update(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	next, cmd := m.Update(msg)
	m = next.(Model)
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
	case renderedMsg, list.FilterMatchesMsg, field.PostingsRead, saveFailedMsg, exportedMsg:
		return []tea.Msg{msg}
	}
	return nil
}

// press sends key presses in order.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		m = update(t, m, keyMsg(k))
	}
	return m
}

// quits reports whether a key would quit the program.
func quits(m Model, k string) bool {
	_, cmd := m.Update(keyMsg(k))
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// visible is the visible text without styling.
func visible(m Model) string { return ansi.Strip(m.View().Content) }

// answerAll walks from the welcome screen to the review screen, taking the
// first option (or filling the week into the first activity) everywhere.
func answerAll(t testing.TB, m Model) Model {
	t.Helper()
	m = press(t, m, "enter")
	for range m.bank.Questions {
		m = answerCurrent(t, m)
	}
	if m.screen != reviewScreen || m.review.cursor != len(m.bank.Questions) {
		t.Fatalf("after answering everything the quiz is on screen %d, not review with the results row chosen:\n%s", m.screen, visible(m))
	}
	return m
}

// answerCurrent answers the question on screen with its first option.
func answerCurrent(t testing.TB, m Model) Model {
	t.Helper()
	switch m.bank.Questions[m.index].Kind {
	case questions.MultiChoice:
		return press(t, m, "space", "enter")
	case questions.Allocation:
		return press(t, m, "f", "enter")
	}
	return press(t, m, "enter")
}

func mustContain(t testing.TB, m Model, wants ...string) {
	t.Helper()
	s := visible(m)
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

// lightBackground is what a terminal with a white background reports.
var lightBackground = tea.BackgroundColorMsg{Color: color.White}
