package model

import (
	"testing"

	"certpath/model/field"
	"certpath/questions"
)

// TestEveryKindHasAWidget fails when a question kind is added without a
// widget in the quiz.
func TestEveryKindHasAWidget(t *testing.T) {
	st := newStyles(true)
	for _, k := range questions.Kinds() {
		q := questions.Question{ID: "probe", Kind: k, Options: []questions.Option{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}}}
		if _, err := field.New(q, newKeyMap().KeyMap, &st.Styles, field.Options{}); err != nil {
			t.Errorf("kind %s: %v", k.Name(), err)
		}
	}
}
