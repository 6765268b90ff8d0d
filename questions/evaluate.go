package questions

import (
	"certpath/catalog"
	"certpath/postings"
)

// Outcome is everything the results show: the scores, the close call if
// any, the path, what the person's context is called, whether any role fits,
// and notes on answers that contradict each other. The quiz screen and the
// command line both get theirs from Evaluate, so they cannot disagree.
type Outcome struct {
	Result
	Path      []Step     `json:"path"`
	CloseCall *CloseCall `json:"close_call"`
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
func Evaluate(b Bank, a Answers) Outcome {
	sc := newScorer(b, a)
	r := sc.score(a)
	cc := findCloseCall(b, a, r, sc)
	o := Outcome{Result: r, CloseCall: cc, Postings: sc.postingsReport()}
	var named []postingsNames
	if o.Postings != nil {
		named = append(named, postingsNames(o.Postings.CertsNamed))
	}
	// The situation is read once; the planner and the notes share it.
	s := readSituation(b, a, r, named)
	s.lead = leadProfile(b, a, s, cc)
	o.Path, o.LeadsWith = s.plan(cc != nil), s.lead
	o.Context, o.Setting = s.Context(), s.context
	o.Fit = readFit(a, r)
	o.Notes = s.notes(a)
	if o.Notes == nil {
		o.Notes = []string{}
	}
	return o
}
