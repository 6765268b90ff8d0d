package questions

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ParseOverride reads one change of an answer given as QUESTION=VALUE
// (certpath quiz --what-if): the value as an answers file gives it, a list
// as option IDs joined by commas. It is checked exactly as the answer in a
// file is, with the same messages.
func ParseOverride(b Bank, spec string) (string, Answer, error) {
	id, value, ok := strings.Cut(spec, "=")
	id, value = strings.TrimSpace(id), strings.TrimSpace(value)
	if !ok || id == "" {
		return "", Answer{}, fmt.Errorf("%s: give QUESTION=VALUE, such as week.agile_months=24to35 or week.held_certs=csm,pspo-i (certpath questions lists the IDs)", KeyName(spec))
	}
	q, found := b.Question(id)
	if !found {
		return "", Answer{}, fmt.Errorf("%s: unknown question; the questions are %s", KeyName(id), strings.Join(questionIDs(b), ", "))
	}
	var v any
	if _, multi := q.Kind.(MultiChoice); multi {
		var ids []any
		for part := range strings.SplitSeq(value, ",") {
			if part = strings.TrimSpace(part); part != "" {
				ids = append(ids, part)
			}
		}
		v = ids
	} else if err := yaml.Unmarshal([]byte(value), &v); err != nil {
		v = value
	}
	a, err := decodeAnswer(q, v)
	if err == nil {
		err = q.Check(a)
	}
	if err != nil {
		return "", Answer{}, err
	}
	return q.ID, a, nil
}
