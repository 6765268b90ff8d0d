// Package report writes what certpath concludes as markdown: the recommended
// path with its reasons and facts, and what the postings analyzer found. The
// quiz screen, the saved export and the command line all print these.
package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/questions"
)

// reasonsShown caps the "why" list so the results stay readable.
const reasonsShown = 6

// Report writes the results of a quiz as markdown: the recommended path with
// each step's facts, a close call when there is one, the ranked profiles and
// the answers that moved them. The quiz screen and the command line render
// the same text.
func Report(lib *content.Library, b questions.Bank, a questions.Answers, o questions.Outcome) string {
	doc, _ := build(lib, b, a, o)
	return doc
}

// Data is the outcome as JSON shows it: the scores, the close call and the
// path, the path's three-year cost, and the sources the report cites.
type Data struct {
	questions.Outcome
	PathCost content.Cost          `json:"path_cost"`
	Sources  []content.CitedSource `json:"sources"`
}

// JSON is the outcome with its cost and every source the report cites.
func JSON(lib *content.Library, b questions.Bank, a questions.Answers, o questions.Outcome) Data {
	_, cites := build(lib, b, a, o)
	var certs []content.Cert
	for _, st := range o.Path {
		if c, ok := lib.Cert(st.Cert); ok {
			certs = append(certs, c)
		}
	}
	return Data{Outcome: o, PathCost: lib.PathCost(certs), Sources: lib.Sources(cites.IDs())}
}

func build(lib *content.Library, b questions.Bank, a questions.Answers, o questions.Outcome) (string, *content.Cites) {
	var s strings.Builder
	cites := &content.Cites{}
	top := o.Top()
	s.WriteString("# Recommended path\n\n")
	if top.Score <= 0 {
		s.WriteString("Your answers did not point to any role yet. Go back and tell certpath what the postings ask for and where your week goes.\n\n")
	} else {
		switch cc := o.CloseCall; {
		case cc != nil && cc.Gap == 0:
			fmt.Fprintf(&s, "Your answers point equally to **%s** and **%s**, in the context of **%s**.\n\n", top.Name, o.Profiles[1].Name, catalog.FrameworkName(o.Framework()))
		case cc != nil:
			fmt.Fprintf(&s, "Your answers point to **%s**, with **%s** close behind, in the context of **%s**.\n\n", top.Name, o.Profiles[1].Name, catalog.FrameworkName(o.Framework()))
		default:
			fmt.Fprintf(&s, "Your answers point to **%s**, in the context of **%s**.\n\n", top.Name, catalog.FrameworkName(o.Framework()))
		}
		if p, ok := lib.Profile(top.ID); ok {
			fmt.Fprintf(&s, "*%s: %s*\n\n", top.Name, p.Summary)
		}
	}
	if cc := o.CloseCall; cc != nil {
		s.WriteString(closeCallMarkdown(o.Result, cc))
	}
	s.WriteString(postingsMarkdown(b, a, o))
	if len(o.Path) > 0 {
		s.WriteString("## Your path\n\n")
		for i, st := range o.Path {
			s.WriteString(stepMarkdown(lib, i, st, cites))
		}
		s.WriteString(pathCostMarkdown(lib, o.Path, cites))
	}
	s.WriteString("## Role profiles\n\n")
	for i, p := range o.Profiles {
		fmt.Fprintf(&s, "%d. **%s**: %.1f\n", i+1, p.Name, p.Score)
	}
	s.WriteString("\n")
	if top.Score > 0 {
		s.WriteString(whyMarkdown(b, a, top, reasonsShown))
	}
	if cc := o.CloseCall; cc != nil {
		s.WriteString(whyMarkdown(b, a, o.Profiles[1], reasonsShown/2))
	}
	s.WriteString("## Before you register\n\nExam formats, fees and renewal rules change. Every figure above carries its source, the source's tier and the day it was checked; check the current figures on the issuer's own page, listed under Sources, before you register.\n\n")
	s.WriteString(lib.SourcesMarkdown(cites, PathCerts(lib, o.Path)...))
	return s.String(), cites
}

// postingsMarkdown says how much of the top profile's score came from the
// pasted postings, and what they were read as.
func postingsMarkdown(b questions.Bank, a questions.Answers, o questions.Outcome) string {
	ans := a[questions.QPostingsText]
	if o.Postings == nil || len(ans.Postings) == 0 {
		return ""
	}
	rep := *o.Postings
	var s strings.Builder
	s.WriteString("## From your postings\n\n")
	if rep.Top() == "" {
		fmt.Fprintf(&s, "certpath found no role signals in the %d posting(s) you gave, so they did not change the scores.\n\n", len(ans.Postings))
		return s.String()
	}
	fmt.Fprintf(&s, "The %d posting(s) you gave read as **%s** (%.0f%% of their evidence), in the context of %s.",
		len(ans.Postings), rep.Profiles[0].Name, rep.Profiles[0].Score, catalog.FrameworkName(rep.Frameworks[0].ID))
	top := o.Top()
	from := 0.0
	for _, c := range top.Contributions {
		if c.QuestionID == questions.QPostingsText {
			from += c.Points
		}
	}
	if top.Score > 0 {
		fmt.Fprintf(&s, " They added %.1f of %s's %.1f points (%.0f%%); pasted postings count for at most %.0f points per profile.",
			from, top.Name, top.Score, 100*from/top.Score, questions.PostingsProfileWeight)
	}
	s.WriteString("\n\n")
	if len(rep.CertsNamed) > 0 {
		fmt.Fprintf(&s, "Certifications they name: %s.\n\n", certNames(b.Catalog, rep.CertsNamed))
	}
	return s.String()
}

func closeCallMarkdown(r questions.Result, cc *questions.CloseCall) string {
	var s strings.Builder
	first, second := r.Profiles[0], r.Profiles[1]
	s.WriteString("## A close call\n\n")
	if cc.Gap == 0 {
		fmt.Fprintf(&s, "**%s** and **%s** are tied at %.1f.", first.Name, second.Name, first.Score)
	} else {
		fmt.Fprintf(&s, "**%s** (%.1f) and **%s** (%.1f) are only %.1f points apart.", first.Name, first.Score, second.Name, second.Score, cc.Gap)
	}
	s.WriteString(" Look at both before you decide; the path below includes a step for each.\n\n")
	if len(cc.Flips) > 0 {
		fmt.Fprintf(&s, "Any one of these changes would put %s first:\n\n", second.Name)
		for _, f := range cc.Flips {
			fmt.Fprintf(&s, "- %s\n", f.Change)
		}
		s.WriteString("\n")
	}
	return s.String()
}

// stepMarkdown writes one path step: the certification, why, and its facts.
func stepMarkdown(l *content.Library, i int, st questions.Step, cites *content.Cites) string {
	var s strings.Builder
	name := l.Catalog().Name(st.Cert)
	if st.Alternative != "" {
		name += " or " + l.Catalog().Name(st.Alternative)
	}
	when := "Then"
	if i == 0 {
		when = "First"
	}
	fmt.Fprintf(&s, "### %d. %s: %s\n\n%s\n\n", i+1, when, name, st.Reason)
	for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
		c, ok := l.Cert(id)
		if !ok {
			continue
		}
		if st.Alternative != "" {
			fmt.Fprintf(&s, "**%s**\n\n", c.Short)
		}
		fmt.Fprintf(&s, "- **Leads to:** %s\n", l.NextBrief(c))
		fmt.Fprintf(&s, "- **Time:** course %s\n", l.Dated(c.CourseLength, cites, false))
		fmt.Fprintf(&s, "- **Money:** exam %s; course %s\n", l.Dated(c.ExamFee, cites, true), l.Dated(c.CoursePrice, cites, true))
		fmt.Fprintf(&s, "- **Renewal:** %s; fee %s\n", l.Dated(c.Renewal, cites, false), l.Dated(c.RenewalFee, cites, true))
		fmt.Fprintf(&s, "- %s", l.CostMarkdown(c, cites))
	}
	return s.String()
}

func whyMarkdown(b questions.Bank, a questions.Answers, p questions.ProfileScore, n int) string {
	var s strings.Builder
	fmt.Fprintf(&s, "## Why %s\n\nThe answers that added most to it (points):\n\n", p.Name)
	for i, c := range p.Contributions {
		if i == n {
			break
		}
		q, ok := b.Question(c.QuestionID)
		if !ok {
			continue
		}
		fmt.Fprintf(&s, "- **+%.1f** %s\n", c.Points, q.DescribeContribution(c, a[c.QuestionID]))
	}
	s.WriteString("\n")
	return s.String()
}

// PathCerts are the certifications a path names, alternatives too, in order.
func PathCerts(lib *content.Library, path []questions.Step) []content.Cert {
	var out []content.Cert
	for _, st := range path {
		for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
			if c, ok := lib.Cert(id); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// pathCostMarkdown is the three-year cost of the path's first choices (not
// the alternatives), with the rules that change the sum.
func pathCostMarkdown(lib *content.Library, path []questions.Step, cites *content.Cites) string {
	var certs []content.Cert
	for _, st := range path {
		if c, ok := lib.Cert(st.Cert); ok {
			certs = append(certs, c)
		}
	}
	cost := lib.PathCost(certs)
	var parts []string
	for _, p := range cost.Parts {
		parts = append(parts, p.String(cites))
	}
	return fmt.Sprintf("**Three-year cost of the whole path:** %s. %s. Scrum.org certifications do not expire; one Scrum Alliance renewal fee covers all your Scrum Alliance certifications; SAFe certifications renew through a yearly membership whose fee certpath could not confirm.\n\n", cost.Brief(), capitalize(strings.Join(parts, "; ")))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
