package questions

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// AnswersError lists every problem found in an answers file, so a person can
// fix them all in one go.
type AnswersError struct {
	Problems []string
}

func (e *AnswersError) Error() string {
	return fmt.Sprintf("the answers file has %d problem(s):\n  %s", len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// ParseAnswers reads an answers file: YAML or JSON mapping each question ID
// to an option ID (single choice), a list of option IDs (multi choice), a
// level ID or number 0-5 (scale), or a map of option IDs to percentages
// (allocation). Every question must be answered.
func ParseAnswers(b Bank, data []byte) (Answers, error) {
	if strings.TrimSpace(string(data)) == "" {
		return nil, &AnswersError{[]string{"the file is empty; it must map question IDs to answers (see certpath questions)"}}
	}
	var raw any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, &AnswersError{[]string{"the file is neither YAML nor JSON: " + err.Error()}}
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, &AnswersError{[]string{fmt.Sprintf("the file must be a mapping of question IDs to answers, not %s", describeYAML(raw))}}
	}
	answers, problems := decodeAll(b, top, func(id string) string {
		return fmt.Sprintf("%s: unknown question; the questions are %s", id, strings.Join(questionIDs(b), ", "))
	})
	for _, q := range b.Questions {
		if _, ok := top[q.ID]; !ok && !q.Optional {
			problems = append(problems, fmt.Sprintf("%s: missing (%s); %s", q.ID, q.Prompt, expects(q)))
		}
	}
	if len(problems) > 0 {
		return nil, &AnswersError{problems}
	}
	return answers, nil
}

func questionIDs(b Bank) []string {
	ids := make([]string, len(b.Questions))
	for i, q := range b.Questions {
		ids[i] = q.ID
	}
	return ids
}

// expects says what a question takes, with its choices.
func expects(q Question) string {
	choices := strings.Join(q.OptionIDs(), ", ")
	switch q.Kind {
	case MultiChoice:
		return "give a list of: " + choices
	case Frequency:
		return "give one of " + choices + " (or 0 to 5)"
	case Allocation:
		return "give percentages adding up to 100 for: " + choices
	case Postings:
		return "give the text of a posting, or a list of texts or of {name, text} mappings"
	}
	return "give one of: " + choices
}

func decodeAnswer(q Question, v any) (Answer, error) {
	wrong := func() (Answer, error) {
		return Answer{}, fmt.Errorf("%s: got %s; %s", q.ID, describeYAML(v), expects(q))
	}
	switch q.Kind {
	case SingleChoice:
		s, ok := v.(string)
		if !ok {
			return wrong()
		}
		return Answer{Choice: s}, nil
	case MultiChoice:
		list, ok := v.([]any)
		if !ok {
			return wrong()
		}
		a := Answer{Choices: []string{}}
		for _, x := range list {
			s, ok := x.(string)
			if !ok {
				return wrong()
			}
			a.Choices = append(a.Choices, s)
		}
		if len(a.Choices) == 0 {
			return Answer{}, fmt.Errorf("%s: the list is empty; %s", q.ID, expects(q))
		}
		return a, nil
	case Frequency:
		switch x := v.(type) {
		case string:
			i := slices.IndexFunc(FrequencyLevels(), func(l Level) bool { return l.ID == x })
			if i < 0 {
				return Answer{}, fmt.Errorf("%s: %q is not a level; %s", q.ID, x, expects(q))
			}
			return Answer{Level: i}, nil
		case int:
			return Answer{Level: x}, nil
		}
		return wrong()
	case Postings:
		return decodePostings(q, v)
	case Allocation:
		m, ok := v.(map[string]any)
		if !ok {
			return wrong()
		}
		a := Answer{Allocation: map[string]int{}}
		for k, x := range m {
			switch n := x.(type) {
			case int:
				a.Allocation[k] = n
			case float64:
				if n != math.Trunc(n) {
					return Answer{}, fmt.Errorf("%s: %s is %v; shares are whole percentages", q.ID, k, n)
				}
				a.Allocation[k] = int(n)
			default:
				return Answer{}, fmt.Errorf("%s: %s is %s; shares are whole percentages", q.ID, k, describeYAML(x))
			}
		}
		return a, nil
	}
	return wrong()
}

// decodePostings accepts one text, a list of texts, or a list of
// {name, text} mappings; every text is checked and sanitized.
func decodePostings(q Question, v any) (Answer, error) {
	items, ok := v.([]any)
	if !ok {
		items = []any{v}
	}
	var a Answer
	for i, item := range items {
		p := PostingText{Name: fmt.Sprintf("posting %d", i+1)}
		switch x := item.(type) {
		case string:
			p.Text = x
		case map[string]any:
			name, _ := x["name"].(string)
			text, ok := x["text"].(string)
			if !ok {
				return Answer{}, fmt.Errorf("%s: posting %d has no text; %s", q.ID, i+1, expects(q))
			}
			if name != "" {
				p.Name = SanitizePosting(name)
			}
			p.Text = text
		default:
			return Answer{}, fmt.Errorf("%s: posting %d is %s; %s", q.ID, i+1, describeYAML(item), expects(q))
		}
		text, err := CheckPosting([]byte(p.Text), false)
		if err != nil {
			return Answer{}, fmt.Errorf("%s: %s: %v", q.ID, p.Name, err)
		}
		p.Text = text
		a.Postings = append(a.Postings, p)
	}
	return a, nil
}

// describeYAML names the shape of a decoded value for error messages.
func describeYAML(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the text %q", x)
	case int, float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("%v", x)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

// MarshalAnswers writes answers in the answers-file format, in bank order, so
// that a saved file reads like the quiz.
func MarshalAnswers(b Bank, a Answers) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	for _, q := range b.Questions {
		ans, ok := a[q.ID]
		if !ok {
			continue
		}
		var v any
		switch q.Kind {
		case SingleChoice:
			v = ans.Choice
		case MultiChoice:
			v = ans.Choices
		case Frequency:
			v = FrequencyLevels()[ans.Level].ID
		case Postings:
			if len(ans.Postings) == 0 {
				continue
			}
			v = ans.Postings
		case Allocation:
			alloc := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			for _, o := range q.Options {
				if n := ans.Allocation[o.ID]; n > 0 {
					alloc.Content = append(alloc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: o.ID}, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(n)})
				}
			}
			doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: q.ID}, alloc)
			continue
		}
		var val yaml.Node
		if err := val.Encode(v); err != nil {
			return nil, err
		}
		if val.Kind == yaml.SequenceNode && q.Kind != Postings {
			val.Style = yaml.FlowStyle
		}
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: q.ID}, &val)
	}
	return yaml.Marshal(doc)
}

// ParseAnswersLenient reads what it can of an answers file: answers that fit
// the bank are kept, and each one that does not (a question removed from the
// bank, an option renamed) is reported instead of failing the whole file.
// Missing answers are not problems. Saved state uses it, so a newer question
// bank keeps every answer that still means something.
func ParseAnswersLenient(b Bank, data []byte) (Answers, []string, error) {
	var raw any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, nil, fmt.Errorf("not YAML: %v", err)
	}
	if raw == nil {
		return Answers{}, nil, nil
	}
	top, ok := raw.(map[string]any)
	if !ok {
		return nil, nil, fmt.Errorf("not a mapping of question IDs to answers but %s", describeYAML(raw))
	}
	answers, dropped := decodeAll(b, top, func(id string) string { return id + ": no longer asked" })
	return answers, dropped, nil
}

// decodeAll decodes and checks every answer of a parsed file, in question
// ID order, keeping those that fit and describing those that do not.
func decodeAll(b Bank, top map[string]any, unknown func(id string) string) (Answers, []string) {
	answers := Answers{}
	var problems []string
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, id := range keys {
		q, ok := b.Question(id)
		if !ok {
			problems = append(problems, unknown(id))
			continue
		}
		a, err := decodeAnswer(q, top[id])
		if err == nil {
			err = q.Check(a)
		}
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		answers[id] = a
	}
	return answers, problems
}
