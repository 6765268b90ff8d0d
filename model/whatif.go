package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/model/field"
	"certpath/questions"
	"certpath/report"
	"certpath/whatif"
	"certpath/words"
)

// The what-if view, opened from the results: a list of the answers the
// planner reads with their current values (whatIfList); choosing one opens
// its question's widget (whatIfEdit), and enter there shows both paths,
// with what came, went and moved (a docScreen drawing report.WhatIfMarkdown,
// the same page certpath quiz --what-if prints). Keeping the change commits
// it like any answer and shows the new results; dropping it goes back to
// the list.

// showResultsMsg asks the review to show the results again, after an
// answer was kept from the what-if view.
type showResultsMsg struct{}

// whatIfList lists the answers a what-if can change.
type whatIfList struct {
	c             *common
	ids           []string
	cursor        int
	width, height int
}

func newWhatIfList(c *common) *whatIfList {
	return &whatIfList{c: c, ids: whatif.Questions(c.bank)}
}

func (s *whatIfList) Update(msg tea.Msg) reply {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return reply{}
	}
	keys := s.c.keys.WhatIf
	if field.MoveCursor(s.c.keys.Field, k, &s.cursor, len(s.ids)) {
		return reply{}
	}
	switch {
	case key.Matches(k, keys.Choose):
		e, err := newWhatIfEdit(s.c, s.ids[s.cursor])
		if err != nil {
			return asks(noteMsg{words.Sentence(err), true})
		}
		return asks(open(e))
	case key.Matches(k, keys.Back):
		return asks(backMsg{})
	}
	return reply{}
}

func (s *whatIfList) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return nil
}

func (s *whatIfList) Title() string  { return "What if" }
func (s *whatIfList) Status() string { return "" }
func (s *whatIfList) Typing() bool   { return false }

func (s *whatIfList) ShortHelp() []key.Binding {
	keys := s.c.keys.WhatIf
	return []key.Binding{s.c.keys.Review.Move, keys.Choose, keys.Back, s.c.helpBinding(), s.c.keys.Global.Quit}
}

func (s *whatIfList) FullHelp() [][]key.Binding {
	keys := s.c.keys.WhatIf
	return [][]key.Binding{{s.c.keys.Review.Up, s.c.keys.Review.Down}, {keys.Choose, keys.Back}, s.c.globalBindings()}
}

// View is a line of help, then one row a question: its title and the
// answer now, the chosen one highlighted.
func (s *whatIfList) View() string {
	st := s.c.st
	intro := st.Hint.Render(ansi.Truncate("Choose an answer to try another value.", max(1, s.width-1), "…"))
	room := max(1, s.height-2)
	if s.height < 8 {
		intro, room = "", max(1, s.height)
	}
	lines := room
	if len(s.ids) > room {
		lines = max(1, room-1)
	}
	start := max(0, min(s.cursor-lines/2, len(s.ids)-lines))
	end := min(len(s.ids), start+lines)
	titleW := min(30, max(8, (s.width-4)/2))
	var b strings.Builder
	for i := start; i < end; i++ {
		q, _ := s.c.bank.Question(s.ids[i])
		answer := "None given"
		if a, ok := s.c.answers[q.ID]; ok {
			answer = q.Describe(a)
		}
		title := ansi.Truncate(q.Title, titleW, "…")
		title += strings.Repeat(" ", titleW-ansi.StringWidth(title))
		pointer := "  "
		if i == s.cursor {
			pointer = "> "
		}
		line := ansi.Truncate(pointer+title+"  "+answer, max(1, s.width-1), "…")
		if i == s.cursor {
			line = st.Cursor.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if len(s.ids) > lines {
		b.WriteString(st.Muted.Render("  " + words.Shown(start, end, len(s.ids))))
	}
	body := strings.TrimRight(b.String(), "\n")
	if intro == "" {
		return body
	}
	return intro + "\n\n" + body
}

// whatIfEdit is one question's widget, holding the answer to try.
type whatIfEdit struct {
	c             *common
	q             questions.Question
	f             field.Field
	fieldErr      string
	width, height int
}

func newWhatIfEdit(c *common, id string) (*whatIfEdit, error) {
	q, _ := c.bank.Question(id)
	f, err := field.New(q, c.keys.Field, &c.st.Styles, field.Options{Offline: c.opts.Offline})
	if err != nil {
		return nil, err
	}
	a, ok := c.answers[id]
	f.Reset(a, ok)
	f.Arrive()
	return &whatIfEdit{c: c, q: q, f: f}, nil
}

func (s *whatIfEdit) Update(msg tea.Msg) reply {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return runs(s.f.Update(msg))
	}
	switch {
	case key.Matches(k, s.c.keys.WhatIf.Try) && !s.f.Typing(), key.Matches(k, s.c.keys.Quiz.Submit):
		a, err := s.f.Answer()
		if err != nil {
			s.fieldErr = words.Sentence(err)
			return reply{}
		}
		if now, ok := s.c.answers[s.q.ID]; ok && keptWords(s.c.bank, s.q.ID, now) == keptWords(s.c.bank, s.q.ID, a) {
			// Comparing an answer with itself shows nothing.
			s.fieldErr = "That is your answer already: change it to see what it would change, or press esc to go back."
			return reply{}
		}
		return asks(replaceMsg{newWhatIfCompare(s.c, s.q.ID, a)})
	case key.Matches(k, s.c.keys.WhatIf.Back):
		if s.f.StepBack() {
			return reply{}
		}
		return asks(backMsg{})
	}
	s.fieldErr = ""
	return runs(s.f.Update(k))
}

func (s *whatIfEdit) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return nil
}

func (s *whatIfEdit) Title() string  { return "What if · " + s.q.Title }
func (s *whatIfEdit) Status() string { return "" }
func (s *whatIfEdit) Typing() bool   { return s.f.Typing() }

func (s *whatIfEdit) ShortHelp() []key.Binding {
	keys := s.c.keys.WhatIf
	return append(s.f.Bindings(), keys.Try, keys.Back, s.c.helpBinding(), s.c.keys.Global.Quit)
}

func (s *whatIfEdit) FullHelp() [][]key.Binding {
	keys := s.c.keys.WhatIf
	return [][]key.Binding{s.f.AllBindings(), {keys.Try, keys.Back}, s.c.globalBindings()}
}

// View is the question's prompt and its widget, with why the answer cannot
// be tried yet under it.
func (s *whatIfEdit) View() string {
	st := s.c.st
	w := max(1, s.width-1)
	prompt := st.Prompt.Width(w).Render(s.q.Prompt)
	errText := ""
	if s.fieldErr != "" {
		errText = "\n" + st.Error.Width(w).Render(s.fieldErr)
	}
	room := max(1, s.height-strings.Count(prompt, "\n")-2-strings.Count(errText, "\n"))
	return prompt + "\n\n" + s.f.View(w, room) + errText
}

// newWhatIfCompare shows the path as answered beside the path with the
// answer to question id changed to a: a table on wide windows, one path
// after the other on narrow ones. k keeps the change, esc drops it.
func newWhatIfCompare(c *common, id string, a questions.Answer) *docScreen {
	w := report.OneChange(c.bank, c.answers, id, a)
	strip := func(doc string) string { return strings.TrimPrefix(doc, "# What if\n\n") }
	s := &docScreen{c: c, view: newDocView(c, ""), title: "What if", backTo: "drop",
		extra: []key.Binding{c.keys.WhatIf.Keep},
		docs:  pageDocs{wide: strip(report.WhatIfMarkdown(c.lib, c.bank, w, false)), narrow: strip(report.WhatIfMarkdown(c.lib, c.bank, w, true))}}
	s.onKey = func(k tea.KeyPressMsg) (reply, bool) {
		if key.Matches(k, c.keys.WhatIf.Keep) {
			// The answer is committed and saved like any other; the
			// results below are stale, so the review shows them again.
			return asks(commitMsg{id, a}, backMsg{}, backMsg{}, backMsg{}, showResultsMsg{},
				noteMsg{"Kept: " + keptWords(c.bank, id, a) + ".", false}), true
		}
		return reply{}, false
	}
	return s
}

// keptWords names an answer kept: "SAFe where you work: We are starting a
// SAFe transformation".
func keptWords(b questions.Bank, id string, a questions.Answer) string {
	q, _ := b.Question(id)
	return q.Title + ": " + q.Describe(a)
}
