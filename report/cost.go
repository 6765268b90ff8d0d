package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/words"
)

// pathCostSentence states the path's money once, below its steps: the total
// of the confirmed prices of its core steps, true whichever of each pair
// ("PSM I or CSM") is taken; what is left out of it (prices not confirmed,
// sources that disagree, prices not published), named in the words of the
// steps above; the optional and alternative steps, never in the total; and
// the yearly renewals the path stacks. The sources it cites go to cites.
func pathCostSentence(lib *content.Library, path []planner.Step, cites *content.Cites) string {
	var choices [][]content.Cert
	var beside []string
	for _, st := range path {
		step := stepCerts(lib, st)
		switch {
		case len(step) == 0:
			continue
		case st.Kind == planner.KindOptional || st.Kind == planner.KindAlternative:
			beside = append(beside, string(st.Kind)+" "+certShorts(step, " or "))
			continue
		}
		choices = append(choices, step)
	}
	if len(choices)+len(beside) == 0 {
		return ""
	}
	var out []string
	total := false
	if len(choices) > 0 {
		var sentence string
		sentence, total = totalSentence(lib, choices)
		out = append(out, sentence)
	}
	switch {
	case len(choices) == 0:
		out = append(out, fmt.Sprintf("No step of this path is on your own track, so there is no total over three years; the %s is priced on its own line.", words.List(beside)))
	case !total:
		// No total to leave the optional and alternative steps out of.
	case len(beside) == 1:
		out = append(out, fmt.Sprintf("The %s is not in it.", beside[0]))
	case len(beside) > 1:
		out = append(out, fmt.Sprintf("The %s are not in it.", words.List(beside)))
	}
	if r := renewalSentence(lib, path, cites); r != "" {
		out = append(out, r)
	}
	if sharedRenewal(choices) {
		out = append(out, "One Scrum Alliance renewal fee covers every Scrum Alliance certification you hold, so the total counts the highest level's fee, not each step's.")
	}
	return strings.Join(out, " ")
}

// sharedRenewal reports whether two core steps of the path (first of each
// pair) are Scrum Alliance certifications that renew: their renewal fees,
// shown on each step, are paid once.
func sharedRenewal(choices [][]content.Cert) bool {
	n := 0
	for _, step := range choices {
		if c := step[0]; c.Issuer == catalog.IssuerScrumAlliance && c.RenewalYears > 0 {
			n++
		}
	}
	return n > 1
}

// stepCerts are a step's certifications: the one it names, and its
// alternative in "X or Y".
func stepCerts(lib *content.Library, st planner.Step) []content.Cert {
	var out []content.Cert
	if c, ok := lib.Cert(st.Cert); ok {
		out = append(out, c)
		if alt, ok := lib.Cert(st.Alternative); ok {
			out = append(out, alt)
		}
	}
	return out
}

// certShorts joins certifications' short names with sep.
func certShorts(certs []content.Cert, sep string) string {
	var names []string
	for _, c := range certs {
		names = append(names, c.Short)
	}
	return strings.Join(names, sep)
}

// totalSentence is the core steps' confirmed total over three years, the
// same for every choice of each pair, a range, or the figure for the first
// of each pair, named; then what is left out of it, by state. total is
// false when no price is confirmed, so there is no total.
func totalSentence(lib *content.Library, choices [][]content.Cert) (sentence string, total bool) {
	var firsts []content.Cert
	var picked []string
	for _, step := range choices {
		firsts = append(firsts, step[0])
		if len(step) > 1 {
			picked = append(picked, step[0].Short)
		}
	}
	known := lib.PathCost(firsts).ConfirmedUSD
	low, high, allConfirmed := pathCostRange(lib, choices)
	left := leftOut(lib, choices)
	switch {
	case allConfirmed && low == high:
		return fmt.Sprintf("The whole path costs $%d over three years, renewals included.", low), true
	case allConfirmed:
		return fmt.Sprintf("The whole path costs $%d to $%d over three years, renewals included, depending on which of each pair you take.", low, high), true
	}
	var s string
	switch {
	case known == 0:
		// Every price is left out: the steps' lines say each one.
		s = "no price on this path is confirmed, so there is no total over three years."
	default:
		s = fmt.Sprintf("the confirmed prices on this path come to $%d over three years (left out: %s).", known, left)
	}
	if len(picked) == 0 || low == high {
		// The total is the same whichever of each pair is taken.
		return words.Capitalize(s), known > 0
	}
	return "With " + words.List(picked) + ", " + s, known > 0
}

// pathCostRange is the lowest and highest confirmed three-year total over
// every choice of one certification per step, and whether every part of
// every choice is confirmed: a part that costs nothing only if an
// unconfirmed rule holds is not.
func pathCostRange(lib *content.Library, choices [][]content.Cert) (low, high int, allConfirmed bool) {
	low, allConfirmed = -1, true
	var walk func(i int, picked []content.Cert)
	walk = func(i int, picked []content.Cert) {
		if i == len(choices) {
			cost := lib.PathCost(picked)
			allConfirmed = allConfirmed && cost.Settled()
			if n := cost.ConfirmedUSD; low < 0 || n < low {
				low = n
			}
			high = max(high, cost.ConfirmedUSD)
			return
		}
		for _, c := range choices[i] {
			walk(i+1, append(picked[:i:i], c))
		}
	}
	walk(0, nil)
	return low, high, allConfirmed
}

// leftOut names the prices of the core steps that are in no total, by
// state in the order the steps' lines say them: "PSM II's exam fee, not
// confirmed; the course price of CSM and CSPO, not published".
func leftOut(lib *content.Library, choices [][]content.Cert) string {
	var out, states []string
	count := 0
	for _, state := range []content.PriceState{content.PriceNotConfirmed, content.PriceDisagree, content.PriceNotPublished} {
		// Certifications whose parts in this state are the same are named
		// together.
		var keys []string
		byNouns := map[string][]string{}
		for _, step := range choices {
			for _, c := range step {
				var nouns []string
				for _, p := range lib.Cost(c).Unsettled() {
					if p.State == state {
						nouns = append(nouns, p.Noun())
					}
				}
				key := words.List(nouns)
				if key == "" || contains(byNouns[key], c.Short) {
					continue
				}
				if byNouns[key] == nil {
					keys = append(keys, key)
				}
				byNouns[key] = append(byNouns[key], c.Short)
			}
		}
		var items []string
		for _, key := range keys {
			if names := byNouns[key]; len(names) == 1 {
				items = append(items, names[0]+"'s "+key)
			} else {
				items = append(items, "the "+key+" of "+words.List(names))
			}
		}
		if len(items) > 0 {
			out = append(out, words.List(items)+", "+state.Words())
			states = append(states, map[content.PriceState]string{content.PriceDisagree: "on which sources disagree"}[state])
			if states[len(states)-1] == "" {
				states[len(states)-1] = state.Words()
			}
			count += len(items)
		}
	}
	if count > maxLeftOut {
		// A long list would take the glance over: each step's line
		// already says which of its prices are which.
		return "the prices " + strings.Join(states, " or ") + ", which each step names"
	}
	return strings.Join(out, "; ")
}

// maxLeftOut is how many groups of prices the path's cost names as left
// out of its total; past it the sentence says which kinds, and the steps
// name them.
const maxLeftOut = 3

// contains reports whether names holds name.
func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// renewalSentence says, when the path holds two or more certifications that
// lapse after a year unless renewed, so in one sentence with what is known:
// the rule's sources; how often the others of their issuers renew ("SSM
// every 2 years", S6), or that no source gives the rule (LPM); and each fee
// in the cost's words. Empty otherwise.
func renewalSentence(lib *content.Library, path []planner.Step, cites *content.Cites) string {
	var yearly, others []content.Cert
	for _, st := range path {
		for _, c := range stepCerts(lib, st) {
			if c.RenewalYears == 1 && lib.RenewalRuleKnown(c) {
				yearly = append(yearly, c)
			} else {
				others = append(others, c)
			}
		}
	}
	if len(yearly) < 2 {
		return ""
	}
	var names []string
	var rule content.Figure
	for _, c := range yearly {
		names = append(names, c.Short)
		current, _, _ := c.Renewal.On(lib.Now())
		rule = append(rule, current...)
	}
	s := fmt.Sprintf("%s each lapse after a year unless renewed%s", words.List(names), markers(cites, rule))
	var besides []content.Cert
	var notes []string
	for _, c := range others {
		current, _, _ := c.Renewal.On(lib.Now())
		switch {
		case !sameIssuer(c, yearly):
		case c.RenewalYears == 1:
			notes = append(notes, c.Short+": no source gives its rule")
			besides = append(besides, c)
		case c.RenewalYears > 1:
			notes = append(notes, fmt.Sprintf("%s every %d years%s", c.Short, c.RenewalYears, markers(cites, current)))
		}
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
	}
	return s + "; renewal fee " + renewalFees(lib, append(yearly, besides...), cites) + "."
}

// renewalFees says each certification's renewal fee in the cost's words,
// those nobody publishes together: "not published for Leading SAFe and
// LPM; POPM $100 a year [S42], not confirmed (tier C)".
func renewalFees(lib *content.Library, certs []content.Cert, cites *content.Cites) string {
	var unpublished, fees []string
	for _, c := range certs {
		renewal, _ := lib.Cost(c).Part("renewals")
		if renewal.State == content.PriceNotPublished {
			unpublished = append(unpublished, c.Short)
			continue
		}
		fees = append(fees, c.Short+" "+renewal.Words(cites))
	}
	if len(unpublished) > 0 {
		fees = append([]string{content.PriceNotPublished.Words() + " for " + words.List(unpublished)}, fees...)
	}
	return strings.Join(fees, "; ")
}

// sameIssuer reports whether c has the issuer of one of certs.
func sameIssuer(c content.Cert, certs []content.Cert) bool {
	for _, x := range certs {
		if x.Issuer == c.Issuer {
			return true
		}
	}
	return false
}

// markers is " [S2]" for the values' sources, recorded in cites.
func markers(cites *content.Cites, values content.Figure) string {
	if m := cites.Markers(values); m != "" {
		return " " + m
	}
	return ""
}
