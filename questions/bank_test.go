package questions

import (
	"strings"
	"testing"
)

func TestDefaultBankIsValid(t *testing.T) {
	b := DefaultBank()
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if n := len(b.Questions); n < 12 {
		t.Fatalf("the bank has %d questions; the quiz needs both sections covered", n)
	}
	sections := map[Section]int{}
	kinds := map[Kind]int{}
	for _, q := range b.Questions {
		sections[q.Section]++
		kinds[q.Kind]++
	}
	for _, s := range []Section{SectionPostings, SectionWeek} {
		if sections[s] == 0 {
			t.Errorf("no question in section %q", s)
		}
	}
	for _, k := range []Kind{SingleChoice, MultiChoice, Frequency, Allocation} {
		if kinds[k] == 0 {
			t.Errorf("no question of kind %q", k)
		}
	}
}

func TestEveryProfileCanBeReached(t *testing.T) {
	reach := map[ProfileID]float64{}
	for _, q := range DefaultBank().Questions {
		for p, w := range q.Effect.Profiles {
			reach[p] += w
		}
		for _, o := range q.Options {
			for p, w := range o.Profiles {
				reach[p] += w
			}
		}
	}
	for _, p := range Profiles() {
		if reach[p.ID] <= 0 {
			t.Errorf("no answer adds to %s", p.ID)
		}
	}
}

func TestValidateRejectsBrokenBanks(t *testing.T) {
	ok := Question{ID: "a", Kind: SingleChoice, Options: []Option{{ID: "x"}, {ID: "y"}}}
	tests := []struct {
		name string
		qs   []Question
		want string
	}{
		{"duplicate question", []Question{ok, ok}, "duplicate ID"},
		{"unknown kind", []Question{{ID: "b", Kind: "slider", Options: ok.Options}}, "unknown kind"},
		{"too few options", []Question{{ID: "b", Kind: MultiChoice, Options: []Option{{ID: "x"}}}}, "at least two options"},
		{"scale with options", []Question{{ID: "b", Kind: Frequency, Options: ok.Options}}, "takes no options"},
		{"duplicate option", []Question{{ID: "b", Kind: SingleChoice, Options: []Option{{ID: "x"}, {ID: "x"}}}}, "duplicate option"},
		{"unknown profile", []Question{{ID: "b", Kind: SingleChoice, Options: []Option{{ID: "x", Effect: eff(pw{"wizard": 1}, nil)}, {ID: "y"}}}}, `unknown profile "wizard"`},
		{"unknown framework", []Question{{ID: "b", Kind: Frequency, Effect: eff(nil, fw{"less": 1})}}, `unknown framework "less"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Bank{Questions: tt.qs}.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestCheckAnswers(t *testing.T) {
	b := DefaultBank()
	q := func(id string) Question { x, _ := b.Question(id); return x }
	tests := []struct {
		name string
		q    Question
		a    Answer
		want string // "" means valid
	}{
		{"single ok", q(QOrgSAFe), Answer{Choice: "yes"}, ""},
		{"single unknown", q(QOrgSAFe), Answer{Choice: "maybe"}, `"maybe" is not an option`},
		{"multi ok", q(QPostingFocus), Answer{Choices: []string{"backlog", "roadmap"}}, ""},
		{"multi twice", q(QPostingFocus), Answer{Choices: []string{"backlog", "backlog"}}, "chosen twice"},
		{"none with others", q(QHeldCerts), Answer{Choices: []string{"none", "csm"}}, "cannot be combined"},
		{"scale ok", q(QTeamEvents), Answer{Level: 5}, ""},
		{"scale out of range", q(QTeamEvents), Answer{Level: 6}, "out of range"},
		{"allocation ok", q(QWeekTime), Answer{Allocation: map[string]int{"backlog": 60, "delivery": 40}}, ""},
		{"allocation short", q(QWeekTime), Answer{Allocation: map[string]int{"backlog": 60}}, "add up to 60%"},
		{"allocation unknown", q(QWeekTime), Answer{Allocation: map[string]int{"golf": 100}}, `"golf" is not an activity`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Check(tt.a)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Check() = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Check() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
