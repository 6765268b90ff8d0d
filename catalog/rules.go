package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// Track is a role line of certifications across issuers: the Scrum Master
// line holds PSM I, CSM, PSM II, A-CSM, PSM III and CSP-SM, each at its
// level. A person holding level N of a track is never offered level N or
// below on that track again.
type Track string

// The tracks the planner names in its own rules (which of them show a
// role's work in the week, where someone new to SAFe starts). Any other
// track is a certification's own word: the profiles' goals name it.
const (
	TrackScrumMaster     Track = "scrum-master"
	TrackProductOwner    Track = "product-owner"
	TrackSAFeScrumMaster Track = "safe-scrum-master"
	TrackSAFeProduct     Track = "safe-product"
	TrackSAFeLeadership  Track = "safe-leadership"
	TrackSAFePortfolio   Track = "safe-portfolio"
	TrackSAFeRTE         Track = "safe-rte"
	TrackLeadership      Track = "leadership"
	TrackProject         Track = "project"
	TrackAgileProject    Track = "agile-project"
)

// trackName reports whether a track's name is lower-case words (letters
// and digits) joined by single hyphens. A loop rather than a regular
// expression: a package-level pattern would be compiled at every start.
func trackName(t Track) bool {
	words := strings.Split(string(t), "-")
	for _, w := range words {
		if w == "" || strings.TrimFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }) != "" {
			return false
		}
	}
	return true
}

// Tracks lists the tracks the catalogue's certifications are on, in
// catalogue order.
func (c Catalog) Tracks() []Track {
	var out []Track
	for _, x := range c.certs {
		if !slices.Contains(out, x.Rules.Track) {
			out = append(out, x.Rules.Track)
		}
	}
	return out
}

// Context is where a certification fits: on a running SAFe train, in SAFe
// elsewhere (an organization starting it, or postings asking for it), Scrum
// without SAFe, or project-based work.
type Context string

// The contexts a certification's rules can name.
const (
	ContextSAFeTrain     Context = "safe_train"
	ContextSAFeElsewhere Context = "safe_elsewhere"
	ContextScrum         Context = "scrum"
	ContextProject       Context = "project"
)

// Contexts lists every context.
func Contexts() []Context {
	return []Context{ContextSAFeTrain, ContextSAFeElsewhere, ContextScrum, ContextProject}
}

// SAFe reports whether the context is a SAFe one.
func (c Context) SAFe() bool { return c == ContextSAFeTrain || c == ContextSAFeElsewhere }

// Role is the kind of work an experience rule counts.
type Role string

// The roles experience rules can count.
const (
	RoleScrumMaster  Role = "scrum-master"
	RoleProductOwner Role = "product-owner"
	RoleProjectLead  Role = "project-lead"
	RoleAgile        Role = "agile"
)

// Roles lists every role experience rules can count.
func Roles() []Role {
	return []Role{RoleScrumMaster, RoleProductOwner, RoleProjectLead, RoleAgile}
}

// RoleName says a role in words: "Scrum Master".
func RoleName(r Role) string {
	switch r {
	case RoleScrumMaster:
		return "Scrum Master"
	case RoleProductOwner:
		return "Product Owner"
	case RoleProjectLead:
		return "project lead"
	case RoleAgile:
		return "agile roles"
	}
	return string(r)
}

// Requirement is one hard prerequisite, with the source that states it:
// a certification held (Cert), months of work in a role (Months, Role), or
// hours of training (Hours). WaivedBy names certifications whose holders
// need not meet it (an active PMP covers PMI-ACP's experience part). Note
// says what else the source adds, in a few words.
type Requirement struct {
	Cert   CertID `yaml:"cert" json:"cert,omitempty"`
	Months int    `yaml:"months" json:"months,omitempty"`
	Role   Role   `yaml:"role" json:"role,omitempty"`
	// MonthsWithoutDegree is the months asked of someone without a
	// four-year degree, where that differs (PMP: 60 against 36).
	MonthsWithoutDegree int `yaml:"months_without_degree" json:"months_without_degree,omitempty"`
	// CourseFirst: the source lets the months be earned before or after the
	// course, so the course can be taken now and the certificate follows.
	CourseFirst bool     `yaml:"course_first" json:"course_first,omitempty"`
	Hours       int      `yaml:"hours" json:"hours,omitempty"`
	WaivedBy    []CertID `yaml:"waived_by" json:"waived_by,omitempty"`
	// MayBeWaivedBy names certifications that a source below the issuer
	// says cover the rule: the step may be open now, to check with the
	// issuer; Tier is that source's tier.
	MayBeWaivedBy []CertID `yaml:"may_be_waived_by" json:"may_be_waived_by,omitempty"`
	Note          string   `yaml:"note" json:"note,omitempty"`
	Source        string   `yaml:"source" json:"source"`
	// Confirmed: content confirms the rule, its source being tier A or B
	// (set by content as it reads the sources; PMP's 35 hours rest on
	// tier C pages only).
	Confirmed bool `yaml:"-" json:"-"`
}

// String says the requirement in words: "a CSM", "12 months as Scrum Master".
func (r Requirement) String() string {
	var s string
	switch {
	case r.Cert != "":
		s = string(r.Cert)
	case r.Months > 0 && r.Role == RoleAgile:
		s = fmt.Sprintf("%d months in agile roles", r.Months)
	case r.Months > 0:
		s = fmt.Sprintf("%d months as %s", r.Months, RoleName(r.Role))
	case r.Hours > 0:
		s = fmt.Sprintf("%d hours of training", r.Hours)
	}
	if r.Note != "" {
		s += " (" + r.Note + ")"
	}
	return s
}

// Rules are what the planner reads of a certification: its track and level,
// its hard prerequisites, the certifications it is best taken after (a
// recommended order, not a rule), and the contexts it fits.
type Rules struct {
	Track    Track         `yaml:"track" json:"track"`
	Level    int           `yaml:"level" json:"level"`
	Requires []Requirement `yaml:"requires" json:"requires,omitempty"`
	// Recommends are what a source advises before the exam but does not
	// require (about a year as Scrum Master before PSM II): the step is
	// open, and says so.
	Recommends []Requirement `yaml:"recommends" json:"recommends,omitempty"`
	After      []CertID      `yaml:"after" json:"after,omitempty"`
	Contexts   []Context     `yaml:"contexts" json:"contexts"`
}

// Fits reports whether the certification fits a context.
func (r Rules) Fits(c Context) bool { return slices.Contains(r.Contexts, c) }

// CheckRules lists every problem of the certifications' rules: unknown
// tracks, contexts, roles and IDs; hard rules without a source in sources;
// cycles through requires and after; a required certification that is not
// on an earlier level of the same track or on another track.
func (c Catalog) CheckRules(sources func(string) bool) []string {
	var out []string
	for _, x := range c.certs {
		for _, p := range c.ruleProblems(x.Rules, sources) {
			out = append(out, fmt.Sprintf("certs/%s.md: rules: %s", x.ID, p))
		}
	}
	return append(out, c.cycles()...)
}

// ruleProblems lists the problems of one certification's rules.
func (c Catalog) ruleProblems(r Rules, sources func(string) bool) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	switch {
	case r.Track == "":
		bad("track is missing; give the line of certifications it is a level of, such as scrum-master")
	case !trackName(r.Track):
		bad("track %q is not a name of lower-case words joined by hyphens (scrum-master, safe-rte)", r.Track)
	}
	if r.Level < 1 || r.Level > 3 {
		bad("level is %d; give 1, 2 or 3", r.Level)
	}
	if len(r.Contexts) == 0 {
		bad("contexts is empty; name at least one of %s", joinIDs(Contexts()))
	}
	for _, ctx := range r.Contexts {
		if !slices.Contains(Contexts(), ctx) {
			bad("context %q is not one of %s", ctx, joinIDs(Contexts()))
		}
	}
	for _, q := range r.Requires {
		out = append(out, c.requirementProblems(q, sources)...)
	}
	for _, q := range r.Recommends {
		out = append(out, c.requirementProblems(q, sources)...)
	}
	for _, a := range r.After {
		if _, ok := c.Lookup(a); !ok {
			bad("after names %q, which has no certs/%s.md", a, a)
		}
	}
	return out
}

// requirementProblems lists the problems of one hard rule: exactly one of
// cert, months or hours; known certifications and roles; a source.
func (c Catalog) requirementProblems(q Requirement, sources func(string) bool) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	kinds := 0
	for _, set := range []bool{q.Cert != "", q.Months > 0, q.Hours > 0} {
		if set {
			kinds++
		}
	}
	if kinds != 1 {
		bad("each requires entry names exactly one of cert, months (with role) or hours; got %+v", q)
	}
	if _, ok := c.Lookup(q.Cert); q.Cert != "" && !ok {
		bad("requires names %q, which has no certs/%s.md", q.Cert, q.Cert)
	}
	for _, w := range append(slices.Clone(q.WaivedBy), q.MayBeWaivedBy...) {
		if _, ok := c.Lookup(w); !ok {
			bad("waived_by or may_be_waived_by names %q, which has no certs/%s.md", w, w)
		}
	}
	if (q.MonthsWithoutDegree > 0 || q.CourseFirst) && q.Months == 0 {
		bad("months_without_degree and course_first qualify months; this entry gives none")
	}
	if q.Months > 0 && !slices.Contains(Roles(), q.Role) {
		bad("requires %d months in role %q; use one of %s", q.Months, q.Role, joinIDs(Roles()))
	}
	if q.Source == "" || !sources(q.Source) {
		bad("the hard rule %q cites source %q, which is not in sources.yaml; every hard rule needs a source", q.String(), q.Source)
	}
	return out
}

// before lists what a certification comes after: its required
// certifications and its recommended order.
func (c Catalog) before(id CertID) []CertID {
	x, _ := c.Lookup(id)
	var out []CertID
	for _, q := range x.Rules.Requires {
		if q.Cert != "" {
			out = append(out, q.Cert)
		}
	}
	return append(out, x.Rules.After...)
}

// cycles finds certifications that come, through requires and after, before
// themselves.
func (c Catalog) cycles() []string {
	var out []string
	const (
		unseen = iota
		open
		done
	)
	state := map[CertID]int{}
	var walk func(id CertID, trail []CertID)
	walk = func(id CertID, trail []CertID) {
		switch state[id] {
		case open:
			i := slices.Index(trail, id)
			loop := append(slices.Clone(trail[i:]), id)
			out = append(out, fmt.Sprintf("certs/%s.md: rules: requires and after make a cycle: %s", id, joinIDs(loop)))
			return
		case done:
			return
		}
		state[id] = open
		for _, b := range c.before(id) {
			if _, ok := c.Lookup(b); ok {
				walk(b, append(trail, id))
			}
		}
		state[id] = done
	}
	for _, x := range c.certs {
		walk(x.ID, nil)
	}
	return out
}

func joinIDs[T ~string](ids []T) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}
