// Package scoring scores answers against the role profiles: each answered
// question adds its kind's contributions, and a close call names the single
// changes of answer that would swap the top two. Pure Go, on the bank and the
// answers alone.
package scoring

import (
	"cmp"
	"math"
	"slices"

	"certpath/catalog"
	"certpath/postings"
	"certpath/questions"
)

// Contribution records one answer moving one profile or framework, so that the
// results can say which answers moved what.
type Contribution struct {
	QuestionID string  `json:"question"`
	OptionID   string  `json:"option,omitempty"`
	Points     float64 `json:"points"`
}

// ProfileScore is a profile's total and the contributions behind it.
type ProfileScore struct {
	ID    catalog.ProfileID `json:"id"`
	Name  string            `json:"name"`
	Score float64           `json:"score"`
	// Share is the profile's share of all positive points, in percent.
	Share         float64        `json:"share"`
	Contributions []Contribution `json:"contributions"`
}

// FrameworkScore is a framework context's total and what moved it.
type FrameworkScore struct {
	ID            catalog.Framework `json:"id"`
	Score         float64           `json:"score"`
	Contributions []Contribution    `json:"contributions"`
}

// Result is the scored quiz: profiles best first, framework contexts best
// first. It depends only on the bank and the answers, never on the order in
// which answers were given.
type Result struct {
	Profiles   []ProfileScore   `json:"profiles"`
	Frameworks []FrameworkScore `json:"frameworks"`
}

// Top returns the best-scoring profile.
func (r Result) Top() ProfileScore { return r.Profiles[0] }

// Framework returns the leading framework context, or Scrum when nothing
// pointed anywhere: plain Scrum certifications are the neutral default.
func (r Result) Framework() catalog.Framework {
	if len(r.Frameworks) == 0 || r.Frameworks[0].Score <= 0 {
		return catalog.Scrum
	}
	return r.Frameworks[0].ID
}

// FrameworkScore returns the score of one framework context.
func (r Result) FrameworkScore(f catalog.Framework) float64 {
	for _, s := range r.Frameworks {
		if s.ID == f {
			return s.Score
		}
	}
	return 0
}

// Score adds up every answered question's contributions. Questions are walked
// in bank order and ties keep the canonical profile order, so the result is
// deterministic. questions.Answers to unknown questions are ignored; callers validate
// answers first when they need to report them.
func Score(b questions.Bank, answers questions.Answers) Result {
	return New(b, answers).Score(answers)
}

// Scorer scores answers to one bank. Each answered question is scored once
// when it is made (the postings analysed once), so scoring a variation with
// one answer changed (a close call) scores only that answer again.
type Scorer struct {
	b    questions.Bank
	base map[string]questions.Scored
}

// New scores every answered question of a bank once.
func New(b questions.Bank, answers questions.Answers) Scorer {
	s := Scorer{b: b, base: map[string]questions.Scored{}}
	for _, q := range b.Questions {
		if a, ok := answers[q.ID]; ok {
			s.base[q.ID] = q.Kind.Score(q, a)
		}
	}
	return s
}

// Postings is the analysis of the postings question, if it was answered
// with postings.
func (sc Scorer) Postings() *postings.Report {
	for _, q := range sc.b.Questions {
		if r := sc.base[q.ID].Postings; r != nil {
			return r
		}
	}
	return nil
}

// Score adds up the answers the scorer was made with.
func (sc Scorer) Score(answers questions.Answers) Result {
	profiles := map[catalog.ProfileID][]Contribution{}
	frameworks := map[catalog.Framework][]Contribution{}
	for _, q := range sc.b.Questions {
		a, ok := answers[q.ID]
		if !ok {
			continue
		}
		scored, ok := sc.base[q.ID]
		if !ok {
			scored = q.Kind.Score(q, a)
		}
		for _, p := range scored.Parts {
			for id, w := range p.Effect.Profiles {
				if pts := round2(w * p.Share); pts != 0 {
					profiles[id] = append(profiles[id], Contribution{q.ID, p.OptionID, pts})
				}
			}
			for id, w := range p.Effect.Frameworks {
				if pts := round2(w * p.Share); pts != 0 {
					frameworks[id] = append(frameworks[id], Contribution{q.ID, p.OptionID, pts})
				}
			}
		}
	}
	var r Result
	for _, p := range catalog.Profiles() {
		r.Profiles = append(r.Profiles, ProfileScore{ID: p.ID, Name: p.Name, Score: total(profiles[p.ID]), Contributions: sortedContribs(profiles[p.ID])})
	}
	for _, f := range catalog.Frameworks() {
		r.Frameworks = append(r.Frameworks, FrameworkScore{ID: f, Score: total(frameworks[f]), Contributions: sortedContribs(frameworks[f])})
	}
	slices.SortStableFunc(r.Profiles, func(a, b ProfileScore) int { return cmp.Compare(b.Score, a.Score) })
	shares(&r)
	slices.SortStableFunc(r.Frameworks, func(a, b FrameworkScore) int { return cmp.Compare(b.Score, a.Score) })
	return r
}

func total(cs []Contribution) float64 {
	t := 0.0
	for _, c := range cs {
		t += c.Points
	}
	return round2(t)
}

// sortedContribs puts the largest contributions first; equal ones keep bank
// order, which the caller already walked in.
func sortedContribs(cs []Contribution) []Contribution {
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b Contribution) int { return cmp.Compare(b.Points, a.Points) })
	return out
}

// round2 keeps scores to two decimals so that float noise never reorders ties.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// shares sets each profile's share of all positive points, in percent.
func shares(r *Result) {
	total := 0.0
	for _, p := range r.Profiles {
		total += math.Max(0, p.Score)
	}
	for i := range r.Profiles {
		if total > 0 {
			r.Profiles[i].Share = math.Round(1000*math.Max(0, r.Profiles[i].Score)/total) / 10
		}
	}
}
