package planner

import (
	"slices"

	"certpath/catalog"
	"certpath/questions"
	"certpath/scoring"
)

// maxSteps keeps the path to what a person can plan for in the next year or two.
const maxSteps = 4

// goal is one track the planner climbs for a profile, and how far: the
// highest level it offers (0: as far as experience allows). role names the
// partner's role for a cross-role goal.
type goal struct {
	track catalog.Track
	upTo  int
	role  catalog.Role
}

// pick turns the first of a profile's goals whose condition holds into the
// tracks to climb.
func (s situation) pick(gs []catalog.Goal) []goal {
	for _, g := range gs {
		if !s.holds(g.When) {
			continue
		}
		out := make([]goal, 0, len(g.Tracks))
		for _, t := range g.Tracks {
			out = append(out, goal{track: t, upTo: g.UpTo[t], role: g.Role})
		}
		return out
	}
	return nil
}

// goals are the tracks a profile climbs in the person's context, in order:
// its own certifications first. They are the profile's content, read by one
// loop, not a path per profile.
func (s situation) goals(p catalog.ProfileID) []goal {
	plan, _ := s.cat.Plan(p)
	return s.pick(plan.Goals)
}

// goalTrack reports whether track t is one profile p climbs.
func (s situation) goalTrack(p catalog.ProfileID, t catalog.Track) bool {
	return slices.ContainsFunc(s.goals(p), func(g goal) bool { return g.track == t })
}

// crossRole is the other line of a team, offered as an optional step, from
// the profile's partners. Nobody with three years or more in agile roles
// gets one: they have worked beside the other role long enough to know it.
//
// A neighbour's step earns its place only when the postings name one of
// its line's certifications, or show that role's work (or the week does),
// and never for someone paying for themselves on $500 or less unless the
// postings name it.
func (s situation) crossRole(p catalog.ProfileID) []goal {
	if s.experienced() {
		return nil
	}
	plan, _ := s.cat.Plan(p)
	gs := s.pick(plan.Partners)
	if len(gs) == 0 {
		return nil
	}
	named := false
	for _, c := range s.cat.Certs() {
		named = named || s.named[c.ID] && slices.ContainsFunc(gs, func(g goal) bool { return g.track == c.Rules.Track })
	}
	if !named && (!s.partnerWork(gs[0].role) || s.tightBudget()) {
		return nil
	}
	return gs
}

// maxLevel is how far up a track the person's week and months carry them:
// the base level when the week shows none of the role's work or in their
// first year (the advanced levels expect about a year of practice), level
// two after, three from three years on. The months are those in the
// track's role where the answers give them (six months as Scrum Master
// after three years as a tester is a first year), else those in agile
// roles.
func (s situation) maxLevel(t catalog.Track) int {
	if !s.showsWork(t) {
		return 1
	}
	m := s.agile
	if r := trackRole(t); r != "" {
		m = s.months(r)
	}
	switch {
	case m.Known && m.Months >= 36:
		return 3
	case m.Known && m.Months >= 12:
		return 2
	}
	return 1
}

// trackRole is the role whose months a role track's advanced levels ask
// for, "" for the tracks that ask none of their own.
func trackRole(t catalog.Track) catalog.Role {
	switch t {
	case catalog.TrackScrumMaster, catalog.TrackSAFeScrumMaster:
		return catalog.RoleScrumMaster
	case catalog.TrackProductOwner, catalog.TrackSAFeProduct:
		return catalog.RoleProductOwner
	}
	return ""
}

// showsWork reports whether the week shows the work of a role track:
// facilitation for the Scrum Master lines, backlog ownership for the
// Product Owner lines. Other tracks have no such test.
func (s situation) showsWork(t catalog.Track) bool {
	switch t {
	case catalog.TrackScrumMaster, catalog.TrackSAFeScrumMaster:
		return s.shows(catalog.TraitFacilitates)
	case catalog.TrackProductOwner, catalog.TrackSAFeProduct:
		return s.shows(catalog.TraitOwnsBacklog)
	}
	return true
}

// planner builds a path one step at a time, keeping what it has placed.
type planner struct {
	s     situation
	steps []Step
	// assumed are certifications taken as placed alone at a position while
	// the next level after an "X or Y" step is looked for: whichever of
	// the two the person takes.
	assumed map[catalog.CertID]int
}

// placed is the position of a certification on the path so far (as a step
// or its alternative), 0 when it is not there.
func (p *planner) placed(id catalog.CertID) int {
	for i, st := range p.steps {
		if st.Cert == id || st.Alternative == id {
			return i + 1
		}
	}
	return 0
}

// placedAlone is the position of a step that is id and nothing else: a
// requirement is met by an earlier step only when the person takes that
// very certification.
func (p *planner) placedAlone(id catalog.CertID) int {
	if at, ok := p.assumed[id]; ok {
		return at
	}
	for i, st := range p.steps {
		if st.Cert == id && st.Alternative == "" {
			return i + 1
		}
	}
	return 0
}

// opens is when a certification opens to the person, or false when it
// cannot be planned (a required certification is neither held nor earlier
// on the path).
func (p *planner) opens(c catalog.Cert) (Opens, bool) {
	var o Opens
	for _, q := range c.Rules.Requires {
		switch {
		case q.Cert != "":
			if p.s.held[q.Cert] {
				continue
			}
			at := p.placedAlone(q.Cert)
			if at == 0 {
				return o, false
			}
			o.AfterStep = max(o.AfterStep, at)
		case q.Months > 0:
			w, ok := p.s.monthsWait(q)
			if at := p.waiverOnPath(q); ok && at > 0 && w.Check == "" {
				// A certification an earlier step gives may cover the
				// months: open after it, to be checked with the issuer.
				w = Opens{Months: q.Months, Role: q.Role, Check: CheckWaiver, Have: w.Have}
				o.AfterStep = max(o.AfterStep, at)
			}
			if ok && w.Months > o.Months {
				w.AfterStep = o.AfterStep
				o = w
			}
		}
	}
	for _, a := range c.Rules.After {
		if !p.s.held[a] {
			o.AfterStep = max(o.AfterStep, p.placed(a))
		}
	}
	return o, true
}

// waiverOnPath is the position of an earlier step, taken alone and open
// now, whose certification a source says may cover a rule of months (an
// active PMP for PMI-ACP's agile months), 0 when none is on the path: a
// waiver that waits on its own months opens nothing sooner.
func (p *planner) waiverOnPath(q catalog.Requirement) int {
	for _, id := range q.MayBeWaivedBy {
		if at := p.placedAlone(id); at > 0 && p.steps[at-1].Opens.Ready() {
			return at
		}
	}
	return 0
}

// monthsWait is when a rule of months opens to the person, or false when
// it is met: the months asked (those without a four-year degree when the
// person has none), what the answers cannot decide, and whether the course
// may come first.
func (s situation) monthsWait(q catalog.Requirement) (Opens, bool) {
	if slices.ContainsFunc(q.WaivedBy, func(id catalog.CertID) bool { return s.held[id] }) {
		return Opens{}, false
	}
	have := s.months(q.Role)
	need := q.Months
	o := Opens{Role: q.Role, Unknown: !have.Known, Have: have.Months}
	if q.MonthsWithoutDegree > 0 && !s.shows(catalog.TraitDegreeFourYear) {
		switch {
		case s.shows(catalog.TraitDegreeSecondary):
			need = q.MonthsWithoutDegree
		case have.Known && have.Months >= q.MonthsWithoutDegree:
			return Opens{}, false
		default:
			// Which rule applies is not said: the months with a degree,
			// and what they would be without.
			o.MonthsWithoutDegree = q.MonthsWithoutDegree
			if have.Known && have.Months >= need {
				o.Check = CheckDegree
			}
		}
	}
	if o.Check == "" && have.Known && have.Months >= need {
		return Opens{}, false
	}
	o.Months = need
	switch {
	case o.Check != "":
	case have.Straddles(need):
		o.Check = CheckBand
	case slices.ContainsFunc(q.MayBeWaivedBy, func(id catalog.CertID) bool { return s.held[id] }):
		o.Check = CheckWaiver
	}
	o.CourseNow = q.CourseFirst && o.Check == ""
	return o, true
}

// candidate is one certification the planner could place, with its opening.
type candidate struct {
	cert catalog.Cert
	open Opens
}

// level finds what the planner can offer at one level of a track: the
// certifications there that fit the person's context and can be planned.
// When the person holds a certification of one issuer on this track and that
// issuer's next level opens now, it is offered alone: the ladder they are
// on. Two are offered together only when both open at the same time.
//
// waitingOnly keeps only certifications a rule says will open later, for
// the level beyond what the person's years carry them to.
func (p *planner) level(t catalog.Track, lvl int, waitingOnly bool) []candidate {
	all := p.candidates(t, lvl, waitingOnly)
	if len(all) == 0 {
		return nil
	}
	for _, c := range all {
		// The ladder the person is on: its next level, open now or once
		// steps already on the path are taken, with no wait on experience.
		if c.open.Months == 0 && p.heldIssuer(t, c.cert.Issuer) {
			return []candidate{c}
		}
	}
	// Those open now first, then the soonest; an issuer's ladder the person
	// is on before another.
	slices.SortStableFunc(all, func(a, b candidate) int {
		if a.open.Ready() != b.open.Ready() {
			if a.open.Ready() {
				return -1
			}
			return 1
		}
		return a.open.Months - b.open.Months
	})
	if len(all) > 1 && all[1].open == all[0].open {
		return all[:2]
	}
	return all[:1]
}

// candidates are the certifications at one level of a track that fit the
// person's context, are neither held nor on the path, and can be planned.
func (p *planner) candidates(t catalog.Track, lvl int, waitingOnly bool) []candidate {
	var all []candidate
	for _, c := range p.s.cat.Certs() {
		if c.Rules.Track != t || c.Rules.Level != lvl || p.s.held[c.ID] || p.placed(c.ID) > 0 || !p.s.fits(c) {
			continue
		}
		if lvl >= 3 && !p.issuerLevel(t, c.Issuer, lvl-1) {
			// A top level follows its own issuer's level below it, held
			// or on the path: Scrum.org strongly recommends PSM II before
			// PSM III (S135), and A-CSM is not that preparation.
			continue
		}
		if o, ok := p.opens(c); ok && (!waitingOnly || o.Months > 0 && !o.Unknown) {
			all = append(all, candidate{c, o})
		}
	}
	return all
}

// issuerLevel reports whether the person holds, or the path offers, level
// lvl of track t from issuer.
func (p *planner) issuerLevel(t catalog.Track, issuer string, lvl int) bool {
	match := func(c catalog.Cert) bool {
		return c.Rules.Track == t && c.Rules.Level == lvl && c.Issuer == issuer
	}
	for id := range p.s.held {
		if c, ok := p.s.cat.Lookup(id); ok && match(c) {
			return true
		}
	}
	return p.offers(match)
}

// offers reports whether a step of the path, or its alternative, is a
// certification match accepts.
func (p *planner) offers(match func(catalog.Cert) bool) bool {
	for _, st := range p.steps {
		for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
			if c, ok := p.s.cat.Lookup(id); ok && match(c) {
				return true
			}
		}
	}
	return false
}

// heldIssuer reports whether the person holds a certification of issuer on
// track t.
func (p *planner) heldIssuer(t catalog.Track, issuer string) bool {
	for id := range p.s.held {
		if c, ok := p.s.cat.Lookup(id); ok && c.Rules.Track == t && c.Issuer == issuer {
			return true
		}
	}
	return false
}

// add places a step for the candidates of one level, with its reason.
func (p *planner) add(kind StepKind, cands []candidate, partner catalog.Role) {
	cands = p.s.withinBudget(cands)
	st := Step{Cert: cands[0].cert.ID, Kind: kind, Opens: cands[0].open,
		Prerequisites: slices.Clone(cands[0].cert.Rules.Requires)}
	if len(cands) > 1 {
		st.Alternative = cands[1].cert.ID
	}
	st.Why = p.s.reason(st, cands[0].cert, partner, func(id catalog.CertID) bool { return p.placed(id) > 0 })
	if st.Prerequisites == nil {
		st.Prerequisites = []catalog.Requirement{}
	}
	p.steps = append(p.steps, st)
}

// withinBudget keeps, for someone paying from $500 or less a year, only the
// step without renewal of two equivalents where the other renews (PSPO I,
// not "PSPO I or CSPO"): the cheaper one that does the job.
func (s situation) withinBudget(cands []candidate) []candidate {
	if len(cands) < 2 || !s.tightBudget() {
		return cands
	}
	for _, c := range cands[:2] {
		if c.cert.RenewalYears == 0 && slices.ContainsFunc(cands[:2], func(o candidate) bool { return o.cert.RenewalYears > 0 }) {
			return []candidate{c}
		}
	}
	return cands
}

// climb offers the levels of a track above what the person holds, as far as
// the goal and the person's experience allow.
func (p *planner) climb(g goal, kind StepKind, levels int) {
	held := p.s.heldLevel(g.track)
	top := p.s.maxLevel(g.track)
	beyond := top + 1
	if !p.s.showsWork(g.track) {
		beyond = top
	}
	if g.upTo > 0 {
		top, beyond = min(top, g.upTo), min(beyond, g.upTo)
	}
	for lvl, added := held+1, 0; lvl <= beyond && added < levels && len(p.steps) < maxSteps; lvl++ {
		// One level beyond what the person's years carry them to is shown
		// only when a rule says when it opens: CSP-SM after 24 months as
		// Scrum Master.
		cands := p.level(g.track, lvl, lvl > top)
		if len(cands) == 0 {
			// Level N+1 never comes before level N.
			return
		}
		if added > 0 && p.pairAfter(g, kind, lvl) {
			added++
			continue
		}
		if added > 0 {
			// Nor is it open before the step of level N on this path; and
			// two are offered together only when both are open now.
			cands = cands[:1]
			cands[0].open.AfterStep = max(cands[0].open.AfterStep, len(p.steps))
		}
		p.add(kind, cands, g.role)
		added++
	}
}

// pairAfter offers, after an "X or Y" step of the track, the next level of
// each: whichever the person took, their next level is on the path (PSPO
// II or A-CSPO after PSPO I or CSPO), each with when it opens. It reports
// whether it placed such a step.
func (p *planner) pairAfter(g goal, kind StepKind, lvl int) bool {
	prev := p.steps[len(p.steps)-1]
	if prev.Alternative == "" {
		return false
	}
	var found []candidate
	for _, id := range []catalog.CertID{prev.Cert, prev.Alternative} {
		base, _ := p.s.cat.Lookup(id)
		p.assumed = map[catalog.CertID]int{id: len(p.steps)}
		for _, c := range p.candidates(g.track, lvl, false) {
			if c.cert.Issuer == base.Issuer {
				c.open.AfterStep = max(c.open.AfterStep, len(p.steps))
				found = append(found, c)
				break
			}
		}
		p.assumed = nil
	}
	if len(found) < 2 {
		return false
	}
	p.add(kind, found[:1], g.role)
	st := &p.steps[len(p.steps)-1]
	st.Alternative = found[1].cert.ID
	if found[1].open != found[0].open {
		o := found[1].open
		st.AlternativeOpens = &o
	}
	return true
}

// neighbour offers the neighbouring role's first level as one optional
// step: the cheapest that does the job, a certification the postings name
// first, then one that never needs renewing (a Scrum.org exam) before one
// with a yearly fee, whatever the context (the neighbour's view does not
// depend on the framework), and never two issuers side by side.
func (p *planner) neighbour(tracks []catalog.Track, role catalog.Role) {
	var best *candidate
	rank := func(c catalog.Cert) int {
		r := slices.Index(tracks, c.Rules.Track)
		if c.RenewalYears != 0 {
			r += 10
		}
		if p.s.named[c.ID] {
			r -= 100
		}
		return r
	}
	for _, c := range p.s.cat.Certs() {
		if c.Rules.Level != 1 || !slices.Contains(tracks, c.Rules.Track) || p.s.held[c.ID] || p.placed(c.ID) > 0 {
			continue
		}
		if p.s.context.SAFe() && !p.s.named[c.ID] {
			// In SAFe every step fits SAFe unless the postings name
			// another, and SAFe's neighbour is a paid two-day course that
			// does not serve the person's own goal: only what the postings
			// name is offered.
			continue
		}
		o, ok := p.opens(c)
		if !ok || !o.Ready() {
			continue
		}
		if best == nil || rank(c) < rank(best.cert) {
			best = &candidate{c, o}
		}
	}
	if best != nil {
		p.add(KindOptional, []candidate{*best}, role)
	}
}

// named offers, as an optional step, the first certification the postings
// name that the person lacks, when it opens to them (its level's ladder
// held or on the path, their years carrying them that far) and the path is
// short and offers none the postings name: a path never passes over what
// the postings ask for in silence, nor grows long to list all of it.
func (p *planner) named() {
	if len(p.steps) >= 2 {
		return
	}
	for _, st := range p.steps {
		if p.s.named[st.Cert] || p.s.named[st.Alternative] {
			return
		}
	}
	for _, c := range p.s.cat.Certs() {
		lvl, t := c.Rules.Level, c.Rules.Track
		if !p.s.named[c.ID] || p.s.held[c.ID] || p.placed(c.ID) > 0 || lvl > p.s.maxLevel(t) || p.s.heldLevel(t) >= lvl || p.onTrack(t, lvl) {
			continue
		}
		if lvl > 1 && p.s.heldLevel(t) < lvl-1 && !p.onTrack(t, lvl-1) {
			continue
		}
		if o, ok := p.opens(c); ok {
			p.add(KindOptional, []candidate{{c, o}}, "")
			if !o.Waits() {
				p.steps[len(p.steps)-1].Why = Reason{Key: ReasonNamedOffTrack}
			}
			return
		}
	}
}

// onTrack reports whether a step of the path offers level lvl of track t.
func (p *planner) onTrack(t catalog.Track, lvl int) bool {
	return p.offers(func(c catalog.Cert) bool { return c.Rules.Track == t && c.Rules.Level == lvl })
}

// leadProfile is the profile whose tracks the path climbs, the one whose
// first step is its alternative, and the clash between postings and week:
// in a close call, the top profile with the runner-up beside it; when the
// postings and the week point to different roles, the postings' role (the
// work the person aims for) with the week's beside it; else the top one.
func leadProfile(b questions.Bank, a questions.Answers, s situation, cc *scoring.CloseCall) (lead, other catalog.ProfileID, clash *Clash) {
	if cc != nil {
		return s.top, s.second, nil
	}
	week, posts := sectionTop(b, a, questions.SectionWeek), sectionTop(b, a, questions.SectionPostings)
	if week != "" && posts != "" && week != posts && !s.sameGoals(week, posts) {
		return posts, week, &Clash{Postings: posts, Week: week}
	}
	return s.top, "", nil
}

// sameGoals reports whether two profiles climb the same tracks in the
// person's context: outside SAFe a Release Train Engineer's week leads to
// the Scrum Master's certifications, so a Nexus or LeSS Scrum Master whose
// week is cross-team work has no clash to be told about.
func (s situation) sameGoals(p, q catalog.ProfileID) bool {
	tracks := func(p catalog.ProfileID) []catalog.Track {
		var out []catalog.Track
		for _, g := range s.goals(p) {
			out = append(out, g.track)
		}
		return out
	}
	return slices.Equal(tracks(p), tracks(q))
}

// plan is the planner itself, pure, on the situation alone: the lead
// profile's tracks, climbed level by level as far as the rules and the
// person's experience allow; Leading SAFe first for someone to whom SAFe's
// vocabulary is new in a SAFe context; a cross-role step; and in a close
// call the runner-up's first step. Steps that wait on experience come after
// those that do not.
func (s situation) plan(closeCall bool) []Step {
	if s.top == "" || !s.signal {
		return nil
	}
	p := &planner{s: s}
	if s.context.SAFe() && s.shows(catalog.TraitNewToSAFe) {
		p.climb(goal{track: catalog.TrackSAFeLeadership, upTo: 1}, KindCore, 1)
	}
	// Two levels of a line at most: a third (PSPO III after PSPO II)
	// belongs to a later plan, once the second is held.
	for _, g := range s.goals(s.lead) {
		p.climb(g, KindCore, 2)
	}
	partners := s.crossRole(s.lead)
	if slices.ContainsFunc(partners, func(g goal) bool { return s.heldLevel(g.track) > 0 }) {
		// The person already holds the partner's line.
		partners = nil
	}
	var tracks []catalog.Track
	for _, g := range partners {
		if s.other != "" && (s.goalTrack(s.other, g.track) || g.role != "" && g.role == s.roleOf(s.other)) {
			// The alternative's role is offered below, with its own
			// reason, not as a neighbour's view: neither its own track nor
			// another line of the same role (PSM I or CSM beside an
			// alternative SSM).
			continue
		}
		tracks = append(tracks, g.track)
	}
	other := s.other
	withAlt := false
	if (closeCall || s.clash != nil) && other != "" {
		alt := &planner{s: s, steps: slices.Clone(p.steps)}
		alt.s.lead = other
		for _, g := range s.goals(other) {
			before := len(alt.steps)
			alt.climb(g, KindAlternative, 1)
			if len(alt.steps) > before {
				st := alt.steps[len(alt.steps)-1]
				st.Why = s.alternativeReason(other)
				p.steps = append(p.steps, st)
				withAlt = true
				break
			}
		}
	}
	// One step beside the person's own track at most: a neighbour's view
	// only where no other role's first step is offered already.
	if len(tracks) > 0 && !withAlt {
		p.neighbour(tracks, partners[0].role)
	}
	p.named()
	return s.order(p.steps)
}

// order puts steps open now first, keeps core before optional within each
// group, renumbers, and points each "after step N" at the new numbers.
func (s situation) order(steps []Step) []Step {
	if len(steps) > maxSteps {
		steps = steps[:maxSteps]
	}
	// When no core step can be started now, an optional step the postings
	// name that opens now is what they ask for and can be taken today: it
	// counts, so it becomes a core step and leads.
	coreReady := slices.ContainsFunc(steps, func(st Step) bool { return st.Kind == KindCore && st.Opens.Ready() })
	firstCore := soonestCore(steps)
	namedNow := -1
	if !coreReady {
		namedNow = slices.IndexFunc(steps, func(st Step) bool {
			// Open now for certain: "may be open now, check" is not enough.
			return st.Kind == KindOptional && st.Opens.Ready() && st.Opens.Check == "" && !st.Opens.CourseNow && s.namesStep(st)
		})
	}
	if namedNow >= 0 {
		steps[namedNow].Kind = KindCore
		steps[namedNow].Why = Reason{Key: ReasonNamedNow}
	}
	if coreReady {
		firstCore = -1
	}
	return renumber(steps, s.ranks(steps, firstCore, namedNow))
}

// ranks gives each step its place in the order, lower first: the step
// promoted because the postings name it (namedNow) leads; then firstCore,
// the soonest core step when none can be started now (-1 otherwise), with
// what to do meanwhile, so an optional step never comes first.
func (s situation) ranks(steps []Step, firstCore, namedNow int) []int {
	ranks := make([]int, len(steps))
	for i, st := range steps {
		ranks[i] = s.rank(st)
		switch {
		case i == namedNow:
			ranks[i] = -2
		case i == firstCore:
			ranks[i] = -1
		}
		// A step never moves before the step it opens after: it ranks at
		// least as far back (steps open only after earlier ones, so one
		// pass in order carries a chain).
		if k := st.Opens.AfterStep; k > 0 && k <= i {
			ranks[i] = max(ranks[i], ranks[k-1])
		}
	}
	return ranks
}

// namesStep reports whether the postings name the step's certification or
// its alternative.
func (s situation) namesStep(st Step) bool {
	return s.named[st.Cert] || s.named[st.Alternative]
}

// rank is a step's place by itself: open now before waiting; core, then
// alternative, then optional. Among core steps, one the postings name comes
// before one they do not, except Leading SAFe for someone new to SAFe's
// vocabulary: it is the ground the later SAFe steps stand on, and its reason
// says so.
func (s situation) rank(st Step) int {
	r := 0
	if !st.Opens.Ready() {
		r += 10
	}
	switch st.Kind {
	case KindCore:
		c, _ := s.cat.Lookup(st.Cert)
		ground := s.context.SAFe() && s.shows(catalog.TraitNewToSAFe) && c.Rules.Track == catalog.TrackSAFeLeadership
		if !s.namesStep(st) && !ground {
			r++
		}
	case KindAlternative:
		r += 2
	case KindOptional:
		r += 3
	}
	return r
}

// renumber sorts the steps by rank (stably), numbers them from 1 and points
// each "after step N" at the new numbers.
func renumber(steps []Step, ranks []int) []Step {
	idx := make([]int, len(steps))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return ranks[a] - ranks[b] })
	newPos := make([]int, len(steps))
	for to, from := range idx {
		newPos[from] = to + 1
	}
	out := make([]Step, len(steps))
	for to, from := range idx {
		st := steps[from]
		st.Position = to + 1
		if k := st.Opens.AfterStep; k > 0 && k <= len(steps) {
			st.Opens.AfterStep = newPos[k-1]
		}
		out[to] = st
	}
	return out
}

// soonestCore is the index of the core step that opens soonest on months
// alone, -1 when the path has none.
func soonestCore(steps []Step) int {
	best := -1
	for i, st := range steps {
		if st.Kind != KindCore || st.Opens.AfterStep > 0 {
			continue
		}
		if best < 0 || st.Opens.Months < steps[best].Opens.Months {
			best = i
		}
	}
	return best
}

// clearLead is how many points a section's top profile needs, and needs
// more than the section's runner-up, to count as what that section points
// to: one posting option of a role's work, or a fifth of the week on it.
const clearLead = 3

// sectionTop is the profile one section of the answers points to alone
// (the postings, or where the week goes), "" when it points nowhere
// clearly. The week's months and certifications held say nothing of the
// work, so they are left out.
func sectionTop(b questions.Bank, a questions.Answers, sec questions.Section) catalog.ProfileID {
	part := questions.Bank{Catalog: b.Catalog}
	for _, q := range b.Questions {
		if q.Section == sec && q.Tenure == "" && q.Certs != questions.CertsHeld {
			part.Questions = append(part.Questions, q)
		}
	}
	ps := scoring.Score(part, a).Profiles
	if len(ps) < 2 || ps[0].Score < clearLead || ps[0].Score-ps[1].Score < 1 {
		return ""
	}
	return ps[0].ID
}
