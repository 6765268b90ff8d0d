package questions

import (
	"certpath/postings"
	"maps"
	"slices"
)

// Answer is what a person gave for one question. Which field is used depends
// on the question's kind.
type Answer struct {
	// Choice is the option ID of a single-choice question.
	Choice string
	// Choices are the option IDs of a multi-choice question.
	Choices []string
	// Level is the index into FrequencyLevels of a frequency question.
	Level int
	// Allocation maps option IDs to percentages for an allocation question.
	Allocation map[string]int
	// Postings are the postings given to a postings question; none means
	// the person skipped it.
	Postings []postings.Text
}

// Answers maps question IDs to answers. A question is answered when its ID is
// present.
type Answers map[string]Answer

// Clone returns a deep copy, so that screens can edit a draft without touching
// what was saved.
func (a Answers) Clone() Answers {
	out := make(Answers, len(a))
	for k, v := range a {
		out[k] = v.Clone()
	}
	return out
}

// Clone returns a deep copy of one answer.
func (a Answer) Clone() Answer {
	a.Choices = slices.Clone(a.Choices)
	a.Allocation = maps.Clone(a.Allocation)
	a.Postings = slices.Clone(a.Postings)
	return a
}

// Check reports why an answer does not fit a question, naming what would be
// accepted; nil means it fits.
func (q Question) Check(a Answer) error { return q.Kind.Check(q, a) }

// Describe renders an answer in words for the review and results screens.
func (q Question) Describe(a Answer) string { return q.Kind.Describe(q, a) }

// DescribeShort renders an answer for a narrow screen: options that have a
// short name (a certification's, "PSM I") give it, so that answers alike at
// the start ("Professional Scrum Master I", "Professional Scrum Product
// Owner I") still read apart when cut. ok is false when the question's kind
// has no shorter words than Describe's.
func (q Question) DescribeShort(a Answer) (text string, ok bool) {
	if k, can := q.Kind.(interface{ DescribeShort(Question, Answer) string }); can {
		return k.DescribeShort(q, a), true
	}
	return "", false
}

// DescribePart names in words the part of an answer (an option, a share of
// the week) behind a contribution to a score, with the question's title:
// "Facilitating team events, 40% (Where your week goes)".
func (q Question) DescribePart(a Answer, optionID string) string {
	return q.Kind.DescribePart(q, a, optionID) + " (" + q.Title + ")"
}
