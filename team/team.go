// Package team plans a year of training for several people: each person's
// answers go through the same planner as the quiz (planner.Evaluate), each
// step's cost through the same content (report.FirstYear), and the plan
// says who takes what in which quarter, which courses two or more people
// share, and what fits a budget. Pure Go, no terminal: the command line
// prints it and the screens page it.
package team

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/questions"
	"certpath/report"
	"certpath/words"
)

// Currency is the currency of every amount: the content's prices are in
// US dollars, and a budget is read in them.
const Currency = "USD"

// DefaultMonths is how far ahead a plan looks unless told.
const DefaultMonths = 12

// MaxMonths caps --months: a plan past five years outlives every rule and
// price it rests on.
const MaxMonths = 60

// Member is one person of the team: the name shown, the file the answers
// came from, and the answers.
type Member struct {
	Name    string
	File    string
	Answers questions.Answers
}

// Options are the plan's horizon in months and its budget in US dollars
// (0: no budget given).
type Options struct {
	Months    int
	BudgetUSD int
}

// Plan is the team's plan: a line per person, the courses two or more
// share, the steps by quarter, those past the plan or not yet datable,
// and the money.
type Plan struct {
	// From is the plan's first day (YYYY-MM-DD): the day it was made.
	From          string    `json:"from"`
	Months        int       `json:"months"`
	Currency      string    `json:"currency"`
	People        []Person  `json:"people"`
	SharedCourses []Shared  `json:"shared_courses"`
	Quarters      []Quarter `json:"quarters"`
	// Later are the steps that open after the plan's months, or whose
	// opening the answers cannot date.
	Later []Slot `json:"later"`
	// Renewals are the certifications people already hold that must be
	// renewed: not dated (certpath does not ask when they were earned),
	// in no quarter and no total.
	Renewals []Renewal `json:"renewals"`
	Budget   Budget    `json:"budget"`
	// LeftOut are the files the plan could not read, each with its
	// problems; Notes say what else the reader must know of the files
	// (the same file given twice, two people of one name).
	LeftOut []LeftOut `json:"left_out"`
	Notes   []string  `json:"notes"`
}

// LeftOut is a file left out of the plan and why, one problem a line.
type LeftOut struct {
	File     string   `json:"file"`
	Problems []string `json:"problems"`
}

// Person is one person's line: their closest role, their first step and
// when it opens.
type Person struct {
	Name     string            `json:"name"`
	File     string            `json:"file"`
	Role     catalog.ProfileID `json:"role"`
	RoleName string            `json:"role_name"`
	// NoFit says no role matches the week yet: Role is only the closest.
	NoFit bool `json:"no_fit"`
	// FirstStep is the first step of the plan (empty when the path has
	// none), FirstStepName its name ("PSM I or CSM").
	FirstStep     catalog.CertID `json:"first_step"`
	FirstStepName string         `json:"first_step_name"`
	When          string         `json:"when"`
	Quarter       int            `json:"quarter"`
}

// Slot is one step of one person, placed in the plan.
type Slot struct {
	Person      string           `json:"person"`
	Cert        catalog.CertID   `json:"cert"`
	Alternative catalog.CertID   `json:"alternative,omitempty"`
	Name        string           `json:"name"`
	Kind        planner.StepKind `json:"kind"`
	// When is when the step opens, in the words of the person's results
	// ("now", "after PSM I or CSM", "after 12 months as Scrum Master").
	When string `json:"when"`
	// Quarter is the quarter of the plan it is placed in, from 1; 0 when
	// it opens after the plan or the answers cannot date it.
	Quarter int `json:"quarter"`
	// FromMonth is the first month of the plan it may be taken in, from
	// 1; 0 when it cannot be dated.
	FromMonth int `json:"from_month"`
	// PlacedAfter names the person's step in the quarter before, where
	// one step a quarter moved this one later than it opens ("Leading
	// SAFe"); empty otherwise.
	PlacedAfter string `json:"placed_after,omitempty"`
	// Note says what to check or wait for ("certificate once 12 months as
	// Product Owner", "the answers do not say how long...").
	Note string `json:"note,omitempty"`
	// CostUSD is the confirmed first-year cost (course and exam); with
	// PriceConfirmed false it is only the confirmed part, never the whole.
	CostUSD        int    `json:"cost_usd"`
	PriceConfirmed bool   `json:"price_confirmed"`
	Price          string `json:"price"`
	// Tier is "B" where a confirmed amount in CostUSD rests on an
	// accredited trainer's or a publication's figure, not the issuer's;
	// empty where every counted amount is the issuer's.
	Tier string `json:"tier,omitempty"`
	// AlternativePrice is the alternative's first-year cost in words, for
	// a step of two ("PSPO I or CSPO"): Price is then the first's.
	AlternativePrice string `json:"alternative_price,omitempty"`
	// AlternativeConfirmed: the alternative's first-year price is
	// confirmed; when it is not, a budget counts the step as the first
	// certification only, and the alternative needs a price of its own.
	AlternativeConfirmed bool `json:"alternative_price_confirmed"`
	// NamedByPostings: the person's postings (or their answer) name it.
	NamedByPostings bool `json:"named_by_postings"`
	// EstimateUSD is the first-year cost on the lowest figures found,
	// confirmed or not, of the parts that have one (a disagreement's
	// lowest value among them): an estimate to plan with, never counted.
	EstimateUSD int `json:"estimate_usd"`
	// NoPriceFound names the parts ("course", "exam") with no figure at
	// all, which no estimate covers: a trainer's quote prices them.
	NoPriceFound []string `json:"no_price_found"`
	// Disputed: sources disagree on a first-year price of the step, and
	// EstimateUSD takes the lowest of their values.
	Disputed bool `json:"price_disputed"`
	// SelfPaid: the person answered that they pay for their training
	// themselves, so the team's budget does not count it.
	SelfPaid bool `json:"self_paid"`
	// CostShared: the person answered that they share the cost of their
	// training (week.payer: shared); the team pays only its share, which
	// certpath does not know, so the step is counted at its full price.
	CostShared bool `json:"cost_shared"`
	// TrainingFirst is the hours of training the step's rules ask before
	// its exam (PMP's 35 hours of project management education), with its
	// source and whether content confirms it: a course that gives them is
	// priced by its trainer, in no price here. nil when none.
	TrainingFirst *Training `json:"training_first,omitempty"`
	// Funding is where the budget puts the step, on the plan by quarter
	// (see Funding's values); empty without a budget.
	Funding Funding `json:"funding,omitempty"`

	member, position, after int
	// HeldBefore is how many certifications the person holds already: of
	// two steps of equal need, the person who holds fewer comes first.
	HeldBefore int `json:"held_before"`

	// practise: PractiseFirst moved the step later.
	practise bool
}

// Funding is where a budget puts a step: counted on a confirmed price,
// reached or not on the lowest figures, with no price found, outside,
// paid by the person, or held back as optional.
type Funding string

// The places a budget puts a step.
const (
	FundCounted        Funding = "counted"
	FundWithinEstimate Funding = "within_estimate"
	FundBeyondEstimate Funding = "beyond_estimate"
	FundNoPriceFound   Funding = "no_price_found"
	FundUnpricedBehind Funding = "unpriced_behind"
	FundOutside        Funding = "outside"
	FundSelfPaid       Funding = "self_paid"
	FundAfterCore      Funding = "after_core"
)

// Words are the plan by quarter's words for where the budget puts a step.
func (f Funding) Words() string {
	return map[Funding]string{
		FundCounted:        "counted in the budget",
		FundWithinEstimate: "price not confirmed; within the budget on the lowest figures",
		FundBeyondEstimate: "price not confirmed; outside the budget on the lowest figures",
		FundNoPriceFound:   "no price found; needs a quote before it can be counted",
		FundUnpricedBehind: "no price found; outside the budget on the lowest figures",
		FundOutside:        "outside the budget",
		FundSelfPaid:       "paid by the person",
		FundAfterCore:      "optional; not counted until the core steps are priced",
	}[f]
}

// Training is a rule's hours of training, to take before the exam.
type Training struct {
	Hours int `json:"hours"`
	// What they are of: "of project management education".
	What   string `json:"what"`
	Source string `json:"source"`
	// Tier is the source's tier ("A", "B", "C"); empty when not known.
	Tier      string `json:"tier,omitempty"`
	Confirmed bool   `json:"confirmed"`
	// ExamFromQuarter is the first quarter the exam may be taken in: the
	// quarter after the hours, since the issuer approves the application
	// they allow before the exam; 0 when that is past the plan or the
	// step is not placed.
	ExamFromQuarter int `json:"exam_from_quarter"`
}

// Shared is a course two or more people need: who, and when each can take it.
type Shared struct {
	Cert   catalog.CertID `json:"cert"`
	Name   string         `json:"name"`
	Takers []Taker        `json:"people"`
	// CourseNeed is content's decision on the certification's course:
	// "required", "not_required" (the exam alone: a study group, not a
	// class) or "not_known".
	CourseNeed string `json:"course_need"`
	// AllFrom is the first quarter all of them can take it in; 0 when
	// one of them cannot within the plan.
	AllFrom int `json:"all_from_quarter"`
}

// Taker is one person who needs a shared course.
type Taker struct {
	Person  string `json:"person"`
	When    string `json:"when"`
	Quarter int    `json:"quarter"`
	// PlacedAfter is as the step's in the plan by quarter: the person's
	// step in the quarter before, where one step a quarter placed this
	// one later than it opens; empty otherwise.
	PlacedAfter string `json:"placed_after,omitempty"`
	// Kind is the step's kind for this person (core or optional), and
	// SelfPaid says they pay for it themselves.
	Kind     planner.StepKind `json:"kind"`
	SelfPaid bool             `json:"self_paid"`
}

// Quarter is a quarter of the plan and the steps placed in it.
type Quarter struct {
	Number    int    `json:"number"`
	FromMonth int    `json:"from_month"`
	ToMonth   int    `json:"to_month"`
	Steps     []Slot `json:"steps"`
}

// Budget is the money of the plan's steps: with a budget, those that fit
// in order of need, those that do not, and those whose price is not
// confirmed, listed apart and never summed; without one, every step's.
type Budget struct {
	Given      bool `json:"given"`
	AmountUSD  int  `json:"amount_usd"`
	CountedUSD int  `json:"counted_usd"`
	// CountedTierBUSD is the part of CountedUSD that rests on tier B
	// figures (an accredited trainer's or a publication's), not the
	// issuer's.
	CountedTierBUSD int    `json:"counted_tier_b_usd"`
	LeftUSD         int    `json:"left_usd"`
	Fits            []Slot `json:"fits"`
	// NotConfirmed are the steps whose course or exam price is not
	// confirmed or not published: in no sum.
	NotConfirmed []Slot `json:"not_confirmed"`
	Outside      []Slot `json:"outside"`
	// SelfPaid are the steps of people who pay for their own training:
	// in no sum of the team's.
	SelfPaid []Slot `json:"self_paid"`
	// AfterCore are the optional steps held back while a core step's price
	// is not confirmed: what is left goes to the core steps first.
	AfterCore []Slot `json:"after_core"`
	// EstimatedUSD is what the not-confirmed steps with an estimate come
	// to on the lowest figures found: an estimate, in no total.
	EstimatedUSD int `json:"estimated_usd"`
	// WithinEstimate are the not-confirmed steps with an estimate that
	// what is left reaches if the estimates hold, in order of need, and
	// BeyondEstimate those it does not: the cut line.
	WithinEstimate []Slot `json:"within_estimate"`
	BeyondEstimate []Slot `json:"beyond_estimate"`
	// NoPriceFound are the not-confirmed steps with no figure at all (a
	// part no figure prices, and none that one does): they cannot be
	// counted on once the estimates use up what is left (Spent).
	NoPriceFound []Slot `json:"no_price_found"`
	// UnpricedAhead are those of NoPriceFound that rank higher in need
	// than a step the cut line reaches: a quote for them is paid out of
	// what the reached steps would use, from the last one up.
	UnpricedAhead []Slot `json:"unpriced_ahead"`
	// UnpricedBehind are those of NoPriceFound that rank lower in need
	// than every step the cut line reaches, when the lowest figures spend
	// what is left (Spent): outside the budget on those figures, unless a
	// step of higher need is cut or its quote comes in lower.
	UnpricedBehind []Slot `json:"unpriced_behind"`
	// SafeToBook are the counted steps and those the cut line reaches
	// that rank higher in need than every step with no price found: no
	// quote can take their money on the lowest figures. LeftAfterSafeUSD
	// is what they leave of the budget on those figures.
	SafeToBook       []Slot `json:"safe_to_book"`
	LeftAfterSafeUSD int    `json:"left_after_safe_usd"`
	// UnpricedParts are the steps counted or reached on the lowest
	// figures that still have something no figure prices: a part (PMP's
	// course) or, for a step of two, the alternative when its price is
	// not confirmed (CSPO beside a counted PSPO I, A-CSPO beside a reached
	// PSPO II). A quote for it is paid
	// out of what the reached steps would use, as for UnpricedAhead.
	UnpricedParts []Slot `json:"unpriced_parts"`
	// PastLineIfRenewalsDue are the steps the cut line reaches that would
	// fall past it, on the lowest figures, if every confirmed renewal fee
	// (RenewalsIfDueUSD) fell due.
	PastLineIfRenewalsDue []Slot `json:"past_line_if_renewals_due"`
	// Spent: on the lowest figures, what is left is used up before every
	// step with an estimate is reached.
	Spent bool `json:"spent_on_estimates"`
	// RenewalsIfDueUSD is what the confirmed fees of the renewals of
	// certifications already held would come to if every one fell due
	// within the plan's months: never in counted_usd, since none is known
	// to fall due.
	RenewalsIfDueUSD int `json:"renewals_if_due_usd"`
}

// Build plans the team: every member through the planner, their steps
// placed by quarter, the shared courses and the money.
func Build(lib *content.Library, b questions.Bank, members []Member, opt Options) Plan {
	if opt.Months <= 0 {
		opt.Months = DefaultMonths
	}
	p := Plan{From: lib.Now().Format(time.DateOnly), Months: opt.Months, Currency: Currency, People: []Person{}, SharedCourses: []Shared{}, Later: []Slot{}, LeftOut: []LeftOut{}, Notes: []string{}}
	var all []Slot
	for i, m := range members {
		o := planner.Evaluate(b, m.Answers)
		named := namedCerts(b, m.Answers, o)
		slots := place(lib, o, named, opt.Months)
		payer := m.Answers[questions.QPayer].Choice
		held := len(b.Read(m.Answers).Held)
		for j := range slots {
			slots[j].Person, slots[j].member, slots[j].HeldBefore = m.Name, i, held
			slots[j].SelfPaid, slots[j].CostShared = payer == "me", payer == "shared"
		}
		p.People = append(p.People, line(lib, m, o, slots))
		all = append(all, slots...)
	}
	p.Quarters = quarters(all, opt.Months)
	for _, s := range all {
		if s.Quarter == 0 {
			p.Later = append(p.Later, s)
		}
	}
	p.SharedCourses = shared(lib, all)
	p.Budget = budget(all, opt.BudgetUSD)
	if p.Budget.Given {
		p.Budget.mark(p.Quarters)
	}
	p.Renewals = renewals(lib, b, members, opt.Months)
	p.Budget.RenewalsIfDueUSD, _ = ifAllDue(p.Renewals)
	p.Budget.pastLineIfDue()
	return p
}

// namedCerts are the certifications the person's postings name, or their
// answer says the postings ask for.
func namedCerts(b questions.Bank, a questions.Answers, o planner.Outcome) map[catalog.CertID]bool {
	named := map[catalog.CertID]bool{}
	for id := range b.Read(a).Named {
		named[id] = true
	}
	if o.Postings != nil {
		for _, id := range o.Postings.CertsNamed {
			named[id] = true
		}
	}
	return named
}

// line is a person's line: their role and first step.
func line(lib *content.Library, m Member, o planner.Outcome, slots []Slot) Person {
	role := o.LeadsWith
	if o.Fit.None && len(o.Fit.Closest) > 0 {
		role = o.Fit.Closest[0]
	}
	if role == "" && len(o.Profiles) > 0 {
		role = o.Top().ID
	}
	p := Person{Name: m.Name, File: m.File, Role: role, RoleName: catalog.ProfileName(role), NoFit: o.Fit.None}
	if len(slots) > 0 {
		// The first step is the one the plan places first: an optional
		// step open now comes before a core step that waits.
		first := slices.MinFunc(slots, func(a, b Slot) int {
			return cmp.Or(cmp.Compare(planned(a), planned(b)), cmp.Compare(a.Quarter, b.Quarter), cmp.Compare(a.position, b.position))
		})
		p.FirstStep, p.FirstStepName, p.When, p.Quarter = first.Cert, first.Name, first.When, first.Quarter
	}
	return p
}

// place puts a person's core and optional steps in the plan's months, in
// the path's order: a step no earlier than the months of work it asks,
// and in the quarter after a step it needs; one step a quarter each, as a
// person studies for one certification at a time. The alternative step of
// a close call is the other role's, not planned.
func place(lib *content.Library, o planner.Outcome, named map[catalog.CertID]bool, months int) []Slot {
	cat := lib.Catalog()
	var slots []Slot
	quarterOf := map[int]int{} // path position to quarter; -1 not in the plan
	busy := map[int]string{}   // quarter to the step placed in it
	for _, st := range coreFirst(o.Path) {
		if st.Kind == planner.KindAlternative {
			quarterOf[st.Position] = -1
			continue
		}
		s := newSlot(lib, st, named[st.Cert] || named[st.Alternative])
		s.When = stepWhen(cat, o.Path, st)
		if k := st.Opens.AfterStep; st.Alternative != "" && k > 0 && k <= len(o.Path) && o.Path[k-1].Alternative != "" {
			// A pair after a pair: each follows its own ("PSPO II after
			// PSPO I, A-CSPO after CSPO").
			prev := o.Path[k-1]
			s.When += fmt.Sprintf(" (%s after %s, %s after %s)", short(cat, st.Cert), short(cat, prev.Cert), short(cat, st.Alternative), short(cat, prev.Alternative))
		}
		start, note := opensAt(st.Opens, quarterOf)
		practice := ""
		start, practice = practiseFirst(cat, o.Path, st, quarterOf, start, busy)
		s.practise, note = practice != "", joinNote(note, practice)
		s.Note = note
		q := -1
		if start >= 0 {
			q = start / 3
			for busy[q] != "" {
				q++
				s.PlacedAfter = busy[q-1]
			}
			start = max(start, q*3)
		}
		switch {
		case q >= 0 && start < months:
			busy[q] = s.Name
			s.Quarter, s.FromMonth = q+1, start+1
			if s.TrainingFirst != nil && (q+1)*3 < months {
				// The exam takes the next quarter: the person studies
				// for it there, so no other step of theirs goes in it.
				s.TrainingFirst.ExamFromQuarter = q + 2
				busy[q+1] = "the " + s.Name + " exam"
			}
			if note == maySooner {
				s.Note = fmt.Sprintf("placed from month %d, when the answers show it surely opens; it may open sooner", start+1)
			}
		case start >= 0 && s.practise:
			s.FromMonth = start + 1
			s.Note = fmt.Sprintf("placed from month %d, after the plan's %d: %s", start+1, months, practice)
		case start >= 0:
			s.FromMonth = start + 1
			s.Note = fmt.Sprintf("opens in month %d, after the plan's %d", start+1, months)
			if note == maySooner {
				s.Note = fmt.Sprintf("surely open in month %d, after the plan's %d; it may open sooner", start+1, months)
			}
		}
		quarterOf[st.Position] = q
		slots = append(slots, s)
	}
	slices.SortStableFunc(slots, func(a, b Slot) int { return cmp.Compare(a.position, b.position) })
	return slots
}

// coreFirst is the order a person's steps take their quarters in: the
// core steps in the path's order, each after the step it needs, then the
// optional ones, so that an optional step goes after the core steps or
// in a free quarter, never before a core step it would delay.
func coreFirst(path []planner.Step) []planner.Step {
	var out []planner.Step
	added := map[int]bool{}
	var add func(st planner.Step)
	add = func(st planner.Step) {
		if added[st.Position] {
			return
		}
		if k := st.Opens.AfterStep; k > 0 && k <= len(path) {
			add(path[k-1])
		}
		added[st.Position] = true
		out = append(out, st)
	}
	for _, st := range path {
		if st.Kind == planner.KindCore {
			add(st)
		}
	}
	for _, st := range path {
		add(st)
	}
	return out
}

// PractiseFirst is the plan's rule for a step that follows an earlier
// one, said once in the report when it moves a step.
const PractiseFirst = "A step that follows an earlier one of the plan and has no months of work of its own (SASM after SSM, PSPO II after PSPO I) is placed with a quarter between them, to practise the first; a level-3 step (PSM III, PSPO III) a year after the level it follows. The time between is certpath's rule, not an issuer's. Whether an issuer requires the earlier step is said on each certification's page; for PSM III, Scrum.org calls PSM I and PSM II \"not required, but strongly recommended\" (S135, tier A)."

// practiseQuarters is how many quarters the rule puts between a step and
// the earlier step of the plan it follows: none where its rules count
// months of work (CSP-SM's 24 as Scrum Master: the months decide) or it
// follows no step of the plan, four (a year) for a level-3
// certification, one otherwise.
func practiseQuarters(cat catalog.Catalog, st planner.Step) int {
	c, ok := cat.Lookup(st.Cert)
	switch {
	case !ok || st.Opens.AfterStep <= 0 || st.Opens.Months > 0:
		return 0
	case c.Rules.Level == 3:
		return 4
	}
	return 1
}

// practiseFirst applies the rule to a step that opens in month start
// (from 0): the month it may be placed from, and the note that says why
// ("a quarter to practise SSM first"), empty when the rule does not move
// it. The quarters between are kept free of the person's other steps,
// marked in busy.
func practiseFirst(cat catalog.Catalog, path []planner.Step, st planner.Step, quarterOf map[int]int, start int, busy map[int]string) (int, string) {
	k, wait := st.Opens.AfterStep, practiseQuarters(cat, st)
	if start < 0 || wait == 0 {
		return start, ""
	}
	gap := (quarterOf[k] + 1 + wait) * 3
	if gap <= start {
		return start, ""
	}
	practice := practiseWords(wait) + " to practise " + stepName(cat, path[k-1])
	for q := quarterOf[k] + 1; q < gap/3; q++ {
		if busy[q] == "" {
			busy[q] = practice
		}
	}
	return gap, practice + " first"
}

// practiseWords is the note's words for the rule's wait: "a quarter", "a
// year".
func practiseWords(quarters int) string {
	switch quarters {
	case 1:
		return "a quarter"
	case 4:
		return "a year"
	}
	return words.Count(quarters, "quarter")
}

// planned is 0 for a step in the plan's quarters, 1 for one past them.
func planned(s Slot) int {
	if s.Quarter > 0 {
		return 0
	}
	return 1
}

// newSlot is a step with its first-year price.
func newSlot(lib *content.Library, st planner.Step, named bool) Slot {
	s := Slot{Cert: st.Cert, Alternative: st.Alternative, Kind: st.Kind, Name: stepName(lib.Catalog(), st), position: st.Position, after: st.Opens.AfterStep, NamedByPostings: named}
	for _, q := range st.Prerequisites {
		if q.Hours > 0 {
			s.TrainingFirst = &Training{Hours: q.Hours, What: q.Note, Source: q.Source, Confirmed: q.Confirmed}
			if src, ok := lib.Source(q.Source); ok {
				s.TrainingFirst.Tier = tierLetter(src.Tier)
			}
		}
	}
	c, ok := lib.Cert(st.Cert)
	if !ok {
		return s
	}
	cost := lib.Cost(c)
	s.CostUSD, s.PriceConfirmed, s.EstimateUSD = report.FirstYear(cost)
	s.Disputed = slices.ContainsFunc(cost.Parts, func(p content.Part) bool { return p.Kind != "renewals" && p.State == content.PriceDisagree })
	s.NoPriceFound = append([]string{}, report.NoFigure(cost)...)
	s.Tier = report.CountedTier(cost)
	s.Price = firstYearWords(cost)
	if alt, found := lib.Cert(st.Alternative); found {
		// "PSPO I or CSPO": each one's price, so that nobody reads PSPO
		// I's $200 as CSPO's.
		s.Price = c.Short + ": " + s.Price
		altCost := lib.Cost(alt)
		s.AlternativePrice = firstYearWords(altCost)
		_, s.AlternativeConfirmed, _ = report.FirstYear(altCost)
	}
	return s
}

// firstYearWords is a certification's course and exam in the results'
// words, with what was looked for where a source says a price is not
// published; where no price was found at all, the plan says so and whom
// to ask ("no course price found: ask a trainer for a quote"), never
// that the issuer does not publish one.
func firstYearWords(cost content.Cost) string {
	var missing, none []string
	var kept []content.Part
	for _, part := range cost.Parts {
		switch {
		case part.Kind == "renewals":
		case part.NoneFound():
			none = append(none, "no "+part.Kind+" price found: "+askFor(part.Kind))
		default:
			kept = append(kept, part)
			if part.State == content.PriceNotPublished && part.Missing() != "" {
				missing = append(missing, part.Missing())
			}
		}
	}
	w := content.Cost{Parts: kept}.Words(&content.Cites{Tiers: true})
	if len(missing) > 0 {
		w += " (" + strings.Join(missing, "; ") + ")"
	}
	if len(none) > 0 && w == "no fees" {
		// The rest costs nothing (RTE's exam is in its course's price).
		return strings.Join(none, "; ")
	}
	return strings.Join(append([]string{w}, none...), "; ")
}

// askFor is whom to ask for a price no source gives.
func askFor(kind string) string {
	if kind == "course" {
		return "ask a trainer for a quote"
	}
	return "check it with the issuer before booking"
}

// opensAt is the month of the plan, from 0, in which a step may first be
// taken, and why it cannot be dated (-1): the answers do not say how long
// the person has done the work, or a step it needs is not in the plan.
func opensAt(o planner.Opens, quarterOf map[int]int) (int, string) {
	start := 0
	if k := o.AfterStep; k > 0 {
		q, ok := quarterOf[k]
		if !ok || q < 0 {
			return -1, "a step it needs first is not in the plan"
		}
		start = (q + 1) * 3
	}
	togo, known := o.MonthsToGo()
	switch {
	case !known:
		return -1, "the answers do not say how long " + monthsWork(o) + "; count the months before booking"
	case togo > 0 && o.Check != "":
		return max(start, togo), maySooner
	}
	return max(start, togo), ""
}

// maySooner is opensAt's word for a step placed when it surely opens,
// which may open sooner: the step's note says from which month.
const maySooner = "may open sooner"

// monthsWork names the work a rule of months counts.
func monthsWork(o planner.Opens) string {
	if o.Role == "" || o.Role == catalog.RoleAgile {
		return "the person has worked in agile roles"
	}
	return "the person has worked as " + catalog.RoleName(o.Role)
}

// joinNote joins two notes with "; ".
func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// stepName is "PSM I or CSM", or the certification's short name.
func stepName(cat catalog.Catalog, st planner.Step) string {
	name := short(cat, st.Cert)
	if st.Alternative != "" {
		name += " or " + short(cat, st.Alternative)
	}
	return name
}

func short(cat catalog.Catalog, id catalog.CertID) string {
	if c, ok := cat.Lookup(id); ok {
		return c.Short
	}
	return string(id)
}

// stepWhen is the results' words for when a step opens, with "step 2"
// said as the step's name: a team's reader has no person's path numbers.
func stepWhen(cat catalog.Catalog, path []planner.Step, st planner.Step) string {
	w := report.StepWhen(cat, st)
	for _, o := range []*planner.Opens{&st.Opens, st.AlternativeOpens} {
		if o == nil || o.AfterStep <= 0 || o.AfterStep > len(path) {
			continue
		}
		w = strings.ReplaceAll(w, fmt.Sprintf("step %d", o.AfterStep), stepName(cat, path[o.AfterStep-1]))
	}
	return w
}

// quarters lists the plan's quarters with the steps placed in each, in
// the order of the people.
func quarters(all []Slot, months int) []Quarter {
	n := (months + 2) / 3
	qs := make([]Quarter, n)
	for i := range qs {
		qs[i] = Quarter{Number: i + 1, FromMonth: i*3 + 1, ToMonth: min(i*3+3, months), Steps: []Slot{}}
	}
	for _, s := range all {
		if s.Quarter > 0 {
			qs[s.Quarter-1].Steps = append(qs[s.Quarter-1].Steps, s)
		}
	}
	return qs
}

// shared groups the steps two or more people take by certification, the
// most people first.
func shared(lib *content.Library, all []Slot) []Shared {
	byCert := map[catalog.CertID]*Shared{}
	var order []catalog.CertID
	for _, s := range all {
		sh, ok := byCert[s.Cert]
		if !ok {
			sh = &Shared{Cert: s.Cert, Name: s.Name, CourseNeed: report.CourseNeedName(content.CourseNotKnown)}
			if c, found := lib.Cert(s.Cert); found {
				sh.CourseNeed = report.CourseNeedName(lib.CourseNeed(c))
			}
			byCert[s.Cert] = sh
			order = append(order, s.Cert)
		}
		if sh.Name != s.Name {
			// One takes "PSM I or CSM", another PSM I alone: the course
			// is the first's.
			sh.Name = short2(s.Name)
		}
		sh.Takers = append(sh.Takers, Taker{Person: s.Person, When: s.When, Quarter: s.Quarter, PlacedAfter: s.PlacedAfter, Kind: s.Kind, SelfPaid: s.SelfPaid})
	}
	out := []Shared{}
	for _, id := range order {
		sh := byCert[id]
		if len(sh.Takers) < 2 {
			continue
		}
		for _, t := range sh.Takers {
			if t.Quarter == 0 {
				sh.AllFrom = 0
				break
			}
			sh.AllFrom = max(sh.AllFrom, t.Quarter)
		}
		out = append(out, *sh)
	}
	slices.SortStableFunc(out, func(a, b Shared) int { return cmp.Compare(len(b.Takers), len(a.Takers)) })
	return out
}

// short2 is the first name of "X or Y".
func short2(name string) string {
	first, _, _ := strings.Cut(name, " or ")
	return first
}

// budget counts the plan's steps against the budget in order of need:
// core steps before optional ones, each person's earlier steps before
// their later ones, a step the postings name before one they do not,
// then the sooner quarter and the order the people were given in. A step
// whose price is not confirmed, or that the person pays for themselves, is
// listed apart and counts nothing; a step
// after one the budget leaves out is left out too. Without a budget,
// every step with a confirmed price is counted.
func budget(all []Slot, amount int) Budget {
	b := Budget{Given: amount > 0, AmountUSD: amount, Fits: []Slot{}, NotConfirmed: []Slot{}, Outside: []Slot{}, SelfPaid: []Slot{}, AfterCore: []Slot{}, UnpricedAhead: []Slot{}, UnpricedBehind: []Slot{}, UnpricedParts: []Slot{}, SafeToBook: []Slot{}, PastLineIfRenewalsDue: []Slot{}}
	var in []Slot
	for _, s := range all {
		if s.Quarter > 0 {
			in = append(in, s)
		}
	}
	slices.SortStableFunc(in, needFirst)
	// A core step without a confirmed price may need what is left, so no
	// optional step is counted before it.
	coreUnpriced := b.Given && slices.ContainsFunc(in, func(s Slot) bool {
		return s.Kind == planner.KindCore && !s.PriceConfirmed && !s.SelfPaid
	})
	left := amount
	out := map[[2]int]bool{} // member and position left out
	for _, s := range in {
		switch {
		case out[[2]int{s.member, s.after}]:
			s.Note = joinNote(s.Note, "the step it needs first is outside the budget")
			b.Outside = append(b.Outside, s)
			out[[2]int{s.member, s.position}] = true
		case s.SelfPaid:
			b.SelfPaid = append(b.SelfPaid, s)
		case coreUnpriced && s.Kind != planner.KindCore && s.PriceConfirmed:
			b.AfterCore = append(b.AfterCore, s)
		case !s.PriceConfirmed:
			b.NotConfirmed = append(b.NotConfirmed, s)
		case !b.Given || s.CostUSD <= left:
			left -= s.CostUSD
			b.CountedUSD += s.CostUSD
			if s.Tier != "" {
				b.CountedTierBUSD += s.CostUSD
			}
			if s.Alternative != "" && !s.AlternativeConfirmed {
				first, other, _ := strings.Cut(s.Name, " or ")
				s.Note = joinNote(s.Note, fmt.Sprintf("%s is counted; if %s takes %s instead, get a quote first: it is paid from what is left", first, s.Person, other))
			}
			b.Fits = append(b.Fits, s)
		default:
			b.Outside = append(b.Outside, s)
			out[[2]int{s.member, s.position}] = true
		}
	}
	if b.Given {
		b.LeftUSD = left
		b.cutLine()
	}
	return b
}

// cutLine walks the not-confirmed steps in order of need against what is
// left, on their estimates: those it reaches if the estimates hold, and
// those it would not. A step with no figure at all is listed apart (a
// step with a figure for one part and none for another is on the cut
// line only, its unpriced part named in its price); those of them that
// rank higher in need than a reached step come first: a quote for them
// is paid before the reached steps and moves the line earlier.
func (b *Budget) cutLine() {
	b.NoPriceFound, b.UnpricedAhead, b.UnpricedBehind, b.UnpricedParts = []Slot{}, []Slot{}, []Slot{}, []Slot{}
	var figured []Slot
	for _, s := range b.NotConfirmed {
		if s.EstimateUSD == 0 {
			if len(s.NoPriceFound) > 0 {
				b.NoPriceFound = append(b.NoPriceFound, s)
			}
			continue
		}
		b.EstimatedUSD += s.EstimateUSD
		figured = append(figured, s)
	}
	left := 0
	b.WithinEstimate, b.BeyondEstimate, left = reach(figured, b.LeftUSD)
	b.Spent = len(b.BeyondEstimate) > 0 || left == 0
	for _, s := range b.Fits {
		if s.Alternative != "" && !s.AlternativeConfirmed {
			b.UnpricedParts = append(b.UnpricedParts, s)
		}
	}
	for _, s := range b.WithinEstimate {
		if len(s.NoPriceFound) > 0 || s.Alternative != "" && !s.AlternativeConfirmed {
			b.UnpricedParts = append(b.UnpricedParts, s)
		}
	}
	slices.SortStableFunc(b.UnpricedParts, needFirst)
	var last *Slot
	if n := len(b.WithinEstimate); n > 0 {
		last = &b.WithinEstimate[n-1]
	}
	for _, s := range b.NoPriceFound {
		switch {
		case last != nil && needFirst(s, *last) < 0:
			b.UnpricedAhead = append(b.UnpricedAhead, s)
		case b.Spent:
			b.UnpricedBehind = append(b.UnpricedBehind, s)
		}
	}
	b.safeToBook()
}

// safeToBook is the counted steps and the reached ones of higher need
// than the first step with no price found, and what they leave.
func (b *Budget) safeToBook() {
	b.SafeToBook = append([]Slot{}, b.Fits...)
	b.LeftAfterSafeUSD = b.LeftUSD
	for _, s := range b.WithinEstimate {
		if b.Spent && len(b.UnpricedAhead) > 0 && needFirst(s, b.UnpricedAhead[0]) > 0 {
			// Once the figures spend what is left, a quote for a step of
			// higher need comes first. With money over, every step with
			// a figure is safe, the quotes paid from what is over.
			break
		}
		b.SafeToBook = append(b.SafeToBook, s)
		b.LeftAfterSafeUSD -= s.EstimateUSD
	}
}

// mark puts on each step of the plan by quarter where the budget puts it.
func (b *Budget) mark(qs []Quarter) {
	where := map[[2]int]Funding{}
	for _, l := range []struct {
		slots []Slot
		f     Funding
	}{
		{b.Fits, FundCounted}, {b.WithinEstimate, FundWithinEstimate}, {b.BeyondEstimate, FundBeyondEstimate},
		{b.NoPriceFound, FundNoPriceFound}, {b.UnpricedBehind, FundUnpricedBehind}, {b.Outside, FundOutside},
		{b.SelfPaid, FundSelfPaid}, {b.AfterCore, FundAfterCore},
	} {
		for _, s := range l.slots {
			where[[2]int{s.member, s.position}] = l.f
		}
	}
	for i := range qs {
		for j := range qs[i].Steps {
			s := &qs[i].Steps[j]
			s.Funding = where[[2]int{s.member, s.position}]
		}
	}
}

// reach walks steps with an estimate in order of need against what is
// left: those it reaches, those it does not, and what remains.
func reach(slots []Slot, left int) (within, beyond []Slot, rest int) {
	within, beyond = []Slot{}, []Slot{}
	for _, s := range slots {
		if s.EstimateUSD <= left {
			left -= s.EstimateUSD
			within = append(within, s)
			continue
		}
		beyond = append(beyond, s)
	}
	return within, beyond, left
}

// pastLineIfDue names the reached steps that would fall past the line,
// on the lowest figures, if every confirmed renewal fee fell due.
func (b *Budget) pastLineIfDue() {
	b.PastLineIfRenewalsDue = []Slot{}
	if !b.Given || b.RenewalsIfDueUSD == 0 {
		return
	}
	var figured []Slot
	for _, s := range b.NotConfirmed {
		if s.EstimateUSD > 0 {
			figured = append(figured, s)
		}
	}
	within, _, _ := reach(figured, max(b.LeftUSD-b.RenewalsIfDueUSD, 0))
	for _, s := range b.WithinEstimate {
		if !slices.ContainsFunc(within, func(u Slot) bool { return u.member == s.member && u.position == s.position }) {
			b.PastLineIfRenewalsDue = append(b.PastLineIfRenewalsDue, s)
		}
	}
}

// sameNeed reports whether two steps tie on need: only the order of the
// files tells them apart.
func sameNeed(a, b Slot) bool {
	return kindRank(a.Kind) == kindRank(b.Kind) && a.position == b.position && namedRank(a) == namedRank(b) && a.HeldBefore == b.HeldBefore && a.Quarter == b.Quarter
}

// needFirst orders steps by need (see budget).
func needFirst(a, b Slot) int {
	return cmp.Or(
		cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)),
		cmp.Compare(a.position, b.position),
		cmp.Compare(namedRank(a), namedRank(b)),
		cmp.Compare(a.HeldBefore, b.HeldBefore),
		cmp.Compare(a.Quarter, b.Quarter),
		cmp.Compare(a.member, b.member),
	)
}

func kindRank(k planner.StepKind) int {
	if k == planner.KindCore {
		return 0
	}
	return 1
}

func namedRank(s Slot) int {
	if s.NamedByPostings {
		return 0
	}
	return 1
}
