package planner

import (
	"slices"
	"strings"

	"certpath/catalog"
	"certpath/questions"
	"certpath/scoring"
)

// situation is everything the planner reads, read once from the answers
// (through what the bank's options carry, never by question ID) and the
// scores, so that each rule stays a plain condition on typed fields.
type situation struct {
	top, second, lead catalog.ProfileID
	// other is the profile whose first step the path offers as its
	// alternative: the runner-up in a close call, the week's role when the
	// postings point elsewhere.
	other catalog.ProfileID
	clash *Clash
	// signal: the answers gave the top profile any points at all.
	signal    bool
	framework catalog.Framework
	context   catalog.Context
	// traits are what the answers show, plus the ones the planner derives
	// (new-to-safe); shares the percent of the week behind them.
	traits map[catalog.Trait]bool
	shares map[catalog.Trait]int
	// agile and role are the years in agile roles and in the role the
	// week describes.
	agile, role questions.Months
	// budget is the most dollars the person has this year, 0 when not said.
	budget int
	// budgetFrom is the least dollars of the band the budget was given in.
	budgetFrom int
	// named are the certifications the postings name, in the certifications
	// question or in the pasted text.
	named map[catalog.CertID]bool
	held  map[catalog.CertID]bool
	cat   catalog.Catalog
}

func readSituation(b questions.Bank, a questions.Answers, r scoring.Result, namedInText []catalog.CertID) situation {
	rd := b.Read(a)
	s := situation{traits: rd.Traits, shares: rd.Shares, held: rd.Held, named: rd.Named, agile: rd.Agile, role: rd.Role, budget: rd.Budget, budgetFrom: rd.BudgetFrom, cat: b.Catalog}
	s.top = r.Profiles[0].ID
	if len(r.Profiles) > 1 {
		s.second = r.Profiles[1].ID
	}
	s.lead = s.top
	s.signal = r.Profiles[0].Score > 0
	s.framework = r.Framework()
	switch {
	case s.framework == catalog.SAFe && s.shows(catalog.TraitOrgOtherScaling) && !s.shows(catalog.TraitPostingsSAFeRequired):
		// An organization that scales another way gets no SAFe step
		// unless the postings require SAFe.
		s.context = catalog.ContextScrum
	case s.framework == catalog.SAFe && s.shows(catalog.TraitOrgRunsSAFe):
		s.context = catalog.ContextSAFeTrain
	case s.framework == catalog.SAFe:
		s.context = catalog.ContextSAFeElsewhere
	case s.framework == catalog.Project || s.shows(catalog.TraitOrgProjects):
		s.context = catalog.ContextProject
	default:
		s.context = catalog.ContextScrum
	}
	if s.shows(catalog.TraitSAFeNew) && !s.knowsSAFe() {
		s.traits[catalog.TraitNewToSAFe] = true
	}
	for _, id := range namedInText {
		s.named[id] = true
	}
	return s
}

// shows reports whether the answers show a trait.
func (s situation) shows(t catalog.Trait) bool { return s.traits[t] }

// knowsSAFe: the person holds a SAFe certification or uses SAFe's
// vocabulary at work.
func (s situation) knowsSAFe() bool {
	if s.shows(catalog.TraitSAFeKnown) {
		return true
	}
	for id := range s.held {
		if c, ok := s.cat.Lookup(id); ok && c.Issuer == catalog.IssuerScaledAgile {
			return true
		}
	}
	return false
}

// predictive: plans and budgets dominate the week without agile team work,
// or the organization or the postings speak of projects.
func (s situation) predictive() bool {
	return !s.shows(catalog.TraitAgileWork) &&
		(s.shows(catalog.TraitPlansHeavy) || s.shows(catalog.TraitOrgProjects) || s.shows(catalog.TraitPostingsProjects))
}

// experienced: three years or more in agile roles.
func (s situation) experienced() bool { return s.agile.Known && s.agile.Months >= 36 }

// roleOf is the role whose months a profile's week counts.
func (s situation) roleOf(p catalog.ProfileID) catalog.Role {
	plan, _ := s.cat.Plan(p)
	return plan.Role
}

// months is how many months of work in role r the answers show at least,
// and whether the answers tell at all. The years in the current role apply
// to the role the week points to; otherwise Scrum Master and Product Owner
// work counts the years in agile roles, when the week shows that work, and
// project leadership is not guessed. A week spent mostly on hands-on
// building is not a Scrum Master's or Product Owner's: its years (in the
// role, in agile teams) are a developer's, and the months in r are not
// known.
func (s situation) months(r catalog.Role) questions.Months {
	if r == catalog.RoleAgile {
		return s.agile
	}
	shows := map[catalog.Role]bool{
		catalog.RoleScrumMaster:  s.shows(catalog.TraitFacilitates),
		catalog.RoleProductOwner: s.shows(catalog.TraitOwnsBacklog),
		catalog.RoleProjectLead:  s.shows(catalog.TraitLeadsProjects),
	}[r]
	switch {
	case !shows:
		return questions.Months{Known: true}
	case s.handsOn():
		return questions.Months{}
	case s.roleMonthsGiven(r):
		return s.role
	case r == catalog.RoleProjectLead:
		return questions.Months{}
	}
	return s.agile
}

// handsOn reports whether most of the week (more than half) goes to
// hands-on building, testing and design: then the week describes a
// developer, and its years are a developer's, whatever role scores best.
func (s situation) handsOn() bool { return s.shares[catalog.TraitHandsOn] > mostOfTheWeek }

// mostOfTheWeek is the share above which one kind of work is most of it.
const mostOfTheWeek = 50

// roleMonthsGiven reports whether the answers give the years in role r
// itself ("Years in your current role" for the role the path leads with),
// not only years in agile roles, which months uses in their place.
func (s situation) roleMonthsGiven(r catalog.Role) bool {
	return s.role.Known && s.roleOf(s.lead) == r && !s.handsOn()
}

// tightBudget: the person pays for their own certifications and has $500
// or less this year.
func (s situation) tightBudget() bool {
	return s.shows(catalog.TraitPaysSelf) && s.budget > 0 && s.budget <= 500
}

// partnerWork reports whether the postings or the week show the work of
// the role beside the person's: a team's product work for the Product
// Owner, its facilitation for the Scrum Master.
func (s situation) partnerWork(r catalog.Role) bool {
	switch r {
	case catalog.RoleProductOwner:
		return s.shows(catalog.TraitPostingsProductWork) || s.shares[catalog.TraitOwnsBacklog] > 0
	case catalog.RoleScrumMaster:
		return s.shows(catalog.TraitPostingsFacilitation) || s.shares[catalog.TraitFacilitates] > 0
	}
	return true
}

// worksBeside reports whether the person said they work with the role
// beside theirs: with the team's developers or several teams' roles, in an
// organization that does not mostly run projects.
func (s situation) worksBeside() bool {
	return (s.shows(catalog.TraitWithDevelopers) || s.shows(catalog.TraitWithTeamRoles)) && !s.shows(catalog.TraitOrgProjects)
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

// holds reports whether a condition of content holds for the person.
func (s situation) holds(w catalog.When) bool {
	anyOf := func(ids []catalog.CertID, in map[catalog.CertID]bool) bool {
		return slices.ContainsFunc(ids, func(id catalog.CertID) bool { return in[id] })
	}
	switch {
	case len(w.Lead) > 0 && !slices.Contains(w.Lead, s.lead),
		slices.Contains(w.NotLead, s.lead),
		len(w.Contexts) > 0 && !slices.Contains(w.Contexts, s.context),
		slices.ContainsFunc(w.Shows, func(t catalog.Trait) bool { return !s.shows(t) }),
		slices.ContainsFunc(w.Lacks, s.shows),
		len(w.ShowsAny) > 0 && !slices.ContainsFunc(w.ShowsAny, s.shows),
		len(w.Holds) > 0 && !anyOf(w.Holds, s.held),
		len(w.HoldsTrack) > 0 && !slices.ContainsFunc(w.HoldsTrack, func(t catalog.Track) bool { return s.heldLevel(t) > 0 }),
		len(w.Named) > 0 && !anyOf(w.Named, s.named),
		anyOf(w.NotNamed, s.named):
		return false
	}
	return true
}

// orgClause restates the organization answer: "your organization runs SAFe".
func (s situation) orgClause() string {
	for _, c := range []struct {
		t    catalog.Trait
		text string
	}{
		{catalog.TraitOrgRunsSAFe, "your organization runs SAFe"},
		{catalog.TraitOrgAdoptingSAFe, "your organization is starting a SAFe transformation"},
		{catalog.TraitOrgOtherScaling, "your organization scales another way (LeSS, Nexus or its own)"},
		{catalog.TraitOrgTeamsOnly, "your organization uses no scaling framework"},
		{catalog.TraitOrgProjects, "your organization mostly runs projects"},
	} {
		if s.shows(c.t) {
			return c.text
		}
	}
	return ""
}

// Context names the delivery context in words true to the answers: the
// framework reading, qualified by what the person said of their organization.
func (s situation) Context() string {
	switch {
	case s.framework == catalog.SAFe && s.context.SAFe():
		switch {
		case s.shows(catalog.TraitOrgRunsSAFe):
			return "SAFe on an Agile Release Train"
		case s.shows(catalog.TraitOrgAdoptingSAFe):
			return "an organization starting SAFe"
		case s.shows(catalog.TraitPostingsSAFeRequired):
			return "SAFe, as the postings you aim for ask for it"
		case s.shows(catalog.TraitPostingsSAFePreferred):
			return "SAFe, which the postings you aim for count as a plus"
		}
		// The headline has said what the answers point to; this says
		// where the reading comes from, once.
		return "SAFe, as the work you describe suggests"
	case s.framework == catalog.Project:
		return "project governance"
	}
	switch {
	case s.shows(catalog.TraitOrgOtherScaling):
		return "Scrum scaled without SAFe (LeSS, Nexus or your own way)"
	case s.shows(catalog.TraitOrgRunsSAFe), s.shows(catalog.TraitOrgAdoptingSAFe):
		return "Scrum teams, though your organization " + strings.TrimPrefix(s.orgClause(), "your organization ")
	}
	return "Scrum or Kanban teams without a scaling framework"
}
