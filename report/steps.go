package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/planner"
)

// reasonFormat is the sentence of a reason key; a certification's own
// sentences are in its content file. Each is whole; the only words filled
// in are names and numbers ([1] full name, [2] the step's short names, [3]
// the months it waits on, [4] the partner's role, [5] the other profile),
// and a sentence restates an answer only where the planner chose its key
// because the person gave that answer.
func reasonFormat(k planner.ReasonKey) string {
	switch k {
	case planner.ReasonWaits:
		return "%[2]s asks for %[3]s, more than your answers show so far."
	case planner.ReasonWaitsUnknown:
		return "%[2]s asks for %[3]s, and your answers do not say how long."
	case planner.ReasonPartner:
		return "%[2]s adds what the %[4]s you work with is accountable for."
	case planner.ReasonNamedOffTrack:
		return "The postings you aim for name %[2]s; your own track does not lead there, so it is optional."
	case planner.ReasonPostingsRole:
		return "The postings you aim for point to %[5]s, whose path starts with %[2]s."
	case planner.ReasonCloseRole:
		return "Your answers fit %[5]s almost as well; its path starts with %[2]s."
	}
	return "%[1]s is the next certification on your track."
}

// Reason says in one sentence why a step is on the path.
func Reason(cat catalog.Catalog, st planner.Step) string {
	names := stepNames(cat, st)
	months := monthsPhrase(st.Opens.Months, st.Opens.Role)
	switch st.Why.Key {
	case planner.ReasonCert:
		c, _ := cat.Lookup(st.Cert)
		if st.Why.Case < len(c.Reasons) {
			return strings.NewReplacer("{names}", names, "{months}", months).Replace(c.Reasons[st.Why.Case].Text)
		}
	case planner.ReasonPartner:
		if st.Why.Role == "" {
			return fmt.Sprintf("%s adds the view of a neighbouring role.", names)
		}
	}
	return fmt.Sprintf(reasonFormat(st.Why.Key), cat.Name(st.Cert), names, months, catalog.RoleName(st.Why.Role), catalog.ProfileName(st.Why.Profile))
}

// When says in a few words when a step opens: "now", "after step 1",
// "after 12 months as Scrum Master", "after step 1 and 24 months as Scrum
// Master".
func When(o planner.Opens) string {
	switch {
	case o.Now():
		return "now"
	case o.AfterStep > 0 && o.Months > 0:
		return fmt.Sprintf("after step %d and %s", o.AfterStep, monthsPhrase(o.Months, o.Role))
	case o.AfterStep > 0:
		return fmt.Sprintf("after step %d", o.AfterStep)
	}
	return "after " + monthsPhrase(o.Months, o.Role)
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

// Mark marks a step that is not on the person's own track, after its name:
// " (optional)", " (alternative)", or nothing.
func Mark(k planner.StepKind) string {
	switch k {
	case planner.KindOptional:
		return " (optional)"
	case planner.KindAlternative:
		return " (alternative)"
	}
	return ""
}

// stepNames is a step's short names: "PSM I", or "PSM I or CSM".
func stepNames(cat catalog.Catalog, st planner.Step) string {
	short := func(id catalog.CertID) string {
		if c, ok := cat.Lookup(id); ok {
			return c.Short
		}
		return string(id)
	}
	if st.Alternative == "" {
		return short(st.Cert)
	}
	return short(st.Cert) + " or " + short(st.Alternative)
}

// PathStep is a step as JSON shows it: the planner's typed step, and the
// words a script has always read (when it opens and why, in a sentence).
type PathStep struct {
	planner.Step
	Reason  string `json:"reason"`
	Core    bool   `json:"core"`
	When    string `json:"when"`
	OpenNow bool   `json:"open_now"`
}

// Path puts the words to every step of a path.
func Path(cat catalog.Catalog, path []planner.Step) []PathStep {
	out := make([]PathStep, 0, len(path))
	for _, st := range path {
		out = append(out, PathStep{Step: st, Reason: Reason(cat, st), Core: st.Kind == planner.KindCore, When: When(st.Opens), OpenNow: st.Opens.Now()})
	}
	return out
}
