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
}

// settledMsg says the size has held still since resize number gen of view.
type settledMsg struct {
	view *docView
	gen  int
}

func newDocView(c *common, doc string) *docView {
	return &docView{c: c, doc: doc, vp: viewport.New()}
}

// setSize fits the view to width and height and returns the command that
// renders the document when its width or style changed.
func (d *docView) setSize(width, height int) tea.Cmd {
	d.vp.SetWidth(width)
	d.vp.SetHeight(height)
	if d.doc == "" {
		return nil
	}
	k := renderKey{doc: docHash(d.doc), width: max(10, min(maxReadableWidth, width-glamourGutter)), style: d.c.glamourStyle()}
	switch {
	case d.ready && k == d.shown, k == d.asked, k == d.waiting:
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
	return cmd
}

func (d *docView) set(out string, err error) {
	d.ready, d.err = true, err
	offset := d.vp.YOffset()
	d.lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
	d.vp.SetContentLines(d.lines)
	d.vp.SetYOffset(offset)
}

// where adds the scroll position to a title once the document is taller
// than the window.
func (d *docView) where(title string) string {
	if d.ready && d.vp.TotalLineCount() > d.vp.Height() {
		return fmt.Sprintf("%s · %.0f%%", title, d.vp.ScrollPercent()*100)
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
	return strings.Join(d.lines[off:end], "\n")
}
