package whatif

import (
	"slices"

	"certpath/catalog"
	"certpath/planner"
)

// StepRef names a step of a path: its certification (and alternative) and
// its position.
type StepRef struct {
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	Position    int            `json:"position"`
}

// Move is a step on both paths at another position.
type Move struct {
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	From        int            `json:"from"`
	To          int            `json:"to"`
}

// Diff is how a path changed: the steps that came (only on the new path),
// went (only on the old) and moved (on both, at another position). A step
// is its certification; a pair that gained or lost its alternative is the
// same step.
type Diff struct {
	Came  []StepRef `json:"came"`
	Went  []StepRef `json:"went"`
	Moved []Move    `json:"moved"`
}

// Same reports that the paths hold the same steps in the same order.
func (d Diff) Same() bool { return len(d.Came) == 0 && len(d.Went) == 0 && len(d.Moved) == 0 }

// Compare is the difference between a path and the path after a change.
func Compare(before, after []planner.Step) Diff {
	d := Diff{Came: []StepRef{}, Went: []StepRef{}, Moved: []Move{}}
	at := func(path []planner.Step, id catalog.CertID) int {
		return slices.IndexFunc(path, func(st planner.Step) bool { return st.Cert == id })
	}
	for _, st := range after {
		switch i := at(before, st.Cert); {
		case i < 0:
			d.Came = append(d.Came, StepRef{st.Cert, st.Alternative, st.Position})
		case before[i].Position != st.Position:
			d.Moved = append(d.Moved, Move{st.Cert, st.Alternative, before[i].Position, st.Position})
		}
	}
	for _, st := range before {
		if at(after, st.Cert) < 0 {
			d.Went = append(d.Went, StepRef{st.Cert, st.Alternative, st.Position})
		}
	}
	return d
}

// Mark says what happened to a step of the new path: "came", "moved" or
// "" (there before, at the same position).
func (d Diff) Mark(st planner.Step) string {
	switch {
	case slices.ContainsFunc(d.Came, func(r StepRef) bool { return r.Cert == st.Cert }):
		return "came"
	case slices.ContainsFunc(d.Moved, func(m Move) bool { return m.Cert == st.Cert }):
		return "moved"
	}
	return ""
}

// WentMark says whether a step of the old path went: "went" or "".
func (d Diff) WentMark(st planner.Step) string {
	if slices.ContainsFunc(d.Went, func(r StepRef) bool { return r.Cert == st.Cert }) {
		return "went"
	}
	return ""
}
