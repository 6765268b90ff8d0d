package questions

// Outcome is everything the results show: the scores, the close call if
// any, and the path. The quiz screen and the command line both get theirs
// from Evaluate, so they cannot disagree.
type Outcome struct {
	Result
	Path      []Step     `json:"path"`
	CloseCall *CloseCall `json:"close_call"`
}

// Evaluate scores answers, looks for a close call and recommends a path.
func Evaluate(b Bank, a Answers) Outcome {
	r := Score(b, a)
	cc := FindCloseCall(b, a, r)
	return Outcome{Result: r, Path: recommend(b, a, r, cc != nil), CloseCall: cc}
}
