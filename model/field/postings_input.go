package field

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/files"
	"certpath/postings"
	"certpath/termtext"
	"certpath/words"
)

// clipboardMsg carries the clipboard's posting, or why there is none.
type clipboardMsg struct {
	text, note string
	err        error
}

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

// filesPlaceholder shows what the Files field takes.
const filesPlaceholder = "job.txt saved-page.html job.pdf https://…"

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
	case key.Matches(msg, p.forget) && len(p.kept) > 0:
		p.hint = "Forgot " + p.keptNames() + "; give the files or links again to read them."
		p.kept = nil
		return nil
	case key.Matches(msg, p.clip):
		return func() tea.Msg {
			t, note, err := postings.ReadClipboard()
			return clipboardMsg{t.Text, note, err}
		}
	case key.Matches(msg, p.switchTo):
		if p.onPaths && strings.TrimSpace(p.paths.Value()) != "" {
			if done, n, hidden := files.CompletePath(p.paths.Value()); n > 0 {
				p.paths.SetValue(done)
				p.paths.CursorEnd()
				switch {
				case hidden:
					p.hint = "A matching file name holds a character a terminal does not show (a control or text-direction mark); rename the file, then press tab again."
				case n > 1:
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
	text = termtext.Sanitize(text)
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
		// InsertString leaves the area's scrolling as it was; an update
		// brings the cursor, at the end of the paste, into view.
		p.area, _ = p.area.Update(nil)
		return
	}
	if p.held != "" {
		text = "\n" + text
	}
	if room := postings.MaxTotal - len(p.held); len(text) > room {
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
	p.refit = true
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

// allInputs reports whether every path names an existing file or is a link:
// typed text that is not is the first line of a pasted posting.
func allInputs(paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	if postings.LooksLikePaths(paths) {
		// Paths, even with a file missing: Gather names the missing one.
		return true
	}
	for _, p := range paths {
		if postings.IsLink(p) {
			continue
		}
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			return false
		}
	}
	return true
}

// readPastedLines reads a posting pasted line by line in accessible mode,
// first line given, up to a line with a full stop. It keeps up to the 1 MiB
// a posting can be, as a file; the lines past that are read and dropped,
// never held.
func readPastedLines(pr Prompter, first string) (string, error) {
	var paste strings.Builder
	paste.WriteString(first)
	keptLines, droppedLines, dropped := 1, 0, 0
	for {
		more, err := pr.Line("")
		if err != nil && !errors.Is(err, ErrInputEnded) {
			return "", err
		}
		if err != nil || more == "." {
			break
		}
		if droppedLines > 0 || paste.Len()+1+len(more) > postings.MaxBytes {
			droppedLines++
			dropped += len(more) + 1
			continue
		}
		paste.WriteString("\n" + more)
		keptLines++
	}
	if droppedLines > 0 {
		pr.Say(fmt.Sprintf("The pasted posting is over the 1 MiB a posting can be: its first %s (%s) are kept, the other %s (%s) dropped.",
			words.Count(keptLines, "line"), words.Bytes(paste.Len()), words.Count(droppedLines, "line"), words.Bytes(dropped)))
	}
	return paste.String(), nil
}
