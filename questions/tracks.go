package questions

import (
	"certpath/catalog"
)

// The role tracks. Every sentence that restates an answer is built from the
// situation's own readings of that answer (situation.go), so it cannot claim
// what the person did not say.

func (s situation) productTrack() []Step {
	var steps []Step
	pm := s.top == catalog.ProductManager
	switch {
	case s.held[catalog.POPM] && pm:
		steps = append(steps, core(catalog.LPM, "", "You hold POPM; on a train a Product Manager's next step is where epics get funded: Lean Portfolio Management."))
	case s.held[catalog.POPM]:
		steps = append(steps, core(catalog.PSPOII, catalog.ACSPO, "You hold POPM; the next product step is the advanced Product Owner level: stakeholders, Evidence-Based Management, scaled settings."))
	case s.safe() && (s.complex || s.postingsNamePOPM):
		reason := "POPM is the SAFe certification for the partnership of Product Owner and Product Manager on a train, and " + s.complexReason() + "."
		if !s.complex {
			reason = "The postings you aim for name POPM, in " + s.Context() + ". Your own product's coordination across teams is light, but the employers you want expect this certification."
		}
		steps = append(steps, core(catalog.POPM, "", reason))
		if pm {
			steps = append(steps, core(catalog.LPM, "", "Product Managers on a train feed the portfolio; LPM explains how epics are funded."))
		}
	case s.safe():
		steps = append(steps, core(catalog.PSPOI, catalog.CSPO, "Your product's coordination across teams is light, so POPM's train-level content would go unused: PSPO I or CSPO covers product ownership itself. Coordination across teams, not company size, is what calls for POPM."))
	default:
		steps = append(steps, core(catalog.PSPOI, catalog.CSPO, "In "+s.Context()+", PSPO I or CSPO is the Product Owner's first certification: product value and the Product Backlog."))
	}
	if s.experienced && !s.held[catalog.POPM] {
		steps = append(steps, core(catalog.PSPOII, catalog.ACSPO, "With a year or more in agile roles, PSPO II or A-CSPO is the advanced Product Owner level: stakeholders, Evidence-Based Management, scaled settings."))
	}
	return append(steps, optional(catalog.PSMI, catalog.CSM, "PSM I or CSM adds what your Scrum Master is accountable for."))
}

// complexReason says which answer made coordination across teams part of the
// work, in the words of that answer.
func (s situation) complexReason() string {
	return s.complexWhy
}

func (s situation) scrumMasterTrack() []Step {
	var steps []Step
	if s.safe() {
		reason := "In " + s.Context() + ", SAFe Scrum Master is written for Scrum Masters who facilitate a team through PI execution, dependencies and improvement cycles."
		if held := s.heldName(catalog.CSM, catalog.PSMI); held != "" {
			reason = "You hold " + held + "; in " + s.Context() + ", SSM is the bridge into SAFe: PI Planning and the train's events, without repeating the basics."
		}
		steps = append(steps, core(catalog.SSM, "", reason))
		switch {
		case s.artFacilitation:
			steps = append(steps, core(catalog.SASM, "", "You facilitate beyond one team; SASM covers facilitating across the train, anti-patterns and flow."))
			steps = append(steps, core(catalog.RTE, "", "RTE is where facilitating across the train leads: the chief facilitator of an Agile Release Train."))
		case s.experienced:
			steps = append(steps, core(catalog.SASM, "", "With a year or more in agile roles, SASM is the advanced SAFe Scrum Master level: facilitating across the train, anti-patterns and flow."))
		}
	} else {
		steps = append(steps, core(catalog.PSMI, catalog.CSM, "In "+s.Context()+", PSM I or CSM is the Scrum Master's first certification."))
		if s.experienced {
			steps = append(steps, core(catalog.PSMII, catalog.ACSM, "With a year or more in agile roles, PSM II or A-CSM is the advanced level: coaching, facilitation, several teams."))
		}
	}
	return append(steps, optional(catalog.PSPOI, catalog.CSPO, "PSPO I or CSPO adds what your Product Owner is accountable for."))
}

func (s situation) rteTrack() []Step {
	var steps []Step
	named := ""
	if s.postingsNameRTE {
		named = " The postings you aim for name it."
	}
	steps = append(steps, core(catalog.SASM, "", "You coordinate across teams; SASM covers facilitating the train, anti-patterns and flow: the ground an RTE stands on."))
	steps = append(steps, core(catalog.RTE, "", "Release Train Engineer is the certification for the chief facilitator of an Agile Release Train, the role your answers point to."+named))
	return steps
}

func (s situation) coachTrack() []Step {
	if s.safe() {
		return []Step{
			core(catalog.SASM, "", "Coaching on a train: SASM covers anti-patterns, flow and facilitating beyond one team."),
			core(catalog.LeadingSAFe, "", "Coaches on a train work with its leaders; Leading SAFe is the course those leaders take."),
			optional(catalog.PALI, "", "PAL-I adds how management supports agile teams, for coaching leaders."),
		}
	}
	var steps []Step
	if s.leaderWhy != "" {
		// Coaching leaders is leadership work: a Scrum Master course is for
		// people taking on that role.
		steps = append(steps, core(catalog.PALI, "", capitalize(s.leaderWhy)+"; PAL-I is about the role of management in an agile transformation, the ground for coaching leaders."))
		if s.experienced || s.holdsFamily("scrum master") {
			steps = append(steps, core(catalog.PSMII, catalog.ACSM, "You coach beyond your own team; PSM II or A-CSM is the advanced Scrum Master level, built around coaching and facilitation."))
		}
		return append(steps, optional(catalog.PSMI, catalog.CSM, "PSM I or CSM adds what the Scrum Masters you coach are accountable for."))
	}
	if !s.experienced && !s.holdsFamily("scrum master") {
		steps = append(steps, core(catalog.PSMI, catalog.CSM, "Coaching Scrum teams starts from solid Scrum fundamentals; PSM I or CSM proves them."))
	}
	steps = append(steps,
		core(catalog.PSMII, catalog.ACSM, "You coach beyond your own team; PSM II or A-CSM is the advanced Scrum Master level, built around coaching and facilitation."),
		core(catalog.PSMIII, "", "PSM III is for those who mentor and coach others adopting Scrum."),
		optional(catalog.PALI, "", "PAL-I adds how management supports agile teams, for coaching leaders."))
	return steps
}

func (s situation) portfolioTrack() []Step {
	switch {
	case s.safe() || s.safeOrg():
		lpm := core(catalog.LPM, "", "Your work includes portfolio funding and strategy, and "+s.safeWhy()+"; LPM covers lean budgets, guardrails and the portfolio Kanban.")
		leading := core(catalog.LeadingSAFe, "", "Leading SAFe gives the whole-framework view that portfolio decisions rest on.")
		if !s.knowsSAFe {
			leading.Reason = capitalize(s.vocabClause()) + "; Leading SAFe teaches that language and the whole-framework view that portfolio decisions rest on, before LPM."
			return []Step{leading, lpm}
		}
		return []Step{lpm, leading}
	case s.framework == catalog.Project:
		return []Step{
			core(catalog.PMP, "", "Your portfolio runs as projects; PMP is the credential project-based portfolios ask for."),
			optional(catalog.PALI, "", "PAL-I adds how leaders fund and support agile teams."),
		}
	}
	return []Step{
		core(catalog.PALI, "", "Portfolio decisions in "+s.Context()+": PAL-I is about how leadership and funding support agile teams."),
		core(catalog.PSPOII, "", "PSPO II adds Evidence-Based Management and value maximization across products."),
	}
}

func (s situation) leaderTrack() []Step {
	if s.safe() || s.safeOrg() {
		return []Step{
			core(catalog.LeadingSAFe, "", "You lead change, and "+s.safeWhy()+"; Leading SAFe is the course written for leaders of a SAFe transformation."),
			core(catalog.LPM, "", "Leaders in SAFe end up deciding funding; LPM covers lean budgets and guardrails."),
		}
	}
	return []Step{
		core(catalog.PALI, "", "You lead change in "+s.Context()+"; PAL-I is about the role of management in an agile transformation. A Scrum Master course is for people taking on that role, not for leaders."),
		optional(catalog.PSMI, catalog.CSM, "PSM I or CSM adds what your teams' Scrum Masters are accountable for."),
	}
}

// safeWhy says what makes the context SAFe, in the words of the answers.
func (s situation) safeWhy() string {
	switch {
	case s.safeOrg():
		return s.orgClause()
	case s.postingsAskSAFe():
		return "the postings you aim for ask for SAFe"
	}
	return "your answers point to SAFe"
}

func (s situation) projectTrack() []Step {
	pmpWhy := ""
	switch {
	case s.postingsNamePMP:
		pmpWhy = "The postings you aim for name PMP or PRINCE2. "
	case s.predictive:
		pmpWhy = "Your work is predictive project work: plans, schedules and budgets. "
	}
	pmp := core(catalog.PMP, "", pmpWhy+"PMP is PMI's credential for experienced project managers; it needs 35 hours of project management education and years of leading projects.")
	if pmpWhy != "" {
		steps := []Step{pmp}
		if s.agileWeek || s.postingsNamePMIACP {
			steps = append(steps, core(catalog.PMIACP, "", "PMI-ACP adds the agile side of project work: Scrum, Kanban, Lean and hybrid."))
		}
		return append(steps, optional(catalog.PSMI, catalog.CSM, "PSM I or CSM adds Scrum fundamentals for the teams you plan with."))
	}
	reason := "Your project work mixes plans and budgets with agile team work; PMI-ACP covers that mix: Scrum, Kanban, Lean and hybrid."
	if s.postingsNamePMIACP {
		reason = "The postings you aim for name PMI-ACP, and your project work mixes plans with agile team work; PMI-ACP covers that mix."
	}
	pmp.Core = false
	pmp.Reason = "Optional, after your own track: PMP adds PMI's broad project credential, worth it once your postings ask for it and you have the project hours it requires."
	return []Step{
		core(catalog.PMIACP, "", reason),
		pmp,
		optional(catalog.PSMI, catalog.CSM, "PSM I or CSM adds Scrum fundamentals for the teams you plan with."),
	}
}
