package postings

import (
	"certpath/catalog"
	"certpath/words"
)

// Signal is one phrase the postings analyzer looks for and what it adds.
type Signal struct {
	// Phrase is matched ignoring case, punctuation, line breaks and word
	// forms; an Exact phrase (SAFe, ART, RTE) must match its case too,
	// because in lower case it is an ordinary word.
	Phrase string
	Exact  bool
	// Literal phrases match the lower-case word as written, unstemmed:
	// "training" must not match "train", nor "coaching" the title "coach".
	Literal bool
	// RoleName marks a job title rather than an activity. Titles are
	// evidence, but the activities must carry the decision on their own.
	RoleName   bool
	Profiles   map[catalog.ProfileID]float64
	Frameworks map[catalog.Framework]float64
	// Cert is set when the phrase names a certification.
	Cert catalog.CertID
	// Ignore marks words that hold a signal's words but are not the
	// role's work ("training budget", "hiring manager", "career
	// coaching"): matched like any phrase, and the longest match wins, so
	// the shorter signal inside never counts there; never evidence.
	Ignore bool
	// Outside is set when the phrase names a certification outside the
	// catalogue (CAPM, KMP, PSD...), which the results name as such.
	Outside catalog.OutsideID
}

func act(phrase string, p pw) Signal  { return Signal{Phrase: phrase, Profiles: p} }
func word(phrase string, p pw) Signal { return Signal{Phrase: phrase, Literal: true, Profiles: p} }
func role(phrase string, p pw) Signal {
	return Signal{Phrase: phrase, Literal: true, RoleName: true, Profiles: p}
}
func ctx(phrase string, f fw) Signal { return Signal{Phrase: phrase, Frameworks: f} }
func ignore(phrase string) Signal    { return Signal{Phrase: phrase, Ignore: true} }
func exactCtx(phrase string, f fw, p pw) Signal {
	return Signal{Phrase: phrase, Exact: true, Frameworks: f, Profiles: p}
}

// Lexicon returns the signal phrases: what people in each role do day to
// day, the framework words, and the phrases that name each certification of
// the catalogue (its content file's postings block) and each one outside it
// (outside.yaml). Weights are points; a phrase on a title line counts
// double.
func Lexicon(cat catalog.Catalog) []Signal {
	return append(append(roleSignals(), certSignals(cat)...), outsideSignals(cat)...)
}

// certSignals are the phrases that name the catalogue's certifications.
func certSignals(cat catalog.Catalog) []Signal {
	var out []Signal
	for _, c := range cat.Certs() {
		out = append(out, naming(c.Postings, Signal{Cert: c.ID})...)
	}
	return out
}

// outsideSignals are the phrases that name certifications outside the
// catalogue: they weigh on the roles like any other, and the analysis
// reports them as named but not covered.
func outsideSignals(cat catalog.Catalog) []Signal {
	var out []Signal
	for _, x := range cat.Outside() {
		out = append(out, naming(x.Postings, Signal{Outside: x.ID})...)
	}
	return out
}

// naming turns a postings block into its signals: one per phrase, each
// what base names with the block's weights.
func naming(in catalog.InPostings, base Signal) []Signal {
	base.Profiles, base.Frameworks = in.Profiles, in.Frameworks
	var out []Signal
	for _, p := range in.Phrases {
		s := base
		s.Phrase = p
		out = append(out, s)
	}
	for _, p := range in.Exact {
		s := base
		s.Phrase, s.Exact = p, true
		out = append(out, s)
	}
	return out
}

// roleSignals are the phrases of the roles' work and of the frameworks,
// drawn from what people in each role do day to day and from the fact
// sheet's quoted posting phrases.
func roleSignals() []Signal {
	return withPlurals(roleAndFrameworkSignals())
}

// withPlurals adds the plural of each job title, which is matched as
// written ("Directorate" is not a director): "scrum masters", "coaches".
func withPlurals(list []Signal) []Signal {
	have := map[string]bool{}
	for _, s := range list {
		have[s.Phrase] = true
	}
	for _, s := range list {
		if !s.RoleName || !s.Literal {
			continue
		}
		plural := words.Plural(s.Phrase)
		if !have[plural] {
			s.Phrase = plural
			list = append(list, s)
			have[plural] = true
		}
	}
	return list
}

// roleAndFrameworkSignals are the lexicon's own phrases, titles in the
// singular.
func roleAndFrameworkSignals() []Signal {
	po, pm, sm, rte := catalog.ProductOwner, catalog.ProductManager, catalog.ScrumMaster, catalog.ReleaseTrainEngineer
	ac, pf, al, pj := catalog.AgileCoach, catalog.PortfolioManager, catalog.AgileLeader, catalog.ProjectManager
	return []Signal{
		// Product Owner: the backlog and the value of what the team builds.
		act("product backlog", pw{po: 3}), act("team backlog", pw{po: 3}), act("backlog", pw{po: 1}),
		act("backlog refinement", pw{po: 2.5}), act("refine backlog", pw{po: 2.5}), act("backlog grooming", pw{po: 2.5}), act("grooming", pw{po: 2}),
		act("user stories", pw{po: 2.5}), act("acceptance criteria", pw{po: 2.5}), act("write stories", pw{po: 2}),
		act("order backlog", pw{po: 2.5}), act("prioritize backlog", pw{po: 2.5}), act("prioritization", pw{po: 1, pm: 0.5}),
		act("product goal", pw{po: 2.5}), act("maximize value", pw{po: 2}), act("business value", pw{po: 1.5}),
		act("accept work", pw{po: 1.5}), act("accept stories", pw{po: 2}), act("release plan", pw{po: 1.5}),
		act("iteration goals", pw{po: 1}), act("voice of customer", pw{po: 1.5, pm: 1}),
		act("stakeholder", pw{po: 0.5, pm: 0.5, pj: 0.5}), act("requirements", pw{po: 1, pj: 0.5}),
		act("sprint review", pw{po: 1, sm: 1}), act("demo", pw{po: 0.5}),
		act("backlog items", pw{po: 2}), act("sprint goal", pw{po: 2, sm: 0.5}), act("accept or reject", pw{po: 2}),
		act("definition of ready", pw{po: 1, sm: 0.5}), act("story mapping", pw{po: 1.5, pm: 0.5}), act("split stories", pw{po: 2}),
		act("story splitting", pw{po: 2}), act("product increment", pw{po: 1, sm: 0.5}), act("refinement", pw{po: 1.5, sm: 0.5}),
		act("refine stories", pw{po: 2}), act("product decisions", pw{po: 1.5, pm: 1}), act("customer feedback", pw{po: 1, pm: 1}),
		role("product owner", pw{po: 3}),

		// Product Manager: direction, market and customers across teams.
		act("roadmap", pw{pm: 2, po: 0.5}), act("product roadmap", pw{pm: 3, po: 0.5}), act("product vision", pw{pm: 2, po: 1}), act("product strategy", pw{pm: 2.5}),
		act("market research", pw{pm: 2.5}), act("market", pw{pm: 1}), act("customer discovery", pw{pm: 2.5}),
		act("product discovery", pw{pm: 2.5}), act("customer needs", pw{pm: 1.5, po: 0.5}), act("user research", pw{pm: 2}),
		act("customer interviews", pw{pm: 2}), act("go to market", pw{pm: 3}), act("pricing", pw{pm: 2}),
		act("competitive", pw{pm: 2}), act("product metrics", pw{pm: 1.5}), act("product lifecycle", pw{pm: 2}),
		act("art backlog", pw{pm: 2.5}), act("program backlog", pw{pm: 2.5}), act("features", pw{pm: 0.5, po: 0.5}),
		act("launch", pw{pm: 1.5}), act("adoption metrics", pw{pm: 1.5}), act("okrs", pw{pm: 0.5, al: 0.5}),
		act("business outcomes", pw{pm: 1, pf: 0.5}), act("product analytics", pw{pm: 2}),
		act("continuous discovery", pw{pm: 2.5}), act("discovery", pw{pm: 1, po: 0.5}), act("opportunity sizing", pw{pm: 2.5}),
		word("positioning", pw{pm: 2}), act("product market fit", pw{pm: 3}), act("business metrics", pw{pm: 1.5}),
		act("revenue", pw{pm: 1.5}), act("market segments", pw{pm: 2}), act("customer segments", pw{pm: 2}),
		act("competitors", pw{pm: 1.5}), act("product requirements", pw{pm: 1, po: 1}), act("product area", pw{pm: 2}),
		act("experiments", pw{pm: 1.5}), act("product direction", pw{pm: 1.5, po: 0.5}),
		role("product manager", pw{pm: 3}), role("product management", pw{pm: 2}),

		// Scrum Master: the team's events, impediments and improvement.
		act("sprint planning", pw{sm: 2}), act("daily scrum", pw{sm: 2.5}), act("daily stand up", pw{sm: 2.5}),
		act("stand ups", pw{sm: 2}), act("standups", pw{sm: 2}), act("retrospective", pw{sm: 2.5}),
		act("scrum events", pw{sm: 2.5}), act("scrum ceremonies", pw{sm: 2.5}), act("ceremonies", pw{sm: 2}),
		act("impediment", pw{sm: 2.5, rte: 0.5}), act("blockers", pw{sm: 2}), act("remove obstacles", pw{sm: 2}),
		act("servant leader", pw{sm: 2, ac: 0.5}), act("servant leadership", pw{sm: 2, ac: 0.5}),
		act("iteration planning", pw{sm: 2}), act("team velocity", pw{sm: 1.5}), act("velocity", pw{sm: 1}),
		act("burndown", pw{sm: 1.5}), act("self organizing", pw{sm: 1.5, ac: 0.5}), act("self managing", pw{sm: 1.5, ac: 0.5}),
		act("scrum values", pw{sm: 2}), act("protect team", pw{sm: 2}), act("team health", pw{sm: 1.5}),
		act("continuous improvement", pw{sm: 1, ac: 0.5, rte: 0.5}), act("facilitate", pw{sm: 1}),
		act("conflict resolution", pw{sm: 1, ac: 1}), act("team dynamics", pw{sm: 1, ac: 1}),
		act("working agreements", pw{sm: 2}), act("definition of done", pw{sm: 1.5, po: 0.5}),
		act("retro", pw{sm: 2.5}), act("psychological safety", pw{sm: 1, ac: 1}), act("team agreements", pw{sm: 1.5}),
		word("scrum team", pw{sm: 1.5}), word("scrum teams", pw{sm: 0.5, ac: 1, rte: 0.5}), act("cycle time", pw{sm: 1, ac: 0.5, rte: 0.5}), act("lead time", pw{sm: 0.5, ac: 0.5, rte: 0.5}),
		act("wip limits", pw{ac: 1, sm: 0.5, pf: 0.5}), act("cumulative flow", pw{sm: 1, ac: 0.5}), act("team level", pw{sm: 1}),
		role("scrum master", pw{sm: 3}), role("team coach", pw{sm: 2, ac: 1}),

		// Release Train Engineer: the train and what crosses teams.
		act("pi planning", pw{rte: 3, sm: 0.5, po: 0.5}), act("program increment", pw{rte: 2}),
		act("art sync", pw{rte: 3}), act("scrum of scrums", pw{rte: 2.5, sm: 0.5}), act("inspect and adapt", pw{rte: 2.5}),
		act("system demo", pw{rte: 2}), act("program board", pw{rte: 2.5}), act("planning board", pw{rte: 2.5}),
		act("dependencies", pw{rte: 2, pj: 0.5}), act("cross team", pw{rte: 2}), act("multiple teams", pw{rte: 1.5, ac: 0.5}),
		act("roam", pw{rte: 2}), act("predictability", pw{rte: 2}), act("flow metrics", pw{rte: 1.5, ac: 0.5}),
		act("solution train", pw{rte: 2}), act("release train", pw{rte: 2}), act("train level", pw{rte: 2}),
		act("pi objectives", pw{rte: 1.5, po: 1}), act("coordinate teams", pw{rte: 2}), act("synchronize teams", pw{rte: 2}),
		act("team of teams", pw{rte: 2}), act("program execution", pw{rte: 2}),
		act("quarterly planning", pw{rte: 2, pm: 0.5}), act("big room planning", pw{rte: 3}), act("planning event", pw{rte: 1.5}),
		act("dependency management", pw{rte: 2.5, pj: 0.5}), act("dependency board", pw{rte: 2.5}), act("dependency map", pw{rte: 2.5}),
		act("risk board", pw{rte: 2}), act("integrated demo", pw{rte: 2}), act("joint demo", pw{rte: 2}),
		act("across teams", pw{rte: 1.5, ac: 0.5}), act("multi team", pw{rte: 2}), act("program level", pw{rte: 2}),
		act("programme level", pw{rte: 2}), act("cadence", pw{rte: 1, sm: 0.5}), act("synchronization", pw{rte: 1.5}),
		act("coordinate", pw{rte: 0.5, pj: 0.5}), act("large group facilitation", pw{rte: 2, ac: 0.5}),
		exactCtx("ART", fw{catalog.SAFe: 2}, pw{rte: 1.5}),
		role("release train engineer", pw{rte: 3}), role("chief scrum master", pw{rte: 2, sm: 1}),
		{Phrase: "RTE", Exact: true, RoleName: true, Profiles: pw{rte: 3}, Frameworks: fw{catalog.SAFe: 1}},

		// Agile Coach: coaching beyond one team and how the organization works.
		word("coaching", pw{ac: 2}), act("mentor", pw{ac: 2}), act("coach teams", pw{ac: 2.5}), act("coach leaders", pw{ac: 2.5, al: 0.5}),
		act("coach scrum masters", pw{ac: 3}), act("ways of working", pw{ac: 2, al: 0.5}), act("agile maturity", pw{ac: 2.5}),
		word("training", pw{ac: 1.5}), word("trainings", pw{ac: 1.5}), act("workshops", pw{ac: 2}), act("communities of practice", pw{ac: 2.5}),
		act("community of practice", pw{ac: 2.5}), act("agile practices", pw{ac: 1, sm: 0.5}), act("agile adoption", pw{ac: 2}),
		act("coaching stance", pw{ac: 3}), act("lean agile mindset", pw{ac: 1.5, al: 0.5}), act("agile mindset", pw{ac: 1.5}),
		act("kanban", pw{ac: 0.5, sm: 0.5}), act("team formation", pw{ac: 1.5}), act("assessments", pw{ac: 1}),
		act("organizational impediments", pw{ac: 2, al: 1}), act("systemic", pw{ac: 1.5}),
		act("mentorship", pw{ac: 2}), act("teach", pw{ac: 1.5}), act("several teams", pw{ac: 1, rte: 1}),
		act("coaching conversations", pw{ac: 2.5}), act("coaching agreements", pw{ac: 2.5}), act("leadership coaching", pw{ac: 2.5, al: 0.5}),
		act("coach executives", pw{ac: 2.5, al: 0.5}), act("agile fundamentals", pw{ac: 1.5}), act("curriculum", pw{ac: 2}),
		act("facilitation skills", pw{ac: 1.5, sm: 0.5}), act("liberating structures", pw{ac: 2}), act("team launch", pw{ac: 2}),
		act("observe teams", pw{ac: 1.5}),
		role("agile coach", pw{ac: 3}), role("enterprise coach", pw{ac: 3}), {Phrase: "coach", Literal: true, RoleName: true, Profiles: pw{ac: 1.5}}, {Phrase: "coaches", Literal: true, RoleName: true, Profiles: pw{ac: 1.5}},

		// Portfolio Manager: funding and governance across products or trains.
		act("portfolio", pw{pf: 2.5}), act("lean budgets", pw{pf: 3}), act("guardrails", pw{pf: 2}),
		act("value streams", pw{pf: 2}), act("value stream funding", pw{pf: 3}), act("funding", pw{pf: 2}),
		act("investment", pw{pf: 1.5}), act("portfolio kanban", pw{pf: 3}), act("epics", pw{pf: 1.5, pm: 0.5}),
		act("epic hypothesis", pw{pf: 2}), act("participatory budgeting", pw{pf: 3}), act("strategic themes", pw{pf: 2}),
		act("capacity allocation", pw{pf: 2}), act("business cases", pw{pf: 1, pj: 0.5}), act("governance", pw{pf: 1, pj: 1}),
		act("pmo", pw{pf: 1, pj: 1}), act("demand management", pw{pf: 2}), act("portfolio review", pw{pf: 2.5}),
		act("spend", pw{pf: 1}), act("financial", pw{pf: 1, pj: 0.5}),
		act("portfolio backlog", pw{pf: 3}), act("investment horizons", pw{pf: 2.5}), act("funding decisions", pw{pf: 3}),
		act("funding model", pw{pf: 2.5, al: 0.5}), act("budget allocation", pw{pf: 2.5}), act("allocate budget", pw{pf: 2.5}),
		act("investment decisions", pw{pf: 3}), act("pivot or persevere", pw{pf: 2}), act("benefits realization", pw{pf: 2, pj: 1}),
		act("lean business case", pw{pf: 2.5}), act("investment committee", pw{pf: 2.5, al: 0.5}), act("quarterly business review", pw{pf: 1.5, pm: 0.5}),
		role("portfolio manager", pw{pf: 3}), role("portfolio lead", pw{pf: 3}),

		// Agile Leader: leading people and the transformation.
		act("transformation", pw{al: 2.5, ac: 1}), act("operating model", pw{al: 2.5}), act("organizational design", pw{al: 2.5}),
		act("culture", pw{al: 1.5, ac: 0.5}), act("center of excellence", pw{al: 2.5}), act("lace", pw{al: 2.5}),
		act("change agent", pw{al: 1.5, ac: 1}), act("executives", pw{al: 1.5, ac: 0.5}), act("leadership team", pw{al: 2}),
		act("direct reports", pw{al: 2.5}), act("people management", pw{al: 2.5}), act("line management", pw{al: 2.5}),
		act("manage managers", pw{al: 2.5}), act("hiring decisions", pw{al: 2}),
		act("hire and develop", pw{al: 2}), act("hiring and developing", pw{al: 2}), act("recruit and develop", pw{al: 2}), act("sponsor", pw{al: 1, pj: 1}),
		act("business agility", pw{al: 2}), act("enterprise agility", pw{al: 2}), act("strategy", pw{al: 1, pm: 0.5, pf: 0.5}),
		act("evidence based management", pw{al: 1.5, po: 0.5}), act("budget responsibility", pw{al: 1.5, pf: 1}),
		act("lead a team", pw{al: 1.5}), act("manage a team", pw{al: 1.5, pj: 0.5}), act("performance reviews", pw{al: 2}),
		act("performance management", pw{al: 2}), act("career paths", pw{al: 2}), act("career framework", pw{al: 2}),
		act("headcount", pw{al: 2}), act("organization design", pw{al: 2.5}), act("org design", pw{al: 2.5}), act("role design", pw{al: 1.5}),
		act("executive committee", pw{al: 1.5, pf: 0.5}), act("c suite", pw{al: 1.5}), act("agile strategy", pw{al: 2}),
		act("transformation roadmap", pw{al: 2.5}), act("transformation strategy", pw{al: 3}), act("change management", pw{al: 1, ac: 0.5, pj: 0.5}),
		role("head of agile", pw{al: 3}), role("transformation lead", pw{al: 3}), role("agile leader", pw{al: 3}),
		role("director", pw{al: 1.5}),

		// Project Manager: plans, budgets, risks and control.
		act("project plan", pw{pj: 3}), act("schedule", pw{pj: 2}), act("budget", pw{pj: 2, pf: 0.5}),
		act("scope", pw{pj: 1.5}), act("risk register", pw{pj: 3}), act("risks and issues", pw{pj: 2.5}),
		act("raid log", pw{pj: 3}), act("milestones", pw{pj: 2}), act("gantt", pw{pj: 3}), act("status reports", pw{pj: 2.5}),
		act("status reporting", pw{pj: 2.5}), act("steering committee", pw{pj: 2.5}), act("change control", pw{pj: 2.5}),
		act("change requests", pw{pj: 2}), act("vendors", pw{pj: 1.5}), act("procurement", pw{pj: 1.5}),
		act("statement of work", pw{pj: 2}), act("critical path", pw{pj: 3}), act("delivered on time", pw{pj: 1.5}), act("on time delivery", pw{pj: 1.5}),
		act("within budget", pw{pj: 2}), act("project lifecycle", pw{pj: 2}), act("project charter", pw{pj: 2.5}),
		act("resource planning", pw{pj: 1.5}), act("lessons learned", pw{pj: 1.5}), act("project delivery", pw{pj: 2}),
		act("ms project", pw{pj: 2}), act("contract", pw{pj: 1}), act("forecast", pw{pj: 1, pf: 0.5}),
		act("project management", pw{pj: 2}), act("manage projects", pw{pj: 2}), act("deliverables", pw{pj: 1.5}),
		act("project schedule", pw{pj: 3}), act("project budget", pw{pj: 3}), act("timelines", pw{pj: 1}), act("deadlines", pw{pj: 1}),
		act("kick off", pw{pj: 1.5}), act("kickoff", pw{pj: 1.5}), act("project closure", pw{pj: 2}), act("go live", pw{pj: 1.5}),
		act("cutover", pw{pj: 2.5}), act("go no go", pw{pj: 2}), act("highlight reports", pw{pj: 2.5}), act("issue log", pw{pj: 2}),
		act("risk log", pw{pj: 2.5}), act("change orders", pw{pj: 2}), act("invoices", pw{pj: 1.5}), act("estimates", pw{pj: 0.75}),
		act("resource allocation", pw{pj: 1.5, pf: 0.5}), act("work breakdown structure", pw{pj: 3}), act("earned value", pw{pj: 3}),
		act("project board", pw{pj: 2}), act("project sponsor", pw{pj: 1.5, al: 0.5}), act("rollout", pw{pj: 1}),
		word("sow", pw{pj: 2}), word("sows", pw{pj: 2}), act("status updates", pw{pj: 2}), act("fixed scope", pw{pj: 1.5}),
		act("fixed price", pw{pj: 1.5}), act("stage gate", pw{pj: 2}),
		role("project manager", pw{pj: 3}), role("programme manager", pw{pj: 2, pf: 0.5}), role("program manager", pw{pj: 2, pf: 0.5}),

		// catalog.Framework contexts.
		exactCtx("SAFe", fw{catalog.SAFe: 3}, nil), exactCtx("SAFE", fw{catalog.SAFe: 3}, nil),
		ctx("scaled agile framework", fw{catalog.SAFe: 3}), ctx("agile release train", fw{catalog.SAFe: 3}), ctx("wsjf", fw{catalog.SAFe: 2}),
		ctx("pi planning", fw{catalog.SAFe: 2}), ctx("program increment", fw{catalog.SAFe: 2}), ctx("inspect and adapt", fw{catalog.SAFe: 1.5}),
		ctx("lean portfolio management", fw{catalog.SAFe: 2}), ctx("art sync", fw{catalog.SAFe: 2}), ctx("solution train", fw{catalog.SAFe: 2}),
		{Phrase: "scrum", Frameworks: fw{catalog.Scrum: 1.5}, Profiles: pw{sm: 0.5}}, ctx("sprint", fw{catalog.Scrum: 1}), ctx("scrum guide", fw{catalog.Scrum: 2}),
		ctx("large scale scrum", fw{catalog.Scrum: 2}), ctx("nexus", fw{catalog.Scrum: 1.5}), ctx("extreme programming", fw{catalog.Scrum: 0.5}),
		ctx("pmbok", fw{catalog.Project: 2}), ctx("waterfall", fw{catalog.Project: 2}), ctx("predictive", fw{catalog.Project: 1}),
		ctx("hybrid project", fw{catalog.Project: 1}), ctx("hybrid delivery", fw{catalog.Project: 1}), ctx("hybrid approach", fw{catalog.Project: 1}),
		ctx("hybrid methodology", fw{catalog.Project: 1}), ctx("hybrid methods", fw{catalog.Project: 1}), ctx("hybrid agile", fw{catalog.Project: 1}),
		ctx("hybrid framework", fw{catalog.Project: 1}),

		// Words that hold a signal's words but are not work: the job's
		// terms and its benefits.
		ignore("full time"), ignore("part time"), ignore("job requirements"), ignore("minimum requirements"),
		ignore("basic requirements"), ignore("requirements for role"), ignore("role requirements"),
		ignore("re hiring"), ignore("hiring manager"), ignore("hiring process"), ignore("hiring team"),
		ignore("training budget"), ignore("learning budget"), ignore("conference budget"), ignore("education budget"),
		ignore("development budget"), ignore("budget for conferences"), ignore("budget for training"), ignore("budget for learning"),
		ignore("career coaching"), ignore("career development"), ignore("mentoring programme"), ignore("mentoring program"),
		ignore("training opportunities"), ignore("learning opportunities"),

		// Certifications outside the catalogue: they weigh on the roles but
		// name nothing certpath can offer.
	}
}

type pw = map[catalog.ProfileID]float64
type fw = map[catalog.Framework]float64
