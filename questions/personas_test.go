package questions

import (
	"strings"
	"testing"

	"certpath/catalog"
)

// The tests below reproduce, class by class, the failures held-out personas
// found in issue 13: each persona failed before and passes now.

func pathIDs(o Outcome) []catalog.CertID {
	var ids []catalog.CertID
	for _, st := range o.Path {
		ids = append(ids, st.Cert)
	}
	return ids
}

func reasons(o Outcome) string {
	var out []string
	for _, st := range o.Path {
		out = append(out, st.Reason)
	}
	return strings.Join(out, "\n")
}

// Class 1: a leader is never sent to a Scrum Master course first.
func TestLeadersStartWithLeadership(t *testing.T) {
	b := defaultBank()
	executive := persona(Answers{
		QWeekTime:     {Allocation: map[string]int{"coaching": 40, "portfolio": 30, "stakeholders": 30}},
		QCoaching:     {Level: 4},
		QPostingFocus: {Choices: []string{"transformation", "coaching"}},
		QPartners:     {Choice: "leaders"},
		QOrgSAFe:      {Choice: "no"},
		QPostingSpan:  {Choice: "portfolio"},
	})
	for name, a := range map[string]Answers{
		"as answered":            executive,
		"with a different span":  merge(executive, Answers{QPostingSpan: {Choice: "few"}}),
		"coaching leaders daily": merge(executive, Answers{QCoaching: {Level: 5}}),
	} {
		o := Evaluate(b, a)
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
	adopting := merge(executive, Answers{QOrgSAFe: {Choice: "starting"}})
	if o := Evaluate(b, adopting); o.Top().ID == catalog.AgileLeader && o.Path[0].Cert != catalog.LeadingSAFe {
		t.Errorf("a leader in an organization starting SAFe starts with Leading SAFe, got %v", pathIDs(o))
	}
}

// Class 2: hybrid project managers get PMI-ACP first unless the postings
// name PMP or the work is predictive, and the reason names what the postings
// named.
func TestHybridProjectManagers(t *testing.T) {
	b := defaultBank()
	hybrid := persona(Answers{
		QWeekTime:     {Allocation: map[string]int{"plans_budget": 50, "team_events": 30, "stakeholders": 20}},
		QTeamEvents:   {Level: 4},
		QReporting:    {Level: 4},
		QPostingFocus: {Choices: []string{"flow_metrics", "schedule_budget"}},
		QOrgSAFe:      {Choice: "no"},
		QAgileYears:   {Choice: "3to5"},
		QRoleYears:    {Choice: "3to5"},
	})
	o := Evaluate(b, hybrid)
	if o.Top().ID != catalog.ProjectManager || o.Path[0].Cert != catalog.PMIACP {
		t.Fatalf("a hybrid project manager should start with PMI-ACP: top %s, path %v", o.Top().ID, pathIDs(o))
	}
	acp := Evaluate(b, merge(hybrid, Answers{QPostingCerts: {Choices: []string{"pmi-acp"}}}))
	if r := acp.Path[0].Reason; !strings.Contains(r, "name PMI-ACP") || strings.Contains(r, "PMP is the credential") {
		t.Errorf("when the postings name only PMI-ACP the reason must say so: %q", r)
	}
	pmp := Evaluate(b, merge(hybrid, Answers{QPostingCerts: {Choices: []string{"pmp"}}}))
	if pmp.Path[0].Cert != catalog.PMP || !strings.Contains(pmp.Path[0].Reason, "name PMP or PRINCE2") {
		t.Errorf("postings that name PMP put PMP first and say why: %+v", pmp.Path[0])
	}
	predictive := persona(Answers{QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, QReporting: {Level: 5}, QOrgSAFe: {Choice: "projects"}, QRoleYears: {Choice: "3to5"}})
	if p := Evaluate(b, predictive); p.Path[0].Cert != catalog.PMP {
		t.Errorf("predictive project work starts with PMP, got %v", pathIDs(p))
	}
}

// Class 3: answers are echoed as given.
func TestAnswersEchoedAsGiven(t *testing.T) {
	b := defaultBank()
	sm := func(more Answers) Outcome {
		return Evaluate(b, persona(merge(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, QPostingSAFe: {Choice: "required"}}, more)))
	}
	starting := sm(Answers{QOrgSAFe: {Choice: "starting"}, QSAFeVocab: {Choice: "heard"}})
	if r := reasons(starting); strings.Contains(r, "runs SAFe") || strings.Contains(r, "new to you") {
		t.Errorf("starting + heard was echoed wrongly:\n%s", r)
	}
	if r := reasons(sm(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "new"}, QHeldCerts: {Choices: []string{"popm"}}})); strings.Contains(r, "new to you") {
		t.Errorf("someone holding POPM knows SAFe's vocabulary:\n%s", r)
	}
	less := Evaluate(b, persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, QOrgSAFe: {Choice: "other_scaling"}}))
	if strings.Contains(less.Context, "without a scaling framework") || !strings.Contains(less.Context, "LeSS, Nexus") {
		t.Errorf("scaling another way is not 'without a scaling framework': %q", less.Context)
	}
}

// Class 4: an RTE's path has RTE on it, after its prerequisites, and no step
// that leads to a credential the person holds.
func TestRTEPathHasRTE(t *testing.T) {
	b := defaultBank()
	a := persona(Answers{
		QWeekTime:     {Allocation: map[string]int{"cross_team": 70, "impediments": 30}},
		QCrossTeam:    {Level: 5},
		QPartners:     {Choice: "team_roles"},
		QPostingCerts: {Choices: []string{"rte"}},
		QPostingSpan:  {Choice: "train"},
		QHeldCerts:    {Choices: []string{"pmp"}},
		QOrgSAFe:      {Choice: "starting"},
		QSAFeVocab:    {Choice: "new"},
	})
	o := Evaluate(b, a)
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
	if rte < 0 || !o.Path[rte].Core {
		t.Fatalf("RTE is missing from an RTE's path: %v", ids)
	}
	if !strings.Contains(o.Path[rte].Reason, "name RTE") {
		t.Errorf("the RTE step should say the postings name it: %q", o.Path[rte].Reason)
	}
}

// Class 5: optional cross-role steps are cheap and new to the person.
func TestCrossRoleSteps(t *testing.T) {
	b := defaultBank()
	onTrain := Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QTeamsProduct: {Choice: "train"}}
	po := Evaluate(b, persona(merge(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, QHeldCerts: {Choices: []string{"csm"}}})))
	for _, st := range po.Path {
		if st.Cert == catalog.SSM || st.Cert == catalog.PSMI || st.Cert == catalog.CSM {
			t.Errorf("a CSM holder on a Product Owner path got %s for cross-role insight", st.Cert)
		}
	}
	sm := Evaluate(b, persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, QHeldCerts: {Choices: []string{"pspo-i"}}}))
	for _, st := range sm.Path {
		if st.Cert == catalog.PSPOII && !st.Core {
			t.Errorf("a Scrum Master holding PSPO I got PSPO II as a cross-role step: %v", pathIDs(sm))
		}
	}
	hybrid := Evaluate(b, persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 50, "backlog": 50}}, QAgileYears: {Choice: "3to5"}, QHeldCerts: {Choices: []string{"psm-i"}}}))
	var firstTwo []catalog.CertID
	for _, st := range hybrid.Path[:min(2, len(hybrid.Path))] {
		firstTwo = append(firstTwo, st.Cert, st.Alternative)
	}
	if !containsCert(firstTwo, catalog.PSPOI) && !containsCert(firstTwo, catalog.CSPO) {
		t.Errorf("a hybrid PO/SM on one team should meet the Product Owner course within two steps: %v", pathIDs(hybrid))
	}
	popm := Evaluate(b, persona(merge(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}, QHeldCerts: {Choices: []string{"popm"}}, QSAFeVocab: {Choice: "heard"}})))
	for _, st := range popm.Path {
		if st.Cert == catalog.LeadingSAFe || st.Cert == catalog.PSPOII || st.Alternative == catalog.ACSPO {
			t.Errorf("someone holding POPM on a train gets neither Leading SAFe nor an advanced Scrum Product Owner level, got %v", pathIDs(popm))
		}
	}
	for _, o := range []Outcome{po, sm, hybrid, popm} {
		seenOptional := false
		for _, st := range o.Path {
			if st.Kind == KindOptional {
				seenOptional = true
				if !strings.Contains(st.Reason, "adds") {
					t.Errorf("an optional step must say what it adds: %q", st.Reason)
				}
			} else if seenOptional && st.Kind == KindCore {
				t.Errorf("a core step comes after an optional one: %v", pathIDs(o))
			}
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
	o := Evaluate(defaultBank(), persona(Answers{QWeekTime: {Allocation: map[string]int{"delivery": 90, "backlog": 10}}}))
	if !o.Fit.None || len(o.Fit.Closest) != 2 || !strings.Contains(o.Fit.Why, "90% of your week goes to hands-on building") || !strings.Contains(o.Fit.Needs, "A role would fit once") {
		t.Fatalf("90%% hands-on building must read as no fit: %+v", o.Fit)
	}
	clear := Evaluate(defaultBank(), persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, QTeamEvents: {Level: 5}}))
	if clear.Fit.None {
		t.Fatalf("a clear Scrum Master reads as no fit: %+v", clear.Fit)
	}
}

// Class 7: shares in percent add up to 100.
func TestSharesAddUp(t *testing.T) {
	o := Evaluate(defaultBank(), persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "backlog": 40}}}))
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
	b := defaultBank()
	base := Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}}
	tests := []struct {
		name string
		a    Answers
		want string
	}{
		{"holds POPM, vocabulary new", Answers{QHeldCerts: {Choices: []string{"popm"}}, QSAFeVocab: {Choice: "new"}}, "You hold POPM but say SAFe's vocabulary is new to you: certpath assumed you know it."},
		{"PMI-ACP postings, predictive week", Answers{QPostingCerts: {Choices: []string{"pmi-acp"}}, QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}}, "Your postings name PMI-ACP but your week is predictive project work"},
		{"SAFe organization, Scrum postings", Answers{QOrgSAFe: {Choice: "yes"}, QPostingSAFe: {Choice: "scrum_only"}}, "Your organization runs SAFe, but the postings you aim for speak of Scrum or Kanban only"},
		{"PI Planning without SAFe", Answers{QCrossTeam: {Level: 4}, QOrgSAFe: {Choice: "no"}}, "You run cross-team events such as PI Planning every sprint or more, but say your teams work on their own"},
		{"advanced certificate, first year", Answers{QHeldCerts: {Choices: []string{"a-csm"}}, QAgileYears: {Choice: "lt1"}}, "You hold Advanced Certified ScrumMaster (A-CSM), which assumes a year or more of practice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Evaluate(b, persona(merge(base, tt.a)))
			if !strings.Contains(strings.Join(o.Notes, "\n"), tt.want) {
				t.Fatalf("notes %q lack %q", o.Notes, tt.want)
			}
		})
	}
	if o := Evaluate(b, persona(base)); len(o.Notes) != 0 {
		t.Errorf("consistent answers got notes: %q", o.Notes)
	}
}
