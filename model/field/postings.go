package field

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

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
	area     textarea.Model
	paths    textinput.Model
	onPaths  bool // focus is on the paths input
	review   bool // showing what was found
	findings viewport.Model
	postings []postings.Text
	report   postings.Report
	problems []string
	keys     KeyMap
	st       *Styles
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
	// beside it, up to questions.MaxPostingsTotal, and read with it.
	held string
	// heldNote says what is held, and what was dropped past the limit.
	heldNote string
	// heldLines and droppedLines, dropped count what was held and what a
	// paste past the limit lost.
	heldLines, droppedLines, dropped int
	submit, switchTo, clip           key.Binding
}

// clipboardMsg carries the clipboard's posting, or why there is none.
type clipboardMsg struct {
	text, note string
	err        error
}

// SubmitMsg asks the quiz to take the widget's answer, as enter does on
// other questions.
type SubmitMsg struct{}

// burstMsg ends the wait after an enter that may have been part of a paste.
type burstMsg struct{ seq int }

// BurstMsg is the message a test feeds back to end the wait after an enter.
type BurstMsg = burstMsg

// areaPlaceholder is the text area's placeholder while it is empty and
// nothing is held beside it.
const areaPlaceholder = "Paste one or more postings here. Put a line of --- between postings."

// areaMaxLines is the most lines bubbles' text area holds; a longer paste
// would be cut there without a word.
const areaMaxLines = 10000

// burstGap is how soon a key must follow an enter for both to count as one
// paste: a person types far slower, a terminal pastes far faster.
const burstGap = 40 * time.Millisecond

// PostingsRead carries the postings read from the text area and files, with
// the problems met and the analysis, back from the command that read them.
type PostingsRead struct {
	Postings []postings.Text
	Problems []string
	Report   postings.Report
}

// filesPlaceholder shows what the Files field takes.
const filesPlaceholder = "job.txt saved-page.html job.pdf https://…"

// pastedName names a posting pasted into the text area, before its number.
const pastedName = "pasted posting"

// Origin says where a posting came from, by the name it was given: "pasted"
// (the text area, the clipboard, standard input), "link" or "file".
func Origin(p postings.Text) string {
	lower := strings.ToLower(p.Name)
	switch {
	case strings.HasPrefix(lower, pastedName), lower == "clipboard", lower == "stdin", lower == "-":
		return "pasted"
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
		return "link"
	}
	return "file"
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

func newPostings(keys KeyMap, st *Styles, opts Options) *Postings {
	p := &Postings{keys: keys, st: st, offline: opts.Offline,
		clip:     key.NewBinding(key.WithKeys("ctrl+v"), key.WithHelp("ctrl+v", "clipboard")),
		submit:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "read")),
		switchTo: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "files")),
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

// markFocus shows which input has the focus in shape as well as colour:
// a heavy bar beside the text area, an arrow before Files.
func (p *Postings) markFocus() {
	if p.onPaths {
		p.area.Prompt, p.paths.Prompt = "│ ", "▸ Files: "
		return
	}
	p.area.Prompt, p.paths.Prompt = "▌ ", "  Files: "
}

// focus puts the cursor in Files (onPaths) or in the text area.
func (p *Postings) focus(onPaths bool) {
	p.onPaths = onPaths
	p.markFocus()
	// Focus returns a blink timer, and the cursors do not blink.
	if onPaths {
		p.area.Blur()
		_ = p.paths.Focus()
		return
	}
	p.paths.Blur()
	_ = p.area.Focus()
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
			p.hint = strings.ToUpper(msg.note[:1]) + msg.note[1:] + "."
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

// flush turns an enter that turned out to be part of a paste into the
// newline (or, in the Files field, the space) it was.
func (p *Postings) flush() {
	if !p.waiting {
		return
	}
	p.waiting = false
	if p.onPaths {
		p.paths.SetValue(p.paths.Value() + " ")
		p.paths.CursorEnd()
		return
	}
	p.area.InsertString("\n")
}

// key edits the focused input, or switches between them.
func (p *Postings) key(msg tea.KeyPressMsg) tea.Cmd {
	enter := msg.Code == tea.KeyEnter && msg.Mod == 0
	if !enter {
		p.flush()
	}
	p.hint = ""
	switch {
	case key.Matches(msg, p.submit):
		p.waiting = false
		return func() tea.Msg { return SubmitMsg{} }
	case enter:
		return p.enter()
	case key.Matches(msg, p.clip):
		return func() tea.Msg {
			t, note, err := postings.ReadClipboard()
			return clipboardMsg{t.Text, note, err}
		}
	case key.Matches(msg, p.switchTo):
		if p.onPaths && strings.TrimSpace(p.paths.Value()) != "" {
			if done, n := files.CompletePath(p.paths.Value()); n > 0 {
				p.paths.SetValue(done)
				p.paths.CursorEnd()
				if n > 1 {
					p.hint = fmt.Sprintf("%d files match; type more and press tab again.", n)
				}
				return nil
			}
		}
		p.focus(!p.onPaths)
		return nil
	}
	var cmd tea.Cmd
	if p.onPaths {
		p.paths, cmd = p.paths.Update(msg)
	} else {
		p.area, cmd = p.area.Update(msg)
	}
	return cmd
}

// enter inserts a newline at once where the line has text; on an empty line,
// in the Files field or with nothing typed, it waits burstGap to see whether
// more of a paste follows before it submits.
func (p *Postings) enter() tea.Cmd {
	if p.waiting {
		p.flush()
	}
	if !p.onPaths && strings.TrimSpace(p.currentLine()) != "" {
		p.area.InsertString("\n")
		return nil
	}
	p.pending++
	p.waiting = true
	seq := p.pending
	return tea.Tick(burstGap, func(time.Time) tea.Msg { return burstMsg{seq} })
}

// currentLine is the text area's line under the cursor.
func (p *Postings) currentLine() string {
	lines := strings.Split(p.area.Value(), "\n")
	return lines[min(p.area.Line(), len(lines)-1)]
}

// paste inserts pasted text, sanitized first: a posting must never move the
// cursor, change colours or set the window title.
func (p *Postings) paste(text string) {
	if p.review {
		return
	}
	text = postings.Sanitize(text)
	// A paste whose own escape string was left open can carry the
	// terminal's bracketed-paste markers in as text.
	text = strings.NewReplacer("[200~", "", "[201~", "").Replace(text)
	if p.onPaths && !pathList(text) {
		// Several lines of prose are a posting, not file names: they go to
		// the text area, where they are read as one, and the hint says so.
		p.focus(false)
		p.hint = "The pasted lines went to the text area above: Files takes file names and links, separated by spaces."
	}
	if p.onPaths {
		p.paths, _ = p.paths.Update(tea.PasteMsg{Content: strings.Join(strings.Fields(text), " ")})
		return
	}
	p.insert(text)
}

// insert puts text into the text area at the cursor, or, when the area
// could not hold all of its lines, beside it (see held).
func (p *Postings) insert(text string) {
	if p.held == "" && p.area.LineCount()+strings.Count(text, "\n") < areaMaxLines {
		p.area.InsertString(text)
		return
	}
	if p.held != "" {
		text = "\n" + text
	}
	if room := questions.MaxPostingsTotal - len(p.held); len(text) > room {
		cut := max(0, room)
		if nl := strings.LastIndexByte(text[:cut], '\n'); nl > 0 {
			cut = nl
		}
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		p.droppedLines += lineCount(text[cut:])
		p.dropped += len(text) - cut
		text = text[:cut]
	}
	p.held += text
	p.heldLines = lineCount(p.held)
	p.heldNote = fmt.Sprintf("%s (%s) of pasted text are held beside the box, which shows at most %d lines; ctrl+s reads them with the rest.",
		words.Count(p.heldLines, "line"), words.Bytes(len(p.held)), areaMaxLines)
	// The placeholder says so too: a short window has no room for the note.
	p.area.Placeholder = fmt.Sprintf("%s of pasted text held (too many lines to show here); ctrl+s reads them.", words.Count(p.heldLines, "line"))
	if p.dropped > 0 {
		p.heldNote += fmt.Sprintf(" Past the 4 MiB all postings can hold, %s (%s) were dropped.", words.Count(p.droppedLines, "line"), words.Bytes(p.dropped))
	}
}

// lineCount counts the lines of text, a line break at either end aside.
func lineCount(text string) int {
	if text = strings.Trim(text, "\n"); text == "" {
		return 0
	}
	return strings.Count(text, "\n") + 1
}

// setText replaces what the text area holds, as insert does.
func (p *Postings) setText(text string) {
	p.area.Reset()
	p.held, p.heldNote, p.heldLines, p.droppedLines, p.dropped = "", "", 0, 0, 0
	p.area.Placeholder = areaPlaceholder
	p.insert(text)
}

// text is everything given to paste or type: the text area, then what is
// held beside it.
func (p *Postings) text() string {
	if p.held == "" {
		return p.area.Value()
	}
	return p.area.Value() + "\n" + p.held
}

// pathList reports whether pasted text fits the Files field: one line, or
// lines of one file name or link each.
func pathList(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) == 1 {
		return true
	}
	for _, l := range lines {
		if len(strings.Fields(l)) > 1 {
			return false
		}
	}
	return true
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
	if strings.TrimSpace(text) == "" && len(paths) == 0 {
		return nil
	}
	offline := p.offline
	p.reading = true
	return func() tea.Msg { return readPostings(text, paths, offline) }
}

// flushIgnoringEnter drops an enter still waiting: submitting takes it.
func (p *Postings) flushIgnoringEnter() { p.waiting = false }

// readPostings reads the pasted text and every file or link named, all in
// the command Submit returns: nothing is read in Update or View.
func readPostings(text string, paths []string, offline bool) PostingsRead {
	var r PostingsRead
	n := 0
	for _, part := range splitPostings(text) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		n++
		if len(part) > postings.MaxBytes {
			cut := postings.MaxBytes
			for cut > 0 && !utf8.RuneStart(part[cut]) {
				cut--
			}
			r.Problems = append(r.Problems, fmt.Sprintf("pasted posting %d is over the 1 MiB a posting can be: its first %s are used, the other %s dropped", n, words.Bytes(cut), words.Bytes(len(part)-cut)))
			part = part[:cut]
		}
		clean, err := postings.Check([]byte(part), false)
		if err != nil {
			r.Problems = append(r.Problems, fmt.Sprintf("pasted posting %d: %v", n, err))
			continue
		}
		r.Postings = append(r.Postings, postings.Text{Name: fmt.Sprintf("%s %d", pastedName, n), Text: clean})
	}
	held := 0
	for _, p := range r.Postings {
		held += len(p.Text)
	}
	read, problems := postings.Gather(context.Background(), paths, postings.Sources{Offline: offline, Held: len(r.Postings), HeldBytes: held})
	r.Postings = append(r.Postings, read...)
	r.Problems = append(r.Problems, problems...)
	var capped []string
	r.Postings, capped = questions.CapPostings(r.Postings)
	r.Problems = append(r.Problems, capped...)
	r.Report = postings.Default().AnalyzeAll(r.Postings)
	return r
}

// receive takes the postings read and shows what was found in them.
func (p *Postings) receive(r PostingsRead) {
	p.postings, p.problems, p.report = r.Postings, r.Problems, r.Report
	p.review = len(r.Postings) > 0 || len(r.Problems) > 0
	p.findings.SetYOffset(0)
}

// scroll moves through the findings.
func (p *Postings) scroll(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, p.keys.Up):
		p.findings.ScrollUp(1)
	case key.Matches(msg, p.keys.Down):
		p.findings.ScrollDown(1)
	case key.Matches(msg, p.keys.PageUp):
		p.findings.PageUp()
	case key.Matches(msg, p.keys.PageDown), msg.String() == "space":
		p.findings.PageDown()
	case key.Matches(msg, p.keys.Top):
		p.findings.GotoTop()
	case key.Matches(msg, p.keys.Bottom):
		p.findings.GotoBottom()
	}
	return nil
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
	if strings.TrimSpace(p.text()) != "" || strings.TrimSpace(p.paths.Value()) != "" {
		return questions.Answer{}, errors.New("press ctrl+s to read the postings first")
	}
	return questions.Answer{}, nil
}

// Reset restores committed postings: their text goes back into the text
// area, so nothing given is lost, and the review shows what was found.
func (p *Postings) Reset(a questions.Answer, answered bool) {
	p.setText("")
	p.paths.Reset()
	p.review, p.postings, p.problems, p.waiting = false, nil, nil, false
	if !answered || len(a.Postings) == 0 {
		return
	}
	texts := make([]string, len(a.Postings))
	for i, posting := range a.Postings {
		texts[i] = posting.Text
	}
	p.setText(strings.Join(texts, "\n---\n"))
	// Restoring a committed answer analyses text already in memory (no file
	// is read); it happens on resume and when an edit is cancelled.
	p.receive(PostingsRead{Postings: a.Postings, Report: postings.Default().AnalyzeAll(a.Postings)})
}

// Bindings are the keys this widget uses, short form: how to go on first,
// because a narrow help line is cut from the right.
func (p *Postings) Bindings() []key.Binding {
	if p.review {
		return []key.Binding{p.keys.Move, p.keys.PageDown}
	}
	if p.empty() {
		// Nothing given yet: enter skips the step, the key a narrow window
		// keeps when the hint above gives way.
		skip := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "skip"))
		return []key.Binding{skip, p.clip, p.switchTo}
	}
	return []key.Binding{p.submit, p.clip, p.switchTo}
}

// empty reports whether both inputs are empty: submitting skips the step.
func (p *Postings) empty() bool {
	return strings.TrimSpace(p.text()) == "" && strings.TrimSpace(p.paths.Value()) == ""
}

// AllBindings are every key this widget uses.
func (p *Postings) AllBindings() []key.Binding {
	if p.review {
		return []key.Binding{p.keys.Up, p.keys.Down, p.keys.PageUp, p.keys.PageDown, p.keys.Top, p.keys.Bottom}
	}
	emptyEnter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter on an empty line", "read"))
	return []key.Binding{p.submit, emptyEnter, p.switchTo, p.clip}
}
