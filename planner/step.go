package planner

import "certpath/catalog"

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

// Opens says when a step opens, as data: now (the zero value), after an
// earlier step of the path, after months of work in a role, or both.
// Unknown says the answers do not tell how long the person has done that
// work, as opposed to telling a shorter time.
type Opens struct {
	AfterStep int          `json:"after_step,omitempty"`
	Months    int          `json:"months,omitempty"`
	Role      catalog.Role `json:"role,omitempty"`
	Unknown   bool         `json:"months_unknown,omitempty"`
	// MonthsWithoutDegree is what the rule asks without a four-year
	// degree, when the answers do not say which the person has.
	MonthsWithoutDegree int `json:"months_without_degree,omitempty"`
	// CourseNow: the months may be earned after the course, so the course
	// can be taken now and the certificate follows at Months.
	CourseNow bool `json:"course_now,omitempty"`
	// Check says why the step may be open now, though the answers cannot
	// tell: CheckBand, CheckDegree or CheckWaiver.
	Check Verify `json:"check,omitempty"`
	// Have is the least months of that work the answers show (when not
	// Unknown), so that a plan over time can count the months still to
	// go. It is not in JSON: "when" says the rule's months.
	Have int `json:"-"`
}

// MonthsToGo is how many more months of work a step waits on before it
// surely opens, counted from the least the answers show, on the rule
// without a degree when the answers do not say which applies: a step that
// may be open now (Check) is counted as not open until then. A course
// that may come first (CourseNow) waits on nothing. ok is false when the
// answers do not say how long the person has done that work.
func (o Opens) MonthsToGo() (months int, ok bool) {
	switch {
	case o.Months == 0 || o.CourseNow:
		return 0, true
	case o.Unknown:
		return 0, false
	}
	return max(0, max(o.Months, o.MonthsWithoutDegree)-o.Have), true
}

// Verify is why a step may be open now, to confirm before registering.
type Verify string

// The checks.
const (
	// CheckBand: the months answered (an older band in years) may or may
	// not reach the rule's.
	CheckBand Verify = "band"
	// CheckDegree: the months reach the rule for a four-year degree, and
	// the answers do not say whether the person has one.
	CheckDegree Verify = "degree"
	// CheckWaiver: a certification the person holds covers the rule, per
	// a source below the issuer.
	CheckWaiver Verify = "waiver"
)

// Now reports whether the step is open now.
func (o Opens) Now() bool { return o.AfterStep == 0 && o.Months == 0 }

// Waits reports whether the step waits on experience, not only on earlier
// steps: its months are short, and neither the course may come first nor
// the step may be open already.
func (o Opens) Waits() bool { return o.Months > 0 && !o.CourseNow && o.Check == "" }

// Ready reports whether the person can start on the step now: it is open,
// its course may come before the months, or it may be open, to check.
func (o Opens) Ready() bool { return o.AfterStep == 0 && !o.Waits() }

// ReasonKey names why a step is on the path; the report holds one sentence
// for each key, and a certification's own sentences in its content file.
type ReasonKey string

// The reason keys.
const (
	// ReasonCert: the certification's own sentence, Case of its reasons.
	ReasonCert ReasonKey = "cert"
	// ReasonNextOnTrack: a certification with no sentence of its own for
	// this case is the next one on the person's track.
	ReasonNextOnTrack ReasonKey = "next-on-track"
	// ReasonWaits, ReasonWaitsUnknown: the step asks for more months of
	// work than the answers show, or than they say at all.
	ReasonWaits        ReasonKey = "waits"
	ReasonWaitsUnknown ReasonKey = "waits-unknown"
	// ReasonPartner: an optional step adds what the person working beside
	// them (Role) is accountable for.
	ReasonPartner ReasonKey = "partner"
	// ReasonNamedOffTrack: the postings name it, off the person's track.
	ReasonNamedOffTrack ReasonKey = "named-off-track"
	// ReasonNamedNow: the postings name it and it opens now, while nothing
	// on the person's own track does; it leads the path as a core step.
	ReasonNamedNow ReasonKey = "named-now"
	// ReasonPostingsRole: the alternative step of the role the postings
	// point to (Profile) when the path starts where the week goes. Paths
	// follow the postings since issue 33; the key stays for older JSON.
	ReasonPostingsRole ReasonKey = "postings-role"
	// ReasonWeekRole: the alternative step of the role the week goes to
	// (Profile) when the path follows the postings' role.
	ReasonWeekRole ReasonKey = "week-role"
	// ReasonCloseRole: the alternative step of the runner-up (Profile) in
	// a close call.
	ReasonCloseRole ReasonKey = "close-role"
)

// ReasonKeys lists every key, so that a test can check the report has a
// sentence for each.
func ReasonKeys() []ReasonKey {
	return []ReasonKey{ReasonCert, ReasonNextOnTrack, ReasonWaits, ReasonWaitsUnknown, ReasonPartner, ReasonNamedOffTrack, ReasonPostingsRole, ReasonWeekRole, ReasonCloseRole}
}

// Reason is why a step is on the path: a key and the facts its sentence
// needs. The months a waiting step asks for are in the step's Opens.
type Reason struct {
	Key ReasonKey `json:"key"`
	// Case is the index of the certification's reason, for ReasonCert.
	Case int `json:"case"`
	// Role is the partner's role, for ReasonPartner; WorksWith says the
	// person works with that role, as they answered.
	Role      catalog.Role `json:"role,omitempty"`
	WorksWith bool         `json:"works_with,omitempty"`
	// Profile is the other role, for the alternative's reasons.
	Profile catalog.ProfileID `json:"profile,omitempty"`
}

// Step is one certification on the recommended path. Alternative, when
// set, is an equivalent from another issuer, open to the person at the same
// time: either one does the job. Prerequisites are the certification's hard
// rules, with their sources. Position counts from 1.
type Step struct {
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	Kind        StepKind       `json:"kind"`
	Opens       Opens          `json:"opens"`
	// AlternativeOpens is when the alternative opens, where that differs
	// from the step's own: after "PSPO I or CSPO", PSPO II opens after it
	// and A-CSPO after it and 12 months as Product Owner.
	AlternativeOpens *Opens                `json:"alternative_opens,omitempty"`
	Why              Reason                `json:"why"`
	Prerequisites    []catalog.Requirement `json:"prerequisites"`
	Position         int                   `json:"position"`
}
