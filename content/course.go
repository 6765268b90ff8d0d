package content

import (
	"regexp"
	"strings"
)

// CourseNeed is whether a certification asks for a course: content's one
// decision, read from its course_required value, which every view (the
// path's steps, their details, the three-year cost) shows the same way.
type CourseNeed int

// A course is not known to be asked, not required, or required.
const (
	CourseNotKnown CourseNeed = iota
	CourseNotRequired
	CourseRequired
)

// noRE is a value that opens with the word "no" ("no, the course is
// recommended"), which "not known" does not.
var noRE = regexp.MustCompile(`^no\b`)

// CourseNeed decides from the current course_required value: "no, ..." is
// not required, any other value found is required, and "unknown" (or
// several current values) is not known.
func (l *Library) CourseNeed(c Cert) CourseNeed {
	g, ok := l.onlyGroup(c.CourseRequired)
	if !ok || !g.Facts[0].Known() {
		return CourseNotKnown
	}
	if noRE.MatchString(strings.ToLower(strings.TrimSpace(g.Facts[0].Value))) {
		return CourseNotRequired
	}
	return CourseRequired
}
