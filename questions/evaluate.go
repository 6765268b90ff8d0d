package questions

import "certpath/postings"

// Outcome is everything the results show: the scores, the close call if
// any, and the path. The quiz screen and the command line both get theirs
// from Evaluate, so they cannot disagree.
type Outcome struct {
	Result
	Path      []Step     `json:"path"`
	CloseCall *CloseCall `json:"close_call"`
	// Postings is the analysis of the pasted postings, when there were any.
	Postings *postings.Report `json:"postings,omitempty"`
}

// Evaluate scores answers, looks for a close call and recommends a path.
// The postings are analysed once, for all three.
func Evaluate(b Bank, a Answers) Outcome {
	sc := newScorer(b, a)
	r := sc.score(a)
	cc := findCloseCall(b, a, r, sc)
	o := Outcome{Result: r, Path: recommend(b, a, r, cc != nil), CloseCall: cc}
	o.Postings = sc.postingsReport()
	return o
}
