package scoring

import (
	"cmp"
	"slices"

	"certpath/catalog"
	"certpath/questions"
)

// CloseCall says the top two profiles are near enough that both deserve a
// look, and which single changes of answer would swap them.
type CloseCall struct {
	First  catalog.ProfileID `json:"first"`
	Second catalog.ProfileID `json:"second"`
	Gap    float64           `json:"gap"`
	Flips  []Flip            `json:"flips"`
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
)

// FindCloseCall returns the close call of a result, or nil when the top
// profile leads clearly.
func FindCloseCall(b questions.Bank, a questions.Answers, r Result) *CloseCall {
	return New(b, a).CloseCall(a, r)
}

// CloseCall is FindCloseCall with the answers already scored.
func (sc Scorer) CloseCall(a questions.Answers, r Result) *CloseCall {
	b := sc.b
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
		for _, alt := range q.Kind.Alternatives(q, ans) {
			// Only the changed answer is scored again, and only the two
			// profiles' totals are added up, exactly as Score adds them.
			scored := q.Kind.Score(q, alt.Answer)
			margin := sc.total(second.ID, q.ID, scored) - sc.total(first.ID, q.ID, scored)
			if margin > 0 && (best == nil || margin > best.margin) {
				best = &Flip{QuestionID: q.ID, Change: alt.Change, margin: margin}
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

// total is a profile's score with the answer to question changed scored
// as scored instead: the same contributions, rounded and added in the same
// order, as Score gives it.
func (sc Scorer) total(id catalog.ProfileID, changed string, scored questions.Scored) float64 {
	t := 0.0
	for _, q := range sc.b.Questions {
		s, ok := sc.base[q.ID]
		if q.ID == changed {
			s, ok = scored, true
		}
		if !ok {
			continue
		}
		for _, p := range s.Parts {
			if pts := round2(p.Effect.Profiles[id] * p.Share); pts != 0 {
				t += pts
			}
		}
	}
	return round2(t)
}
