package team

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"certpath/planner"
	"certpath/report"
	"certpath/words"
)

// Markdown writes the plan as markdown: the files left out first, so that
// no reader takes the plan for the whole team, then the people, the
// shared courses, the plan by quarter, what waits past it, and the money.
func Markdown(p Plan) string {
	var b strings.Builder
	b.WriteString("# Team plan\n\n")
	fmt.Fprintf(&b, "%s over the next %s, by quarter from %s. Amounts are in US dollars (%s), as the sources publish prices.\n\n",
		words.Capitalize(CountPeople(len(p.People))), words.Count(p.Months, "month"), fromDay(p.From), Currency)
	if len(p.LeftOut) > 0 {
		b.WriteString("**Left out of this plan:**\n\n")
		for _, l := range p.LeftOut {
			first := strings.TrimSuffix(l.Problems[0], ":")
			if len(l.Problems) > 1 {
				first += ", each listed on standard error"
			}
			fmt.Fprintf(&b, "- **%s**: %s\n", esc(l.File), esc(first))
		}
		b.WriteString("\n")
	}
	for _, n := range p.Notes {
		fmt.Fprintf(&b, "Note: %s.\n\n", esc(n))
	}
	writePeople(&b, p)
	writeShared(&b, p)
	writeQuarters(&b, p)
	writeRenewals(&b, p)
	writeMoney(&b, p)
	writeRenewalsIfDue(&b, p)
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func writePeople(b *strings.Builder, p Plan) {
	b.WriteString("## People\n\n")
	for _, x := range p.People {
		// The role the answers fit best, not a title: a developer curious
		// about Scrum Master reads "closest to Scrum Master".
		role := "closest to " + x.RoleName
		if x.NoFit {
			role = "no role fits the week yet; closest " + x.RoleName
		}
		first := "no step to plan"
		if x.FirstStep != "" {
			first = fmt.Sprintf("first step %s, %s", x.FirstStepName, x.When)
		}
		fmt.Fprintf(b, "- **%s**: %s; %s.\n", esc(x.Name), role, first)
	}
	b.WriteString("\n")
}

func writeShared(b *strings.Builder, p Plan) {
	var classes, exams []Shared
	for _, sh := range p.SharedCourses {
		if sh.CourseNeed == "not_required" {
			exams = append(exams, sh)
		} else {
			classes = append(classes, sh)
		}
	}
	b.WriteString("## Shared courses\n\n")
	if len(classes) == 0 {
		b.WriteString("No course is needed by two or more people.\n\n")
	} else {
		b.WriteString("Each could be one class. The money below counts each person's public price; an in-house class is priced by its trainer.\n\n")
		sharedList(b, classes)
	}
	if len(exams) > 0 {
		b.WriteString("### Same exam, no course required\n\n")
		b.WriteString("These ask for no course: each person takes the exam alone, in their own quarter.")
		if sameQuarter(exams) {
			b.WriteString(" Those who take it in the same quarter can share a study group.")
		}
		b.WriteString("\n\n")
		sharedList(b, exams)
	}
}

// sameQuarter reports whether two people of one group are placed in the
// same quarter.
func sameQuarter(list []Shared) bool {
	for _, sh := range list {
		seen := map[int]bool{}
		for _, t := range sh.Takers {
			if t.Quarter > 0 && seen[t.Quarter] {
				return true
			}
			seen[t.Quarter] = true
		}
	}
	return false
}

// sharedList lists shared certifications with who needs them and when.
func sharedList(b *strings.Builder, list []Shared) {
	for _, sh := range list {
		var who []string
		for _, t := range sh.Takers {
			who = append(who, fmt.Sprintf("%s (%s)", esc(t.Person), takerWhen(t)))
		}
		together := "not all of them within the plan"
		switch {
		case sh.CourseNeed == "not_required":
			// Each takes the exam alone, when it suits them: no
			// quarter they all share to speak of.
			together = ""
		case sh.AllFrom > 0 && len(sh.Takers) == 2:
			together = "both placed by Q" + fmt.Sprint(sh.AllFrom)
		case sh.AllFrom > 0:
			together = "all of them placed by Q" + fmt.Sprint(sh.AllFrom)
		case len(sh.Takers) == 2:
			together = "not both within the plan"
		}
		if together != "" {
			together = "; " + together
		}
		fmt.Fprintf(b, "- **%s** (%s), %s: %s%s.\n", sh.Name, sh.Cert, CountPeople(len(sh.Takers)), words.List(who), together)
	}
	b.WriteString("\n")
}

// takerWhen is when a person can take a shared course, in the words of
// the plan by quarter: "Q1, now", or "open now; placed in Q2, after PMP"
// where one step a quarter placed it later than it opens.
func takerWhen(t Taker) string {
	w := quarterName(t.Quarter) + ", " + t.When
	if t.PlacedAfter != "" {
		w = placedWhen(Slot{When: t.When, Quarter: t.Quarter, FromMonth: (t.Quarter-1)*3 + 1, PlacedAfter: t.PlacedAfter})
		w = strings.TrimSuffix(w, " (certpath plans one step a person a quarter)")
	}
	// Whether it is core or optional for them, and who pays, so that a
	// group mixing them reads as it is.
	var how []string
	if t.Kind == planner.KindOptional {
		how = append(how, "optional")
	}
	if t.SelfPaid {
		how = append(how, "pays for it themselves")
	}
	if len(how) > 0 {
		w = strings.Join(how, ", ") + "; " + w
	}
	return w
}

// quarterName is "Q2", or "later" for a step past the plan.
func quarterName(q int) string {
	if q == 0 {
		return "later"
	}
	return fmt.Sprintf("Q%d", q)
}

func writeQuarters(b *strings.Builder, p Plan) {
	b.WriteString("## Plan by quarter\n\n")
	if p.Budget.Given {
		fmt.Fprintf(b, "With the budget of %s, each step ends with where the budget puts it (see Budget below).\n\n", report.Dollars(p.Budget.AmountUSD))
	}
	if practised(p) {
		b.WriteString(PractiseFirst + "\n\n")
	}
	for _, q := range p.Quarters {
		fmt.Fprintf(b, "### Q%d (months %d to %d)\n\n", q.Number, q.FromMonth, q.ToMonth)
		exams := examsIn(p, q.Number)
		if len(q.Steps) == 0 && len(exams) == 0 {
			b.WriteString("Nothing planned.\n\n")
			continue
		}
		for _, e := range exams {
			fmt.Fprintf(b, "- **%s**: the %s exam (%s), at the earliest: after the %s in Q%d and the approved application\n", esc(e.Person), e.Name, e.Kind, words.Count(e.TrainingFirst.Hours, "hour"), e.Quarter)
		}
		for _, s := range q.Steps {
			line := slotLine(s, true)
			if s.Funding != "" {
				line += " · **" + fundingWords(s, p.Budget) + "**"
				if s.CostShared {
					line += " (cost shared)"
				}
			}
			fmt.Fprintf(b, "- %s\n", line)
		}
		b.WriteString("\n")
	}
	if len(p.Later) > 0 {
		fmt.Fprintf(b, "### After the %s, or not yet datable\n\n", words.Count(p.Months, "month"))
		for _, s := range p.Later {
			fmt.Fprintf(b, "- %s\n", slotLine(s, true))
		}
		b.WriteString("\n")
	}
}

// fundingWords is where the budget puts a step, in the plan by quarter's
// words, with what its kind leaves out: a step of two counted as the
// first ("counted in the budget as PSPO I; CSPO has no confirmed price"),
// a step reached for the part that has a figure ("...; no course price
// found").
func fundingWords(s Slot, m Budget) string {
	w := s.Funding.Words()
	if spent, ok := spentWords(s, m); ok {
		w = spent
	} else if s.Funding == FundCounted && s.Alternative != "" && !s.AlternativeConfirmed {
		first, other, _ := strings.Cut(s.Name, " or ")
		w = "counted in the budget as " + first + "; " + other + " is not counted"
	} else if estimated(s) && len(s.NoPriceFound) > 0 {
		w += " for what has a figure"
	}
	if estimated(s) && len(s.NoPriceFound) > 0 {
		w += "; no " + words.List(s.NoPriceFound) + " price found"
	}
	return w
}

// estimated reports a step on the cut line: reached or not on the
// lowest figures.
func estimated(s Slot) bool {
	return s.Funding == FundWithinEstimate || s.Funding == FundBeyondEstimate
}

// spentWords are where a step stands once the lowest figures spend what
// is left: a step with no price found of higher need than a reached one
// waits for its quote; a reached step is first only by the order of the
// files, or waits for the quotes of the steps ahead of it.
func spentWords(s Slot, m Budget) (string, bool) {
	if !m.Spent || len(m.UnpricedAhead) == 0 {
		return "", false
	}
	same := func(u Slot) bool { return u.member == s.member && u.position == s.position }
	safe := slices.ContainsFunc(m.SafeToBook, same)
	switch {
	case s.Funding == FundNoPriceFound && slices.ContainsFunc(m.UnpricedAhead, same):
		for _, g := range quoteGroups(m) {
			if !slices.ContainsFunc(g.steps, same) {
				continue
			}
			if len(g.steps) > 1 {
				return fmt.Sprintf("no price found, and no money set aside: on the lowest figures the steps above leave about %s, shared with the quotes for %s; past that they wait unless a step above is cut (see In short)", report.Dollars(max(g.room, 0)), words.List(names(slices.DeleteFunc(slices.Clone(g.steps), same)))), true
			}
			return fmt.Sprintf("no price found, and no money set aside: on the lowest figures the steps above leave about %s, and %s pushes out reached steps below it (see In short)", report.Dollars(max(g.room, 0)), anyQuoteOver(m.LeftUSD-sumEstimates(m.WithinEstimate))), true
		}
		return "no price found; waits for a quote (see In short)", true
	case s.Funding == FundWithinEstimate && safe && sameNeed(s, m.UnpricedAhead[0]):
		return "price not confirmed; within the budget on the lowest figures only by the order of the files: your choice (see In short)", true
	case s.Funding == FundWithinEstimate && !safe:
		return "price not confirmed; waits for the quotes of the steps ahead of it", true
	}
	return "", false
}

// examsIn are the steps whose exam comes in quarter q, after their
// training hours in an earlier one (PMP's exam in Q2 after the hours in
// Q1).
func examsIn(p Plan, q int) []Slot {
	var out []Slot
	for _, qq := range p.Quarters {
		for _, s := range qq.Steps {
			if s.TrainingFirst != nil && s.TrainingFirst.ExamFromQuarter == q {
				out = append(out, s)
			}
		}
	}
	return out
}

// practised reports whether PractiseFirst moved a step of the plan.
func practised(p Plan) bool {
	for _, q := range p.Quarters {
		if slices.ContainsFunc(q.Steps, func(s Slot) bool { return s.practise }) {
			return true
		}
	}
	return slices.ContainsFunc(p.Later, func(s Slot) bool { return s.practise })
}

// slotLine is a step in a list: "Ana: CSM (core), opens now".
func slotLine(s Slot, when bool) string {
	line := fmt.Sprintf("**%s**: %s (%s)", esc(s.Person), s.Name, s.Kind)
	if when {
		line += ", " + placedWhen(s)
	}
	if s.Note != "" {
		line += "; " + s.Note
	}
	return line + trainingFirst(s.TrainingFirst, s.Quarter)
}

// placedWhen is when a step opens and, where it is placed later, why:
// "open now; placed in Q2, after Leading SAFe (certpath plans one step a person a quarter)" where
// the person's step before took the quarter it opens in, "after SSM
// (placed from month 4)" otherwise.
func placedWhen(s Slot) string {
	switch {
	case s.Quarter == 0 || s.FromMonth <= 1:
		return s.When
	case s.PlacedAfter != "" && s.When == "now":
		return fmt.Sprintf("open now; placed in Q%d, after %s (certpath plans one step a person a quarter)", s.Quarter, s.PlacedAfter)
	case s.PlacedAfter != "":
		return fmt.Sprintf("%s; placed in Q%d, after %s (certpath plans one step a person a quarter)", s.When, s.Quarter, s.PlacedAfter)
	}
	return fmt.Sprintf("%s (placed from month %d)", s.When, s.FromMonth)
}

// trainingFirst says the hours of training a step asks before its exam,
// placed in the step's quarter, then the application the issuer approves
// and the exam, in the next quarter at the earliest: "; in Q1, the 35
// hours of project management education (S83, not confirmed), from a
// course priced by its trainer; then the application, which the issuer
// must approve, and the exam in Q2 at the earliest".
func trainingFirst(tr *Training, quarter int) string {
	if tr == nil {
		return ""
	}
	sure := "not confirmed"
	if tr.Confirmed {
		sure = "confirmed"
	}
	when := "first"
	if quarter > 0 {
		when = fmt.Sprintf("in Q%d,", quarter)
	}
	exam := "in the quarter after the hours at the earliest"
	switch {
	case tr.ExamFromQuarter > 0:
		exam = fmt.Sprintf("in Q%d at the earliest", tr.ExamFromQuarter)
	case quarter > 0:
		exam = "after the plan"
	}
	source := tr.Source
	if tr.Tier != "" {
		source += ", tier " + tr.Tier
	}
	if !tr.Confirmed {
		sure = "so not confirmed by the issuer"
	}
	return fmt.Sprintf("; %s the %s %s that the application asks for (required to apply; source %s, %s), from a course priced by its trainer; then the application, which the issuer must approve, and the exam %s", when, words.Count(tr.Hours, "hour"), tr.What, source, sure, exam)
}

func writeMoney(b *strings.Builder, p Plan) {
	m := p.Budget
	if m.Given {
		fmt.Fprintf(b, "## Budget: %s (%s)\n\n", report.Dollars(m.AmountUSD), Currency)
		fmt.Fprintf(b, "Steps are taken in the order of need listed below. Prices from the issuer (tier A) or an accredited trainer (tier B) are counted: %s%s, leaving %s.\n\n",
			report.Dollars(m.CountedUSD), countedTier(m), report.Dollars(m.LeftUSD))
		writeInShort(b, m, p)
		writeOrder(b, m)
		writeShares(b, m)
		b.WriteString("### Counted: prices from the issuer or an accredited trainer (tiers A and B)\n\n")
	} else {
		b.WriteString("## Cost\n\n")
		fmt.Fprintf(b, "No budget was given (--budget AMOUNT, in %s). The prices of course and exam from the issuer (tier A) or an accredited trainer (tier B) of the steps within the plan come to %s%s.\n\n", Currency, report.Dollars(m.CountedUSD), countedTier(m))
		writeShares(b, m)
		b.WriteString("### Confirmed prices\n\n")
	}
	priced(b, m.Fits, "Nothing with a confirmed price.")
	b.WriteString("### Price not confirmed, not counted\n\n")
	b.WriteString("These are in no confirmed sum: check each price with the issuer or trainer before booking.")
	if !m.Given || len(m.NotConfirmed) == 0 {
		b.WriteString("\n\n")
		priced(b, m.NotConfirmed, "None.")
	} else {
		writeCutLine(b, m)
	}
	if len(m.AfterCore) > 0 {
		b.WriteString("### Optional, once the core steps are priced\n\n")
		b.WriteString("Core steps above have no confirmed price yet and come first, so these optional steps are not counted until they are.\n\n")
		priced(b, m.AfterCore, "")
	}
	if len(m.SelfPaid) > 0 {
		b.WriteString("### Paid by the person\n\n")
		b.WriteString("Their answers say they pay for their own training, so these are in no sum of the team's.\n\n")
		priced(b, m.SelfPaid, "")
	}
	if m.Given {
		if len(m.Outside)+len(m.BeyondEstimate)+len(m.UnpricedBehind) == 0 {
			b.WriteString("### Outside the budget: none known yet\n\n")
		} else {
			b.WriteString("### Outside the budget\n\n")
		}
		priced(b, m.Outside, noneOutside(m))
	}
}

// writeInShort says first, with a budget, whether it covers the plan on
// the lowest figures found, what it reaches and what it does not, and
// what a quote for a step with no price found would move.
func writeInShort(b *strings.Builder, m Budget, p Plan) {
	total := m.CountedUSD + m.EstimatedUSD
	unpriced := len(m.NoPriceFound)
	if total == 0 && unpriced == 0 {
		return
	}
	before := ""
	if unpriced > 0 {
		before = fmt.Sprintf(", before any quote for the %s with no price found", CountSteps(unpriced))
		for _, part := range unpricedParts(m) {
			before += " or for " + part
		}
	}
	if m.Spent {
		fmt.Fprintf(b, "**In short:**\n\n- %s does not cover this plan: on the lowest figures found (the hopeful case), the steps with a figure come to about %s%s.", report.Dollars(m.AmountUSD), report.Dollars(total), before)
	} else {
		fmt.Fprintf(b, "**In short:**\n\n- The steps with a figure come to about %s of the %s (%s counted and about %s on the lowest figures found, the hopeful case, not confirmed)%s; none is known to be outside. The steps with no price found are not in this sum, so what is left is not spare money until their quotes are in.", report.Dollars(total), report.Dollars(m.AmountUSD), report.Dollars(m.CountedUSD), report.Dollars(m.EstimatedUSD), before)
	}
	writeThreeLines(b, m)
	if len(m.Fits) > 0 {
		fmt.Fprintf(b, "\n- Counted, on a price from the issuer or an accredited trainer: %s.", words.List(names(m.Fits)))
	}
	if reached := m.SafeToBook[len(m.Fits):]; len(reached) > 0 {
		lead := "Fund next"
		if writeTie(b, m) {
			lead = "With the files in the order given, fund next"
		}
		fmt.Fprintf(b, "\n- %s, on the lowest figures (not confirmed: check each price before booking it in its quarter): %s, which %s about %s.", lead, words.List(names(reached)), oneOr(len(reached), "leaves", "leave"), report.Dollars(m.LeftAfterSafeUSD))
	}
	writeQuotesFirst(b, m)
	writeSplitClasses(b, m, p.SharedCourses)
	if out := append(names(m.BeyondEstimate), names(m.UnpricedBehind)...); len(out) > 0 {
		fmt.Fprintf(b, "\n- Not reached on the lowest figures: %s.", words.List(out))
	}
	if len(m.AfterCore) > 0 {
		fmt.Fprintf(b, "\n- Optional steps wait until the core steps are priced: %s.", words.List(names(m.AfterCore)))
	}
	writeChoices(b, m)
	if m.RenewalsIfDueUSD > 0 {
		fmt.Fprintf(b, "\n- Check the dates on the certificates already held before booking: renewals that fall due this year (up to %s confirmed) come out of the same money.", report.Dollars(m.RenewalsIfDueUSD))
	}
	writeYearlyRenewals(b, m, p)
	switch {
	case m.CountedUSD > 0 && m.CountedTierBUSD == m.CountedUSD:
		fmt.Fprintf(b, "\n- The %s counted rests on an accredited trainer's figure (tier B), not the issuer's; the rest are the lowest figures found, none counted.", report.Dollars(m.CountedUSD))
	case m.CountedUSD > 0:
		fmt.Fprintf(b, "\n- Only the %s counted rests on figures from the issuer or an accredited trainer; the rest are the lowest figures found, none counted.", report.Dollars(m.CountedUSD))
	}
	b.WriteString("\n\n")
}

// writeSplitClasses says, once the figures spend what is left, which
// shared classes the budget splits: one person's seat is funded next and
// another's waits for quotes, so the second takes a later class.
func writeSplitClasses(b *strings.Builder, m Budget, shared []Shared) {
	if !m.Spent {
		return
	}
	order := orderOfNeed(m)
	var split []string
	var costs []string
	for _, sh := range shared {
		if sh.CourseNeed == "not_required" {
			continue
		}
		var at []int
		var who []string
		cost, priced := 0, true
		for i, s := range order {
			if s.Cert != sh.Cert {
				continue
			}
			at = append(at, i)
			who = append(who, fmt.Sprintf("%s, step %d", esc(s.Person), i+1))
			cost += s.EstimateUSD
			priced = priced && s.EstimateUSD > 0
		}
		if len(at) < 2 || at[len(at)-1]-at[0]+1 == len(at) {
			continue
		}
		split = append(split, fmt.Sprintf("%s (%s)", sh.Name, strings.Join(who, "; ")))
		if priced {
			already := 0
			for _, s := range m.SafeToBook {
				if s.Cert == sh.Cert {
					already += s.EstimateUSD
				}
			}
			costs = append(costs, fmt.Sprintf("the %s seats come to about %s on the lowest figures, which would leave about %s where %s", sh.Name, report.Dollars(cost), report.Dollars(max(m.LeftAfterSafeUSD-(cost-already), 0)), aloneLeaves(m, already)))
		} else {
			costs = append(costs, fmt.Sprintf("the %s seats need a quote", sh.Name))
		}
	}
	if len(split) == 0 {
		return
	}
	fmt.Fprintf(b, "\n- The order of need splits shared %s: %s. Keeping a class whole is your choice against that order: fund its seats together, ahead of the steps between them (%s); otherwise the later seat may fit only in a later public class.",
		oneOr(len(split), "class", "classes"), words.List(split), strings.Join(costs, "; "))
}

// aloneLeaves is what the steps safe to fund leave, said against keeping
// a class whole: "the first seat alone leaves about $1,805".
func aloneLeaves(m Budget, already int) string {
	if already == 0 {
		return "none of its seats is funded next, about " + report.Dollars(m.LeftAfterSafeUSD)
	}
	return "the first seat alone leaves about " + report.Dollars(m.LeftAfterSafeUSD)
}

// anyQuoteOver says how big a quote must be to push out a reached step:
// "any quote for it" when less than atTheLine is over, "a quote over
// $400" otherwise.
func anyQuoteOver(over int) string {
	if over < atTheLine {
		return "any quote for it"
	}
	return "a quote over " + report.Dollars(over)
}

// writeYearlyRenewals names the renewals that fall due within the plan
// whatever the day they were earned (a yearly one, over twelve months)
// but whose fee is not confirmed: a quote to ask for, paid from the same
// money as the steps.
func writeYearlyRenewals(b *strings.Builder, m Budget, p Plan) {
	if p.Months < 12 {
		return
	}
	var due []string
	for _, r := range p.Renewals {
		if r.EveryYears == 1 && !r.FeeConfirmed {
			due = append(due, esc(r.Person)+"'s "+r.Name)
		}
	}
	if len(due) == 0 {
		return
	}
	first := ""
	if n := len(m.WithinEstimate); m.Spent && n > 0 {
		first = fmt.Sprintf(" (%s is the first to give way)", names(m.WithinEstimate[n-1:])[0])
	}
	fmt.Fprintf(b, "\n- Ask the issuer for the renewal fee of %s: renewed every year, if that rule holds, it falls due within these %s, and it is paid from the same money%s.", words.List(due), words.Count(p.Months, "month"), first)
}

// writeChoices says, for each person with a step of two whose second has
// no confirmed price, that they choose first, the later pair following
// the earlier one: "Amara Nwosu chooses PSPO I then PSPO II, or CSPO then
// A-CSPO: ...".
func writeChoices(b *strings.Builder, m Budget) {
	byPerson := map[string][]Slot{}
	var order []string
	for _, s := range m.UnpricedParts {
		if _, _, two := strings.Cut(s.Name, " or "); !two || s.AlternativeConfirmed {
			continue
		}
		if byPerson[s.Person] == nil {
			order = append(order, s.Person)
		}
		byPerson[s.Person] = append(byPerson[s.Person], s)
	}
	for _, who := range order {
		var firsts, others []string
		for _, s := range byPerson[who] {
			first, other, _ := strings.Cut(s.Name, " or ")
			firsts, others = append(firsts, first), append(others, other)
		}
		figure := "has the figure"
		if len(firsts) > 1 {
			figure = "have the figures"
		}
		quote := "a quote"
		if len(others) > 1 {
			quote = "quotes"
		}
		freed := 0
		var places []string
		order := orderOfNeed(m)
		for _, s := range byPerson[who] {
			freed += max(s.CostUSD, s.EstimateUSD)
			i := slices.IndexFunc(order, func(u Slot) bool { return u.member == s.member && u.position == s.position })
			places = append(places, fmt.Sprintf("%d", i+1))
		}
		fmt.Fprintf(b, "\n- %s: %s %s used here. If %s takes %s instead, get %s first: %s in the order of need (%s below), so paid from the %s %s would have used and what the steps before %s leave.",
			esc(who), words.List(firsts), figure, esc(who), strings.Join(others, " then "), quote, takePlace(firsts), stepsNumbered(places), report.Dollars(freed), words.List(firsts), oneOr(len(firsts), "it", "them"))
	}
}

// stepsNumbered is "step 8" or "steps 8 and 12".
func stepsNumbered(n []string) string {
	if len(n) == 1 {
		return "step " + n[0]
	}
	return "steps " + words.List(n)
}

// takePlace says that the other of a pair takes the first's place: "it
// takes PSPO I's place", "they take PSPO I's and PSPO II's places".
func takePlace(firsts []string) string {
	if len(firsts) == 1 {
		return "it takes " + firsts[0] + "'s place"
	}
	var owned []string
	for _, f := range firsts {
		owned = append(owned, f+"'s")
	}
	return "they take " + words.List(owned) + " places"
}

// writeThreeLines says the decision in three lines before the detail:
// what to book now, which quotes to get first, and what waits.
func writeThreeLines(b *strings.Builder, m Budget) {
	var now, later, decide []Slot
	for _, s := range m.SafeToBook {
		switch {
		case m.Spent && len(m.UnpricedAhead) > 0 && !s.PriceConfirmed && sameNeed(s, m.UnpricedAhead[0]):
			decide = append(decide, s)
		case s.Quarter == 1 && s.TrainingFirst == nil:
			now = append(now, s)
		default:
			later = append(later, s)
		}
	}
	if len(now) > 0 {
		fmt.Fprintf(b, "\n- **Book now**, once each price is checked: %s.", words.List(names(now)))
	}
	if len(later) > 0 {
		fmt.Fprintf(b, "\n- **Set money aside, and book in its quarter:** %s.", words.List(names(later)))
	}
	if len(decide) > 0 {
		fmt.Fprintf(b, "\n- **Your decision before booking:** %s (see below: a tie that only the order of the files decides).", words.List(names(decide)))
	}
	quotes := append(names(m.UnpricedAhead), unpricedParts(m)...)
	if len(quotes) > 0 {
		fmt.Fprintf(b, "\n- **Get quotes first:** %s.", words.List(quotes))
	}
	var waits []Slot
	if m.Spent {
		waits = append(waits, m.WithinEstimate[len(m.SafeToBook)-len(m.Fits):]...)
	}
	waits = append(append(append(waits, m.BeyondEstimate...), m.UnpricedBehind...), m.AfterCore...)
	if len(waits) > 0 {
		fmt.Fprintf(b, "\n- **Waits** (for the quotes, or outside on the lowest figures): %s.", words.List(names(waits)))
	}
}

// unpricedParts names the parts no figure prices of steps the lowest
// figures reach: "the course of Rahul Mehta's PMP".
func unpricedParts(m Budget) []string {
	var out []string
	for _, s := range m.UnpricedParts {
		if len(s.NoPriceFound) > 0 && s.EstimateUSD > 0 {
			out = append(out, fmt.Sprintf("the %s of %s's %s", words.List(s.NoPriceFound), esc(s.Person), short2(s.Name)))
		}
	}
	return out
}

// writeQuotesFirst says which quotes to get before booking more: the
// steps with no price found of higher need than a step reached, and the
// unpriced parts of reached steps (PMP's course), and what must pay for
// them.
func writeQuotesFirst(b *strings.Builder, m Budget) {
	quotes := append(names(m.UnpricedAhead), unpricedParts(m)...)
	if len(quotes) == 0 {
		return
	}
	if !m.Spent {
		fmt.Fprintf(b, "\n- Get quotes for %s. If they come to %s or less, the plan fits on the lowest figures", words.List(quotes), report.Dollars(m.LeftAfterSafeUSD))
		if reached := m.SafeToBook[len(m.Fits):]; len(reached) > 0 {
			fmt.Fprintf(b, "; past that, a quote for a step of higher need pushes the steps funded above out from the last one up (first %s), and one for a step of lower need waits itself", names(reached[len(reached)-1:])[0])
		}
		b.WriteString(".")
		return
	}
	fmt.Fprintf(b, "\n- Get the quotes for %s before booking the steps they can push out (below).", words.List(quotes))
	rest := m.WithinEstimate[len(m.SafeToBook)-len(m.Fits):]
	if len(rest) == 0 {
		return
	}
	over := m.LeftAfterSafeUSD - sumEstimates(rest)
	if last := rest[len(rest)-1]; over < atTheLine {
		fmt.Fprintf(b, "\n- %s is at the line: any quote for a step above it pushes it out%s.", names([]Slot{last})[0], higherFigures(rest))
	}
	for _, g := range quoteGroups(m) {
		shared := ""
		if len(g.steps) > 1 {
			shared = ", one sum shared by them"
		}
		first := fmt.Sprintf("If %s more than %s, %s", oneOr(len(g.steps), "it comes to", "they come to"), report.Dollars(max(over, 0)), pushesOut(g.below, over))
		if over < atTheLine {
			first = fmt.Sprintf("Any quote for %s puts %s", oneOr(len(g.steps), "it", "them"), pushesOut(g.below, over))
			first = strings.Replace(first, " waits", " out", 1)
		}
		fmt.Fprintf(b, "\n- %s: %s paid from the about %s the steps above %s leave on the lowest figures%s%s; on the known figures that is all there is for %s. %s; more than %s, %s. What a step that waits would have used goes to the next one below that fits, in order of need.",
			words.List(names(g.steps)), oneOr(len(g.steps), "its quote is", "their quotes are"), report.Dollars(max(g.room, 0)), oneOr(len(g.steps), "it", "them"), shared, lessAbove(g.first), oneOr(len(g.steps), "it", "them"),
			first, report.Dollars(max(g.room, 0)), waitOrder(g.steps))
	}
}

// waitOrder says which of a group's steps wait once their quotes outgrow
// what is left for them: "it waits itself", or "they wait, the last in
// need first (Catherine Dubois's Leading SAFe, then ...), unless a step
// above them is cut".
func waitOrder(steps []Slot) string {
	if len(steps) == 1 {
		return "it waits itself, unless a step above it is cut"
	}
	var out []string
	for i := len(steps) - 1; i >= 0; i-- {
		out = append(out, names(steps[i : i+1])[0])
	}
	return "they wait, the last in need first (" + strings.Join(out, ", then ") + "), unless a step above them is cut"
}

// pushesOut says what a quote over each amount pushes out, the last of
// the reached steps below it first: "Tom Hughes's PSM II waits; more
// than $255, Daniel Okafor's POPM too; more than $1,250, Rahul Mehta's
// PMP too". over is what the reached steps leave.
func pushesOut(below []Slot, over int) string {
	var parts []string
	for i := len(below) - 1; i >= 0; i-- {
		who := names(below[i : i+1])[0]
		if i == len(below)-1 {
			parts = append(parts, who+" waits")
		} else {
			parts = append(parts, fmt.Sprintf("more than %s, %s too", report.Dollars(max(over, 0)), who))
		}
		over += below[i].EstimateUSD
	}
	return strings.Join(parts, "; ")
}

// quoteGroup is steps with no price found that rank above the same
// reached steps: their quotes share what the steps above them leave
// (room), and push out the ones below.
type quoteGroup struct {
	steps, below []Slot
	room         int
	first        bool
}

// quoteGroups groups the steps with no price found of higher need than a
// reached step by the reached steps they rank above.
func quoteGroups(m Budget) []quoteGroup {
	var out []quoteGroup
	for _, u := range m.UnpricedAhead {
		var below []Slot
		room := m.LeftUSD
		for _, r := range m.WithinEstimate {
			if needFirst(r, u) < 0 {
				room -= r.EstimateUSD
			} else {
				below = append(below, r)
			}
		}
		if n := len(out); n > 0 && len(out[n-1].below) == len(below) {
			out[n-1].steps = append(out[n-1].steps, u)
			continue
		}
		out = append(out, quoteGroup{steps: []Slot{u}, below: below, room: room, first: len(out) == 0})
	}
	return out
}

// lessAbove is what a later group's room is less: the quotes above it.
func lessAbove(first bool) string {
	if first {
		return ""
	}
	return ", less the quotes above"
}

// atTheLine is how little left over makes the last reached step wait on
// any quote at all: less than a day's course anywhere.
const atTheLine = 100

// higherFigures names, for the steps reached on a disputed price's lowest
// value, that a higher value would push out the last one too: ", as would
// Rahul Mehta's PMP at a higher figure its sources give".
func higherFigures(slots []Slot) string {
	var disputed []string
	for _, s := range slots {
		if s.Disputed {
			disputed = append(disputed, names([]Slot{s})[0])
		}
	}
	if len(disputed) == 0 {
		return ""
	}
	return ", as would " + words.List(disputed) + " at the higher figure its sources give"
}

// writeTie says when the steps safe to book are so only by the order of
// the files: the last of them ties on need with the first step held
// back for a quote.
func writeTie(b *strings.Builder, m Budget) bool {
	n := len(m.SafeToBook)
	if !m.Spent || len(m.UnpricedAhead) == 0 || n == len(m.Fits) || !sameNeed(m.SafeToBook[n-1], m.UnpricedAhead[0]) {
		return false
	}
	order := orderOfNeed(m)
	first, last := -1, -1
	for i, s := range order {
		if sameNeed(s, m.UnpricedAhead[0]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var tied []Slot
	for _, s := range m.SafeToBook[len(m.Fits):] {
		if sameNeed(s, m.UnpricedAhead[0]) {
			tied = append(tied, s)
		}
	}
	var others []Slot
	for _, s := range order[first : last+1] {
		if !slices.ContainsFunc(tied, func(u Slot) bool { return u.member == s.member && u.position == s.position }) {
			others = append(others, s)
		}
	}
	fmt.Fprintf(b, "\n- Your decision first: %s %s above %s only because %s file%s sorts first (steps %d to %d of the order of need below tie on need%s). To change that, give the files in the order you would fund them; to fund a step of another group first (the RTE your next PI Planning depends on, say, or a whole class), cut steps above it by hand.",
		words.List(names(tied)), oneOr(len(tied), "ranks", "rank"), words.List(names(others)), oneOr(len(tied), "its", "their"), oneOr(len(tied), "", "s"), first+1, last+1, strings.TrimSuffix(strings.Replace(otherTies(order, first, last), " (", "; ", 1), ")"))
	return true
}

// otherTies names the other groups of steps in the order of need that tie
// on need: " (steps 5 to 9 tie as well)". Only groups of two or more
// count.
func otherTies(order []Slot, skipFrom, skipTo int) string {
	var runs []string
	for i := 0; i < len(order); {
		j := i
		for j+1 < len(order) && sameNeed(order[j+1], order[i]) {
			j++
		}
		if j > i && (i != skipFrom || j != skipTo) {
			runs = append(runs, fmt.Sprintf("steps %d to %d", i+1, j+1))
		}
		i = j + 1
	}
	if len(runs) == 0 {
		return ""
	}
	return " (" + words.List(runs) + " tie as well)"
}

// writeOrder lists the team's steps in the order of need the budget
// walks, so that a reader sees the ranking that decides who is in.
func writeOrder(b *strings.Builder, m Budget) {
	all := orderOfNeed(m)
	if len(all) < 2 {
		return
	}
	b.WriteString("### Order of need\n\n")
	b.WriteString("This ranking decides who is in when the money runs short: " + NeedOrder + ". Confirmed prices are counted first, in this order; what is left then goes to the rest, in this order, on the lowest figures found.\n\n")
	nth := map[string]int{}
	for i, s := range all {
		nth[s.Person]++
		why := []string{string(s.Kind), "their " + ordinal(nth[s.Person]) + " step"}
		if s.NamedByPostings {
			why = append(why, "their postings name it")
		}
		why = append(why, heldWords(s.HeldBefore))
		fmt.Fprintf(b, "%d. **%s**: %s (%s)\n", i+1, esc(s.Person), s.Name, strings.Join(why, "; "))
	}
	b.WriteString("\n")
}

// NeedOrder is the order of need, said once where the budget walks it.
const NeedOrder = "core steps before optional ones, each person's earlier steps first, then those their postings name, then the steps of people who hold fewer certifications (a first certification before a further one), then the sooner quarter, then the order the files were given, which only breaks ties (give them in the order you would fund them; a folder's are read in name order). The ranking is certpath's: where you would fund differently, do; the figures and quotes it names still hold"

// heldWords says how many certifications a person holds already: "holds
// none yet", "holds one".
func heldWords(n int) string {
	if n == 0 {
		return "holds none yet"
	}
	return "holds " + words.Number(n)
}

// orderOfNeed is the team's steps the budget walks (not those people pay
// for themselves), in order of need.
func orderOfNeed(m Budget) []Slot {
	var all []Slot
	for _, list := range [][]Slot{m.Fits, m.NotConfirmed, m.Outside, m.AfterCore} {
		all = append(all, list...)
	}
	slices.SortStableFunc(all, needFirst)
	return all
}

// ordinal is "first" to "fifth", then "6th".
func ordinal(n int) string {
	if n >= 1 && n <= 5 {
		return []string{"first", "second", "third", "fourth", "fifth"}[n-1]
	}
	return fmt.Sprintf("%dth", n)
}

// partPhrases names the unpriced parts of counted or reached steps: "the
// course of Rahul Mehta's PMP", "CSPO, if Amara Nwosu takes it instead of
// PSPO I".
func partPhrases(m Budget) []string {
	var parts []string
	for _, s := range m.UnpricedParts {
		if first, other, two := strings.Cut(s.Name, " or "); two && !s.AlternativeConfirmed {
			parts = append(parts, fmt.Sprintf("%s, if %s takes it instead of %s", other, esc(s.Person), first))
			continue
		}
		parts = append(parts, fmt.Sprintf("the %s of %s's %s", words.List(s.NoPriceFound), esc(s.Person), s.Name))
	}
	return parts
}

// orList joins phrases: "a", "a or b", "a, b, or c".
func orList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " or " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", or " + items[len(items)-1]
}

// names are steps as the plan names them in a sentence: "Elena
// Petrova's RTE".
func names(slots []Slot) []string {
	out := []string{}
	for _, s := range slots {
		name := s.Name
		if first, _, two := strings.Cut(name, " or "); two && (s.PriceConfirmed || s.EstimateUSD > 0) && !s.AlternativeConfirmed {
			// Counted, or estimated, as the first of the two.
			name = first
		}
		if s.EstimateUSD > 0 && len(s.NoPriceFound) > 0 {
			// Reached on the figure of one part: "PMP (not its course)".
			name += " (not its " + words.List(s.NoPriceFound) + ")"
		}
		out = append(out, esc(s.Person)+"'s "+name)
	}
	return out
}

// writeCutLine says, with a budget, how far what is left goes on the
// lowest figures found, in order of need: the steps it reaches, those it
// does not, and those with a part no figure prices, which wait for a
// trainer's quote.
func writeCutLine(b *strings.Builder, m Budget) {
	fmt.Fprintf(b, " What is left of the budget, %s, is all there is for them.", report.Dollars(m.LeftUSD))
	if m.EstimatedUSD > 0 {
		fmt.Fprintf(b, " On the lowest figures found, none of them confirmed, those with a figure would come to about %s.", report.Dollars(m.EstimatedUSD))
	}
	b.WriteString("\n\n")
	if len(m.WithinEstimate) > 0 {
		fmt.Fprintf(b, "On the lowest figures, the %s left would reach these, in order of need:\n\n", report.Dollars(m.LeftUSD))
		priced(b, m.WithinEstimate, "")
		if ahead := unpricedAhead(m); ahead != "" {
			if m.Spent {
				b.WriteString("That holds only while nothing is paid for what has no price found. ")
			}
			b.WriteString(ahead + ".\n\n")
		}
	}
	if len(m.BeyondEstimate) > 0 {
		fmt.Fprintf(b, "On the lowest figures, the %s left does not reach these, in order of need: plan to cut or fund them.\n\n", report.Dollars(m.LeftUSD))
		priced(b, m.BeyondEstimate, "")
	}
	writeNoPriceFound(b, m)
}

// writeNoPriceFound lists the steps with no figure at all. With money
// left on the lowest figures, they share it; once it is spent, those of
// higher need than a reached step take their quote from the reached
// steps, and those of lower need than all of them are outside unless a
// step above is cut.
func writeNoPriceFound(b *strings.Builder, m Budget) {
	if len(m.NoPriceFound) == 0 {
		return
	}
	rest := m.LeftUSD - sumEstimates(m.WithinEstimate)
	if !m.Spent {
		fmt.Fprintf(b, "No price found for a course or exam of these, so they cannot be counted on: get a trainer's quote before booking; the lowest figures leave about %s for them and for the quotes named above, if they hold.\n\n", report.Dollars(rest))
		priced(b, m.NoPriceFound, "")
		return
	}
	if len(m.UnpricedAhead) > 0 {
		b.WriteString("No price found for a course or exam of these, and they rank higher in need than some steps reached above: get a trainer's quote before booking; a quote takes its money from the reached steps below them, from the last one up.\n\n")
		priced(b, m.UnpricedAhead, "")
	}
	if len(m.UnpricedBehind) > 0 {
		left := "nothing is left for them"
		if rest > 0 {
			left = "only about " + report.Dollars(rest) + " is left for them"
		}
		fmt.Fprintf(b, "No price found for a course or exam of these, and they rank lower in need than every step reached above: on the lowest figures %s, so they are outside the budget unless a step above is cut or comes in lower.\n\n", left)
		priced(b, m.UnpricedBehind, "")
	}
}

// unpricedAhead names what has no price found and would be paid out of
// what the reached steps use: the steps of higher need than a reached
// one (". Elena Petrova's RTE ... have no price found and rank higher in
// need than some of them: a quote for them is paid out of what these
// would use, from the last one up"), then the parts of counted or reached
// steps no figure prices (". So is a quote for the course of Rahul
// Mehta's PMP, and for CSPO if Amara Nwosu takes it instead of PSPO I");
// empty when there are none.
func unpricedAhead(m Budget) string {
	var out string
	paid := "paid out of what these would use, from the last one up"
	if !m.Spent {
		// The lowest figures leave money over: a quote takes that first.
		paid = fmt.Sprintf("paid out of the about %s these leave, and past that out of what these would use, from the last one up", report.Dollars(m.LeftUSD-sumEstimates(m.WithinEstimate)))
	}
	if len(m.UnpricedAhead) > 0 && m.Spent {
		// With money left over, the list of steps with no price found
		// below says what it leaves them; naming them here too is noise.
		var names []string
		for _, s := range m.UnpricedAhead {
			names = append(names, esc(s.Person)+"'s "+s.Name)
		}
		verb := "has no price found and ranks"
		if len(names) > 1 {
			verb = "have no price found and rank"
		}
		out = fmt.Sprintf("%s %s higher in need than some of them: a quote for one of them is paid out of what those below it would use, from the last one up (In short says how much each has)", words.List(names), verb)
	}
	parts := partPhrases(m)
	if len(parts) == 0 {
		return out
	}
	quotes := "a quote for " + parts[0]
	for i, part := range parts[1:] {
		sep := ", "
		if i == len(parts)-2 {
			sep = ", and "
		}
		quotes += sep + "one for " + part
	}
	if out != "" {
		return out + ". So is " + quotes
	}
	each := "each is"
	if len(parts) == 1 {
		each = "it is"
	}
	return words.Capitalize(quotes) + ": " + each + " " + paid
}

// noneOutside is what the budget's outside list says when no step with a
// confirmed price falls outside it: how many are not known to fit (past
// the cut line on the lowest figures, or with no price found), or that
// nothing is outside.
func noneOutside(m Budget) string {
	var out []string
	if outside := names(append(slices.Clone(m.BeyondEstimate), m.UnpricedBehind...)); len(outside) > 0 {
		out = append(out, "on the lowest figures, "+words.List(outside)+" "+oneOr(len(outside), "is", "are")+" outside")
	}
	switch n, ahead := len(m.NoPriceFound)-len(m.UnpricedBehind), len(m.UnpricedAhead); {
	case n == 0:
	case ahead == n && m.Spent:
		out = append(out, fmt.Sprintf("%s with no price found wait too unless their quotes fit in what is left for them (In short says how much), or a step above them is cut", words.List(names(m.UnpricedAhead))))
	case !m.Spent:
		out = append(out, fmt.Sprintf("%s %s no price found and share the about %s the lowest figures leave, with the quotes named above: none is known to be outside until the quotes are in", words.List(names(m.NoPriceFound)), oneOr(n, "has", "have"), report.Dollars(m.LeftUSD-sumEstimates(m.WithinEstimate))))
	default:
		out = append(out, fmt.Sprintf("%s with no price found may be (above)", CountSteps(n)))
	}
	confirmed := " Nothing with a confirmed price is outside."
	if len(m.AfterCore) > 0 && m.Spent {
		confirmed = fmt.Sprintf(" The optional steps with a confirmed price (%s) wait until the core steps are priced; on the lowest figures only about %s would be left for them.", words.List(names(m.AfterCore)), report.Dollars(max(m.LeftUSD-sumEstimates(m.WithinEstimate), 0)))
	}
	if len(out) == 0 {
		return "Nothing is outside the budget."
	}
	return words.Capitalize(strings.Join(out, "; ")) + "." + confirmed
}

// CountSteps counts steps: "one step", "two steps".
func CountSteps(n int) string {
	if n == 1 {
		return "one step"
	}
	return words.Number(n) + " steps"
}

// sumEstimates is what steps come to on their lowest figures.
func sumEstimates(slots []Slot) int {
	n := 0
	for _, s := range slots {
		n += s.EstimateUSD
	}
	return n
}

// writeShares names the people whose answers say they share the cost of
// their training: the team pays only its share, which certpath does not
// know, so their steps are counted, or estimated, at the full price.
func writeShares(b *strings.Builder, m Budget) {
	var who []string
	for _, list := range [][]Slot{m.Fits, m.NotConfirmed, m.Outside, m.AfterCore} {
		for _, s := range list {
			if name := esc(s.Person) + "'s"; s.CostShared && !slices.Contains(who, name) {
				who = append(who, name)
			}
		}
	}
	if len(who) == 0 {
		return
	}
	fmt.Fprintf(b, "%s answers say the cost of their training is shared; the team's share is not known, so their steps are estimated at the full price, each marked \"cost shared\".\n\n", words.Capitalize(words.List(who)))
}

// tierB is what a counted amount resting on a tier B source says beside it.
const tierB = "tier B: an accredited trainer's figure"

// countedTier says how much of the counted amount rests on tier B
// figures, not the issuer's: " (tier B: an accredited trainer's figure)"
// when all of it does, " ($200 of it tier B: ...)" when part does.
func countedTier(m Budget) string {
	switch {
	case m.CountedTierBUSD == 0:
		return ""
	case m.CountedTierBUSD == m.CountedUSD:
		return " (" + tierB + ")"
	}
	return fmt.Sprintf(" (%s of it %s)", report.Dollars(m.CountedTierBUSD), tierB)
}

// priced lists steps with their quarter and price.
func priced(b *strings.Builder, slots []Slot, none string) {
	if len(slots) == 0 {
		b.WriteString(none + "\n\n")
		return
	}
	for _, s := range slots {
		// Every figure names its sources and their tiers (the plan has
		// no list of sources): "$200 exam (S31, tier A)".
		price := s.Price
		if s.PriceConfirmed && s.Tier != "" {
			price += ", counted on the accredited trainer's figure (tier B), not the issuer's"
		}
		if s.AlternativePrice != "" {
			_, other, _ := strings.Cut(s.Name, " or ")
			price += "; " + other + ": " + s.AlternativePrice
		}
		if s.CostShared {
			price += "; cost shared: " + esc(s.Person) + " pays part"
		}
		when := quarterName(s.Quarter)
		if s.TrainingFirst != nil && s.TrainingFirst.ExamFromQuarter > 0 {
			// The hours in the step's quarter, the exam after them.
			when += fmt.Sprintf(" (exam Q%d)", s.TrainingFirst.ExamFromQuarter)
		}
		line := fmt.Sprintf("%s, %s: %s", slotLine(Slot{Person: s.Person, Name: s.Name, Kind: s.Kind}, false), when, price)
		if s.Note != "" {
			line += "; " + s.Note
		}
		fmt.Fprintf(b, "- %s\n", line)
	}
	b.WriteString("\n")
}

// esc makes a name from a file safe inside a markdown line that it does
// not start (every line here starts with "- " or "- **"): the marks that
// work mid-line are escaped, and a line break is a space. A name reads
// as typed ("Ana-Maria O. #2"), not full of backslashes.
func esc(s string) string {
	var b strings.Builder
	for _, r := range strings.NewReplacer("\r", " ", "\n", " ").Replace(s) {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CountPeople counts people: "one person", "13 people".
func CountPeople(n int) string {
	if n == 1 {
		return "one person"
	}
	return words.Number(n) + " people"
}

// writeRenewals lists the certifications people already hold that must be
// renewed, undated: certpath does not ask when they were earned.
func writeRenewals(b *strings.Builder, p Plan) {
	if len(p.Renewals) == 0 {
		return
	}
	b.WriteString("## Renewals of certifications already held\n\n")
	b.WriteString("These are in no quarter and not in the plan's totals: certpath does not ask when a certification was earned, so it cannot say when each falls due; the date on each certificate, or in the issuer's account, would tell.\n\n")
	for _, r := range p.Renewals {
		cycle := "how often is not known"
		switch {
		case r.EveryYears == 1:
			cycle = "every year"
		case r.EveryYears > 1:
			cycle = "every " + words.Count(r.EveryYears, "year")
		}
		fee := r.Fee
		if r.FeeConfirmed {
			fee += ", confirmed, tier " + r.Tier
		}
		due := ""
		switch {
		case r.Due != DueUnknown:
			due = " " + words.Capitalize(r.Due) + "."
		case r.EveryYears == 1 && p.Months >= 12:
			// Whatever day it was earned, a yearly renewal falls due
			// once in any twelve months.
			due = fmt.Sprintf(" If it is renewed every year, it falls due within these %s, whatever the day it was earned.", words.Count(p.Months, "month"))
		}
		fmt.Fprintf(b, "- **%s**: %s, %s: %s; fee %s.%s\n", esc(r.Person), r.Name, cycle, r.Asks, fee, due)
	}
	b.WriteString("\n")
}

// writePastLineIfDue names the reached steps that would fall past the
// line on the lowest figures if every confirmed renewal fee fell due.
func writePastLineIfDue(b *strings.Builder, m Budget) {
	if len(m.PastLineIfRenewalsDue) == 0 {
		return
	}
	var names []string
	for _, s := range m.PastLineIfRenewalsDue {
		names = append(names, esc(s.Person)+"'s "+s.Name)
	}
	fmt.Fprintf(b, " On the lowest figures, %s would then fall past the line.", words.List(names))
}

// renewalTiers labels the confirmed renewal fees summed with their tier:
// ", tier A", or ", tiers A and B".
func renewalTiers(list []Renewal) string {
	var tiers []string
	for _, r := range list {
		if r.FeeConfirmed && !slices.Contains(tiers, r.Tier) {
			tiers = append(tiers, r.Tier)
		}
	}
	switch len(tiers) {
	case 0:
		return ""
	case 1:
		return ", tier " + tiers[0]
	}
	slices.Sort(tiers)
	return ", tiers " + words.List(tiers)
}

// countedFor names the steps whose prices are counted: "PSPO I", "PSPO I
// and PSM I"; "nothing" when none is.
func countedFor(m Budget) string {
	var names []string
	for _, s := range m.Fits {
		if n := short2(s.Name); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "nothing"
	}
	return words.List(names)
}

// writeRenewalsIfDue says, with a budget, what the held certifications'
// renewals would cost if all fell due within the plan, apart from what is
// counted.
func writeRenewalsIfDue(b *strings.Builder, p Plan) {
	if !p.Budget.Given || len(p.Renewals) == 0 {
		return
	}
	usd, unsure := ifAllDue(p.Renewals)
	b.WriteString("### Renewals, if they fall due\n\n")
	fmt.Fprintf(b, "If every renewal of a certification already held fell due within the %s, the confirmed fees would come to %s%s (each person pays one Scrum Alliance fee for all their Scrum Alliance certifications). They would come on top of the %s counted for %s; none of them is known to fall due, and the dates on the certificates would tell.",
		words.Count(p.Months, "month"), report.Dollars(usd), renewalTiers(p.Renewals), report.Dollars(p.Budget.CountedUSD), countedFor(p.Budget))
	switch left := p.Budget.LeftUSD; {
	case usd == 0:
	case usd <= left:
		fmt.Fprintf(b, " If they all did, the %s left would be %s", report.Dollars(left), report.Dollars(left-usd))
		if quotes := p.Budget.LeftAfterSafeUSD; !p.Budget.Spent && quotes > 0 {
			fmt.Fprintf(b, ", and the about %s the lowest figures leave for quotes about %s", report.Dollars(quotes), report.Dollars(max(quotes-usd, 0)))
		}
		b.WriteString(".")
	default:
		fmt.Fprintf(b, " If they all did, they would be %s more than the %s left.", report.Dollars(usd-left), report.Dollars(left))
	}
	writePastLineIfDue(b, p.Budget)
	if len(unsure) > 0 {
		var names []string
		for _, r := range unsure {
			names = append(names, esc(r.Person)+"'s "+r.Name)
		}
		fmt.Fprintf(b, " The fees of %s are not confirmed or were not found, and are in no sum.", words.List(names))
	}
	b.WriteString("\n\n")
}

// oneOr is one for a count of one, many otherwise: a word that agrees
// with its count ("has" or "have", "it" or "them").
func oneOr(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// fromDay is the plan's first day in words ("7 Dec 2026"), or "today"
// where it is not known.
func fromDay(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "today"
	}
	return t.Format("2 Jan 2006")
}
