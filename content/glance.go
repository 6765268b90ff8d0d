package content

import (
	"regexp"
	"strings"
)

// Mark follows a figure at a glance that content does not confirm: one
// mark, not colour alone, explained once by MarkLegend. A value followed by
// it never reads as fact (ReadAsFact).
const Mark = "†"

// MarkLegend explains Mark in one line, under the rows that use it.
const MarkLegend = Mark + " not confirmed: why is under Facts."

// GlanceRow is one line of a certification at a glance: "Course" and
// "required, 2 days".
type GlanceRow struct {
	Label, Text string
	// Version is the exam version an exam row is about, "" for the others.
	Version string
}

// Title is the row's label with its exam version: "Exam 6.0", "Exam (2026
// exam outline)".
func (r GlanceRow) Title() string {
	switch label := VersionLabel(r.Version); {
	case r.Version == "":
		return r.Label
	case strings.HasPrefix(label, "exam "):
		return r.Label + label[4:]
	default:
		return r.Label + " (" + label + ")"
	}
}

// Glance is a certification in a few lines, the current version only: what
// it is, who it is for, the course, the exam, the three-year cost and the
// renewal, each figure content does not confirm followed by Mark. Sources,
// dates, earlier versions and the reasons behind a mark are for the page
// below it. marked says whether any row uses Mark.
func (l *Library) Glance(c Cert) (rows []GlanceRow, marked bool) {
	l.ensure()
	if c.WhatItIs != "" {
		rows = append(rows, GlanceRow{Label: "What it is", Text: c.WhatItIs})
	}
	if c.WhoItIsFor != "" {
		rows = append(rows, GlanceRow{Label: "Who it is for", Text: c.WhoItIsFor})
	}
	rows = append(rows, GlanceRow{Label: "Course", Text: l.courseGlance(c)})
	rows = append(rows, l.examGlance(c)...)
	rows = append(rows, GlanceRow{Label: "Three-year cost", Text: l.Cost(c).Glance()},
		GlanceRow{Label: "Renewal", Text: l.renewalGlance(c)})
	for _, r := range rows[min(2, len(rows)):] {
		marked = marked || strings.Contains(r.Text, Mark)
	}
	return rows, marked
}

// courseGlance is "required, 2 days", "not required" or "not known".
func (l *Library) courseGlance(c Cert) string {
	switch l.CourseNeed(c) {
	case CourseNotRequired:
		return "not required"
	case CourseNotKnown:
		return "not known"
	}
	text := "required"
	if g, ok := l.onlyGroup(c.CourseRequired); ok && !g.Confirmation(0).Confirmed {
		text += Mark
	}
	if length := l.markedBrief(c.CourseLength, 0, ""); length != "not known" {
		return text + ", " + length
	}
	return text + ", length not known"
}

// examGlance is one row per current exam version: "Exam 6.0" and "45
// questions†, 90 minutes†, pass mark 80%†"; "none" where there is no exam.
func (l *Library) examGlance(c Cert) []GlanceRow {
	if l.NoExam(c) {
		return []GlanceRow{{Label: "Exam", Text: l.markedBrief(c.Exam.Questions, 0, "")}}
	}
	q := l.QuestionCount(c)
	figs := []Figure{c.Exam.Questions, c.Exam.Minutes, c.Exam.PassMark}
	versions := l.examVersions(figs)
	units := []string{"questions", "minutes", ""}
	var out []GlanceRow
	for _, v := range versions {
		var parts []string
		for i, g := range l.versionGroups(figs, v) {
			text := "not known"
			if g != nil {
				text = markedGroup(*g, q, units[i])
			}
			if i == 2 {
				text = passMark(text)
			}
			parts = append(parts, text)
		}
		line := strings.Join(parts, ", ")
		if line == "not known, not known, pass mark: not known" {
			line = "no figures found"
		}
		out = append(out, GlanceRow{Label: "Exam", Text: line, Version: v})
	}
	return out
}

// renewalGlance is the renewal rule and its fee: "10 continuing-education
// hours; $100 a year†", or the rule alone where it never expires.
func (l *Library) renewalGlance(c Cert) string {
	rule := l.markedBrief(c.Renewal, 0, "")
	if c.RenewalYears == 0 {
		return rule
	}
	fees := l.byWhom(c.RenewalFee, func(g Group) string { return PriceOf(g).glance() })
	if len(fees) == 0 {
		return rule
	}
	return rule + "; fee " + strings.Join(fees, ", ")
}

// markedBrief is a figure's current values in a few words, each group
// labelled by whom it applies to, a figure content does not confirm
// followed by Mark.
func (l *Library) markedBrief(fig Figure, questions int, unit string) string {
	parts := l.byWhom(fig, func(g Group) string { return markedGroup(g, questions, unit) })
	if len(parts) == 0 {
		return "not known"
	}
	return strings.Join(parts, "; ")
}

// markedGroup is one group's values, without their detail in brackets,
// with unit after a leading count, and Mark when content does not confirm
// them: "45 questions†", "2† or 3 days†" where sources disagree.
func markedGroup(g Group, questions int, unit string) string {
	if len(g.Facts) == 1 && !g.Facts[0].Known() {
		return "not known"
	}
	mark := ""
	if !g.Confirmation(questions).Confirmed {
		mark = Mark
	}
	var vals []string
	for _, d := range g.Distinct(questions) {
		vals = append(vals, WithUnit(glanceValue(d.Value), unit)+mark)
	}
	return strings.Join(vals, " or ")
}

// detailRE is a value's closing detail in brackets, or after a semicolon or
// semicolon once the value has said its figure.
var detailRE = regexp.MustCompile(`\s*\([^()]*\)$|;.*$`)

// countDetailRE is the detail after a count's comma: "240 minutes, with two
// optional 5-minute breaks". A rule's commas ("every two years, 24
// continuing-education units") are its substance and stay.
var countDetailRE = regexp.MustCompile(`,\s.*$`)

// glanceValue is a value without the detail the page below gives: "80%"
// for "80% (36 of 45)", "about 185" for "about 185 (175 scored, 10
// pretest)".
func glanceValue(v string) string {
	short := strings.TrimSpace(detailRE.ReplaceAllString(v, ""))
	if leadCountRE.MatchString(short) {
		short = countDetailRE.ReplaceAllString(short, "")
	}
	if short == "" {
		return v
	}
	return short
}

// glance is a price in a few words with Mark where it is not confirmed:
// "$100 a year†", "$555† or $675†" where sources disagree, "not published".
func (p Price) glance() string {
	switch p.State {
	case PriceConfirmed:
		return glanceValue(p.Figures[0].Value)
	case PriceNotPublished:
		return p.State.Words()
	}
	var each []string
	for _, f := range p.Figures {
		each = append(each, glanceValue(f.Value)+Mark)
	}
	return strings.Join(each, " or ")
}

// GlanceWidth is the most characters what_it_is and who_it_is_for may
// hold: with their label and a list's bullet, a row stays on one line of an
// 80-column screen.
const GlanceWidth = 58

// byWhom says each current group of a figure as say writes it, after whom
// it applies to where it names them: "PMI members $60", "non-members $150".
func (l *Library) byWhom(fig Figure, say func(Group) string) []string {
	current, _, _ := fig.On(l.Now())
	var parts []string
	for _, g := range current.Groups() {
		prefix := ""
		if g.AppliesTo != "" {
			prefix = g.AppliesTo + " "
		}
		parts = append(parts, prefix+say(g))
	}
	return parts
}
