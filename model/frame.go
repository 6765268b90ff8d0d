package model

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the top screen between the header and the footer, or says the
// window is too small.
func (m *Model) View() tea.View {
	if !m.drawn {
		m.drawn = true
		if f := m.c.opts.FirstFrame; f != nil {
			go f()
		}
	}
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = "certpath"
	if m.c.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *Model) content() string {
	if m.tooSmall() {
		msg := fmt.Sprintf("certpath needs a window of at least %dx%d; this one is %dx%d.\n\nMake it larger: your answers are kept.", MinWidth, MinHeight, m.width, m.height)
		return lipgloss.NewStyle().Width(max(1, m.width)).Render(msg)
	}
	top := m.top()
	return m.fill(m.header(top.Title()), top.View(), m.footer(top))
}

func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// layout gives the top screen the rows between header and footer.
func (m *Model) layout() tea.Cmd {
	top := m.top()
	h := m.height - lipgloss.Height(m.header(top.Title())) - lipgloss.Height(m.footer(top))
	return top.SetSize(m.width, max(1, h))
}

// header is the first line of every screen: the brand and where you are.
func (m *Model) header(where string) string {
	st := m.c.st
	// Cut with an ellipsis, so a narrow window shows that there is more.
	where = ansi.Truncate(" · "+where, max(0, m.width-len("certpath")), "…")
	return st.Brand.Render("certpath") + st.Muted.Render(where)
}

// footer is the top screen's help line, with its status or the root's note
// above it when there is one.
func (m *Model) footer(s screen) string {
	text, isErr := s.Status(), true
	if _, ok := s.(dialog); !ok && text == "" {
		text, isErr = m.note.text, m.note.isErr
	}
	// The footer is styled text that changes only with the keys shown, the
	// width, the style and the message, so it is kept between frames.
	var k strings.Builder
	fmt.Fprintf(&k, "%d|%t|%t|%t|%s|", m.width, m.help.ShowAll, m.c.st.isDark, isErr, text)
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
	// so the footer is clamped here as well; the full help of a narrow
	// window is wrapped onto lines rather than cut into columns.
	var out string
	switch {
	case m.help.ShowAll && m.width < narrowHelp:
		out = m.wrappedHelp(s)
	case m.help.ShowAll:
		out = lipgloss.NewStyle().MaxWidth(m.width).Render(m.help.View(s))
	default:
		out = lipgloss.NewStyle().MaxWidth(m.width).Render(m.help.ShortHelpView(m.fitHelp(s.ShortHelp())))
	}
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
func (m *Model) fill(header, body, footer string) string {
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

// frameCache keeps styled pieces of frames, for the root's footer and the
// quiz's prompts. View runs on one goroutine, but a mutex keeps tests that
// draw from several (teatest) honest under -race.
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

// narrowHelp is the width below which the full help is wrapped onto lines:
// its columns would be cut.
const narrowHelp = 72

// wrappedHelp lays every key of the full help out in lines within the
// window, in the order of the columns, so help and quit are never cut off.
func (m *Model) wrappedHelp(s screen) string {
	var items []string
	seen := map[string]bool{}
	for _, col := range s.FullHelp() {
		for _, b := range col {
			h := b.Help()
			if !b.Enabled() || h.Key == "" || seen[h.Key] {
				continue
			}
			seen[h.Key] = true
			items = append(items, m.help.Styles.FullKey.Render(h.Key)+" "+m.help.Styles.FullDesc.Render(h.Desc))
		}
	}
	sep := m.help.Styles.FullSeparator.Render(" • ")
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line+sep+it) <= m.width:
			line += sep + it
		default:
			lines = append(lines, line)
			line = it
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// fitHelp drops keys from a short help line until it fits the window, the
// less needed first: how to move on (enter, ctrl+s), how to answer (space
// toggles, ←/→ adjusts), where every other key is (?) and how to quit (the
// last) stay; going back goes before how to
// move (the first), which goes last of all, since arrows are the keys a
// newcomer tries anyway.
func (m *Model) fitHelp(bindings []key.Binding) []key.Binding {
	fits := func(bs []key.Binding) bool {
		h := m.help
		h.SetWidth(0)
		return lipgloss.Width(h.ShortHelpView(bs)) <= m.width
	}
	out := append([]key.Binding(nil), bindings...)
	stages := []struct {
		keep      []string
		keepFirst bool
	}{
		{[]string{"enter", "ctrl+s", "space/x", "←/→", "esc", "?"}, true},
		{[]string{"enter", "ctrl+s", "space/x", "←/→", "?"}, true},
		{[]string{"enter", "ctrl+s", "space/x", "←/→", "?"}, false},
	}
	for _, stage := range stages {
		for !fits(out) {
			drop := -1
			from := 1
			if !stage.keepFirst {
				from = 0
			}
			for i := from; i < len(out)-1; i++ {
				if !slices.Contains(stage.keep, out[i].Help().Key) {
					drop = i
					break
				}
			}
			if drop < 0 {
				break
			}
			out = append(out[:drop], out[drop+1:]...)
		}
	}
	return out
}
