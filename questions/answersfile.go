package questions

import (
	"certpath/words"
	"fmt"
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
	return fmt.Sprintf("the answers file has %s:\n  %s", words.Count(len(e.Problems), "problem"), strings.Join(e.Problems, "\n  "))
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

// decodeAnswer reads one answer with its question's kind.
func decodeAnswer(q Question, v any) (Answer, error) { return q.Kind.Decode(q, v) }

// wrongShape reports a value of the wrong shape for a question.
func wrongShape(q Question, v any) error {
	return fmt.Errorf("%s: got %s; %s", q.ID, describeYAML(v), expects(q))
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
		val, err := q.Kind.Encode(q, ans)
		if err != nil {
			return nil, err
		}
		if val == nil {
			continue
		}
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: q.ID}, val)
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
