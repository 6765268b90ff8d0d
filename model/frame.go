package model

import (
	"fmt"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// View draws the top screen between the header and the footer, the quit
// prompt over it, or says the window is too small.
func (m Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = "certpath"
	switch m.top().(type) {
	case *docScreen, *certList:
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m Model) content() string {
	if m.tooSmall() {
		msg := fmt.Sprintf("certpath needs a window of at least %dx%d; this one is %dx%d.\n\nMake it larger: your answers are kept.", MinWidth, MinHeight, m.width, m.height)
		return lipgloss.NewStyle().Width(max(1, m.width)).Render(msg)
	}
	if m.confirmQuit {
		return m.viewConfirmQuit()
	}
	top := m.top()
	return m.fill(m.header(top.Title()), top.View(), m.footer(top))
}

func (m Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// layout gives the top screen the rows between header and footer.
func (m Model) layout() tea.Cmd {
	top := m.top()
	h := m.height - lipgloss.Height(m.header(top.Title())) - lipgloss.Height(m.footer(top))
	return top.SetSize(m.width, max(1, h))
}

// header is the first line of every screen: the brand and where you are.
func (m Model) header(where string) string {
	st := m.c.st
	return lipgloss.NewStyle().MaxWidth(m.width).Render(st.Brand.Render("certpath") + st.Muted.Render(" · "+where))
}

// footer is the top screen's help line, with its status or the root's note
// above it when there is one.
func (m Model) footer(s screen) string {
	text, isErr := s.Status(), true
	if text == "" {
		text, isErr = m.note.text, m.note.isErr
	}
	// The footer is styled text that changes only with the keys shown, the
	// width, the style and the message, so it is kept between frames.
	var k strings.Builder
	fmt.Fprintf(&k, "%d|%t|%t|%t|%s|", m.width, m.help.ShowAll, m.c.isDark, isErr, text)
	for _, b := range s.ShortHelp() {
		k.WriteString(b.Help().Key + "\x00" + b.Help().Desc + "\x00")
	}
	if m.help.ShowAll {
		for _, col := range s.FullHelp() {
			for _, b := range col {
				k.WriteString(b.Help().Key + "\x00" + b.Help().Desc + "\x01")
			}
		}
	}
	key := frameKey{text: k.String()}
	if out, ok := m.c.frames.get(key); ok {
		return out
	}
	// bubbles' help can run past its width when not even the ellipsis fits,
	// so the footer is clamped here as well.
	out := lipgloss.NewStyle().MaxWidth(m.width).Render(m.help.View(s))
	if text != "" {
		style := m.c.st.Error
		if !isErr {
			style = m.c.st.Info
		}
		out = lipgloss.NewStyle().Width(m.width).Render(style.Render(text)) + "\n" + out
	}
	m.c.frames.put(key, out)
	return out
}

// fill places body between header and footer so the footer sits on the last rows.
func (m Model) fill(header, body, footer string) string {
	gap := max(0, m.height-lipgloss.Height(header)-lipgloss.Height(body)-lipgloss.Height(footer))
	return header + "\n" + body + strings.Repeat("\n", gap) + "\n" + footer
}

// frameKey names a piece of a frame kept between frames: a prompt by its
// question, or a footer by everything it shows (in text).
type frameKey struct {
	text  string
	width int
	hint  bool
	dark  bool
}

// frameCache keeps styled pieces of frames. It is shared by the copies of
// the model that Bubble Tea passes around; View runs on one goroutine, but a
// mutex keeps tests under -race honest.
type frameCache struct {
	mu sync.Mutex
	m  map[frameKey]string
}

func (c *frameCache) get(k frameKey) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[k]
	return s, ok
}

func (c *frameCache) put(k frameKey, s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 256 {
		c.m = map[frameKey]string{}
	}
	c.m[k] = s
}
