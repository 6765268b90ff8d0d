package questions

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
)

// claim is a phrase a reason or intro can say about the person, and what
// must be true of the answers when it is said. The predicates read the
// answers directly, not the path rules' own readings of them.
type claim struct {
	phrase string
	holds  func(a Answers) bool
}

func choiceIs(q string, ids ...string) func(Answers) bool {
	return func(a Answers) bool { return slices.Contains(ids, a[q].Choice) }
}

func chosen(q, id string) func(Answers) bool {
	return func(a Answers) bool { return slices.Contains(a[q].Choices, id) }
}

func holdsSAFe(a Answers) bool {
	for _, id := range a[QHeldCerts].Choices {
		if slices.Contains([]string{"popm", "ssm", "sasm", "leading-safe", "lpm", "rte"}, id) {
			return true
		}
	}
	return false
}

func claims() []claim {
	not := func(f func(Answers) bool) func(Answers) bool { return func(a Answers) bool { return !f(a) } }
	and := func(fs ...func(Answers) bool) func(Answers) bool {
		return func(a Answers) bool {
			for _, f := range fs {
				if !f(a) {
					return false
				}
			}
			return true
		}
	}
	return []claim{
		{"organization runs SAFe", choiceIs(QOrgSAFe, "yes")},
		{"LeSS, Nexus", choiceIs(QOrgSAFe, "other_scaling")},
		{"work on their own", choiceIs(QOrgSAFe, "no")},
		{"mostly runs projects", choiceIs(QOrgSAFe, "projects")},
		{"without a scaling framework", not(choiceIs(QOrgSAFe, "other_scaling", "yes", "starting"))},
		{"are new to you", and(choiceIs(QSAFeVocab, "new"), not(holdsSAFe))},
		{"postings you aim for name POPM", chosen(QPostingCerts, "popm")},
		{"postings you aim for name RTE", chosen(QPostingCerts, "rte")},
		{"You work with managers and leaders", func(a Answers) bool {
			return a[QPartners].Choice == "leaders" || chosen(QPostingFocus, "transformation")(a)
		}},
		{"Your week shows no backlog ownership", func(a Answers) bool {
			return a[QWeekTime].Allocation["backlog"] < 15 && a[QRefinement].Level < levelSprint
		}},
		{"You already hold a Scrum Master certification", func(a Answers) bool {
			return slices.ContainsFunc(a[QHeldCerts].Choices, func(id string) bool {
				return slices.Contains([]string{"psm-i", "psm-ii", "psm-iii", "csm", "a-csm", "csp-sm"}, id)
			})
		}},
		{"adds the agile side of project work to your PMP", chosen(QHeldCerts, "pmp")},
		{"You hold POPM", chosen(QHeldCerts, "popm")},
		{"Your postings name a coaching certification", chosen(QPostingCerts, "coaching_cert")},
	}
}

// weekTemplates are weeks that lead to each profile.
func weekTemplates() map[string]Answers {
	return map[string]Answers{
		"product owner":   {QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, QRefinement: {Level: 5}},
		"scrum master":    {QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, QTeamEvents: {Level: 5}},
		"rte":             {QWeekTime: {Allocation: map[string]int{"cross_team": 70, "impediments": 30}}, QCrossTeam: {Level: 5}, QPartners: {Choice: "team_roles"}},
		"leader":          {QWeekTime: {Allocation: map[string]int{"portfolio": 40, "coaching": 30, "stakeholders": 30}}, QPostingFocus: {Choices: []string{"transformation"}}, QPartners: {Choice: "leaders"}, QCoaching: {Level: 4}},
		"project manager": {QWeekTime: {Allocation: map[string]int{"plans_budget": 60, "team_events": 20, "stakeholders": 20}}, QReporting: {Level: 5}},
		"predictive":      {QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, QReporting: {Level: 5}},
		"coach":           {QWeekTime: {Allocation: map[string]int{"coaching": 70, "team_events": 30}}, QCoaching: {Level: 5}},
	}
}

// TestEveryClaimIsTrueOfTheAnswers walks every option of every question a
// reason or intro can restate, one at a time and crossed for the three that
// interact (organization, vocabulary, held certifications), over weeks that
// lead to each role, and checks that each claim the results make holds.
func TestEveryClaimIsTrueOfTheAnswers(t *testing.T) {
	b := defaultBank()
	mentioned := []string{QPartners, QOrgSAFe, QSAFeVocab, QPostingSAFe, QPostingCerts, QAgileYears, QHeldCerts, QPostingSpan, QTeamsProduct, QPostingFocus}
	var personas []Answers
	var bases []Answers
	for _, week := range weekTemplates() {
		bases = append(bases, persona(week), persona(merge(week, Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}})))
	}
	// A PMP holder with the agile years PMI-ACP asks for.
	personas = append(personas, persona(merge(weekTemplates()["project manager"], Answers{QHeldCerts: {Choices: []string{"pmp"}}, QAgileYears: {Choice: "3to5"}})))
	for _, base := range bases {
		personas = append(personas, base)
		for _, qid := range mentioned {
			q, _ := b.Question(qid)
			for _, o := range q.Options {
				a := base.Clone()
				if _, multi := q.Kind.(MultiChoice); multi {
					a[qid] = Answer{Choices: []string{o.ID}}
				} else {
					a[qid] = Answer{Choice: o.ID}
				}
				personas = append(personas, a)
			}
		}
		for _, org := range []string{"yes", "starting", "other_scaling", "no", "projects"} {
			for _, vocab := range []string{"new", "heard", "use", "teach"} {
				for _, held := range []string{"none", "popm", "ssm", "csm", "psm-i", "pspo-i"} {
					a := base.Clone()
					a[QOrgSAFe], a[QSAFeVocab], a[QHeldCerts] = Answer{Choice: org}, Answer{Choice: vocab}, Answer{Choices: []string{held}}
					a[QPostingSAFe] = Answer{Choice: "required"}
					personas = append(personas, a)
				}
			}
		}
	}
	said := map[string]int{}
	for _, a := range personas {
		o := Evaluate(b, a)
		texts := []string{o.Context}
		texts = append(texts, o.Notes...)
		for _, st := range o.Path {
			texts = append(texts, st.Reason)
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
				if strings.Contains(st.Reason, word) {
					t.Errorf("step %d reason uses an ordinal word (%q): %s", st.Position, word, st.Reason)
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

func describe(b Bank, a Answers) string {
	var parts []string
	for _, q := range b.Questions {
		if ans, ok := a[q.ID]; ok && q.ID != QPostingsText {
			parts = append(parts, fmt.Sprintf("%s=%s", q.ID, q.Describe(ans)))
		}
	}
	return strings.Join(parts, "; ")
}

var _ = catalog.POPM
