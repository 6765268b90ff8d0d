package questions

import "certpath/catalog"

// CertUse says what the certifications a question's options name are to the
// person.
type CertUse string

// The uses of certifications in a question.
const (
	CertsHeld  CertUse = "held"
	CertsNamed CertUse = "named"
)

// Tenure says whose years a question of years counts.
type Tenure string

// The tenures a question of years can count.
const (
	TenureAgile Tenure = "agile"
	TenureRole  Tenure = "role"
)

// Months is an amount of experience the answers give, and whether they give
// it at all. UpTo, when more than Months, is the most the answer may stand
// for: an older band in years, which a rule between the two cannot decide.
type Months struct {
	Months int
	UpTo   int
	Known  bool
}

// Straddles reports whether a rule counting m months cannot be decided
// from the answer: it says at least fewer, and perhaps more.
func (m Months) Straddles(n int) bool { return m.Known && m.Months < n && m.UpTo >= n }

// Reading is what answers tell the planner, named by meaning rather than by
// question: the traits they show, the shares of the week behind them, the
// certifications held and named, and the years of experience. Each kind
// reads its own answers into it (Kind.Read), from what the options carry,
// so no reader of a Reading names a question.
type Reading struct {
	Traits map[catalog.Trait]bool
	// Shares are the percent of the week on options with each trait.
	Shares map[catalog.Trait]int
	Held   map[catalog.CertID]bool
	Named  map[catalog.CertID]bool
	// Outside are the certifications outside the catalogue the answers
	// name, each with the label of the answer that stands for it.
	Outside map[catalog.OutsideID]string
	// Agile is the months in agile roles; Role the months in the work the
	// week describes.
	Agile, Role Months
	// Budget is the most dollars the person has for certifications this
	// year, when they gave a band with a top, and BudgetFrom the least.
	Budget, BudgetFrom int
}

// Shows reports whether the answers show a trait.
func (r Reading) Shows(t catalog.Trait) bool { return r.Traits[t] }

// Read reads the answers to every question of the bank.
func (b Bank) Read(a Answers) Reading {
	r := Reading{Traits: map[catalog.Trait]bool{}, Shares: map[catalog.Trait]int{}, Held: map[catalog.CertID]bool{}, Named: map[catalog.CertID]bool{},
		Outside: map[catalog.OutsideID]string{}}
	for _, q := range b.Questions {
		if ans, ok := a[q.ID]; ok {
			q.Kind.Read(q, ans, &r)
		}
	}
	return r
}

// readOption adds what one chosen option tells: its traits, its
// certifications (held or named, as its question says) and its months.
func (r *Reading) readOption(q Question, o Option) {
	for _, t := range o.Traits {
		r.Traits[t] = true
	}
	certs := o.Certs
	if o.Cert != "" && len(certs) == 0 {
		certs = []catalog.CertID{o.Cert}
	}
	for _, id := range certs {
		switch q.Certs {
		case CertsHeld:
			r.Held[id] = true
		case CertsNamed:
			r.Named[id] = true
		}
	}
	if o.Budget != nil {
		r.Budget, r.BudgetFrom = *o.Budget, o.BudgetFrom
	}
	for _, id := range o.Outside {
		if _, seen := r.Outside[id]; !seen && q.Certs == CertsNamed {
			r.Outside[id] = o.Label
		}
	}
	if o.Months != nil {
		m := Months{Months: *o.Months, UpTo: *o.Months, Known: true}
		if o.MonthsUpTo != nil {
			m.UpTo = *o.MonthsUpTo
		}
		switch q.Tenure {
		case TenureAgile:
			r.Agile = m
		case TenureRole:
			r.Role = m
		}
	}
}
