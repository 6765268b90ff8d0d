package model

import (
	"fmt"
	"os"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/questions"
	"certpath/words"
)

// askQuit quits at once when nothing has been answered, and asks first
// otherwise, so a stray q never surprises anyone. Leaving before the
// results, or with ctrl+c, counts as aborted.
func (m *Model) askQuit(interrupt bool) tea.Cmd {
	means := quitAborts
	if q, ok := m.top().(quitter); ok {
		means = q.quitMeans()
	}
	done := means == quitFinishes || m.c.opts.Start == StartBrowser
	if len(m.c.answers) == 0 || done {
		m.aborted = interrupt || !done && means != quitBeforeStart
		m.finished = means == quitFinishes && !interrupt
		return tea.Quit
	}
	m.confirmQuit = true
	return nil
}

// quitMeaning is what quitting from a screen says about the quiz.
type quitMeaning int

const (
	// quitAborts leaves the quiz unfinished: the default.
	quitAborts quitMeaning = iota
	// quitFinishes quits from the results: the quiz is done.
	quitFinishes
	// quitBeforeStart quits from the welcome: nothing was started.
	quitBeforeStart
)

// quitter is a screen where quitting means something other than aborting.
type quitter interface{ quitMeans() quitMeaning }

func (m *Model) updateConfirmQuit(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.c.keys.Confirm.Yes), key.Matches(msg, m.c.keys.Global.ForceQuit):
		m.aborted = true
		return tea.Quit
	case key.Matches(msg, m.c.keys.Confirm.No), key.Matches(msg, m.c.keys.Global.Quit):
		m.confirmQuit = false
	}
	return nil
}

func (m *Model) viewConfirmQuit() string {
	text := fmt.Sprintf("Quit certpath?\n\nYou have answered %d of %d questions.", len(m.c.answers), len(m.c.bank.Questions))
	path := ""
	switch where := m.savedWhere(); {
	case where != "" && m.saveErr != nil && len(m.notSaved()) == len(m.c.answers):
		none := " None of them could be saved (%v), so quitting now discards them."
		if len(m.c.answers) == 1 {
			none = " It could not be saved (%v), so quitting now discards it."
		}
		text = lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text + fmt.Sprintf(none, m.saveErr)))
	case where != "" && m.saveErr != nil && len(m.notSaved()) > 0:
		lost := m.notSaved()
		other, them := "The other "+words.Count(len(m.c.answers)-len(lost), "answer")+" are saved in", "them"
		if len(m.c.answers)-len(lost) == 1 {
			other, them = "The other answer is saved in", "it"
		}
		text += " " + unsaved(lost) + " " + other
		path = "\n" + pathLines(where, m.width-2) + "\n"
		text = lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text)) + path + lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render("and certpath offers to resume from "+them+" next time."))
	case where != "" && m.savedSeq < m.saveSeq:
		text += " They are being saved in"
		path = "\n" + pathLines(where, m.width-2) + "\n"
		text = lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text)) + path + lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render("and certpath waits for that before it quits."))
	case where != "":
		text += " They are saved in"
		// The path on a line of its own, never broken inside a name.
		path = "\n" + pathLines(where, m.width-2) + "\n"
		text2 := "and certpath offers to resume next time."
		text = lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text)) + path + lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text2))
	default:
		text = lipgloss.NewStyle().Width(min(60, m.width-2)).Render(m.c.st.Title.Render(text + " Quitting now discards them."))
	}
	box := text
	footer := m.help.View(m.c.keys.Confirm)
	return m.fill(m.header("Quit?"), "\n"+box, footer)
}

// unsaved says which answers a quit would lose; why is on the footer.
func unsaved(lost []questions.Question) string {
	titles := make([]string, 0, 4)
	for i, q := range lost {
		if i == 3 && len(lost) > 4 {
			titles = append(titles, fmt.Sprintf("and %d more", len(lost)-3))
			break
		}
		titles = append(titles, q.Title)
	}
	if len(lost) == 1 {
		return fmt.Sprintf("1 answer could not be saved: %s. Quitting now discards it.", titles[0])
	}
	return fmt.Sprintf("%s could not be saved: %s. Quitting now discards them.", words.Count(len(lost), "answer"), strings.Join(titles, ", "))
}

// ShortHelp is the quit prompt's help: yes or no.
func (k confirmKeys) ShortHelp() []key.Binding { return []key.Binding{k.Yes, k.No} }

// FullHelp is the short help.
func (k confirmKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// pathLines writes a path with ~ for the home folder, on as many lines as
// the window needs, broken after a / where it can be, never cut.
func pathLines(p string, width int) string {
	return strings.Join(words.Break(shortHome(p), max(width, 10), "/"), "\n")
}

// shortHome writes a path under the home folder with ~, so it fits more often.
func shortHome(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+string(os.PathSeparator)) {
		return "~" + strings.TrimPrefix(p, home)
	}
	return p
}
