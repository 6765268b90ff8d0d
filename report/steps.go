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
	case planner.ReasonNamedNow:
		return "The postings you aim for name %[2]s, and you can take it now."
	case planner.ReasonPostingsRole:
		return "The postings you aim for point to %[5]s, whose path starts with %[2]s."
	case planner.ReasonWeekRole:
		return "Your week goes mostly to %[5]s work today; that role's path starts with %[2]s."
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
		return partnerReason(cat, st, names)
	}
	return fmt.Sprintf(reasonFormat(st.Why.Key), cat.Name(st.Cert), names, months, catalog.RoleName(st.Why.Role), catalog.ProfileName(st.Why.Profile))
}

// partnerReason says why a neighbour's step is there: what the role beside
// the person's adds, as "the one you work with" only when they said so, and
// that it does not expire, said as the third-party sources that say so
// and not confirmed (no issuer page says it).
func partnerReason(cat catalog.Catalog, st planner.Step, names string) string {
	var s string
	switch {
	case st.Why.Role == "":
		s = fmt.Sprintf("%s adds the view of a neighbouring role.", names)
	case st.Why.WorksWith:
		s = fmt.Sprintf(reasonFormat(planner.ReasonPartner), "", names, "", catalog.RoleName(st.Why.Role))
	default:
		s = fmt.Sprintf("%s covers what a %s is accountable for on a Scrum team.", names, catalog.RoleName(st.Why.Role))
	}
	if c, ok := cat.Lookup(st.Cert); ok && c.RenewalYears == 0 && st.Alternative == "" {
		s += " Third-party sources say it does not expire; not confirmed by the issuer."
	}
	return s
}

// When says in a few words when a step opens: "now", "after step 1",
// "after 12 months as Scrum Master", "after step 1 and 24 months as Scrum
// Master".
func When(o planner.Opens) string {
	after := ""
	if o.AfterStep > 0 {
		after = fmt.Sprintf("after step %d", o.AfterStep)
	}
	months := monthsPhrase(o.Months, o.Role)
	switch {
	case o.Now():
		return "now"
	case o.Months == 0:
		return after
	case o.CourseNow:
		return orNow(after, "course") + ", certificate at " + months
	case o.Check == planner.CheckBand:
		return orNow(after, "may be open") + ": check your " + months
	case o.Check == planner.CheckDegree:
		return fmt.Sprintf("%s with a four-year degree (else at %d months)", orNow(after, "open"), o.MonthsWithoutDegree)
	case o.Check == planner.CheckWaiver:
		return orNow(after, "may be open") + ": check with the issuer"
	case o.MonthsWithoutDegree > 0:
		months = fmt.Sprintf("%s (%d without a degree)", months, o.MonthsWithoutDegree)
	}
	if after != "" {
		return after + " and " + months
	}
	return "after " + months
}

// StepWhen says when a step opens, and when its alternative does where
// that differs: "after step 1; A-CSPO after step 1 and 12 months as
// Product Owner".
func StepWhen(cat catalog.Catalog, st planner.Step) string {
	w := When(st.Opens)
	if st.AlternativeOpens == nil {
		return w
	}
	short := func(id catalog.CertID) string {
		if c, ok := cat.Lookup(id); ok {
			return c.Short
		}
		return string(id)
	}
	return fmt.Sprintf("%s %s; %s %s", short(st.Cert), w, short(st.Alternative), When(*st.AlternativeOpens))
}

// orNow is what comes first in a step's timing: after an earlier step, or
// now ("course now", "may be open now").
func orNow(after, what string) string {
	if after != "" {
		return what + " " + after
	}
	return what + " now"
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
		out = append(out, PathStep{Step: st, Reason: Reason(cat, st), Core: st.Kind == planner.KindCore, When: StepWhen(cat, st), OpenNow: st.Opens.Now()})
	}
	return out
}
