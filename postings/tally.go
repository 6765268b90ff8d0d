package postings

import (
	"certpath/catalog"
	"cmp"
	"slices"
)

// tally gathers one posting's evidence as the matcher finds it: one
// Evidence per signal, counted or negated, in the order first found.
type tally struct {
	text           string
	found, negated []*Evidence // by signal id
	order          []int       // ids of found, in the order first found
}

func newTally(text string, signals int) *tally {
	return &tally{text: text, found: make([]*Evidence, signals), negated: make([]*Evidence, signals)}
}

// record counts the signal c matched at toks[i:]: as evidence, as negated,
// or not at all for words that are not work or not the role's section.
func (t *tally) record(toks []token, i int, c *compiled) {
	n := len(c.keys)
	first, last := &toks[i], &toks[i+n-1]
	if c.sig.Ignore || first.section == asideSection {
		return
	}
	neg := first.section == deniedSection || isNegated(toks, i, i+n)
	target := t.found
	if neg {
		target = t.negated
	}
	ev := target[c.id]
	if ev == nil {
		ev = &Evidence{Phrase: asWritten(t.text[first.start:last.end]), LexiconPhrase: c.sig.Phrase, RoleName: c.sig.RoleName,
			Profiles: c.sig.Profiles, Frameworks: c.sig.Frameworks, Cert: c.sig.Cert, Outside: c.sig.Outside}
		target[c.id] = ev
		if !neg {
			t.order = append(t.order, c.id)
		}
	}
	factor := 1.0
	if first.title {
		factor = titleFactor
		ev.InTitle = true
	}
	ev.Count++
	ev.Points += factor * c.weight
	// Matches come in text order, so a line seen before is the last one.
	if line := int(first.line); len(ev.Lines) == 0 || ev.Lines[len(ev.Lines)-1] != line {
		ev.Lines = append(ev.Lines, line)
	}
	ev.Spans = append(ev.Spans, [2]int{int(first.start), int(last.end)})
}

// result is the posting's analysis: the evidence, best first, the negated
// signals in text order, and the profiles' and frameworks' shares.
func (t *tally) result(name string) PostingAnalysis {
	out := PostingAnalysis{Name: name}
	profilePts := map[catalog.ProfileID]float64{}
	frameworkPts := map[catalog.Framework]float64{}
	for _, id := range t.order {
		ev := t.found[id]
		factor := ev.Points / weightOf(Signal{Profiles: ev.Profiles, Frameworks: ev.Frameworks})
		for p, w := range ev.Profiles {
			profilePts[p] += w * factor
		}
		for f, w := range ev.Frameworks {
			frameworkPts[f] += w * factor
		}
		out.names(ev)
		ev.Points = round2(ev.Points)
		out.Evidence = append(out.Evidence, *ev)
	}
	for _, ev := range t.negated {
		if ev != nil {
			ev.Points = 0
			out.Negated = append(out.Negated, *ev)
		}
	}
	slices.SortFunc(out.Negated, func(x, y Evidence) int { return cmp.Compare(x.Spans[0][0], y.Spans[0][0]) })
	slices.SortStableFunc(out.Evidence, func(x, y Evidence) int { return cmp.Compare(y.Points, x.Points) })
	out.Profiles, out.Frameworks = shares(profilePts, frameworkPts)
	return out
}
