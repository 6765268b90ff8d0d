package page

import (
	"fmt"
	"slices"
	"strings"

	"certpath/content"
)

// Compare writes two certifications side by side as a markdown table, with
// which to take first above it, across the whole width.
func Compare(l *content.Library, a, b content.Cert) string {
	l.Preload()
	var s strings.Builder
	cites := &content.Cites{}
	s.WriteString(heading(l, a, b, " side by side"))
	fmt.Fprintf(&s, "| | %s | %s |\n|---|---|---|\n", a.Short, b.Short)
	ra, rb := compareRows(l, a), compareRows(l, b)
	labels := rowLabels(ra, rb)
	for _, label := range labels {
		xa, xb := linesOf(ra, label), linesOf(rb, label)
		for i := 0; i < max(len(xa), len(xb)); i++ {
			shown := "**" + label + "**"
			if i > 0 {
				shown = ""
			}
			fmt.Fprintf(&s, "| %s | %s | %s |\n", shown, cell(at(xa, i)), cell(at(xb, i)))
		}
	}
	s.WriteString("\n")
	s.WriteString(legend(l, a, b))
	s.WriteString("Dates, tiers and sources for every figure are on each certification's own page.\n\n")
	fmt.Fprintf(&s, "**Verify before you register** on the issuers' pages, the first entries under Sources.\n\n")
	s.WriteString(l.SourcesMarkdown(cites, a, b))
	return s.String()
}

// CompareStacked is the comparison for a narrow window: one certification
// after the other instead of two columns, so no word is broken.
func CompareStacked(l *content.Library, a, b content.Cert) string {
	l.Preload()
	var s strings.Builder
	cites := &content.Cites{}
	s.WriteString(heading(l, a, b, ", one after the other"))
	for _, c := range []content.Cert{a, b} {
		fmt.Fprintf(&s, "## %s\n\n", c.Short)
		for _, row := range compareRows(l, c) {
			fmt.Fprintf(&s, "- **%s:** %s\n", row[0], row[1])
		}
		s.WriteString("\n")
	}
	s.WriteString(legend(l, a, b))
	s.WriteString("Dates, tiers and sources for every figure are on each certification's own page.\n\n")
	s.WriteString(l.SourcesMarkdown(cites, a, b))
	return s.String()
}

// heading is a comparison's title, "# A and B side by side", then which to
// take first when either certification says.
func heading(l *content.Library, a, b content.Cert, how string) string {
	s := fmt.Sprintf("# %s and %s%s\n\n", a.Short, b.Short, how)
	if first := l.WhichFirst(a, b); first != "" {
		s += fmt.Sprintf("**Which first:** %s\n\n", first)
	}
	return s
}

// compareRows are the rows of the comparison for one certification: its
// issuer and plain-words dimensions, its rows at a glance (one line per
// exam version), then where it leads.
func compareRows(l *content.Library, c content.Cert) [][2]string {
	rows := [][2]string{
		{"Issuer", c.Issuer}, {"Primary outcome", c.Compare.Outcome}, {"Typical artifacts", c.Compare.Artifacts},
		{"Events it leans on", c.Compare.Events},
	}
	glance, _ := l.Glance(c)
	for _, r := range glance {
		text := r.Text
		if r.Version != "" {
			// One Exam row for both, whatever their versions are called.
			text = content.VersionLabel(r.Version) + ": " + text
		}
		rows = append(rows, [2]string{r.Label, text})
	}
	return append(rows, [2]string{"Next step", l.NextBrief(c)})
}

// legend is the mark's legend under a comparison, when a row uses it.
func legend(l *content.Library, a, b content.Cert) string {
	_, ma := l.Glance(a)
	_, mb := l.Glance(b)
	if !ma && !mb {
		return ""
	}
	return strings.Replace(content.MarkLegend, "under Facts", "on each certification's page", 1) + "\n\n"
}

// rowLabels lists the row labels of two certifications in order.
func rowLabels(a, b [][2]string) []string {
	var out []string
	for _, r := range append(append([][2]string{}, a...), b...) {
		if !slices.Contains(out, r[0]) {
			out = append(out, r[0])
		}
	}
	return out
}

// linesOf is every line of rows under label, in order.
func linesOf(rows [][2]string, label string) []string {
	var out []string
	for _, r := range rows {
		if r[0] == label {
			out = append(out, r[1])
		}
	}
	return out
}

// at is xs[i], or "" past its end.
func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}

// cell keeps a value from breaking the table's row syntax.
func cell(s string) string { return strings.ReplaceAll(s, "|", "/") }
