package planner_test

import (
	"slices"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
	"certpath/report"
)

// The weeks and contexts the table below combines.
var (
	weekSM = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 30, "delivery": 10}}, questions.QTeamEvents: {Level: 5},
		questions.QPostingFocus: {Choices: []string{"events", "impediments"}}, questions.QPartners: {Choice: "developers"}}
	weekPO = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"backlog": 60, "stakeholders": 20, "discovery": 20}}, questions.QRefinement: {Level: 5},
		questions.QPostingFocus: {Choices: []string{"backlog", "stakeholders"}}, questions.QPartners: {Choice: "customers"}}
	weekProductManager = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"discovery": 50, "stakeholders": 30, "backlog": 20}}, questions.QRefinement: {Level: 2},
		questions.QPostingFocus: {Choices: []string{"roadmap", "stakeholders"}}, questions.QPartners: {Choice: "customers"}}
	weekRTE = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"cross_team": 60, "impediments": 20, "team_events": 20}}, questions.QCrossTeam: {Level: 5},
		questions.QPostingFocus: {Choices: []string{"pi_planning", "dependencies"}}, questions.QPartners: {Choice: "team_roles"}, questions.QPostingSpan: {Choice: "train"}}
	weekCoach = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"coaching": 60, "team_events": 20, "impediments": 20}}, questions.QCoaching: {Level: 5},
		questions.QPostingFocus: {Choices: []string{"coaching"}}, questions.QPartners: {Choice: "team_roles"}}
	weekLeader = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"portfolio": 40, "coaching": 20, "stakeholders": 40}}, questions.QCoaching: {Level: 4},
		questions.QPostingFocus: {Choices: []string{"transformation"}}, questions.QPartners: {Choice: "leaders"}, questions.QPostingSpan: {Choice: "portfolio"}}
	weekPortfolio = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"portfolio": 70, "stakeholders": 30}},
		questions.QPostingFocus: {Choices: []string{"portfolio_funding"}}, questions.QPartners: {Choice: "sponsors"}, questions.QPostingSpan: {Choice: "portfolio"}, questions.QTeamsProduct: {Choice: "trains"}}
	weekProject = questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"plans_budget": 60, "stakeholders": 20, "team_events": 20}}, questions.QReporting: {Level: 5},
		questions.QPostingFocus: {Choices: []string{"schedule_budget", "risk_register"}}, questions.QPartners: {Choice: "sponsors"}, questions.QPostingSpan: {Choice: "project"}, questions.QTeamsProduct: {Choice: "no_product"}}

	onATrain = questions.Answers{questions.QOrgSAFe: {Choice: "yes"}, questions.QSAFeVocab: {Choice: "use"}, questions.QPostingSAFe: {Choice: "required"}, questions.QTeamsProduct: {Choice: "train"}}
	starting = questions.Answers{questions.QOrgSAFe: {Choice: "starting"}, questions.QSAFeVocab: {Choice: "heard"}, questions.QPostingSAFe: {Choice: "preferred"}}
	newToIt  = questions.Answers{questions.QOrgSAFe: {Choice: "starting"}, questions.QSAFeVocab: {Choice: "new"}, questions.QPostingSAFe: {Choice: "preferred"}}
	plain    = questions.Answers{questions.QOrgSAFe: {Choice: "no"}, questions.QPostingSAFe: {Choice: "scrum_only"}}
	scaled   = questions.Answers{questions.QOrgSAFe: {Choice: "other_scaling"}, questions.QPostingSAFe: {Choice: "scrum_only"}}
	projects = questions.Answers{questions.QOrgSAFe: {Choice: "projects"}, questions.QPostingSAFe: {Choice: "projects"}}
)

// who builds a person from a week, a context, years in agile roles, years
// in the role (empty: not answered) and the certifications held.
func who(week, context questions.Answers, years, role string, held ...string) questions.Answers {
	a := testbank.Merge(testbank.Merge(testbank.Persona(nil), week), context)
	a[questions.QAgileMonths] = questions.Answer{Choice: years}
	if role != "" {
		a[questions.QRoleMonths] = questions.Answer{Choice: role}
	}
	if len(held) > 0 {
		a[questions.QHeldCerts] = questions.Answer{Choices: held}
	}
	return a
}

// TestFirstStepsWeDefend: profile x context x experience x certifications
// held, each with the first step certpath would defend to that person, and
// the steps that must not be on their path.
func TestFirstStepsWeDefend(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		a     questions.Answers
		first []catalog.CertID // any of these
		not   []catalog.CertID
	}{
		// Scrum Masters.
		{"new SM, plain Scrum, nothing held", who(weekSM, plain, "lt12", ""), ids("psm-i", "csm"), ids("psm-ii", "a-csm", "ssm")},
		{"SM of 1-2 years holding CSM: A-CSM is open", who(weekSM, plain, "12to23", "", "csm"), ids("a-csm"), ids("psm-i", "csm")},
		{"SM of 8 months holding CSM: the A-CSM course now, the certificate at 12 months", who(weekSM, plain, "lt12", "", "csm"), ids("a-csm"), ids("psm-i", "psm-ii")},
		{"SM of 3-5 years holding PSM I", who(weekSM, scaled, "36to59", "", "psm-i"), ids("psm-ii"), ids("csm", "a-csm", "ssm")},
		{"SM of 5+ years holding CSM and A-CSM", who(weekSM, plain, "60plus", "", "csm", "a-csm"), ids("csp-sm"), ids("psm-i", "psm-ii")},
		{"SM of 1-2 years holding A-CSM: CSP-SM waits, and leads with what to do meanwhile", who(weekSM, plain, "12to23", "", "csm", "a-csm"), ids("csp-sm"), ids("psm-ii", "psm-iii", "pspo-i", "cspo")},
		{"SM on a train, nothing held", who(weekSM, onATrain, "lt12", ""), ids("ssm"), ids("psm-i", "csm", "sasm")},
		{"SM on a train holding CSM", who(weekSM, onATrain, "12to23", "", "csm"), ids("ssm"), ids("psm-i", "a-csm")},
		{"SM on a train holding SSM, 3-5 years", who(weekSM, onATrain, "36to59", "", "ssm"), ids("sasm"), ids("psm-i", "csm")},
		{"SM new to SAFe where it is starting", who(weekSM, newToIt, "12to23", ""), ids("leading-safe"), ids("a-csm")},
		// Product Owners and Product Managers.
		{"new PO, plain Scrum", who(weekPO, plain, "lt12", ""), ids("pspo-i", "cspo"), ids("pspo-ii", "a-cspo", "popm")},
		{"PO of 1-2 years holding CSPO", who(weekPO, plain, "12to23", "", "cspo"), ids("a-cspo"), ids("pspo-i", "cspo")},
		{"PO of 5+ years holding CSPO and A-CSPO", who(weekPO, plain, "60plus", "", "cspo", "a-cspo"), ids("csp-po"), ids("pspo-ii")},
		{"PO of 3-5 years holding PSPO I", who(weekPO, scaled, "36to59", "", "pspo-i"), ids("pspo-ii"), ids("cspo", "a-cspo")},
		{"PO on a train, nothing held", who(weekPO, onATrain, "lt12", ""), ids("popm"), ids("pspo-i", "a-cspo", "apm")},
		{"PO of 3-5 years on a train holding POPM: APM, not an empty path", who(weekPO, onATrain, "36to59", "36to59", "popm"), ids("apm"), ids("popm", "pspo-i", "cspo")},
		{"PO of 5+ years on a train holding POPM and Leading SAFe", who(weekPO, onATrain, "60plus", "", "popm", "leading-safe"), ids("apm"), ids("popm", "leading-safe")},
		{"Product Manager on a train holding POPM: APM", who(weekProductManager, onATrain, "60plus", "", "popm"), ids("apm"), ids("popm", "cspo")},
		{"Product Manager on a train, nothing held: POPM before APM", who(weekProductManager, onATrain, "36to59", ""), ids("popm"), ids("pspo-i")},
		{"PO on a train holding CSPO", who(weekPO, onATrain, "12to23", "", "cspo"), ids("popm"), ids("a-cspo", "pspo-ii")},
		{"Product Manager, plain Scrum, 5+ years", who(weekProductManager, plain, "60plus", ""), ids("pspo-i", "cspo"), ids("popm", "ssm")},
		{"Product Manager new to SAFe where it is starting", who(weekProductManager, newToIt, "lt12", ""), ids("leading-safe"), ids("a-cspo", "ssm")},
		// Release Train Engineers.
		{"RTE on a train holding SSM", who(weekRTE, onATrain, "36to59", "", "ssm"), ids("rte"), ids("ssm", "psm-i")},
		{"RTE on a train, nothing held", who(weekRTE, onATrain, "12to23", ""), ids("rte"), ids("sasm", "psm-i")},
		{"RTE-like coordinator without SAFe, holding PSM I", who(testbank.Merge(weekRTE, questions.Answers{questions.QPostingFocus: {Choices: []string{"dependencies", "flow_metrics"}}, questions.QPostingSpan: {Choice: "few"}}), scaled, "36to59", "", "psm-i"), ids("psm-ii"), ids("rte", "sasm", "ssm")},
		// Coaches.
		{"coach of teams without SAFe, nothing held, 3-5 years", who(weekCoach, plain, "36to59", ""), ids("psm-i", "csm"), ids("pal-i", "csp-sm")},
		{"coach holding PSM I and II, 5+ years", who(weekCoach, scaled, "60plus", "", "psm-i", "psm-ii"), ids("psm-iii"), ids("psm-i", "csm")},
		{"coach of leaders on a train, SAFe well known, holding Leading SAFe: SPC", who(testbank.Merge(weekCoach, questions.Answers{questions.QPartners: {Choice: "leaders"}}), onATrain, "60plus", "", "leading-safe"), ids("spc"), ids("leading-safe", "ssm")},
		{"coach of leaders where SAFe is starting", who(testbank.Merge(weekCoach, questions.Answers{questions.QPartners: {Choice: "leaders"}}), starting, "60plus", "", "psm-i", "psm-ii"), ids("leading-safe"), ids("ssm", "sasm")},
		// Leaders and portfolio managers.
		{"leader without SAFe, under a year", who(weekLeader, plain, "lt12", ""), ids("pal-i"), ids("leading-safe", "a-csm")},
		{"leader where SAFe is starting", who(weekLeader, starting, "36to59", ""), ids("leading-safe"), ids("ssm", "pal-i")},
		{"portfolio manager on trains holding Leading SAFe", who(weekPortfolio, onATrain, "60plus", "", "leading-safe"), ids("lpm"), ids("leading-safe", "ssm")},
		{"portfolio manager on trains, nothing held", who(weekPortfolio, onATrain, "36to59", ""), ids("leading-safe"), ids("ssm", "popm")},
		// Project managers.
		{"project manager of 5+ years, waterfall", who(weekProject, projects, "lt12", "60plus"), ids("pmp"), ids("a-csm")},
		{"project manager of 1-2 years: nothing core opens yet, so the soonest core step leads", who(weekProject, projects, "12to23", "12to23"), ids("pmi-acp"), ids("a-csm")},
		{"project manager holding PMP, 3-5 years agile", who(weekProject, projects, "36to59", "60plus", "pmp"), ids("pmi-acp"), ids("pmp")},
		{"project manager holding PMP on a train", who(weekProject, onATrain, "12to23", "60plus", "pmp"), ids("leading-safe"), ids("pmp", "pmi-acp")},
		{"project manager with no years in the role given", who(weekProject, projects, "36to59", ""), ids("pmi-acp", "psm-i", "pmp"), nil},
	}
	if len(tests) < 30 {
		t.Fatalf("%d people; the table needs at least 30", len(tests))
	}
	b := testbank.Bank()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := planner.Evaluate(b, tt.a)
			if len(o.Path) == 0 {
				t.Fatalf("no path (lead %s)", o.LeadsWith)
			}
			first := o.Path[0]
			if !slices.Contains(tt.first, first.Cert) && !slices.Contains(tt.first, first.Alternative) {
				t.Errorf("first step %s (or %q, %s), want one of %v; lead %s, path %v", first.Cert, first.Alternative, report.When(first.Opens), tt.first, o.LeadsWith, pathIDs(o))
			}
			for _, st := range o.Path {
				if slices.Contains(tt.not, st.Cert) || slices.Contains(tt.not, st.Alternative) {
					t.Errorf("%s is on the path %v", st.Cert, pathIDs(o))
				}
			}
			if problems := pathProblems(b, tt.a, o); len(problems) > 0 {
				t.Errorf("path %v breaks rules: %v", pathIDs(o), problems)
			}
		})
	}
}

func ids(s ...string) []catalog.CertID {
	out := make([]catalog.CertID, len(s))
	for i, x := range s {
		out[i] = catalog.CertID(x)
	}
	return out
}
