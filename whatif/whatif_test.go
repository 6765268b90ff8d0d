package whatif_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
	"certpath/whatif"
)

// TestFlipLinesAreTrue walks generated people (as the planner's property
// test draws them): every flip listed, applied, gives the first step it
// states, and every candidate that changes the first step is listed: among
// the three shown, or ranked below them.
func TestFlipLinesAreTrue(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	r := rand.New(rand.NewPCG(37, 2026))
	var people []questions.Answers
	for range 60 {
		people = append(people, testbank.Random(r, b))
	}
	// The people written blind: fewer close calls, some stable paths.
	for _, p := range testbank.People(t, b, "../planner/testdata/people") {
		people = append(people, p.Answers)
	}
	shown, stable := 0, 0
	for i, a := range people {
		o := planner.Evaluate(b, a)
		res := whatif.Find(b, a, o)
		flipsHold(t, i, b, a, res)
		everyFlipListed(t, i, b, a, o, res)
		if n := len(res.Shown()); n > whatif.MaxShown || slices.ContainsFunc(res.Shown(), func(f whatif.Flip) bool { return f.Repeat }) {
			t.Fatalf("person %d: %d lines shown, or a repeat among them", i, n)
		}
		shown += len(res.Shown())
		if res.Stable() {
			stable++
		}
	}
	// The walk must meet both kinds of people, or it proves little.
	if shown == 0 || stable == 0 {
		t.Errorf("flips shown %d, stable paths %d: the walk meets only one kind of person", shown, stable)
	}
	t.Logf("flips shown %d, stable paths %d", shown, stable)
}

// flipsHold checks that every flip, applied, gives the first step it
// states.
func flipsHold(t *testing.T, i int, b questions.Bank, a questions.Answers, res whatif.Result) {
	t.Helper()
	for _, f := range res.Flips {
		after := planner.Evaluate(b, whatif.Apply(a, f.Candidate)).Path
		if f.HasFirst != (len(after) > 0) || f.HasFirst && (after[0].Cert != f.First.Cert || after[0].Opens != f.First.Opens) {
			t.Errorf("person %d: %s=%v is said to start with %s, but the path starts %v", i, f.Question, f.Answer, f.First.Cert, after)
		}
	}
}

// everyFlipListed checks that every candidate that changes the first
// step (other than by walking the path) is among the flips.
func everyFlipListed(t *testing.T, i int, b questions.Bank, a questions.Answers, o planner.Outcome, res whatif.Result) {
	t.Helper()
	listed := func(c whatif.Candidate) bool {
		return slices.ContainsFunc(res.Flips, func(f whatif.Flip) bool { return f.Change == c.Change && f.Question == c.Question })
	}
	for _, c := range whatif.Candidates(b, a) {
		after := planner.Evaluate(b, whatif.Apply(a, c)).Path
		changed := !whatif.Follows(o.Path, after) && (len(after) != len(o.Path) && (len(after) == 0 || len(o.Path) == 0) ||
			len(after) > 0 && len(o.Path) > 0 && (after[0].Cert != o.Path[0].Cert || after[0].Alternative != o.Path[0].Alternative))
		if changed && !listed(c) {
			t.Errorf("person %d: %s (%s) changes the first step but is not listed", i, c.Question, c.Change)
		}
	}
}

// TestCandidatesAreNearby: years only grow, a certification held is never
// given back, and no candidate is "rather not say" or an invalid answer.
func TestCandidatesAreNearby(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	a := testbank.Persona(questions.Answers{questions.QAgileMonths: {Choice: "24to35"}, questions.QHeldCerts: {Choices: []string{"csm"}}, questions.QRoleMonths: {Choice: "unsaid"}})
	for _, c := range whatif.Candidates(b, a) {
		q, _ := b.Question(c.Question)
		if err := q.Check(c.Answer); err != nil {
			t.Errorf("%s: %v", c.Change, err)
		}
		switch c.Question {
		case questions.QAgileMonths:
			if !slices.Contains([]string{"36to59", "60plus"}, c.Answer.Choice) {
				t.Errorf("agile months candidate %q", c.Answer.Choice)
			}
		case questions.QHeldCerts:
			if !slices.Contains(c.Answer.Choices, "csm") {
				t.Errorf("held candidate gives CSM back: %v", c.Answer.Choices)
			}
		case questions.QRoleMonths, questions.QDegree, questions.QPayer, questions.QBudget:
			if c.Answer.Choice == "unsaid" || c.Answer.Choice == "unsure" {
				t.Errorf("%s candidate says nothing: %q", c.Question, c.Answer.Choice)
			}
		}
	}
}

// BenchmarkFind times one person's flip lines: ns/op is the wall time,
// cpu-ms/op the CPU time over all threads, which other work on the
// machine does not inflate.
func BenchmarkFind(b *testing.B) {
	bank := testbank.Bank()
	r := rand.New(rand.NewPCG(1, 2))
	people := make([]questions.Answers, 50)
	outcomes := make([]planner.Outcome, len(people))
	for i := range people {
		people[i] = testbank.Random(r, bank)
		outcomes[i] = planner.Evaluate(bank, people[i])
	}
	b.ResetTimer()
	start, ok := cpuTime()
	n := 0
	for i := 0; b.Loop(); i++ {
		whatif.Find(bank, people[i%len(people)], outcomes[i%len(people)])
		n++
	}
	if end, _ := cpuTime(); ok && n > 0 {
		b.ReportMetric(float64(end-start)/float64(n)/1e6, "cpu-ms/op")
	}
}
