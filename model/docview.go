package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// glamourGutter is the margin Glamour's styles add on the left.
const glamourGutter = 2

// maxReadableWidth caps the text width on wide windows: prose past about 100
// columns is hard to read.
const maxReadableWidth = 100

// docView is a markdown document rendered by Glamour in a scrollable
// viewport: the results, a summary, a comparison. Rendering happens in a
// command; until it arrives the screen says so.
type docView struct {
	doc   string
	key   renderKey
	ready bool
	err   error
	// lines is the rendering, split once; a frame is a slice of it.
	lines []string
	vp    viewport.Model
}

func newDocView(doc string) docView {
	return docView{doc: doc, vp: viewport.New()}
}

// rendered takes a finished rendering if it is the one this view waits for;
// a rendering for an older size or style is dropped.
func (d *docView) rendered(msg renderedMsg) {
	if msg.key != d.key || d.doc == "" {
		return
	}
	d.set(msg.out, msg.err)
}

func (d *docView) set(out string, err error) {
	d.ready, d.err = true, err
	offset := d.vp.YOffset()
	d.lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
	d.vp.SetContentLines(d.lines)
	d.vp.SetYOffset(offset)
}

// visible returns the rows on screen. The viewport keeps the scroll state
// and the keys; drawing slices the lines Glamour already laid out, so a
// scroll never wraps or styles the document again.
func (d *docView) visible() string {
	off := min(d.vp.YOffset(), len(d.lines))
	end := min(len(d.lines), off+d.vp.Height())
	return strings.Join(d.lines[off:end], "\n")
}

// layout sizes the view to the rows between header and footer, and returns a
// command to render the document when its width or style changed.
func (m *Model) layout(d *docView, header, footer string) tea.Cmd {
	if d.doc == "" {
		return nil
	}
	m.size(d, header, footer)
	k := renderKey{doc: docHash(d.doc), width: max(10, min(maxReadableWidth, m.width-glamourGutter)), style: glamourStyle(m.opts, m.isDark)}
	if k == d.key && d.ready {
		return nil
	}
	d.key = k
	if out, ok := m.renderer.cached(k); ok {
		d.set(out, nil)
		return nil
	}
	return m.renderer.render(k, d.doc)
}

// size fits a document view to the rows between header and footer.
func (m *Model) size(d *docView, header, footer string) {
	d.vp.SetWidth(m.width)
	d.vp.SetHeight(max(1, m.height-lipgloss.Height(header)-lipgloss.Height(footer)))
}

// scroll handles the keys and wheel events every document view shares.
func (d *docView) scroll(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
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

// where adds the scroll position to a header once the document is taller
// than the window.
func (d *docView) where(title string) string {
	if d.ready && d.vp.TotalLineCount() > d.vp.Height() {
		return fmt.Sprintf("%s · %.0f%%", title, d.vp.ScrollPercent()*100)
	}
	return title
}

// view draws the document, or what is in the way of it.
func (m Model) viewDoc(d *docView, header, footer string) string {
	body := d.visible()
	switch {
	case !d.ready:
		body = m.st.Muted.Render("\n  Rendering…")
	case d.err != nil:
		body = m.st.Error.Width(m.width - 1).Render(fmt.Sprintf("\nThis page could not be rendered: %v\nCheck GLAMOUR_STYLE: it must name a Glamour style (dark, light, notty, ascii, pink, dracula, tokyo-night) or a JSON style file.", d.err))
	}
	return m.fill(header, body, footer)
}

// docKeys are the help entries of a document screen; back says where esc goes.
func (m Model) docKeys(back string, extra ...key.Binding) helpKeys {
	b := m.keys.Back
	b.SetHelp("esc", back)
	short := append([]key.Binding{m.keys.Scroll, b}, extra...)
	short = append(short, m.helpBinding(), m.keys.Quit, m.keys.Page)
	return helpKeys{
		short: short,
		full:  [][]key.Binding{{m.keys.Scroll, m.keys.Page, m.keys.Ends}, append([]key.Binding{b}, extra...), m.globalBindings()},
	}
}
