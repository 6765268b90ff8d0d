package questions

import "certpath/catalog"

// Question IDs the path rules read directly. Every other question only scores.
const (
	QPostingFocus = "postings.focus"
	QPostingCerts = "postings.certs"
	QPostingSAFe  = "postings.safe"
	QPostingSpan  = "postings.span"
	QPostingsText = "postings.text"
	QWeekTime     = "week.time"
	QTeamEvents   = "week.team_events"
	QRefinement   = "week.refinement"
	QCrossTeam    = "week.cross_team"
	QReporting    = "week.reporting"
	QCoaching     = "week.coaching"
	QPartners     = "week.partners"
	QTeamsProduct = "week.teams_per_product"
	QOrgSAFe      = "week.org_safe"
	QSAFeVocab    = "week.safe_vocabulary"
	QAgileYears   = "week.agile_years"
	QHeldCerts    = "week.held_certs"
	QRoleYears    = "week.role_years"
	// RoleYearsUnsaid is the role-years answer of a person who passes: the
	// planner reads it as no answer.
	RoleYearsUnsaid = "unsaid"
	noneOptionID    = "none"
	noneOfTheseTxt  = "None of these"
)

// OptionID is an option's ID as the planner reads it. Every option the
// planner reads is one of the constants below, listed in PlannerReads, and
// Bank.Validate fails when the bank lacks one.
type OptionID string

// The options the planner reads, by question.
const (
	FocusEvents         OptionID = "events"
	FocusDependencies   OptionID = "dependencies"
	FocusPIPlanning     OptionID = "pi_planning"
	FocusFlowMetrics    OptionID = "flow_metrics"
	FocusTransformation OptionID = "transformation"

	NamedPOPM          OptionID = "popm"
	NamedRTE           OptionID = "rte"
	NamedPMP           OptionID = "pmp"
	NamedPMIACP        OptionID = "pmi-acp"
	NamedPSMOrCSM      OptionID = "psm_csm"
	NamedPSPOOrCSPO    OptionID = "pspo_cspo"
	NamedAdvancedScrum OptionID = "advanced_scrum"
	NamedPAL           OptionID = "pal"

	PostingsSAFeRequired  OptionID = "required"
	PostingsSAFePreferred OptionID = "preferred"
	PostingsScrumOnly     OptionID = "scrum_only"
	PostingsProjects      OptionID = "projects"

	SpanTrain     OptionID = "train"
	SpanPortfolio OptionID = "portfolio"

	PartnersLeaders OptionID = "leaders"

	TeamsTrain  OptionID = "train"
	TeamsTrains OptionID = "trains"

	VocabNew   OptionID = "new"
	VocabHeard OptionID = "heard"
	VocabUse   OptionID = "use"
	VocabTeach OptionID = "teach"

	YearsUnder1 OptionID = "lt1"
	Years1to2   OptionID = "1to2"
	Years3to5   OptionID = "3to5"
	YearsOver5  OptionID = "gt5"

	WeekBacklog     OptionID = "backlog"
	WeekDiscovery   OptionID = "discovery"
	WeekTeamEvents  OptionID = "team_events"
	WeekImpediments OptionID = "impediments"
	WeekCrossTeam   OptionID = "cross_team"
	WeekCoaching    OptionID = "coaching"
	WeekPlans       OptionID = "plans_budget"
)

// PlannerReads lists, by question, every option the planner reads.
func PlannerReads() map[string][]OptionID {
	years := []OptionID{YearsUnder1, Years1to2, Years3to5, YearsOver5}
	return map[string][]OptionID{
		QPostingFocus: {FocusEvents, FocusDependencies, FocusPIPlanning, FocusFlowMetrics, FocusTransformation},
		QPostingCerts: {NamedPOPM, NamedRTE, NamedPMP, NamedPMIACP, NamedPSMOrCSM, NamedPSPOOrCSPO, NamedAdvancedScrum, NamedPAL},
		QPostingSAFe:  {PostingsSAFeRequired, PostingsSAFePreferred, PostingsScrumOnly, PostingsProjects},
		QPostingSpan:  {SpanTrain, SpanPortfolio},
		QPartners:     {PartnersLeaders},
		QTeamsProduct: {TeamsTrain, TeamsTrains},
		QOrgSAFe:      {OptionID(OrgRunsSAFe), OptionID(OrgAdoptingSAFe), OptionID(OrgOtherScaling), OptionID(OrgTeamsOnly), OptionID(OrgProjects)},
		QSAFeVocab:    {VocabNew, VocabHeard, VocabUse, VocabTeach},
		QAgileYears:   years,
		QRoleYears:    years,
		QWeekTime:     {WeekBacklog, WeekDiscovery, WeekTeamEvents, WeekImpediments, WeekCrossTeam, WeekCoaching, WeekPlans},
	}
}

// namedCerts are the certifications each postings.certs option names, for
// options that name more than one or name none by their own ID.
func namedCerts() map[OptionID][]catalog.CertID {
	return map[OptionID][]catalog.CertID{
		NamedPSMOrCSM:      {catalog.PSMI, catalog.CSM},
		NamedPSPOOrCSPO:    {catalog.PSPOI, catalog.CSPO},
		NamedAdvancedScrum: {catalog.PSMII, catalog.ACSM, catalog.CSPSM, catalog.CSPPO},
		NamedPAL:           {catalog.PALI},
		NamedPMP:           {catalog.PMP},
	}
}

type pw = map[catalog.ProfileID]float64
type fw = map[catalog.Framework]float64

func eff(p pw, f fw) Effect { return Effect{Profiles: p, Frameworks: f} }

// DefaultBank returns the question bank the quiz asks. Weights are points: a
// chosen option adds its points, a frequency adds its share of the points for
// "daily", an allocation adds its percentage of the points for 100 percent.
// The postings section and the week section carry about the same total, so
// neither the title people aim for nor the one they hold decides alone.
func DefaultBank(cat catalog.Catalog) Bank {
	return Bank{Catalog: cat, Questions: []Question{
		{
			ID: QPostingFocus, Section: SectionPostings, Kind: MultiChoice{},
			Title:  "Postings emphasize",
			Prompt: "What do the job postings you aim for emphasize?",
			Hint:   "Pick everything that shows up in two or more of them.",
			Options: []Option{
				{ID: "backlog", Label: "Owning and ordering a team backlog, writing stories", Effect: eff(pw{catalog.ProductOwner: 3, catalog.ProductManager: 0.5}, nil)},
				{ID: "roadmap", Label: "Product vision, roadmap, features, market needs", Effect: eff(pw{catalog.ProductManager: 3, catalog.ProductOwner: 1}, nil)},
				{ID: "stakeholders", Label: "Aligning stakeholders and business owners on priorities", Effect: eff(pw{catalog.ProductOwner: 1.5, catalog.ProductManager: 1.5, catalog.ProjectManager: 0.5}, nil)},
				{ID: "events", Label: "Facilitating team events: planning, daily, review, retro", Effect: eff(pw{catalog.ScrumMaster: 3, catalog.AgileCoach: 0.5}, fw{catalog.Scrum: 0.5})},
				{ID: "impediments", Label: "Removing impediments, protecting the team's focus", Effect: eff(pw{catalog.ScrumMaster: 2.5, catalog.ReleaseTrainEngineer: 0.5}, nil)},
				{ID: "dependencies", Label: "Managing dependencies and risks across teams", Effect: eff(pw{catalog.ReleaseTrainEngineer: 2.5, catalog.ScrumMaster: 0.5, catalog.ProjectManager: 0.5}, fw{catalog.SAFe: 0.5})},
				{ID: "pi_planning", Label: "PI Planning, ART sync, Inspect and Adapt", Effect: eff(pw{catalog.ReleaseTrainEngineer: 3, catalog.ScrumMaster: 0.5, catalog.ProductOwner: 0.5, catalog.ProductManager: 0.5}, fw{catalog.SAFe: 3})},
				{ID: "portfolio_funding", Label: "Portfolio funding, lean budgets, value streams, epics", Effect: eff(pw{catalog.PortfolioManager: 3, catalog.AgileLeader: 0.5}, fw{catalog.SAFe: 1})},
				{ID: "schedule_budget", Label: "Project schedule, budget, scope and status reports", Effect: eff(pw{catalog.ProjectManager: 3}, fw{catalog.Project: 2})},
				{ID: "risk_register", Label: "Risk registers, change control, vendors", Effect: eff(pw{catalog.ProjectManager: 2.5}, fw{catalog.Project: 1.5})},
				{ID: "coaching", Label: "Coaching teams and leaders in agile ways of working", Effect: eff(pw{catalog.AgileCoach: 3, catalog.ScrumMaster: 0.5}, nil)},
				{ID: "transformation", Label: "Leading a transformation, changing how managers work", Effect: eff(pw{catalog.AgileLeader: 3, catalog.AgileCoach: 1}, nil)},
				{ID: "flow_metrics", Label: "Flow metrics, predictability, improvement across teams", Effect: eff(pw{catalog.ReleaseTrainEngineer: 1.5, catalog.AgileCoach: 1, catalog.ScrumMaster: 0.5}, nil)},
			},
		},
		{
			ID: QPostingCerts, Section: SectionPostings, Kind: MultiChoice{},
			Title:  "Certifications named",
			Prompt: "Which certifications do those postings name?",
			Hint:   "Required or preferred, both count.",
			Options: []Option{
				{ID: "popm", Cert: "popm", Label: "SAFe Product Owner/Product Manager (POPM)", Effect: eff(pw{catalog.ProductOwner: 2, catalog.ProductManager: 1.5}, fw{catalog.SAFe: 2})},
				{ID: "ssm", Cert: "ssm", Label: "SAFe Scrum Master (SSM)", Effect: eff(pw{catalog.ScrumMaster: 2}, fw{catalog.SAFe: 2})},
				{ID: "sasm", Cert: "sasm", Label: "SAFe Advanced Scrum Master (SASM)", Effect: eff(pw{catalog.ScrumMaster: 1, catalog.ReleaseTrainEngineer: 1}, fw{catalog.SAFe: 2})},
				{ID: "leading-safe", Cert: "leading-safe", Label: "Leading SAFe / SAFe Agilist", Effect: eff(pw{catalog.AgileLeader: 1.5, catalog.ReleaseTrainEngineer: 0.5, catalog.PortfolioManager: 0.5}, fw{catalog.SAFe: 2})},
				{ID: "rte", Cert: "rte", Label: "SAFe Release Train Engineer (RTE)", Effect: eff(pw{catalog.ReleaseTrainEngineer: 3}, fw{catalog.SAFe: 2})},
				{ID: "lpm", Cert: "lpm", Label: "SAFe Lean Portfolio Management (LPM)", Effect: eff(pw{catalog.PortfolioManager: 3}, fw{catalog.SAFe: 2})},
				{ID: "psm_csm", Label: "PSM or CSM", Effect: eff(pw{catalog.ScrumMaster: 2}, fw{catalog.Scrum: 1.5})},
				{ID: "pspo_cspo", Label: "PSPO or CSPO", Effect: eff(pw{catalog.ProductOwner: 2}, fw{catalog.Scrum: 1.5})},
				{ID: "advanced_scrum", Label: "PSM II, A-CSM or CSP", Effect: eff(pw{catalog.ScrumMaster: 1, catalog.AgileCoach: 1.5}, fw{catalog.Scrum: 1})},
				{ID: "coaching_cert", Label: "A coaching certification (ICP-ACC, CEC, CTC)", Effect: eff(pw{catalog.AgileCoach: 2.5}, nil)},
				{ID: "pal", Label: "PAL-I or another leadership certificate", Effect: eff(pw{catalog.AgileLeader: 2}, nil)},
				{ID: "pmp", Label: "PMP or PRINCE2", Effect: eff(pw{catalog.ProjectManager: 3}, fw{catalog.Project: 2})},
				{ID: "pmi-acp", Cert: "pmi-acp", Label: "PMI-ACP", Effect: eff(pw{catalog.ProjectManager: 1.5, catalog.AgileCoach: 0.5}, fw{catalog.Project: 1})},
				{ID: noneOptionID, Label: "None named, or I have not looked", Exclusive: true},
			},
		},
		{
			ID: QPostingSAFe, Section: SectionPostings, Kind: SingleChoice{},
			Title:  "SAFe in the postings",
			Prompt: "Do the postings mention SAFe or an Agile Release Train?",
			Options: []Option{
				{ID: "required", Label: "Yes, SAFe experience is required", Effect: eff(nil, fw{catalog.SAFe: 4})},
				{ID: "preferred", Label: "Yes, as a plus", Effect: eff(nil, fw{catalog.SAFe: 2})},
				{ID: "scrum_only", Label: "No, they speak of Scrum or Kanban only", Effect: eff(nil, fw{catalog.Scrum: 3})},
				{ID: "projects", Label: "No, they speak of projects, PMBOK or PRINCE2", Effect: eff(nil, fw{catalog.Project: 3})},
				{ID: "unsure", Label: "I can't tell"},
			},
		},
		{
			ID: QPostingSpan, Section: SectionPostings, Kind: SingleChoice{},
			Title:  "Teams the role spans",
			Prompt: "How many teams does the role in those postings span?",
			Options: []Option{
				{ID: "one", Label: "One team", Effect: eff(pw{catalog.ProductOwner: 1, catalog.ScrumMaster: 1.5}, nil)},
				{ID: "few", Label: "Two or three teams", Effect: eff(pw{catalog.ScrumMaster: 1, catalog.ProductOwner: 0.5, catalog.ProductManager: 0.5, catalog.AgileCoach: 0.5}, nil)},
				{ID: "train", Label: "A train of five to twelve teams", Effect: eff(pw{catalog.ReleaseTrainEngineer: 2.5, catalog.ProductManager: 1.5}, fw{catalog.SAFe: 1.5})},
				{ID: "portfolio", Label: "Several trains or a whole portfolio", Effect: eff(pw{catalog.PortfolioManager: 2.5, catalog.AgileLeader: 1.5}, fw{catalog.SAFe: 1})},
				{ID: "project", Label: "A project with a start, an end and its own team", Effect: eff(pw{catalog.ProjectManager: 2.5}, fw{catalog.Project: 1.5})},
			},
		},
		{
			ID: QPostingsText, Section: SectionPostings, Kind: Postings{}, Optional: true,
			Title:  "Postings given",
			Prompt: "Paste the job postings you aim for, or give their files or links (optional).",
			Hint:   "certpath reads them for the phrases each role uses and shows what it found. Leave both empty and press enter to skip.",
		},
		{
			ID: QWeekTime, Section: SectionWeek, Kind: Allocation{},
			Title:  "Where your week goes",
			Prompt: "Where does a typical week of your calendar go?",
			Hint:   "Spread 100% across the activities. Your calendar, not your job title.",
			Options: []Option{
				{ID: "backlog", Label: "Backlog: refining, ordering, writing stories", Effect: eff(pw{catalog.ProductOwner: 12, catalog.ProductManager: 3}, nil)},
				{ID: "discovery", Label: "Customers, users, product discovery", Effect: eff(pw{catalog.ProductManager: 10, catalog.ProductOwner: 4}, nil)},
				{ID: "stakeholders", Label: "Stakeholder and business-owner alignment", Effect: eff(pw{catalog.ProductOwner: 4, catalog.ProductManager: 4, catalog.ProjectManager: 3, catalog.PortfolioManager: 3}, nil)},
				{ID: "team_events", Label: "Facilitating team events", Effect: eff(pw{catalog.ScrumMaster: 12, catalog.AgileCoach: 3}, nil)},
				{ID: "impediments", Label: "Removing impediments, team improvement", Effect: eff(pw{catalog.ScrumMaster: 10, catalog.ReleaseTrainEngineer: 3, catalog.AgileCoach: 1}, nil)},
				{ID: "cross_team", Label: "Cross-team coordination, dependencies", Effect: eff(pw{catalog.ReleaseTrainEngineer: 12, catalog.ScrumMaster: 1, catalog.ProjectManager: 2}, fw{catalog.SAFe: 1})},
				{ID: "coaching", Label: "Coaching people, teams or leaders", Effect: eff(pw{catalog.AgileCoach: 12, catalog.AgileLeader: 3}, nil)},
				{ID: "plans_budget", Label: "Plans, schedules, budgets, status reports", Effect: eff(pw{catalog.ProjectManager: 12, catalog.PortfolioManager: 2}, fw{catalog.Project: 2})},
				{ID: "portfolio", Label: "Strategy, funding, portfolio decisions", Effect: eff(pw{catalog.PortfolioManager: 9, catalog.AgileLeader: 6}, nil)},
				{ID: "delivery", Label: "Hands-on work: building, testing, design"},
			},
		},
		{
			ID: QTeamEvents, Section: SectionWeek, Kind: Frequency{},
			Title:  "You facilitate team events",
			Prompt: "How often do you facilitate team events: Sprint Planning, Daily Scrum, Review, Retrospective?",
			Effect: eff(pw{catalog.ScrumMaster: 4, catalog.AgileCoach: 1}, nil),
		},
		{
			ID: QRefinement, Section: SectionWeek, Kind: Frequency{},
			Title:  "You lead refinement",
			Prompt: "How often do you lead backlog refinement or accept finished work?",
			Effect: eff(pw{catalog.ProductOwner: 4, catalog.ProductManager: 1}, nil),
		},
		{
			ID: QCrossTeam, Section: SectionWeek, Kind: Frequency{},
			Title:  "You run cross-team events",
			Prompt: "How often do you run events across teams: PI Planning, ART sync, Scrum of Scrums, Inspect and Adapt?",
			Effect: eff(pw{catalog.ReleaseTrainEngineer: 4, catalog.ScrumMaster: 0.5}, fw{catalog.SAFe: 1}),
		},
		{
			ID: QReporting, Section: SectionWeek, Kind: Frequency{},
			Title:  "You update plans and budgets",
			Prompt: "How often do you update schedules, budgets, risk registers or status reports?",
			Effect: eff(pw{catalog.ProjectManager: 4, catalog.PortfolioManager: 0.5}, fw{catalog.Project: 1}),
		},
		{
			ID: QCoaching, Section: SectionWeek, Kind: Frequency{},
			Title:  "You coach beyond your team",
			Prompt: "How often do you coach people beyond your own team: other Scrum Masters, managers, leaders?",
			Effect: eff(pw{catalog.AgileCoach: 4, catalog.AgileLeader: 1, catalog.ReleaseTrainEngineer: 0.5}, nil),
		},
		{
			ID: QPartners, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "Who you work with most",
			Prompt: "Who do you work with most?",
			Options: []Option{
				{ID: "developers", Label: "The developers on my team", Effect: eff(pw{catalog.ScrumMaster: 2, catalog.ProductOwner: 1}, nil)},
				{ID: "customers", Label: "Customers, users and business stakeholders", Effect: eff(pw{catalog.ProductOwner: 1.5, catalog.ProductManager: 2}, nil)},
				{ID: "team_roles", Label: "Scrum Masters and Product Owners of several teams", Effect: eff(pw{catalog.ReleaseTrainEngineer: 2, catalog.AgileCoach: 1}, nil)},
				{ID: "leaders", Label: "Managers and executives", Effect: eff(pw{catalog.AgileLeader: 2, catalog.PortfolioManager: 1, catalog.AgileCoach: 1}, nil)},
				{ID: "sponsors", Label: "Sponsors, vendors and a steering committee", Effect: eff(pw{catalog.ProjectManager: 2.5}, fw{catalog.Project: 1})},
			},
		},
		{
			ID: QTeamsProduct, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "Teams on one product",
			Prompt: "How many teams work on the product you spend most time on?",
			Options: []Option{
				{ID: "one", Label: "One team", Effect: eff(nil, fw{catalog.Scrum: 1})},
				{ID: "few", Label: "Two or three teams", Effect: eff(nil, fw{catalog.Scrum: 0.5})},
				{ID: "train", Label: "Four or more teams planning together", Effect: eff(pw{catalog.ReleaseTrainEngineer: 0.5}, fw{catalog.SAFe: 1.5})},
				{ID: "trains", Label: "Several trains or programmes", Effect: eff(pw{catalog.PortfolioManager: 1}, fw{catalog.SAFe: 1})},
				{ID: "no_product", Label: "No single product: projects or a portfolio", Effect: eff(pw{catalog.PortfolioManager: 0.5}, fw{catalog.Project: 0.5})},
			},
		},
		{
			ID: QOrgSAFe, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "SAFe where you work",
			Prompt: "Does your organization run SAFe?",
			Options: []Option{
				{ID: "yes", Label: "Yes, we run Agile Release Trains", Effect: eff(nil, fw{catalog.SAFe: 4})},
				{ID: "starting", Label: "We are starting a SAFe transformation", Effect: eff(pw{catalog.AgileLeader: 0.5}, fw{catalog.SAFe: 3})},
				{ID: "other_scaling", Label: "We scale another way (LeSS, Nexus, our own)", Effect: eff(nil, fw{catalog.Scrum: 2})},
				{ID: "no", Label: "No, teams work on their own", Effect: eff(nil, fw{catalog.Scrum: 2})},
				{ID: "projects", Label: "We mostly run projects", Effect: eff(nil, fw{catalog.Project: 3})},
			},
		},
		{
			ID: QSAFeVocab, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "SAFe vocabulary",
			Prompt: "How familiar are PI Planning, ART, WSJF and Lean Portfolio Management to you?",
			Options: []Option{
				{ID: "new", Label: "New to me"},
				{ID: "heard", Label: "I have heard of them"},
				{ID: "use", Label: "I use them at work"},
				{ID: "teach", Label: "I could explain them to others", Effect: eff(pw{catalog.AgileCoach: 0.5}, nil)},
			},
		},
		{
			ID: QAgileYears, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "Years in agile roles",
			Prompt: "How many years have you worked in agile roles?",
			Options: []Option{
				{ID: "lt1", Label: "Less than one"},
				{ID: "1to2", Label: "One to two"},
				{ID: "3to5", Label: "Three to five", Effect: eff(pw{catalog.AgileCoach: 0.5}, nil)},
				{ID: "gt5", Label: "More than five", Effect: eff(pw{catalog.AgileCoach: 1, catalog.AgileLeader: 0.5}, nil)},
			},
		},
		{
			ID: QRoleYears, Section: SectionWeek, Kind: SingleChoice{}, Optional: true,
			Title:  "Years in your current role",
			Prompt: "How many years have you done the work your week describes (Scrum Master, Product Owner, leading projects...)?",
			Hint:   "A-CSM, A-CSPO, CSP and PMP ask for months in the role. If you would rather not say, certpath counts your years in agile roles instead and does not guess how long you have led projects.",
			Options: []Option{
				{ID: "lt1", Label: "Less than one"},
				{ID: "1to2", Label: "One to two"},
				{ID: "3to5", Label: "Three to five"},
				{ID: "gt5", Label: "More than five"},
				// The question is optional; this is how a person passes.
				{ID: RoleYearsUnsaid, Label: "Rather not say"},
			},
		},
		{
			ID: QHeldCerts, Section: SectionWeek, Kind: MultiChoice{},
			Title:   "Certifications you hold",
			Prompt:  "Which certifications do you already hold?",
			Hint:    "certpath never recommends one you have; it suggests the next level.",
			Options: heldCertOptions(cat),
		},
	}}
}

// heldCertOptions offers every known certification plus "none"; the option IDs
// are the certification IDs so that the path rules can read them directly.
func heldCertOptions(cat catalog.Catalog) []Option {
	certs := cat.Certs()
	opts := make([]Option, 0, len(certs)+1)
	for _, c := range certs {
		opts = append(opts, Option{ID: string(c.ID), Label: c.FullName(), Cert: c.ID})
	}
	return append(opts, Option{ID: noneOptionID, Label: noneOfTheseTxt, Exclusive: true})
}
