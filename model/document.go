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
	// alone marks a document with no screen below: esc quits.
	alone bool
	extra []key.Binding
	onKey func(k tea.KeyPressMsg) (reply, bool)
	// build, when set, writes the document: a certification's page is
	// built in a command, off the screen's thread, so that keys are
	// answered while a long one is written (building says it has not
	// arrived yet). The page arrives in a pageBuiltMsg.
	build    func() pageDocs
	building bool
	// docs is the document built: narrow, when set, is shown on windows
	// under stackBelow columns (a comparison stacks its columns there).
	docs pageDocs
	// from is the document the screen was made with, before any build: the
	// results come back when it is the same.
	from string
}

// pageDocs is a page's markdown: wide for most windows, narrow (when not
// empty) for narrow ones.
type pageDocs struct{ wide, narrow string }

// pageBuiltMsg carries a page built in a command back to the screen that
// asked for it. Every screen on the stack is told (see Model.Update); one
// that was left meanwhile is on none, so its page is dropped.
type pageBuiltMsg struct {
	to   *docScreen
	docs pageDocs
}

// pageWriter writes the certification pages; the tests stand in one that
// waits until they let it go.
type pageWriter struct {
	summary func(*content.Library, content.Cert) string
	compare func(*content.Library, content.Cert, content.Cert) pageDocs
}

// pages writes the pages with package page.
var pages = pageWriter{
	summary: page.Summary,
	compare: func(l *content.Library, a, b content.Cert) pageDocs {
		return pageDocs{wide: page.Compare(l, a, b), narrow: page.CompareStacked(l, a, b)}
	},
}

// newSummary is a certification's page.
func newSummary(c *common, cert content.Cert, backTo string) *docScreen {
	write, lib := c.pages.summary, c.lib
	return &docScreen{c: c, view: newDocView(c, ""), title: cert.Short + " summary", backTo: backTo,
		build: func() pageDocs { return pageDocs{wide: write(lib, cert)} }}
}

// newPager shows a document given whole, such as a team's plan, as the
// only screen: the results' pager, whose esc and q quit.
func newPager(c *common, title, doc string) *docScreen {
	// The header says the title: a heading that says it again is dropped,
	// as the results drop theirs.
	doc = strings.TrimPrefix(doc, "# "+title+"\n\n")
	return &docScreen{c: c, view: newDocView(c, doc), title: title, backTo: "quit", final: true, alone: true}
}

// stackBelow is the width under which a comparison's columns stack: two
// columns of prose in fewer columns break words.
const stackBelow = 60

// newCompare shows two certifications side by side, with the column headers
// kept on screen while the table scrolls, or one after the other on a
// narrow window.
func newCompare(c *common, a, b content.Cert) *docScreen {
	write, lib := c.pages.compare, c.lib
	s := &docScreen{c: c, view: newDocView(c, ""), title: a.Short + " and " + b.Short, backTo: "back to list",
		build: func() pageDocs { return write(lib, a, b) }}
	s.view.sticky = func(line string) bool {
		plain := ansi.Strip(line)
		return strings.Contains(plain, "│ "+a.Short) && strings.Contains(plain, "│ "+b.Short)
	}
	return s
}

// startBuild is the command that builds the page, the first time it is
// asked for; nil after that, or for a document given whole. A screen with
// a document already (the results, before their flip lines) shows it
// meanwhile, rather than saying the page is being built.
func (s *docScreen) startBuild() tea.Cmd {
	if s.build == nil {
		return nil
	}
	build := s.build
	s.build, s.building = nil, s.view.doc == ""
	return func() tea.Msg { return pageBuiltMsg{to: s, docs: build()} }
}

func (s *docScreen) Update(msg tea.Msg) reply {
	switch msg := msg.(type) {
	case pageBuiltMsg:
		if msg.to != s {
			return reply{}
		}
		s.building, s.docs = false, msg.docs
		return runs(s.SetSize(s.width, s.view.height))
	case tea.KeyPressMsg:
		if key.Matches(msg, s.c.keys.Doc.Back) && s.alone {
			return runs(tea.Quit)
		}
		if key.Matches(msg, s.c.keys.Doc.Back) {
			return asks(backMsg{})
		}
		if key.Matches(msg, s.c.keys.Doc.Mouse) {
			return asks(mouseMsg{})
		}
		if s.onKey != nil {
			if r, handled := s.onKey(msg); handled {
				return r
			}
		}
	}
	return runs(s.view.update(msg))
}

// SetSize fits the document to the body, and starts building it the first
// time: the root lays a screen out as soon as it is opened.
func (s *docScreen) SetSize(width, height int) tea.Cmd {
	s.width = width
	if s.docs != (pageDocs{}) {
		doc := s.docs.wide
		if width < stackBelow && s.docs.narrow != "" {
			doc = s.docs.narrow
		}
		s.view.setDoc(doc)
	}
	return tea.Batch(s.startBuild(), s.view.setSize(width, height))
}

// quitMeans is finishing on the results, and aborting on other documents.
func (s *docScreen) quitMeans() quitMeaning {
	if s.final {
		return quitFinishes
	}
	return quitAborts
}

// View draws the document, or says that it is being built.
func (s *docScreen) View() string {
	if s.building {
		return s.c.st.Muted.Render("\n  Building the page…")
	}
	return s.view.view(s.width)
}

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
