// Package planner recommends an ordered certification path: answers and
// content in, typed steps out. It reads the answers through what the
// bank's options carry (questions.Reading), climbs the tracks each role
// profile's content names, and says when each step opens and why as data;
// the words are written once, in package report. Pure Go, no terminal.
package planner

import (
	"slices"

	"certpath/catalog"
	"certpath/postings"
	"certpath/questions"
	"certpath/scoring"
)

// Outcome is everything the results show: the scores, the close call if
// any, the path, what the person's context is called, whether any role fits,
// and notes on answers that contradict each other. The quiz screen and the
// command line both get theirs from Evaluate, so they cannot disagree.
type Outcome struct {
	scoring.Result
	Path      []Step             `json:"path"`
	CloseCall *scoring.CloseCall `json:"close_call"`
	// LeadsWith is the profile whose track the path starts with: the top
	// profile, or the runner-up when the week goes to it and it is not a
	// close call.
	LeadsWith catalog.ProfileID `json:"leads_with"`
	// Context names the delivery context in words true to the answers.
	Context string `json:"context"`
	// Setting is the context the planner read: safe_train, safe_elsewhere,
	// scrum or project.
	Setting catalog.Context `json:"setting"`
	Fit     Fit             `json:"fit"`
	// Notes point out answers that contradict each other, and what certpath
	// assumed.
	Notes []string `json:"notes"`
	// Postings is the analysis of the pasted postings, when there were any.
	Postings *postings.Report `json:"postings,omitempty"`
	// Clash is set when the postings and the week point to different
	// roles: the path follows the postings, the week's role is its
	// alternative.
	Clash *Clash `json:"clash,omitempty"`
	// Waiting is set when no step of the person's own track can be started
	// now: what to do meanwhile.
	Waiting *Waiting `json:"waiting,omitempty"`
	// FrameworkClose is set when the answers point to two frameworks
	// almost equally: the reading is a close call.
	FrameworkClose *FrameworkClose `json:"framework_close,omitempty"`
	// Budget is what the person has for certifications this year, when
	// they said, and whether they pay themselves.
	Budget Budget `json:"budget"`
}

// Clash names the role the postings point to and the one the week goes to.
type Clash struct {
	Postings catalog.ProfileID `json:"postings"`
	Week     catalog.ProfileID `json:"week"`
}

// Waiting is what the path says when its first core step waits: that step
// (Step, its position), the hours of training it asks that can be taken
// meanwhile, and the steps open now (their positions).
type Waiting struct {
	Step  int                   `json:"step"`
	Hours []catalog.Requirement `json:"hours,omitempty"`
	Open  []int                 `json:"open,omitempty"`
}

// FrameworkClose is a framework reading that was a close call: the
// framework read and the runner-up, with their points.
type FrameworkClose struct {
	Read        catalog.Framework `json:"read"`
	ReadPoints  float64           `json:"read_points"`
	Other       catalog.Framework `json:"other"`
	OtherPoints float64           `json:"other_points"`
}

// Budget is the person's budget for the year in dollars (0: not said) and
// whether they pay themselves.
type Budget struct {
	// USD is the top of the band the person gave, FromUSD its bottom.
	USD      int  `json:"usd,omitempty"`
	FromUSD  int  `json:"from_usd,omitempty"`
	PaysSelf bool `json:"pays_self,omitempty"`
}

// Evaluate scores answers, looks for a close call and recommends a path.
// The postings are analysed once, for all of it.
func Evaluate(b questions.Bank, a questions.Answers) Outcome {
	sc := scoring.New(b, a)
	r := sc.Score(a)
	cc := sc.CloseCall(a, r)
	o := Outcome{Result: r, CloseCall: cc, Postings: sc.Postings()}
	// The situation is read once; the planner and the notes share it.
	s := readSituation(b, a, r, steering(o.Postings))
	s.lead, s.other, s.clash = leadProfile(b, a, s, cc)
	o.Path, o.LeadsWith, o.Clash = s.plan(cc != nil), s.lead, s.clash
	o.Waiting = waiting(s.cat, o.Path)
	o.FrameworkClose = frameworkClose(r)
	o.Budget = Budget{USD: s.budget, FromUSD: s.budgetFrom, PaysSelf: s.shows(catalog.TraitPaysSelf)}
	o.Context, o.Setting = s.Context(), s.context
	o.Fit = s.fit(r, workScores(b, a))
	o.Notes = s.notes()
	if o.Notes == nil {
		o.Notes = []string{}
	}
	return o
}

// steering are the certifications the pasted postings name that steer the
// path: those named by at least half of them. One posting in four naming
// POPM does not turn a Scrum path into a SAFe one; the report still says
// which posting named it.
func steering(rep *postings.Report) []catalog.CertID {
	if rep == nil {
		return nil
	}
	n := len(rep.Postings)
	var out []catalog.CertID
	for _, id := range rep.CertsNamed {
		count := 0
		for _, p := range rep.Postings {
			if slices.Contains(p.CertsNamed, id) {
				count++
			}
		}
		if n <= 1 || 2*count >= n {
			out = append(out, id)
		}
	}
	return out
}

// waiting is what to do meanwhile when the path's first core step is not
// open now.
func waiting(cat catalog.Catalog, path []Step) *Waiting {
	first := slices.IndexFunc(path, func(st Step) bool { return st.Kind == KindCore })
	if first < 0 || path[first].Opens.Ready() {
		return nil
	}
	w := &Waiting{Step: path[first].Position}
	if c, ok := cat.Lookup(path[first].Cert); ok {
		for _, q := range c.Rules.Requires {
			if q.Hours > 0 {
				w.Hours = append(w.Hours, q)
			}
		}
	}
	for _, st := range path {
		if st.Opens.Ready() {
			w.Open = append(w.Open, st.Position)
		}
	}
	return w
}

// frameworkClose reports a framework reading within a point, or a sixth,
// of the runner-up.
func frameworkClose(r scoring.Result) *FrameworkClose {
	if len(r.Frameworks) < 2 || r.Frameworks[1].Score <= 0 {
		return nil
	}
	a, b := r.Frameworks[0], r.Frameworks[1]
	if a.Score-b.Score > max(1, a.Score/6) {
		return nil
	}
	return &FrameworkClose{Read: a.ID, ReadPoints: a.Score, Other: b.ID, OtherPoints: b.Score}
}
