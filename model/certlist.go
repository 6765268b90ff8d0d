package model

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/catalog"
	"certpath/content"
)

// certItem is one certification in the list, labelled with its issuer.
type certItem struct {
	cert   content.Cert
	marked bool
	// room is the width the title is drawn in, 0 for any: a name that does
	// not fit is cut between words.
	room int
}

func (i certItem) Title() string {
	mark := ""
	if i.marked {
		mark = "● "
	}
	return cutBetweenWords(mark+i.cert.Short+" · "+i.cert.Name, i.room)
}

// cutBetweenWords cuts text to width at the last space that leaves room for
// "…": "PSM III · Professional Scrum…", never "Professional Scrum Master I…",
// which reads as another certification's name.
func cutBetweenWords(text string, width int) string {
	if width <= 0 || ansi.StringWidth(text) <= width {
		return text
	}
	cut := ansi.Truncate(text, width-1, "")
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = strings.TrimRight(cut[:i], " ·")
	}
	return cut + "…"
}

// Description names the roles it fits; the issuer is the heading of its
// group (issuerDelegate).
func (i certItem) Description() string {
	var roles []string
	for _, p := range i.cert.Profiles {
		roles = append(roles, catalog.ProfileName(p))
	}
	return "For " + strings.Join(roles, ", ")
}

// issuerDelegate draws the list grouped by issuer: a heading naming the
// issuer over the first certification of each group (and over the first of
// a page, so a page never starts without one), a blank line over the others.
// The heading takes the row the spacing between items took.
type issuerDelegate struct {
	list.DefaultDelegate
	heading lipgloss.Style
}

func (d issuerDelegate) Height() int  { return d.DefaultDelegate.Height() + 1 }
func (d issuerDelegate) Spacing() int { return 0 }

func (d issuerDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, _ := item.(certItem)
	items := m.VisibleItems()
	start, _ := m.Paginator.GetSliceBounds(len(items))
	line := ""
	if prev, ok := at(items, index-1); index == start || !ok || prev.cert.Issuer != it.cert.Issuer {
		line = d.heading.Render(groupRule(it.cert.Issuer, m.Width()-2))
	}
	fmt.Fprintln(w, line)
	it.room = m.Width() - d.Styles.NormalTitle.GetHorizontalPadding()
	d.DefaultDelegate.Render(w, m, index, it)
}

// groupRule is an issuer's heading as a rule that runs on to the width
// (at most 40 columns): the heading takes the row of the blank line between
// items, so the rule is what sets a new group apart from the last item of
// the one before.
func groupRule(issuer string, width int) string {
	width = max(1, min(width, 40))
	head := ansi.Truncate(issuer, width, "…")
	if rest := width - ansi.StringWidth(head) - 1; rest > 0 {
		head += " " + strings.Repeat("─", rest)
	}
	return head
}

// at is item i of the list, when there is one.
func at(items []list.Item, i int) (certItem, bool) {
	if i < 0 || i >= len(items) {
		return certItem{}, false
	}
	it, ok := items[i].(certItem)
	return it, ok
}

// FilterValue starts with the title as drawn, so the characters a filter
// matches are underlined in the right places; the issuer follows.
func (i certItem) FilterValue() string {
	return i.Title() + " " + i.cert.Issuer
}

// rankCerts ranks certifications for a filter: the text found whole in the
// short name first (PSM before POPM for "psm"), then found whole anywhere,
// spaces aside ("scrum master" finds ScrumMaster). Only when nothing holds
// the text whole do fuzzy matches stand in, for a typo: "csm" lists the
// certifications that say CSM, not every name with a c, an s and an m.
func rankCerts(term string, targets []string) []list.Rank {
	t := strings.ToLower(term)
	var short, whole []list.Rank
	for i, target := range targets {
		lower := strings.ToLower(target)
		if t == "" {
			whole = append(whole, list.Rank{Index: i})
			continue
		}
		at := looseIndex(lower, t)
		if at == nil {
			continue
		}
		r := list.Rank{Index: i, MatchedIndexes: at}
		if end := strings.Index(lower, " · "); end < 0 || at[0] < len([]rune(lower[:end])) {
			short = append(short, r)
		} else {
			whole = append(whole, r)
		}
	}
	if len(short)+len(whole) > 0 {
		return append(short, whole...)
	}
	return list.DefaultFilter(term, targets)
}

// looseIndex finds t in s with spaces in either left out, and returns the
// rune positions in s of the characters matched; nil when t is not there.
func looseIndex(s, t string) []int {
	var runes []rune
	var at []int
	for i, r := range []rune(s) {
		if r != ' ' {
			runes, at = append(runes, r), append(at, i)
		}
	}
	want := []rune(strings.ReplaceAll(t, " ", ""))
	if len(want) == 0 {
		return nil
	}
	for i := 0; i+len(want) <= len(runes); i++ {
		if string(runes[i:i+len(want)]) == string(want) {
			return at[i : i+len(want)]
		}
	}
	return nil
}

// certList is the certification list: every certification when browsing, or
// the path's certifications when opened from the results.
type certList struct {
	c        *common
	list     list.Model
	marked   catalog.CertID
	fromPath bool
	note     string
}

func newCertList(c *common, certs []content.Cert, fromPath bool) *certList {
	items := make([]list.Item, len(certs))
	for i, x := range certs {
		items[i] = certItem{cert: x}
	}
	l := list.New(items, issuerDelegate{DefaultDelegate: list.NewDefaultDelegate()}, 80, 20)
	l.SetShowTitle(false)
	l.SetShowHelp(false)
	l.SetShowPagination(false)
	l.SetStatusBarItemName("certification", "certifications")
	l.DisableQuitKeybindings()
	l.Filter = rankCerts
	// A steady cursor: a blinking one is a timer that keeps running while
	// nobody types.
	st := l.FilterInput.Styles()
	st.Cursor.Blink = false
	l.FilterInput.SetStyles(st)
	s := &certList{c: c, list: l, fromPath: fromPath}
	s.restyle()
	return s
}

// restyle gives the list the styles of the terminal's background.
func (s *certList) restyle() {
	ls, is := s.c.st.List, s.c.st.Items
	s.list.Styles = ls
	// The paginator keeps its dots as strings, made when the list was:
	// they are set again, or they keep the first background's colours.
	s.list.Paginator.ActiveDot = ls.ActivePaginationDot.String()
	s.list.Paginator.InactiveDot = ls.InactivePaginationDot.String()
	d := list.NewDefaultDelegate()
	d.Styles = is
	s.list.SetDelegate(issuerDelegate{DefaultDelegate: d, heading: s.c.st.Title})
}

func (s *certList) Update(msg tea.Msg) reply {
	if _, ok := msg.(themeMsg); ok {
		s.restyle()
		return reply{}
	}
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey || s.list.SettingFilter() {
		var cmd tea.Cmd
		s.list, cmd = s.list.Update(msg)
		return runs(cmd)
	}
	item, _ := s.list.SelectedItem().(certItem)
	keys := s.c.keys.List
	switch {
	case key.Matches(k, keys.Read):
		if item.cert.ID != "" {
			if s.fromPath {
				// Opened from the results, esc goes straight back to them.
				return asks(replaceMsg{newSummary(s.c, item.cert, "back to results")})
			}
			return asks(open(newSummary(s.c, item.cert, "back to list")))
		}
	case key.Matches(k, keys.Mark):
		return s.mark(item)
	case key.Matches(k, keys.Back) && !s.list.IsFiltered():
		switch {
		case s.marked != "":
			return runs(s.unmark())
		case s.fromPath:
			return asks(backMsg{})
		}
		return reply{}
	}
	var cmd tea.Cmd
	s.list, cmd = s.list.Update(msg)
	return runs(cmd)
}

// mark picks the first certification to compare, or compares it with the
// one already marked.
func (s *certList) mark(item certItem) reply {
	switch {
	case item.cert.ID == "":
		return reply{}
	case s.marked == "":
		s.marked = item.cert.ID
		s.note = fmt.Sprintf("Marked %s: press c on another certification to compare, esc to unmark.", item.cert.Short)
		return runs(s.withMarks())
	case s.marked == item.cert.ID:
		return runs(s.unmark())
	}
	first, _ := s.c.lib.Cert(s.marked)
	return runs(s.unmark()).and(asks(open(newCompare(s.c, first, item.cert))))
}

func (s *certList) unmark() tea.Cmd {
	s.marked, s.note = "", ""
	return s.withMarks()
}

// withMarks redraws the items so the marked one shows its dot. With a filter
// on, SetItems empties the filtered list and filters again in a command;
// that command runs here, at once: its answer would otherwise reach the
// comparison opened on top (and be dropped, leaving "No certifications"),
// or arrive after keys typed ahead had moved through an empty list.
func (s *certList) withMarks() tea.Cmd {
	// A copy: a filter command the list started earlier may still be
	// reading its items in another goroutine.
	items := slices.Clone(s.list.Items())
	for i, it := range items {
		c := it.(certItem)
		c.marked = c.cert.ID == s.marked
		items[i] = c
	}
	cursor := s.list.Index()
	if refilter := s.list.SetItems(items); refilter != nil {
		var cmd tea.Cmd
		s.list, cmd = s.list.Update(refilter())
		s.list.Select(min(cursor, max(0, len(s.list.VisibleItems())-1)))
		return cmd
	}
	return nil
}

// ShortHelp lists the keys that matter now; while a filter is typed, only
// applying or cancelling it.
func (s *certList) ShortHelp() []key.Binding {
	if s.list.SettingFilter() {
		return s.FullHelp()[0]
	}
	keys := s.c.keys.List
	short := []key.Binding{keys.Move, keys.Read, keys.Mark, keys.Filter}
	if s.fromPath || s.marked != "" || s.list.IsFiltered() {
		short = append(short, keys.Back)
	}
	return append(short, s.c.helpBinding(), s.c.keys.Global.Quit)
}

// FullHelp lists every key by column.
func (s *certList) FullHelp() [][]key.Binding {
	keys := s.c.keys.List
	if s.list.SettingFilter() {
		return [][]key.Binding{{keys.ApplyFilter, keys.CancelFilter}}
	}
	return [][]key.Binding{{keys.Up, keys.Down, keys.Filter}, {keys.Read, keys.Mark, keys.Back}, s.c.globalBindings()}
}

func (s *certList) Title() string {
	if s.fromPath {
		return "Certifications in your path"
	}
	return "Certifications by issuer"
}

// View is the list with its page dots under it. The list draws no dots of
// its own: with the issuer headings its items have no spacing, and for
// that the list would give the dots a blank line of margin, a row the
// items need on a small window.
func (s *certList) View() string {
	v := s.list.View()
	if p := s.list.Paginator; p.TotalPages > 1 {
		dots := p.View()
		if ansi.StringWidth(dots) > s.list.Width() {
			p.Type = paginator.Arabic
			dots = s.list.Styles.ArabicPagination.Render(p.View())
		}
		v += "\n" + s.list.Styles.PaginationStyle.Render(dots)
	}
	return v
}
func (s *certList) Status() string { return s.note }
func (s *certList) Typing() bool   { return s.list.SettingFilter() }

func (s *certList) SetSize(width, height int) tea.Cmd {
	s.list.SetSize(width, max(1, height-1))
	return nil
}
