package content

import (
	"certpath/catalog"
	"certpath/words"
	"fmt"
	"strings"
)

// Part is one part of a cost: what it is, its amount when known, and why.
type Part struct {
	What   string `json:"what"`
	Amount int    `json:"amount_usd"`
	Known  bool   `json:"known"`
	// Confirmed is false when the part rests on a figure content does not
	// confirm (Scrum.org's "it does not expire" has only tier C sources).
	Confirmed bool   `json:"confirmed"`
	Note      string `json:"note,omitempty"`
	Source    string `json:"source,omitempty"`
	// AppliesTo says whose price the amount is where prices differ by
	// person ("non-members"), so it is never read as everyone's.
	AppliesTo string `json:"applies_to,omitempty"`
}

// Cost is the three-year cost of owning a certification or a path: the
// course, the exam and the renewals due in the first three years.
type Cost struct {
	Parts []Part `json:"parts"`
}

// Known adds up the parts whose amount is known.
func (c Cost) Known() int {
	n := 0
	for _, p := range c.Parts {
		if p.Known {
			n += p.Amount
		}
	}
	return n
}

// Unknown names the parts nobody could price.
func (c Cost) Unknown() []string {
	var out []string
	for _, p := range c.Parts {
		if !p.Known {
			out = append(out, p.What)
		}
	}
	return out
}

// Brief is the cost in a few words: "$200", "at least $200 (course price
// not known)", "not known (course, renewals)".
func (c Cost) Brief() string {
	u := c.Unknown()
	var unconfirmed []string
	for _, p := range c.Parts {
		if p.Known && !p.Confirmed {
			unconfirmed = append(unconfirmed, p.What)
		}
	}
	var notes []string
	if len(u) > 0 {
		notes = append(notes, strings.Join(u, ", ")+" not known")
	}
	if len(unconfirmed) > 0 {
		notes = append(notes, strings.Join(unconfirmed, ", ")+" not confirmed")
	}
	tail := ""
	if len(notes) > 0 {
		tail = " (" + strings.Join(notes, "; ") + ")"
	}
	switch {
	case len(u) == 0:
		return fmt.Sprintf("$%d", c.Known()) + tail
	case c.Known() == 0 && len(unconfirmed) == 0:
		return "not known (" + strings.Join(u, ", ") + ")"
	case c.Known() == 0:
		return "not known (" + strings.Join(u, ", ") + "; " + strings.Join(unconfirmed, ", ") + " not confirmed)"
	}
	return fmt.Sprintf("at least $%d", c.Known()) + tail
}

// renewalsIn3Years is how many renewals fall due in the first three years.
func renewalsIn3Years(every int) int {
	if every <= 0 {
		return 0
	}
	return 3 / every
}

// Cost is a certification's three-year cost: the course price, the exam fee
// (list price, for non-members where prices differ) and the renewals due in
// three years. Parts without a trustworthy current figure are named unknown.
func (l *Library) Cost(c Cert) Cost {
	var out Cost
	course := l.pricePart("course", c.CoursePrice)
	if l.CourseNeed(c) == CourseNotRequired {
		g, _ := l.onlyGroup(c.CourseRequired)
		course = Part{What: "course", Known: true, Confirmed: g.Confirmation(0).Confirmed, Note: "optional"}
	}
	out.Parts = append(out.Parts, course)
	exam := l.pricePart("exam", c.ExamFee)
	if g, ok := l.onlyGroup(c.ExamFee); ok {
		v, conf := strings.ToLower(g.Facts[0].Value), g.Confirmation(0)
		switch {
		case strings.HasPrefix(v, "none"):
			exam = Part{What: "exam", Known: true, Confirmed: conf.Confirmed, Note: "no separate exam"}
		case strings.Contains(v, "included"):
			exam = Part{What: "exam", Known: true, Confirmed: conf.Confirmed, Note: "included in the course price"}
		}
	}
	out.Parts = append(out.Parts, exam)
	n := renewalsIn3Years(c.RenewalYears)
	switch {
	case n == 0:
		conf := Confirmation{}
		if g, ok := l.onlyGroup(c.Renewal); ok {
			conf = g.Confirmation(0)
		}
		out.Parts = append(out.Parts, Part{What: "renewals", Known: true, Confirmed: conf.Confirmed, Note: "it does not expire"})
	default:
		fee := l.pricePart("renewals", c.RenewalFee)
		fee.Amount *= n
		due := fmt.Sprintf("%s due in three years", words.Count(n, "renewal"))
		if fee.Note != "" {
			due += "; " + fee.Note
		}
		fee.Note = due
		if c.Issuer == catalog.IssuerScrumAlliance {
			fee.Note += "; one Scrum Alliance fee covers all your Scrum Alliance certifications"
		}
		out.Parts = append(out.Parts, fee)
	}
	return out
}

// onlyGroup is a figure's one current group, when it has exactly one.
func (l *Library) onlyGroup(fig Figure) (Group, bool) {
	current, _, _ := fig.On(l.Now())
	g := current.Groups()
	if len(g) != 1 || len(g[0].Facts) == 0 {
		return Group{}, false
	}
	return g[0], true
}

// pricePart is the current list price of a figure: the non-member price
// where prices differ by membership, counted only when content confirms it.
func (l *Library) pricePart(what string, fig Figure) Part {
	current, _, _ := fig.On(l.Now())
	groups := current.Groups()
	for _, g := range groups {
		if len(groups) > 1 && g.AppliesTo != "" && !strings.Contains(g.AppliesTo, "non") {
			continue
		}
		distinct := g.Distinct(0)
		if len(distinct) != 1 {
			return Part{What: what, Note: "sources disagree"}
		}
		x := distinct[0]
		if !x.Known() {
			return Part{What: what, Note: MarkCites(x.Note)}
		}
		if strings.HasPrefix(strings.ToLower(x.Value), "none") {
			return Part{What: what, Known: true, Confirmed: g.Confirmation(0).Confirmed, Note: "none"}
		}
		amount, ok := Dollars(x.Value)
		if !ok {
			break
		}
		if conf := g.Confirmation(0); !conf.Confirmed {
			return Part{What: what, Note: "not confirmed: " + conf.Why}
		}
		whose := ""
		if len(groups) > 1 {
			whose = g.AppliesTo
		}
		for _, f := range g.Facts {
			if f.Confirmation().Confirmed {
				return Part{What: what, Amount: amount, Known: true, Confirmed: true, Source: f.Source, Note: f.Note, AppliesTo: whose}
			}
		}
	}
	return Part{What: what, Note: "no trustworthy figure found"}
}

// String is a part in words, citing its source.
func (p Part) String(cites *Cites) string {
	if !p.Known {
		if p.Note == "" {
			return p.What + ": not known"
		}
		return p.What + ": not known (" + p.Note + ")"
	}
	s := fmt.Sprintf("%s: $%d", p.What, p.Amount)
	if p.AppliesTo != "" {
		s += " for " + p.AppliesTo
	}
	if p.Source != "" {
		cites.Add(p.Source)
		s += " [" + p.Source + "]"
	}
	note := p.Note
	if !p.Confirmed {
		note = strings.TrimPrefix(note+"; not confirmed", "; ")
	}
	if note != "" {
		s += " (" + note + ")"
	}
	return s
}

// PathCost is the three-year cost of a path's certifications together. One
// Scrum Alliance renewal fee covers every Scrum Alliance certification held,
// so only the highest of those counts; Scrum.org certifications never expire.
func (l *Library) PathCost(certs []Cert) Cost {
	var out Cost
	allianceRenewal := -1
	for _, c := range certs {
		for _, p := range l.Cost(c).Parts {
			p.What = c.Short + " " + p.What
			if c.Issuer == catalog.IssuerScrumAlliance && strings.HasSuffix(p.What, "renewals") && p.Known {
				if allianceRenewal >= 0 {
					prev := &out.Parts[allianceRenewal]
					if p.Amount > prev.Amount {
						prev.What, prev.Amount, prev.Source = p.What, p.Amount, p.Source
					}
					continue
				}
				p.Note = "one Scrum Alliance fee covers every Scrum Alliance certification you hold"
				allianceRenewal = len(out.Parts)
			}
			out.Parts = append(out.Parts, p)
		}
	}
	return out
}
