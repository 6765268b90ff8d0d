// Package floor is the one-line Bubble Tea program the speed table measures
// certpath's first frame against (scripts/bare, scripts/barelinked).
package floor

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

// Run draws "bare program ready" in the alternate screen and waits for a
// key.
func Run(opts ...tea.ProgramOption) {
	if _, err := tea.NewProgram(model{}, opts...).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
