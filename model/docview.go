package model

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// glamourGutter is the margin Glamour's styles add on the left.
const glamourGutter = 2

// maxReadableWidth caps the text width on wide windows: prose past about 100
// columns is hard to read.
const maxReadableWidth = 100

// docView is a markdown document rendered by Glamour in a scrollable
// viewport. Rendering happens in a command; until the first one arrives the
// view says so, and after a resize the old rendering shows, cut or padded,
// until the size has held still for Options.ResizeSettle.
type docView struct {
	c   *common
	doc string
	// shown is the rendering on screen, asked the one requested and not yet
	// back, waiting the one put off until a resize settles.
	shown, asked, waiting renderKey
	gen                   int // counts resizes, so only the last of a burst renders
	ready                 bool
	err                   error
	lines                 []string // the rendering, split once; a frame is a slice of it
	vp                    viewport.Model
	// place is the reader's share of the document while a resize waits for
	// its rendering; keeping says it is set.
	place   float64
	keeping bool
	// sticky, when set, finds a table's header line, which stays at the top
	// of the view once it scrolls past.
	sticky func(line string) bool
	// stickyAt is the index of that header line in lines, or -1; height is
	// the body's height, which the viewport shares with the header and its
	// rule while they stay on top.
	stickyAt, height int
}

// setDoc changes the document, keeping the scroll position's share.
func (d *docView) setDoc(doc string) {
	if doc == d.doc {
		return
	}
	d.doc = doc
	d.shown, d.asked, d.waiting = renderKey{}, renderKey{}, renderKey{}
}

// settledMsg says the size has held still since resize number gen of view.
type settledMsg struct {
	view *docView
	gen  int
}

func newDocView(c *common, doc string) *docView {
	return &docView{c: c, doc: doc, vp: viewport.New(), stickyAt: -1}
}

// setSize fits the view to width and height and returns the command that
// renders the document when its width or style changed.
func (d *docView) setSize(width, height int) tea.Cmd {
	if (width != d.vp.Width() || height != d.height) && d.ready && d.vp.TotalLineCount() > d.vp.Height() && !d.keeping {
		// Remember the reader's place as a share of the document, before
		// the new size changes what the offset means.
		d.place, d.keeping = d.vp.ScrollPercent(), true
	}
	d.vp.SetWidth(width)
	d.height = height
	d.fitSticky()
	if d.doc == "" {
		return nil
	}
	k := renderKey{doc: docHash(d.doc), width: max(10, min(maxReadableWidth, width-glamourGutter)), room: max(10, width-glamourGutter), style: d.c.glamourStyle()}
	switch {
	case d.ready && k == d.shown:
		if d.keeping {
			// Same rendering, new height: the place moves to its share.
			d.keeping = false
			d.vp.SetYOffset(int(d.place*float64(max(0, len(d.lines)-d.vp.Height())) + 0.5))
		}
		return nil
	case k == d.asked, k == d.waiting:
		return nil
	}
	if out, ok := d.c.renderer.cached(k); ok {
		d.shown, d.asked, d.waiting = k, renderKey{}, renderKey{}
		d.set(out, nil)
		return nil
	}
	if settle := d.c.opts.ResizeSettle; d.ready && settle > 0 && k.style == d.shown.style {
		d.gen++
		d.waiting = k
		msg := settledMsg{d, d.gen}
		return tea.Tick(settle, func(_ time.Time) tea.Msg { return msg })
	}
	d.asked, d.waiting = k, renderKey{}
	return d.c.renderer.render(k, d.doc)
}

// update takes renderings, settled resizes and the keys and wheel events
// every document shares.
func (d *docView) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.key == d.asked {
			d.shown, d.asked = msg.key, renderKey{}
			d.set(msg.out, msg.err)
		}
		return nil
	case settledMsg:
		if msg.view == d && msg.gen == d.gen && d.waiting != (renderKey{}) {
			k := d.waiting
			d.asked, d.waiting = k, renderKey{}
			return d.c.renderer.render(k, d.doc)
		}
		return nil
	case tea.KeyPressMsg:
		switch msg.String() {
		case "home", "g":
			d.vp.GotoTop()
			return nil
		case "end", "G":
			d.vp.GotoBottom()
			return nil
		}
	}
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	d.fitSticky()
	return cmd
}

// fitSticky gives the viewport the rows under the sticky header while the
// header stays on top, and the whole body otherwise. The viewport then pages
// by the rows it really shows and can reach the last line: no row ever sits
// behind the header.
func (d *docView) fitSticky() {
	h := d.height
	if d.stickyAt >= 0 && h > 4 && d.vp.YOffset() > d.stickyAt {
		h -= d.stickyRows()
	}
	if d.vp.Height() != h {
		d.vp.SetHeight(h)
		d.vp.SetYOffset(d.vp.YOffset())
	}
}

// stickyRows is the header line and its rule.
func (d *docView) stickyRows() int { return min(2, len(d.lines)-d.stickyAt) }

func (d *docView) set(out string, err error) {
	// Keep the reader's place: the same share of the document stays on
	// top when a new width wraps it into more or fewer lines.
	share, was := d.place, d.keeping
	d.keeping = false
	offset := d.vp.YOffset()
	d.ready, d.err = true, err
	d.lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
	d.vp.SetContentLines(d.lines)
	d.stickyAt = d.stickyLine()
	if was {
		offset = int(share*float64(max(0, len(d.lines)-d.vp.Height())) + 0.5)
	}
	d.vp.SetYOffset(offset)
	d.fitSticky()
}

// where adds the scroll position to a title once the document is taller
// than the window.
func (d *docView) where(title string) string {
	if d.ready && d.vp.TotalLineCount() > d.vp.Height() {
		// "read", so the figure is not taken for a score.
		return fmt.Sprintf("%s · %.0f%% read", title, d.vp.ScrollPercent()*100)
	}
	return title
}

// view draws the rows on screen, or what is in the way of them. The viewport
// keeps the scroll state and the keys; drawing slices the lines Glamour
// already laid out, so a scroll never wraps or styles the document again.
func (d *docView) view(width int) string {
	switch {
	case !d.ready:
		return d.c.st.Muted.Render("\n  Rendering…")
	case d.err != nil:
		return d.c.st.Error.Width(width - 1).Render(fmt.Sprintf("\nThis page could not be rendered: %v\nCheck GLAMOUR_STYLE: it must name a Glamour style (dark, light, notty, ascii, pink, dracula, tokyo-night) or a JSON style file.", d.err))
	}
	off := min(d.vp.YOffset(), len(d.lines))
	end := min(len(d.lines), off+d.vp.Height())
	if h := d.stickyAt; h >= 0 && off > h && d.vp.Height() < d.height {
		// The header and its rule stay on top; the rows under them scroll,
		// in a viewport as much shorter (fitSticky).
		head := d.lines[h : h+d.stickyRows()]
		return strings.Join(append(append([]string{}, head...), d.lines[off:end]...), "\n")
	}
	return strings.Join(d.lines[off:end], "\n")
}

// stickyLine is the index of the line that stays on top, or -1.
func (d *docView) stickyLine() int {
	if d.sticky == nil {
		return -1
	}
	for i, l := range d.lines {
		if d.sticky(l) {
			return i
		}
	}
	return -1
}
