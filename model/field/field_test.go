package field

import (
	"testing"

	"certpath/questions"
)

// TestEveryKindHasAWidget fails when a question kind is added without a
// widget in the registry: the widget draws it in the screens and asks it in
// accessible mode.
func TestEveryKindHasAWidget(t *testing.T) {
	for _, k := range questions.Kinds() {
		q := questions.Question{ID: "probe", Kind: k, Options: []questions.Option{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}}}
		if _, err := New(q, NewKeyMap(), &Styles{}, Options{}); err != nil {
			t.Errorf("kind %s: %v", k.Name(), err)
		}
	}
	if len(widgets()) != len(questions.Kinds()) {
		t.Errorf("the registry has %d widgets for %d kinds", len(widgets()), len(questions.Kinds()))
	}
}
