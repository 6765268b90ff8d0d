package model

import (
	"hash/fnv"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	glamstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// renderKey identifies one rendering: the same document at the same width in
// the same style is never rendered twice.
type renderKey struct {
	doc   uint64
	width int
	style string
}

// renderedMsg carries a finished rendering back to Update.
type renderedMsg struct {
	key renderKey
	out string
	err error
}

// renderer renders markdown with Glamour off the UI goroutine and caches the
// output. It is shared by pointer, so a mutex guards the cache.
type renderer struct {
	mu    sync.Mutex
	cache map[renderKey]string
}

func newRenderer() *renderer { return &renderer{cache: map[renderKey]string{}} }

func docHash(doc string) uint64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(doc))
	return h.Sum64()
}

// cached returns a rendering if there is one.
func (r *renderer) cached(k renderKey) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.cache[k]
	return s, ok
}

// render returns a command that renders doc at width in style.
func (r *renderer) render(k renderKey, doc string) tea.Cmd {
	return func() tea.Msg {
		if s, ok := r.cached(k); ok {
			return renderedMsg{key: k, out: s}
		}
		out, err := renderMarkdown(doc, k.width, k.style)
		if err == nil {
			r.mu.Lock()
			r.cache[k] = out
			r.mu.Unlock()
		}
		return renderedMsg{key: k, out: out, err: err}
	}
}

// renderMarkdown renders with Glamour. style is a Glamour style name or a
// path to a JSON style (as GLAMOUR_STYLE allows).
func renderMarkdown(doc string, width int, style string) (string, error) {
	opt := glamour.WithStylePath(style)
	switch style {
	case glamstyles.DarkStyle:
		opt = glamour.WithStyles(glamstyles.DarkStyleConfig)
	case glamstyles.LightStyle:
		opt = glamour.WithStyles(glamstyles.LightStyleConfig)
	}
	tr, err := glamour.NewTermRenderer(opt, glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	return tr.Render(doc)
}

// glamourStyle picks the style: GLAMOUR_STYLE when set, else dark or light
// from the terminal's background. NO_COLOR needs no style of its own here:
// Bubble Tea's renderer drops colours for such a terminal and keeps bold and
// italics, which the notty style would replace with raw markdown markers.
func glamourStyle(opts Options, isDark bool) string {
	switch {
	case opts.GlamourStyle != "":
		return opts.GlamourStyle
	case isDark:
		return glamstyles.DarkStyle
	}
	return glamstyles.LightStyle
}

// RenderPlain renders markdown for a pipe or a file: laid out by Glamour,
// then stripped of every escape sequence.
func RenderPlain(doc string, width int) (string, error) {
	out, err := renderMarkdown(doc, width, glamstyles.DarkStyle)
	if err != nil {
		return "", err
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n"), nil
}
