package report

import (
	"fmt"

	"certpath/content"
	"certpath/planner"
	"certpath/words"
)

// budgetSentence tells someone who gave this year's budget what to take
// first and what can wait: the core steps open now, in the path's order,
// on the confirmed prices of their course and exam (renewals fall due in
// later years). A step whose course or exam price is not confirmed is
// named apart, to be checked against what is left, never counted as if
// known. "" when no budget was given or no core step opens now.
func budgetSentence(lib *content.Library, o planner.Outcome) string {
	if o.Budget.USD <= 0 {
		return ""
	}
	var fit, wait, unsure []string
	left := o.Budget.USD
	for _, st := range o.Path {
		c, ok := lib.Cert(st.Cert)
		if !ok || st.Kind != planner.KindCore || !st.Opens.Ready() {
			continue
		}
		usd, sure := firstYear(lib.Cost(c))
		switch {
		case !sure:
			unsure = append(unsure, c.Short)
		case usd <= left:
			left -= usd
			fit = append(fit, c.Short+" ("+dollars(usd)+")")
		default:
			wait = append(wait, c.Short+" ("+dollars(usd)+")")
		}
	}
	if len(fit)+len(wait)+len(unsure) == 0 {
		return ""
	}
	s := fmt.Sprintf("Budget up to %s this year:", dollars(o.Budget.USD))
	switch len(fit) {
	case 0:
	case 1:
		if len(wait)+len(unsure) == 0 {
			s += " " + fit[0] + " fits it."
		} else {
			s += " take " + fit[0] + " first."
		}
	default:
		s += " take " + words.List(fit) + ", in that order."
	}
	if len(wait) > 0 {
		s += " " + words.List(wait) + " can wait for next year's."
	}
	if len(unsure) > 0 {
		if len(unsure) == 1 {
			s += " " + unsure[0] + " has no confirmed price, so check it against what is left."
		} else {
			s += " " + words.List(unsure) + " have no confirmed price, so check them against what is left."
		}
	}
	return s
}

// firstYear is what a certification costs in the year it is taken: its
// course and exam, and whether both prices are confirmed.
func firstYear(c content.Cost) (usd int, sure bool) {
	sure = true
	for _, p := range c.Parts {
		if p.What == "renewals" {
			continue
		}
		if p.Known && p.Amount == 0 {
			// Nothing to pay by its rule: a course that is not required,
			// an exam included in the course.
			continue
		}
		if p.State != content.PriceConfirmed {
			sure = false
			continue
		}
		usd += p.Amount
	}
	return usd, sure
}

// dollars writes an amount as prices are written: $1,500.
func dollars(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return "$" + s
}
