package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/content"
	"certpath/content/page"
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
	onKey func(k tea.KeyPressMsg) (reply, bool)
	// docFor, when set, picks the document for a width (compare stacks its
	// columns on a narrow window).
	docFor func(width int) string
}

// newSummary is a certification's page.
func newSummary(c *common, cert content.Cert, backTo string) *docScreen {
	return &docScreen{c: c, view: newDocView(c, page.Summary(c.lib, cert)), title: cert.Short + " summary", backTo: backTo}
}

// stackBelow is the width under which a comparison's columns stack: two
// columns of prose in fewer columns break words.
const stackBelow = 60

// newCompare shows two certifications side by side, with the column headers
// kept on screen while the table scrolls, or one after the other on a
// narrow window.
func newCompare(c *common, a, b content.Cert) *docScreen {
	wide, narrow := page.Compare(c.lib, a, b), page.CompareStacked(c.lib, a, b)
	s := &docScreen{c: c, view: newDocView(c, wide), title: a.Short + " and " + b.Short, backTo: "back to list"}
	s.docFor = func(width int) string {
		if width < stackBelow {
			return narrow
		}
		return wide
	}
	s.view.sticky = func(line string) bool {
		plain := ansi.Strip(line)
		return strings.Contains(plain, "│ "+a.Short) && strings.Contains(plain, "│ "+b.Short)
	}
	return s
}

func (s *docScreen) Update(msg tea.Msg) reply {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(k, s.c.keys.Doc.Back) {
			return asks(backMsg{})
		}
		if key.Matches(k, s.c.keys.Doc.Mouse) {
			return asks(mouseMsg{})
		}
		if s.onKey != nil {
			if r, handled := s.onKey(k); handled {
				return r
			}
		}
	}
	return runs(s.view.update(msg))
}

func (s *docScreen) SetSize(width, height int) tea.Cmd {
	s.width = width
	if s.docFor != nil {
		s.view.setDoc(s.docFor(width))
	}
	return s.view.setSize(width, height)
}

// quitMeans is finishing on the results, and aborting on other documents.
func (s *docScreen) quitMeans() quitMeaning {
	if s.final {
		return quitFinishes
	}
	return quitAborts
}

func (s *docScreen) View() string   { return s.view.view(s.width) }
func (s *docScreen) Title() string  { return s.view.where(s.title) }
func (s *docScreen) Status() string { return "" }
func (s *docScreen) Typing() bool   { return false }

// ShortHelp lists scrolling, where esc goes and the document's own keys.
func (s *docScreen) ShortHelp() []key.Binding {
	k := s.c.keys.Doc
	// Move keys first, then the document's own keys, then back, help, quit:
	// the same order on every screen.
	short := append([]key.Binding{k.Scroll, k.Page}, s.extra...)
	return append(short, s.backBinding(), s.c.helpBinding(), s.c.keys.Global.Quit)
}

// FullHelp lists every key by column.
func (s *docScreen) FullHelp() [][]key.Binding {
	k := s.c.keys.Doc
	return [][]key.Binding{{k.Scroll, k.Page, k.Ends, s.mouseBinding()}, append([]key.Binding{s.backBinding()}, s.extra...), s.c.globalBindings()}
}

func (s *docScreen) backBinding() key.Binding {
	b := s.c.keys.Doc.Back
	b.SetHelp("esc", s.backTo)
	return b
}

// mouseBinding says what m does now.
func (s *docScreen) mouseBinding() key.Binding {
	b := s.c.keys.Doc.Mouse
	if s.c.mouse {
		b.SetHelp("m", "wheel off: select text")
	} else {
		b.SetHelp("m", "scroll with the wheel")
	}
	return b
}
