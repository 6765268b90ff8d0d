package questions

import (
	"certpath/catalog"
	"certpath/postings"
)

// Question IDs of the default bank. Nothing outside the bank and its tests
// names them: the planner reads answers through what the options carry
// (Bank.Read).
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
	QAgileMonths  = "week.agile_months"
	QHeldCerts    = "week.held_certs"
	QRoleMonths   = "week.role_months"
	QDegree       = "week.degree"
	QPayer        = "week.payer"
	QBudget       = "week.budget"
	// RoleMonthsUnsaid is the role-months answer of a person who passes: it
	// carries no months.
	RoleMonthsUnsaid = "unsaid"
	// NoneID is the option of a certification question that says none.
	NoneID         = "none"
	noneOfTheseTxt = "None of these"
	// LevelMonthly is the index of "monthly" on the frequency scale: the
	// least often a kind of work counts as part of someone's week.
	LevelMonthly = 2
	// levelSprint is the index of "every sprint" on the frequency scale.
	levelSprint = 3
)

// monthsOptions are the bands of a question of months, each with the months
// it stands for at least: their edges are the months every rule of the
// catalogue counts (12, 24, 36 and 60), so no band straddles a rule.
func monthsOptions() []Option {
	return []Option{
		{ID: "lt12", Label: "Less than 12 months", Months: months(0)},
		{ID: "12to23", Label: "12 to 23 months", Months: months(12)},
		{ID: "24to35", Label: "24 to 35 months", Months: months(24)},
		{ID: "36to59", Label: "36 to 59 months (three to five years)", Months: months(36)},
		{ID: "60plus", Label: "60 months or more (five years or more)", Months: months(60)},
	}
}

// yearsLegacy are the bands in years that certpath asked before issue 33
// (week.agile_years, week.role_years), kept so that older answers files and
// saved answers still read. Each stands for the months it surely covers,
// and for as many as it may: "one to two years" is 12 months at least and
// up to 35, so a rule counting 24 months cannot be decided from it.
func yearsLegacy() []Option {
	return []Option{
		{ID: "lt1", Label: "Less than one year (an earlier answer)", Months: months(0), MonthsUpTo: months(11)},
		{ID: "1to2", Label: "One to two years (an earlier answer)", Months: months(12), MonthsUpTo: months(35)},
		{ID: "3to5", Label: "Three to five years (an earlier answer)", Months: months(36), MonthsUpTo: months(71)},
		{ID: "gt5", Label: "More than five years (an earlier answer)", Months: months(60)},
	}
}

// withEffects gives options their effects, by option ID.
func withEffects(opts []Option, e map[string]Effect) []Option {
	for i, o := range opts {
		if x, ok := e[o.ID]; ok {
			opts[i].Effect = x
		}
	}
	return opts
}

// traits is a list of traits, for an option's Traits.
func traits(t ...catalog.Trait) []catalog.Trait { return t }

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
				{ID: "backlog", Label: "Owning and ordering a team backlog, writing stories", Traits: traits(catalog.TraitPostingsProductWork), Effect: eff(pw{catalog.ProductOwner: 3, catalog.ProductManager: 0.5}, nil)},
				{ID: "roadmap", Label: "Product vision, roadmap, features, market needs", Traits: traits(catalog.TraitPostingsProductWork), Effect: eff(pw{catalog.ProductManager: 3, catalog.ProductOwner: 1}, nil)},
				{ID: "stakeholders", Label: "Aligning stakeholders and business owners on priorities", Effect: eff(pw{catalog.ProductOwner: 1.5, catalog.ProductManager: 1.5, catalog.ProjectManager: 0.5}, nil)},
				{ID: "events", Label: "Facilitating team events: planning, daily, review, retro", Traits: traits(catalog.TraitAgileWork, catalog.TraitPostingsFacilitation), Effect: eff(pw{catalog.ScrumMaster: 3, catalog.AgileCoach: 0.5}, fw{catalog.Scrum: 0.5})},
				{ID: "impediments", Label: "Removing impediments, protecting the team's focus", Traits: traits(catalog.TraitPostingsFacilitation), Effect: eff(pw{catalog.ScrumMaster: 2.5, catalog.ReleaseTrainEngineer: 0.5}, nil)},
				{ID: "dependencies", Label: "Managing dependencies and risks across teams", Effect: eff(pw{catalog.ReleaseTrainEngineer: 2.5, catalog.ScrumMaster: 0.5, catalog.ProjectManager: 0.5}, fw{catalog.SAFe: 0.5})},
				{ID: "pi_planning", Label: "PI Planning, ART sync, Inspect and Adapt", Effect: eff(pw{catalog.ReleaseTrainEngineer: 3, catalog.ScrumMaster: 0.5, catalog.ProductOwner: 0.5, catalog.ProductManager: 0.5}, fw{catalog.SAFe: 3})},
				{ID: "portfolio_funding", Label: "Portfolio funding, lean budgets, value streams, epics", Effect: eff(pw{catalog.PortfolioManager: 3, catalog.AgileLeader: 0.5}, fw{catalog.SAFe: 1})},
				{ID: "schedule_budget", Label: "Project schedule, budget, scope and status reports", Effect: eff(pw{catalog.ProjectManager: 3}, fw{catalog.Project: 2})},
				{ID: "risk_register", Label: "Risk registers, change control, vendors", Effect: eff(pw{catalog.ProjectManager: 2.5}, fw{catalog.Project: 1.5})},
				{ID: "coaching", Label: "Coaching teams and leaders in agile ways of working", Effect: eff(pw{catalog.AgileCoach: 3, catalog.ScrumMaster: 0.5}, nil)},
				{ID: "transformation", Label: "Leading a transformation, changing how managers work", Traits: traits(catalog.TraitCoachesLeaders), Effect: eff(pw{catalog.AgileLeader: 3, catalog.AgileCoach: 1}, nil)},
				{ID: "flow_metrics", Label: "Flow metrics, predictability, improvement across teams", Traits: traits(catalog.TraitAgileWork), Effect: eff(pw{catalog.ReleaseTrainEngineer: 1.5, catalog.AgileCoach: 1, catalog.ScrumMaster: 0.5}, nil)},
			},
		},
		{
			ID: QPostingCerts, Section: SectionPostings, Kind: MultiChoice{},
			Title:   "Certifications named",
			Prompt:  "Which certifications do those postings name?",
			Hint:    "Required or preferred, both count.",
			Certs:   CertsNamed,
			Options: postingsCertOptions(cat),
		},
		{
			ID: QPostingSAFe, Section: SectionPostings, Kind: SingleChoice{},
			Title:  "SAFe in the postings",
			Prompt: "Do the postings mention SAFe or an Agile Release Train?",
			Options: []Option{
				{ID: "required", Label: "Yes, SAFe experience is required", Traits: traits(catalog.TraitPostingsSAFeRequired), Effect: eff(nil, fw{catalog.SAFe: 4})},
				{ID: "preferred", Label: "Yes, as a plus", Traits: traits(catalog.TraitPostingsSAFePreferred), Effect: eff(nil, fw{catalog.SAFe: 2})},
				{ID: "scrum_only", Label: "No, they speak of Scrum or Kanban only", Traits: traits(catalog.TraitPostingsScrumOnly), Effect: eff(nil, fw{catalog.Scrum: 3})},
				{ID: "projects", Label: "No, they speak of projects, PMBOK or PRINCE2", Traits: traits(catalog.TraitPostingsProjects), Effect: eff(nil, fw{catalog.Project: 3})},
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
			ID: QPostingsText, Section: SectionPostings, Kind: Postings{Lexicon: postings.ForCatalog(cat)}, Optional: true,
			Title:  "Postings given",
			Prompt: "Paste the job postings you aim for, or give their files or links (optional).",
			Hint:   "certpath reads them for the phrases each role uses and shows what it found. Leave both empty and press enter to skip.",
		},
		{
			ID: QWeekTime, Section: SectionWeek, Kind: Allocation{},
			Title:  "Where your week goes",
			Prompt: "Where does a typical week of your calendar go?",
			Hint:   "Spread 100% across the activities. Your calendar, not your job title.",
			// The week shows a role's work from 15% of it on that work, agile
			// team work from 20%, project leadership from 20% on plans and
			// budgets, and a predictive week from 40%.
			Thresholds: map[catalog.Trait]int{catalog.TraitFacilitates: 15, catalog.TraitOwnsBacklog: 15, catalog.TraitAgileWork: 20,
				catalog.TraitLeadsProjects: 20, catalog.TraitPlansHeavy: 40},
			Options: []Option{
				{ID: "backlog", Label: "Backlog: refining, ordering, writing stories", Traits: traits(catalog.TraitOwnsBacklog, catalog.TraitAgileWork), Effect: eff(pw{catalog.ProductOwner: 12, catalog.ProductManager: 3}, nil)},
				{ID: "discovery", Label: "Customers, users, product discovery", Traits: traits(catalog.TraitAgileWork), Effect: eff(pw{catalog.ProductManager: 10, catalog.ProductOwner: 4}, nil)},
				// A business analyst's work: closest to the Product Owner's
				// (requirements become the backlog), then the Product
				// Manager's and a project's.
				{ID: "analysis", Label: "Requirements and analysis", Effect: eff(pw{catalog.ProductOwner: 7, catalog.ProductManager: 4, catalog.ProjectManager: 2}, nil)},
				{ID: "stakeholders", Label: "Stakeholder and business-owner alignment", Effect: eff(pw{catalog.ProductOwner: 4, catalog.ProductManager: 4, catalog.ProjectManager: 3, catalog.PortfolioManager: 3}, nil)},
				{ID: "team_events", Label: "Facilitating team events", Traits: traits(catalog.TraitFacilitates, catalog.TraitAgileWork), Effect: eff(pw{catalog.ScrumMaster: 12, catalog.AgileCoach: 3}, nil)},
				{ID: "impediments", Label: "Removing impediments, team improvement", Traits: traits(catalog.TraitFacilitates, catalog.TraitAgileWork), Effect: eff(pw{catalog.ScrumMaster: 10, catalog.ReleaseTrainEngineer: 3, catalog.AgileCoach: 1}, nil)},
				{ID: "cross_team", Label: "Cross-team coordination, dependencies", Traits: traits(catalog.TraitAgileWork), Effect: eff(pw{catalog.ReleaseTrainEngineer: 12, catalog.ScrumMaster: 1, catalog.ProjectManager: 2}, fw{catalog.SAFe: 1})},
				{ID: "coaching", Label: "Coaching people, teams or leaders", Traits: traits(catalog.TraitAgileWork), Effect: eff(pw{catalog.AgileCoach: 12, catalog.AgileLeader: 3}, nil)},
				{ID: "plans_budget", Label: "Plans, schedules, budgets, status reports", Traits: traits(catalog.TraitLeadsProjects, catalog.TraitPlansHeavy), Effect: eff(pw{catalog.ProjectManager: 12, catalog.PortfolioManager: 2}, fw{catalog.Project: 2})},
				{ID: "portfolio", Label: "Strategy, funding, portfolio decisions", Effect: eff(pw{catalog.PortfolioManager: 9, catalog.AgileLeader: 6}, nil)},
				{ID: "delivery", Label: "Hands-on work: building, testing, design", Traits: traits(catalog.TraitHandsOn)},
			},
		},
		{
			ID: QTeamEvents, Section: SectionWeek, Kind: Frequency{},
			Title:      "You facilitate team events",
			Prompt:     "How often do you facilitate team events: Sprint Planning, Daily Scrum, Review, Retrospective?",
			Thresholds: map[catalog.Trait]int{catalog.TraitFacilitates: levelSprint, catalog.TraitAgileWork: levelSprint},
			Effect:     eff(pw{catalog.ScrumMaster: 4, catalog.AgileCoach: 1}, nil),
		},
		{
			ID: QRefinement, Section: SectionWeek, Kind: Frequency{},
			Title:      "You lead refinement",
			Prompt:     "How often do you lead backlog refinement or accept finished work?",
			Thresholds: map[catalog.Trait]int{catalog.TraitOwnsBacklog: levelSprint},
			Effect:     eff(pw{catalog.ProductOwner: 4, catalog.ProductManager: 1}, nil),
		},
		{
			ID: QCrossTeam, Section: SectionWeek, Kind: Frequency{},
			Title:      "You run cross-team events",
			Prompt:     "How often do you run events across teams: PI Planning, ART sync, Scrum of Scrums, Inspect and Adapt?",
			Thresholds: map[catalog.Trait]int{catalog.TraitCrossTeam: levelSprint},
			Effect:     eff(pw{catalog.ReleaseTrainEngineer: 4, catalog.ScrumMaster: 0.5}, fw{catalog.SAFe: 1}),
		},
		{
			ID: QReporting, Section: SectionWeek, Kind: Frequency{},
			Title:      "You update plans and budgets",
			Prompt:     "How often do you update schedules, budgets, risk registers or status reports?",
			Thresholds: map[catalog.Trait]int{catalog.TraitLeadsProjects: levelSprint + 1},
			Effect:     eff(pw{catalog.ProjectManager: 4, catalog.PortfolioManager: 0.5}, fw{catalog.Project: 1}),
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
				{ID: "developers", Label: "The developers on my team", Traits: traits(catalog.TraitWithDevelopers), Effect: eff(pw{catalog.ScrumMaster: 2, catalog.ProductOwner: 1}, nil)},
				{ID: "customers", Label: "Customers, users and business stakeholders", Traits: traits(catalog.TraitWithCustomers), Effect: eff(pw{catalog.ProductOwner: 1.5, catalog.ProductManager: 2}, nil)},
				{ID: "team_roles", Label: "Scrum Masters and Product Owners of several teams", Traits: traits(catalog.TraitWithTeamRoles), Effect: eff(pw{catalog.ReleaseTrainEngineer: 2, catalog.AgileCoach: 1}, nil)},
				{ID: "leaders", Label: "Managers and executives", Traits: traits(catalog.TraitCoachesLeaders, catalog.TraitWithLeaders), Effect: eff(pw{catalog.AgileLeader: 2, catalog.PortfolioManager: 1, catalog.AgileCoach: 1}, nil)},
				{ID: "sponsors", Label: "Sponsors, vendors and a steering committee", Traits: traits(catalog.TraitWithSponsors), Effect: eff(pw{catalog.ProjectManager: 2.5}, fw{catalog.Project: 1})},
			},
		},
		{
			ID: QTeamsProduct, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "Teams on one product",
			Prompt: "How many teams work on the product you spend most time on?",
			Options: []Option{
				{ID: "one", Label: "One team", Effect: eff(nil, fw{catalog.Scrum: 1})},
				{ID: "few", Label: "Two or three teams", Effect: eff(nil, fw{catalog.Scrum: 0.5})},
				{ID: "train", Label: "Four to twelve teams planning together (an Agile Release Train, a LeSS or Nexus group, or your own way)", Effect: eff(pw{catalog.ReleaseTrainEngineer: 0.5}, fw{catalog.SAFe: 1})},
				{ID: "trains", Label: "More than twelve teams, or several groups of teams (trains, LeSS Huge, programmes)", Effect: eff(pw{catalog.PortfolioManager: 1}, fw{catalog.SAFe: 0.5})},
				{ID: "no_product", Label: "No single product: projects or a portfolio", Effect: eff(pw{catalog.PortfolioManager: 0.5}, fw{catalog.Project: 0.5})},
			},
		},
		{
			ID: QOrgSAFe, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "SAFe where you work",
			Prompt: "Does your organization run SAFe?",
			Options: []Option{
				{ID: "yes", Label: "Yes, we run Agile Release Trains", Traits: traits(catalog.TraitOrgRunsSAFe), Effect: eff(nil, fw{catalog.SAFe: 4})},
				{ID: "starting", Label: "We are starting a SAFe transformation", Traits: traits(catalog.TraitOrgAdoptingSAFe), Effect: eff(pw{catalog.AgileLeader: 0.5}, fw{catalog.SAFe: 3})},
				{ID: "other_scaling", Label: "We scale another way (LeSS, Nexus, our own)", Traits: traits(catalog.TraitOrgOtherScaling), Effect: eff(nil, fw{catalog.Scrum: 2})},
				{ID: "no", Label: "No scaling framework (teams may still coordinate)", Traits: traits(catalog.TraitOrgTeamsOnly), Effect: eff(nil, fw{catalog.Scrum: 2})},
				{ID: "projects", Label: "We mostly run projects", Traits: traits(catalog.TraitOrgProjects), Effect: eff(nil, fw{catalog.Project: 3})},
			},
		},
		{
			ID: QSAFeVocab, Section: SectionWeek, Kind: SingleChoice{},
			Title:  "SAFe vocabulary",
			Prompt: "How familiar are PI Planning, ART, WSJF and Lean Portfolio Management to you?",
			Options: []Option{
				{ID: "new", Label: "New to me", Traits: traits(catalog.TraitSAFeNew)},
				{ID: "heard", Label: "I have heard of them", Traits: traits(catalog.TraitSAFeHeard)},
				{ID: "use", Label: "I use them at work", Traits: traits(catalog.TraitSAFeKnown)},
				{ID: "teach", Label: "I could explain them to others", Traits: traits(catalog.TraitSAFeKnown), Effect: eff(pw{catalog.AgileCoach: 0.5}, nil)},
			},
		},
		{
			ID: QAgileMonths, Section: SectionWeek, Kind: SingleChoice{},
			Title:    "Months in agile roles",
			Prompt:   "How long have you worked in agile roles?",
			Hint:     "Certification rules count months: PMI-ACP asks for 24 in agile work.",
			Tenure:   TenureAgile,
			Replaces: "week.agile_years",
			Options:  withEffects(monthsOptions(), map[string]Effect{"36to59": eff(pw{catalog.AgileCoach: 0.5}, nil), "60plus": eff(pw{catalog.AgileCoach: 1, catalog.AgileLeader: 0.5}, nil)}),
			Legacy:   withEffects(yearsLegacy(), map[string]Effect{"3to5": eff(pw{catalog.AgileCoach: 0.5}, nil), "gt5": eff(pw{catalog.AgileCoach: 1, catalog.AgileLeader: 0.5}, nil)}),
		},
		{
			ID: QRoleMonths, Section: SectionWeek, Kind: SingleChoice{}, Optional: true,
			Title:    "Months in your current role",
			Prompt:   "How long have you done the work your week describes (Scrum Master, Product Owner, leading projects...)?",
			Hint:     "A-CSM and A-CSPO ask for 12 months in the role, CSP for 24, PMP for 36 or 60 leading projects. If you would rather not say, certpath counts your months in agile roles instead and does not guess how long you have led projects.",
			Tenure:   TenureRole,
			Replaces: "week.role_years",
			// The question is optional; the last option is how a person passes.
			Options: append(monthsOptions(), Option{ID: RoleMonthsUnsaid, Label: "Rather not say"}),
			Legacy:  yearsLegacy(),
		},
		{
			ID: QDegree, Section: SectionWeek, Kind: SingleChoice{}, Optional: true,
			Title:  "Your education",
			Prompt: "Which is your highest education? PMP counts 36 months leading projects with a four-year degree, 60 without.",
			Options: []Option{
				{ID: "four_year", Label: "A four-year degree (bachelor's) or the global equivalent", Traits: traits(catalog.TraitDegreeFourYear)},
				{ID: "secondary", Label: "A secondary diploma or an associate's degree, or the global equivalent", Traits: traits(catalog.TraitDegreeSecondary)},
				{ID: "unsaid", Label: "Rather not say"},
			},
		},
		{
			ID: QPayer, Section: SectionWeek, Kind: SingleChoice{}, Optional: true,
			Title:  "Who pays",
			Prompt: "Who pays for your certifications?",
			Options: []Option{
				{ID: "employer", Label: "My employer", Traits: traits(catalog.TraitEmployerPays)},
				{ID: "me", Label: "I do", Traits: traits(catalog.TraitPaysSelf)},
				{ID: "shared", Label: "We share the cost", Traits: traits(catalog.TraitPaysSelf)},
				{ID: "unsaid", Label: "Rather not say"},
			},
		},
		{
			ID: QBudget, Section: SectionWeek, Kind: SingleChoice{}, Optional: true,
			Title:  "Budget this year",
			Prompt: "Roughly how much can go to certifications this year (courses, exams, renewals)?",
			Hint:   "certpath says what to take first when the path costs more, and what can wait.",
			Options: []Option{
				{ID: "lt500", Label: "Under $500", Budget: dollars(500)},
				{ID: "500to1500", Label: "$500 to $1,500", Budget: dollars(1500), BudgetFrom: 500},
				{ID: "1500to3000", Label: "$1,500 to $3,000", Budget: dollars(3000), BudgetFrom: 1500},
				{ID: "3000plus", Label: "More than $3,000"},
				{ID: "unsure", Label: "Not sure"},
			},
		},
		{
			ID: QHeldCerts, Section: SectionWeek, Kind: MultiChoice{},
			Title:   "Certifications you hold",
			Prompt:  "Which certifications do you already hold?",
			Hint:    "certpath never recommends one you have; it suggests the next level.",
			Certs:   CertsHeld,
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
		opts = append(opts, Option{ID: string(c.ID), Label: c.FullName(), Short: c.Short, Cert: c.ID})
	}
	return append(opts, Option{ID: NoneID, Label: noneOfTheseTxt, Exclusive: true})
}

// postingsCertOptions offers the options the content gives the postings
// question: the certifications' (those that share one, such as PSM or CSM,
// together, in catalogue order), then those of outside.yaml (a coaching
// certification certpath does not cover), then "none". An outside entry may
// also share a certification's option ("PMP or PRINCE2"), which then
// stands for it too.
func postingsCertOptions(cat catalog.Catalog) []Option {
	var opts []Option
	at := map[string]int{}
	slot := func(o *catalog.PostingsOption) int {
		i, seen := at[o.ID]
		if !seen {
			i, at[o.ID] = len(opts), len(opts)
			opts = append(opts, Option{ID: o.ID})
		}
		if o.Label != "" {
			opts[i].Label, opts[i].Effect, opts[i].Traits = o.Label, eff(o.Profiles, o.Frameworks), o.Traits
		}
		return i
	}
	for _, c := range cat.Certs() {
		if o := c.Postings.Option; o != nil {
			i := slot(o)
			opts[i].Certs = append(opts[i].Certs, c.ID)
		}
	}
	for _, x := range cat.Outside() {
		if o := x.Postings.Option; o != nil {
			i := slot(o)
			opts[i].Outside = append(opts[i].Outside, x.ID)
		}
	}
	for i, o := range opts {
		if len(o.Certs) == 1 && string(o.Certs[0]) == o.ID {
			opts[i].Cert = o.Certs[0]
		}
	}
	return append(opts, Option{ID: NoneID, Label: "None named, or I have not looked", Exclusive: true})
}
