// Package planner recommends an ordered certification path: answers and
// content in, typed steps out. It reads the answers through what the
// bank's options carry (questions.Reading), climbs the tracks each role
// profile's content names, and says when each step opens and why as data;
// the words are written once, in package report. Pure Go, no terminal.
package planner

import (
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
}

// Evaluate scores answers, looks for a close call and recommends a path.
// The postings are analysed once, for all of it.
func Evaluate(b questions.Bank, a questions.Answers) Outcome {
	sc := scoring.New(b, a)
	r := sc.Score(a)
	cc := sc.CloseCall(a, r)
	o := Outcome{Result: r, CloseCall: cc, Postings: sc.Postings()}
	var named []catalog.CertID
	if o.Postings != nil {
		named = o.Postings.CertsNamed
	}
	// The situation is read once; the planner and the notes share it.
	s := readSituation(b, a, r, named)
	s.lead = leadProfile(b, a, s, cc)
	o.Path, o.LeadsWith = s.plan(cc != nil), s.lead
	o.Context, o.Setting = s.Context(), s.context
	o.Fit = s.fit(r)
	o.Notes = s.notes()
	if o.Notes == nil {
		o.Notes = []string{}
	}
	return o
}
