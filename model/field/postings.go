package field

import (
	"context"
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"certpath/files"
	"certpath/postings"
	"certpath/questions"
	"certpath/words"
)

// Postings is the widget of the postings question: paste postings into a
// text area or type file paths, submit to read them, look at what was found,
// press enter to keep it. Leaving both empty skips the question.
//
// A terminal that does not bracket pastes sends a pasted posting as key
// presses, newlines included, so enter alone must never submit: enter on an
// empty line submits only when no other key follows within burstGap, and
// ctrl+s always submits.
type Postings struct {
	Base
	area     textarea.Model
	paths    textinput.Model
	onPaths  bool // focus is on the paths input
	review   bool // showing what was found
	findings viewport.Model
	postings []postings.Text
	report   postings.Report
	problems []string
	width    int
	// pending counts enters that may yet turn out to be part of a paste;
	// a burstMsg with the same number, arriving with no key in between,
	// submits.
	pending int
	waiting bool
	hint    string
	offline bool
	// reading says the postings are being read: the view says so, and
	// another ctrl+s or enter starts no second read.
	reading bool
	// held is pasted text the text area could not hold (it keeps at most
	// areaMaxLines lines and drops the rest without a word): kept whole
	// beside it, up to postings.MaxTotal, and read with it.
	held string
	// heldNote says what is held, and what was dropped past the limit.
	heldNote string
	// heldLines and droppedLines, dropped count what was held and what a
	// paste past the limit lost.
	heldLines, droppedLines, dropped int
	// kept are postings read earlier from files and links, restored with
	// a committed answer: read again with the rest as they were read,
	// never turned into pasted text, until ctrl+x forgets them.
	kept []postings.Text
	// refit says the text was replaced: the next view scrolls the area
	// afresh (setAreaHeight).
	refit                          bool
	submit, switchTo, clip, forget key.Binding
}

// SubmitMsg asks the quiz to take the widget's answer, as enter does on
// other questions.
type SubmitMsg struct{}

// PostingsRead carries the postings read from the text area and files, with
// the problems met and the analysis, back from the command that read them.
type PostingsRead struct {
	Postings []postings.Text
	Problems []string
	Report   postings.Report
}

func newPostings(b Base, opts Options) Field {
	st := b.st
	p := &Postings{Base: b, offline: opts.Offline,
		clip:     key.NewBinding(key.WithKeys("ctrl+v"), key.WithHelp("ctrl+v", "clipboard")),
		submit:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "read")),
		switchTo: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "files")),
		forget:   key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", "forget kept files")),
	}
	p.area = textarea.New()
	p.area.Placeholder = areaPlaceholder
	p.area.ShowLineNumbers = false
	p.area.MaxHeight = 0
	p.paths = textinput.New()
	p.paths.Placeholder = filesPlaceholder
	// Steady cursors: a blinking one is a timer running while nobody types.
	as := p.area.Styles()
	as.Cursor.Blink = false
	as.Focused.Prompt = st.Cursor
	as.Blurred.Prompt = st.Muted
	p.area.SetStyles(as)
	ps := p.paths.Styles()
	ps.Cursor.Blink = false
	ps.Focused.Prompt = st.Cursor
	ps.Blurred.Prompt = st.Muted
	p.paths.SetStyles(ps)
	p.area.Focus()
	p.findings = viewport.New()
	p.markFocus()
	return p
}

// Arrive focuses the text area: coming back to the step, a paste (the
// common case) must land there, not in Files where it left off.
func (p *Postings) Arrive() {
	p.focus(false)
	p.hint = ""
}

// Typing reports whether keys are text: q and ? must type, not quit or help,
// and enter is the widget's to read.
func (p *Postings) Typing() bool { return !p.review }

// Update edits the focused input or switches between them, takes pastes,
// decides whether an enter submits, and takes the postings read.
func (p *Postings) Update(m tea.Msg) tea.Cmd {
	switch msg := m.(type) {
	case PostingsRead:
		p.reading = false
		p.receive(msg)
		return nil
	case clipboardMsg:
		if msg.err != nil {
			p.hint = msg.err.Error()
			return nil
		}
		p.paste(msg.text)
		if msg.note != "" {
			p.hint = words.Capitalize(msg.note) + "."
		}
		return nil
	case burstMsg:
		if p.waiting && msg.seq == p.pending {
			p.waiting = false
			return func() tea.Msg { return SubmitMsg{} }
		}
		return nil
	case tea.PasteMsg:
		p.flush()
		p.paste(msg.Content)
		return nil
	case tea.KeyPressMsg:
		if p.review {
			return p.scroll(msg)
		}
		return p.key(msg)
	}
	return nil
}

// Submit returns the command that reads the postings when there is
// something to read, or nil when the widget is ready to answer.
func (p *Postings) Submit() tea.Cmd {
	if p.review {
		return nil
	}
	if p.reading {
		// Not ready to answer, and nothing more to start.
		return func() tea.Msg { return nil }
	}
	p.flushIgnoringEnter()
	text := p.text()
	paths, err := files.SplitPaths(p.paths.Value())
	if err != nil {
		problem := "Files: " + err.Error()
		return func() tea.Msg { return PostingsRead{Problems: []string{problem}} }
	}
	if strings.TrimSpace(text) == "" && len(paths) == 0 && len(p.kept) == 0 {
		return nil
	}
	src := postings.Sources{Pasted: text, Offline: p.offline, Kept: slices.Clone(p.kept)}
	p.reading = true
	an := p.analyzer()
	return func() tea.Msg { return readPostings(paths, src, an) }
}

// flushIgnoringEnter drops an enter still waiting: submitting takes it.
func (p *Postings) flushIgnoringEnter() { p.waiting = false }

// readPostings reads the pasted text and every file or link named, all in
// the command Submit returns: nothing is read in Update or View.
func readPostings(paths []string, src postings.Sources, an *postings.Lazy) PostingsRead {
	read, problems := postings.Gather(context.Background(), paths, src)
	return PostingsRead{Postings: read, Problems: postings.Messages(problems), Report: an.Analyzer().AnalyzeAll(read)}
}

// analyzer is the analyzer of the question's catalogue, compiled on first
// use.
func (p *Postings) analyzer() *postings.Lazy {
	k, _ := p.q.Kind.(questions.Postings)
	return k.Lexicon
}

// receive takes the postings read and shows what was found in them.
func (p *Postings) receive(r PostingsRead) {
	p.postings, p.problems, p.report = r.Postings, r.Problems, r.Report
	p.review = len(r.Postings) > 0 || len(r.Problems) > 0
	p.findings.SetYOffset(0)
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
	if !p.empty() {
		return questions.Answer{}, errors.New("press ctrl+s to read the postings first")
	}
	return questions.Answer{}, nil
}

// Reset restores committed postings, so nothing given is lost: pasted text
// goes back into the text area, postings read from files and links are
// kept as they were read (named, not turned into pasted text), and the
// review shows what was found.
func (p *Postings) Reset(a questions.Answer, answered bool) {
	p.setText("")
	p.paths.Reset()
	p.review, p.postings, p.problems, p.waiting, p.kept = false, nil, nil, false, nil
	if !answered || len(a.Postings) == 0 {
		return
	}
	var texts []string
	for _, posting := range a.Postings {
		if postings.Origin(posting) == "pasted" {
			texts = append(texts, posting.Text)
		} else {
			p.kept = append(p.kept, posting)
		}
	}
	p.setText(strings.Join(texts, "\n---\n"))
	// Restoring a committed answer analyses text already in memory (no file
	// is read); it happens on resume and when an edit is cancelled.
	p.receive(PostingsRead{Postings: a.Postings, Report: p.analyzer().Analyzer().AnalyzeAll(a.Postings)})
}

// Describe names the step "Postings given" in the review and says what was
// given, files, links or pasted text, with counts, rather than calling
// everything pasted.
func (p *Postings) Describe(a questions.Answer) (title, answer string) {
	if len(a.Postings) == 0 {
		return "Postings given", p.q.Describe(a)
	}
	count := map[string]int{}
	var names []string
	for _, posting := range a.Postings {
		origin := postings.Origin(posting)
		count[origin]++
		if origin != "pasted" {
			names = append(names, shortName(posting))
		}
	}
	var parts []string
	for _, kind := range []struct{ origin, noun string }{{"file", "file"}, {"link", "link"}, {"pasted", "pasted posting"}} {
		if n := count[kind.origin]; n > 0 {
			parts = append(parts, words.Count(n, kind.noun))
		}
	}
	answer = strings.Join(parts, ", ")
	if len(names) > 0 {
		answer += ": " + strings.Join(names, ", ")
	}
	return "Postings given", answer
}
