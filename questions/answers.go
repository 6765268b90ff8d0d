package questions

import (
	"fmt"
	"maps"
	"slices"
	"strings"
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
	Postings []PostingText
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

// AllocationSum adds up an allocation's percentages.
func AllocationSum(alloc map[string]int) int {
	total := 0
	for _, v := range alloc {
		total += v
	}
	return total
}

// Check reports why an answer does not fit a question, naming what would be
// accepted; nil means it fits.
func (q Question) Check(a Answer) error {
	switch q.Kind {
	case SingleChoice:
		if _, ok := q.Option(a.Choice); !ok {
			return fmt.Errorf("%s: %q is not an option; choose one of %v", q.ID, a.Choice, q.OptionIDs())
		}
	case MultiChoice:
		seen := map[string]bool{}
		exclusive := ""
		for _, id := range a.Choices {
			o, ok := q.Option(id)
			if !ok {
				return fmt.Errorf("%s: %q is not an option; choose from %v", q.ID, id, q.OptionIDs())
			}
			if seen[id] {
				return fmt.Errorf("%s: %q is chosen twice", q.ID, id)
			}
			seen[id] = true
			if o.Exclusive {
				exclusive = id
			}
		}
		if exclusive != "" && len(a.Choices) > 1 {
			return fmt.Errorf("%s: %q cannot be combined with other options", q.ID, exclusive)
		}
	case Frequency:
		if a.Level < 0 || a.Level >= len(FrequencyLevels()) {
			return fmt.Errorf("%s: level %d is out of range; choose one of %v", q.ID, a.Level, q.OptionIDs())
		}
	case Allocation:
		for id, v := range a.Allocation {
			if _, ok := q.Option(id); !ok {
				return fmt.Errorf("%s: %q is not an activity; use %v", q.ID, id, q.OptionIDs())
			}
			if v < 0 || v > AllocationTotal {
				return fmt.Errorf("%s: %s is %d%%; each share must be between 0 and 100", q.ID, id, v)
			}
		}
		if sum := AllocationSum(a.Allocation); sum != AllocationTotal {
			return fmt.Errorf("%s: the shares add up to %d%%; they must add up to exactly 100%%", q.ID, sum)
		}
	case Postings:
		if len(a.Postings) > MaxPostings {
			return fmt.Errorf("%s: %d postings; give at most %d", q.ID, len(a.Postings), MaxPostings)
		}
		for i, p := range a.Postings {
			if strings.TrimSpace(p.Text) == "" {
				return fmt.Errorf("%s: posting %d (%s) is empty; give the text of a job posting", q.ID, i+1, p.Name)
			}
			if len(p.Text) > MaxPostingBytes {
				return fmt.Errorf("%s: posting %d (%s) is over 1 MiB; give its first MiB", q.ID, i+1, p.Name)
			}
		}
	}
	return nil
}

// Describe renders an answer in words for the review and results screens.
func (q Question) Describe(a Answer) string {
	switch q.Kind {
	case SingleChoice:
		if o, ok := q.Option(a.Choice); ok {
			return o.Label
		}
	case MultiChoice:
		if len(a.Choices) == 0 {
			return "Nothing chosen"
		}
		s := ""
		for i, id := range a.Choices {
			if i > 0 {
				s += "; "
			}
			if o, ok := q.Option(id); ok {
				s += o.Label
			}
		}
		return s
	case Frequency:
		if a.Level >= 0 && a.Level < len(FrequencyLevels()) {
			return FrequencyLevels()[a.Level].Label
		}
	case Postings:
		if len(a.Postings) == 0 {
			return "Skipped"
		}
		names := make([]string, len(a.Postings))
		for i, p := range a.Postings {
			names[i] = p.Name
		}
		return fmt.Sprintf("%d posting(s): %s", len(a.Postings), strings.Join(names, ", "))
	case Allocation:
		s := ""
		for _, o := range q.Options {
			if v := a.Allocation[o.ID]; v > 0 {
				if s != "" {
					s += ", "
				}
				s += fmt.Sprintf("%s %d%%", o.Label, v)
			}
		}
		return s
	}
	return ""
}

// DescribeContribution names the answer behind a contribution in words, e.g.
// "Facilitating team events, 40% (Where your week goes)".
func (q Question) DescribeContribution(c Contribution, a Answer) string {
	label := c.OptionID
	switch q.Kind {
	case Frequency:
		if a.Level >= 0 && a.Level < len(FrequencyLevels()) {
			label = FrequencyLevels()[a.Level].Label
		}
	case Allocation:
		if o, ok := q.Option(c.OptionID); ok {
			label = fmt.Sprintf("%s, %d%%", o.Label, a.Allocation[c.OptionID])
		}
	case Postings:
		label = fmt.Sprintf("what the analyzer found in %d posting(s)", len(a.Postings))
	default:
		if o, ok := q.Option(c.OptionID); ok {
			label = o.Label
		}
	}
	return label + " (" + q.Title + ")"
}
