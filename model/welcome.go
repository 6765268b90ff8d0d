package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

func (m Model) updateWelcome(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	offer := len(m.opts.Resume.Answers) > 0
	switch {
	case offer && key.Matches(k, m.keys.Resume):
		return m.resume()
	case offer && key.Matches(k, m.keys.StartOver):
		return m.startOver()
	case key.Matches(k, m.keys.Next):
		m.screen, m.index = questionScreen, 0
	}
	return m, nil
}

// resumeText is the welcome screen's offer to pick up saved answers.
func (m Model) resumeText() string {
	var s string
	if n := len(m.opts.Resume.Answers); n > 0 {
		when := ""
		if !m.opts.Resume.Saved.IsZero() {
			when = " from " + m.opts.Resume.Saved.Local().Format("2 Jan 2006 15:04")
		}
		s = fmt.Sprintf("You have %d saved answer(s)%s. Press enter to resume where you left off, or n to start over.", n, when)
	}
	for _, note := range m.opts.Resume.Notes {
		if s != "" {
			s += "\n"
		}
		s += note
	}
	return s
}

func (m Model) viewWelcome() string {
	w := min(m.width-2, 72)
	para := lipgloss.NewStyle().Width(w)
	keys := helpKeys{
		short: []key.Binding{m.startBinding(), m.helpBinding(), m.keys.Quit},
		full:  [][]key.Binding{{m.startBinding()}, m.globalBindings()},
	}
	if len(m.opts.Resume.Answers) > 0 {
		keys.short = []key.Binding{m.keys.Resume, m.keys.StartOver, m.helpBinding(), m.keys.Quit}
		keys.full = [][]key.Binding{{m.keys.Resume, m.keys.StartOver}, m.globalBindings()}
	}
	header, footer := m.header("which agile certification next?"), m.footer(keys, "")
	// Paragraphs in order of importance: on a short window the later ones
	// give way, never the first or the footer.
	var paragraphs []string
	if offer := m.resumeText(); offer != "" {
		paragraphs = append(paragraphs, m.st.Selected.Render(para.Render(offer)))
	}
	paragraphs = append(paragraphs,
		para.Render("POPM or SAFe Scrum Master? PSM or PSPO? SAFe or plain Scrum? The honest answer depends on what the job postings you aim for ask for, and where your calendar time really goes, not on your job title."),
		para.Render(fmt.Sprintf("certpath asks %d questions about both (a few minutes), ranks eight role profiles, and recommends an ordered path across Scaled Agile, Scrum.org and Scrum Alliance, with PMI alongside. Nothing leaves this computer.", len(m.bank.Questions))),
		m.st.Muted.Render(para.Render("Keys: ↑/↓ choose · space toggles · ←/→ adjust · enter goes on · esc goes back · ? shows every key · q quits")),
	)
	room := m.height - lipgloss.Height(header) - lipgloss.Height(footer)
	text := ""
	for i, p := range paragraphs {
		next := text + "\n" + p + "\n"
		if i > 0 && lipgloss.Height(next) > room {
			break
		}
		text = next
	}
	return m.fill(header, strings.TrimRight(text, "\n"), footer)
}

func (m Model) startBinding() key.Binding {
	return key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start"))
}
