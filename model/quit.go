package model

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/questions"
	"certpath/words"
)

// askQuit quits at once when nothing has been answered, and asks first
// otherwise, so a stray q never surprises anyone: it opens the quit prompt
// on the stack. Leaving before the results, or with ctrl+c, counts as
// aborted.
func (m *Model) askQuit(interrupt bool) tea.Cmd {
	means := quitAborts
	if q, ok := m.top().(quitter); ok {
		means = q.quitMeans()
	}
	done := means == quitFinishes || m.c.opts.Start == StartBrowser
	save := m.keepDrafts()
	if len(m.c.answers) == 0 || done {
		m.aborted = interrupt || !done && means != quitBeforeStart
		m.finished = means == quitFinishes && !interrupt
		return tea.Quit
	}
	return tea.Batch(save, m.apply(open(newQuitPrompt(m.c, m.saving()))))
}

// drafter is a screen holding answers given and not yet confirmed.
type drafter interface{ drafts() []commitMsg }

// keepDrafts commits the answers built and not confirmed on any screen of
// the stack (a box ticked without enter), so that quitting keeps them as
// going back does, and returns the command that saves them.
func (m *Model) keepDrafts() tea.Cmd {
	kept := false
	for _, s := range m.stack {
		if d, ok := s.(drafter); ok {
			for _, c := range d.drafts() {
				m.c.answers[c.id], kept = c.answer, true
			}
		}
	}
	if !kept {
		return nil
	}
	return m.saveCmd()
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

// saving is how saving the answers stands, for the quit prompt to say what
// quitting would keep. The root sends a new one to every screen when a save
// ends (see saveDone).
type saving struct {
	// where is the state file, or "" when answers are not saved.
	where string
	// err is why the newest save that failed did, until one works.
	err error
	// lost are the answered questions whose answers are not on disk.
	lost []questions.Question
	// pending is a save still on its way.
	pending bool
}

// quitPrompt asks before quitting with answers given: it says how many and
// whether they are saved. y (or ctrl+c again) quits, n, esc or q stays.
type quitPrompt struct {
	c     *common
	save  saving
	width int
}

func newQuitPrompt(c *common, save saving) *quitPrompt { return &quitPrompt{c: c, save: save} }

// dialog marks the prompt as a dialog: it takes every key, and the note of
// the screen below waits for it to close (see dialog in root.go).
func (p *quitPrompt) dialog() {}

// Update answers the prompt's keys, and takes news of saving.
func (p *quitPrompt) Update(msg tea.Msg) reply {
	switch msg := msg.(type) {
	case saving:
		p.save = msg
	case tea.KeyPressMsg:
		keys := p.c.keys
		switch {
		case key.Matches(msg, keys.Confirm.Yes), key.Matches(msg, keys.Global.ForceQuit):
			return asks(quitMsg{force: key.Matches(msg, keys.Global.ForceQuit)})
		case key.Matches(msg, keys.Confirm.No), key.Matches(msg, keys.Global.Quit):
			return asks(backMsg{})
		}
	}
	return reply{}
}

// SetSize takes the width the text wraps to.
func (p *quitPrompt) SetSize(width, _ int) tea.Cmd {
	p.width = width
	return nil
}

// Title is the header's "Quit?".
func (p *quitPrompt) Title() string { return "Quit?" }

// Status is empty: the prompt says everything in its body.
func (p *quitPrompt) Status() string { return "" }

// Typing is false: the prompt's keys are all commands.
func (p *quitPrompt) Typing() bool { return false }

// ShortHelp is the prompt's help: yes or no.
func (p *quitPrompt) ShortHelp() []key.Binding { return p.c.keys.Confirm.ShortHelp() }

// FullHelp is the short help.
func (p *quitPrompt) FullHelp() [][]key.Binding { return p.c.keys.Confirm.FullHelp() }

// View says how many questions are answered and what quitting does to them:
// where they are saved, that a save is on its way, or which are lost.
func (p *quitPrompt) View() string {
	answered := len(p.c.answers)
	text := fmt.Sprintf("Quit certpath?\n\nYou have answered %d of %d questions.", answered, len(p.c.bank.Questions))
	para := func(s string) string {
		return lipgloss.NewStyle().Width(min(60, p.width-2)).Render(p.c.st.Title.Render(s))
	}
	where, lost := p.save.where, p.save.lost
	// The path on a line of its own, never broken inside a name.
	path := "\n" + pathLines(where, p.width-2) + "\n"
	switch {
	case where != "" && p.save.err != nil && len(lost) == answered:
		none := " None of them could be saved (%v), so quitting now discards them."
		if answered == 1 {
			none = " It could not be saved (%v), so quitting now discards it."
		}
		text = para(text + fmt.Sprintf(none, p.save.err))
	case where != "" && p.save.err != nil && len(lost) > 0:
		other, them := "The other "+words.Count(answered-len(lost), "answer")+" are saved in", "them"
		if answered-len(lost) == 1 {
			other, them = "The other answer is saved in", "it"
		}
		text = para(text+" "+unsaved(lost)+" "+other) + path + para("and certpath offers to resume from "+them+" next time.")
	case where != "" && p.save.pending:
		text = para(text+" They are being saved in") + path + para("and certpath waits for that before it quits.")
	case where != "":
		text = para(text+" They are saved in") + path + para("and certpath offers to resume next time.")
	default:
		text = para(text + " Quitting now discards them.")
	}
	return "\n" + text
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

// crash ends the program with a fatal error, a stack overflow, which no
// recover sees and after which no deferred function runs (CrashKey).
func crash() {
	debug.SetMaxStack(1 << 20)
	var deeper func(n int) int
	deeper = func(n int) int { return deeper(n+1) + n }
	deeper(0)
}
