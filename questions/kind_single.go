package questions

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// SingleChoice takes exactly one option ID.
type SingleChoice struct{}

// Name is the kind's stable name.
func (SingleChoice) Name() string { return "single" }

// Shape says what an answers file gives.
func (SingleChoice) Shape() string { return "one option ID" }

// Expects names the options.
func (SingleChoice) Expects(q Question) string { return "give one of: " + choiceIDs(q) }

// Validate needs at least two options.
func (SingleChoice) Validate(q Question) error { return needOptions(q) }

// Check accepts one of the options.
func (SingleChoice) Check(q Question, a Answer) error {
	if _, ok := q.Option(a.Choice); !ok {
		return fmt.Errorf("%s: %q is not an option; choose one of %s", q.ID, a.Choice, choiceIDs(q))
	}
	return nil
}

// Describe is the chosen option's label.
func (SingleChoice) Describe(q Question, a Answer) string {
	o, _ := q.Option(a.Choice)
	return o.Label
}

// DescribePart is the chosen option's label.
func (SingleChoice) DescribePart(q Question, _ Answer, optionID string) string {
	return optionLabel(q, optionID)
}

// Score adds the chosen option's effect.
func (SingleChoice) Score(q Question, a Answer) Scored {
	if o, ok := q.Option(a.Choice); ok {
		return Scored{Parts: []Part{{o.ID, o.Effect, 1}}}
	}
	return Scored{}
}

// Read adds what the chosen option tells.
func (SingleChoice) Read(q Question, a Answer, r *Reading) {
	if o, ok := q.Option(a.Choice); ok {
		r.readOption(q, o)
	}
}

// Alternatives are the other options.
func (k SingleChoice) Alternatives(q Question, a Answer) []Alternative {
	var out []Alternative
	for _, o := range q.Options {
		if o.ID != a.Choice {
			out = append(out, Alternative{Answer{Choice: o.ID}, fmt.Sprintf("%s: %q instead of %q", q.Title, o.Label, k.Describe(q, a))})
		}
	}
	return out
}

// Choices are the options.
func (SingleChoice) Choices(q Question) []Choice { return optionChoices(q) }

// Decode takes an option ID.
func (k SingleChoice) Decode(q Question, v any) (Answer, error) {
	s, ok := v.(string)
	if !ok {
		return Answer{}, wrongShape(q, v)
	}
	return Answer{Choice: s}, nil
}

// Encode writes the option ID.
func (SingleChoice) Encode(_ Question, a Answer) (*yaml.Node, error) { return encodeValue(a.Choice) }

// needOptions is the definition check of every kind that picks from options.
func needOptions(q Question) error {
	if len(q.Options) < 2 {
		return fmt.Errorf("question %q: a %s question needs at least two options", q.ID, q.Kind.Name())
	}
	return nil
}

// noOptions is the definition check of kinds that take no options.
func noOptions(q Question) error {
	if len(q.Options) != 0 {
		return fmt.Errorf("question %q: a %s question takes no options", q.ID, q.Kind.Name())
	}
	return nil
}

// optionLabel is an option's label, or its ID when the question has no such option.
func optionLabel(q Question, id string) string {
	if o, ok := q.Option(id); ok {
		return o.Label
	}
	return id
}
