package field

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/postings"
	"certpath/questions"
	"certpath/words"
)

// Postings is the widget of the postings question: paste postings into a
// text area or type file paths, press enter to read them, look at what was
// found, press enter again to keep it. Leaving both empty skips the question.
type Postings struct {
	area     textarea.Model
	paths    textinput.Model
	onPaths  bool // focus is on the paths input
	review   bool // showing what was found
	postings []postings.Text
	report   postings.Report
	problems []string
	keys     KeyMap
	st       *Styles
	newLine  key.Binding
	switchTo key.Binding
}

// PostingsRead carries the postings read from the text area and files, with
// the problems met, back from the command that read them.
type PostingsRead struct {
	Postings []postings.Text
	Problems []string
	Report   postings.Report
}

// splitPostings splits pasted text into postings at lines made of three or
// more dashes.
func splitPostings(text string) []string {
	var parts []string
	var cur strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(line)
		if len(t) >= 3 && strings.Trim(t, "-") == "" {
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	return append(parts, cur.String())
}

func newPostings(keys KeyMap, st *Styles) *Postings {
	p := &Postings{keys: keys, st: st,
		newLine:  key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"), key.WithHelp("ctrl+j", "new line")),
		switchTo: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "files")),
	}
	p.area = textarea.New()
	p.area.Placeholder = "Paste one or more postings here. Put a line of --- between postings."
	p.area.ShowLineNumbers = false
	p.area.KeyMap.InsertNewline = p.newLine
	p.area.MaxHeight = 0
	p.paths = textinput.New()
	p.paths.Prompt = "Files: "
	p.paths.Placeholder = "posting.txt other.txt"
	// Steady cursors: a blinking one is a timer running while nobody types.
	as := p.area.Styles()
	as.Cursor.Blink = false
	p.area.SetStyles(as)
	ps := p.paths.Styles()
	ps.Cursor.Blink = false
	p.paths.SetStyles(ps)
	p.area.Focus()
	return p
}

// Typing reports whether keys are text: q and ? must type, not quit or help.
func (p *Postings) Typing() bool { return !p.review }

// Update edits the focused input or switches between them, takes pastes,
// and takes the postings its Submit command read.
func (p *Postings) Update(m tea.Msg) tea.Cmd {
	switch msg := m.(type) {
	case PostingsRead:
		p.receive(msg)
		return nil
	case tea.PasteMsg:
		p.paste(msg.Content)
		return nil
	case tea.KeyPressMsg:
		p.key(msg)
	}
	return nil
}

// key edits the focused input, or switches between them.
func (p *Postings) key(msg tea.KeyPressMsg) {
	if p.review {
		return
	}
	if key.Matches(msg, p.switchTo) {
		p.onPaths = !p.onPaths
		if p.onPaths {
			p.area.Blur()
			p.paths.Focus()
		} else {
			p.paths.Blur()
			p.area.Focus()
		}
		return
	}
	if p.onPaths {
		p.paths, _ = p.paths.Update(msg)
	} else {
		p.area, _ = p.area.Update(msg)
	}
}

// Paste inserts pasted text, sanitized first: a posting must never move the
// cursor, change colours or set the window title.
func (p *Postings) paste(text string) {
	if p.review {
		return
	}
	text = postings.Sanitize(text)
	if p.onPaths {
		p.paths, _ = p.paths.Update(tea.PasteMsg{Content: strings.ReplaceAll(text, "\n", " ")})
		return
	}
	p.area.InsertString(text)
}

// Submit returns the command that reads the postings when there is
// something to read, or nil when the widget is ready to answer.
func (p *Postings) Submit() tea.Cmd {
	if p.review {
		return nil
	}
	text, paths := p.area.Value(), strings.Fields(p.paths.Value())
	if strings.TrimSpace(text) == "" && len(paths) == 0 {
		return nil
	}
	return func() tea.Msg { return readPostings(text, paths) }
}

func readPostings(text string, paths []string) PostingsRead {
	var r PostingsRead
	n := 0
	for _, part := range splitPostings(text) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		n++
		clean, err := postings.Check([]byte(part), false)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("pasted posting %d: %v", n, err))
			continue
		}
		r.Postings = append(r.Postings, postings.Text{Name: fmt.Sprintf("pasted posting %d", n), Text: clean})
	}
	for _, path := range paths {
		posting, note, err := postings.ReadFile(path)
		if note != "" {
			r.Problems = append(r.Problems, note)
		}
		if err != nil {
			r.Problems = append(r.Problems, err.Error())
			continue
		}
		r.Postings = append(r.Postings, posting)
	}
	if len(r.Postings) > questions.MaxPostings {
		r.Problems = append(r.Problems, fmt.Sprintf("only the first %d postings are used", questions.MaxPostings))
		r.Postings = r.Postings[:questions.MaxPostings]
	}
	r.Report = postings.NewAnalyzer(postings.Lexicon()).AnalyzeAll(r.Postings)
	return r
}

// receive takes the postings read and shows what was found in them.
func (p *Postings) receive(r PostingsRead) {
	p.postings, p.problems, p.report = r.Postings, r.Problems, r.Report
	p.review = len(r.Postings) > 0 || len(r.Problems) > 0
}

// BackHelp says esc goes back to editing while the findings show.
func (p *Postings) BackHelp() string {
	if p.review {
		return "edit"
	}
	return ""
}

// StepBack leaves the review for the inputs, with everything typed kept.
func (p *Postings) StepBack() bool {
	if !p.review {
		return false
	}
	p.review = false
	return true
}

// Answer returns the postings read, or none when both inputs were left empty.
func (p *Postings) Answer() (questions.Answer, error) {
	if p.review {
		if len(p.postings) == 0 {
			return questions.Answer{}, errors.New("none of the postings could be read; press esc to fix them, or empty both fields to skip")
		}
		return questions.Answer{Postings: slices.Clone(p.postings)}, nil
	}
	if strings.TrimSpace(p.area.Value()) != "" || strings.TrimSpace(p.paths.Value()) != "" {
		return questions.Answer{}, errors.New("press enter to read the postings first")
	}
	return questions.Answer{}, nil
}

// Reset restores committed postings: their text goes back into the text
// area, so nothing given is lost, and the review shows what was found.
func (p *Postings) Reset(a questions.Answer, answered bool) {
	p.area.Reset()
	p.paths.Reset()
	p.review, p.postings, p.problems = false, nil, nil
	if !answered || len(a.Postings) == 0 {
		return
	}
	texts := make([]string, len(a.Postings))
	for i, posting := range a.Postings {
		texts[i] = posting.Text
	}
	p.area.SetValue(strings.Join(texts, "\n---\n"))
	// Restoring a committed answer analyses text already in memory (no file
	// is read); it happens on resume and when an edit is cancelled.
	p.receive(PostingsRead{Postings: a.Postings, Report: postings.NewAnalyzer(postings.Lexicon()).AnalyzeAll(a.Postings)})
}

// Bindings are the keys this widget uses, short form.
func (p *Postings) Bindings() []key.Binding {
	if p.review {
		return nil
	}
	return []key.Binding{p.switchTo, p.newLine}
}

// AllBindings are every key this widget uses.
func (p *Postings) AllBindings() []key.Binding { return p.Bindings() }

// View shows the inputs, or what was found.
func (p *Postings) View(width, height int) string {
	if p.review {
		return p.viewReview(width, height)
	}
	p.area.SetWidth(width)
	p.paths.SetWidth(max(1, width-len(p.paths.Prompt)-1))
	switch {
	case height >= 4:
		p.area.SetHeight(height - 2)
		return p.area.View() + "\n\n" + p.paths.View()
	case height >= 2:
		// A short window drops the blank line, never the files input.
		p.area.SetHeight(height - 1)
		return p.area.View() + "\n" + p.paths.View()
	case p.onPaths:
		return p.paths.View()
	}
	p.area.SetHeight(1)
	return p.area.View()
}

func (p *Postings) viewReview(width, height int) string {
	var lines []string
	add := func(s string) { lines = append(lines, ansi.Truncate(s, width, "…")) }
	rep := p.report
	if top := rep.Top(); top != "" {
		var best []string
		for _, s := range rep.Profiles[:min(3, len(rep.Profiles))] {
			if s.Points > 0 {
				best = append(best, fmt.Sprintf("%s %.0f%%", s.Name, s.Score))
			}
		}
		add(p.st.Selected.Render("Read "+words.Count(len(p.postings), "posting")+": ") + strings.Join(best, " · "))
	} else if len(p.postings) > 0 {
		add("Read " + words.Count(len(p.postings), "posting") + "; no role signals found in them.")
	}
	for _, prob := range p.problems {
		add(p.st.Muted.Render("! " + prob))
	}
	for i, posting := range p.postings {
		if len(lines) >= height {
			break
		}
		var evidence []postings.Evidence
		if len(rep.Postings) > 0 {
			evidence = rep.Postings[i].Evidence
		} else {
			evidence = rep.Evidence
		}
		add(p.st.Muted.Render(posting.Name + ":"))
		for _, l := range highlightedLines(posting.Text, evidence, p.st) {
			if len(lines) >= height {
				break
			}
			add("  " + l)
		}
	}
	return strings.Join(lines[:min(len(lines), max(1, height))], "\n")
}

// highlightedLines returns the lines of text that hold evidence, with the
// matched phrases drawn in the highlight style (bold and underlined, so it
// shows without colour too).
func highlightedLines(text string, evidence []postings.Evidence, st *Styles) []string {
	var spans [][2]int
	for _, e := range evidence {
		spans = append(spans, e.Spans...)
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var out []string
	for len(spans) > 0 {
		start := strings.LastIndexByte(text[:spans[0][0]], '\n') + 1
		end := strings.IndexByte(text[spans[0][0]:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += spans[0][0]
		}
		var b strings.Builder
		at := start
		for len(spans) > 0 && spans[0][0] < end {
			sp := spans[0]
			spans = spans[1:]
			if sp[0] < at {
				continue
			}
			b.WriteString(text[at:sp[0]])
			b.WriteString(st.Highlight.Render(text[sp[0]:min(sp[1], end)]))
			at = min(sp[1], end)
		}
		b.WriteString(text[at:end])
		out = append(out, strings.TrimSpace(strings.ReplaceAll(b.String(), "\t", " ")))
	}
	return out
}
