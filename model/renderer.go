package model

import (
	"hash/fnv"

	"sync"

	"certpath/render"

	tea "charm.land/bubbletea/v2"
)

// renderKey identifies one rendering: the same document at the same width in
// the same style is never rendered twice.
type renderKey struct {
	doc   uint64
	width int
	// room is the window's width for the text, past the readable width:
	// the addresses under Sources use it.
	room  int
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
		out, err := render.MarkdownIn(doc, k.width, k.room, k.style)
		if err == nil {
			r.mu.Lock()
			r.cache[k] = out
			r.mu.Unlock()
		}
		return renderedMsg{key: k, out: out, err: err}
	}
}
