package content

import (
	"fmt"
	"sort"
	"strings"

	"certpath/catalog"
)

// Summary writes a certification's page as markdown: facts from the front
// matter (each value with its version, date and source; disagreements listed
// side by side), then the prose, then the sources with their addresses.
func (l *Library) Summary(c Cert) string {
	l.ensure()
	var s strings.Builder
	fmt.Fprintf(&s, "# %s (%s)\n\n", c.Name, c.Short)
	var roles []string
	for _, p := range c.Profiles {
		roles = append(roles, catalog.ProfileName(p))
	}
	fmt.Fprintf(&s, "**Issuer:** %s · **Fits:** %s\n\n", c.Issuer, strings.Join(roles, ", "))
	s.WriteString(l.verifyNote(c))
	s.WriteString("## Facts\n\n")
	cited := map[string]bool{}
	for _, row := range []struct {
		label string
		fig   Figure
	}{
		{"Course required", c.CourseRequired}, {"Course length", c.CourseLength},
		{"Exam questions", c.Exam.Questions}, {"Exam minutes", c.Exam.Minutes},
		{"Pass mark", c.Exam.PassMark}, {"Exam format", c.Exam.Format},
		{"Exam fee", c.ExamFee}, {"Retake fee", c.RetakeFee}, {"Course price", c.CoursePrice},
		{"Renewal", c.Renewal}, {"Renewal fee", c.RenewalFee}, {"Prerequisites", c.Prerequisites},
	} {
		s.WriteString(l.figureMarkdown(row.label, row.fig, cited))
	}
	s.WriteString("\n")
	s.WriteString(strings.TrimSpace(c.Body) + "\n\n")
	s.WriteString(l.nextSteps(c))
	s.WriteString(l.sourcesMarkdown(cited))
	return s.String()
}

func (l *Library) verifyNote(c Cert) string {
	// A paragraph, not a blockquote: Glamour wraps quotes past their margin.
	return fmt.Sprintf("**Verify before you register.** Figures change and sources disagree: check %s's page, %s\n\n", c.Issuer, c.OfficialPage)
}

// figureMarkdown writes one fact as a list item: the value with its source
// when one source gives it, the value once with every source when several
// agree, and every value as a sub-item when they disagree.
func (l *Library) figureMarkdown(label string, f Figure, cited map[string]bool) string {
	for _, x := range f {
		if x.Source != "" {
			cited[x.Source] = true
		}
	}
	switch {
	case len(f) == 1:
		return fmt.Sprintf("- **%s:** %s\n", label, l.factText(f[0]))
	case !f.Disputed():
		var who []string
		for _, x := range f {
			who = append(who, fmt.Sprintf("[%s] %s", x.Source, l.qualifiers(x)))
		}
		return fmt.Sprintf("- **%s:** %s (sources agree: %s)\n", label, f[0].Value, strings.Join(who, "; "))
	}
	out := fmt.Sprintf("- **%s** (sources disagree, all values shown):\n", label)
	for _, x := range f {
		out += "  - " + l.factText(x) + "\n"
	}
	return out
}

// factText is a value followed by what qualifies it and the source's ID,
// which the list of sources at the end resolves.
func (l *Library) factText(f Fact) string {
	if f.Value == Unknown {
		return "unknown: " + f.Note
	}
	return fmt.Sprintf("%s (%s) [%s]", f.Value, l.qualifiers(f), f.Source)
}

// qualifiers say which version a value belongs to, its date, whether the
// issuer said it, and any caveat.
func (l *Library) qualifiers(f Fact) string {
	var parts []string
	if f.Version != "" {
		parts = append(parts, "version "+f.Version)
	}
	if f.AsOf == "undated" {
		parts = append(parts, "undated source")
	} else {
		parts = append(parts, "as of "+f.AsOf)
	}
	if src, ok := l.sources[f.Source]; ok {
		if src.Official {
			parts = append(parts, "issuer")
		} else {
			parts = append(parts, "third party")
		}
	}
	if f.Note != "" {
		parts = append(parts, f.Note)
	}
	return strings.Join(parts, ", ")
}

func (l *Library) nextSteps(c Cert) string {
	var s strings.Builder
	if len(c.LeadsTo) > 0 || len(c.LeadsBeyond) > 0 {
		s.WriteString("## Leads to\n\n")
		for _, id := range c.LeadsTo {
			fmt.Fprintf(&s, "- %s\n", l.catalog.Name(id))
		}
		for _, t := range c.LeadsBeyond {
			fmt.Fprintf(&s, "- %s\n", t)
		}
		s.WriteString("\n")
	}
	if len(c.Neighbours) > 0 {
		fmt.Fprintf(&s, "**Nearest neighbours:** %s\n\n", l.certNames(c.Neighbours))
	}
	return s.String()
}

func (l *Library) sourcesMarkdown(cited map[string]bool) string {
	ids := make([]string, 0, len(cited))
	for id := range cited {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return sourceOrder(ids[i]) < sourceOrder(ids[j]) })
	var s strings.Builder
	s.WriteString("## Sources\n\n")
	for _, id := range ids {
		src := l.sources[id]
		who := "third party"
		if src.Official {
			who = "issuer"
		}
		where := src.URL
		if where == "" {
			where = "not published"
		}
		fmt.Fprintf(&s, "- [%s] %s (%s, %s): %s\n", id, src.Title, who, src.Date, where)
	}
	return s.String()
}

// sourceOrder sorts S2 before S10, and named sources after numbered ones.
func sourceOrder(id string) int {
	n := 0
	if _, err := fmt.Sscanf(id, "S%d", &n); err != nil {
		return 1 << 20
	}
	return n
}

// Brief sums a figure up in a few words for tables: one value, or every value
// with "(sources disagree)".
func (f Figure) Brief() string {
	vals := f.Values()
	switch {
	case len(vals) == 0:
		return Unknown
	case len(vals) == 1:
		return vals[0]
	}
	return strings.Join(vals, " / ") + " (sources disagree)"
}

// Dated sums a figure up with its citations, e.g. "16 hours [S21, as of
// 2024-02-19]" or several values with "(sources disagree)".
func (f Figure) Dated() string {
	var parts []string
	for _, v := range f.Values() {
		if v == Unknown {
			parts = append(parts, Unknown)
			continue
		}
		var cites []string
		for _, x := range f {
			if core(x.Value) == core(v) {
				when := "as of " + x.AsOf
				if x.AsOf == "undated" {
					when = "undated"
				}
				cites = append(cites, x.Source+", "+when)
			}
		}
		parts = append(parts, fmt.Sprintf("%s [%s]", v, strings.Join(cites, "; ")))
	}
	out := strings.Join(parts, " / ")
	if len(parts) > 1 {
		out += " (sources disagree)"
	}
	return out
}

// Compare writes two certifications side by side as a markdown table.
func (l *Library) Compare(a, b Cert) string {
	l.ensure()
	var s strings.Builder
	fmt.Fprintf(&s, "# %s and %s side by side\n\n", a.Short, b.Short)
	fmt.Fprintf(&s, "| | %s | %s |\n|---|---|---|\n", a.Short, b.Short)
	row := func(label, x, y string) {
		fmt.Fprintf(&s, "| **%s** | %s | %s |\n", label, cell(x), cell(y))
	}
	row("Issuer", a.Issuer, b.Issuer)
	row("Primary outcome", a.Compare.Outcome, b.Compare.Outcome)
	row("Typical artifacts", a.Compare.Artifacts, b.Compare.Artifacts)
	row("Events it leans on", a.Compare.Events, b.Compare.Events)
	row("Course", a.CourseRequired.Brief(), b.CourseRequired.Brief())
	row("Exam", examBrief(a), examBrief(b))
	row("Exam fee", a.ExamFee.Brief(), b.ExamFee.Brief())
	row("Renewal", a.Renewal.Brief()+"; "+a.RenewalFee.Brief(), b.Renewal.Brief()+"; "+b.RenewalFee.Brief())
	row("Next step", l.NextBrief(a), l.NextBrief(b))
	s.WriteString("\n")
	s.WriteString("Dates and sources for every figure are on each certification's own page.\n\n")
	fmt.Fprintf(&s, "**Verify before you register** on the issuers' pages: %s and %s\n", a.OfficialPage, b.OfficialPage)
	return s.String()
}

func examBrief(c Cert) string {
	return fmt.Sprintf("%s questions, %s minutes, pass: %s", c.Exam.Questions.Brief(), c.Exam.Minutes.Brief(), c.Exam.PassMark.Brief())
}

// NextBrief names where a certification leads, in a few words.
func (l *Library) NextBrief(c Cert) string {
	var names []string
	for _, id := range c.LeadsTo {
		names = append(names, l.catalog.Name(id))
	}
	if len(names) == 0 && len(c.LeadsBeyond) > 0 {
		return c.LeadsBeyond[0]
	}
	if len(names) == 0 {
		return "none found"
	}
	return strings.Join(names, ", ")
}

// cell keeps a value from breaking the table's row syntax.
func cell(s string) string { return strings.ReplaceAll(s, "|", "/") }

// certNames lists certifications by name, separated by semicolons (names
// contain commas).
func (l *Library) certNames(ids []catalog.CertID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = l.catalog.Name(id)
	}
	return strings.Join(names, "; ")
}
