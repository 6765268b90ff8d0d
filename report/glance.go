package report

import (
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
)

// TimelineStep is one step of the path as a screen draws it, with nothing
// left to compute: the names, the issuer, when it opens, the course, its
// money in the cost's words (content's Cost.Words) with the parts behind
// them, and the planner's one-line reason.
type TimelineStep struct {
	Position    int            `json:"position"`
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	Name        string         `json:"name"`
	Issuer      string         `json:"issuer"`
	When        string         `json:"when"`
	OpenNow     bool           `json:"open_now"`
	Course      string         `json:"course"`
	Cost        string         `json:"cost"`
	// CostParts are the parts of the step's three-year cost, each with its
	// price's state, named by certification ("POPM course").
	CostParts []content.Part   `json:"cost_parts"`
	Reason    string           `json:"reason"`
	Kind      planner.StepKind `json:"kind"`
	// Sources are the IDs the cost cites, for a screen's Sources list.
	Sources []string `json:"sources,omitempty"`
}

// Glance is the first results screen's content: the role and its share,
// the context, the numbered timeline and the path's known cost.
type Glance struct {
	Role     string         `json:"role"`
	Share    float64        `json:"share"`
	Context  string         `json:"context"`
	Steps    []TimelineStep `json:"steps"`
	PathCost string         `json:"path_cost"`
	// PathCostSources are the IDs the path's cost cites.
	PathCostSources []string `json:"path_cost_sources,omitempty"`
}

// AtAGlance builds the glance of an outcome.
func AtAGlance(lib *content.Library, o planner.Outcome) Glance {
	var cites content.Cites
	g := Glance{Context: o.Context, PathCost: pathCostSentence(lib, o.Path, &cites)}
	g.PathCostSources = cites.IDs()
	if len(o.Profiles) > 0 {
		g.Role, g.Share = catalog.ProfileName(o.LeadsWith), o.Top().Share
		for _, p := range o.Profiles {
			if p.ID == o.LeadsWith {
				g.Share = p.Share
			}
		}
	}
	g.Steps = Timeline(lib, o.Path)
	return g
}

// Timeline turns a path into its drawable steps.
func Timeline(lib *content.Library, path []planner.Step) []TimelineStep {
	var out []TimelineStep
	for _, st := range path {
		c, ok := lib.Cert(st.Cert)
		if !ok {
			continue
		}
		ts := TimelineStep{Position: st.Position, Cert: st.Cert, Alternative: st.Alternative, Name: c.Short, Issuer: c.Issuer,
			When: StepWhen(lib.Catalog(), st), OpenNow: st.Opens.Now(), Course: coursePhrase(lib, c), Reason: Reason(lib.Catalog(), st), Kind: st.Kind}
		var cites content.Cites
		ts.Cost = lib.Cost(c).Words(&cites)
		ts.CostParts = lib.PathCost([]content.Cert{c}).Parts
		if alt, ok := lib.Cert(st.Alternative); ok {
			ts.Name += " or " + alt.Short
			if alt.Issuer != c.Issuer {
				ts.Issuer += " or " + alt.Issuer
			}
			ts.Cost = c.Short + ": " + ts.Cost + "; " + alt.Short + ": " + lib.Cost(alt).Words(&cites)
			ts.CostParts = append(ts.CostParts, lib.PathCost([]content.Cert{alt}).Parts...)
			// One course phrase for two certifications only where it holds
			// for both: PSM I needs no course, CSM does.
			if other := coursePhrase(lib, alt); other != ts.Course {
				ts.Course = pairCourse(c.Short, ts.Course, alt.Short, other)
			}
		}
		ts.Sources = cites.IDs()
		out = append(out, ts)
	}
	return out
}

// pairCourse says the course of "X or Y" when the two differ, briefly:
// "course: CSM only, 2 days" where one needs none.
func pairCourse(a, aCourse, b, bCourse string) string {
	const none = "no course required"
	switch {
	case aCourse == none:
		return "course: " + b + " only, " + strings.TrimPrefix(bCourse, "course: ")
	case bCourse == none:
		return "course: " + a + " only, " + strings.TrimPrefix(aCourse, "course: ")
	}
	return a + " " + aCourse + "; " + b + " " + bCourse
}

// coursePhrase says the course in a few words: "course: 2 days", "no
// course required", "course not known". Whether a course is asked is
// content's decision (CourseNeed), the one the details' course line shows.
func coursePhrase(lib *content.Library, c content.Cert) string {
	switch lib.CourseNeed(c) {
	case content.CourseNotRequired:
		return "no course required"
	case content.CourseRequired:
		length := lib.Brief(c.CourseLength, 0)
		if length == "not confirmed" || length == "not known" {
			return "course required, length " + length
		}
		return "course: " + length
	}
	return "course not known"
}
