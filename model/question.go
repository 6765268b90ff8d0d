package model

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/model/field"
	"certpath/questions"
)

// promptText is a question's prompt (and hint) wrapped to width. Wrapping
// is the dearest part of a frame, and the text only changes with the
// question, the width or the style, so it is kept.
func (m Model) promptText(q questions.Question, width int, withHint bool) string {
	k := frameKey{q.ID, width, withHint, m.isDark}
	if s, ok := m.frames.get(k); ok {
		return s
	}
	text := m.st.Prompt.Width(width).Render(q.Prompt)
	if withHint && q.Hint != "" {
		text += "\n" + m.st.Hint.Width(width).Render(q.Hint)
	}
	m.frames.put(k, text)
	return text
}

// frameKey names a piece of a frame kept between frames: a prompt by its
// question, or a footer by everything it shows (in text).
type frameKey struct {
	text  string
	width int
	hint  bool
	dark  bool
}

// frameCache keeps styled pieces of frames. It is shared by the copies of
// the model that Bubble Tea passes around; View runs on one goroutine, but a
// mutex keeps tests under -race honest.
type frameCache struct {
	mu sync.Mutex
	m  map[frameKey]string
}

func (c *frameCache) get(k frameKey) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[k]
	return s, ok
}

func (c *frameCache) put(k frameKey, s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 256 {
		c.m = map[frameKey]string{}
	}
	c.m[k] = s
}

// typing reports whether the question on screen takes text, so that q and ?
// are letters rather than quit and help.
func (m Model) typing() bool {
	if m.screen != questionScreen {
		return false
	}
	t, ok := m.fields[m.index].(field.Typer)
	return ok && t.Typing()
}

// updateQuestion hands keys to the question's widget; enter commits its
// answer, esc goes back with every answer kept.
func (m Model) updateQuestion(msg tea.Msg) (tea.Model, tea.Cmd) {
	q := m.bank.Questions[m.index]
	f := m.fields[m.index]
	switch msg := msg.(type) {
	case tea.PasteMsg:
		if p, ok := f.(field.Paster); ok {
			p.Paste(msg.Content)
			m.fieldErr = ""
		}
		return m, nil
	case field.PostingsRead:
		if r, ok := f.(interface{ Receive(field.PostingsRead) }); ok {
			r.Receive(msg)
		}
		return m, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Next):
		if s, ok := f.(field.Submitter); ok {
			if cmd := s.Submit(); cmd != nil {
				m.fieldErr = ""
				return m, cmd
			}
		}
		a, err := f.Answer()
		if err != nil {
			m.fieldErr = sentence(err)
			return m, nil
		}
		m.answers[q.ID] = a
		m.fieldErr = ""
		save := m.saveCmd()
		switch {
		case m.editing:
			m.editing = false
			next, _ := m.openReview(m.index)
			return next, save
		case m.index == len(m.bank.Questions)-1:
			// The quiz is done: land on the row that shows the results.
			next, _ := m.openReview(len(m.bank.Questions))
			return next, save
		}
		m.index++
		return m, save
	case key.Matches(k, m.keys.Back):
		m.fieldErr = ""
		if s, ok := f.(field.Stepper); ok && s.StepBack() {
			return m, nil
		}
		if m.editing {
			// Leaving an edit without enter keeps the committed answer.
			a, answered := m.answers[q.ID]
			f.Reset(a, answered)
			m.editing = false
			return m.openReview(m.index)
		}
		if m.index == 0 {
			m.screen = welcomeScreen
			return m, nil
		}
		m.index--
	default:
		if f.Update(k) {
			m.fieldErr = ""
		}
	}
	return m, nil
}

func (m Model) questionKeys() helpKeys {
	f := m.fields[m.index]
	next := m.keys.Next
	if m.editing {
		next.SetHelp("enter", "save")
	}
	back := m.keys.Back
	if m.editing {
		back.SetHelp("esc", "cancel")
	}
	if _, steps := f.(field.Stepper); steps && !m.typing() {
		back.SetHelp("esc", "edit")
	}
	quit := m.keys.Quit
	if m.typing() {
		// While typing, q is a letter; only ctrl+c quits.
		quit = m.keys.ForceQuit
		if _, ok := f.(field.Submitter); ok {
			next.SetHelp("enter", "read/skip")
		}
	}
	if m.typing() {
		// ? is a letter too, so there is no full help to toggle.
		// On a narrow window the help line is cut from the right, so the
		// keys that move on come first.
		short := append([]key.Binding{next, back}, append(f.Bindings(), quit)...)
		return helpKeys{short: short, full: [][]key.Binding{short}}
	}
	short := append(f.Bindings(), next, back, m.helpBinding(), quit)
	return helpKeys{
		short: short,
		full:  [][]key.Binding{f.AllBindings(), {next, back}, {m.helpBinding(), quit}},
	}
}

func (m Model) viewQuestion() string {
	q := m.bank.Questions[m.index]
	n := len(m.bank.Questions)
	header := m.header(questions.SectionTitle(q.Section))
	counter := fmt.Sprintf("Question %d of %d", m.index+1, n)
	if m.editing {
		counter = fmt.Sprintf("Changing question %d of %d", m.index+1, n)
	}
	progressLine := counter + "  " + m.bar.ViewAs(float64(m.index)/float64(n))
	w := m.width - 1
	errText := m.fieldErr
	if errText == "" {
		errText = m.note
	}
	footer := m.footer(m.questionKeys(), errText)
	// On a short window the hint gives way to the answers first, then the
	// blank lines do.
	var body string
	for _, layout := range []struct{ hint, spaced bool }{{true, true}, {false, true}, {false, false}} {
		gap := "\n"
		if layout.spaced {
			gap = "\n\n"
		}
		text := m.promptText(q, w, layout.hint)
		top := lipgloss.NewStyle().MaxWidth(m.width).Render(progressLine) + gap + text + gap
		room := m.height - lipgloss.Height(header) - (lipgloss.Height(top) - 1) - lipgloss.Height(footer)
		body = top + m.fields[m.index].View(w, max(1, room))
		if room >= 4 {
			break
		}
	}
	return m.fill(header, body, footer)
}

// sentence shows an error as a sentence: capital first letter, full stop.
func sentence(err error) string {
	s := err.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:] + "."
}
