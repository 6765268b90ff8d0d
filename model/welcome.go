package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/catalog"
	"certpath/words"
)

// welcomeScreen says what certpath does and offers to resume saved answers.
// It keeps the quiz, so going back to it and on again keeps every draft; it
// opens it and tells it where to start, in messages.
type welcomeScreen struct {
	c             *common
	quiz          screen
	width, height int
	// top is the first row shown when the text is taller than the window.
	top int
	// confirming asks before n deletes the saved answers: "n" reads like
	// "no", and nothing the person entered may go without a question.
	confirming bool
}

// quizMsg hands the welcome the quiz once a deferred load has built it.
type quizMsg struct{ quiz screen }

func newWelcome(c *common, quiz screen) *welcomeScreen { return &welcomeScreen{c: c, quiz: quiz} }

func (s *welcomeScreen) offer() bool { return len(s.c.opts.Resume.Answers) > 0 }

func (s *welcomeScreen) Update(msg tea.Msg) reply {
	switch msg := msg.(type) {
	case quizMsg:
		s.quiz = msg.quiz
	case tea.KeyPressMsg:
		keys := s.c.keys.Welcome
		if s.confirming {
			s.confirming = false
			if key.Matches(msg, keys.DeleteAnswers) {
				return asks(answersMsg{nil}, open(s.quiz), startMsg{})
			}
			return reply{}
		}
		switch {
		case s.offer() && key.Matches(msg, keys.Resume):
			return asks(answersMsg{s.c.opts.Resume.Answers}, open(s.quiz), startMsg{})
		case s.offer() && key.Matches(msg, keys.StartOver):
			s.confirming = true
		case key.Matches(msg, keys.Start):
			return asks(open(s.quiz), gotoMsg{0, false})
		default:
			s.scroll(msg)
		}
	}
	return reply{}
}

// resumeText is the offer to pick up saved answers, and what was set aside.
func (s *welcomeScreen) resumeText() string {
	var out []string
	resume := s.c.opts.Resume
	if n := len(resume.Answers); n > 0 {
		when := ""
		if !resume.Saved.IsZero() {
			when = " from " + resume.Saved.Local().Format("2 Jan 2006 15:04")
		}
		out = append(out, fmt.Sprintf("You have %s%s. Press enter to resume where you left off, or n to start over.", words.Count(n, "saved answer"), when))
	}
	return strings.Join(append(out, resume.Notes...), "\n")
}

func (s *welcomeScreen) View() string {
	st := s.c.st
	if s.confirming {
		return "\n" + lipgloss.NewStyle().Width(min(s.width-2, 72)).Render(st.Title.Render(fmt.Sprintf("Start over? This deletes your %s; they cannot be brought back.", words.Count(len(s.c.opts.Resume.Answers), "saved answer"))))
	}
	para := lipgloss.NewStyle().Width(min(s.width-2, 72))
	// Paragraphs in order of importance: on a short window the later ones
	// give way, never the first or the footer.
	var paragraphs []string
	if offer := s.resumeText(); offer != "" {
		paragraphs = append(paragraphs, st.Selected.Render(para.Render(offer)))
	}
	paragraphs = append(paragraphs,
		para.Render("POPM or SAFe Scrum Master? PSM or PSPO? SAFe or plain Scrum? The honest answer depends on what the job postings you aim for ask for, and where your calendar time really goes, not on your job title."),
		para.Render(fmt.Sprintf("certpath asks %d questions about both (a few minutes), ranks %s role profiles, and recommends an ordered path across Scaled Agile, Scrum.org and Scrum Alliance, with PMI alongside. %s", len(s.c.bank.Questions), words.Number(len(catalog.Profiles())), privacy(s.c.opts.Offline))),
		st.Muted.Render(para.Render("Keys: ↑/↓ choose · space toggles · ←/→ adjust · enter goes on · esc goes back · ? shows every key · q quits")),
	)
	text := strings.Join(paragraphs, "\n\n")
	return "\n" + s.scrolled(strings.Split(text, "\n"))
}

// scrolled shows the rows of the welcome that fit from the scroll position
// on. A window too short for all of them keeps its last row to say that
// more follows and how to see it: nothing is cut without a way to read it.
func (s *welcomeScreen) scrolled(lines []string) string {
	room := s.height - 1 // the blank line under the header
	if len(lines) <= room {
		s.top = 0
		return strings.Join(lines, "\n")
	}
	room = max(1, room-1)
	s.top = max(0, min(s.top, len(lines)-room))
	shown := lines[s.top:min(len(lines), s.top+room)]
	more := "↑ scrolls back up"
	if below := len(lines) - s.top - room; below > 0 {
		more = "↓ " + words.Count(below, "more line") + ": ↓ scrolls"
	}
	return strings.Join(shown, "\n") + "\n" + s.c.st.Muted.Render(more)
}

// scroll moves the welcome text when the window is too short for it.
func (s *welcomeScreen) scroll(msg tea.KeyPressMsg) {
	k := s.c.keys.Welcome
	switch {
	case key.Matches(msg, k.Up):
		s.top--
	case key.Matches(msg, k.Down):
		s.top++
	case key.Matches(msg, k.PageUp):
		s.top -= max(1, s.height-2)
	case key.Matches(msg, k.PageDown):
		s.top += max(1, s.height-2)
	}
	s.top = max(0, s.top)
}

// quitMeans says nothing was started: quitting here is not aborting.
func (s *welcomeScreen) quitMeans() quitMeaning { return quitBeforeStart }

func (s *welcomeScreen) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return nil
}

func (s *welcomeScreen) Title() string {
	if s.confirming {
		return "Start over?"
	}
	return "which agile certification next?"
}
func (s *welcomeScreen) Status() string { return "" }
func (s *welcomeScreen) Typing() bool   { return false }

// ShortHelp offers to start, or to resume or start over.
func (s *welcomeScreen) ShortHelp() []key.Binding {
	keys := s.c.keys.Welcome
	if s.confirming {
		return []key.Binding{keys.DeleteAnswers, keys.KeepAnswers}
	}
	if s.offer() {
		return []key.Binding{keys.Resume, keys.StartOver, s.c.helpBinding(), s.c.keys.Global.Quit}
	}
	return []key.Binding{keys.Start, s.c.helpBinding(), s.c.keys.Global.Quit}
}

// FullHelp lists every key by column.
func (s *welcomeScreen) FullHelp() [][]key.Binding {
	keys := s.c.keys.Welcome
	if s.confirming {
		return [][]key.Binding{s.ShortHelp()}
	}
	if s.offer() {
		return [][]key.Binding{{keys.Resume, keys.StartOver}, s.c.globalBindings()}
	}
	return [][]key.Binding{{keys.Start}, s.c.globalBindings()}
}

// privacy says, truthfully, what leaves the computer.
func privacy(offline bool) string {
	if offline {
		return "Nothing leaves this computer."
	}
	return "Nothing leaves this computer except the requests for posting links you give."
}
