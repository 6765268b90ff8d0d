package model

import (
	"fmt"
	"reflect"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/model/field"
	"certpath/questions"
	"certpath/words"
)

// quizScreen asks the questions one at a time, each with its kind's widget.
// Like huh's form it is a small state machine: enter validates the draft and
// commits it, esc steps back, and every widget keeps its draft.
type quizScreen struct {
	c             *common
	fields        []field.Field
	index         int  // the question on screen
	editing       bool // opened from the review: enter and esc go back to it
	fieldErr      string
	bar           progress.Model
	width, height int
	// review lists the answers; the quiz opens it at a row (reviewAtMsg).
	review screen
}

// advanceMsg moves the quiz on once the root has stored an answer.
type advanceMsg struct{}

// startMsg opens the first question without an answer, or the review when
// every question has one, with the committed answers in the widgets.
type startMsg struct{}

// gotoMsg shows question index, to change it (editing) or to go on from it.
type gotoMsg struct {
	index   int
	editing bool
}

func newQuiz(c *common) (*quizScreen, error) {
	s := &quizScreen{c: c, bar: progress.New(progress.WithoutPercentage(), progress.WithWidth(30), progress.WithFillCharacters('█', '░'))}
	for _, q := range c.bank.Questions {
		f, err := field.New(q, c.keys.Field, &c.st.Styles, field.Options{Offline: c.opts.Offline})
		if err != nil {
			return nil, err
		}
		s.fields = append(s.fields, f)
	}
	s.review = newReview(c, s.fields)
	return s, nil
}

// toReview opens the review at a row; the last row shows the results.
func (s *quizScreen) toReview(row int) reply { return asks(open(s.review), reviewAtMsg{row}) }

// start puts the committed answers into the widgets and shows the first
// question without an answer, or opens the review when every one has one.
func (s *quizScreen) start() reply {
	s.editing, s.fieldErr = false, ""
	for i, q := range s.c.bank.Questions {
		a, ok := s.c.answers[q.ID]
		s.fields[i].Reset(a, ok)
	}
	// An optional question without an answer is passed over only when a
	// later one has an answer (an answers file may leave it out); one that
	// was reached and not yet answered (a posting pasted, not yet read) is
	// where the person left off.
	last := -1
	for i, q := range s.c.bank.Questions {
		if _, ok := s.c.answers[q.ID]; ok {
			last = i
		}
	}
	for i, q := range s.c.bank.Questions {
		if _, ok := s.c.answers[q.ID]; !ok && (!q.Optional || i > last) {
			s.show(i)
			return reply{}
		}
	}
	s.show(len(s.fields) - 1)
	return s.toReview(len(s.fields))
}

// show puts question i on screen.
func (s *quizScreen) show(i int) {
	s.index = i
	s.fields[i].Arrive()
}

func (s *quizScreen) question() questions.Question { return s.c.bank.Questions[s.index] }

func (s *quizScreen) Update(msg tea.Msg) reply {
	f := s.fields[s.index]
	switch msg := msg.(type) {
	case startMsg:
		return s.start()
	case advanceMsg:
		return s.advance()
	case gotoMsg:
		s.editing, s.fieldErr = msg.editing, ""
		s.show(msg.index)
		return reply{}
	case tea.KeyPressMsg:
		return s.key(msg)
	case field.SubmitMsg:
		return s.next()
	case tea.PasteMsg:
		s.fieldErr = ""
	}
	return runs(f.Update(msg))
}

// key handles enter and esc; every other key is the widget's.
func (s *quizScreen) key(k tea.KeyPressMsg) reply {
	q, f := s.question(), s.fields[s.index]
	switch {
	case key.Matches(k, s.c.keys.Quiz.Submit) && f.Typing():
		// ctrl+s submits at once, so keys typed right after it land on
		// the next question.
		return s.next()
	case key.Matches(k, s.c.keys.Quiz.Next) && !f.Typing():
		// A widget that takes text decides what enter means: a newline, or
		// submitting (it sends field.SubmitMsg).
		return s.next()
	case key.Matches(k, s.c.keys.Quiz.Back):
		s.fieldErr = ""
		if f.StepBack() {
			return reply{}
		}
		if s.editing {
			// Leaving an edit without enter keeps the committed answer.
			a, answered := s.c.answers[q.ID]
			f.Reset(a, answered)
			s.editing = false
			return s.toReview(s.index)
		}
		if s.index == 0 {
			return asks(backMsg{})
		}
		s.show(s.index - 1)
		return reply{}
	}
	s.fieldErr = ""
	return runs(f.Update(k))
}

// next is enter: the widget's own work first (reading posting files), then
// its answer, committed, or the reason it cannot answer yet.
func (s *quizScreen) next() reply {
	q, f := s.question(), s.fields[s.index]
	if cmd := f.Submit(); cmd != nil {
		s.fieldErr = ""
		return runs(cmd)
	}
	a, err := f.Answer()
	if err != nil {
		s.fieldErr = words.Sentence(err)
		return reply{}
	}
	s.fieldErr = ""
	return asks(commitMsg{q.ID, a}, advanceMsg{})
}

// advance goes on after a commit: to the next question, or to the review.
func (s *quizScreen) advance() reply {
	switch {
	case s.editing:
		s.editing = false
		return s.toReview(s.index)
	case s.index == len(s.fields)-1:
		// The quiz is done: land on the row that shows the results.
		return s.toReview(len(s.fields))
	}
	s.show(s.index + 1)
	return reply{}
}

func (s *quizScreen) Typing() bool { return s.fields[s.index].Typing() }

// drafts are the answers built on a question and not yet confirmed with
// enter (a box ticked, a share of the week set) that fit their question:
// quitting keeps them, as going back does. A widget says whether its draft
// is the person's own (Drafted), not merely where its cursor stands.
func (s *quizScreen) drafts() []commitMsg {
	var out []commitMsg
	for i, f := range s.fields {
		if d, ok := f.(interface{ Drafted() bool }); !ok || !d.Drafted() {
			continue
		}
		id := s.c.bank.Questions[i].ID
		committed, ok := s.c.answers[id]
		if a, err := f.Answer(); err == nil && (!ok || !reflect.DeepEqual(a, committed)) {
			out = append(out, commitMsg{id, a})
		}
	}
	return out
}

func (s *quizScreen) Title() string { return questions.SectionTitle(s.question().Section) }

// Status is empty: a field's error is drawn under the answers (View).
func (s *quizScreen) Status() string { return "" }

func (s *quizScreen) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.bar.SetWidth(min(30, max(10, width-24)))
	return nil
}

// ShortHelp puts the widget's keys first; while typing, the keys that move
// on come first, because a narrow help line is cut from the right.
func (s *quizScreen) ShortHelp() []key.Binding {
	next, back, quit := s.moveKeys()
	f := s.fields[s.index]
	if s.Typing() {
		return append(f.Bindings(), back, quit)
	}
	return append(f.Bindings(), next, back, s.c.helpBinding(), quit)
}

// FullHelp lists every key by column; while typing ? is a letter, so the
// full help is the short one.
func (s *quizScreen) FullHelp() [][]key.Binding {
	if s.Typing() {
		return [][]key.Binding{s.ShortHelp()}
	}
	next, back, quit := s.moveKeys()
	return [][]key.Binding{s.fields[s.index].AllBindings(), {next, back}, {s.c.helpBinding(), quit}}
}

// moveKeys are enter, esc and quit, worded for what they do now.
func (s *quizScreen) moveKeys() (next, back, quit key.Binding) {
	keys := s.c.keys
	next, back, quit = keys.Quiz.Next, keys.Quiz.Back, keys.Global.Quit
	if s.editing {
		next.SetHelp("enter", "save")
		back.SetHelp("esc", "cancel")
	}
	f := s.fields[s.index]
	if s.Typing() {
		// While typing, q is a letter; only ctrl+c quits.
		quit = keys.Global.ForceQuit
		next = keys.Quiz.Submit
	} else if label := f.BackHelp(); label != "" {
		back.SetHelp("esc", label)
	}
	return next, back, quit
}

func (s *quizScreen) View() string {
	q := s.question()
	n := len(s.fields)
	counter := fmt.Sprintf("Question %d of %d", s.index+1, n)
	if s.editing {
		counter = fmt.Sprintf("Changing question %d of %d", s.index+1, n)
	}
	progressLine := counter + "  " + s.bar.ViewAs(float64(s.index)/float64(n))
	w := s.width - 1
	// Why the answer cannot be taken yet stands right under the answers
	// (under the week's total, say), not in the footer a tall window puts
	// dozens of rows below them.
	errText := ""
	if s.fieldErr != "" {
		errText = "\n" + s.c.st.Error.Width(max(1, w)).Render(s.fieldErr)
	}
	// On a short window the blank lines give way to the answers first, then
	// the hint does: it says how to answer ("two or more of them"), which
	// a blank line does not. The widget is drawn once, for the layout
	// chosen: a text area drawn at another height first would keep that
	// height's scrolling.
	var top string
	room := 0
	for _, layout := range []struct{ hint, spaced bool }{{true, true}, {true, false}, {false, true}, {false, false}} {
		gap := "\n"
		if layout.spaced {
			gap = "\n\n"
		}
		text := s.promptText(q, w, layout.hint)
		top = lipgloss.NewStyle().MaxWidth(s.width).Render(progressLine) + gap + text + gap
		room = s.height - (lipgloss.Height(top) - 1) - (lipgloss.Height(errText) - 1)
		if room >= 4 {
			break
		}
	}
	return top + s.fields[s.index].View(w, max(1, room)) + errText
}

// promptText is a question's prompt (and hint) wrapped to width. Wrapping
// is the dearest part of a frame, and the text only changes with the
// question, the width or the style, so it is kept.
func (s *quizScreen) promptText(q questions.Question, width int, withHint bool) string {
	k := frameKey{q.ID, width, withHint, s.c.st.isDark}
	if out, ok := s.c.frames.get(k); ok {
		return out
	}
	text := s.c.st.Prompt.Width(width).Render(q.Prompt)
	if withHint && q.Hint != "" {
		text += "\n" + s.c.st.Hint.Width(width).Render(q.Hint)
	}
	s.c.frames.put(k, text)
	return text
}
