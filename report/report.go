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
	"certpath/words"
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
		case o.Fit.None:
			fmt.Fprintf(&s, "None of the eight roles matches your week yet: %s. The closest are **%s** (%.0f%%) and **%s** (%.0f%%), in the context of **%s**.\n\n%s\n\n",
				o.Fit.Why, top.Name, top.Share, o.Profiles[1].Name, o.Profiles[1].Share, o.Context, o.Fit.Needs)
		case cc != nil && cc.Gap == 0:
			fmt.Fprintf(&s, "Your answers point equally to **%s** and **%s** (%.0f%% each), in the context of **%s**.\n\n", top.Name, o.Profiles[1].Name, top.Share, o.Context)
		case cc != nil:
			fmt.Fprintf(&s, "Your answers point to **%s** (%.0f%%), with **%s** (%.0f%%) close behind, in the context of **%s**.\n\n", top.Name, top.Share, o.Profiles[1].Name, o.Profiles[1].Share, o.Context)
		default:
			fmt.Fprintf(&s, "Your answers point to **%s** (%.0f%% of all points), in the context of **%s**.\n\n", top.Name, top.Share, o.Context)
		}
		if cc := o.CloseCall; cc != nil {
			s.WriteString(flipsMarkdown(o.Result, cc))
		}
		if o.LeadsWith != "" && o.LeadsWith != top.ID && !o.Fit.None {
			fmt.Fprintf(&s, "Most of your week goes to %s work, so the path starts there; the postings you aim for point to %s.\n\n", catalog.ProfileName(o.LeadsWith), top.Name)
		}
		if p, ok := lib.Profile(top.ID); ok && !o.Fit.None {
			fmt.Fprintf(&s, "*%s: %s*\n\n", top.Name, p.Summary)
		}
	}
	if len(o.Notes) > 0 {
		s.WriteString("## Notes on your answers\n\n")
		for _, n := range o.Notes {
			fmt.Fprintf(&s, "- %s\n", n)
		}
		s.WriteString("\n")
	}
	if cc := o.CloseCall; cc != nil {
		s.WriteString(closeCallMarkdown(o.Result, cc))
	}
	s.WriteString(postingsMarkdown(b, a, o))
	if len(o.Path) > 0 {
		s.WriteString("## Your path\n\n")
		s.WriteString(timelineMarkdown(lib, o.Path))
		for i, st := range o.Path {
			s.WriteString(stepMarkdown(lib, i, st, cites))
		}
		s.WriteString(pathCostMarkdown(lib, o.Path, cites))
	}
	s.WriteString("## Role profiles\n\nEach profile's share of all the points your answers gave:\n\n")
	for i, p := range o.Profiles {
		fmt.Fprintf(&s, "%d. `%s` **%s** %.0f%% (%.1f points)\n", i+1, Bar(p.Share, 20), p.Name, p.Share, p.Score)
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
		fmt.Fprintf(&s, "certpath found no role signals in the %s you gave, so they did not change the scores.\n\n", words.Count(len(ans.Postings), "posting"))
		return s.String()
	}
	fmt.Fprintf(&s, "The %s you gave read as **%s** (%.0f%% of their evidence), in the context of %s.",
		words.Count(len(ans.Postings), "posting"), rep.Profiles[0].Name, rep.Profiles[0].Score, catalog.FrameworkName(rep.Frameworks[0].ID))
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

// flipsMarkdown names, right under the headline, the single answers that
// would swap the top two.
func flipsMarkdown(r questions.Result, cc *questions.CloseCall) string {
	switch len(cc.Flips) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("One answer would make %s your top profile: %s.\n\n", r.Profiles[1].Name, cc.Flips[0].Change)
	}
	var changes []string
	for _, f := range cc.Flips {
		changes = append(changes, f.Change)
	}
	return fmt.Sprintf("Any one of these answers would make %s your top profile: %s.\n\n", r.Profiles[1].Name, strings.Join(changes, "; "))
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
	fmt.Fprintf(&s, " Look at both before you decide: the path starts with %s's first step and offers %s's as the alternative.\n\n", first.Name, second.Name)
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
	switch {
	case i == 0:
		when = "First"
	case !st.Core:
		when = "Optional"
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

// Bar draws a share in percent as a bar of width cells.
func Bar(share float64, width int) string {
	filled := int(share/100*float64(width) + 0.5)
	filled = max(0, min(width, filled))
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// timelineMarkdown draws the path at a glance: each step with its course
// time and three-year cost, core and optional marked, and the total.
func timelineMarkdown(lib *content.Library, path []questions.Step) string {
	var s strings.Builder
	for _, st := range path {
		c, ok := lib.Cert(st.Cert)
		if !ok {
			continue
		}
		mark, kind := "●", "core"
		if !st.Core {
			mark, kind = "○", "optional"
		}
		name := c.Short
		if alt, ok := lib.Cert(st.Alternative); ok {
			name += " or " + alt.Short
		}
		fmt.Fprintf(&s, "%d. %s **%s** (%s) · course %s · three-year cost %s\n", st.Position, mark, name, kind, lib.Brief(c.CourseLength, 0), lib.Cost(c).Brief())
	}
	var certs []content.Cert
	for _, st := range path {
		if c, ok := lib.Cert(st.Cert); ok {
			certs = append(certs, c)
		}
	}
	fmt.Fprintf(&s, "\n**Total, three years:** %s. ● core: your own track; ○ optional: cross-role, after it.\n\n", lib.PathCost(certs).Brief())
	return s.String()
}
