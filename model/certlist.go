package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/content"
	"certpath/questions"
)

// certItem is one certification in the list, labelled with its issuer.
type certItem struct {
	cert   content.Cert
	marked bool
}

func (i certItem) Title() string {
	mark := ""
	if i.marked {
		mark = "● "
	}
	return mark + i.cert.Short + " · " + i.cert.Name
}

func (i certItem) Description() string {
	var roles []string
	for _, p := range i.cert.Profiles {
		roles = append(roles, questions.ProfileName(p))
	}
	return i.cert.Issuer + " · " + strings.Join(roles, ", ")
}

func (i certItem) FilterValue() string {
	return i.cert.Short + " " + i.cert.Name + " " + i.cert.Issuer
}

// certListState is the certification list: every certification when
// browsing, or the path's certifications when opened from the results.
type certListState struct {
	list     list.Model
	marked   questions.CertID
	fromPath bool
	note     string
}

func newCertList(certs []content.Cert, isDark bool) certListState {
	items := make([]list.Item, len(certs))
	for i, c := range certs {
		items[i] = certItem{cert: c}
	}
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(isDark)
	l := list.New(items, d, 80, 20)
	l.Styles = list.DefaultStyles(isDark)
	l.SetShowTitle(false)
	l.SetShowHelp(false)
	l.SetStatusBarItemName("certification", "certifications")
	l.DisableQuitKeybindings()
	// A steady cursor: a blinking one is a timer that keeps running while
	// nobody types.
	st := l.FilterInput.Styles()
	st.Cursor.Blink = false
	l.FilterInput.SetStyles(st)
	return certListState{list: l}
}

// openPathPicker lists the certifications of the recommended path, in order.
func (m Model) openPathPicker() (tea.Model, tea.Cmd) {
	var certs []content.Cert
	for _, st := range m.path {
		for _, id := range []questions.CertID{st.Cert, st.Alternative} {
			if c, ok := m.lib.Cert(id); ok {
				certs = append(certs, c)
			}
		}
	}
	m.certs = newCertList(certs, m.isDark)
	m.certs.fromPath = true
	m.screen = certListScreen
	return m, m.layoutScreen()
}

func (m Model) updateCertList(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey || m.certs.list.SettingFilter() {
		var cmd tea.Cmd
		m.certs.list, cmd = m.certs.list.Update(msg)
		return m, cmd
	}
	item, _ := m.certs.list.SelectedItem().(certItem)
	switch {
	case key.Matches(k, m.keys.Next):
		if item.cert.ID != "" {
			back := certListScreen
			if m.certs.fromPath {
				// Opened from the results, esc goes straight back to them.
				back = resultsScreen
			}
			return m.openSummary(item.cert, back)
		}
	case key.Matches(k, m.keys.Mark):
		return m.mark(item)
	case key.Matches(k, m.keys.Back) && !m.certs.list.IsFiltered():
		switch {
		case m.certs.marked != "":
			m.certs = m.certs.unmark()
		case m.certs.fromPath:
			m.screen = resultsScreen
			return m, m.layoutScreen()
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.certs.list, cmd = m.certs.list.Update(msg)
	return m, cmd
}

// mark picks the first certification to compare, or compares it with the
// one already marked.
func (m Model) mark(item certItem) (tea.Model, tea.Cmd) {
	switch {
	case item.cert.ID == "":
		return m, nil
	case m.certs.marked == "":
		m.certs.marked = item.cert.ID
		m.certs.note = fmt.Sprintf("Marked %s: press c on another certification to compare, esc to unmark.", item.cert.Short)
		m.certs = m.certs.withMarks()
		return m, nil
	case m.certs.marked == item.cert.ID:
		m.certs = m.certs.unmark()
		return m, nil
	}
	first, _ := m.lib.Cert(m.certs.marked)
	m.certs = m.certs.unmark()
	return m.openCompare(first, item.cert)
}

func (s certListState) unmark() certListState {
	s.marked, s.note = "", ""
	return s.withMarks()
}

// withMarks redraws the items so the marked one shows its dot.
func (s certListState) withMarks() certListState {
	items := s.list.Items()
	for i, it := range items {
		c := it.(certItem)
		c.marked = c.cert.ID == s.marked
		items[i] = c
	}
	s.list.SetItems(items)
	return s
}

func (m Model) certListKeys() helpKeys {
	if m.certs.list.SettingFilter() {
		apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply filter"))
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
		return helpKeys{short: []key.Binding{apply, cancel}, full: [][]key.Binding{{apply, cancel}}}
	}
	open := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read"))
	filter := key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter"))
	short := []key.Binding{m.keys.Move, open, m.keys.Mark, filter}
	if m.certs.fromPath || m.certs.marked != "" || m.certs.list.IsFiltered() {
		short = append(short, m.keys.Back)
	}
	short = append(short, m.helpBinding(), m.keys.Quit)
	return helpKeys{
		short: short,
		full:  [][]key.Binding{{m.keys.Up, m.keys.Down, filter}, {open, m.keys.Mark, m.keys.Back}, m.globalBindings()},
	}
}

func (m Model) certListHeader() string {
	if m.certs.fromPath {
		return m.header("Certifications in your path")
	}
	return m.header("Certifications by issuer")
}

func (m Model) viewCertList() string {
	return m.fill(m.certListHeader(), m.certs.list.View(), m.footer(m.certListKeys(), m.certs.note))
}

// layoutCertList gives the list the rows between header and footer.
func (m *Model) layoutCertList() {
	h := m.height - lipgloss.Height(m.certListHeader()) - lipgloss.Height(m.footer(m.certListKeys(), m.certs.note))
	m.certs.list.SetSize(m.width, max(1, h))
}
