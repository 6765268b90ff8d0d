package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/model/field"
	"certpath/words"
)

// reviewScreen lists every answer, one row a question, then the row that goes
// on to the results.
type reviewScreen struct {
	c *common
	// fields are the quiz's widgets, read for each row's words.
	fields        []field.Field
	cursor        int
	width, height int
	// results is the last results screen, reused while the answers stay the
	// same so its scroll position is kept.
	results *docScreen
}

// reviewAtMsg puts the review's cursor on a row; the last row shows the
// results.
type reviewAtMsg struct{ row int }

func newReview(c *common, fields []field.Field) *reviewScreen {
	return &reviewScreen{c: c, fields: fields}
}

func (s *reviewScreen) rows() int { return len(s.c.bank.Questions) + 1 }

func (s *reviewScreen) Update(msg tea.Msg) reply {
	if at, ok := msg.(reviewAtMsg); ok {
		s.cursor = at.row
	}
	if _, ok := msg.(showResultsMsg); ok {
		// An answer was kept from the what-if view: the results again.
		s.cursor = len(s.c.bank.Questions)
		return s.showResults()
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return reply{}
	}
	keys, n := s.c.keys.Review, len(s.c.bank.Questions)
	if field.MoveCursor(s.c.keys.Field, k, &s.cursor, s.rows()) {
		return reply{}
	}
	switch {
	case key.Matches(k, keys.Change) && s.cursor == n:
		return s.showResults()
	case key.Matches(k, keys.Change):
		return asks(backMsg{}, gotoMsg{s.cursor, true})
	case key.Matches(k, keys.Back):
		return asks(backMsg{}, gotoMsg{n - 1, false})
	}
	return reply{}
}

// showResults opens the results of the answers now.
func (s *reviewScreen) showResults() reply {
	results, outcome := newResults(s.c, s.results)
	s.results = results
	return asks(resultsMsg{outcome}, open(results))
}

func (s *reviewScreen) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	return nil
}

func (s *reviewScreen) Title() string  { return "Review your answers" }
func (s *reviewScreen) Status() string { return "" }
func (s *reviewScreen) Typing() bool   { return false }

// ShortHelp is moving, changing, going back.
func (s *reviewScreen) ShortHelp() []key.Binding {
	keys := s.c.keys.Review
	return []key.Binding{keys.Move, keys.Change, keys.Back, s.c.helpBinding(), s.c.keys.Global.Quit}
}

// FullHelp lists every key by column.
func (s *reviewScreen) FullHelp() [][]key.Binding {
	keys := s.c.keys.Review
	return [][]key.Binding{{keys.Up, keys.Down, keys.Top, keys.Bottom}, {keys.Change, keys.Back}, s.c.globalBindings()}
}

func (s *reviewScreen) View() string {
	st := s.c.st
	intro := st.Hint.Width(s.width - 1).Render("Pick any answer to change it; enter on the last row shows your recommended path.")
	qs := s.c.bank.Questions
	rows := s.rows()
	room := max(1, s.height-1-lipgloss.Height(intro)-1)
	if room < minReviewRows+1 {
		// On a small window the intro gives way to the answers.
		intro, room = "", max(1, s.height)
	}
	// A narrow window shows the highlighted answer whole, over two or more
	// lines: its title, then its answer wrapped under it.
	expanded := ""
	if s.cursor < len(qs) && s.width < narrowReview {
		title, answer := s.describe(s.cursor)
		wrapped := lipgloss.NewStyle().Width(max(1, s.width-5)).Render(answer)
		var parts []string
		for _, l := range strings.Split(wrapped, "\n") {
			parts = append(parts, "    "+strings.TrimRight(l, " "))
		}
		expanded = ansi.Truncate("> "+title, s.width-1, "…") + "\n" + strings.Join(parts[:min(len(parts), 3)], "\n")
		if lipgloss.Height(expanded)+2 > room {
			expanded = ""
		} else {
			room -= lipgloss.Height(expanded) - 1
		}
	}
	lines := room
	if rows > room {
		lines = max(1, room-1)
	}
	start := max(0, min(s.cursor-lines/2, rows-lines))
	end := min(rows, start+lines)
	// The titles take a third of a wide window; a narrow one gives them
	// half, so that titles alike at the start ("Years in agile roles",
	// "Years in your current role") still read apart.
	titleW := min(30, s.width/3)
	if s.width < narrowReview {
		titleW = min(30, (s.width-4)/2)
	}
	var b strings.Builder
	for i := start; i < end; i++ {
		pointer := "  "
		if i == s.cursor {
			pointer = "> "
		}
		var line string
		if i == len(qs) {
			line = pointer + "→ See my recommended path"
		} else {
			title, answer := s.describe(i)
			title = ansi.Truncate(title, titleW, "…")
			title += strings.Repeat(" ", titleW-ansi.StringWidth(title))
			line = pointer + title + "  " + answer
		}
		line = ansi.Truncate(line, s.width-1, "…")
		if i == s.cursor && expanded != "" {
			line = expanded
		}
		switch {
		case i == s.cursor:
			line = st.Cursor.Render(line)
		case i == len(qs):
			line = st.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if rows > lines {
		b.WriteString(st.Muted.Render("  " + words.Shown(start, end, rows)))
	}
	if intro == "" {
		return strings.TrimRight(b.String(), "\n")
	}
	return intro + "\n\n" + strings.TrimRight(b.String(), "\n")
}

// describe is question i's row: its title and its answer in words, as its
// widget words them.
func (s *reviewScreen) describe(i int) (title, answer string) {
	q := s.c.bank.Questions[i]
	title, answer = field.Row(s.fields[i], q, s.c.answers)
	if a, ok := s.c.answers[q.ID]; ok && s.width < narrowReview {
		if short, has := q.DescribeShort(a); has {
			// A narrow row names a certification by its short name: cut,
			// "Professional Scr…" would read the same for PSM and PSPO.
			answer = short
		}
	}
	return title, answer
}

// narrowReview is the width below which the review gives the highlighted
// answer whole under its title and names certifications by their short
// names.
const narrowReview = 70

// minReviewRows is how many answers the review keeps on screen before its
// intro gives way.
const minReviewRows = 6
