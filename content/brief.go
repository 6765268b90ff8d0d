package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Brief sums a figure up in a few words for tables: the current value of
// each version and kind of person, labelled, each followed by "(not
// confirmed)" where content's decision says so.
func (l *Library) Brief(fig Figure, questions int) string {
	current, _, _ := fig.On(l.Now())
	groups := current.Groups()
	var parts []string
	for _, g := range groups {
		var head []string
		if g.AppliesTo != "" {
			head = append(head, g.AppliesTo)
		}
		if g.Version != "" && len(groups) > 1 {
			head = append(head, VersionLabel(g.Version))
		}
		prefix := ""
		if len(head) > 0 {
			prefix = strings.Join(head, ", ") + ": "
		}
		parts = append(parts, prefix+briefGroup(g, questions, ""))
	}
	if len(parts) == 0 {
		return "not known"
	}
	return strings.Join(parts, "; ")
}

// briefGroup is one group's value in a few words, with unit after its
// leading count when the value does not name it, and the decision.
func briefGroup(g Group, questions int, unit string) string {
	if len(g.Facts) == 1 && !g.Facts[0].Known() {
		return "not known"
	}
	var vals []string
	for _, d := range g.Distinct(questions) {
		vals = append(vals, WithUnit(d.Value, unit))
	}
	text := strings.Join(vals, " or ")
	if c := g.Confirmation(questions); !c.Confirmed {
		if c.Why == WhyDisagree {
			return text + " (not confirmed: sources disagree)"
		}
		return text + " (not confirmed)"
	}
	return text
}

var leadCountRE = regexp.MustCompile(`^(?:about\s+)?\d+`)

// WithUnit puts unit after a value's leading count unless the value names
// it: "90" and "minutes" read "90 minutes", "24 essay questions" stays.
func WithUnit(v, unit string) string {
	if unit == "" || regexp.MustCompile(`\b`+unit+`\b`).MatchString(strings.ToLower(v)) {
		return v
	}
	loc := leadCountRE.FindStringIndex(v)
	if loc == nil {
		return v
	}
	return v[:loc[1]] + " " + unit + v[loc[1]:]
}

// Marked is a figure's current values, each with a short source marker,
// for the path's steps: "16 hours [S21]", and "(not confirmed: ...)" after a
// value content does not confirm, whatever kind of figure it is; a money
// figure is said in the cost's words (PriceWords). The tier, date and
// checked day of each source are said once, under Sources.
func (l *Library) Marked(fig Figure, cites *Cites, money bool) string {
	if money {
		return l.PriceWords(fig, cites)
	}
	current, _, _ := fig.On(l.Now())
	var parts []string
	for _, g := range current.Groups() {
		conf := g.Confirmation(0)
		for _, d := range g.Distinct(0) {
			if !d.Known() {
				parts = append(parts, "not known")
				continue
			}
			var ids []string
			for _, x := range g.Facts {
				if Normalize(x.Value, 0) == Normalize(d.Value, 0) && x.Source != "" {
					cites.Add(x.Source)
					if !slices.Contains(ids, "["+x.Source+"]") {
						ids = append(ids, "["+x.Source+"]")
					}
				}
			}
			prefix := ""
			if g.AppliesTo != "" {
				prefix = g.AppliesTo + " "
			}
			text := fmt.Sprintf("%s%s %s", prefix, d.Value, strings.Join(ids, " "))
			if !conf.Confirmed {
				text += " (not confirmed: " + conf.Why + ")"
			}
			parts = append(parts, text)
		}
	}
	if len(parts) == 0 {
		return "not known"
	}
	return strings.Join(parts, "; ")
}

// WhichFirst says which of two certifications to take first, when either's
// front matter says so.
func (l *Library) WhichFirst(a, b Cert) string {
	if t := a.WhichFirst[b.ID]; t != "" {
		return t
	}
	return b.WhichFirst[a.ID]
}

// RenewalBrief is the renewal rule and its fee (in the price's words),
// without repeating "none".
func (l *Library) RenewalBrief(c Cert) string {
	rule, fee := l.Brief(c.Renewal, 0), l.PriceWords(c.RenewalFee, nil)
	if c.RenewalYears == 0 {
		return rule
	}
	return rule + "; fee: " + fee
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

var shortVersionRE = regexp.MustCompile(`^\d+(\.\w+)?$`)

// VersionLabel reads an exam version as people say it: "6.0" as "exam
// 6.0"; worded versions stay as they are.
func VersionLabel(v string) string {
	if v == "not stated" {
		return "version not stated"
	}
	if shortVersionRE.MatchString(v) {
		return "exam " + v
	}
	return v
}
