package questions

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MultiChoice takes a list of option IDs; an option marked Exclusive ("none
// of these") stands alone.
type MultiChoice struct{}

// Name is the kind's stable name.
func (MultiChoice) Name() string { return "multi" }

// Shape says what an answers file gives.
func (MultiChoice) Shape() string { return "a list of option IDs" }

// Expects names the options.
func (MultiChoice) Expects(q Question) string { return "give a list of: " + choiceIDs(q) }

// Validate needs at least two options.
func (MultiChoice) Validate(q Question) error { return needOptions(q) }

// Check accepts at least one known option, each once, an exclusive one
// alone: the same answers an answers file and the quiz take.
func (MultiChoice) Check(q Question, a Answer) error {
	if len(a.Choices) == 0 {
		return fmt.Errorf("%s: no option chosen; %s", q.ID, expects(q))
	}
	seen := map[string]bool{}
	var exclusive Option
	for _, id := range a.Choices {
		o, ok := q.Option(id)
		if !ok {
			return fmt.Errorf("%s: %q is not an option; choose from %s", q.ID, id, choiceIDs(q))
		}
		if seen[id] {
			return fmt.Errorf("%s: %q is chosen twice", q.ID, id)
		}
		seen[id] = true
		if o.Exclusive {
			exclusive = o
		}
	}
	if exclusive.Exclusive && len(a.Choices) > 1 {
		// The label is what a person chose; the ID is what to take out of a file.
		return fmt.Errorf("%s: “%s” cannot be combined with other choices; give %s alone, or only the others", q.ID, exclusive.Label, exclusive.ID)
	}
	return nil
}

// Describe lists the chosen options' labels.
func (MultiChoice) Describe(q Question, a Answer) string {
	return describeChoices(q, a, func(o Option) string { return o.Label })
}

// DescribeShort lists the chosen options' short names where they have one
// ("PSM I; PSPO I"), their labels elsewhere.
func (MultiChoice) DescribeShort(q Question, a Answer) string {
	return describeChoices(q, a, func(o Option) string {
		if o.Short != "" {
			return o.Short
		}
		return o.Label
	})
}

// describeChoices lists the chosen options, each named by name.
func describeChoices(q Question, a Answer, name func(Option) string) string {
	if len(a.Choices) == 0 {
		return "Nothing chosen"
	}
	labels := make([]string, len(a.Choices))
	for i, id := range a.Choices {
		labels[i] = id
		if o, ok := q.Option(id); ok {
			labels[i] = name(o)
		}
	}
	return strings.Join(labels, "; ")
}

// DescribePart is the option's label.
func (MultiChoice) DescribePart(q Question, _ Answer, optionID string) string {
	return optionLabel(q, optionID)
}

// Score adds every chosen option's effect, in bank order.
func (MultiChoice) Score(q Question, a Answer) Scored {
	var s Scored
	for _, o := range q.Options {
		if slices.Contains(a.Choices, o.ID) {
			s.Parts = append(s.Parts, Part{o.ID, o.Effect, 1})
		}
	}
	return s
}

// Read adds what every chosen option tells.
func (MultiChoice) Read(q Question, a Answer, r *Reading) {
	for _, o := range q.Options {
		if slices.Contains(a.Choices, o.ID) {
			r.readOption(q, o)
		}
	}
}

// Alternatives are the answer with one option more or one less.
func (MultiChoice) Alternatives(q Question, a Answer) []Alternative {
	var out []Alternative
	for _, o := range q.Options {
		if slices.Contains(a.Choices, o.ID) {
			rest := slices.DeleteFunc(slices.Clone(a.Choices), func(id string) bool { return id == o.ID })
			if len(rest) > 0 {
				out = append(out, Alternative{Answer{Choices: rest}, fmt.Sprintf("%s: without %q", q.Title, o.Label)})
			}
			continue
		}
		if o.Exclusive {
			// "None of these" is not a change anyone would weigh.
			continue
		}
		// Adding an option drops any "none of these" already chosen.
		next := append(slices.DeleteFunc(slices.Clone(a.Choices), func(id string) bool {
			x, _ := q.Option(id)
			return x.Exclusive
		}), o.ID)
		out = append(out, Alternative{Answer{Choices: next}, fmt.Sprintf("%s: with %q", q.Title, o.Label)})
	}
	return out
}

// Choices are the options.
func (MultiChoice) Choices(q Question) []Choice { return optionChoices(q) }

// Decode takes a non-empty list of option IDs.
func (MultiChoice) Decode(q Question, v any) (Answer, error) {
	list, ok := v.([]any)
	if !ok {
		return Answer{}, wrongShape(q, v)
	}
	a := Answer{Choices: []string{}}
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return Answer{}, wrongShape(q, v)
		}
		a.Choices = append(a.Choices, s)
	}
	if len(a.Choices) == 0 {
		return Answer{}, fmt.Errorf("%s: the list is empty; %s", q.ID, expects(q))
	}
	return a, nil
}

// Encode writes the option IDs on one line.
func (MultiChoice) Encode(_ Question, a Answer) (*yaml.Node, error) { return encodeValue(a.Choices) }
