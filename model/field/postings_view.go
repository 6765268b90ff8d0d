package field

import (
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/catalog"
	"certpath/postings"
	"certpath/termtext"
	"certpath/words"
)

// ReadingNote is shown while the postings are read.
const ReadingNote = "Reading the postings… (a PDF or a link can take a few seconds)"

// View shows the inputs, or what was found.
func (p *Postings) View(width, height int) string {
	p.width = width
	if p.review {
		return p.viewFindings(width, height)
	}
	p.area.SetWidth(width)
	p.paths.SetWidth(max(1, width-len(p.paths.Prompt)-1))
	p.paths.Placeholder = examples(filesPlaceholder, max(1, width-len(p.paths.Prompt)-1))
	files := p.paths.View()
	if note := p.keptNote(); note != "" && height >= 5 {
		files += "\n" + p.st.Muted.Width(max(1, width)).Render(note)
	}
	if p.heldNote != "" && height >= 5 {
		files += "\n" + p.st.Muted.Width(max(1, width)).Render(p.heldNote)
	}
	if p.reading && height >= 5 {
		files += "\n" + p.st.Muted.Width(max(1, width)).Render(ReadingNote)
	}
	if p.hint != "" && height >= 5 {
		// Wrapped, not cut: a hint's last words say what to do instead.
		files += "\n" + p.st.Muted.Width(max(1, width)).Render(p.hint)
	}
	filesHeight := lipgloss.Height(files)
	switch {
	case height >= filesHeight+3:
		p.setAreaHeight(height - filesHeight - 1)
		return p.area.View() + "\n\n" + files
	case height >= 2:
		// A short window drops the blank line, never the files input.
		p.setAreaHeight(max(1, height-1))
		return p.area.View() + "\n" + p.paths.View()
	case p.onPaths:
		return p.paths.View()
	}
	p.setAreaHeight(1)
	return p.area.View()
}

// setAreaHeight gives the text area its height. Bubbles' SetHeight only
// scrolls to keep the cursor in view, so a box that grew (or was refilled
// while its height was another) would keep its old offset: text restored on
// coming back to the step showed from mid-posting with empty rows below.
// Then the area scrolls to the top and back down to the cursor, which
// scrolls no further than the cursor needs.
func (p *Postings) setAreaHeight(h int) {
	refit := p.refit || h != p.area.Height()
	p.area.SetHeight(h)
	p.refit = false
	if !refit || p.area.ScrollYOffset() == 0 {
		return
	}
	row, col := p.area.Line(), p.area.Column()
	p.area.MoveToBegin()
	for p.area.Line() < row {
		p.area.CursorDown()
	}
	p.area.SetCursorColumn(col)
}

// viewFindings shows, in a scrollable view, what was read: the combined
// reading, then per posting its title, role shares, framework reading and
// the matched phrases grouped with their counts, wrapped to the width.
func (p *Postings) viewFindings(width, height int) string {
	p.findings.SetWidth(width)
	p.findings.SetHeight(max(1, height-1))
	p.findings.SetContent(p.findingsText(width))
	status := ""
	if total := p.findings.TotalLineCount(); total > p.findings.Height() {
		status = p.st.Muted.Render(ansi.Truncate(fmt.Sprintf("  %.0f%% · ↑/↓ or pgdn for more", p.findings.ScrollPercent()*100), width, "…"))
	}
	return strings.TrimRight(p.findings.View(), "\n ") + "\n" + status
}

// findingsText is the whole findings view, wrapped to width.
func (p *Postings) findingsText(width int) string {
	var lines []string
	add := func(s string, indent int) {
		pad := strings.Repeat(" ", indent)
		wrapped := lipgloss.NewStyle().Width(max(1, width-indent)).Render(s)
		for _, l := range strings.Split(wrapped, "\n") {
			lines = append(lines, pad+strings.TrimRight(l, " "))
		}
	}
	rep := p.report
	read := "Read " + words.Count(len(p.postings), "posting")
	switch {
	case rep.Top() != "":
		add(p.st.Selected.Render(read+": ")+shares(rep.Profiles, 3, " · "), 0)
		add("Framework: "+frameworks(rep.Frameworks, " · "), 2)
	case len(p.postings) > 0:
		add(read+"; no role signals found in them.", 0)
	}
	for _, prob := range p.problems {
		add(p.st.Muted.Render("! "+prob), 0)
	}
	for i, posting := range p.postings {
		a := p.analysis(i)
		lines = append(lines, "")
		add(p.st.Cursor.Render(posting.Name)+titleOf(posting.Text), 0)
		if a.Top() == "" {
			add("No role signals found.", 2)
			continue
		}
		add("Roles: "+shares(a.Profiles, 3, " · "), 2)
		add("Framework: "+frameworks(a.Frameworks, " · "), 2)
		add("Phrases: "+p.phrases(a.Evidence), 2)
	}
	return strings.Join(lines, "\n")
}

// analysis is posting i's own reading; a single posting's is the report's.
func (p *Postings) analysis(i int) postings.PostingAnalysis {
	if i < len(p.report.Postings) {
		return p.report.Postings[i]
	}
	return postings.PostingAnalysis{Profiles: p.report.Profiles, Frameworks: p.report.Frameworks, Evidence: p.report.Evidence}
}

// titleOf is a posting's first line, the job title in most postings.
func titleOf(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			return " · " + ansi.Truncate(t, 60, "…")
		}
	}
	return ""
}

// shares names the first n roles found, with their shares, joined by sep.
func shares(profiles []postings.PostingScore, n int, sep string) string {
	var out []string
	for _, s := range profiles {
		if s.Points > 0 && len(out) < n {
			out = append(out, fmt.Sprintf("%s %.0f%%", s.Name, s.Score))
		}
	}
	return strings.Join(out, sep)
}

// frameworks names the frameworks found, with their shares, joined by sep.
func frameworks(fs []postings.FrameworkShare, sep string) string {
	var out []string
	for _, f := range fs {
		if f.Points > 0 {
			out = append(out, fmt.Sprintf("%s %.0f%%", catalog.FrameworkName(f.ID), f.Score))
		}
	}
	if len(out) == 0 {
		return "none found"
	}
	return strings.Join(out, sep)
}

// phrases lists the matched phrases with their counts, highlighted (bold and
// underlined, so it shows without colour too).
func (p *Postings) phrases(evidence []postings.Evidence) string {
	var out []string
	for _, e := range evidence {
		phrase := p.st.Highlight.Render(e.Phrase)
		if e.Count > 1 {
			// Once is the rule; only a repeat is worth a count.
			phrase += fmt.Sprintf(" ×%d", e.Count)
		}
		out = append(out, phrase)
	}
	return strings.Join(out, ", ")
}

// examples keeps the example names that fit in width, whole, and says with
// an ellipsis that more were left out.
func examples(names string, width int) string {
	if ansi.StringWidth(names) <= width {
		return names
	}
	out := ""
	for _, n := range strings.Fields(names) {
		next := strings.TrimSpace(out + " " + n)
		if ansi.StringWidth(next+" …") > width {
			break
		}
		out = next
	}
	return strings.TrimSpace(out + " …")
}

// plainFindings is what the analyzer read in the postings, in lines of
// plain text for accessible mode: the roles and frameworks across them, then
// each posting's own reading when there are several, as the findings view
// shows them. read opens it ("Read 2 postings").
func plainFindings(read string, ps []postings.Text, an *postings.Analyzer) string {
	rep := an.AnalyzeAll(ps)
	them := map[bool]string{true: "it", false: "them"}[len(ps) == 1]
	if rep.Top() == "" {
		return read + "; no role signals found in " + them + ", so " + them + " will not change the results."
	}
	lines := []string{read + ". Roles: " + shares(rep.Profiles, 3, ", ") + ".", "Framework: " + frameworks(rep.Frameworks, ", ") + "."}
	if len(ps) == 1 {
		return strings.Join(append(lines, "Phrases: "+plainPhrases(rep.Evidence)+"."), "\n")
	}
	for i, p := range ps {
		if i >= len(rep.Postings) {
			break
		}
		a := rep.Postings[i]
		if a.Top() == "" {
			lines = append(lines, p.Name+": no role signals found.")
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s; framework %s; phrases %s.", p.Name, shares(a.Profiles, 3, ", "), frameworks(a.Frameworks, ", "), plainPhrases(a.Evidence)))
	}
	return strings.Join(lines, "\n")
}

// plainPhrases lists the phrases matched, quoted, with how often.
func plainPhrases(evidence []postings.Evidence) string {
	var out []string
	for _, e := range evidence {
		out = append(out, fmt.Sprintf("%q %d×", e.Phrase, e.Count))
	}
	return strings.Join(out, ", ")
}

// scroll moves through the findings.
func (p *Postings) scroll(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, p.keys.Up):
		p.findings.ScrollUp(1)
	case key.Matches(msg, p.keys.Down):
		p.findings.ScrollDown(1)
	case key.Matches(msg, p.keys.PageUp):
		p.findings.PageUp()
	case key.Matches(msg, p.keys.PageDown), msg.String() == "space":
		p.findings.PageDown()
	case key.Matches(msg, p.keys.Top):
		p.findings.GotoTop()
	case key.Matches(msg, p.keys.Bottom):
		p.findings.GotoBottom()
	}
	return nil
}

// Bindings are the keys this widget uses, short form: how to go on first,
// because a narrow help line is cut from the right.
func (p *Postings) Bindings() []key.Binding {
	if p.review {
		return []key.Binding{p.keys.Move, p.keys.PageDown}
	}
	if p.empty() {
		// Nothing given yet: enter skips the step, the key a narrow window
		// keeps when the hint above gives way.
		skip := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "skip"))
		return []key.Binding{skip, p.clip, p.tabBinding()}
	}
	return []key.Binding{p.submit, p.clip, p.tabBinding()}
}

// forgetBinding is ctrl+x while postings are kept, else none.
func (p *Postings) forgetBinding() []key.Binding {
	if len(p.kept) == 0 {
		return nil
	}
	return []key.Binding{p.forget}
}

// tabBinding says where tab goes from here: to the files, or back to the
// text.
func (p *Postings) tabBinding() key.Binding {
	b := p.switchTo
	if p.onPaths {
		b.SetHelp("tab", "text")
	}
	return b
}

// empty reports whether nothing is given, typed or kept: submitting skips
// the step.
func (p *Postings) empty() bool {
	return strings.TrimSpace(p.text()) == "" && strings.TrimSpace(p.paths.Value()) == "" && len(p.kept) == 0
}

// keptNote says which postings are kept from files and links.
func (p *Postings) keptNote() string {
	if len(p.kept) == 0 {
		return ""
	}
	them := "them"
	if len(p.kept) == 1 {
		them = "it"
	}
	return fmt.Sprintf("Also read with these, as read before: %s. ctrl+x forgets %s.", p.keptNames(), them)
}

// keptNames names the kept postings: a file by its name, a link whole.
func (p *Postings) keptNames() string {
	names := make([]string, len(p.kept))
	for i, k := range p.kept {
		names[i] = shortName(k)
	}
	return termtext.Sanitize(strings.Join(names, ", "))
}

// shortName names a posting read from a file by the file's name, one read
// from a link by the link.
func shortName(t postings.Text) string {
	if postings.Origin(t) == "file" {
		return filepath.Base(t.Name)
	}
	return t.Name
}

// AllBindings are every key this widget uses.
func (p *Postings) AllBindings() []key.Binding {
	if p.review {
		return []key.Binding{p.keys.Up, p.keys.Down, p.keys.PageUp, p.keys.PageDown, p.keys.Top, p.keys.Bottom}
	}
	emptyEnter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter on an empty line", "read"))
	return append([]key.Binding{p.submit, emptyEnter, p.tabBinding(), p.clip}, p.forgetBinding()...)
}
