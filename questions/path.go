package questions

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"certpath/catalog"
)

// StepKind says what a step is to the person: on their own track (core), a
// cross-role addition after it (optional), or the runner-up role's first
// step in a close call (alternative).
type StepKind string

// The step kinds.
const (
	KindCore        StepKind = "core"
	KindOptional    StepKind = "optional"
	KindAlternative StepKind = "alternative"
)

// Mark marks a step that is not on the person's own track, after its name:
// " (optional)", " (alternative)", or nothing.
func (k StepKind) Mark() string {
	switch k {
	case KindOptional:
		return " (optional)"
	case KindAlternative:
		return " (alternative)"
	}
	return ""
}

// Step is one certification on the recommended path. Alternative, when set,
// is an equivalent from another issuer, open to the person at the same time:
// either one does the job. When says when the step opens: "now", "after step
// 1", "after 12 months as Scrum Master". Prerequisites are the certification's
// hard rules, with their sources. Position counts from 1.
type Step struct {
	Cert          catalog.CertID        `json:"cert"`
	Alternative   catalog.CertID        `json:"alternative,omitempty"`
	Reason        string                `json:"reason"`
	Core          bool                  `json:"core"`
	Kind          StepKind              `json:"kind"`
	When          string                `json:"when"`
	OpenNow       bool                  `json:"open_now"`
	Prerequisites []catalog.Requirement `json:"prerequisites"`
	Position      int                   `json:"position"`
	// waits: the step waits on experience the answers do not show, not only
	// on earlier steps.
	waits bool
}

// maxSteps keeps the path to what a person can plan for in the next year or two.
const maxSteps = 4

// goal is one track the planner climbs for a profile, and how far: the
// highest level it offers (0: as far as experience allows).
type goal struct {
	track catalog.Track
	upTo  int
}

// goals are the tracks a profile climbs in the person's context, in order:
// its own certifications first. They are data read by one loop, not a path
// per profile.
func (s situation) goals(p catalog.ProfileID) []goal {
	safe := s.context.SAFe()
	switch p {
	case catalog.ScrumMaster:
		if safe {
			return []goal{{catalog.TrackSAFeScrumMaster, 0}}
		}
		return []goal{{catalog.TrackScrumMaster, 0}}
	case catalog.ProductOwner:
		if safe {
			return []goal{{catalog.TrackSAFeProduct, 0}}
		}
		return []goal{{catalog.TrackProductOwner, 0}}
	case catalog.ProductManager:
		if safe {
			return []goal{{catalog.TrackSAFeProduct, 0}, {catalog.TrackSAFePortfolio, 0}}
		}
		return []goal{{catalog.TrackProductOwner, 0}}
	case catalog.ReleaseTrainEngineer:
		switch {
		case safe && s.held[catalog.SSM]:
			// SASM only for someone who holds SSM: level 2 never comes
			// without level 1, and SSM is below an RTE's job.
			return []goal{{catalog.TrackSAFeRTE, 0}, {catalog.TrackSAFeScrumMaster, 2}}
		case safe:
			return []goal{{catalog.TrackSAFeRTE, 0}}
		}
		return []goal{{catalog.TrackScrumMaster, 0}}
	case catalog.AgileCoach:
		switch {
		case safe && s.coachesLeaders:
			return []goal{{catalog.TrackSAFeLeadership, 0}, {catalog.TrackSAFePortfolio, 0}}
		case safe:
			return []goal{{catalog.TrackSAFeScrumMaster, 0}, {catalog.TrackSAFeLeadership, 0}}
		case s.coachesLeaders:
			return []goal{{catalog.TrackLeadership, 0}, {catalog.TrackScrumMaster, 0}}
		}
		return []goal{{catalog.TrackScrumMaster, 0}}
	case catalog.PortfolioManager, catalog.AgileLeader:
		switch {
		case safe:
			return []goal{{catalog.TrackSAFeLeadership, 0}, {catalog.TrackSAFePortfolio, 0}}
		case s.context == catalog.ContextProject:
			return []goal{{catalog.TrackLeadership, 0}, {catalog.TrackAgileProject, 0}}
		case p == catalog.PortfolioManager:
			return []goal{{catalog.TrackLeadership, 0}, {catalog.TrackProductOwner, 0}}
		}
		return []goal{{catalog.TrackLeadership, 0}}
	case catalog.ProjectManager:
		switch {
		case safe:
			return []goal{{catalog.TrackSAFeLeadership, 0}, {catalog.TrackProject, 0}}
		case s.coachesLeaders:
			// Working with executives on a transformation is leadership
			// work before it is project work.
			return []goal{{catalog.TrackLeadership, 0}, {catalog.TrackAgileProject, 0}, {catalog.TrackProject, 0}}
		case s.agileWeek && !s.named[catalog.PMP]:
			return []goal{{catalog.TrackAgileProject, 0}, {catalog.TrackProject, 0}}
		}
		return []goal{{catalog.TrackProject, 0}, {catalog.TrackAgileProject, 0}}
	}
	return nil
}

// goalTrack reports whether track t is one profile p climbs.
func (s situation) goalTrack(p catalog.ProfileID, t catalog.Track) bool {
	return slices.ContainsFunc(s.goals(p), func(g goal) bool { return g.track == t })
}

// crossRole is the other line of a team, offered as an optional step. A
// Product Manager works with Product Owners more than with Scrum Masters, so
// gets none; nor does anyone with three years or more in agile roles, who
// has worked beside the other role long enough to know it.
func (s situation) crossRole(p catalog.ProfileID) []catalog.Track {
	if s.agileYears == Years3to5 || s.agileYears == YearsOver5 {
		return nil
	}
	safe := s.context.SAFe()
	switch p {
	case catalog.ScrumMaster:
		if safe {
			return []catalog.Track{catalog.TrackSAFeProduct, catalog.TrackProductOwner}
		}
		return []catalog.Track{catalog.TrackProductOwner, catalog.TrackSAFeProduct}
	case catalog.ProductOwner, catalog.ProjectManager:
		if safe {
			return []catalog.Track{catalog.TrackSAFeScrumMaster, catalog.TrackScrumMaster}
		}
		return []catalog.Track{catalog.TrackScrumMaster, catalog.TrackSAFeScrumMaster}
	}
	return nil
}

// maxLevel is how far up a track the person's week and years carry them:
// the base level when the week shows none of the role's work or in their
// first year (the advanced levels expect about a year of practice), level
// two after, three from three years on.
func (s situation) maxLevel(t catalog.Track) int {
	if !s.showsWork(t) {
		return 1
	}
	switch s.agileYears {
	case Years3to5, YearsOver5:
		return 3
	case Years1to2:
		return 2
	}
	return 1
}

// showsWork reports whether the week shows the work of a role track:
// facilitation for the Scrum Master lines, backlog ownership for the
// Product Owner lines. Other tracks have no such test.
func (s situation) showsWork(t catalog.Track) bool {
	switch t {
	case catalog.TrackScrumMaster, catalog.TrackSAFeScrumMaster:
		return s.facilitates
	case catalog.TrackProductOwner, catalog.TrackSAFeProduct:
		return s.owns
	}
	return true
}

// planner builds a path one step at a time, keeping what it has placed.
type planner struct {
	s     situation
	steps []Step
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
	for i, st := range p.steps {
		if st.Cert == id && st.Alternative == "" {
			return i + 1
		}
	}
	return 0
}

// opening is when a certification opens to the person, or false when it
// cannot be planned (a required certification is neither held nor earlier
// on the path).
type opening struct {
	now       bool
	afterStep int
	months    int
	role      catalog.Role
	unknown   bool
}

func (p *planner) opens(c catalog.Cert) (opening, bool) {
	var o opening
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
			o.afterStep = max(o.afterStep, at)
		case q.Months > 0:
			waived := false
			for _, w := range q.WaivedBy {
				waived = waived || p.s.held[w]
			}
			if waived {
				continue
			}
			have, known := p.s.months(q.Role)
			if known && have >= q.Months {
				continue
			}
			if q.Months > o.months {
				o.months, o.role, o.unknown = q.Months, q.Role, !known
			}
		}
	}
	for _, a := range c.Rules.After {
		if !p.s.held[a] {
			o.afterStep = max(o.afterStep, p.placed(a))
		}
	}
	o.now = o.afterStep == 0 && o.months == 0
	return o, true
}

// monthsPhrase says months of work in a role: "12 months as Scrum Master".
func monthsPhrase(m int, r catalog.Role) string {
	switch r {
	case catalog.RoleProjectLead:
		return fmt.Sprintf("%d months leading projects", m)
	case catalog.RoleAgile:
		return fmt.Sprintf("%d months in agile roles", m)
	}
	return fmt.Sprintf("%d months as %s", m, catalog.RoleName(r))
}

// when says an opening in a few words for the timeline.
func (o opening) when() string {
	switch {
	case o.now:
		return "now"
	case o.afterStep > 0 && o.months > 0:
		return fmt.Sprintf("after step %d and %s", o.afterStep, monthsPhrase(o.months, o.role))
	case o.afterStep > 0:
		return fmt.Sprintf("after step %d", o.afterStep)
	}
	return "after " + monthsPhrase(o.months, o.role)
}

// candidate is one certification the planner could place, with its opening.
type candidate struct {
	cert catalog.Cert
	open opening
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
		if o, ok := p.opens(c); ok && (!waitingOnly || o.months > 0 && !o.unknown) {
			all = append(all, candidate{c, o})
		}
	}
	if len(all) == 0 {
		return nil
	}
	for _, c := range all {
		// The ladder the person is on: its next level, open now or once
		// steps already on the path are taken, with no wait on experience.
		if c.open.months == 0 && p.heldIssuer(t, c.cert.Issuer) {
			return []candidate{c}
		}
	}
	// Those open now first, then the soonest; an issuer's ladder the person
	// is on before another.
	slices.SortStableFunc(all, func(a, b candidate) int {
		if a.open.now != b.open.now {
			if a.open.now {
				return -1
			}
			return 1
		}
		return a.open.months - b.open.months
	})
	if len(all) > 1 && all[1].open == all[0].open {
		return all[:2]
	}
	return all[:1]
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

// add places a step for the candidates of one level.
func (p *planner) add(kind StepKind, cands []candidate) {
	st := Step{Cert: cands[0].cert.ID, Kind: kind, Core: kind == KindCore, When: cands[0].open.when(), OpenNow: cands[0].open.now,
		Prerequisites: slices.Clone(cands[0].cert.Rules.Requires), waits: cands[0].open.months > 0}
	if len(cands) > 1 {
		st.Alternative = cands[1].cert.ID
	}
	st.Reason = p.s.reason(st, cands[0].open, len(p.steps))
	if st.Prerequisites == nil {
		st.Prerequisites = []catalog.Requirement{}
	}
	p.steps = append(p.steps, st)
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
		if added > 0 {
			// Nor is it open before the step of level N on this path; and
			// two are offered together only when both are open now.
			cands = cands[:1]
			cands[0].open.afterStep = max(cands[0].open.afterStep, len(p.steps))
			cands[0].open.now = false
		}
		p.add(kind, cands)
		added++
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
			p.add(KindOptional, []candidate{{c, o}})
			p.steps[len(p.steps)-1].Reason = p.s.namedReason(p.steps[len(p.steps)-1], o)
			return
		}
	}
}

// onTrack reports whether a step of the path offers level lvl of track t.
func (p *planner) onTrack(t catalog.Track, lvl int) bool {
	return p.offers(func(c catalog.Cert) bool { return c.Rules.Track == t && c.Rules.Level == lvl })
}

// leadProfile is the profile whose tracks the path climbs: the top one, or
// the runner-up when it is not a close call but the postings carry the top
// profile while the week goes to the runner-up: the path starts where the
// time goes.
func leadProfile(b Bank, a Answers, s situation, cc *CloseCall) catalog.ProfileID {
	if cc == nil && s.second != "" {
		week := weekScores(b, a)
		if week[s.second] > week[s.top] {
			return s.second
		}
	}
	return s.top
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
	if s.context.SAFe() && s.vocab == VocabNew && !s.knowsSAFe {
		p.climb(goal{catalog.TrackSAFeLeadership, 1}, KindCore, 1)
	}
	for _, g := range s.goals(s.lead) {
		p.climb(g, KindCore, 3)
	}
	for _, t := range s.crossRole(s.lead) {
		if s.lead != s.top && s.goalTrack(s.top, t) {
			// The postings' role is offered below as the alternative, with
			// its own reason, not as a neighbour's view.
			continue
		}
		if s.heldLevel(catalog.TrackScrumMaster)+s.heldLevel(catalog.TrackSAFeScrumMaster) > 0 && (t == catalog.TrackScrumMaster || t == catalog.TrackSAFeScrumMaster) {
			break
		}
		if s.heldLevel(catalog.TrackProductOwner)+s.heldLevel(catalog.TrackSAFeProduct) > 0 && (t == catalog.TrackProductOwner || t == catalog.TrackSAFeProduct) {
			break
		}
		before := len(p.steps)
		p.climb(goal{t, 1}, KindOptional, 1)
		if len(p.steps) > before {
			break
		}
	}
	other := s.top
	if s.lead == s.top {
		other = s.second
	}
	if (closeCall || s.lead != s.top) && other != "" {
		alt := &planner{s: s, steps: slices.Clone(p.steps)}
		alt.s.lead = other
		for _, g := range s.goals(other) {
			before := len(alt.steps)
			alt.climb(g, KindAlternative, 1)
			if len(alt.steps) > before {
				st := alt.steps[len(alt.steps)-1]
				st.Reason = s.alternativeReason(other, st)
				p.steps = append(p.steps, st)
				break
			}
		}
	}
	p.named()
	return s.order(p.steps)
}

// order puts steps open now first, keeps core before optional within each
// group, renumbers, and rewrites "after step N" to the new numbers.
func (s situation) order(steps []Step) []Step {
	if len(steps) > maxSteps {
		steps = steps[:maxSteps]
	}
	rank := func(st Step) int {
		r := 0
		if st.waits {
			r += 10
		}
		switch st.Kind {
		case KindAlternative:
			r += 1
		case KindOptional:
			r += 2
		}
		return r
	}
	oldPos := map[catalog.CertID]int{}
	ranks := map[catalog.CertID]int{}
	for i, st := range steps {
		oldPos[st.Cert] = i + 1
		ranks[st.Cert] = rank(st)
	}
	// A step never moves before the step it opens after: it ranks at least
	// as far back (steps open only after earlier ones, so one pass in
	// order carries a chain).
	for _, st := range steps {
		if k := afterStep(st.When); k > 0 && k <= len(steps) {
			ranks[st.Cert] = max(ranks[st.Cert], ranks[steps[k-1].Cert])
		}
	}
	out := slices.Clone(steps)
	slices.SortStableFunc(out, func(a, b Step) int { return ranks[a.Cert] - ranks[b.Cert] })
	newPos := map[int]int{}
	for i, st := range out {
		newPos[oldPos[st.Cert]] = i + 1
	}
	for i := range out {
		out[i].Position = i + 1
		out[i].When = renumber(out[i].When, newPos)
	}
	return out
}

// afterStep is N of a when text "after step N…", 0 for any other.
func afterStep(when string) int {
	n, ok := strings.CutPrefix(when, "after step ")
	if !ok || n == "" || n[0] < '1' || n[0] > '9' {
		return 0
	}
	return int(n[0] - '0')
}

// renumber rewrites "after step N" in a when text to the step's new number;
// numbers are single digits, as a path has at most four steps.
func renumber(when string, newPos map[int]int) string {
	const prefix = "after step "
	if to, ok := newPos[afterStep(when)]; ok {
		return prefix + strconv.Itoa(to) + when[len(prefix)+1:]
	}
	return when
}

// weekScores scores the week section alone: where the person's time goes,
// whatever the postings say.
func weekScores(b Bank, a Answers) map[catalog.ProfileID]float64 {
	week := Bank{Catalog: b.Catalog}
	for _, q := range b.Questions {
		if q.Section == SectionWeek {
			week.Questions = append(week.Questions, q)
		}
	}
	out := map[catalog.ProfileID]float64{}
	for _, p := range Score(week, a).Profiles {
		out[p.ID] = p.Score
	}
	return out
}
