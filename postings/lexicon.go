package postings

import "certpath/catalog"

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
	// Outside is set when the phrase names a certification outside the
	// catalogue (CAPM, KMP, PSD...), which the results name as such.
	Outside catalog.OutsideID
}

func act(phrase string, p pw) Signal  { return Signal{Phrase: phrase, Profiles: p} }
func word(phrase string, p pw) Signal { return Signal{Phrase: phrase, Literal: true, Profiles: p} }
func role(phrase string, p pw) Signal { return Signal{Phrase: phrase, RoleName: true, Profiles: p} }
func ctx(phrase string, f fw) Signal  { return Signal{Phrase: phrase, Frameworks: f} }
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
	po, pm, sm, rte := catalog.ProductOwner, catalog.ProductManager, catalog.ScrumMaster, catalog.ReleaseTrainEngineer
	ac, pf, al, pj := catalog.AgileCoach, catalog.PortfolioManager, catalog.AgileLeader, catalog.ProjectManager
	return []Signal{
		// Product Owner: the backlog and the value of what the team builds.
		act("product backlog", pw{po: 3}), act("team backlog", pw{po: 3}), act("backlog", pw{po: 1}),
		act("backlog refinement", pw{po: 2.5}), act("refine backlog", pw{po: 2.5}), act("backlog grooming", pw{po: 2.5}),
		act("user stories", pw{po: 2.5}), act("acceptance criteria", pw{po: 2.5}), act("write stories", pw{po: 2}),
		act("order backlog", pw{po: 2.5}), act("prioritize backlog", pw{po: 2.5}), act("prioritization", pw{po: 1, pm: 0.5}),
		act("product goal", pw{po: 2.5}), act("maximize value", pw{po: 2}), act("business value", pw{po: 1.5}),
		act("accept work", pw{po: 1.5}), act("accept stories", pw{po: 2}), act("release plan", pw{po: 1.5}),
		act("iteration goals", pw{po: 1}), act("voice of customer", pw{po: 1.5, pm: 1}),
		act("stakeholder", pw{po: 0.5, pm: 0.5, pj: 0.5}), act("requirements", pw{po: 1, pj: 0.5}),
		act("sprint review", pw{po: 1, sm: 1}), act("demo", pw{po: 0.5}),
		role("product owner", pw{po: 3}),

		// Product Manager: direction, market and customers across teams.
		act("roadmap", pw{pm: 3, po: 0.5}), act("product vision", pw{pm: 2, po: 1}), act("product strategy", pw{pm: 2.5}),
		act("market research", pw{pm: 2.5}), act("market", pw{pm: 1}), act("customer discovery", pw{pm: 2.5}),
		act("product discovery", pw{pm: 2.5}), act("customer needs", pw{pm: 1.5, po: 0.5}), act("user research", pw{pm: 2}),
		act("customer interviews", pw{pm: 2}), act("go to market", pw{pm: 3}), act("pricing", pw{pm: 2}),
		act("competitive", pw{pm: 2}), act("product metrics", pw{pm: 1.5}), act("product lifecycle", pw{pm: 2}),
		act("art backlog", pw{pm: 2.5}), act("program backlog", pw{pm: 2.5}), act("features", pw{pm: 1}),
		act("launch", pw{pm: 1.5}), act("adoption metrics", pw{pm: 1.5}), act("okrs", pw{pm: 0.5, al: 0.5}),
		act("business outcomes", pw{pm: 1, pf: 0.5}), act("product analytics", pw{pm: 2}),
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
		exactCtx("ART", fw{catalog.SAFe: 2}, pw{rte: 1.5}),
		role("release train engineer", pw{rte: 3}), role("chief scrum master", pw{rte: 2, sm: 1}),
		{Phrase: "RTE", Exact: true, RoleName: true, Profiles: pw{rte: 3}, Frameworks: fw{catalog.SAFe: 1}},

		// Agile Coach: coaching beyond one team and how the organization works.
		word("coaching", pw{ac: 2}), act("mentor", pw{ac: 2}), act("coach teams", pw{ac: 2.5}), act("coach leaders", pw{ac: 2.5, al: 0.5}),
		act("coach scrum masters", pw{ac: 3}), act("ways of working", pw{ac: 2, al: 0.5}), act("agile maturity", pw{ac: 2.5}),
		word("training", pw{ac: 1.5}), word("trainings", pw{ac: 1.5}), act("workshops", pw{ac: 2}), act("communities of practice", pw{ac: 2.5}),
		act("community of practice", pw{ac: 2.5}), act("agile practices", pw{ac: 1.5}), act("agile adoption", pw{ac: 2}),
		act("coaching stance", pw{ac: 3}), act("lean agile mindset", pw{ac: 1.5, al: 0.5}), act("agile mindset", pw{ac: 1.5}),
		act("kanban", pw{ac: 0.5}), act("team formation", pw{ac: 1.5}), act("assessments", pw{ac: 1}),
		act("organizational impediments", pw{ac: 2, al: 1}), act("systemic", pw{ac: 1.5}),
		act("mentorship", pw{ac: 2}), act("teach", pw{ac: 1.5}), act("several teams", pw{ac: 1, rte: 1}),
		role("agile coach", pw{ac: 3}), role("enterprise coach", pw{ac: 3}), {Phrase: "coach", Literal: true, RoleName: true, Profiles: pw{ac: 1.5}}, {Phrase: "coaches", Literal: true, RoleName: true, Profiles: pw{ac: 1.5}},

		// Portfolio Manager: funding and governance across products or trains.
		act("portfolio", pw{pf: 2.5}), act("lean budgets", pw{pf: 3}), act("guardrails", pw{pf: 2}),
		act("value streams", pw{pf: 2}), act("value stream funding", pw{pf: 3}), act("funding", pw{pf: 2}),
		act("investment", pw{pf: 1.5}), act("portfolio kanban", pw{pf: 3}), act("epics", pw{pf: 1.5, pm: 0.5}),
		act("epic hypothesis", pw{pf: 2}), act("participatory budgeting", pw{pf: 3}), act("strategic themes", pw{pf: 2}),
		act("capacity allocation", pw{pf: 2}), act("business cases", pw{pf: 1, pj: 0.5}), act("governance", pw{pf: 1, pj: 1}),
		act("pmo", pw{pf: 1, pj: 1}), act("demand management", pw{pf: 2}), act("portfolio review", pw{pf: 2.5}),
		act("spend", pw{pf: 1}), act("financial", pw{pf: 1, pj: 0.5}),
		role("portfolio manager", pw{pf: 3}), role("portfolio lead", pw{pf: 3}),

		// Agile Leader: leading people and the transformation.
		act("transformation", pw{al: 2.5, ac: 1}), act("operating model", pw{al: 2.5}), act("organizational design", pw{al: 2.5}),
		act("culture", pw{al: 1.5, ac: 0.5}), act("center of excellence", pw{al: 2.5}), act("lace", pw{al: 2.5}),
		act("change agent", pw{al: 1.5, ac: 1}), act("executives", pw{al: 1.5, ac: 0.5}), act("leadership team", pw{al: 2}),
		act("direct reports", pw{al: 2.5}), act("people management", pw{al: 2.5}), act("line management", pw{al: 2.5}),
		act("manage managers", pw{al: 2.5}), act("hiring", pw{al: 1.5}), act("sponsor", pw{al: 1.5}),
		act("business agility", pw{al: 2}), act("enterprise agility", pw{al: 2}), act("strategy", pw{al: 1, pm: 0.5, pf: 0.5}),
		act("evidence based management", pw{al: 1.5, po: 0.5}), act("budget responsibility", pw{al: 1.5, pf: 1}),
		role("head of agile", pw{al: 3}), role("transformation lead", pw{al: 3}), role("agile leader", pw{al: 3}),
		role("director", pw{al: 1.5}),

		// Project Manager: plans, budgets, risks and control.
		act("project plan", pw{pj: 3}), act("schedule", pw{pj: 2}), act("budget", pw{pj: 2, pf: 0.5}),
		act("scope", pw{pj: 1.5}), act("risk register", pw{pj: 3}), act("risks and issues", pw{pj: 2.5}),
		act("raid log", pw{pj: 3}), act("milestones", pw{pj: 2}), act("gantt", pw{pj: 3}), act("status reports", pw{pj: 2.5}),
		act("status reporting", pw{pj: 2.5}), act("steering committee", pw{pj: 2.5}), act("change control", pw{pj: 2.5}),
		act("change requests", pw{pj: 2}), act("vendors", pw{pj: 1.5}), act("procurement", pw{pj: 1.5}),
		act("statement of work", pw{pj: 2}), act("critical path", pw{pj: 3}), act("on time", pw{pj: 1.5}),
		act("within budget", pw{pj: 2}), act("project lifecycle", pw{pj: 2}), act("project charter", pw{pj: 2.5}),
		act("resource planning", pw{pj: 1.5}), act("lessons learned", pw{pj: 1.5}), act("project delivery", pw{pj: 2}),
		act("ms project", pw{pj: 2}), act("contract", pw{pj: 1}), act("forecast", pw{pj: 1, pf: 0.5}),
		role("project manager", pw{pj: 3}), role("programme manager", pw{pj: 2, pf: 0.5}), role("program manager", pw{pj: 2, pf: 0.5}),

		// catalog.Framework contexts.
		exactCtx("SAFe", fw{catalog.SAFe: 3}, nil), exactCtx("SAFE", fw{catalog.SAFe: 3}, nil),
		ctx("scaled agile framework", fw{catalog.SAFe: 3}), ctx("agile release train", fw{catalog.SAFe: 3}), ctx("wsjf", fw{catalog.SAFe: 2}),
		ctx("pi planning", fw{catalog.SAFe: 2}), ctx("program increment", fw{catalog.SAFe: 2}), ctx("inspect and adapt", fw{catalog.SAFe: 1.5}),
		ctx("lean portfolio management", fw{catalog.SAFe: 2}), ctx("art sync", fw{catalog.SAFe: 2}), ctx("solution train", fw{catalog.SAFe: 2}),
		ctx("scrum", fw{catalog.Scrum: 1.5}), ctx("sprint", fw{catalog.Scrum: 1}), ctx("scrum guide", fw{catalog.Scrum: 2}),
		ctx("large scale scrum", fw{catalog.Scrum: 2}), ctx("nexus", fw{catalog.Scrum: 1.5}), ctx("extreme programming", fw{catalog.Scrum: 0.5}),
		ctx("pmbok", fw{catalog.Project: 2}), ctx("waterfall", fw{catalog.Project: 2}), ctx("predictive", fw{catalog.Project: 1}),
		ctx("hybrid", fw{catalog.Project: 1}),
	}
}

type pw = map[catalog.ProfileID]float64
type fw = map[catalog.Framework]float64
