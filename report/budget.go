package report

import (
	"fmt"
	"strings"

	"certpath/content"
	"certpath/planner"
	"certpath/words"
)

// budgetSentence tells someone who gave this year's budget what to take
// first and what can wait: the core steps open now, in the path's order,
// on the confirmed prices of their course and exam (renewals fall due in
// later years), counted against what the person surely has, the bottom of
// the band they gave ($500 of "$500 to $1,500"; under $500, its top). A
// step past that but within the band's top fits only toward the top. A
// step whose course or exam price is not confirmed is named apart, to be
// checked against what is left, never counted as if known. "" when no
// budget was given or no core step opens now.
func budgetSentence(lib *content.Library, o planner.Outcome) string {
	if o.Budget.USD <= 0 {
		return ""
	}
	var fit, maybe, wait, unsure []string
	sure := o.Budget.USD
	if o.Budget.FromUSD > 0 {
		sure = o.Budget.FromUSD
	}
	left, top := sure, o.Budget.USD
	for _, st := range o.Path {
		c, ok := lib.Cert(st.Cert)
		if !ok || st.Kind != planner.KindCore || !st.Opens.Ready() {
			continue
		}
		usd, confirmed, _ := FirstYear(lib.Cost(c))
		named := c.Short + " (" + dollars(usd) + ")"
		switch {
		case !confirmed:
			unsure = append(unsure, c.Short)
		case usd <= left:
			left, top = left-usd, top-usd
			fit = append(fit, named)
		case usd <= top:
			top -= usd
			maybe = append(maybe, named)
		default:
			wait = append(wait, named)
		}
	}
	if len(fit)+len(maybe)+len(wait)+len(unsure) == 0 {
		return ""
	}
	return budgetHead(o.Budget) + budgetFits(fit, len(maybe)+len(wait)+len(unsure) > 0) + budgetRest(maybe, wait, unsure, sure)
}

// budgetHead names the band the person gave: "Budget of $500 to $1,500
// this year:", "Budget under $500 this year:".
func budgetHead(b planner.Budget) string {
	if b.FromUSD > 0 {
		return fmt.Sprintf("Budget of %s to %s this year:", dollars(b.FromUSD), dollars(b.USD))
	}
	return fmt.Sprintf("Budget under %s this year:", dollars(b.USD))
}

// budgetFits says what to take: one step that fits is not "first" when
// nothing else is said.
func budgetFits(fit []string, more bool) string {
	switch {
	case len(fit) == 0:
		return ""
	case len(fit) == 1 && !more:
		return " " + fit[0] + " fits it."
	case len(fit) == 1:
		return " take " + fit[0] + " first."
	}
	return " take " + words.List(fit) + ", in that order."
}

// budgetRest says what fits only toward the band's top, what can wait and
// what has no confirmed price.
func budgetRest(maybe, wait, unsure []string, sure int) string {
	var s string
	if len(maybe) > 0 {
		s += fmt.Sprintf(" %s fits only if you have more than %s.", words.List(maybe), dollars(sure))
	}
	if len(wait) > 0 {
		s += " " + words.List(wait) + " can wait for next year's."
	}
	switch len(unsure) {
	case 0:
	case 1:
		s += " " + unsure[0] + " has no confirmed price, so check it against what is left."
	default:
		s += " " + words.List(unsure) + " have no confirmed price, so check them against what is left."
	}
	return s
}

// FirstYear is what a certification costs in the year it is taken: its
// course and exam, and whether both prices are confirmed. An unconfirmed
// part is never in usd: with sure false, usd is only what is confirmed.
// estimate is the same cost on the lowest figure found for each part that
// has one, confirmed or not (a disagreement's lowest value among them), to
// plan with and never to count; the parts with no figure at all are named
// by NoFigure, and are in no estimate.
func FirstYear(c content.Cost) (usd int, sure bool, estimate int) {
	sure = true
	for _, p := range c.Parts {
		if !inFirstYear(p) {
			continue
		}
		if p.State == content.PriceConfirmed {
			usd += p.Amount
			estimate += p.Amount
			continue
		}
		sure = false
		estimate += lowestFigure(p)
	}
	return usd, sure, estimate
}

// NoFigure names the parts of the first year ("course", "exam") that may
// cost something and have no figure at all: no estimate covers them.
func NoFigure(c content.Cost) []string {
	var out []string
	for _, p := range c.Parts {
		if inFirstYear(p) && p.State != content.PriceConfirmed && lowestFigure(p) == 0 {
			out = append(out, p.Kind)
		}
	}
	return out
}

// CountedTier is the weakest tier of the sources behind the confirmed
// amounts FirstYear counts: "B" where one rests on an accredited trainer
// or a publication, not the issuer; "" where every one is the issuer's.
func CountedTier(c content.Cost) string {
	for _, p := range c.Parts {
		if inFirstYear(p) && p.State == content.PriceConfirmed && len(p.Figures) > 0 && !strings.HasPrefix(p.Figures[0].Tier, "A") {
			return p.Figures[0].Tier
		}
	}
	return ""
}

// inFirstYear reports a part paid in the year a certification is taken
// that may cost something: not the renewals, nor a part that costs
// nothing by its rule (a course that is not required, an exam included in
// the course).
func inFirstYear(p content.Part) bool {
	return p.Kind != "renewals" && !(p.Known && p.Amount == 0)
}

// lowestFigure is the lowest amount a part's figures give, 0 when none
// gives one.
func lowestFigure(p content.Part) int {
	low := 0
	for _, f := range p.Figures {
		if f.Amount > 0 && (low == 0 || f.Amount < low) {
			low = f.Amount
		}
	}
	return low
}

// Dollars writes an amount as prices are written: $1,500.
func Dollars(n int) string { return dollars(n) }

// dollars writes an amount as prices are written: $1,500.
func dollars(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return "$" + s
}
