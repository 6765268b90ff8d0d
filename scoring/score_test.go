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
		// A business analyst's week: requirements and analysis, with the
		// stakeholders they come from.
		{"analysis week", map[string]int{"analysis": 70, "stakeholders": 30}, catalog.ProductOwner},
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

// The week has an activity a business analyst would call their own
// (issue 36): requirements and analysis, which counts toward the Product
// Owner first. A week without it, as every older answers file has, is
// still whole.
func TestWeekHasRequirementsAndAnalysis(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	q, _ := b.Question(questions.QWeekTime)
	o, ok := q.Option("analysis")
	if !ok || o.Label != "Requirements and analysis" {
		t.Fatalf("the week has no requirements and analysis activity: %+v", q.Options)
	}
	// A business analyst's week: mostly requirements and analysis, with
	// the stakeholders and users they come from. Without the activity the
	// rest of it reads as a Product Manager's.
	week := questions.Answer{Allocation: map[string]int{"analysis": 60, "stakeholders": 25, "discovery": 15}}
	if err := q.Check(week); err != nil {
		t.Fatal(err)
	}
	if top := Score(b, testbank.Persona(questions.Answers{questions.QWeekTime: week})).Top().ID; top != catalog.ProductOwner {
		t.Errorf("a business analyst's week reads as %s, want Product Owner", top)
	}
	if err := q.Check(questions.Answer{Allocation: map[string]int{"backlog": 100}}); err != nil {
		t.Errorf("a week without the new activity must still be whole: %v", err)
	}
}
