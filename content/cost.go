package content

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/words"
)

// Part is one part of a cost: what it is and its price (state and figures),
// with the keys scripts have always read beside it.
type Part struct {
	What string `json:"what"`
	// Cert and Kind are what the part is, as data: the certification and
	// "course", "exam" or "renewals" (What is their words).
	Cert catalog.CertID `json:"cert"`
	Kind string         `json:"part"`
	// Amount is the part's amount when Known: its confirmed price, or
	// nothing where its rule says it costs nothing; 0 otherwise, the
	// figures saying what was found.
	Amount int  `json:"amount_usd"`
	Known  bool `json:"known"`
	// Confirmed is false when the part rests on a figure content does not
	// confirm (Scrum.org's "it does not expire" has only tier C sources).
	Confirmed bool   `json:"confirmed"`
	Note      string `json:"note,omitempty"`
	Source    string `json:"source,omitempty"`
	// AppliesTo says whose price the amount is where prices differ by
	// person ("non-members"), so it is never read as everyone's.
	AppliesTo string `json:"applies_to,omitempty"`
	// Due says, in a few words for the glance, how many renewals the
	// amount counts: "3 due", "once; how often is not known".
	Due string `json:"-"`
	// WithExam: the course's price includes the exam (POPM's "about $995
	// for course and exam"), as the exam part's rule says; its words name
	// both.
	WithExam bool `json:"-"`
	// inCourse: an exam part whose rule puts it in the course's price.
	inCourse bool
	Price
}

// Cost is the three-year cost of owning a certification or a path: the
// course, the exam and the renewals due in the first three years.
type Cost struct {
	Parts []Part `json:"parts"`
	// ConfirmedUSD is the sum of the confirmed parts, the only total
	// certpath gives; the other parts are listed, never summed.
	ConfirmedUSD int `json:"confirmed_usd"`
}

// totalled is the cost with its confirmed total.
func (c Cost) totalled() Cost {
	c.ConfirmedUSD = 0
	for _, p := range c.Parts {
		if p.State == PriceConfirmed {
			c.ConfirmedUSD += p.Amount
		}
	}
	return c
}

// Apart lists the parts that are not in the total though they may cost
// something: not confirmed (with an amount), sources disagree, or not
// published. A part that costs nothing if its rule holds is not listed.
func (c Cost) Apart() []Part {
	var out []Part
	for _, p := range c.Parts {
		if p.apart() {
			out = append(out, p)
		}
	}
	return out
}

// Settled reports whether every part is confirmed: only then may a total
// say "renewals included". A part that costs nothing only if a rule no
// tier A or B source gives holds (Scrum.org's "it does not expire") is not.
func (c Cost) Settled() bool {
	for _, p := range c.Parts {
		if p.State != PriceConfirmed {
			return false
		}
	}
	return true
}

// Unsettled lists the parts left out of the total: those Apart lists and
// those that cost nothing only if a rule content does not confirm holds.
func (c Cost) Unsettled() []Part {
	var out []Part
	for _, p := range c.Parts {
		if p.State != PriceConfirmed {
			out = append(out, p)
		}
	}
	return out
}

// Part is the part of the kind given ("course", "exam", "renewals").
func (c Cost) Part(kind string) (Part, bool) {
	for _, p := range c.Parts {
		if p.Kind == kind {
			return p, true
		}
	}
	return Part{}, false
}

// apart reports a part left out of the total that may cost something.
func (p Part) apart() bool {
	switch p.State {
	case PriceConfirmed:
		return false
	case PriceNotConfirmed:
		return p.Figures[0].Amount > 0
	}
	return true
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
// three years, each with its price's state.
func (l *Library) Cost(c Cert) Cost {
	parts := []Part{l.coursePart(c), l.examPart(c), l.renewalPart(c)}
	parts[0].WithExam = parts[1].inCourse
	for i := range parts {
		parts[i].Cert, parts[i].Kind = c.ID, parts[i].What
	}
	return Cost{Parts: parts}.totalled()
}

// coursePart is the course's price; a course that is not required costs
// nothing.
func (l *Library) coursePart(c Cert) Part {
	if l.CourseNeed(c) == CourseNotRequired {
		g, _ := l.onlyGroup(c.CourseRequired)
		return freePart("course", g, "optional")
	}
	return l.pricePart("course", c.CoursePrice, 1)
}

// examPart is the exam fee; none, or one included in the course, costs
// nothing beyond it.
func (l *Library) examPart(c Cert) Part {
	if g, ok := l.onlyGroup(c.ExamFee); ok {
		switch v := strings.ToLower(g.Facts[0].Value); {
		case strings.HasPrefix(v, "none"):
			return freePart("exam", g, "no separate exam")
		case strings.Contains(v, "included"):
			p := freePart("exam", g, "included in the course price")
			p.inCourse = true
			return p
		}
	}
	return l.pricePart("exam", c.ExamFee, 1)
}

// renewalPart is the renewals due in three years: none for a certification
// that does not expire, otherwise the fee times the renewals due. Where no
// source gives the renewal rule, no count is made: the fee is said once and
// never counted.
func (l *Library) renewalPart(c Cert) Part {
	n := renewalsIn3Years(c.RenewalYears)
	if n > 0 && !l.RenewalRuleKnown(c) {
		p := l.pricePart("renewals", c.RenewalFee, 1)
		p.Note = joinNotes("how often it must be renewed is not known", p.Note)
		p.Due = "counted once; how often is not known"
		if p.State == PriceConfirmed {
			p.State, p.Why, p.Amount, p.Known, p.Confirmed = PriceNotConfirmed, "how often it must be renewed is not known", 0, false, false
		}
		return p
	}
	if n == 0 {
		g, _ := l.onlyGroup(c.Renewal)
		return freePart("renewals", g, "it does not expire")
	}
	p := l.pricePart("renewals", c.RenewalFee, n)
	p.Note = joinNotes(fmt.Sprintf("%s due in three years", words.Count(n, "renewal")), p.Note)
	p.Due = fmt.Sprintf("%d due", n)
	if c.Issuer == catalog.IssuerScrumAlliance {
		p.Note += "; one Scrum Alliance fee covers all your Scrum Alliance certifications"
	}
	return p
}

// freePart is a part that costs nothing if its rule (group) holds: known,
// and confirmed as the rule is.
func freePart(what string, g Group, note string) Part {
	pr := PriceOf(g)
	if pr.State == PriceNotPublished {
		// Nothing says the rule; that it costs nothing is not confirmed.
		pr = Price{State: PriceNotConfirmed, Figures: []PriceFigure{{Value: note, Sources: []string{}}}, Why: WhyUnknown}
	}
	for i := range pr.Figures {
		pr.Figures[i].Amount = 0
	}
	return Part{What: what, Known: true, Confirmed: pr.State == PriceConfirmed, Note: note, Price: pr}
}

// pricePart is the current list price of a figure, times the times it is
// paid in three years: the non-member price where prices differ by
// membership, counted only when content confirms it.
func (l *Library) pricePart(what string, fig Figure, times int) Part {
	current, _, _ := fig.On(l.Now())
	groups := current.Groups()
	for _, g := range groups {
		if len(groups) > 1 && g.AppliesTo != "" && !strings.Contains(g.AppliesTo, "non") {
			continue
		}
		pr := PriceOf(g)
		if pr.State == PriceNotPublished {
			return Part{What: what, Note: pr.missing, Price: pr}
		}
		if strings.HasPrefix(strings.ToLower(pr.Figures[0].Value), "none") {
			p := freePart(what, g, "none")
			p.Note = joinNotes(p.Note, strings.Join(pr.Figures[0].facts.Notes(), "; "))
			return p
		}
		whose := ""
		if len(groups) > 1 {
			whose = g.AppliesTo
		}
		for i := range pr.Figures {
			if _, ok := Dollars(pr.Figures[i].Value); !ok {
				return Part{What: what, Note: "no amount found", Price: Price{Figures: []PriceFigure{}}}
			}
			pr.Figures[i].Amount *= times
			pr.Figures[i].AppliesTo = whose
		}
		p := Part{What: what, AppliesTo: whose, Price: pr}
		if pr.State != PriceDisagree {
			p.Note = strings.Join(pr.Figures[0].facts.Notes(), "; ")
		}
		if pr.State == PriceConfirmed {
			p.Amount, p.Known, p.Confirmed = pr.Figures[0].Amount, true, true
			for _, f := range pr.Figures[0].facts {
				if f.Confirmation().Confirmed {
					p.Source = f.Source
					break
				}
			}
		}
		return p
	}
	return Part{What: what, Note: "no trustworthy figure found", Price: Price{Figures: []PriceFigure{}}}
}

// RenewalRuleKnown reports whether a source gives the certification's renewal
// rule: LPM's is counted yearly, but the issuer's list leaves it out.
func (l *Library) RenewalRuleKnown(c Cert) bool {
	current, _, _ := c.Renewal.On(l.Now())
	return len(current) > 0 && current[0].Known()
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

// joinNotes joins the notes that are not empty with "; ".
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// PathCost is the three-year cost of certifications taken together. One
// Scrum Alliance renewal fee covers every Scrum Alliance certification held,
// so only the highest confirmed one counts; Scrum.org certifications never
// expire. Give it the certifications one person takes: a path's core steps,
// never an optional one whose renewal would stand in for a later step's.
func (l *Library) PathCost(certs []Cert) Cost {
	out := Cost{Parts: []Part{}}
	allianceRenewal := -1
	for _, c := range certs {
		for _, p := range l.Cost(c).Parts {
			p.What = c.Short + " " + p.What
			if c.Issuer == catalog.IssuerScrumAlliance && p.Kind == "renewals" && p.State == PriceConfirmed {
				if allianceRenewal >= 0 {
					prev := &out.Parts[allianceRenewal]
					if p.Amount > prev.Amount {
						prev.What, prev.Cert, prev.Amount, prev.Source, prev.Price = p.What, p.Cert, p.Amount, p.Source, p.Price
					}
					continue
				}
				p.Note = "one Scrum Alliance fee covers every Scrum Alliance certification you hold"
				allianceRenewal = len(out.Parts)
			}
			out.Parts = append(out.Parts, p)
		}
	}
	return out.totalled()
}

// RenewalFee is the fee of one renewal, as the three-year cost reads it
// (the non-member price where prices differ), counted only when content
// confirms it: for a certification already held, whose renewal certpath
// cannot date.
func (l *Library) RenewalFee(c Cert) Part {
	p := l.pricePart("renewal fee", c.RenewalFee, 1)
	p.Cert, p.Kind = c.ID, "renewals"
	return p
}
