package field

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"certpath/catalog"
	"certpath/postings"
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
		p.area.SetHeight(height - filesHeight - 1)
		return p.area.View() + "\n\n" + files
	case height >= 2:
		// A short window drops the blank line, never the files input.
		p.area.SetHeight(max(1, height-1))
		return p.area.View() + "\n" + p.paths.View()
	case p.onPaths:
		return p.paths.View()
	}
	p.area.SetHeight(1)
	return p.area.View()
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
		add(p.st.Selected.Render(read+": ")+shares(rep.Profiles, 3), 0)
		add("Framework: "+frameworks(rep.Frameworks), 2)
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
		add("Roles: "+shares(a.Profiles, 3), 2)
		add("Framework: "+frameworks(a.Frameworks), 2)
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

func shares(profiles []postings.PostingScore, n int) string {
	var out []string
	for _, s := range profiles {
		if s.Points > 0 && len(out) < n {
			out = append(out, fmt.Sprintf("%s %.0f%%", s.Name, s.Score))
		}
	}
	return strings.Join(out, " · ")
}

func frameworks(fs []postings.FrameworkShare) string {
	var out []string
	for _, f := range fs {
		if f.Points > 0 {
			out = append(out, fmt.Sprintf("%s %.0f%%", catalog.FrameworkName(f.ID), f.Score))
		}
	}
	if len(out) == 0 {
		return "none found"
	}
	return strings.Join(out, " · ")
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
