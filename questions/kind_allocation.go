package questions

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Allocation spreads 100 percent across its options: where the week goes.
type Allocation struct{}

// AllocationStep is how many percent one arrow key moves in an allocation.
const AllocationStep = 5

// AllocationTotal is what an allocation must add up to.
const AllocationTotal = 100

// flipMove is how many percent of the week a close call moves between
// activities.
const flipMove = 20

// AllocationSum adds up an allocation's percentages.
func AllocationSum(alloc map[string]int) int {
	total := 0
	for _, v := range alloc {
		total += v
	}
	return total
}

// Name is the kind's stable name.
func (Allocation) Name() string { return "allocation" }

// Shape says what an answers file gives.
func (Allocation) Shape() string { return "a map of option IDs to percentages adding up to 100" }

// Expects names the activities.
func (Allocation) Expects(q Question) string {
	return "give percentages adding up to 100 for: " + choiceIDs(q)
}

// Validate needs at least two activities.
func (Allocation) Validate(q Question) error { return needOptions(q) }

// Check accepts known activities, each 0 to 100, adding up to exactly 100.
func (Allocation) Check(q Question, a Answer) error {
	for id, v := range a.Allocation {
		if _, ok := q.Option(id); !ok {
			return fmt.Errorf("%s: %q is not an activity; use %s", q.ID, id, choiceIDs(q))
		}
		if v < 0 || v > AllocationTotal {
			return fmt.Errorf("%s: %s is %d%%; each share must be between 0 and 100", q.ID, id, v)
		}
	}
	if sum := AllocationSum(a.Allocation); sum != AllocationTotal {
		return fmt.Errorf("%s: the shares add up to %d%%; they must add up to exactly 100%%", q.ID, sum)
	}
	return nil
}

// Describe lists the activities with a share, the largest first (equal
// shares in bank order), so that a row cut short still shows where most of
// the week goes.
func (Allocation) Describe(q Question, a Answer) string {
	var given []Option
	for _, o := range q.Options {
		if a.Allocation[o.ID] > 0 {
			given = append(given, o)
		}
	}
	slices.SortStableFunc(given, func(x, y Option) int { return a.Allocation[y.ID] - a.Allocation[x.ID] })
	parts := make([]string, len(given))
	for i, o := range given {
		parts[i] = fmt.Sprintf("%s %d%%", o.Label, a.Allocation[o.ID])
	}
	return strings.Join(parts, ", ")
}

// DescribePart is the activity with its share.
func (Allocation) DescribePart(q Question, a Answer, optionID string) string {
	if o, ok := q.Option(optionID); ok {
		return fmt.Sprintf("%s, %d%%", o.Label, a.Allocation[optionID])
	}
	return optionID
}

// Score adds each activity's effect at its share of the week.
func (Allocation) Score(q Question, a Answer) Scored {
	var s Scored
	for _, o := range q.Options {
		if v := a.Allocation[o.ID]; v > 0 {
			s.Parts = append(s.Parts, Part{o.ID, o.Effect, float64(v) / AllocationTotal})
		}
	}
	return s
}

// Read adds the share of the week on each trait's activities, and each
// trait whose share reaches its threshold.
func (Allocation) Read(q Question, a Answer, r *Reading) {
	for _, o := range q.Options {
		for _, t := range o.Traits {
			r.Shares[t] += a.Allocation[o.ID]
		}
	}
	for t, least := range q.Thresholds {
		if r.Shares[t] >= least {
			r.Traits[t] = true
		}
	}
}

// Alternatives move up to 20% of the week from one activity to another.
func (Allocation) Alternatives(q Question, a Answer) []Alternative {
	var out []Alternative
	for _, from := range q.Options {
		have := a.Allocation[from.ID]
		if have == 0 {
			continue
		}
		move := min(flipMove, have)
		for _, to := range q.Options {
			if to.ID == from.ID {
				continue
			}
			alloc := maps.Clone(a.Allocation)
			alloc[from.ID] -= move
			alloc[to.ID] += move
			out = append(out, Alternative{Answer{Allocation: alloc}, fmt.Sprintf("%s: %d%% of the week moved from %q to %q", q.Title, move, from.Label, to.Label)})
		}
	}
	return out
}

// Choices are the activities.
func (Allocation) Choices(q Question) []Choice { return optionChoices(q) }

// Decode takes a mapping of activity IDs to whole percentages.
func (Allocation) Decode(q Question, v any) (Answer, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Answer{}, wrongShape(q, v)
	}
	a := Answer{Allocation: map[string]int{}}
	for k, x := range m {
		outside := fmt.Errorf("%s: %s is %v, outside 0 to 100; each share is a whole percentage from 0 to 100", q.ID, KeyName(k), x)
		switch n := x.(type) {
		case int:
			if n < 0 || n > AllocationTotal {
				return Answer{}, outside
			}
			a.Allocation[k] = n
		case float64:
			if math.IsNaN(n) || math.IsInf(n, 0) || n < 0 || n > AllocationTotal {
				return Answer{}, outside
			}
			if n != math.Trunc(n) {
				return Answer{}, fmt.Errorf("%s: %s is %v; shares are whole percentages", q.ID, KeyName(k), n)
			}
			a.Allocation[k] = int(n)
		case string:
			return Answer{}, fmt.Errorf("%s: %s is %s; each share is a whole percentage from 0 to 100", q.ID, KeyName(k), describeYAML(x))
		default:
			return Answer{}, fmt.Errorf("%s: %s is %s; shares are whole percentages", q.ID, KeyName(k), describeYAML(x))
		}
	}
	return a, nil
}

// Encode writes the shares on one line, in bank order, leaving out zeros.
func (Allocation) Encode(q Question, a Answer) (*yaml.Node, error) {
	alloc := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	for _, o := range q.Options {
		if n := a.Allocation[o.ID]; n > 0 {
			alloc.Content = append(alloc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: o.ID}, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(n)})
		}
	}
	return alloc, nil
}
