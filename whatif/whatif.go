// Package whatif finds the single changes of a person's answers that would
// change their path's first step or when it opens: the flip lines under the
// results. It tries the nearby alternatives of each answer the planner
// reads (the kinds' own one-step changes, trimmed to what could really
// happen: more months, not fewer; a certification more, never one less),
// runs the same planner on each, and ranks the ones that change the start.
// The words are written in package report. Pure Go, no terminal.
package whatif

import (
	"cmp"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"certpath/planner"
	"certpath/questions"
)

// MaxShown is how many flips the results list.
const MaxShown = 3

// Candidate is one single change of an answer: the question, the answer it
// would have, and the kind's description of the change.
type Candidate struct {
	Question string
	Answer   questions.Answer
	Change   string
	// Added and Removed are the option of a multiple choice the change adds
	// or takes out, Option the option a single choice would have.
	Added, Removed, Option string
	// distance is how far the change goes: bands of years or levels moved,
	// 1 for any other change.
	distance int
	order    int
}

// Flip is a candidate that changes the path's start, with the first step
// the path would then have (none when the path would be empty).
type Flip struct {
	Candidate
	First    planner.Step
	HasFirst bool
	// Repeat marks a flip that starts the path as an earlier flip of the
	// same question does (a band further): ranked last, never shown.
	Repeat bool
}

// Result is every flip found, ranked (the first MaxShown are shown), and
// how many candidates were tried.
type Result struct {
	Flips []Flip
	Tried int
}

// Shown are the flips the results list: the first MaxShown that are no
// repeat. Every other flip ranks below them.
func (r Result) Shown() []Flip {
	n := slices.IndexFunc(r.Flips, func(f Flip) bool { return f.Repeat })
	if n < 0 {
		n = len(r.Flips)
	}
	return r.Flips[:min(n, MaxShown)]
}

// Stable reports that no nearby change moves the path's start.
func (r Result) Stable() bool { return len(r.Flips) == 0 }

// Questions are the answers a what-if offers to change, by ID in bank
// order: every one but the pasted postings, whose text is not changed a
// line at a time. The screens' what-if view and accessible mode's list
// both offer these.
func Questions(b questions.Bank) []string {
	var ids []string
	for _, q := range b.Questions {
		if _, text := q.Kind.(questions.Postings); !text {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// Candidates lists the nearby single changes of the answers, in bank order:
// for each question the planner reads, the kind's alternatives, without
// those that cannot happen or say nothing (fewer months, a certification
// given back, "rather not say"), and for a scale only the next level up or
// down. Where the week goes and pasted postings are not tried: no single
// answer there is a change a person weighs.
func Candidates(b questions.Bank, a questions.Answers) []Candidate {
	var out []Candidate
	for _, q := range b.Questions {
		switch q.Kind.(type) {
		case questions.SingleChoice:
			out = append(out, singleCandidates(q, a[q.ID])...)
		case questions.MultiChoice:
			out = append(out, multiCandidates(q, a[q.ID])...)
		case questions.Frequency:
			out = append(out, frequencyCandidates(q, a[q.ID])...)
		}
	}
	for i := range out {
		out[i].order = i
	}
	return out
}

// singleCandidates are the other options that say something; in a
// question of years, only the bands above the answer.
func singleCandidates(q questions.Question, ans questions.Answer) []Candidate {
	idx := func(id string) int {
		return slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.ID == id })
	}
	from := -1
	if cur, _ := q.Option(ans.Choice); cur.Months != nil {
		from = idx(cur.ID)
	}
	var out []Candidate
	for _, alt := range q.Kind.Alternatives(q, ans) {
		o, _ := q.Option(alt.Answer.Choice)
		if !says(o) {
			continue
		}
		c := Candidate{Question: q.ID, Answer: alt.Answer, Change: alt.Change, Option: o.ID, distance: 1}
		if q.Tenure != "" {
			// Years only grow: the bands above the answer, the nearest
			// first (from no answer, the lowest first).
			if cur, _ := q.Option(ans.Choice); o.Months == nil || cur.Months != nil && *o.Months <= *cur.Months {
				continue
			}
			c.distance = idx(o.ID) - from
		}
		out = append(out, c)
	}
	return out
}

// multiCandidates add an option, or take one out; certifications held are
// only ever added.
func multiCandidates(q questions.Question, ans questions.Answer) []Candidate {
	var out []Candidate
	for _, alt := range q.Kind.Alternatives(q, ans) {
		c := Candidate{Question: q.ID, Answer: alt.Answer, Change: alt.Change, distance: 1}
		for _, id := range alt.Answer.Choices {
			if !slices.Contains(ans.Choices, id) {
				c.Added = id
			}
		}
		for _, id := range ans.Choices {
			if !slices.Contains(alt.Answer.Choices, id) {
				if o, _ := q.Option(id); !o.Exclusive {
					c.Removed = id
				}
			}
		}
		if c.Added == "" && q.Certs == questions.CertsHeld {
			continue
		}
		out = append(out, c)
	}
	return out
}

// frequencyCandidates are the levels next to the answer.
func frequencyCandidates(q questions.Question, ans questions.Answer) []Candidate {
	var out []Candidate
	for _, alt := range q.Kind.Alternatives(q, ans) {
		if d := alt.Answer.Level - ans.Level; d == 1 || d == -1 {
			out = append(out, Candidate{Question: q.ID, Answer: alt.Answer, Change: alt.Change, distance: 1})
		}
	}
	return out
}

// says reports whether an option tells the planner anything: "rather not
// say" and "not sure" do not.
func says(o questions.Option) bool {
	return len(o.Traits) > 0 || o.Cert != "" || len(o.Certs) > 0 || o.Months != nil || o.Budget != nil || o.BudgetFrom > 0 ||
		len(o.Effect.Profiles) > 0 || len(o.Effect.Frameworks) > 0
}

// Apply is the answers with one candidate's change made.
func Apply(a questions.Answers, c Candidate) questions.Answers {
	out := maps.Clone(a)
	out[c.Question] = c.Answer
	return out
}

// Find tries every candidate with the planner and keeps those that change
// the first step of o's path or when it opens (but only walk it: see
// Follows), ranked: a first step the person can start now before one that
// waits, then by the answer's priority, the nearest change first, then bank
// order; among those, each question's first flip comes before a
// second flip of a question already listed, so the lines shown are three
// different answers.
func Find(b questions.Bank, a questions.Answers, o planner.Outcome) Result {
	cands := Candidates(b, a)
	res := Result{Tried: len(cands)}
	before, had := first(o.Path)
	paths := evaluateAll(b, a, cands)
	for i, c := range cands {
		path := paths[i]
		after, has := first(path)
		if (has != had || has && !sameStart(before, after)) && !Follows(o.Path, path) {
			res.Flips = append(res.Flips, Flip{Candidate: c, First: after, HasFirst: has})
		}
	}
	slices.SortStableFunc(res.Flips, compare)
	res.Flips = questionsFirst(res.Flips)
	return res
}

// Follows reports whether a path after a change is the path before it
// with its first step taken: holding the first step (or its alternative)
// walks the path, it does not change it.
func Follows(before, after []planner.Step) bool {
	if len(before) == 0 || len(after) != len(before)-1 {
		return false
	}
	for i, st := range after {
		if st.Cert != before[i+1].Cert || st.Alternative != before[i+1].Alternative {
			return false
		}
	}
	return true
}

// priority lists the answers whose flips come first, among those as ready:
// the ones that change with time or effort (years, certifications,
// education), then the organization and what the postings ask for; every
// other answer follows in bank order.
var priority = []string{questions.QAgileMonths, questions.QRoleMonths, questions.QHeldCerts, questions.QDegree,
	questions.QOrgSAFe, questions.QPostingCerts, questions.QPostingSAFe, questions.QPostingSpan, questions.QTeamsProduct}

// rank is a question's place in priority, len(priority) for the others.
func rank(id string) int {
	if i := slices.Index(priority, id); i >= 0 {
		return i
	}
	return len(priority)
}

// evaluateAll runs the planner on each candidate, on as many cores as Go
// runs on: each run reads the bank and the answers and writes nothing they
// share.
func evaluateAll(b questions.Bank, a questions.Answers, cands []Candidate) [][]planner.Step {
	paths := make([][]planner.Step, len(cands))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(cands)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(cands); i = int(next.Add(1)) - 1 {
				paths[i] = planner.Evaluate(b, Apply(a, cands[i])).Path
			}
		})
	}
	wg.Wait()
	return paths
}

// compare ranks two flips: open now first, then by the answer's priority,
// the nearer change, and bank order.
func compare(x, y Flip) int {
	ready := func(f Flip) int {
		if f.HasFirst && f.First.Opens.Ready() {
			return 0
		}
		return 1
	}
	return cmp.Or(cmp.Compare(ready(x), ready(y)), cmp.Compare(rank(x.Question), rank(y.Question)), cmp.Compare(x.distance, y.distance), cmp.Compare(x.order, y.order))
}

// questionsFirst puts each question's best flip first, then the flips
// that start the path differently from every earlier flip of their
// question, then the repeats (a band further that gives the same start),
// keeping the order within each group.
func questionsFirst(flips []Flip) []Flip {
	var groups [3][]Flip
	seen := map[string][]Flip{}
	for _, f := range flips {
		g := 0
		switch {
		case slices.ContainsFunc(seen[f.Question], f.sameAs):
			g = 2
		case len(seen[f.Question]) > 0:
			g = 1
		}
		seen[f.Question] = append(seen[f.Question], f)
		groups[g] = append(groups[g], f)
	}
	return slices.Concat(groups[0], groups[1], markRepeats(groups[2]))
}

// markRepeats marks flips that repeat another's start.
func markRepeats(flips []Flip) []Flip {
	for i := range flips {
		flips[i].Repeat = true
	}
	return flips
}

// sameAs reports whether two flips start the path the same way.
func (f Flip) sameAs(g Flip) bool {
	return f.HasFirst == g.HasFirst && sameStart(f.First, g.First)
}

// first is a path's first step.
func first(path []planner.Step) (planner.Step, bool) {
	if len(path) == 0 {
		return planner.Step{}, false
	}
	return path[0], true
}

// sameStart reports whether two first steps are the same certification (or
// pair), opening the same way.
func sameStart(x, y planner.Step) bool {
	return x.Cert == y.Cert && x.Alternative == y.Alternative && x.Opens == y.Opens
}

// ChangesFirst reports whether a flip changes which certification comes
// first, not only when it opens.
func (f Flip) ChangesFirst(before planner.Step) bool {
	return !f.HasFirst || f.First.Cert != before.Cert || f.First.Alternative != before.Alternative
}
