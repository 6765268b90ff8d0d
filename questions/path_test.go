package questions

import (
	"certpath/catalog"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func firstStep(t *testing.T, a Answers) Step {
	t.Helper()
	b := defaultBank()
	for id, ans := range a {
		q, ok := b.Question(id)
		if !ok {
			t.Fatalf("persona answers unknown question %q", id)
		}
		if err := q.Check(ans); err != nil {
			t.Fatalf("persona answer is invalid: %v", err)
		}
	}
	steps := Evaluate(b, a).Path
	if len(steps) == 0 {
		t.Fatal("no path recommended")
	}
	return steps[0]
}

func TestPathFirstSteps(t *testing.T) {
	onTrain := Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QTeamsProduct: {Choice: "train"}}
	with := func(base Answers, more Answers) Answers { return persona(merge(base, more)) }
	tests := []struct {
		name string
		a    Answers
		want catalog.CertID
	}{
		{"new to SAFe in a SAFe organization", with(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "new"}, QPostingSAFe: {Choice: "required"}}, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 100}}}), "leading-safe"},
		{"PO on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "stakeholders": 30}}}), "popm"},
		{"SM on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}}), "ssm"},
		{"PO of one simple team", with(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "preferred"}}, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 80, "delivery": 20}}}), "popm"},
		{"PO of one team aiming at postings that name POPM", with(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QPostingCerts: {Choices: []string{"popm"}}}, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 80, "delivery": 20}}}), catalog.POPM},
		{"SM outside SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}}), "psm-i"},
		{"PO outside SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 70, "discovery": 30}}, QRefinement: {Level: 5}}), "pspo-i"},
		{"CSM holder on a train", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, QHeldCerts: {Choices: []string{"csm"}}}), "ssm"},
		{"experienced SM holding PSM I", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "impediments": 30}}, QAgileYears: {Choice: "3to5"}, QHeldCerts: {Choices: []string{"psm-i"}}}), "psm-ii"},
		{"project manager", persona(Answers{QWeekTime: {Allocation: map[string]int{"plans_budget": 80, "stakeholders": 20}}, QOrgSAFe: {Choice: "projects"}, QPostingSAFe: {Choice: "projects"}, QRoleYears: {Choice: "gt5"}}), "pmp"},
		{"portfolio funding on SAFe", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"portfolio": 80, "stakeholders": 20}}}), "leading-safe"},
		{"portfolio funding on SAFe, holding Leading SAFe", with(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"portfolio": 80, "stakeholders": 20}}, QHeldCerts: {Choices: []string{"leading-safe"}}}), "lpm"},
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
	b := defaultBank()
	for _, c := range b.Catalog.Certs() {
		for _, week := range []map[string]int{{"team_events": 100}, {"backlog": 100}, {"cross_team": 100}, {"plans_budget": 100}, {"coaching": 100}} {
			a := persona(Answers{QWeekTime: {Allocation: week}, QHeldCerts: {Choices: []string{string(c.ID)}}, QAgileYears: {Choice: "3to5"}})
			for _, st := range Evaluate(b, a).Path {
				if st.Cert == c.ID || st.Alternative == c.ID {
					t.Errorf("holding %s, the path for %v still recommends it", c.ID, week)
				}
			}
		}
	}
}

func TestHeldLevelOneLeadsToLevelTwo(t *testing.T) {
	a := persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 100}}, QHeldCerts: {Choices: []string{"pspo-i"}}, QAgileYears: {Choice: "1to2"}})
	if got := firstStep(t, a); got.Cert != "pspo-ii" {
		t.Fatalf("a PSPO I holder was offered %s first, want pspo-ii", got.Cert)
	}
}

func pathOf(t *testing.T, a Answers) []catalog.CertID {
	t.Helper()
	var ids []catalog.CertID
	for _, st := range Evaluate(defaultBank(), a).Path {
		ids = append(ids, st.Cert)
	}
	return ids
}

func TestMoreRules(t *testing.T) {
	onTrain := func(more Answers) Answers {
		return persona(merge(Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QTeamsProduct: {Choice: "train"}}, more))
	}
	tests := []struct {
		name string
		a    Answers
		want []catalog.CertID // the path must start with these, in this order
	}{
		{"leader in a SAFe organization", onTrain(Answers{QWeekTime: {Allocation: map[string]int{"portfolio": 30, "coaching": 30, "stakeholders": 40}}, QPostingFocus: {Choices: []string{"transformation"}}, QPartners: {Choice: "leaders"}}), []catalog.CertID{catalog.LeadingSAFe}},
		{"ART-wide facilitation", onTrain(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 50, "impediments": 30, "cross_team": 20}}, QCrossTeam: {Level: 4}, QAgileYears: {Choice: "3to5"}}), []catalog.CertID{catalog.SSM, catalog.SASM}},
		{"train facilitator", onTrain(Answers{QWeekTime: {Allocation: map[string]int{"cross_team": 70, "impediments": 30}}, QCrossTeam: {Level: 5}, QPostingSpan: {Choice: "train"}}), []catalog.CertID{catalog.RTE}},
		{"train facilitator holding SSM", onTrain(Answers{QWeekTime: {Allocation: map[string]int{"cross_team": 70, "impediments": 30}}, QCrossTeam: {Level: 5}, QPostingSpan: {Choice: "train"}, QHeldCerts: {Choices: []string{"ssm"}}, QAgileYears: {Choice: "3to5"}}), []catalog.CertID{catalog.RTE, catalog.SASM}},
		{"hybrid project work", persona(Answers{QWeekTime: {Allocation: map[string]int{"plans_budget": 60, "team_events": 20, "stakeholders": 20}}, QOrgSAFe: {Choice: "no"}, QReporting: {Level: 5}, QAgileYears: {Choice: "3to5"}, QRoleYears: {Choice: "3to5"}}), []catalog.CertID{catalog.PMIACP, catalog.PMP}},
		{"CSM holder, Scrum Master for years outside SAFe: the Scrum Alliance ladder", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 40, "impediments": 30, "coaching": 30}}, QTeamEvents: {Level: 5}, QOrgSAFe: {Choice: "no"}, QAgileYears: {Choice: "gt5"}, QRoleYears: {Choice: "gt5"}, QHeldCerts: {Choices: []string{"csm"}}}), []catalog.CertID{catalog.ACSM, catalog.CSPSM}},
		{"SM who also owns a backlog on one team, outside SAFe", persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 70, "backlog": 30}}, QAgileYears: {Choice: "lt1"}}), []catalog.CertID{catalog.PSMI, catalog.PSPOI}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pathOf(t, tt.a)
			if len(got) < len(tt.want) {
				t.Fatalf("path %v is shorter than %v", got, tt.want)
			}
			for i, id := range tt.want {
				if got[i] != id {
					t.Fatalf("path = %v, want it to start with %v", got, tt.want)
				}
			}
		})
	}
}

func TestOrderFollowsTheCalendarNotThePostings(t *testing.T) {
	// The postings describe a Product Owner; the week is mostly facilitation.
	a := persona(Answers{
		QPostingFocus: {Choices: []string{"backlog", "roadmap", "stakeholders"}},
		QPostingCerts: {Choices: []string{"pspo_cspo"}},
		QWeekTime:     {Allocation: map[string]int{"team_events": 40, "backlog": 20, "delivery": 40}},
	})
	o := Evaluate(defaultBank(), a)
	if o.Top().ID != catalog.ProductOwner || o.Profiles[1].ID != catalog.ScrumMaster {
		t.Fatalf("this persona needs Product Owner on top and Scrum Master second, got %s, %s", o.Top().ID, o.Profiles[1].ID)
	}
	if got := pathOf(t, a); len(got) < 2 || got[0] != catalog.PSMI || got[1] != catalog.PSPOI {
		t.Fatalf("path = %v; the calendar (facilitation) should come first, the postings' role second", got)
	}
}

func TestCloseCall(t *testing.T) {
	b := defaultBank()
	tie := persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 50, "team_events": 50}}})
	o := Evaluate(b, tie)
	cc := o.CloseCall
	if cc == nil {
		t.Fatalf("PO and SM within %.1f points should be a close call", o.Profiles[0].Score-o.Profiles[1].Score)
	}
	if cc.First != o.Profiles[0].ID || cc.Second != o.Profiles[1].ID || len(cc.Flips) == 0 {
		t.Fatalf("close call = %+v", cc)
	}
	for _, f := range cc.Flips {
		q, ok := b.Question(f.QuestionID)
		if !ok || !strings.HasPrefix(f.Change, q.Title+": ") {
			t.Errorf("a flip must name the question it changes: %+v", f)
		}
	}
	// Both profiles get a step.
	path := pathOf(t, tie)
	if !slices.Contains(path, catalog.PSMI) || !slices.Contains(path, catalog.PSPOI) {
		t.Fatalf("a close call between SM and PO should put both first certifications in the path, got %v", path)
	}

	clear := persona(Answers{QWeekTime: {Allocation: map[string]int{"team_events": 100}}, QTeamEvents: {Level: 5}})
	if cc := Evaluate(b, clear).CloseCall; cc != nil {
		t.Fatalf("a clear Scrum Master is not a close call: %+v", cc)
	}
}

func TestFlipsReallyFlip(t *testing.T) {
	b := defaultBank()
	a := persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 50, "team_events": 50}}})
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

func TestEvaluateIsDeterministic(t *testing.T) {
	b := defaultBank()
	a := persona(Answers{QWeekTime: {Allocation: map[string]int{"backlog": 50, "team_events": 50}}})
	first := Evaluate(b, a)
	for range 20 {
		if !reflect.DeepEqual(first, Evaluate(b, a.Clone())) {
			t.Fatal("the same answers evaluated twice gave different outcomes")
		}
	}
}

// TestNamedCertificationIsNeverPassedOver: someone who holds every
// certification of their track got an empty path and "nothing else fits
// your answers" while the postings named one they lack. The first such
// certification that opens to them is now an optional step that says why.
func TestNamedCertificationIsNeverPassedOver(t *testing.T) {
	onTrain := Answers{QOrgSAFe: {Choice: "yes"}, QSAFeVocab: {Choice: "use"}, QPostingSAFe: {Choice: "required"}, QTeamsProduct: {Choice: "train"}, QAgileYears: {Choice: "gt5"}}
	for _, c := range []struct {
		name string
		a    Answers
		want catalog.CertID
	}{
		{"RTE holding the SAFe Scrum Master and RTE lines, postings name LPM", merge(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"cross_team": 60, "coaching": 20, "portfolio": 20}}, QCrossTeam: {Level: 4}, QPostingSpan: {Choice: "portfolio"}, QPostingCerts: {Choices: []string{"lpm", "rte"}}, QHeldCerts: {Choices: []string{"rte", "sasm", "ssm", "leading-safe"}}}), catalog.LPM},
		{"PO holding POPM, postings name Leading SAFe", merge(onTrain, Answers{QWeekTime: {Allocation: map[string]int{"backlog": 60, "stakeholders": 40}}, QRefinement: {Level: 5}, QPostingCerts: {Choices: []string{"popm", "leading-safe"}}, QHeldCerts: {Choices: []string{"popm"}}}), catalog.LeadingSAFe},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := firstStep(t, persona(c.a))
			if st.Cert != c.want || st.Kind != KindOptional || !strings.Contains(st.Reason, "The postings you aim for name") {
				t.Fatalf("first step %s (%s): %q; want %s, optional, saying the postings name it", st.Cert, st.Kind, st.Reason, c.want)
			}
		})
	}
}

// TestUnsaidRoleYearsAreNotClaimed: with "Years in your current role" not
// given, the months a level asks for are judged from the years in agile
// roles, and the reason says to check them instead of saying they are met.
func TestUnsaidRoleYearsAreNotClaimed(t *testing.T) {
	sm := Answers{QWeekTime: {Allocation: map[string]int{"team_events": 60, "impediments": 40}}, QTeamEvents: {Level: 5}, QOrgSAFe: {Choice: "no"}, QAgileYears: {Choice: "3to5"}, QHeldCerts: {Choices: []string{"csm"}}}
	for _, role := range []string{"unsaid", ""} {
		a := persona(sm)
		if role != "" {
			a[QRoleYears] = Answer{Choice: role}
		}
		st := firstStep(t, a)
		if st.Cert != catalog.ACSM || strings.Contains(st.Reason, "months of practice it asks for") || !strings.Contains(st.Reason, "check them before you register") {
			t.Errorf("role years %q: %s: %q", role, st.Cert, st.Reason)
		}
	}
	a := persona(sm)
	a[QRoleYears] = Answer{Choice: "3to5"}
	if st := firstStep(t, a); !strings.Contains(st.Reason, "months of practice it asks for") {
		t.Errorf("role years given: %q", st.Reason)
	}
}
