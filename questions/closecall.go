package questions

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// CloseCall says the top two profiles are near enough that both deserve a
// look, and which single changes of answer would swap them.
type CloseCall struct {
	First  ProfileID `json:"first"`
	Second ProfileID `json:"second"`
	Gap    float64   `json:"gap"`
	Flips  []Flip    `json:"flips"`
}

// Flip is one change of one answer that puts the runner-up on top.
type Flip struct {
	QuestionID string `json:"question"`
	Change     string `json:"change"`
	margin     float64
}

// closeShare is how near the runner-up must be, as a share of the top score,
// to call it close; closeFloor keeps tiny scores from always being close.
const (
	closeShare = 0.10
	closeFloor = 1.0
	maxFlips   = 3
	// flipMove is how many percent of the week a flip moves between activities.
	flipMove = 20
)

// FindCloseCall returns the close call of a result, or nil when the top
// profile leads clearly.
func FindCloseCall(b Bank, a Answers, r Result) *CloseCall {
	return findCloseCall(b, a, r, newScorer(b, a))
}

func findCloseCall(b Bank, a Answers, r Result, sc scorer) *CloseCall {
	if len(r.Profiles) < 2 || r.Profiles[0].Score <= 0 {
		return nil
	}
	first, second := r.Profiles[0], r.Profiles[1]
	gap := round2(first.Score - second.Score)
	if gap > max(closeFloor, first.Score*closeShare) {
		return nil
	}
	cc := &CloseCall{First: first.ID, Second: second.ID, Gap: gap}
	for _, q := range b.Questions {
		ans, ok := a[q.ID]
		if !ok {
			continue
		}
		var best *Flip
		for _, alt := range alternatives(q, ans) {
			trial := a.Clone()
			trial[q.ID] = alt.answer
			s := sc.score(trial)
			margin := scoreOf(s, second.ID) - scoreOf(s, first.ID)
			if margin > 0 && (best == nil || margin > best.margin) {
				best = &Flip{QuestionID: q.ID, Change: alt.change, margin: margin}
			}
		}
		if best != nil {
			cc.Flips = append(cc.Flips, *best)
		}
	}
	slices.SortStableFunc(cc.Flips, func(x, y Flip) int { return cmp.Compare(y.margin, x.margin) })
	if len(cc.Flips) > maxFlips {
		cc.Flips = cc.Flips[:maxFlips]
	}
	return cc
}

func scoreOf(r Result, id ProfileID) float64 {
	for _, p := range r.Profiles {
		if p.ID == id {
			return p.Score
		}
	}
	return 0
}

type alternative struct {
	answer Answer
	change string
}

// alternatives lists the one-step changes of an answer: another option,
// one option more or less, another level, or part of the week moved.
func alternatives(q Question, a Answer) []alternative {
	var out []alternative
	switch q.Kind {
	case SingleChoice:
		for _, o := range q.Options {
			if o.ID != a.Choice {
				out = append(out, alternative{Answer{Choice: o.ID}, fmt.Sprintf("%s: %q instead of %q", q.Title, o.Label, q.Describe(a))})
			}
		}
	case MultiChoice:
		for _, o := range q.Options {
			if slices.Contains(a.Choices, o.ID) {
				rest := slices.DeleteFunc(slices.Clone(a.Choices), func(id string) bool { return id == o.ID })
				if len(rest) > 0 {
					out = append(out, alternative{Answer{Choices: rest}, fmt.Sprintf("%s: without %q", q.Title, o.Label)})
				}
				continue
			}
			next := []string{o.ID}
			if !o.Exclusive {
				next = append(slices.DeleteFunc(slices.Clone(a.Choices), func(id string) bool {
					x, _ := q.Option(id)
					return x.Exclusive
				}), o.ID)
			}
			out = append(out, alternative{Answer{Choices: next}, fmt.Sprintf("%s: with %q", q.Title, o.Label)})
		}
	case Frequency:
		for i, l := range FrequencyLevels() {
			if i != a.Level {
				out = append(out, alternative{Answer{Level: i}, fmt.Sprintf("%s: %s instead of %s", q.Title, l.Label, q.Describe(a))})
			}
		}
	case Allocation:
		for _, from := range q.Options {
			have := a.Allocation[from.ID]
			if have == 0 {
				continue
			}
			move := min(flipMove, have)
			for _, to := range q.Options {
				if to.ID == from.ID {
					continue
				}
				alloc := maps.Clone(a.Allocation)
				alloc[from.ID] -= move
				alloc[to.ID] += move
				out = append(out, alternative{Answer{Allocation: alloc}, fmt.Sprintf("%s: %d%% of the week moved from %q to %q", q.Title, move, from.Label, to.Label)})
			}
		}
	}
	return out
}
