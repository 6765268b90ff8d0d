package questions

import (
	"fmt"

	"certpath/catalog"
)

// The reasons are whole sentences, one per case, chosen here; the only
// words filled in are names and numbers. A sentence restates an answer only
// in the case where the person gave that answer.

// reason is the one-line reason for a step.
func (s situation) reason(st Step, o opening, placed int) string {
	if !o.now && o.months > 0 {
		if st.Cert == catalog.PMIACP && s.held[catalog.PMP] {
			// Said once, where it matters: the waiver is not confirmed.
			return fmt.Sprintf("PMI-ACP asks for %s; that an active PMP covers them is not confirmed by PMI.", monthsPhrase(o.months, o.role))
		}
		if o.unknown {
			return fmt.Sprintf("%s asks for %s, and your answers do not say how long.", s.names(st), monthsPhrase(o.months, o.role))
		}
		return fmt.Sprintf("%s asks for %s, more than your answers show so far.", s.names(st), monthsPhrase(o.months, o.role))
	}
	if st.Kind == KindOptional {
		return s.optionalReason(st)
	}
	switch st.Cert {
	case catalog.LeadingSAFe:
		switch {
		case s.lead == catalog.AgileLeader || s.lead == catalog.PortfolioManager:
			return "Leading SAFe is the course written for the leaders of a SAFe organization, and the ground the portfolio course builds on."
		case s.lead == catalog.AgileCoach && (s.org == OrgRunsSAFe || s.org == OrgAdoptingSAFe):
			return "You coach people who lead in SAFe; Leading SAFe is the course those leaders take, so you share their language."
		case s.lead == catalog.AgileCoach:
			return "Your answers point to SAFe; Leading SAFe is the course SAFe's leaders take, so you would share their language."
		case s.vocab == VocabNew && !s.knowsSAFe:
			return "PI Planning, ART and WSJF are new to you; Leading SAFe teaches the language everyone in SAFe uses, so the later SAFe courses land better."
		}
		return "Leading SAFe gives the view of the whole framework that the other SAFe roles work within."
	case catalog.LPM:
		return "Lean Portfolio Management covers lean budgets, guardrails and the portfolio Kanban, where SAFe decides what gets funded."
	case catalog.POPM:
		if !s.owns && st.Kind == KindCore {
			return "Your week shows no backlog ownership, so the path stops at SAFe's first product level: POPM shows you know how a train plans its product."
		}
		if s.named[catalog.POPM] {
			return "POPM is SAFe's certification for Product Owners and Product Managers on a train, and the postings you aim for name POPM."
		}
		return "POPM is SAFe's certification for Product Owners and Product Managers on a train: PI Planning, the team backlog and working with Product Management."
	case catalog.SSM:
		if !s.facilitates && st.Kind == KindCore && s.lead != catalog.AgileCoach {
			return "Your week shows no facilitation of team events, so the path stops at SAFe's first Scrum Master level: SSM shows you know how a team works on a train."
		}
		if s.heldLevel(catalog.TrackScrumMaster) > 0 {
			return "You already hold a Scrum Master certification; SSM is the bridge into SAFe, teaching PI Planning and the train's events without repeating the basics."
		}
		return "SSM is SAFe's Scrum Master certification: facilitating a team through PI Planning, the train's events and its improvement cycles."
	case catalog.SASM:
		if s.lead == catalog.ReleaseTrainEngineer {
			return "SASM covers facilitating across teams, anti-patterns and flow, the ground an RTE stands on."
		}
		return "SASM is SAFe's advanced Scrum Master level: facilitating across the train, anti-patterns and flow."
	case catalog.RTE:
		if s.named[catalog.RTE] {
			return "Release Train Engineer is the certification for the chief facilitator of an Agile Release Train, and the postings you aim for name RTE."
		}
		return "Release Train Engineer is the certification for the chief facilitator of an Agile Release Train, the role your answers point to."
	case catalog.PSMI:
		if !s.facilitates && s.lead != catalog.AgileCoach {
			return fmt.Sprintf("Your week shows no facilitation of team events, so the path stops at the Scrum Master's first level: %s shows you know Scrum.", s.names(st))
		}
		return fmt.Sprintf("%s is the Scrum Master's first certification: Scrum's roles, events and artifacts.", s.names(st))
	case catalog.CSM:
		return "CSM is the Scrum Master's first certification, earned in a two-day course with a Certified Scrum Trainer."
	case catalog.PSMII:
		if s.lead == catalog.AgileCoach {
			return "You coach beyond one team; PSM II is the advanced Scrum Master level, built around coaching and facilitation."
		}
		return "PSM II is the advanced Scrum Master level: facilitation, coaching and serving several teams."
	case catalog.ACSM:
		if !s.roleMonthsGiven(catalog.RoleScrumMaster) {
			return "A-CSM is Scrum Alliance's advanced Scrum Master level; you hold the CSM, and your years in agile roles suggest the months as Scrum Master it asks for: check them before you register."
		}
		return "A-CSM is Scrum Alliance's advanced Scrum Master level, and you hold the CSM and the months of practice it asks for."
	case catalog.PSMIII:
		return "PSM III is Scrum.org's top Scrum Master level, for those who mentor and coach others adopting Scrum."
	case catalog.CSPSM:
		if !s.roleMonthsGiven(catalog.RoleScrumMaster) {
			return "CSP-SM is the next and last level of the Scrum Alliance Scrum Master line you are on; your years in agile roles suggest the months as Scrum Master it asks for: check them before you register."
		}
		return "CSP-SM is the next and last level of the Scrum Alliance Scrum Master line you are on, and your years as Scrum Master meet what it asks."
	case catalog.PSPOI:
		if !s.owns {
			return fmt.Sprintf("Your week shows no backlog ownership, so the path stops at the Product Owner's first level: %s shows you know the role.", s.names(st))
		}
		return fmt.Sprintf("%s is the Product Owner's first certification: product value, the Product Goal and the Product Backlog.", s.names(st))
	case catalog.CSPO:
		return "CSPO is the Product Owner's first certification, earned in a two-day course with a Certified Scrum Trainer."
	case catalog.PSPOII:
		return "PSPO II is the advanced Product Owner level: stakeholders, Evidence-Based Management and product strategy."
	case catalog.ACSPO:
		if !s.roleMonthsGiven(catalog.RoleProductOwner) {
			return "A-CSPO is Scrum Alliance's advanced Product Owner level; you hold the CSPO, and your years in agile roles suggest the months as Product Owner it asks for: check them before you register."
		}
		return "A-CSPO is Scrum Alliance's advanced Product Owner level, and you hold the CSPO and the months of practice it asks for."
	case catalog.PSPOIII:
		return "PSPO III is Scrum.org's top Product Owner level, for those who lead product management across an organization."
	case catalog.CSPPO:
		return "CSP-PO is the next and last level of the Scrum Alliance Product Owner line you are on."
	case catalog.PALI:
		if s.coachesLeaders {
			return "You work with managers and leaders; PAL-I is about the role of management in an agile organization."
		}
		return "PAL-I is about how leaders and funding support agile teams, the ground for the decisions you make."
	case catalog.PMP:
		if s.named[catalog.PMP] {
			return "PMP is PMI's credential for experienced project managers, and the postings you aim for name PMP or PRINCE2."
		}
		return "PMP is PMI's credential for experienced project managers, for work that runs on plans, schedules and budgets."
	case catalog.PMIACP:
		if s.held[catalog.PMP] {
			return "PMI-ACP adds the agile side of project work to your PMP: Scrum, Kanban, Lean and hybrid."
		}
		if s.named[catalog.PMIACP] {
			return "PMI-ACP covers project work that mixes plans with agile teams, and the postings you aim for name PMI-ACP."
		}
		return "PMI-ACP covers project work that mixes plans with agile teams: Scrum, Kanban, Lean and hybrid."
	}
	return fmt.Sprintf("%s is the next certification on your track.", s.cat.Name(st.Cert))
}

// optionalReason says what a cross-role step adds.
func (s situation) optionalReason(st Step) string {
	switch st.Cert {
	case catalog.PSMI, catalog.CSM, catalog.SSM:
		return fmt.Sprintf("%s adds what the Scrum Master you work with is accountable for.", s.names(st))
	case catalog.PSPOI, catalog.CSPO, catalog.POPM:
		return fmt.Sprintf("%s adds what the Product Owner you work with is accountable for.", s.names(st))
	}
	return fmt.Sprintf("%s adds the view of a neighbouring role.", s.names(st))
}

// namedReason is the reason of a step the postings name off the person's
// own track; one that waits on experience says so, as every step does.
func (s situation) namedReason(st Step, o opening) string {
	if !o.now && o.months > 0 {
		return s.reason(st, o, 0)
	}
	return fmt.Sprintf("The postings you aim for name %s; your own track does not lead there, so it is optional.", s.names(st))
}

// alternativeReason is the reason of the runner-up's first step.
func (s situation) alternativeReason(other catalog.ProfileID, st Step) string {
	if s.lead != s.top && other == s.top {
		return fmt.Sprintf("The postings you aim for point to %s, whose path starts with %s.", catalog.ProfileName(other), s.names(st))
	}
	return fmt.Sprintf("Your answers fit %s almost as well; its path starts with %s.", catalog.ProfileName(other), s.names(st))
}

// names is a step's short names: "PSM I", or "PSM I or CSM".
func (s situation) names(st Step) string {
	short := func(id catalog.CertID) string {
		if c, ok := s.cat.Lookup(id); ok {
			return c.Short
		}
		return string(id)
	}
	if st.Alternative == "" {
		return short(st.Cert)
	}
	return short(st.Cert) + " or " + short(st.Alternative)
}
