package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"certpath/content"
)

// docScreen shows one rendered document: the results, a summary, a
// comparison. esc goes back to the screen below; a document can add keys of
// its own (the results' o and s).
type docScreen struct {
	c     *common
	view  *docView
	width int
	title string
	// backTo says where esc goes, for the help line.
	backTo string
	// final marks the results: quitting from them is finishing, not aborting.
	final bool
	extra []key.Binding
	onKey func(k tea.KeyPressMsg) (tea.Cmd, bool)
}

// newSummary is a certification's page.
func newSummary(c *common, cert content.Cert, backTo string) *docScreen {
	return &docScreen{c: c, view: newDocView(c, c.lib.Summary(cert)), title: cert.Short + " summary", backTo: backTo}
}

// newCompare shows two certifications side by side.
func newCompare(c *common, a, b content.Cert) *docScreen {
	return &docScreen{c: c, view: newDocView(c, c.lib.Compare(a, b)), title: a.Short + " and " + b.Short, backTo: "back to the list"}
}

func (s *docScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(k, s.c.keys.Back) {
			return s, s.c.back(nil)
		}
		if key.Matches(k, s.c.keys.Mouse) {
			return s, s.c.post(mouseMsg{})
		}
		if s.onKey != nil {
			if cmd, handled := s.onKey(k); handled {
				return s, cmd
			}
		}
	}
	return s, s.view.update(msg)
}

func (s *docScreen) SetSize(width, height int) tea.Cmd {
	s.width = width
	return s.view.setSize(width, height)
}

func (s *docScreen) View() string   { return s.view.view(s.width) }
func (s *docScreen) Title() string  { return s.view.where(s.title) }
func (s *docScreen) Status() string { return "" }
func (s *docScreen) Typing() bool   { return false }

// ShortHelp lists scrolling, where esc goes and the document's own keys.
func (s *docScreen) ShortHelp() []key.Binding {
	k := s.c.keys
	// Move keys first, then the document's own keys, then back, help, quit:
	// the same order on every screen.
	short := append([]key.Binding{k.Scroll, k.Page}, s.extra...)
	return append(short, s.backBinding(), s.c.helpBinding(), k.Quit)
}

// FullHelp lists every key by column.
func (s *docScreen) FullHelp() [][]key.Binding {
	k := s.c.keys
	return [][]key.Binding{{k.Scroll, k.Page, k.Ends, s.mouseBinding()}, append([]key.Binding{s.backBinding()}, s.extra...), s.c.globalBindings()}
}

func (s *docScreen) backBinding() key.Binding {
	b := s.c.keys.Back
	b.SetHelp("esc", s.backTo)
	return b
}

// mouseBinding says what m does now.
func (s *docScreen) mouseBinding() key.Binding {
	b := s.c.keys.Mouse
	if s.c.mouse {
		b.SetHelp("m", "wheel off: select text")
	} else {
		b.SetHelp("m", "wheel scrolling on")
	}
	return b
}
