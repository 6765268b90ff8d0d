package questions

import (
	"cmp"
	"math"
	"slices"
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
	ID            ProfileID      `json:"id"`
	Name          string         `json:"name"`
	Score         float64        `json:"score"`
	Contributions []Contribution `json:"contributions"`
}

// FrameworkScore is a framework context's total and what moved it.
type FrameworkScore struct {
	ID            Framework      `json:"id"`
	Score         float64        `json:"score"`
	Contributions []Contribution `json:"contributions"`
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
func (r Result) Framework() Framework {
	if len(r.Frameworks) == 0 || r.Frameworks[0].Score <= 0 {
		return Scrum
	}
	return r.Frameworks[0].ID
}

// FrameworkScore returns the score of one framework context.
func (r Result) FrameworkScore(f Framework) float64 {
	for _, s := range r.Frameworks {
		if s.ID == f {
			return s.Score
		}
	}
	return 0
}

// Score adds up every answered question's contributions. Questions are walked
// in bank order and ties keep the canonical profile order, so the result is
// deterministic. Answers to unknown questions are ignored; callers validate
// answers first when they need to report them.
func Score(b Bank, answers Answers) Result {
	return newScorer(b, answers).score(answers)
}

// scorer scores answers to one bank. The postings are analysed once when it
// is made, so scoring many variations of the answers (close calls) does not
// read the postings again.
type scorer struct {
	b        Bank
	postings map[string]Effect
	// reports are the postings analyses, by question.
	reports map[string]PostingsReport
}

func newScorer(b Bank, answers Answers) scorer {
	s := scorer{b: b, postings: map[string]Effect{}, reports: map[string]PostingsReport{}}
	var an *Analyzer
	for _, q := range b.Questions {
		a, ok := answers[q.ID]
		if q.Kind != Postings || !ok || len(a.Postings) == 0 {
			continue
		}
		if an == nil {
			an = NewAnalyzer(Lexicon())
		}
		rep := an.AnalyzeAll(a.Postings)
		s.reports[q.ID] = rep
		s.postings[q.ID] = postingsEffect(rep)
	}
	return s
}

// postingsEffect turns the postings' shares of evidence into points.
func postingsEffect(rep PostingsReport) Effect {
	e := Effect{Profiles: map[ProfileID]float64{}, Frameworks: map[Framework]float64{}}
	for _, p := range rep.Profiles {
		if p.Score > 0 {
			e.Profiles[p.ID] = p.Score / 100 * PostingsProfileWeight
		}
	}
	for _, f := range rep.Frameworks {
		if f.Score > 0 {
			e.Frameworks[f.ID] = f.Score / 100 * PostingsFrameworkWeight
		}
	}
	return e
}

func (sc scorer) score(answers Answers) Result {
	b := sc.b
	profiles := map[ProfileID][]Contribution{}
	frameworks := map[Framework][]Contribution{}
	add := func(qID, oID string, e Effect, share float64) {
		for p, w := range e.Profiles {
			if pts := round2(w * share); pts != 0 {
				profiles[p] = append(profiles[p], Contribution{qID, oID, pts})
			}
		}
		for f, w := range e.Frameworks {
			if pts := round2(w * share); pts != 0 {
				frameworks[f] = append(frameworks[f], Contribution{qID, oID, pts})
			}
		}
	}
	for _, q := range b.Questions {
		a, ok := answers[q.ID]
		if !ok {
			continue
		}
		switch q.Kind {
		case SingleChoice:
			if o, ok := q.Option(a.Choice); ok {
				add(q.ID, o.ID, o.Effect, 1)
			}
		case MultiChoice:
			for _, o := range q.Options {
				if slices.Contains(a.Choices, o.ID) {
					add(q.ID, o.ID, o.Effect, 1)
				}
			}
		case Frequency:
			levels := FrequencyLevels()
			if a.Level > 0 && a.Level < len(levels) {
				add(q.ID, levels[a.Level].ID, q.Effect, float64(a.Level)/float64(len(levels)-1))
			}
		case Allocation:
			for _, o := range q.Options {
				if v := a.Allocation[o.ID]; v > 0 {
					add(q.ID, o.ID, o.Effect, float64(v)/AllocationTotal)
				}
			}
		case Postings:
			if e, ok := sc.postings[q.ID]; ok {
				add(q.ID, "", e, 1)
			}
		}
	}
	var r Result
	for _, p := range Profiles() {
		r.Profiles = append(r.Profiles, ProfileScore{ID: p.ID, Name: p.Name, Score: total(profiles[p.ID]), Contributions: sortedContribs(profiles[p.ID])})
	}
	for _, f := range Frameworks() {
		r.Frameworks = append(r.Frameworks, FrameworkScore{ID: f, Score: total(frameworks[f]), Contributions: sortedContribs(frameworks[f])})
	}
	slices.SortStableFunc(r.Profiles, func(a, b ProfileScore) int { return cmp.Compare(b.Score, a.Score) })
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
