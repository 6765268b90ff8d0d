package questions

import (
	"fmt"
	"slices"

	"go.yaml.in/yaml/v3"
)

// Frequency takes one level of the frequency scale, never ... daily. The
// question's Effect is what daily adds; a level adds its share of it.
type Frequency struct{}

// Name is the kind's stable name.
func (Frequency) Name() string { return "frequency" }

// Shape says what an answers file gives.
func (Frequency) Shape() string { return "one level ID, or 0 to 5" }

// Expects names the levels.
func (Frequency) Expects(q Question) string { return "give one of " + choiceIDs(q) + " (or 0 to 5)" }

// Validate takes no options: the levels are the scale's.
func (Frequency) Validate(q Question) error { return noOptions(q) }

// Check accepts a level on the scale.
func (Frequency) Check(q Question, a Answer) error {
	if a.Level < 0 || a.Level >= len(FrequencyLevels()) {
		return fmt.Errorf("%s: level %d is out of range; choose one of %s", q.ID, a.Level, choiceIDs(q))
	}
	return nil
}

// Describe is the level's label.
func (Frequency) Describe(_ Question, a Answer) string {
	if a.Level >= 0 && a.Level < len(FrequencyLevels()) {
		return FrequencyLevels()[a.Level].Label
	}
	return ""
}

// DescribePart is the level's label.
func (k Frequency) DescribePart(q Question, a Answer, _ string) string { return k.Describe(q, a) }

// Score adds the level's share of the question's effect; never adds nothing.
func (Frequency) Score(q Question, a Answer) Scored {
	levels := FrequencyLevels()
	if a.Level <= 0 || a.Level >= len(levels) {
		return Scored{}
	}
	return Scored{Parts: []Part{{levels[a.Level].ID, q.Effect, float64(a.Level) / float64(len(levels)-1)}}}
}

// Read adds each trait whose threshold level the answer reaches.
func (Frequency) Read(q Question, a Answer, r *Reading) {
	for t, level := range q.Thresholds {
		if a.Level >= level {
			r.Traits[t] = true
		}
	}
}

// Alternatives are the other levels.
func (k Frequency) Alternatives(q Question, a Answer) []Alternative {
	var out []Alternative
	for i, l := range FrequencyLevels() {
		if i != a.Level {
			out = append(out, Alternative{Answer{Level: i}, fmt.Sprintf("%s: %s instead of %s", q.Title, l.Label, k.Describe(q, a))})
		}
	}
	return out
}

// Choices are the levels.
func (Frequency) Choices(Question) []Choice {
	var out []Choice
	for _, l := range FrequencyLevels() {
		out = append(out, Choice(l))
	}
	return out
}

// Decode takes a level ID or its number.
func (Frequency) Decode(q Question, v any) (Answer, error) {
	switch x := v.(type) {
	case string:
		i := slices.IndexFunc(FrequencyLevels(), func(l Level) bool { return l.ID == x })
		if i < 0 {
			return Answer{}, fmt.Errorf("%s: %q is not a level; %s", q.ID, x, expects(q))
		}
		return Answer{Level: i}, nil
	case int:
		if x < 0 || x >= len(FrequencyLevels()) {
			return Answer{}, fmt.Errorf("%s: %d is outside 0 to %d; %s", q.ID, x, len(FrequencyLevels())-1, expects(q))
		}
		return Answer{Level: x}, nil
	}
	return Answer{}, wrongShape(q, v)
}

// Encode writes the level ID.
func (Frequency) Encode(_ Question, a Answer) (*yaml.Node, error) {
	return encodeValue(FrequencyLevels()[a.Level].ID)
}
