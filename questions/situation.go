package questions

import (
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

// situation is everything the planner reads, read once from the answers and
// the scores so that each rule stays a plain condition on typed fields.
type situation struct {
	top, second, lead catalog.ProfileID
	// signal: the answers gave the top profile any points at all.
	signal    bool
	framework catalog.Framework
	context   catalog.Context
	org       Org
	vocab     OptionID
	knowsSAFe bool
	// facilitates, owns, leadsProjects: the week shows team facilitation,
	// backlog ownership, or plans and budgets.
	facilitates, owns, leadsProjects bool
	// coachesLeaders: the person works most with managers and executives, or
	// the postings ask them to lead a transformation.
	coachesLeaders bool
	// agileWeek: agile team work takes a real share of the week, or the
	// postings ask for it; predictive: plans and budgets dominate without it.
	agileWeek, predictive bool
	agileYears, roleYears OptionID
	postingsSAFe          OptionID
	// named are the certifications the postings name, in the certifications
	// question or in the pasted text.
	named map[catalog.CertID]bool
	held  map[catalog.CertID]bool
	cat   catalog.Catalog
	// postingsNamePMIACP is kept for the notes.
	postingsNamePMIACP bool
}

// levelSprint is the index of "every sprint" on the frequency scale.
const levelSprint = 3

func readSituation(b Bank, a Answers, r Result, reports []postingsNames) situation {
	s := situation{held: map[catalog.CertID]bool{}, named: map[catalog.CertID]bool{}, cat: b.Catalog}
	choice := func(q string) OptionID { return OptionID(a[q].Choice) }
	chose := func(q string, o OptionID) bool { return slices.Contains(a[q].Choices, string(o)) }
	level := func(q string) int { return a[q].Level }
	share := func(act OptionID) int { return a[QWeekTime].Allocation[string(act)] }
	s.top = r.Profiles[0].ID
	if len(r.Profiles) > 1 {
		s.second = r.Profiles[1].ID
	}
	s.lead = s.top
	s.signal = r.Profiles[0].Score > 0
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
	s.knowsSAFe = s.knowsSAFe || s.vocab == VocabUse || s.vocab == VocabTeach
	switch {
	case s.framework == catalog.SAFe && s.org == OrgRunsSAFe:
		s.context = catalog.ContextSAFeTrain
	case s.framework == catalog.SAFe:
		s.context = catalog.ContextSAFeElsewhere
	case s.framework == catalog.Project || s.org == OrgProjects:
		s.context = catalog.ContextProject
	default:
		s.context = catalog.ContextScrum
	}
	s.facilitates = share(WeekTeamEvents)+share(WeekImpediments) >= 15 || level(QTeamEvents) >= levelSprint
	s.owns = share(WeekBacklog) >= 15 || level(QRefinement) >= levelSprint
	s.leadsProjects = share(WeekPlans) >= 20 || level(QReporting) >= levelSprint+1
	agile := 0
	for _, act := range []OptionID{WeekBacklog, WeekTeamEvents, WeekImpediments, WeekCoaching, WeekCrossTeam, WeekDiscovery} {
		agile += share(act)
	}
	s.agileWeek = agile >= 20 || level(QTeamEvents) >= levelSprint || chose(QPostingFocus, FocusEvents) || chose(QPostingFocus, FocusFlowMetrics)
	s.postingsSAFe = choice(QPostingSAFe)
	s.predictive = !s.agileWeek && (share(WeekPlans) >= 40 || s.org == OrgProjects || s.postingsSAFe == PostingsProjects)
	s.coachesLeaders = choice(QPartners) == PartnersLeaders || chose(QPostingFocus, FocusTransformation)
	s.agileYears, s.roleYears = choice(QAgileYears), choice(QRoleYears)
	for _, o := range a[QPostingCerts].Choices {
		if ids, ok := namedCerts()[OptionID(o)]; ok {
			for _, id := range ids {
				s.named[id] = true
			}
		} else if _, ok := b.Catalog.Lookup(catalog.CertID(o)); ok {
			s.named[catalog.CertID(o)] = true
		}
	}
	for _, rep := range reports {
		for _, id := range rep {
			s.named[id] = true
		}
	}
	s.postingsNamePMIACP = s.named[catalog.PMIACP]
	return s
}

// postingsNames is what a postings analysis says was named.
type postingsNames []catalog.CertID

// bandMonths is the lower bound of a years band in months, and whether the
// band was answered.
func bandMonths(o OptionID) (int, bool) {
	switch o {
	case YearsUnder1:
		return 0, true
	case Years1to2:
		return 12, true
	case Years3to5:
		return 36, true
	case YearsOver5:
		return 60, true
	}
	return 0, false
}

// roleOf is the role whose months a profile's week counts.
func roleOf(p catalog.ProfileID) catalog.Role {
	switch p {
	case catalog.ScrumMaster, catalog.AgileCoach, catalog.ReleaseTrainEngineer:
		return catalog.RoleScrumMaster
	case catalog.ProductOwner, catalog.ProductManager:
		return catalog.RoleProductOwner
	case catalog.ProjectManager, catalog.PortfolioManager:
		return catalog.RoleProjectLead
	}
	return ""
}

// months is how many months of work in role r the answers show at least,
// and whether the answers tell at all. The years in the current role apply
// to the role the week points to; otherwise Scrum Master and Product Owner
// work counts the years in agile roles, when the week shows that work, and
// project leadership is not guessed.
func (s situation) months(r catalog.Role) (int, bool) {
	if r == catalog.RoleAgile {
		return bandMonths(s.agileYears)
	}
	shows := map[catalog.Role]bool{catalog.RoleScrumMaster: s.facilitates, catalog.RoleProductOwner: s.owns, catalog.RoleProjectLead: s.leadsProjects}[r]
	if !shows {
		return 0, true
	}
	if s.roleMonthsGiven(r) {
		m, _ := bandMonths(s.roleYears)
		return m, true
	}
	if r == catalog.RoleProjectLead {
		return 0, false
	}
	return bandMonths(s.agileYears)
}

// roleMonthsGiven reports whether the answers give the years in role r
// itself ("Years in your current role" for the role the path leads with),
// not only years in agile roles, which months uses in their place.
func (s situation) roleMonthsGiven(r catalog.Role) bool {
	_, ok := bandMonths(s.roleYears)
	return ok && roleOf(s.lead) == r
}

// fits reports whether a certification fits the person's context, or the
// postings they aim for name it.
func (s situation) fits(c catalog.Cert) bool {
	return c.Rules.Fits(s.context) || s.named[c.ID]
}

// heldLevel is the highest level the person holds on a track, 0 for none.
func (s situation) heldLevel(t catalog.Track) int {
	top := 0
	for id := range s.held {
		if c, ok := s.cat.Lookup(id); ok && c.Rules.Track == t {
			top = max(top, c.Rules.Level)
		}
	}
	return top
}

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
		switch s.postingsSAFe {
		case PostingsSAFeRequired:
			return "SAFe, as the postings you aim for ask for it"
		case PostingsSAFePreferred:
			return "SAFe, which the postings you aim for count as a plus"
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
