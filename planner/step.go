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
}

// Now reports whether the step is open now.
func (o Opens) Now() bool { return o.AfterStep == 0 && o.Months == 0 }

// Waits reports whether the step waits on experience, not only on earlier
// steps.
func (o Opens) Waits() bool { return o.Months > 0 }

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
	// ReasonPostingsRole: the alternative step of the role the postings
	// point to (Profile) when the path starts where the week goes.
	ReasonPostingsRole ReasonKey = "postings-role"
	// ReasonCloseRole: the alternative step of the runner-up (Profile) in
	// a close call.
	ReasonCloseRole ReasonKey = "close-role"
)

// ReasonKeys lists every key, so that a test can check the report has a
// sentence for each.
func ReasonKeys() []ReasonKey {
	return []ReasonKey{ReasonCert, ReasonNextOnTrack, ReasonWaits, ReasonWaitsUnknown, ReasonPartner, ReasonNamedOffTrack, ReasonPostingsRole, ReasonCloseRole}
}

// Reason is why a step is on the path: a key and the facts its sentence
// needs. The months a waiting step asks for are in the step's Opens.
type Reason struct {
	Key ReasonKey `json:"key"`
	// Case is the index of the certification's reason, for ReasonCert.
	Case int `json:"case"`
	// Role is the partner's role, for ReasonPartner.
	Role catalog.Role `json:"role,omitempty"`
	// Profile is the other role, for the alternative's reasons.
	Profile catalog.ProfileID `json:"profile,omitempty"`
}

// Step is one certification on the recommended path. Alternative, when
// set, is an equivalent from another issuer, open to the person at the same
// time: either one does the job. Prerequisites are the certification's hard
// rules, with their sources. Position counts from 1.
type Step struct {
	Cert          catalog.CertID        `json:"cert"`
	Alternative   catalog.CertID        `json:"alternative,omitempty"`
	Kind          StepKind              `json:"kind"`
	Opens         Opens                 `json:"opens"`
	Why           Reason                `json:"why"`
	Prerequisites []catalog.Requirement `json:"prerequisites"`
	Position      int                   `json:"position"`
}
