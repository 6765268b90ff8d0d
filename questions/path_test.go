package questions

import "testing"

func firstStep(t *testing.T, a Answers) Step {
	t.Helper()
	b := DefaultBank()
	for id, ans := range a {
		q, ok := b.Question(id)
		if !ok {
			t.Fatalf("persona answers unknown question %q", id)
		}
		if err := q.Check(ans); err != nil {
			t.Fatalf("persona answer is invalid: %v", err)
		}
	}
	steps := Recommend(b, a, Score(b, a))
	if len(steps) == 0 {
		t.Fatal("no path recommended")
	}
	return steps[0]
}

func TestPathFirstSteps(t *testing.T) {
	onTrain := Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QTeamsProduct: {Choice: "train"}}
	with := func(base Answers, more Answers) Answers {
		out := Answers{}
		for k, v := range base {
			out[k] = v
		}
		for k, v := range more {
			out[k] = v
		}
		return persona(out)
	}
	tests := []struct {
		name string
		a    Answers
		want CertID
	}{
		{"new to SAFe in a SAFe organization", with(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "new"}, QPostingSAFe: {Choice: "required"}}, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 100}}}), "leading-safe"},
		{"PO on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}}), "popm"},
		{"SM on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}}), "ssm"},
		{"PO of one simple team", with(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "preferred"}}, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 80, "delivery": 20}}}), "pspo-i"},
		{"SM outside SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}}), "psm-i"},
		{"PO outside SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "discovery": 30}}, QRefinement: {Level: 5}}), "pspo-i"},
		{"CSM holder on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, QHeldCerts: {Choices: []string{"csm"}}}), "ssm"},
		{"experienced SM holding PSM I", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, QAgileYears: {Choice: "3to5"}, QHeldCerts: {Choices: []string{"psm-i"}}}), "psm-ii"},
		{"project manager", persona(Answers{QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, QOrgSAFe: {Choice: "projects"}, QPostingSAFe: {Choice: "projects"}}), "pmp"},
		{"portfolio funding on SAFe", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"portfolio": 80, "stakeholders": 20}}}), "lpm"},
		{"transformation leader without SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"portfolio": 40, "coaching": 20, "stakeholders": 40}}, QPostingFocus: {Choices: []string{"transformation"}}, QPartners: {Choice: "leaders"}, QPostingSpan: {Choice: "portfolio"}}), "pal-i"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstStep(t, tt.a); got.Cert != tt.want {
				t.Fatalf("first step = %s (%s), want %s", got.Cert, got.Reason, tt.want)
			}
		})
	}
}

func TestPathNeverRecommendsWhatIsHeld(t *testing.T) {
	b := DefaultBank()
	for _, c := range Certs() {
		for _, week := range []map[string]int{{"team_events": 100}, {"backlog": 100}, {"cross_team": 100}, {"plans_budget": 100}, {"coaching": 100}} {
			a := persona(Answers{QWeekTime: {Allocation: week}, QHeldCerts: {Choices: []string{string(c.ID)}}, QAgileYears: {Choice: "3to5"}})
			for _, st := range Recommend(b, a, Score(b, a)) {
				if st.Cert == c.ID || st.Alternative == c.ID {
					t.Errorf("holding %s, the path for %v still recommends it", c.ID, week)
				}
			}
		}
	}
}

func TestHeldLevelOneLeadsToLevelTwo(t *testing.T) {
	a := persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 100}}, QHeldCerts: {Choices: []string{"pspo-i"}}})
	if got := firstStep(t, a); got.Cert != "pspo-ii" {
		t.Fatalf("a PSPO I holder was offered %s first, want pspo-ii", got.Cert)
	}
}
