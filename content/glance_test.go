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

// An earlier value in a page's history, "Earlier, exam 6.0: ...", is read
// as that version's: unmarked it reads as fact, marked it does not, and
// the current value of the same figure is not looked for there.
func TestHistoryItemsAreReadByTheirVersion(t *testing.T) {
	earlier := []Reading{{Cert: "popm", Label: "Retake fee", Values: []Fact{{Value: "$40", Version: "6.0"}}, Confirmation: Confirmation{Why: WhyTierC}, Earlier: true}}
	if p := ReadAsFact("- **"+EarlierTitle("6.0", "2026-03-29")+":** retake fee $40 [S9]", earlier); len(p) != 1 {
		t.Errorf("an unmarked earlier value does not read as fact: %v", p)
	}
	if p := ReadAsFact("- **"+EarlierTitle("6.0", "")+":** retake fee $40 [S9]"+Mark, earlier); len(p) != 0 {
		t.Errorf("a marked earlier value reads as fact: %v", p)
	}
	current := []Reading{{Cert: "popm", Label: "Retake fee", Values: []Fact{{Value: "$40", Version: "6.0"}}, Confirmation: Confirmation{Why: WhyTierC}}}
	if p := ReadAsFact("- **"+EarlierTitle("5.1", "")+":** retake fee $40 [S5]", current); len(p) != 0 {
		t.Errorf("a confirmed earlier version's value is read as the current one: %v", p)
	}
}
