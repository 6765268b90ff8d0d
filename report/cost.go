package report

import (
	"fmt"
	"strings"

	"certpath/content"
	"certpath/planner"
	"certpath/words"
)

// pathCostSentence states the path's money once, below its steps: the total
// of the confirmed prices of its core steps, true whichever of each pair
// ("PSM I or CSM") is taken; what is left out of it (prices not confirmed,
// sources that disagree, prices not published), named in the words of the
// steps above; and the optional and alternative steps, never in the total.
// The sources it cites go to cites.
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
	if len(choices) > 0 {
		out = append(out, totalSentence(lib, choices))
	}
	switch {
	case len(choices) == 0:
		out = append(out, fmt.Sprintf("No step of this path is on your own track, so there is no total over three years; the %s is priced on its own line.", words.List(beside)))
	case len(beside) == 1:
		out = append(out, fmt.Sprintf("The %s is not in it.", beside[0]))
	case len(beside) > 1:
		out = append(out, fmt.Sprintf("The %s are not in it.", words.List(beside)))
	}
	return strings.Join(out, " ")
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
// of each pair, named; then what is left out of it, by state.
func totalSentence(lib *content.Library, choices [][]content.Cert) string {
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
		return fmt.Sprintf("The whole path costs $%d over three years, renewals included.", low)
	case allConfirmed:
		return fmt.Sprintf("The whole path costs $%d to $%d over three years, renewals included, depending on which of each pair you take.", low, high)
	}
	var s string
	switch {
	case known == 0:
		// Every price is left out: the steps' lines say each one.
		s = "no price on this path is confirmed, so there is no total over three years."
	case len(lib.PathCost(firsts).Apart()) == 0:
		s = fmt.Sprintf("the whole path costs $%d over three years, renewals included (left out: %s).", known, left)
	default:
		s = fmt.Sprintf("the confirmed prices on this path come to $%d over three years (left out: %s).", known, left)
	}
	if len(picked) == 0 {
		return words.Capitalize(s)
	}
	return "With " + words.List(picked) + ", " + s
}

// pathCostRange is the lowest and highest confirmed three-year total over
// every choice of one certification per step, and whether every part of
// every choice is confirmed (or costs nothing).
func pathCostRange(lib *content.Library, choices [][]content.Cert) (low, high int, allConfirmed bool) {
	low, allConfirmed = -1, true
	var walk func(i int, picked []content.Cert)
	walk = func(i int, picked []content.Cert) {
		if i == len(choices) {
			cost := lib.PathCost(picked)
			allConfirmed = allConfirmed && len(cost.Apart()) == 0
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
	var out []string
	for _, state := range []content.PriceState{content.PriceNotConfirmed, content.PriceDisagree, content.PriceNotPublished} {
		// Certifications whose parts in this state are the same are named
		// together.
		var keys []string
		byNouns := map[string][]string{}
		for _, step := range choices {
			for _, c := range step {
				var nouns []string
				for _, p := range lib.Cost(c).Apart() {
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
		}
	}
	return strings.Join(out, "; ")
}

// contains reports whether names holds name.
func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
