package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/words"
)

// TimelineStep is one step of the path as a screen draws it, with nothing
// left to compute: the names, the issuer, when it opens, the course, the
// money known for it (or a short phrase saying none is published) and the
// planner's one-line reason.
type TimelineStep struct {
	Position    int              `json:"position"`
	Cert        catalog.CertID   `json:"cert"`
	Alternative catalog.CertID   `json:"alternative,omitempty"`
	Name        string           `json:"name"`
	Issuer      string           `json:"issuer"`
	When        string           `json:"when"`
	OpenNow     bool             `json:"open_now"`
	Course      string           `json:"course"`
	Cost        string           `json:"cost"`
	Reason      string           `json:"reason"`
	Kind        planner.StepKind `json:"kind"`
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
}

// AtAGlance builds the glance of an outcome.
func AtAGlance(lib *content.Library, o planner.Outcome) Glance {
	g := Glance{Context: o.Context, PathCost: pathCostSentence(lib, o.Path)}
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
		ts.Cost = costPhrase(lib, c, &cites)
		if alt, ok := lib.Cert(st.Alternative); ok {
			ts.Name += " or " + alt.Short
			if alt.Issuer != c.Issuer {
				ts.Issuer += " or " + alt.Issuer
			}
			ts.Cost = c.Short + ": " + ts.Cost
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

// costPhrase is the money known for one certification over three years,
// each amount with its source marker, and what is not: "price not
// published" where no source gives it, "price not confirmed" where only a
// weak source does (the details show that figure with its reason).
func costPhrase(lib *content.Library, c content.Cert, cites *content.Cites) string {
	t := tallyCost(lib, c, cites)
	// A price with only a weak source is "not confirmed", which also holds
	// for one no source gives; the details tell the two apart.
	missing := "not published"
	if t.unconfirmed {
		missing = "not confirmed"
	}
	switch {
	case len(t.known) == 0 && t.disagree:
		return "sources disagree on the fees"
	case len(t.known) == 0 && (t.courseUnknown || t.otherUnknown):
		return "price " + missing
	case len(t.known) == 0:
		return "no fees"
	case t.otherUnknown:
		return strings.Join(t.known, ", ") + "; other fees " + missing
	case t.courseUnknown:
		return strings.Join(t.known, ", ") + "; course price " + missing
	}
	return strings.Join(t.known, ", ")
}

// costTally is what is known and not of one certification's three-year
// money: the known amounts in words, and which parts are unknown and why.
type costTally struct {
	known                                              []string
	courseUnknown, otherUnknown, disagree, unconfirmed bool
}

// tallyCost sorts a certification's cost parts into known amounts (each
// with its source marker, cited) and unknown ones. A course that is not
// required is never unknown.
func tallyCost(lib *content.Library, c content.Cert, cites *content.Cites) costTally {
	var t costTally
	noCourse := lib.CourseNeed(c) == content.CourseNotRequired
	for _, p := range lib.Cost(c).Parts {
		t.disagree = t.disagree || (!p.Known && p.Note == "sources disagree")
		if !p.Known && !(p.What == "course" && noCourse) {
			t.unconfirmed = t.unconfirmed || strings.HasPrefix(p.Note, "not confirmed")
		}
		switch {
		case !p.Known && p.What == "course":
			t.courseUnknown = !noCourse
		case !p.Known:
			t.otherUnknown = true
		case p.Amount > 0:
			t.known = append(t.known, amountPhrase(p, cites))
		}
	}
	return t
}

// amountPhrase says one known amount: "$200 exam [S31]", "$495 exam for
// non-members [S145]", "$100 renewals in 3 years".
func amountPhrase(p content.Part, cites *content.Cites) string {
	what := p.What
	if what == "renewals" {
		what = "renewals in 3 years"
	}
	s := fmt.Sprintf("$%d %s", p.Amount, what)
	if p.AppliesTo != "" {
		s += " for " + p.AppliesTo
	}
	if p.Source != "" {
		cites.Add(p.Source)
		s += " [" + p.Source + "]"
	}
	return s
}

// pathCostSentence states the path's known money once, as one sentence true
// to how much of it is known and whichever of each pair ("PSM I or CSM") is
// taken: the same for every choice, a range, or the figure for the first of
// each pair, named, with the others whose total is not known.
func pathCostSentence(lib *content.Library, path []planner.Step) string {
	var choices [][]content.Cert
	for _, st := range path {
		c, ok := lib.Cert(st.Cert)
		if !ok {
			continue
		}
		step := []content.Cert{c}
		if alt, ok := lib.Cert(st.Alternative); ok {
			step = append(step, alt)
		}
		choices = append(choices, step)
	}
	if len(choices) == 0 {
		return ""
	}
	var firsts []content.Cert
	var picked, unpriced []string
	for _, step := range choices {
		firsts = append(firsts, step[0])
		if len(step) > 1 {
			picked = append(picked, step[0].Short)
			if len(lib.Cost(step[1]).Unknown()) > 0 {
				unpriced = append(unpriced, step[1].Short)
			}
		}
	}
	cost := lib.PathCost(firsts)
	known, unknown := cost.Known(), len(cost.Unknown())
	low, high, allPriced := pathCostRange(lib, choices)
	switch {
	case allPriced && low == high:
		return fmt.Sprintf("The whole path costs $%d over three years, renewals included.", low)
	case allPriced:
		return fmt.Sprintf("The whole path costs $%d to $%d over three years, renewals included, depending on which of each pair you take.", low, high)
	}
	with := ""
	if len(picked) > 0 {
		with = "With " + strings.Join(picked, " and ") + ", "
	}
	var s string
	switch {
	case known == 0:
		s = "no step on this path has a confirmed price, so there is no total over three years."
	case unknown == 0:
		s = fmt.Sprintf("the whole path costs $%d over three years, renewals included; with %s the total is not known.", known, strings.Join(unpriced, " or "))
	default:
		where := " on this path"
		if with != "" {
			where = ""
		}
		s = fmt.Sprintf("confirmed fees%s: $%d over three years; other prices are unpublished or unconfirmed.", where, known)
	}
	if with == "" {
		return words.Capitalize(s)
	}
	return with + s
}

// pathCostRange is the lowest and highest three-year total over every choice
// of one certification per step, and whether every choice is fully priced.
func pathCostRange(lib *content.Library, choices [][]content.Cert) (low, high int, allPriced bool) {
	low, allPriced = -1, true
	var walk func(i int, picked []content.Cert)
	walk = func(i int, picked []content.Cert) {
		if i == len(choices) {
			cost := lib.PathCost(picked)
			allPriced = allPriced && len(cost.Unknown()) == 0
			if n := cost.Known(); low < 0 || n < low {
				low = n
			}
			high = max(high, cost.Known())
			return
		}
		for _, c := range choices[i] {
			walk(i+1, append(picked[:i:i], c))
		}
	}
	walk(0, nil)
	return low, high, allPriced
}
