// Command bare is the floor scripts/bench measures certpath against: a
// Bubble Tea program built from certpath's go.mod that draws one line and
// waits for a key. Nothing in certpath can start faster than this but for
// the frame rate: bare runs at Bubble Tea's default 60 fps and certpath at
// 120, so bare's first frame waits 8 ms longer for the renderer's first tick
// (16.7 ms after it starts, against 8.3 ms).
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("bare program ready")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
