package questions

// Question IDs the path rules read directly. Every other question only scores.
const (
	QPostingFocus  = "postings.focus"
	QPostingCerts  = "postings.certs"
	QPostingSAFe   = "postings.safe"
	QPostingSpan   = "postings.span"
	QPostingsText  = "postings.text"
	QWeekTime      = "week.time"
	QTeamEvents    = "week.team_events"
	QRefinement    = "week.refinement"
	QCrossTeam     = "week.cross_team"
	QReporting     = "week.reporting"
	QCoaching      = "week.coaching"
	QPartners      = "week.partners"
	QTeamsProduct  = "week.teams_per_product"
	QOrgSAFe       = "week.org_safe"
	QSAFeVocab     = "week.safe_vocabulary"
	QAgileYears    = "week.agile_years"
	QHeldCerts     = "week.held_certs"
	noneOptionID   = "none"
	noneOfTheseTxt = "None of these"
)

type pw = map[ProfileID]float64
type fw = map[Framework]float64

func eff(p pw, f fw) Effect { return Effect{Profiles: p, Frameworks: f} }

// DefaultBank returns the question bank the quiz asks. Weights are points: a
// chosen option adds its points, a frequency adds its share of the points for
// "daily", an allocation adds its percentage of the points for 100 percent.
// The postings section and the week section carry about the same total, so
// neither the title people aim for nor the one they hold decides alone.
func DefaultBank() Bank {
	return Bank{Questions: []Question{
		{
			ID: QPostingFocus, Section: SectionPostings, Kind: MultiChoice,
			Title:  "Postings emphasize",
			Prompt: "What do the job postings you aim for emphasize?",
			Hint:   "Pick everything that shows up in two or more of them.",
			Options: []Option{
				{ID: "backlog", Label: "Owning and ordering a team backlog, writing stories", Effect: eff(pw{ProductOwner: 3, ProductManager: 0.5}, nil)},
				{ID: "roadmap", Label: "Product vision, roadmap, features, market needs", Effect: eff(pw{ProductManager: 3, ProductOwner: 1}, nil)},
				{ID: "stakeholders", Label: "Aligning stakeholders and business owners on priorities", Effect: eff(pw{ProductOwner: 1.5, ProductManager: 1.5, ProjectManager: 0.5}, nil)},
				{ID: "events", Label: "Facilitating team events: planning, daily, review, retro", Effect: eff(pw{ScrumMaster: 3, AgileCoach: 0.5}, fw{Scrum: 0.5})},
				{ID: "impediments", Label: "Removing impediments, protecting the team's focus", Effect: eff(pw{ScrumMaster: 2.5, ReleaseTrainEngineer: 0.5}, nil)},
				{ID: "dependencies", Label: "Managing dependencies and risks across teams", Effect: eff(pw{ReleaseTrainEngineer: 2.5, ScrumMaster: 0.5, ProjectManager: 0.5}, fw{SAFe: 0.5})},
				{ID: "pi_planning", Label: "PI Planning, ART sync, Inspect and Adapt", Effect: eff(pw{ReleaseTrainEngineer: 3, ScrumMaster: 0.5, ProductOwner: 0.5, ProductManager: 0.5}, fw{SAFe: 3})},
				{ID: "portfolio_funding", Label: "Portfolio funding, lean budgets, value streams, epics", Effect: eff(pw{PortfolioManager: 3, AgileLeader: 0.5}, fw{SAFe: 1})},
				{ID: "schedule_budget", Label: "Project schedule, budget, scope and status reports", Effect: eff(pw{ProjectManager: 3}, fw{Project: 2})},
				{ID: "risk_register", Label: "Risk registers, change control, vendors", Effect: eff(pw{ProjectManager: 2.5}, fw{Project: 1.5})},
				{ID: "coaching", Label: "Coaching teams and leaders in agile ways of working", Effect: eff(pw{AgileCoach: 3, ScrumMaster: 0.5}, nil)},
				{ID: "transformation", Label: "Leading a transformation, changing how managers work", Effect: eff(pw{AgileLeader: 3, AgileCoach: 1}, nil)},
				{ID: "flow_metrics", Label: "Flow metrics, predictability, improvement across teams", Effect: eff(pw{ReleaseTrainEngineer: 1.5, AgileCoach: 1, ScrumMaster: 0.5}, nil)},
			},
		},
		{
			ID: QPostingCerts, Section: SectionPostings, Kind: MultiChoice,
			Title:  "Certifications named",
			Prompt: "Which certifications do those postings name?",
			Hint:   "Required or preferred, both count.",
			Options: []Option{
				{ID: "popm", Label: "SAFe POPM", Effect: eff(pw{ProductOwner: 2, ProductManager: 1.5}, fw{SAFe: 2})},
				{ID: "ssm", Label: "SAFe Scrum Master (SSM)", Effect: eff(pw{ScrumMaster: 2}, fw{SAFe: 2})},
				{ID: "sasm", Label: "SAFe Advanced Scrum Master (SASM)", Effect: eff(pw{ScrumMaster: 1, ReleaseTrainEngineer: 1}, fw{SAFe: 2})},
				{ID: "leading-safe", Label: "Leading SAFe / SAFe Agilist", Effect: eff(pw{AgileLeader: 1.5, ReleaseTrainEngineer: 0.5, PortfolioManager: 0.5}, fw{SAFe: 2})},
				{ID: "rte", Label: "SAFe Release Train Engineer (RTE)", Effect: eff(pw{ReleaseTrainEngineer: 3}, fw{SAFe: 2})},
				{ID: "lpm", Label: "SAFe Lean Portfolio Management (LPM)", Effect: eff(pw{PortfolioManager: 3}, fw{SAFe: 2})},
				{ID: "psm_csm", Label: "PSM or CSM", Effect: eff(pw{ScrumMaster: 2}, fw{Scrum: 1.5})},
				{ID: "pspo_cspo", Label: "PSPO or CSPO", Effect: eff(pw{ProductOwner: 2}, fw{Scrum: 1.5})},
				{ID: "advanced_scrum", Label: "PSM II, A-CSM or CSP", Effect: eff(pw{ScrumMaster: 1, AgileCoach: 1.5}, fw{Scrum: 1})},
				{ID: "coaching_cert", Label: "A coaching certification (ICP-ACC, CEC, CTC)", Effect: eff(pw{AgileCoach: 2.5}, nil)},
				{ID: "pal", Label: "PAL-I or another leadership certificate", Effect: eff(pw{AgileLeader: 2}, nil)},
				{ID: "pmp", Label: "PMP or PRINCE2", Effect: eff(pw{ProjectManager: 3}, fw{Project: 2})},
				{ID: "pmi-acp", Label: "PMI-ACP", Effect: eff(pw{ProjectManager: 1.5, AgileCoach: 0.5}, fw{Project: 1})},
				{ID: noneOptionID, Label: "None named, or I have not looked", Exclusive: true},
			},
		},
		{
			ID: QPostingSAFe, Section: SectionPostings, Kind: SingleChoice,
			Title:  "SAFe in the postings",
			Prompt: "Do the postings mention SAFe or an Agile Release Train?",
			Options: []Option{
				{ID: "required", Label: "Yes, SAFe experience is required", Effect: eff(nil, fw{SAFe: 4})},
				{ID: "preferred", Label: "Yes, as a plus", Effect: eff(nil, fw{SAFe: 2})},
				{ID: "scrum_only", Label: "No, they speak of Scrum or Kanban only", Effect: eff(nil, fw{Scrum: 3})},
				{ID: "projects", Label: "No, they speak of projects, PMBOK or PRINCE2", Effect: eff(nil, fw{Project: 3})},
				{ID: "unsure", Label: "I can't tell"},
			},
		},
		{
			ID: QPostingSpan, Section: SectionPostings, Kind: SingleChoice,
			Title:  "Teams the role spans",
			Prompt: "How many teams does the role in those postings span?",
			Options: []Option{
				{ID: "one", Label: "One team", Effect: eff(pw{ProductOwner: 1, ScrumMaster: 1.5}, nil)},
				{ID: "few", Label: "Two or three teams", Effect: eff(pw{ScrumMaster: 1, ProductOwner: 0.5, ProductManager: 0.5, AgileCoach: 0.5}, nil)},
				{ID: "train", Label: "A train of five to twelve teams", Effect: eff(pw{ReleaseTrainEngineer: 2.5, ProductManager: 1.5}, fw{SAFe: 1.5})},
				{ID: "portfolio", Label: "Several trains or a whole portfolio", Effect: eff(pw{PortfolioManager: 2.5, AgileLeader: 1.5}, fw{SAFe: 1})},
				{ID: "project", Label: "A project with a start, an end and its own team", Effect: eff(pw{ProjectManager: 2.5}, fw{Project: 1.5})},
			},
		},
		{
			ID: QPostingsText, Section: SectionPostings, Kind: Postings, Optional: true,
			Title:  "Postings pasted",
			Prompt: "Paste the job postings you aim for, or type their file paths (optional).",
			Hint:   "certpath reads them for the phrases each role uses and shows what it found. Leave both empty and press enter to skip.",
		},
		{
			ID: QWeekTime, Section: SectionWeek, Kind: Allocation,
			Title:  "Where your week goes",
			Prompt: "Where does a typical week of your calendar go?",
			Hint:   "Spread 100% across the activities. Your calendar, not your job title.",
			Options: []Option{
				{ID: "backlog", Label: "Backlog: refining, ordering, writing stories", Effect: eff(pw{ProductOwner: 12, ProductManager: 3}, nil)},
				{ID: "discovery", Label: "Customers, users, product discovery", Effect: eff(pw{ProductManager: 10, ProductOwner: 4}, nil)},
				{ID: "stakeholders", Label: "Stakeholder and business-owner alignment", Effect: eff(pw{ProductOwner: 4, ProductManager: 4, ProjectManager: 3, PortfolioManager: 3}, nil)},
				{ID: "team_events", Label: "Facilitating team events", Effect: eff(pw{ScrumMaster: 12, AgileCoach: 3}, nil)},
				{ID: "impediments", Label: "Removing impediments, team improvement", Effect: eff(pw{ScrumMaster: 10, ReleaseTrainEngineer: 3, AgileCoach: 1}, nil)},
				{ID: "cross_team", Label: "Cross-team coordination, dependencies", Effect: eff(pw{ReleaseTrainEngineer: 12, ScrumMaster: 1, ProjectManager: 2}, fw{SAFe: 1})},
				{ID: "coaching", Label: "Coaching people, teams or leaders", Effect: eff(pw{AgileCoach: 12, AgileLeader: 3}, nil)},
				{ID: "plans_budget", Label: "Plans, schedules, budgets, status reports", Effect: eff(pw{ProjectManager: 12, PortfolioManager: 2}, fw{Project: 2})},
				{ID: "portfolio", Label: "Strategy, funding, portfolio decisions", Effect: eff(pw{PortfolioManager: 9, AgileLeader: 6}, nil)},
				{ID: "delivery", Label: "Hands-on work: building, testing, design"},
			},
		},
		{
			ID: QTeamEvents, Section: SectionWeek, Kind: Frequency,
			Title:  "You facilitate team events",
			Prompt: "How often do you facilitate team events: Sprint Planning, Daily Scrum, Review, Retrospective?",
			Effect: eff(pw{ScrumMaster: 4, AgileCoach: 1}, nil),
		},
		{
			ID: QRefinement, Section: SectionWeek, Kind: Frequency,
			Title:  "You lead refinement",
			Prompt: "How often do you lead backlog refinement or accept finished work?",
			Effect: eff(pw{ProductOwner: 4, ProductManager: 1}, nil),
		},
		{
			ID: QCrossTeam, Section: SectionWeek, Kind: Frequency,
			Title:  "You run cross-team events",
			Prompt: "How often do you run events across teams: PI Planning, ART sync, Scrum of Scrums, Inspect and Adapt?",
			Effect: eff(pw{ReleaseTrainEngineer: 4, ScrumMaster: 0.5}, fw{SAFe: 1}),
		},
		{
			ID: QReporting, Section: SectionWeek, Kind: Frequency,
			Title:  "You update plans and budgets",
			Prompt: "How often do you update schedules, budgets, risk registers or status reports?",
			Effect: eff(pw{ProjectManager: 4, PortfolioManager: 0.5}, fw{Project: 1}),
		},
		{
			ID: QCoaching, Section: SectionWeek, Kind: Frequency,
			Title:  "You coach beyond your team",
			Prompt: "How often do you coach people beyond your own team: other Scrum Masters, managers, leaders?",
			Effect: eff(pw{AgileCoach: 4, AgileLeader: 1, ReleaseTrainEngineer: 0.5}, nil),
		},
		{
			ID: QPartners, Section: SectionWeek, Kind: SingleChoice,
			Title:  "Who you work with most",
			Prompt: "Who do you work with most?",
			Options: []Option{
				{ID: "developers", Label: "The developers on my team", Effect: eff(pw{ScrumMaster: 2, ProductOwner: 1}, nil)},
				{ID: "customers", Label: "Customers, users and business stakeholders", Effect: eff(pw{ProductOwner: 1.5, ProductManager: 2}, nil)},
				{ID: "team_roles", Label: "Scrum Masters and Product Owners of several teams", Effect: eff(pw{ReleaseTrainEngineer: 2, AgileCoach: 1}, nil)},
				{ID: "leaders", Label: "Managers and executives", Effect: eff(pw{AgileLeader: 2, PortfolioManager: 1, AgileCoach: 1}, nil)},
				{ID: "sponsors", Label: "Sponsors, vendors and a steering committee", Effect: eff(pw{ProjectManager: 2.5}, fw{Project: 1})},
			},
		},
		{
			ID: QTeamsProduct, Section: SectionWeek, Kind: SingleChoice,
			Title:  "Teams on one product",
			Prompt: "How many teams work on the product you spend most time on?",
			Options: []Option{
				{ID: "one", Label: "One team", Effect: eff(nil, fw{Scrum: 1})},
				{ID: "few", Label: "Two or three teams", Effect: eff(nil, fw{Scrum: 0.5})},
				{ID: "train", Label: "Four or more teams planning together", Effect: eff(pw{ReleaseTrainEngineer: 0.5}, fw{SAFe: 1.5})},
				{ID: "trains", Label: "Several trains or programmes", Effect: eff(pw{PortfolioManager: 1}, fw{SAFe: 1})},
				{ID: "no_product", Label: "No single product: projects or a portfolio", Effect: eff(pw{PortfolioManager: 0.5}, fw{Project: 0.5})},
			},
		},
		{
			ID: QOrgSAFe, Section: SectionWeek, Kind: SingleChoice,
			Title:  "SAFe where you work",
			Prompt: "Does your organization run SAFe?",
			Options: []Option{
				{ID: "yes", Label: "Yes, we run Agile Release Trains", Effect: eff(nil, fw{SAFe: 4})},
				{ID: "starting", Label: "We are starting a SAFe transformation", Effect: eff(pw{AgileLeader: 0.5}, fw{SAFe: 3})},
				{ID: "other_scaling", Label: "We scale another way (LeSS, Nexus, our own)", Effect: eff(nil, fw{Scrum: 2})},
				{ID: "no", Label: "No, teams work on their own", Effect: eff(nil, fw{Scrum: 2})},
				{ID: "projects", Label: "We mostly run projects", Effect: eff(nil, fw{Project: 3})},
			},
		},
		{
			ID: QSAFeVocab, Section: SectionWeek, Kind: SingleChoice,
			Title:  "SAFe vocabulary",
			Prompt: "How familiar are PI Planning, ART, WSJF and Lean Portfolio Management to you?",
			Options: []Option{
				{ID: "new", Label: "New to me"},
				{ID: "heard", Label: "I have heard of them"},
				{ID: "use", Label: "I use them at work"},
				{ID: "teach", Label: "I could explain them to others", Effect: eff(pw{AgileCoach: 0.5}, nil)},
			},
		},
		{
			ID: QAgileYears, Section: SectionWeek, Kind: SingleChoice,
			Title:  "Years in agile roles",
			Prompt: "How many years have you worked in agile roles?",
			Options: []Option{
				{ID: "lt1", Label: "Less than one"},
				{ID: "1to2", Label: "One to two"},
				{ID: "3to5", Label: "Three to five", Effect: eff(pw{AgileCoach: 0.5}, nil)},
				{ID: "gt5", Label: "More than five", Effect: eff(pw{AgileCoach: 1, AgileLeader: 0.5}, nil)},
			},
		},
		{
			ID: QHeldCerts, Section: SectionWeek, Kind: MultiChoice,
			Title:   "Certifications you hold",
			Prompt:  "Which certifications do you already hold?",
			Hint:    "certpath never recommends one you have; it suggests the next level.",
			Options: heldCertOptions(),
		},
	}}
}

// heldCertOptions offers every known certification plus "none"; the option IDs
// are the certification IDs so that the path rules can read them directly.
func heldCertOptions() []Option {
	opts := make([]Option, 0, len(Certs())+1)
	for _, c := range Certs() {
		opts = append(opts, Option{ID: string(c.ID), Label: c.Name})
	}
	return append(opts, Option{ID: noneOptionID, Label: noneOfTheseTxt, Exclusive: true})
}
