package model

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/content"
	"certpath/questions"
)

// glamourGutter is the margin Glamour's styles add on the left.
const glamourGutter = 2

// maxReadableWidth caps the text width on wide windows: prose past about 100
// columns is hard to read.
const maxReadableWidth = 100

// resultsState is the results screen: the report as markdown, and its
// rendering in a viewport. Rendering happens in a command; until it arrives,
// the screen says so.
type resultsState struct {
	doc   string
	key   renderKey
	ready bool
	err   error
	vp    viewport.Model
}

func newResultsState() resultsState {
	return resultsState{vp: viewport.New()}
}

// rendered takes a finished rendering if it is still the one wanted; a
// rendering for an older size or style is dropped.
func (r resultsState) rendered(msg renderedMsg) resultsState {
	if msg.key != r.key {
		return r
	}
	r.set(msg.out, msg.err)
	return r
}

func (r *resultsState) set(out string, err error) {
	r.ready, r.err = true, err
	offset := r.vp.YOffset()
	r.vp.SetContent(out)
	r.vp.SetYOffset(offset)
}

// openResults scores the answers and shows the report.
func (m Model) openResults() (tea.Model, tea.Cmd) {
	result := questions.Score(m.bank, m.answers)
	path := questions.Recommend(m.bank, m.answers, result)
	doc := content.Report(m.lib, m.bank, m.answers, result, path)
	m.screen = resultsScreen
	if doc != m.results.doc {
		m.results = newResultsState()
		m.results.doc = doc
	}
	return m, m.layoutResults()
}

// layoutResults sizes the viewport and asks for a rendering when the
// document, width or style changed since the last one.
func (m *Model) layoutResults() tea.Cmd {
	if m.screen != resultsScreen || m.results.doc == "" {
		return nil
	}
	h := m.height - lipgloss.Height(m.resultsHeader()) - lipgloss.Height(m.footer(m.resultsKeys(), ""))
	m.results.vp.SetWidth(m.width)
	m.results.vp.SetHeight(max(1, h))
	k := renderKey{doc: docHash(m.results.doc), width: max(10, min(maxReadableWidth, m.width-glamourGutter)), style: glamourStyle(m.opts, m.isDark)}
	if k == m.results.key && m.results.ready {
		return nil
	}
	m.results.key = k
	if out, ok := m.renderer.cached(k); ok {
		m.results.set(out, nil)
		return nil
	}
	return m.renderer.render(k, m.results.doc)
}

func (m Model) updateResults(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Back):
			return m.openReview(len(m.bank.Questions))
		case k.String() == "home" || k.String() == "g":
			m.results.vp.GotoTop()
			return m, nil
		case k.String() == "end" || k.String() == "G":
			m.results.vp.GotoBottom()
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.results.vp, cmd = m.results.vp.Update(msg)
	return m, cmd
}

func (m Model) resultsKeys() helpKeys {
	back := m.keys.Back
	back.SetHelp("esc", "change answers")
	return helpKeys{
		short: []key.Binding{m.keys.Scroll, back, m.helpBinding(), m.keys.Quit, m.keys.Page},
		full:  [][]key.Binding{{m.keys.Scroll, m.keys.Page, m.keys.Ends}, {back}, m.globalBindings()},
	}
}

func (m Model) resultsHeader() string {
	where := "Recommended path"
	if m.results.ready && m.results.vp.TotalLineCount() > m.results.vp.Height() {
		where += fmt.Sprintf(" · %.0f%%", m.results.vp.ScrollPercent()*100)
	}
	return m.header(where)
}

func (m Model) viewResults() string {
	body := m.results.vp.View()
	switch {
	case !m.results.ready:
		body = m.st.Muted.Render("\n  Rendering your results…")
	case m.results.err != nil:
		body = m.st.Error.Width(m.width - 1).Render(fmt.Sprintf("\nThe results could not be rendered: %v\nCheck GLAMOUR_STYLE: it must name a Glamour style (dark, light, notty, ascii, pink, dracula, tokyo-night) or a JSON style file.", m.results.err))
	}
	return m.fill(m.resultsHeader(), body, m.footer(m.resultsKeys(), ""))
}
