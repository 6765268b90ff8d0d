// Package report writes what certpath concludes as markdown: the recommended
// path with its reasons and facts, and what the postings analyzer found. The
// quiz screen, the saved export and the command line all print these.
package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/postings"
	"certpath/questions"
	"certpath/scoring"
	"certpath/termtext"
	"certpath/whatif"
	"certpath/words"
)

// reasonsShown caps the "why" list so the results stay readable.
const reasonsShown = 6

// Report writes the results of a quiz as markdown, at a glance: the role,
// the context and the path as a numbered timeline (the summary), then why,
// what would change it, the top three profiles and the sources. The quiz
// screen and the command line render the same text.
func Report(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) string {
	doc, _ := build(lib, b, a, o, false, findChanges(lib, b, a, o))
	return doc
}

// Details writes the full form: the summary, then each step's facts with
// their sources, every profile, the answers behind the top ones, what the
// postings said, and the sources.
func Details(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) string {
	doc, _ := build(lib, b, a, o, true, findChanges(lib, b, a, o))
	return doc
}

// DetailsPending is Details while the flip lines are worked out: their
// section says so. The results screen shows it first, so that its first
// frame does not wait for them.
func DetailsPending(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) string {
	doc, _ := build(lib, b, a, o, true, whatIf{pending: true})
	return doc
}

// whatIf is the flip lines a report shows, how many changes were tried,
// or that they are still being worked out.
type whatIf struct {
	changes []Change
	tried   int
	pending bool
}

// findChanges works out the flip lines.
func findChanges(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) whatIf {
	res := whatif.Find(b, a, o)
	return whatIf{changes: Changes(lib.Catalog(), b, a, o, res), tried: res.Tried}
}

// Data is the outcome as JSON shows it: the scores, the close call and the
// path (each step with when it opens and its prerequisites), the timeline a
// screen draws, the three-year cost of the path's core steps and the words
// the results say of it, and the sources the report cites. With --details
// it also holds each step's facts, as certs show gives them.
type Data struct {
	planner.Outcome
	// Path shadows the outcome's path with each step's words.
	Path     []PathStep         `json:"path"`
	Timeline []TimelineStepData `json:"timeline"`
	// PathCost is the core steps' cost: an optional or alternative step's
	// is in its timeline step, never in the path's.
	PathCost        PathCost `json:"path_cost"`
	PathCostSummary string   `json:"path_cost_summary"`
	// BudgetSummary says what to take first within the year's budget and
	// what can wait; empty when no budget was given.
	BudgetSummary string `json:"budget_summary"`
	// OutsideNamed are the certifications outside the catalogue that the
	// postings or the answers name.
	OutsideNamed []OutsideNamed `json:"outside_named"`
	// WhatWouldChange are the flip lines: the single changes of an answer
	// that would change the first step or when it opens.
	WhatWouldChange []Change              `json:"what_would_change"`
	Sources         []content.CitedSource `json:"sources"`
	// StepFacts are each step's facts, only in the details (a nil pointer
	// is absent; the details' list is there even when empty).
	StepFacts *[]StepFacts `json:"step_facts,omitempty"`
}

// CostPart is a part of a step's or the path's cost as JSON shows it,
// with its certification and kind (content.Part's cert and part).
type CostPart = content.Part

// PathCost is the path's three-year cost with each part's certification.
type PathCost struct {
	Parts        []CostPart `json:"parts"`
	ConfirmedUSD int        `json:"confirmed_usd"`
}

// TimelineStepData is a timeline step as JSON shows it: the words a screen
// draws, with the course as a machine value beside its words and the cost
// parts with their certification.
type TimelineStepData struct {
	TimelineStep
	// CourseNeed is whether the step's certification asks for a course
	// (course_need), and AlternativeCourseNeed the alternative's.
	CourseNeed            string `json:"course_need"`
	AlternativeCourseNeed string `json:"alternative_course_need,omitempty"`
	// CostParts shadows the step's parts with their certification.
	CostParts []CostPart `json:"cost_parts"`
}

// StepFacts are a step's facts: its certification's (and its
// alternative's), each exactly as certs show prints it.
type StepFacts struct {
	Position       int                `json:"position"`
	Certifications []content.CertView `json:"certifications"`
}

// JSON is the outcome with its timeline, cost and every source the full
// report cites.
func JSON(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) Data {
	wi := findChanges(lib, b, a, o)
	_, cites := build(lib, b, a, o, true, wi)
	var certs []content.Cert
	for _, st := range o.Path {
		if c, ok := lib.Cert(st.Cert); ok && st.Kind != planner.KindOptional && st.Kind != planner.KindAlternative {
			certs = append(certs, c)
		}
	}
	cost := lib.PathCost(certs)
	return Data{Outcome: o, Path: Path(lib.Catalog(), o.Path), Timeline: timelineData(lib, Timeline(lib, o.Path)),
		PathCost:        PathCost{Parts: cost.Parts, ConfirmedUSD: cost.ConfirmedUSD},
		PathCostSummary: AtAGlance(lib, o).PathCost, BudgetSummary: budgetSentence(lib, o), OutsideNamed: Outside(b, a, o), WhatWouldChange: wi.changes, Sources: lib.Sources(cites.IDs())}
}

// DetailsJSON is JSON with each step's facts.
func DetailsJSON(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome) Data {
	d := JSON(lib, b, a, o)
	steps := []StepFacts{}
	for _, st := range o.Path {
		sf := StepFacts{Position: st.Position, Certifications: []content.CertView{}}
		for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
			if c, ok := lib.Cert(id); ok {
				sf.Certifications = append(sf.Certifications, lib.View(c))
			}
		}
		steps = append(steps, sf)
	}
	d.StepFacts = &steps
	return d
}

// courseNeeds are content's course decisions as JSON names them.
var courseNeeds = map[content.CourseNeed]string{
	content.CourseNotKnown:    "not_known",
	content.CourseNotRequired: "not_required",
	content.CourseRequired:    "required",
}

// CourseNeedName is content's course decision as JSON names it:
// "required", "not_required" or "not_known".
func CourseNeedName(n content.CourseNeed) string { return courseNeeds[n] }

// timelineData puts the machine values beside each timeline step's words.
func timelineData(lib *content.Library, steps []TimelineStep) []TimelineStepData {
	out := make([]TimelineStepData, 0, len(steps))
	for _, ts := range steps {
		d := TimelineStepData{TimelineStep: ts}
		var certs []content.Cert
		for _, id := range []catalog.CertID{ts.Cert, ts.Alternative} {
			if c, ok := lib.Cert(id); ok {
				certs = append(certs, c)
			}
		}
		if len(certs) > 0 {
			d.CourseNeed = courseNeeds[lib.CourseNeed(certs[0])]
		}
		if len(certs) > 1 {
			d.AlternativeCourseNeed = courseNeeds[lib.CourseNeed(certs[1])]
		}
		d.CostParts = ts.CostParts
		out = append(out, d)
	}
	return out
}

func build(lib *content.Library, b questions.Bank, a questions.Answers, o planner.Outcome, details bool, wi whatIf) (string, *content.Cites) {
	var s strings.Builder
	cites := &content.Cites{}
	top := o.Top()
	s.WriteString("# Recommended path\n\n")
	s.WriteString(headline(o))
	g := AtAGlance(lib, o)
	for _, ts := range g.Steps {
		for _, id := range ts.Sources {
			cites.Add(id)
		}
		fmt.Fprintf(&s, "%d. **%s**%s · %s · %s · %s · %s\n   - %s\n", ts.Position, ts.Name, Mark(ts.Kind), ts.Issuer, whenPhrase(ts), ts.Course, ts.Cost, ts.Reason)
	}
	if w := waitingSentence(lib, o); w != "" {
		fmt.Fprintf(&s, "\n%s\n", w)
	}
	if len(g.Steps) > 0 {
		fmt.Fprintf(&s, "\n%s\n\n", g.PathCost)
		for _, id := range g.PathCostSources {
			cites.Add(id)
		}
		if b := budgetSentence(lib, o); b != "" {
			fmt.Fprintf(&s, "%s\n\n", b)
		}
	}
	s.WriteString(whatIfMarkdown(o, wi.changes, wi.tried, wi.pending))
	s.WriteString(whySection(o))
	s.WriteString(outsideMarkdown(Outside(b, a, o), cites))
	if details {
		s.WriteString(postingsMarkdown(b, a, o))
		if len(o.Path) > 0 {
			s.WriteString("## Each step in detail\n\n")
		}
		for _, st := range o.Path {
			s.WriteString(stepMarkdown(lib, st, cites))
		}
	}
	s.WriteString(profilesSection(o, details))
	if details {
		if top.Score > 0 {
			s.WriteString(whyMarkdown(b, a, top, reasonsShown))
		}
		if o.CloseCall != nil {
			s.WriteString(whyMarkdown(b, a, o.Profiles[1], reasonsShown/2))
		}
		s.WriteString("## Before you register\n\nExam formats, fees and renewal rules change. Check the current figures on the issuer's own page, listed under Sources, before you register.\n\n")
	}
	s.WriteString(lib.SourcesMarkdown(cites, PathCerts(lib, o.Path)...))
	return s.String(), cites
}

// whySection is "Why this path": how the path starts, and the notes on
// answers that contradict each other.
func whySection(o planner.Outcome) string {
	why := whyPath(o)
	if why == "" && len(o.Notes) == 0 {
		return ""
	}
	var s strings.Builder
	s.WriteString("## Why this path\n\n")
	s.WriteString(why)
	for _, n := range o.Notes {
		fmt.Fprintf(&s, "- %s\n", n)
	}
	if len(o.Notes) > 0 {
		s.WriteString("\n")
	}
	return s.String()
}

// profilesSection lists the role profiles with their shares: the top three
// in the short form, all of them in the details.
func profilesSection(o planner.Outcome, details bool) string {
	var s strings.Builder
	s.WriteString("## Role profiles\n\n")
	shown := o.Profiles
	if !details && len(shown) > 3 {
		shown = shown[:3]
	}
	for i, p := range shown {
		fmt.Fprintf(&s, "%d. `%s` **%s** %.0f%%\n", i+1, Bar(p.Share, 20), p.Name, p.Share)
	}
	if !details && len(o.Profiles) > 3 {
		s.WriteString("\nThe other five, and the answers behind each, are in the full results: certpath quiz --details --answers FILE, where FILE may be the answers certpath saved.\n")
	}
	s.WriteString("\n")
	return s.String()
}

// headline says the role, its share and the context in one sentence, for
// each case: no signal, no role that fits, a tie, a close call, a path led
// by the week rather than the postings, and the plain case.
func headline(o planner.Outcome) string {
	top := o.Top()
	switch cc := o.CloseCall; {
	case top.Score <= 0:
		return "Your answers did not point to any role yet. Go back and tell certpath what the postings ask for and where your week goes.\n\n"
	case o.Fit.None && len(o.Fit.Closest) == 0:
		return fmt.Sprintf("None of the eight roles matches your week yet: it shows none of their work, in %s.\n\n", o.Context)
	case o.Fit.None:
		// No share here: 68% of a few points reads as a match.
		return fmt.Sprintf("None of the eight roles matches your week yet; the closest is **%s**, in %s.\n\n", catalog.ProfileName(o.Fit.Closest[0]), o.Context)
	case cc != nil && cc.Gap == 0:
		return fmt.Sprintf("**%s** and **%s** fit your answers equally (%.0f%% each), in %s.\n\n", top.Name, o.Profiles[1].Name, top.Share, o.Context)
	case cc != nil:
		return fmt.Sprintf("**%s** fits your answers best (%.0f%%), with **%s** close behind (%.0f%%), in %s.\n\n", top.Name, top.Share, o.Profiles[1].Name, o.Profiles[1].Share, o.Context)
	case o.Clash != nil:
		// No share: the bars below give each role's, and the headline
		// names the two the sections point to, not a third reading.
		return fmt.Sprintf("Your postings point to **%s**, your week to **%s** work, in %s.\n\n",
			catalog.ProfileName(o.Clash.Postings), catalog.ProfileName(o.Clash.Week), o.Context)
	}
	return fmt.Sprintf("**%s** fits your answers best (%.0f%%), in %s.%s\n\n", top.Name, top.Share, o.Context, noTrainSentence(o, top.ID))
}

// noTrainSentence says, when the role that fits best is the Release Train
// Engineer and the person works outside SAFe, what that reading means
// there: there is no train, and the path is the Scrum Master's.
func noTrainSentence(o planner.Outcome, top catalog.ProfileID) string {
	if top != catalog.ReleaseTrainEngineer || o.Setting.SAFe() {
		return ""
	}
	return " Outside SAFe there is no release train: your week's cross-team work is facilitation across teams, and its certifications are the Scrum Master's."
}

// whenPhrase says when a step opens, for the timeline.
func whenPhrase(ts TimelineStep) string {
	if ts.OpenNow {
		return "now"
	}
	return ts.When
}

// whyPath says why the path starts where it does, when that needs saying.
func whyPath(o planner.Outcome) string {
	hasAlt, hasCore, closeAlt := false, false, false
	for _, st := range o.Path {
		hasAlt = hasAlt || st.Kind == planner.KindAlternative
		closeAlt = closeAlt || st.Kind == planner.KindAlternative && st.Why.Key == planner.ReasonCloseRole
		hasCore = hasCore || st.Kind == planner.KindCore
	}
	switch cc := o.CloseCall; {
	case o.Top().Score <= 0:
		return ""
	case !hasCore && len(o.Path) == 0:
		return fmt.Sprintf("You hold what certpath would offer %s in %s, and nothing else fits your answers, so the path is empty.\n\n", aRole(o.LeadsWith), o.Context)
	case !hasCore:
		return fmt.Sprintf("You hold what certpath would offer %s in %s, so the path has no step on your own track; what it shows is beside it.\n\n", aRole(o.LeadsWith), o.Context)
	case o.Fit.None:
		return o.Fit.Needs + "\n\n"
	case cc != nil:
		return closeCallSentence(o, hasAlt, closeAlt)
	case o.Clash != nil && hasAlt:
		return fmt.Sprintf("The path follows the role the postings you aim for point to, %s; %s, where your week goes today, is its alternative.\n\n", catalog.ProfileName(o.Clash.Postings), catalog.ProfileName(o.Clash.Week))
	case o.Clash != nil:
		return fmt.Sprintf("The path follows the role the postings you aim for point to, %s, rather than %s, where your week goes today.\n\n", catalog.ProfileName(o.Clash.Postings), catalog.ProfileName(o.Clash.Week))
	}
	return frameworkCloseSentence(o)
}

// closeCallSentence says how the path follows a close call: a tie, a
// runner-up whose first step is the alternative, or one with no step left.
func closeCallSentence(o planner.Outcome, hasAlt, closeAlt bool) string {
	switch cc := o.CloseCall; {
	case cc.Gap == 0:
		return fmt.Sprintf("%s and %s are tied, so the path follows %s and shows where %s's own path starts only if that step is open to you and not already on it.\n\n", o.Profiles[0].Name, o.Profiles[1].Name, catalog.ProfileName(o.LeadsWith), o.Profiles[1].Name)
	case closeAlt:
		// The headline says the runner-up is close behind, with both
		// shares, and its step says it fits almost as well: a third
		// sentence on the same call only made the text longer.
		return ""
	case hasAlt:
		return fmt.Sprintf("%s and %s are %.1f points apart, so the path follows %s and offers %s's first step as the alternative.\n\n", o.Profiles[0].Name, o.Profiles[1].Name, cc.Gap, catalog.ProfileName(o.LeadsWith), o.Profiles[1].Name)
	default:
		return fmt.Sprintf("%s and %s are %.1f points apart; the path follows %s, and %s has no step open to you that is not already on it.\n\n", o.Profiles[0].Name, o.Profiles[1].Name, cc.Gap, catalog.ProfileName(o.LeadsWith), o.Profiles[1].Name)
	}
}

// frameworkCloseSentence says when the framework reading was a close call.
func frameworkCloseSentence(o planner.Outcome) string {
	fc := o.FrameworkClose
	if fc == nil {
		return ""
	}
	return fmt.Sprintf("Your answers point to %s and to %s almost equally (%.1f and %.1f points); certpath read %s. If your work is closer to %s, answer the framework questions again.\n\n",
		catalog.FrameworkName(fc.Read), catalog.FrameworkName(fc.Other), fc.ReadPoints, fc.OtherPoints, o.Context, catalog.FrameworkName(fc.Other))
}

// waitingSentence says, when no step of the person's own track can be
// started now, when the first one opens and what to do meanwhile: log the
// months, take the training hours it asks for, and the steps open now.
func waitingSentence(lib *content.Library, o planner.Outcome) string {
	cat := lib.Catalog()
	w := o.Waiting
	if w == nil || w.Step < 1 || w.Step > len(o.Path) {
		return ""
	}
	st := o.Path[w.Step-1]
	todo := []string{}
	names := stepNames(cat, st)
	if st.Opens.Months > 0 {
		todo = append(todo, "log your months "+strings.TrimPrefix(monthsPhrase(0, st.Opens.Role), "0 months "))
	}
	for _, h := range w.Hours {
		what := fmt.Sprintf("take the %d hours", h.Hours)
		if h.Note != "" {
			what += " " + h.Note
		}
		what += " " + names + " asks for"
		if !h.Confirmed {
			what += " (not confirmed)"
		}
		todo = append(todo, what)
	}
	var open []string
	for _, pos := range w.Open {
		open = append(open, fmt.Sprintf("%d", pos))
	}
	switch len(open) {
	case 0:
	case 1:
		todo = append(todo, "or take step "+open[0]+" now")
	default:
		todo = append(todo, "or take steps "+strings.Join(open[:len(open)-1], ", ")+" and "+open[len(open)-1]+" now")
	}
	s := "**Nothing on your own track opens yet.**"
	if len(todo) > 0 {
		s += " Meanwhile, " + strings.Join(todo, ", ") + "."
	}
	return s
}

// postingsMarkdown says how much of the top profile's score came from the
// pasted postings, and what they were read as.
func postingsMarkdown(b questions.Bank, a questions.Answers, o planner.Outcome) string {
	var ans questions.Answer
	var textID string
	for _, q := range b.Questions {
		if _, ok := q.Kind.(questions.Postings); ok {
			ans, textID = a[q.ID], q.ID
		}
	}
	if o.Postings == nil || len(ans.Postings) == 0 {
		return ""
	}
	rep := *o.Postings
	n := len(ans.Postings)
	// One posting is "it", more are "they".
	they, their, name := "they", "their", "name"
	if n == 1 {
		they, their, name = "it", "its", "names"
	}
	var s strings.Builder
	s.WriteString("## From your postings\n\n")
	if rep.Top() == "" {
		fmt.Fprintf(&s, "certpath found no role signals in the %s you gave, so %s did not change the scores.\n\n", words.Count(n, "posting"), they)
		return s.String()
	}
	fmt.Fprintf(&s, "The %s you gave read as **%s** (%.0f%% of %s evidence), in the context of %s.",
		words.Count(n, "posting"), rep.Profiles[0].Name, rep.Profiles[0].Score, their, catalog.FrameworkName(rep.Frameworks[0].ID))
	top := o.Top()
	from := 0.0
	for _, c := range top.Contributions {
		if c.QuestionID == textID {
			from += c.Points
		}
	}
	if top.Score > 0 {
		fmt.Fprintf(&s, " %s added %.1f of %s's %.1f points (%.0f%%); postings count for at most %.0f points per profile.",
			words.Capitalize(they), from, top.Name, top.Score, 100*from/top.Score, questions.PostingsProfileWeight)
	}
	s.WriteString("\n\n")
	if len(rep.CertsNamed) > 0 {
		fmt.Fprintf(&s, "Certifications %s %s: %s.\n\n", they, name, certNames(b.Catalog, rep.CertsNamed))
	}
	if n > 1 {
		s.WriteString(eachPosting(b.Catalog, rep))
	}
	return s.String()
}

// eachPosting says what each posting asked for: the role it reads as and
// the certifications it names. A certification fewer than half of them
// name does not steer the path, and this is where the person sees which
// posting named it.
func eachPosting(cat catalog.Catalog, rep postings.Report) string {
	var s strings.Builder
	for i, p := range rep.Postings {
		name := p.Name
		if name == "" {
			name = fmt.Sprintf("Posting %d", i+1)
		}
		role := "no role signals"
		if top := p.Top(); top != "" {
			role = "reads as " + catalog.ProfileName(top)
		}
		fmt.Fprintf(&s, "- %s: %s", termtext.Sanitize(name), role)
		if len(p.CertsNamed) > 0 {
			fmt.Fprintf(&s, "; names %s", certNames(cat, p.CertsNamed))
		}
		s.WriteString("\n")
	}
	s.WriteString("\n")
	return s.String()
}

// flipsMarkdown names, right under the headline, the single answers that
// would swap the top two.
func flipsMarkdown(r scoring.Result, cc *scoring.CloseCall) string {
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

// stepMarkdown writes one path step's facts, each with a short source
// marker; tier, date and checked day are under Sources.
func stepMarkdown(l *content.Library, st planner.Step, cites *content.Cites) string {
	var s strings.Builder
	name := l.Catalog().Name(st.Cert)
	if st.Alternative != "" {
		name += " or " + l.Catalog().Name(st.Alternative)
	}
	fmt.Fprintf(&s, "### %d. %s\n\n", st.Position, name)
	for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
		c, ok := l.Cert(id)
		if !ok {
			continue
		}
		if st.Alternative != "" {
			fmt.Fprintf(&s, "**%s**\n\n", c.Short)
		}
		fmt.Fprintf(&s, "- **Prerequisites:** %s\n", l.Marked(c.Prerequisites, cites, false))
		if strings.HasPrefix(l.Brief(c.CourseLength, 0), "no course") {
			// A length of "no course is required" says nothing the line
			// does not already say.
			fmt.Fprintf(&s, "- **Course:** %s\n", l.Marked(c.CourseRequired, cites, false))
		} else {
			fmt.Fprintf(&s, "- **Course:** %s; length %s\n", l.Marked(c.CourseRequired, cites, false), l.Marked(c.CourseLength, cites, false))
		}
		fmt.Fprintf(&s, "- **Exam fee:** %s\n", l.Marked(c.ExamFee, cites, true))
		fmt.Fprintf(&s, "- **Course price:** %s\n", l.Marked(c.CoursePrice, cites, true))
		if c.RenewalYears == 0 {
			fmt.Fprintf(&s, "- **Renewal:** %s\n", l.Marked(c.Renewal, cites, false))
		} else {
			fmt.Fprintf(&s, "- **Renewal:** %s; fee %s\n", l.Marked(c.Renewal, cites, false), l.Marked(c.RenewalFee, cites, true))
		}
		fmt.Fprintf(&s, "- **Leads to:** %s\n\n", l.NextBrief(c))
	}
	return s.String()
}

func whyMarkdown(b questions.Bank, a questions.Answers, p scoring.ProfileScore, n int) string {
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
		fmt.Fprintf(&s, "- **+%.1f** %s\n", c.Points, q.DescribePart(a[c.QuestionID], c.OptionID))
	}
	s.WriteString("\n")
	return s.String()
}

// PathCerts are the certifications a path names, alternatives too, in order.
func PathCerts(lib *content.Library, path []planner.Step) []content.Cert {
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

// Bar draws a share in percent as a bar of width cells.
func Bar(share float64, width int) string {
	filled := int(share/100*float64(width) + 0.5)
	filled = max(0, min(width, filled))
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// aRole is a profile's name with its article: "a Scrum Master", "an Agile Coach".
func aRole(p catalog.ProfileID) string {
	name := catalog.ProfileName(p)
	if strings.ContainsRune("AEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}
