package catalog

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Trait is something the answers show about a person, named by what it
// means rather than by the question that asks it: the question bank's
// options carry traits, the planner reads them, and content's conditions
// (a reason's when, a profile's goals) name them.
type Trait string

// The traits the question bank can show and content can name.
const (
	// The week: facilitation of team events, backlog ownership, plans and
	// budgets, agile team work, plans and budgets as most of it, hands-on
	// delivery, events run across teams.
	TraitFacilitates   Trait = "facilitates"
	TraitOwnsBacklog   Trait = "owns-backlog"
	TraitLeadsProjects Trait = "leads-projects"
	TraitAgileWork     Trait = "agile-work"
	TraitPlansHeavy    Trait = "plans-heavy"
	TraitHandsOn       Trait = "hands-on"
	TraitCrossTeam     Trait = "runs-cross-team"
	// Who the person works with, or the postings ask them to change.
	TraitCoachesLeaders Trait = "coaches-leaders"
	// The organization's way of working, one per answer.
	TraitOrgRunsSAFe     Trait = "org-runs-safe"
	TraitOrgAdoptingSAFe Trait = "org-adopting-safe"
	TraitOrgOtherScaling Trait = "org-other-scaling"
	TraitOrgTeamsOnly    Trait = "org-teams-only"
	TraitOrgProjects     Trait = "org-projects"
	// SAFe's vocabulary: new, heard of, used or taught.
	TraitSAFeNew   Trait = "safe-vocabulary-new"
	TraitSAFeHeard Trait = "safe-vocabulary-heard"
	TraitSAFeKnown Trait = "safe-vocabulary-known"
	// What the postings say of SAFe, and a certification outside the
	// catalogue they name.
	TraitPostingsSAFeRequired  Trait = "postings-safe-required"
	TraitPostingsSAFePreferred Trait = "postings-safe-preferred"
	TraitPostingsScrumOnly     Trait = "postings-scrum-only"
	TraitPostingsProjects      Trait = "postings-projects"
	TraitPostingsCoachingCert  Trait = "postings-coaching-cert"
	// Who the person works with most, one per answer (managers and
	// executives: coaches-leaders).
	TraitWithDevelopers Trait = "works-with-developers"
	TraitWithCustomers  Trait = "works-with-customers"
	TraitWithTeamRoles  Trait = "works-with-team-roles"
	TraitWithSponsors   Trait = "works-with-sponsors"
	TraitWithLeaders    Trait = "works-with-leaders"
	// What the postings ask of the role beside the person's: a team's
	// product work, or its facilitation.
	TraitPostingsProductWork  Trait = "postings-product-work"
	TraitPostingsFacilitation Trait = "postings-facilitation"
	// The person's education, for PMI's experience rules.
	TraitDegreeFourYear  Trait = "degree-four-year"
	TraitDegreeSecondary Trait = "degree-secondary"
	// Who pays for the person's certifications.
	TraitPaysSelf     Trait = "pays-self"
	TraitEmployerPays Trait = "employer-pays"
	// Derived by the planner, not shown by one answer: SAFe is new to the
	// person (new vocabulary and no SAFe certification held).
	TraitNewToSAFe Trait = "new-to-safe"
)

// Traits lists every trait, for validation and error messages.
func Traits() []Trait {
	return []Trait{TraitFacilitates, TraitOwnsBacklog, TraitLeadsProjects, TraitAgileWork, TraitPlansHeavy, TraitHandsOn, TraitCrossTeam,
		TraitCoachesLeaders, TraitOrgRunsSAFe, TraitOrgAdoptingSAFe, TraitOrgOtherScaling, TraitOrgTeamsOnly, TraitOrgProjects,
		TraitSAFeNew, TraitSAFeHeard, TraitSAFeKnown, TraitPostingsSAFeRequired, TraitPostingsSAFePreferred, TraitPostingsScrumOnly,
		TraitPostingsProjects, TraitPostingsCoachingCert, TraitWithDevelopers, TraitWithCustomers, TraitWithTeamRoles, TraitWithSponsors, TraitWithLeaders, TraitPostingsProductWork, TraitPostingsFacilitation,
		TraitDegreeFourYear, TraitDegreeSecondary, TraitPaysSelf, TraitEmployerPays, TraitNewToSAFe}
}

// When is a condition on the person and, for a reason, on the step: every
// field that is set must hold. An empty When always holds.
type When struct {
	// Lead: the profile the path leads with is one of these; NotLead: none.
	Lead    []ProfileID `yaml:"lead,flow" json:"lead,omitempty"`
	NotLead []ProfileID `yaml:"not_lead,flow" json:"not_lead,omitempty"`
	// Shows: the answers show every one of these traits; Lacks: none.
	Shows []Trait `yaml:"shows,flow" json:"shows,omitempty"`
	Lacks []Trait `yaml:"lacks,flow" json:"lacks,omitempty"`
	// ShowsAny: the answers show at least one of these traits.
	ShowsAny []Trait `yaml:"shows_any,flow" json:"shows_any,omitempty"`
	// Contexts: the person's context is one of these.
	Contexts []Context `yaml:"contexts,flow" json:"contexts,omitempty"`
	// Holds: the person holds one of these; HoldsTrack: a level of one of
	// these tracks.
	Holds      []CertID `yaml:"holds,flow" json:"holds,omitempty"`
	HoldsTrack []Track  `yaml:"holds_track,flow" json:"holds_track,omitempty"`
	// Named: the postings name one of these; NotNamed: none of these.
	Named    []CertID `yaml:"named,flow" json:"named,omitempty"`
	NotNamed []CertID `yaml:"not_named,flow" json:"not_named,omitempty"`
	// Step conditions, for reasons only. Kind: the step is core, optional
	// or alternative. Waits: the step waits on months of experience the
	// answers do not show. RoleMonths: "given" when the answers give the
	// years in the role the step's months count, "guessed" when they were
	// judged from the years in agile roles.
	Kind       string `yaml:"kind" json:"kind,omitempty"`
	Waits      bool   `yaml:"waits" json:"waits,omitempty"`
	RoleMonths string `yaml:"role_months" json:"role_months,omitempty"`
	// NotOnPath: none of these is an earlier step of the path (a sentence
	// that calls the step the ground of another is false after it).
	NotOnPath []CertID `yaml:"not_on_path,flow" json:"not_on_path,omitempty"`
	// OnPath: one of these is an earlier step of the path (PMP, before a
	// PMI-ACP whose months an active PMP may cover).
	OnPath []CertID `yaml:"on_path,flow" json:"on_path,omitempty"`
}

// ReasonCase is one sentence of a certification's reasons with the
// condition under which it is the one said. The sentence may name the step
// as {names} ("PSM I or CSM") and the months it waits on as {months}.
type ReasonCase struct {
	When `yaml:",inline"`
	Text string `yaml:"text"`
}

// ReasonPlaceholders are the words a reason sentence may leave to the
// report to fill in.
func ReasonPlaceholders() []string { return []string{"{names}", "{months}"} }

// InPostings is how a certification shows in job postings: the phrases
// that name it (matched like every postings phrase, ignoring case,
// punctuation and word forms; Exact ones must match their case too), what
// naming it adds to each profile and framework, and the option of the
// postings question that names it. Several certifications may share one
// option (PSM or CSM); the first of them in catalogue order gives its label
// and weights.
type InPostings struct {
	Phrases    []string              `yaml:"phrases" json:"-"`
	Exact      []string              `yaml:"exact" json:"-"`
	Profiles   map[ProfileID]float64 `yaml:"profiles" json:"-"`
	Frameworks map[Framework]float64 `yaml:"frameworks" json:"-"`
	Option     *PostingsOption       `yaml:"option" json:"-"`
}

// PostingsOption is an option of the postings question "which
// certifications do those postings name?". Certifications that share an
// option name it by ID alone; one of them gives its label and weights.
type PostingsOption struct {
	ID         string                `yaml:"id"`
	Label      string                `yaml:"label"`
	Profiles   map[ProfileID]float64 `yaml:"profiles"`
	Frameworks map[Framework]float64 `yaml:"frameworks"`
	// Traits are what choosing the option shows of the person (a
	// coaching certification named: postings-coaching-cert).
	Traits []Trait `yaml:"traits"`
}

// Goal is a line of tracks a profile climbs, in order, when its condition
// holds; UpTo caps a track at a level (0: as far as experience allows).
// A profile's first goal whose condition holds is the one taken.
type Goal struct {
	When   `yaml:",inline"`
	Tracks []Track       `yaml:"tracks,flow"`
	UpTo   map[Track]int `yaml:"up_to"`
	Role   Role          `yaml:"role"`
}

// ProfilePlan is what the planner reads of a role profile: whose months of
// work its week counts (Role), the tracks it climbs in each context
// (Goals), and the other role of a team it may add as an optional step
// (Partners; Role there names that role in the reason).
type ProfilePlan struct {
	ID       ProfileID `yaml:"-"`
	Role     Role      `yaml:"months_role"`
	Goals    []Goal    `yaml:"goals"`
	Partners []Goal    `yaml:"partners"`
}

// WithProfiles returns the catalog with the profiles' plans.
func (c Catalog) WithProfiles(plans []ProfilePlan) Catalog {
	c.plans = map[ProfileID]ProfilePlan{}
	for _, p := range plans {
		c.plans[p.ID] = p
	}
	return c
}

// Plan returns what the planner reads of a profile.
func (c Catalog) Plan(id ProfileID) (ProfilePlan, bool) {
	p, ok := c.plans[id]
	return p, ok
}

// CheckPlans lists every problem of the profiles' plans and of the
// certifications' reasons and postings data: unknown tracks, traits,
// profiles, contexts and certifications; a reason with an unknown
// placeholder or no sentence; a certification without a default reason;
// a postings option without a label, or given twice.
func (c Catalog) CheckPlans() []string {
	var out []string
	for _, p := range Profiles() {
		plan, ok := c.plans[p.ID]
		name := fmt.Sprintf("profiles/%s.md", p.ID)
		if !ok {
			continue
		}
		if plan.Role != "" && !slices.Contains(Roles(), plan.Role) {
			out = append(out, fmt.Sprintf("%s: months_role %q is not one of %s", name, plan.Role, joinIDs(Roles())))
		}
		if len(plan.Goals) == 0 {
			out = append(out, name+": goals is empty; give at least one line of tracks the profile climbs")
		}
		for i, g := range append(slices.Clone(plan.Goals), plan.Partners...) {
			where := fmt.Sprintf("%s: goal %d", name, i+1)
			out = append(out, c.checkWhen(where, g.When)...)
			for _, t := range append(slices.Clone(g.Tracks), slices.Collect(maps.Keys(g.UpTo))...) {
				if !slices.Contains(c.Tracks(), t) {
					out = append(out, fmt.Sprintf("%s: track %q has no certification; the tracks are %s", where, t, joinIDs(c.Tracks())))
				}
			}
		}
	}
	out = append(out, c.unclimbed()...)
	options := map[string]string{}
	for _, x := range c.certs {
		name := fmt.Sprintf("certs/%s.md", x.ID)
		out = append(out, c.checkReasons(name, x)...)
		out = append(out, checkOption(name, x.Postings.Option, options)...)
	}
	for _, x := range c.outside {
		out = append(out, checkOption(fmt.Sprintf("outside.yaml: %s", x.ID), x.Postings.Option, options)...)
	}
	return out
}

// checkOption lists the problems of one postings option, given the options
// named so far (by the file that gave each its label): an option needs an
// id, and the first file naming it (certifications in catalogue order, then
// outside.yaml) gives its label, weights and traits; the others name it by
// id alone.
func checkOption(name string, o *PostingsOption, options map[string]string) []string {
	if o == nil {
		return nil
	}
	var out []string
	for _, t := range o.Traits {
		if !slices.Contains(Traits(), t) {
			out = append(out, fmt.Sprintf("%s: postings: option %q: trait %q is not one of %s", name, o.ID, t, joinIDs(Traits())))
		}
	}
	first, dup := options[o.ID]
	switch {
	case o.ID == "":
		out = append(out, name+": postings: option has no id")
	case dup && (o.Label != "" || len(o.Traits) > 0):
		out = append(out, fmt.Sprintf("%s: postings: option %q has its label in %s already; name it by id alone", name, o.ID, first))
	case !dup && o.Label == "":
		out = append(out, fmt.Sprintf("%s: postings: option %q has no label; the first file (certifications in catalogue order, then outside.yaml) naming an option gives its label and weights", name, o.ID))
	}
	if !dup && o.ID != "" {
		options[o.ID] = name
	}
	return out
}

// unclimbed lists the certifications on a track no profile climbs or adds
// as a partner: the planner would offer them only when the postings name
// them, which is most likely a misspelt track.
func (c Catalog) unclimbed() []string {
	climbed := map[Track]bool{}
	for _, plan := range c.plans {
		for _, g := range slices.Concat(plan.Goals, plan.Partners) {
			for _, t := range g.Tracks {
				climbed[t] = true
			}
		}
	}
	var out []string
	for _, x := range c.certs {
		if x.Rules.Track != "" && !climbed[x.Rules.Track] {
			out = append(out, fmt.Sprintf("certs/%s.md: rules: track %q is in no profile's goals or partners; use one of %s, or add it to the goals of the profiles it serves (profiles/ID.md)", x.ID, x.Rules.Track, joinIDs(slices.Sorted(maps.Keys(climbed)))))
		}
	}
	return out
}

func (c Catalog) checkReasons(name string, x Cert) []string {
	var out []string
	fallback := false
	for i, r := range x.Reasons {
		where := fmt.Sprintf("%s: reasons %d", name, i+1)
		if strings.TrimSpace(r.Text) == "" {
			out = append(out, where+": text is empty")
		}
		rest := r.Text
		for _, p := range ReasonPlaceholders() {
			rest = strings.ReplaceAll(rest, p, "")
		}
		if strings.ContainsAny(rest, "{}") {
			out = append(out, fmt.Sprintf("%s: text has a placeholder other than %s", where, strings.Join(ReasonPlaceholders(), " and ")))
		}
		out = append(out, c.checkWhen(where, r.When)...)
		fallback = fallback || (!r.Waits && isEmpty(r.When))
	}
	if len(x.Reasons) > 0 && !fallback {
		out = append(out, name+": reasons has no sentence without a condition; the last one should hold for everyone")
	}
	return out
}

func isEmpty(w When) bool {
	return len(w.Lead)+len(w.NotLead)+len(w.Shows)+len(w.Lacks)+len(w.ShowsAny)+len(w.Contexts)+len(w.Holds)+len(w.HoldsTrack)+len(w.Named)+len(w.NotNamed) == 0 &&
		w.Kind == "" && !w.Waits && w.RoleMonths == "" && len(w.NotOnPath) == 0
}

func (c Catalog) checkWhen(where string, w When) []string {
	var out []string
	for _, p := range append(slices.Clone(w.Lead), w.NotLead...) {
		if !KnownProfile(p) {
			out = append(out, fmt.Sprintf("%s: profile %q is not one of the eight", where, p))
		}
	}
	for _, t := range slices.Concat(w.Shows, w.Lacks, w.ShowsAny) {
		if !slices.Contains(Traits(), t) {
			out = append(out, fmt.Sprintf("%s: trait %q is not one of %s", where, t, joinIDs(Traits())))
		}
	}
	for _, x := range w.Contexts {
		if !slices.Contains(Contexts(), x) {
			out = append(out, fmt.Sprintf("%s: context %q is not one of %s", where, x, joinIDs(Contexts())))
		}
	}
	for _, t := range w.HoldsTrack {
		if !slices.Contains(c.Tracks(), t) {
			out = append(out, fmt.Sprintf("%s: track %q has no certification; the tracks are %s", where, t, joinIDs(c.Tracks())))
		}
	}
	for _, id := range slices.Concat(w.Holds, w.Named, w.NotNamed, w.NotOnPath) {
		if _, ok := c.Lookup(id); !ok {
			out = append(out, fmt.Sprintf("%s: names %q, which has no certs/%s.md", where, id, id))
		}
	}
	if w.Kind != "" && !slices.Contains([]string{"core", "optional", "alternative"}, w.Kind) {
		out = append(out, fmt.Sprintf("%s: kind %q is not one of core, optional, alternative", where, w.Kind))
	}
	if w.RoleMonths != "" && w.RoleMonths != "given" && w.RoleMonths != "guessed" {
		out = append(out, fmt.Sprintf("%s: role_months %q is not given or guessed", where, w.RoleMonths))
	}
	return out
}
