package planner

import (
	"slices"

	"certpath/catalog"
)

// reason is why a step is on the path, as a key with its facts. A step
// that waits on experience says so, unless its certification has a
// sentence for that wait (PMI-ACP for a PMP holder); a cross-role step says
// what the partner's role adds; any other step takes the first of its
// certification's own sentences whose condition holds.
func (s situation) reason(st Step, c catalog.Cert, partner catalog.Role, onPath func(catalog.CertID) bool) Reason {
	if st.Opens.Waits() || st.Opens.Check == CheckWaiver || st.Opens.CourseNow {
		if i, ok := s.certCase(c, st, true, onPath); ok {
			return Reason{Key: ReasonCert, Case: i}
		}
	}
	if st.Opens.Waits() {
		if st.Opens.Unknown {
			return Reason{Key: ReasonWaitsUnknown}
		}
		return Reason{Key: ReasonWaits}
	}
	if st.Kind == KindOptional {
		return Reason{Key: ReasonPartner, Role: partner, WorksWith: s.worksBeside()}
	}
	if i, ok := s.certCase(c, st, false, onPath); ok {
		return Reason{Key: ReasonCert, Case: i}
	}
	return Reason{Key: ReasonNextOnTrack}
}

// certCase is the first of a certification's reasons that holds for the
// person and the step, among those for a waiting step or the others.
func (s situation) certCase(c catalog.Cert, st Step, waits bool, onPath func(catalog.CertID) bool) (int, bool) {
	for i, r := range c.Reasons {
		if r.Waits == waits && s.holds(r.When) && s.stepHolds(r.When, c, st) && !slices.ContainsFunc(r.NotOnPath, onPath) &&
			(len(r.OnPath) == 0 || slices.ContainsFunc(r.OnPath, onPath)) {
			return i, true
		}
	}
	return 0, false
}

// stepHolds checks a reason's step conditions: the step's kind, and whether
// the months its certification counts come from the years in that role.
func (s situation) stepHolds(w catalog.When, c catalog.Cert, st Step) bool {
	if w.Kind != "" && StepKind(w.Kind) != st.Kind {
		return false
	}
	if w.RoleMonths == "" {
		return true
	}
	var role catalog.Role
	for _, q := range c.Rules.Requires {
		if q.Months > 0 {
			role = q.Role
			break
		}
	}
	return s.roleMonthsGiven(role) == (w.RoleMonths == "given")
}

// alternativeReason is the reason of the runner-up's first step: the role
// the postings point to when the path starts where the week goes, or the
// close call's other role.
func (s situation) alternativeReason(other catalog.ProfileID) Reason {
	if s.clash != nil && other == s.clash.Week {
		return Reason{Key: ReasonWeekRole, Profile: other}
	}
	return Reason{Key: ReasonCloseRole, Profile: other}
}
