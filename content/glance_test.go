package content

import "testing"

// A figure marked at a glance ("45 questions†") does not read as fact; the
// same figure without the mark does.
func TestMarkHedgesAFigure(t *testing.T) {
	r := []Reading{{Cert: "popm", Label: "Exam questions", Values: []Fact{{Value: "45"}}, Confirmation: Confirmation{Why: WhyTierC}}}
	if p := ReadAsFact("- **Exam 6.0:** 45 questions"+Mark+", 90 minutes", r); len(p) != 0 {
		t.Errorf("a marked figure reads as fact: %v", p)
	}
	if p := ReadAsFact("- **Exam 6.0:** 45 questions, 90 minutes", r); len(p) != 1 {
		t.Errorf("an unmarked figure does not read as fact: %v", p)
	}
}
