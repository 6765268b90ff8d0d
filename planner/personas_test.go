package planner_test

import (
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
)

// The tests below reproduce, class by class, the failures held-out personas
// found in issue 13: each persona failed before and passes now.

func pathIDs(o planner.Outcome) []catalog.CertID {
	var ids []catalog.CertID
	for _, st := range o.Path {
		ids = append(ids, st.Cert)
	}
	return ids
}

func reasons(o planner.Outcome) string {
	var out []string
	for _, st := range o.Path {
		out = append(out, reasonOf(st))
	}
	return strings.Join(out, "\n")
}

// Class 1: a leader is never sent to a Scrum Master course first.
func TestLeadersStartWithLeadership(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	executive := testbank.Persona(questions.Answers{
		questions.QWeekTime:     {Allocation: map[string]int{"coaching": 40, "portfolio": 30, "stakeholders": 30}},
		questions.QCoaching:     {Level: 4},
		questions.QPostingFocus: {Choices: []string{"transformation", "coaching"}},
		questions.QPartners:     {Choice: "leaders"},
		questions.QOrgSAFe:      {Choice: "no"},
		questions.QPostingSpan:  {Choice: "portfolio"},
	})
	for name, a := range map[string]questions.Answers{
		"as answered":            executive,
		"with a different span":  testbank.Merge(executive, questions.Answers{questions.QPostingSpan: {Choice: "few"}}),
		"coaching leaders daily": testbank.Merge(executive, questions.Answers{questions.QCoaching: {Level: 5}}),
	} {
		o := planner.Evaluate(b, a)
		first := o.Path[0]
		if first.Cert == catalog.PSMI || first.Cert == catalog.CSM || first.Alternative == catalog.CSM {
			t.Errorf("%s: a leader's first step is a Scrum Master course: %+v", name, first)
		}
		if o.LeadsWith == catalog.AgileLeader && first.Cert != catalog.PALI {
			t.Errorf("%s: the path leads with Agile Leader but starts with %s", name, first.Cert)
		}
		if o.Top().ID == catalog.AgileLeader && o.CloseCall != nil && o.Path[0].Cert != catalog.PALI {
			t.Errorf("%s: in a close call the top profile's first step must come first, got %s", name, o.Path[0].Cert)
		}
	}
	adopting := testbank.Merge(executive, questions.Answers{questions.QOrgSAFe: {Choice: "starting"}})
	if o := planner.Evaluate(b, adopting); o.Top().ID == catalog.AgileLeader && o.Path[0].Cert != catalog.LeadingSAFe {
		t.Errorf("a leader in an organization starting SAFe starts with Leading SAFe, got %v", pathIDs(o))
	}
}

// Class 2: hybrid project managers get PMI-ACP first unless the postings
// name PMP or the work is predictive, and the reason names what the postings
// named.
func TestHybridProjectManagers(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	hybrid := testbank.Persona(questions.Answers{
		questions.QWeekTime:     {Allocation: map[string]int{"plans_budget": 50, "team_events": 30, "stakeholders": 20}},
		questions.QTeamEvents:   {Level: 4},
		questions.QReporting:    {Level: 4},
		questions.QPostingFocus: {Choices: []string{"flow_metrics", "schedule_budget"}},
		questions.QOrgSAFe:      {Choice: "no"},
		questions.QAgileMonths:  {Choice: "36to59"},
		questions.QRoleMonths:   {Choice: "36to59"},
	})
	o := planner.Evaluate(b, hybrid)
	if o.Top().ID != catalog.ProjectManager || o.Path[0].Cert != catalog.PMIACP {
		t.Fatalf("a hybrid project manager should start with PMI-ACP: top %s, path %v", o.Top().ID, pathIDs(o))
	}
	acp := planner.Evaluate(b, testbank.Merge(hybrid, questions.Answers{questions.QPostingCerts: {Choices: []string{"pmi-acp"}}}))
	if r := reasonOf(acp.Path[0]); !strings.Contains(r, "name PMI-ACP") || strings.Contains(r, "PMP is the credential") {
		t.Errorf("when the postings name only PMI-ACP the reason must say so: %q", r)
	}
	pmp := planner.Evaluate(b, testbank.Merge(hybrid, questions.Answers{questions.QPostingCerts: {Choices: []string{"pmp"}}}))
	if pmp.Path[0].Cert != catalog.PMP || !strings.Contains(reasonOf(pmp.Path[0]), "name PMP or PRINCE2") {
		t.Errorf("postings that name PMP put PMP first and say why: %+v", pmp.Path[0])
	}
	predictive := testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, questions.QReporting: {Level: 5}, questions.QOrgSAFe: {Choice: "projects"}, questions.QRoleMonths: {Choice: "36to59"}})
	if p := planner.Evaluate(b, predictive); p.Path[0].Cert != catalog.PMP {
		t.Errorf("predictive project work starts with PMP, got %v", pathIDs(p))
	}
}

// Class 3: answers are echoed as given.
func TestAnswersEchoedAsGiven(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	sm := func(more questions.Answers) planner.Outcome {
		return planner.Evaluate(b, testbank.Persona(testbank.Merge(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, questions.QPostingSAFe: {Choice: "required"}}, more)))
	}
	starting := sm(questions.Answers{questions.QOrgSAFe: {Choice: "starting"}, questions.QSAFeVocab: {Choice: "heard"}})
	if r := reasons(starting); strings.Contains(r, "runs SAFe") || strings.Contains(r, "new to you") {
		t.Errorf("starting + heard was echoed wrongly:\n%s", r)
	}
	if r := reasons(sm(questions.Answers{questions.QOrgSAFe: {Choice: "yes"}, questions.QSAFeVocab: {Choice: "new"}, questions.QHeldCerts: {Choices: []string{"popm"}}})); strings.Contains(r, "new to you") {
		t.Errorf("someone holding POPM knows SAFe's vocabulary:\n%s", r)
	}
	less := planner.Evaluate(b, testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, questions.QOrgSAFe: {Choice: "other_scaling"}}))
	if strings.Contains(less.Context, "without a scaling framework") || !strings.Contains(less.Context, "LeSS, Nexus") {
		t.Errorf("scaling another way is not 'without a scaling framework': %q", less.Context)
	}
}

// Class 4: an RTE's path has RTE on it, after its prerequisites, and no step
// that leads to a credential the person holds.
func TestRTEPathHasRTE(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	a := testbank.Persona(questions.Answers{
		questions.QWeekTime:     {Allocation: map[string]int{"cross_team": 70, "impediments": 30}},
		questions.QCrossTeam:    {Level: 5},
		questions.QPartners:     {Choice: "team_roles"},
		questions.QPostingCerts: {Choices: []string{"rte"}},
		questions.QPostingSpan:  {Choice: "train"},
		questions.QHeldCerts:    {Choices: []string{"pmp"}},
		questions.QOrgSAFe:      {Choice: "starting"},
		questions.QSAFeVocab:    {Choice: "new"},
	})
	o := planner.Evaluate(b, a)
	if o.Top().ID != catalog.ReleaseTrainEngineer {
		t.Fatalf("persona's top profile is %s", o.Top().ID)
	}
	ids := pathIDs(o)
	rte := -1
	for i, id := range ids {
		if id == catalog.RTE {
			rte = i
		}
		if id == catalog.PMIACP {
			t.Errorf("an RTE holding PMP was sent to PMI-ACP: %v", ids)
		}
	}
	if rte < 0 || !(o.Path[rte].Kind == planner.KindCore) {
		t.Fatalf("RTE is missing from an RTE's path: %v", ids)
	}
	if !strings.Contains(reasonOf(o.Path[rte]), "name RTE") {
		t.Errorf("the RTE step should say the postings name it: %q", reasonOf(o.Path[rte]))
	}
}

// Class 5: optional cross-role steps are cheap and new to the person.
func TestCrossRoleSteps(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	onTrain := questions.Answers{questions.QOrgSAFe: {Choice: "yes"}, questions.QSAFeVocab: {Choice: "use"}, questions.QPostingSAFe: {Choice: "required"}, questions.QTeamsProduct: {Choice: "train"}}
	po := planner.Evaluate(b, testbank.Persona(testbank.Merge(onTrain, questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, questions.QHeldCerts: {Choices: []string{"csm"}}})))
	for _, st := range po.Path {
		if st.Cert == catalog.SSM || st.Cert == catalog.PSMI || st.Cert == catalog.CSM {
			t.Errorf("a CSM holder on a Product Owner path got %s for cross-role insight", st.Cert)
		}
	}
	sm := planner.Evaluate(b, testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, questions.QHeldCerts: {Choices: []string{"pspo-i"}}}))
	for _, st := range sm.Path {
		if st.Cert == catalog.PSPOII && !(st.Kind == planner.KindCore) {
			t.Errorf("a Scrum Master holding PSPO I got PSPO II as a cross-role step: %v", pathIDs(sm))
		}
	}
	hybrid := planner.Evaluate(b, testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 50, "backlog": 50}}, questions.QAgileMonths: {Choice: "36to59"}, questions.QHeldCerts: {Choices: []string{"psm-i"}}}))
	var firstTwo []catalog.CertID
	for _, st := range hybrid.Path[:min(2, len(hybrid.Path))] {
		firstTwo = append(firstTwo, st.Cert, st.Alternative)
	}
	if !containsCert(firstTwo, catalog.PSPOI) && !containsCert(firstTwo, catalog.CSPO) {
		t.Errorf("a hybrid PO/SM on one team should meet the Product Owner course within two steps: %v", pathIDs(hybrid))
	}
	popm := planner.Evaluate(b, testbank.Persona(testbank.Merge(onTrain, questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, questions.QHeldCerts: {Choices: []string{"popm"}}, questions.QSAFeVocab: {Choice: "heard"}})))
	for _, st := range popm.Path {
		if st.Cert == catalog.LeadingSAFe || st.Cert == catalog.PSPOII || st.Alternative == catalog.ACSPO {
			t.Errorf("someone holding POPM on a train gets neither Leading SAFe nor an advanced Scrum Product Owner level, got %v", pathIDs(popm))
		}
	}
	for _, o := range []planner.Outcome{po, sm, hybrid, popm} {
		checkOptionalLast(t, o)
	}
}

// checkOptionalLast: an optional step says what it adds, and no core step
// comes after one.
func checkOptionalLast(t *testing.T, o planner.Outcome) {
	t.Helper()
	seenOptional := false
	for _, st := range o.Path {
		if st.Kind == planner.KindOptional {
			seenOptional = true
			if !strings.Contains(reasonOf(st), "adds") {
				t.Errorf("an optional step must say what it adds: %q", reasonOf(st))
			}
		} else if seenOptional && st.Kind == planner.KindCore {
			t.Errorf("a core step comes after an optional one: %v", pathIDs(o))
		}
	}
}

func containsCert(ids []catalog.CertID, id catalog.CertID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// Class 6: with no fit, the results say so.
func TestNoFit(t *testing.T) {
	t.Parallel()
	o := planner.Evaluate(testbank.Bank(), testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"delivery": 90, "backlog": 10}}}))
	if !o.Fit.None || len(o.Fit.Closest) != 2 || !strings.Contains(o.Fit.Why, "90% of your week goes to hands-on building") || !strings.Contains(o.Fit.Needs, "A role would fit once") {
		t.Fatalf("90%% hands-on building must read as no fit: %+v", o.Fit)
	}
	clear := planner.Evaluate(testbank.Bank(), testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, questions.QTeamEvents: {Level: 5}}))
	if clear.Fit.None {
		t.Fatalf("a clear Scrum Master reads as no fit: %+v", clear.Fit)
	}
}

// Class 7: shares in percent add up to 100.
func TestSharesAddUp(t *testing.T) {
	t.Parallel()
	o := planner.Evaluate(testbank.Bank(), testbank.Persona(questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "backlog": 40}}}))
	total := 0.0
	for _, p := range o.Profiles {
		total += p.Share
		if p.Share < 0 || p.Share > 100 {
			t.Errorf("%s share %.1f", p.ID, p.Share)
		}
	}
	if total < 99.5 || total > 100.5 {
		t.Fatalf("shares add up to %.1f", total)
	}
}

// Self-consistency notes, one test each.
func TestConsistencyNotes(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	base := questions.Answers{questions.QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}}
	tests := []struct {
		name string
		a    questions.Answers
		want string
	}{
		{"holds POPM, vocabulary new", questions.Answers{questions.QHeldCerts: {Choices: []string{"popm"}}, questions.QSAFeVocab: {Choice: "new"}}, "You hold POPM but say SAFe's vocabulary is new to you: certpath assumed you know it."},
		{"PMI-ACP postings, predictive week", questions.Answers{questions.QPostingCerts: {Choices: []string{"pmi-acp"}}, questions.QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}}, "Your postings name PMI-ACP but your week is predictive project work"},
		{"SAFe organization, Scrum postings", questions.Answers{questions.QOrgSAFe: {Choice: "yes"}, questions.QPostingSAFe: {Choice: "scrum_only"}}, "Your organization runs SAFe, but the postings you aim for speak of Scrum or Kanban only"},
		{"PI Planning without SAFe", questions.Answers{questions.QCrossTeam: {Level: 4}, questions.QOrgSAFe: {Choice: "no"}}, "You run events across teams every sprint or more without a scaling framework (a Scrum of Scrums, say): certpath plans no SAFe step"},
		{"advanced certificate, first year", questions.Answers{questions.QHeldCerts: {Choices: []string{"a-csm"}}, questions.QAgileMonths: {Choice: "lt12"}}, "You hold Advanced Certified ScrumMaster (A-CSM), which assumes a year or more of practice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := planner.Evaluate(b, testbank.Persona(testbank.Merge(base, tt.a)))
			if !strings.Contains(strings.Join(o.Notes, "\n"), tt.want) {
				t.Fatalf("notes %q lack %q", o.Notes, tt.want)
			}
		})
	}
	if o := planner.Evaluate(b, testbank.Persona(base)); len(o.Notes) != 0 {
		t.Errorf("consistent answers got notes: %q", o.Notes)
	}
}
