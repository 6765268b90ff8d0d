package report

import (
	"certpath/catalog"
	"certpath/postings"
	"certpath/render"
	"fmt"
	"sort"
	"strings"
)

// PostingsMarkdown writes a postings analysis as markdown: the combined
// ranking, the framework context, the certifications named and the evidence
// with where it was found; then each posting on its own when there are
// several.
func PostingsMarkdown(rep postings.Report, cat catalog.Catalog) string {
	var s strings.Builder
	s.WriteString("# What the postings ask for\n\n")
	if rep.Top() == "" {
		s.WriteString("No role signals were found. certpath looks for what people in each role do (backlog refinement, retrospectives, PI Planning, risk registers...); a posting made of company text and benefits gives it nothing to read.\n")
		if len(rep.OutsideNamed) > 0 {
			s.WriteString("\n" + outsideNamedMarkdown(cat, rep.OutsideNamed))
		}
		return s.String()
	}
	if len(rep.Postings) > 1 {
		fmt.Fprintf(&s, "Combined over %d postings (each counts the same, whatever its length).\n\n", len(rep.Postings))
	}
	s.WriteString(analysisMarkdown(cat, rep.Profiles, rep.Frameworks, rep.CertsNamed, rep.Evidence, "##", len(rep.Postings) > 1))
	s.WriteString(outsideNamedMarkdown(cat, rep.OutsideNamed))
	if len(rep.Negated) > 0 {
		var skipped []string
		for _, e := range rep.Negated {
			skipped = append(skipped, fmt.Sprintf("%q (%s line %s)", e.Phrase, render.EscapeInline(e.Posting), joinInts(e.Lines)))
		}
		fmt.Fprintf(&s, "Not counted, in a negative context: %s.\n\n", strings.Join(skipped, ", "))
	}
	for _, p := range rep.Postings {
		fmt.Fprintf(&s, "## %s\n\n", render.EscapeInline(p.Name))
		if p.Top() == "" {
			s.WriteString("No role signals found.\n\n")
			continue
		}
		s.WriteString(analysisMarkdown(cat, p.Profiles, p.Frameworks, p.CertsNamed, p.Evidence, "###", false))
	}
	return s.String()
}

func analysisMarkdown(cat catalog.Catalog, profiles []postings.PostingScore, frameworks []postings.FrameworkShare, certs []catalog.CertID, evidence []postings.Evidence, h string, withPosting bool) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s Profiles\n\n", h)
	for i, p := range profiles {
		if p.Points <= 0 {
			break
		}
		fmt.Fprintf(&s, "%d. **%s**: %.0f%%\n", i+1, p.Name, p.Score)
	}
	fmt.Fprintf(&s, "\n%s Framework context\n\n", h)
	for _, f := range frameworks {
		if f.Points > 0 {
			fmt.Fprintf(&s, "- %s: %.0f%%\n", catalog.FrameworkName(f.ID), f.Score)
		}
	}
	if len(frameworks) == 0 || frameworks[0].Points <= 0 {
		s.WriteString("- none found\n")
	}
	if len(certs) > 0 {
		fmt.Fprintf(&s, "\n**Certifications named:** %s\n", certNames(cat, certs))
	}
	fmt.Fprintf(&s, "\n%s Evidence\n\n", h)
	for _, e := range evidence {
		where := "line " + joinInts(e.Lines)
		if withPosting {
			where = render.EscapeInline(e.Posting) + ", " + where
		}
		title := ""
		if e.InTitle {
			title = ", in the title"
		}
		fmt.Fprintf(&s, "- **%s** → %s, %d× (%s%s)\n", e.Phrase, countsFor(cat, e), e.Count, where, title)
	}
	s.WriteString("\n")
	return s.String()
}

// outsideNamedMarkdown names the certifications outside the catalogue that
// postings name, each with the line a coach would add.
func outsideNamedMarkdown(cat catalog.Catalog, ids []catalog.OutsideID) string {
	if len(ids) == 0 {
		return ""
	}
	var s strings.Builder
	s.WriteString("**Named, but outside certpath's catalogue** (certpath plans no step for these):\n\n")
	for _, id := range ids {
		// The line's source is listed with the results' sources; here a
		// line resting on a weak one says "not confirmed" itself.
		x, _ := cat.LookupOutside(id)
		fmt.Fprintf(&s, "- **%s** (%s): %s\n", x.Short, x.Issuer, x.Line)
	}
	s.WriteString("\n")
	return s.String()
}

// countsFor names what a signal counts for, strongest first.
func countsFor(cat catalog.Catalog, e postings.Evidence) string {
	type w struct {
		name string
		v    float64
	}
	var ws []w
	for p, v := range e.Profiles {
		ws = append(ws, w{catalog.ProfileName(p), v})
	}
	for f, v := range e.Frameworks {
		ws = append(ws, w{catalog.FrameworkName(f), v})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].v != ws[j].v {
			return ws[i].v > ws[j].v
		}
		return ws[i].name < ws[j].name
	})
	var names []string
	for _, x := range ws {
		names = append(names, x.name)
	}
	if e.Cert != "" {
		names = append([]string{"names " + cat.Name(e.Cert)}, names...)
	}
	if x, ok := cat.LookupOutside(e.Outside); ok {
		names = append([]string{"names " + x.Short + ", outside the catalogue"}, names...)
	}
	return strings.Join(names, ", ")
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, ", ")
}

// certNames lists certifications by name, separated by semicolons (names
// contain commas).
func certNames(cat catalog.Catalog, ids []catalog.CertID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.Name(id)
	}
	return strings.Join(names, "; ")
}
