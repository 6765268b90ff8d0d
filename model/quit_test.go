package model

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The quit prompt is a screen on the root's stack like the others: q with
// an answer given puts it on top, its keys answer it there (n, esc and q go
// back to the question; y and ctrl+c quit, as an abort), and it hears how
// saving stands by message.
func TestQuitPromptIsAScreenOnTheStack(t *testing.T) {
	saver := &memSaver{}
	answered := func() *Model {
		return press(t, newModelWith(t, 80, 24, Options{Store: saver}), "enter", "space", "enter")
	}
	promptOn := func(t *testing.T) *Model {
		t.Helper()
		m := answered()
		below, depth := m.top(), len(m.stack)
		m = update(t, m, tea.KeyPressMsg{Code: 'q', Text: "q"})
		if _, ok := m.top().(*quitPrompt); !ok || len(m.stack) != depth+1 || m.stack[depth-1] != below {
			t.Fatalf("q should put the quit prompt on top of the stack; the top is %T of %d screens", m.top(), len(m.stack))
		}
		mustContain(t, m, "Quit certpath?", "They are saved in", "y yes, quit", "n no, stay")
		return m
	}

	cancel := map[string]tea.KeyPressMsg{
		"n":   {Code: 'n', Text: "n"},
		"esc": {Code: tea.KeyEscape},
		"q":   {Code: 'q', Text: "q"},
	}
	for name, k := range cancel {
		t.Run("cancel with "+name, func(t *testing.T) {
			m := promptOn(t)
			depth := len(m.stack)
			next, cmd := m.Update(k)
			m = next.(*Model)
			for _, msg := range runAll(cmd) {
				if _, ok := msg.(tea.QuitMsg); ok {
					t.Fatal("cancelling the prompt quit the program")
				}
			}
			if _, ok := m.top().(*quitPrompt); ok || len(m.stack) != depth-1 {
				t.Fatalf("%s should take the prompt off the stack; the top is %T", name, m.top())
			}
			mustContain(t, m, "Question 2 of")
			if m.Aborted() {
				t.Fatal("staying is not an abort")
			}
		})
	}

	confirm := map[string]tea.KeyPressMsg{
		"y":      {Code: 'y', Text: "y"},
		"ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
	}
	for name, k := range confirm {
		t.Run("confirm with "+name, func(t *testing.T) {
			m := promptOn(t)
			next, cmd := m.Update(k)
			m = next.(*Model)
			quit := false
			for _, msg := range runAll(cmd) {
				_, ok := msg.(tea.QuitMsg)
				quit = quit || ok
			}
			if !quit || !m.Aborted() || m.Finished() {
				t.Fatalf("%s: quit %v, aborted %v, finished %v; want a quit that is an abort", name, quit, m.Aborted(), m.Finished())
			}
			if len(m.Answers()) != 1 || len(saver.saves) == 0 || len(saver.saves[len(saver.saves)-1]) != 1 {
				t.Fatalf("the answer given is kept and saved: %v, saves %v", m.Answers(), saver.saves)
			}
		})
	}

	// A save that ends while the prompt is open changes what it says.
	m := newModelWith(t, 80, 24, Options{Store: &memSaver{}})
	m = press(t, m, "enter")
	next, _ := m.Update(keyMsg("space"))
	next, save := next.(*Model).Update(keyMsg("enter")) // the save has not run yet
	m = update(t, next.(*Model), tea.KeyPressMsg{Code: 'q', Text: "q"})
	mustContain(t, m, "They are being saved in", "waits for that before it quits")
	for _, msg := range run(save) {
		m = update(t, m, msg)
	}
	mustContain(t, m, "They are saved in", "offers to resume next time")
}
