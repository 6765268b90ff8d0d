package testbank

import (
	"math/rand/v2"
	"slices"

	"certpath/catalog"
	"certpath/questions"
)

// Random draws one complete answer set from the bank: every single choice,
// frequency and allocation, some options of each multiple choice, and, for
// the certifications held, often a ladder's lower levels too, so that
// advanced holders are common. An optional single choice (the years in
// role) is left out a third of the time. The same generator and bank give
// the same answers.
func Random(r *rand.Rand, b questions.Bank) questions.Answers {
	a := questions.Answers{}
	for _, q := range b.Questions {
		switch q.Kind.(type) {
		case questions.SingleChoice:
			if q.Optional && r.IntN(3) == 0 {
				continue
			}
			a[q.ID] = questions.Answer{Choice: q.Options[r.IntN(len(q.Options))].ID}
		case questions.Frequency:
			a[q.ID] = questions.Answer{Level: r.IntN(len(questions.FrequencyLevels()))}
		case questions.Allocation:
			a[q.ID] = questions.Answer{Allocation: randomWeek(r, q)}
		case questions.MultiChoice:
			a[q.ID] = questions.Answer{Choices: randomPicks(r, q, b.Catalog)}
		}
	}
	return a
}

// randomWeek spreads 100% over up to four of an allocation's options.
func randomWeek(r *rand.Rand, q questions.Question) map[string]int {
	alloc := map[string]int{}
	left := 100
	for n := r.IntN(4); n >= 0 && left > 0; n-- {
		o := q.Options[r.IntN(len(q.Options))].ID
		take := left
		if n > 0 {
			take = 5 * (1 + r.IntN(left/5))
		}
		alloc[o] += take
		left -= take
	}
	return alloc
}

// randomPicks chooses up to three options of a multiple choice, "none"
// when it chose nothing; for certifications held, half the time with the
// lower levels of the first one's track from the same issuer.
func randomPicks(r *rand.Rand, q questions.Question, cat catalog.Catalog) []string {
	var picks []string
	for range r.IntN(4) {
		o := q.Options[r.IntN(len(q.Options))]
		if !o.Exclusive && !slices.Contains(picks, o.ID) {
			picks = append(picks, o.ID)
		}
	}
	if q.Certs == questions.CertsHeld && len(picks) > 0 && r.IntN(2) == 0 {
		c, _ := cat.Lookup(catalog.CertID(picks[0]))
		for _, x := range cat.Certs() {
			if x.Rules.Track == c.Rules.Track && x.Issuer == c.Issuer && x.Rules.Level < c.Rules.Level && !slices.Contains(picks, string(x.ID)) {
				picks = append(picks, string(x.ID))
			}
		}
	}
	if len(picks) == 0 {
		picks = []string{q.Options[0].ID}
		if _, ok := q.Option("none"); ok {
			picks = []string{"none"}
		}
	}
	return picks
}
