package planner_test

import (
	"math/rand/v2"
	"testing"

	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
)

// BenchmarkEvaluate times one person's whole evaluation: scores, close
// call, situation and path, over generated answers.
func BenchmarkEvaluate(b *testing.B) {
	bank := testbank.Bank()
	r := rand.New(rand.NewPCG(1, 2))
	people := make([]questions.Answers, 200)
	for i := range people {
		people[i] = testbank.Random(r, bank)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		planner.Evaluate(bank, people[i%len(people)])
	}
}
