package questions

import (
	"fmt"
	"slices"
	"strings"

	"certpath/catalog"
)

// Org is what the person said of their organization's way of working.
type Org string

// The organization contexts, one per answer to QOrgSAFe; OrgUnknown when it
// was not answered.
const (
	OrgRunsSAFe     Org = "yes"
	OrgAdoptingSAFe Org = "starting"
	OrgOtherScaling Org = "other_scaling"
	OrgTeamsOnly    Org = "no"
	OrgProjects     Org = "projects"
	OrgUnknown      Org = ""
)

// situation is what the path rules need to know, read once from the answers
// and the scores so that each rule stays a plain condition. Every phrase
// that restates an answer is built here from that answer.
type situation struct {
	top, second catalog.ProfileID
	framework   catalog.Framework
	org         Org
	// vocab is the answer to QSAFeVocab; knowsSAFe also holds when the person
	// holds any SAFe certification.
	vocab     string
	knowsSAFe bool
	// complex: coordination across teams is part of the work or the target
	// role; the deciding factor for SAFe product roles.
	complex bool
	// complexWhy restates the answer that made it complex.
	complexWhy string
	// artFacilitation: the person facilitates across the train.
	artFacilitation bool
	// experienced: a year or more in agile roles.
	experienced bool
	// agileWeek: agile team work takes a real share of the week, or the
	// postings ask for it; predictive: plans and budgets dominate without it.
	agileWeek, predictive bool
	// postingsNamePOPM, postingsNamePMP, postingsNamePMIACP, postingsNameRTE:
	// the postings aimed for name these, in the certifications question or in
	// the pasted text.
	postingsNamePOPM, postingsNamePMP, postingsNamePMIACP, postingsNameRTE bool
	// leaderWhy restates the answer that makes the work leadership: working
	// most with managers and executives, or postings about a transformation.
	leaderWhy string
	// postingsSAFe is the answer to QPostingSAFe.
	postingsSAFe string
	held         map[catalog.CertID]bool
	cat          catalog.Catalog
}

// levelSprint is the index of "every sprint" on the frequency scale.
const levelSprint = 3

// agileActivities are the week's activities that are agile team work.
var agileActivities = []string{"backlog", "team_events", "impediments", "coaching", "cross_team", "discovery"}

func readSituation(b Bank, a Answers, r Result, reports []postingsNames) situation {
	s := situation{held: map[catalog.CertID]bool{}, cat: b.Catalog}
	choice := func(q string) string { return a[q].Choice }
	chose := func(q, o string) bool { return slices.Contains(a[q].Choices, o) }
	level := func(q string) int { return a[q].Level }
	share := func(act string) int { return a[QWeekTime].Allocation[act] }
	s.top = r.Profiles[0].ID
	if len(r.Profiles) > 1 {
		s.second = r.Profiles[1].ID
	}
	s.framework = r.Framework()
	s.org = Org(choice(QOrgSAFe))
	for _, id := range a[QHeldCerts].Choices {
		if c, ok := b.Catalog.Lookup(catalog.CertID(id)); ok {
			s.held[c.ID] = true
			if c.Issuer == catalog.IssuerScaledAgile {
				s.knowsSAFe = true
			}
		}
	}
	s.vocab = choice(QSAFeVocab)
	s.knowsSAFe = s.knowsSAFe || s.vocab == "use" || s.vocab == "teach"
	span, teams := choice(QPostingSpan), choice(QTeamsProduct)
	levels := FrequencyLevels()
	for _, c := range []struct {
		when bool
		why  string
	}{
		{span == "train", "the roles you aim for span a train of five to twelve teams"},
		{span == "portfolio", "the roles you aim for span several trains or a portfolio"},
		{teams == "train", "four or more teams plan your product together"},
		{teams == "trains", "several trains or programmes work on your product"},
		{level(QCrossTeam) >= levelSprint, "you run cross-team events such as PI Planning " + strings.ToLower(levels[min(level(QCrossTeam), len(levels)-1)].Label)},
		{share("cross_team") >= 20, fmt.Sprintf("cross-team coordination takes %d%% of your week", share("cross_team"))},
		{chose(QPostingFocus, "pi_planning"), "the postings you aim for emphasize PI Planning and the train's events"},
		{chose(QPostingFocus, "dependencies"), "the postings you aim for emphasize dependencies and risks across teams"},
	} {
		if c.when && !s.complex {
			s.complex, s.complexWhy = true, c.why
		}
	}
	s.artFacilitation = level(QCrossTeam) >= levelSprint || share("cross_team") >= 25 || span == "train"
	years := choice(QAgileYears)
	s.experienced = years == "1to2" || years == "3to5" || years == "gt5"
	agile := 0
	for _, act := range agileActivities {
		agile += share(act)
	}
	s.agileWeek = agile >= 20 || level(QTeamEvents) >= levelSprint || chose(QPostingFocus, "events") || chose(QPostingFocus, "flow_metrics")
	s.predictive = !s.agileWeek && (share("plans_budget") >= 40 || s.org == OrgProjects || choice(QPostingSAFe) == "projects")
	s.postingsSAFe = choice(QPostingSAFe)
	switch {
	case choice(QPartners) == "leaders":
		s.leaderWhy = "you work most with managers and executives"
	case chose(QPostingFocus, "transformation"):
		s.leaderWhy = "the postings you aim for ask you to lead a transformation"
	}
	s.postingsNamePOPM = chose(QPostingCerts, string(catalog.POPM))
	s.postingsNamePMP = chose(QPostingCerts, "pmp")
	s.postingsNamePMIACP = chose(QPostingCerts, string(catalog.PMIACP))
	s.postingsNameRTE = chose(QPostingCerts, string(catalog.RTE))
	for _, rep := range reports {
		s.postingsNamePOPM = s.postingsNamePOPM || rep.names(catalog.POPM)
		s.postingsNamePMP = s.postingsNamePMP || rep.names(catalog.PMP)
		s.postingsNamePMIACP = s.postingsNamePMIACP || rep.names(catalog.PMIACP)
		s.postingsNameRTE = s.postingsNameRTE || rep.names(catalog.RTE)
	}
	return s
}

// postingsNames is what a postings analysis says was named.
type postingsNames []catalog.CertID

func (p postingsNames) names(id catalog.CertID) bool { return slices.Contains(p, id) }

// safeOrg reports whether the organization runs SAFe or is adopting it.
func (s situation) safeOrg() bool { return s.org == OrgRunsSAFe || s.org == OrgAdoptingSAFe }

// postingsAskSAFe reports whether the person said the postings ask for SAFe.
func (s situation) postingsAskSAFe() bool {
	return s.postingsSAFe == "required" || s.postingsSAFe == "preferred"
}

// safe reports whether the path follows SAFe: the framework reading says so.
func (s situation) safe() bool { return s.framework == catalog.SAFe }

// orgClause restates the organization answer: "your organization runs SAFe".
func (s situation) orgClause() string {
	switch s.org {
	case OrgRunsSAFe:
		return "your organization runs SAFe"
	case OrgAdoptingSAFe:
		return "your organization is starting a SAFe transformation"
	case OrgOtherScaling:
		return "your organization scales another way (LeSS, Nexus or its own)"
	case OrgTeamsOnly:
		return "your teams work on their own, without a scaling framework"
	case OrgProjects:
		return "your organization mostly runs projects"
	}
	return ""
}

// vocabClause restates the vocabulary answer for someone new to it.
func (s situation) vocabClause() string {
	if s.vocab == "heard" {
		return "you have only heard of PI Planning, ART and WSJF"
	}
	return "PI Planning, ART and WSJF are new to you"
}

// Context names the delivery context in words true to the answers: the
// framework reading, qualified by what the person said of their organization.
func (s situation) Context() string {
	switch s.framework {
	case catalog.SAFe:
		switch s.org {
		case OrgRunsSAFe:
			return "SAFe on an Agile Release Train"
		case OrgAdoptingSAFe:
			return "an organization starting SAFe"
		}
		if s.postingsAskSAFe() {
			return "SAFe, as the postings you aim for ask for it"
		}
		return "SAFe, which your answers point to"
	case catalog.Project:
		return "project governance"
	}
	switch s.org {
	case OrgOtherScaling:
		return "Scrum scaled without SAFe (LeSS, Nexus or your own way)"
	case OrgRunsSAFe, OrgAdoptingSAFe:
		return "Scrum teams, though your organization " + strings.TrimPrefix(s.orgClause(), "your organization ")
	}
	return "Scrum or Kanban teams without a scaling framework"
}

// family names the role family of a certification: the Scrum Master or the
// Product Owner line, for the rule that an optional step never repeats a
// family the person already holds.
func family(c catalog.Cert) string {
	switch {
	case slices.Contains(c.Profiles, catalog.ScrumMaster):
		return "scrum master"
	case slices.Contains(c.Profiles, catalog.ProductOwner):
		return "product owner"
	}
	return string(c.ID)
}

// holdsFamily reports whether the person holds a certification of family f.
func (s situation) holdsFamily(f string) bool {
	for id := range s.held {
		if c, ok := s.cat.Lookup(id); ok && family(c) == f {
			return true
		}
	}
	return false
}

// heldName names a held certification for a reason sentence.
func (s situation) heldName(ids ...catalog.CertID) string {
	var names []string
	for _, id := range ids {
		if s.held[id] {
			names = append(names, s.cat.Name(id))
		}
	}
	return strings.Join(names, " and ")
}
