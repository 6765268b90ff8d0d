package planner_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
)

// claim is a phrase a reason or intro can say about the person, and what
// must be true of the answers when it is said. The predicates read the
// answers directly, not the path rules' own readings of them.
type claim struct {
	phrase string
	holds  func(a questions.Answers) bool
}

func choiceIs(q string, ids ...string) func(questions.Answers) bool {
	return func(a questions.Answers) bool { return slices.Contains(ids, a[q].Choice) }
}

func chosen(q, id string) func(questions.Answers) bool {
	return func(a questions.Answers) bool { return slices.Contains(a[q].Choices, id) }
}

func holdsSAFe(a questions.Answers) bool {
	for _, id := range a[questions.QHeldCerts].Choices {
		if slices.Contains([]string{"popm", "apm", "ssm", "sasm", "leading-safe", "lpm", "rte", "spc"}, id) {
			return true
		}
	}
	return false
}

func claims() []claim {
	not := func(f func(questions.Answers) bool) func(questions.Answers) bool {
		return func(a questions.Answers) bool { return !f(a) }
	}
	and := func(fs ...func(questions.Answers) bool) func(questions.Answers) bool {
		return func(a questions.Answers) bool {
			for _, f := range fs {
				if !f(a) {
					return false
				}
			}
			return true
		}
	}
	return []claim{
		{"organization runs SAFe", choiceIs(questions.QOrgSAFe, "yes")},
		{"LeSS, Nexus", choiceIs(questions.QOrgSAFe, "other_scaling")},
		{"events across teams every sprint or more without a scaling framework", choiceIs(questions.QOrgSAFe, "no")},
		{"mostly runs projects", choiceIs(questions.QOrgSAFe, "projects")},
		{"without a scaling framework", not(choiceIs(questions.QOrgSAFe, "other_scaling", "yes", "starting"))},
		{"are new to you", and(choiceIs(questions.QSAFeVocab, "new"), not(holdsSAFe))},
		{"postings you aim for name POPM", chosen(questions.QPostingCerts, "popm")},
		{"postings you aim for name RTE", chosen(questions.QPostingCerts, "rte")},
		{"You work with managers and leaders", func(a questions.Answers) bool {
			return a[questions.QPartners].Choice == "leaders" || chosen(questions.QPostingFocus, "transformation")(a)
		}},
		{"Your week shows no backlog ownership", func(a questions.Answers) bool {
			return a[questions.QWeekTime].Allocation["backlog"] < 15 && a[questions.QRefinement].Level < 3
		}},
		{"You already hold a Scrum Master certification", func(a questions.Answers) bool {
			return slices.ContainsFunc(a[questions.QHeldCerts].Choices, func(id string) bool {
				return slices.Contains([]string{"psm-i", "psm-ii", "psm-iii", "csm", "a-csm", "csp-sm"}, id)
			})
		}},
		{"adds the agile side of project work to your PMP", chosen(questions.QHeldCerts, "pmp")},
		{"You hold POPM", chosen(questions.QHeldCerts, "popm")},
	}
}

// weekTemplates are weeks that lead to each profile.
func weekTemplates() map[string]questions.Answers {
	return map[string]questions.Answers{
		"product owner":   {questions.QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, questions.QRefinement: {Level: 5}},
		"scrum master":    {questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, questions.QTeamEvents: {Level: 5}},
		"rte":             {questions.QWeekTime: {Allocation: map[string]int{"cross_team": 70, "impediments": 30}}, questions.QCrossTeam: {Level: 5}, questions.QPartners: {Choice: "team_roles"}},
		"leader":          {questions.QWeekTime: {Allocation: map[string]int{"portfolio": 40, "coaching": 30, "stakeholders": 30}}, questions.QPostingFocus: {Choices: []string{"transformation"}}, questions.QPartners: {Choice: "leaders"}, questions.QCoaching: {Level: 4}},
		"project manager": {questions.QWeekTime: {Allocation: map[string]int{"plans_budget": 60, "team_events": 20, "stakeholders": 20}}, questions.QReporting: {Level: 5}},
		"predictive":      {questions.QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, questions.QReporting: {Level: 5}},
		"coach":           {questions.QWeekTime: {Allocation: map[string]int{"coaching": 70, "team_events": 30}}, questions.QCoaching: {Level: 5}},
	}
}

// TestEveryClaimIsTrueOfTheAnswers walks every option of every question a
// reason or intro can restate, one at a time and crossed for the three that
// interact (organization, vocabulary, held certifications), over weeks that
// lead to each role, and checks that each claim the results make holds.
func TestEveryClaimIsTrueOfTheAnswers(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	mentioned := []string{questions.QPartners, questions.QOrgSAFe, questions.QSAFeVocab, questions.QPostingSAFe, questions.QPostingCerts, questions.QAgileMonths, questions.QHeldCerts, questions.QPostingSpan, questions.QTeamsProduct, questions.QPostingFocus}
	var personas []questions.Answers
	var bases []questions.Answers
	for _, week := range weekTemplates() {
		bases = append(bases, testbank.Persona(week), testbank.Persona(testbank.Merge(week, questions.Answers{questions.QOrgSAFe: {Choice: "yes"}, questions.QSAFeVocab: {Choice: "use"}, questions.QPostingSAFe: {Choice: "required"}})))
	}
	// A PMP holder with the agile years PMI-ACP asks for.
	personas = append(personas, testbank.Persona(testbank.Merge(weekTemplates()["project manager"], questions.Answers{questions.QHeldCerts: {Choices: []string{"pmp"}}, questions.QAgileMonths: {Choice: "36to59"}})))
	for _, base := range bases {
		personas = append(personas, base)
		for _, qid := range mentioned {
			q, _ := b.Question(qid)
			for _, o := range q.Options {
				a := base.Clone()
				if _, multi := q.Kind.(questions.MultiChoice); multi {
					a[qid] = questions.Answer{Choices: []string{o.ID}}
				} else {
					a[qid] = questions.Answer{Choice: o.ID}
				}
				personas = append(personas, a)
			}
		}
		for _, org := range []string{"yes", "starting", "other_scaling", "no", "projects"} {
			for _, vocab := range []string{"new", "heard", "use", "teach"} {
				for _, held := range []string{"none", "popm", "ssm", "csm", "psm-i", "pspo-i"} {
					a := base.Clone()
					a[questions.QOrgSAFe], a[questions.QSAFeVocab], a[questions.QHeldCerts] = questions.Answer{Choice: org}, questions.Answer{Choice: vocab}, questions.Answer{Choices: []string{held}}
					a[questions.QPostingSAFe] = questions.Answer{Choice: "required"}
					personas = append(personas, a)
				}
			}
		}
	}
	said := map[string]int{}
	for _, a := range personas {
		o := planner.Evaluate(b, a)
		texts := []string{o.Context}
		texts = append(texts, o.Notes...)
		for _, st := range o.Path {
			texts = append(texts, reasonOf(st))
		}
		text := strings.Join(texts, "\n")
		for _, c := range claims() {
			if strings.Contains(text, c.phrase) || strings.Contains(text, strings.ToLower(c.phrase[:1])+c.phrase[1:]) {
				said[c.phrase]++
				if !c.holds(a) {
					t.Errorf("%q is said, but not true of the answers %s\n%s", c.phrase, describe(b, a), text)
				}
			}
		}
		for _, st := range o.Path {
			for _, word := range []string{" second", " third", " fourth", "comes first"} {
				if strings.Contains(reasonOf(st), word) {
					t.Errorf("step %d reason uses an ordinal word (%q): %s", st.Position, word, reasonOf(st))
				}
			}
		}
	}
	for _, c := range claims() {
		if said[c.phrase] == 0 {
			t.Errorf("no persona made certpath say %q: the table does not cover it", c.phrase)
		}
	}
	t.Logf("%d personas; claims said: %v", len(personas), said)
}

func describe(b questions.Bank, a questions.Answers) string {
	var parts []string
	for _, q := range b.Questions {
		if ans, ok := a[q.ID]; ok && q.ID != questions.QPostingsText {
			parts = append(parts, fmt.Sprintf("%s=%s", q.ID, q.Describe(ans)))
		}
	}
	return strings.Join(parts, "; ")
}

var _ = catalog.POPM
