package scoring

import (
	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/questions"
	"reflect"
	"testing"
)

func TestScoreFollowsTheCalendar(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	tests := []struct {
		name string
		week map[string]int
		want catalog.ProfileID
	}{
		{"backlog week", map[string]int{"backlog": 70, "stakeholders": 30}, catalog.ProductOwner},
		{"facilitation week", map[string]int{"team_events": 60, "impediments": 40}, catalog.ScrumMaster},
		{"coordination week", map[string]int{"cross_team": 80, "impediments": 20}, catalog.ReleaseTrainEngineer},
		{"coaching week", map[string]int{"coaching": 90, "delivery": 10}, catalog.AgileCoach},
		{"planning week", map[string]int{"plans_budget": 70, "stakeholders": 30}, catalog.ProjectManager},
		{"discovery week", map[string]int{"discovery": 80, "backlog": 20}, catalog.ProductManager},
		{"funding week", map[string]int{"portfolio": 80, "stakeholders": 20}, catalog.PortfolioManager},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(b, testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: tt.week}}))
			if got := r.Top().ID; got != tt.want {
				t.Fatalf("top profile = %s, want %s (scores %+v)", got, tt.want, r.Profiles)
			}
		})
	}
}

func TestScoreKeepsEveryContribution(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	r := Score(b, testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 50, "delivery": 50}}, questions.QTeamEvents: {Level: 5}}))
	for _, p := range r.Profiles {
		sum := 0.0
		for _, c := range p.Contributions {
			sum += c.Points
		}
		if round2(sum) != p.Score {
			t.Errorf("%s: contributions add up to %.2f, score is %.2f", p.ID, sum, p.Score)
		}
	}
	sm := r.Top()
	if sm.ID != catalog.ScrumMaster || sm.Contributions[0].QuestionID != questions.QWeekTime || sm.Contributions[0].Points != 6 {
		t.Fatalf("expected half a week of team events (+6) to lead the Scrum Master's contributions, got %+v", sm)
	}
}

func TestScoreIgnoresTheOrderOfChoices(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	a := testbank.Persona(questions.Answers{questions.QPostingFocus: {Choices: []string{"backlog", "pi_planning", "roadmap"}}})
	c := testbank.Persona(questions.Answers{questions.QPostingFocus: {Choices: []string{"roadmap", "backlog", "pi_planning"}}})
	if !reflect.DeepEqual(Score(b, a), Score(b, c)) {
		t.Fatal("the same choices in another order scored differently")
	}
}

func TestScoreOfNothingIsZero(t *testing.T) {
	t.Parallel()
	r := Score(testbank.Bank(), questions.Answers{})
	for _, p := range r.Profiles {
		if p.Score != 0 {
			t.Fatalf("%s scored %.1f with no answers", p.ID, p.Score)
		}
	}
	if r.Framework() != catalog.Scrum {
		t.Fatalf("with no answers the framework should fall back to Scrum, got %s", r.Framework())
	}
}

func TestFlipsReallyFlip(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	a := testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"backlog": 50, "team_events": 50}}})
	r := Score(b, a)
	for _, q := range b.Questions {
		for _, alt := range q.Kind.Alternatives(q, a[q.ID]) {
			if err := q.Check(alt.Answer); err != nil {
				t.Fatalf("alternative %q is not a valid answer: %v", alt.Change, err)
			}
		}
	}
	cc := FindCloseCall(b, a, r)
	for _, f := range cc.Flips {
		if f.margin <= 0 {
			t.Errorf("flip %q does not put the runner-up first", f.Change)
		}
	}
}
