package content

import "strings"

// NamedFigure is one of a certification's figures with its front-matter
// name ("exam.questions").
type NamedFigure struct {
	Name   string
	Figure Figure
}

// Figures lists a certification's figures by name, in the order its page
// shows them.
func (c Cert) Figures() []NamedFigure {
	var out []NamedFigure
	for _, f := range c.figures() {
		out = append(out, NamedFigure{Name: f.name, Figure: f.fig})
	}
	return out
}

// FigureLabel names a figure for people: "exam.pass_mark" is "Pass mark".
func FigureLabel(name string) string {
	return map[string]string{
		"course_required": "Course required", "course_length": "Course length",
		"exam.questions": "Exam questions", "exam.minutes": "Exam minutes",
		"exam.pass_mark": "Pass mark", "exam.format": "Exam format",
		"exam_fee": "Exam fee", "retake_fee": "Retake fee", "course_price": "Course price",
		"renewal": "Renewal", "renewal_fee": "Renewal fee", "prerequisites": "Prerequisites",
	}[name]
}

// QuestionCount is the current exam's question count, for reading "36 of
// 45"; 0 when no current count is a number.
func (l *Library) QuestionCount(c Cert) int {
	current, _, _ := c.Exam.Questions.On(l.Now())
	for _, x := range current {
		if n := Count(x.Value); n > 0 {
			return n
		}
	}
	return 0
}

// NoExam reports a certification earned without an exam: its question
// count says "none". Its page says so once, under Exam.
func (l *Library) NoExam(c Cert) bool {
	current, _, _ := c.Exam.Questions.On(l.Now())
	return len(current) > 0 && noFigure(current[0].Value) && !strings.HasPrefix(strings.ToLower(current[0].Value), "not")
}

// NoCourse reports a certification whose course is not required and whose
// course length says only that.
func (l *Library) NoCourse(c Cert) bool {
	g, ok := l.onlyGroup(c.CourseLength)
	return ok && strings.HasPrefix(strings.ToLower(g.Facts[0].Value), "no course")
}

// noFigure reports a value that states there is no figure ("not published",
// "none"), which needs no confirmation of an amount.
func noFigure(v string) bool {
	v = strings.ToLower(v)
	return strings.HasPrefix(v, "not published") || strings.HasPrefix(v, "none")
}

// ExamLines is the exam in one line per current version, labelled when
// there is more than one: "exam 6.0: 45 questions, 90 minutes, pass mark
// 80%". A certification without an exam has one line saying so.
func (l *Library) ExamLines(c Cert) []string {
	if l.NoExam(c) {
		current, _, _ := c.Exam.Questions.On(l.Now())
		return []string{briefGroup(current.Groups()[0], 0, "")}
	}
	q := l.QuestionCount(c)
	figs := []Figure{c.Exam.Questions, c.Exam.Minutes, c.Exam.PassMark}
	versions := l.examVersions(figs)
	var out []string
	for _, v := range versions {
		line := examLine(l.versionGroups(figs, v), q)
		if len(versions) > 1 {
			line = VersionLabel(v) + ": " + line
		}
		out = append(out, line)
	}
	return out
}

// examVersions lists the versions the current exam figures name, in the
// order first named; one unnamed version when none is.
func (l *Library) examVersions(figs []Figure) []string {
	var versions []string
	for _, f := range figs {
		cur, _, _ := f.On(l.Now())
		for _, g := range cur.Groups() {
			if g.Version != "" && !containsString(versions, g.Version) {
				versions = append(versions, g.Version)
			}
		}
	}
	if len(versions) == 0 {
		return []string{""}
	}
	return versions
}

// versionGroups is, for each figure, its current group for version v, else
// its group that names no version, else nil.
func (l *Library) versionGroups(figs []Figure, v string) []*Group {
	var groups []*Group
	for _, f := range figs {
		cur, _, _ := f.On(l.Now())
		var found, fallback *Group
		for _, g := range cur.Groups() {
			switch {
			case g.Version == v:
				found = &g
			case g.Version == "":
				fallback = &g
			}
		}
		if found == nil {
			found = fallback
		}
		groups = append(groups, found)
	}
	return groups
}

// examLine is one version's questions, minutes and pass mark (groups in that
// order); when no part is confirmed, the line starts "not confirmed: " so
// the hedge reads for every part, not only the last one.
func examLine(groups []*Group, q int) string {
	all := true
	for _, g := range groups {
		all = all && (g == nil || !g.Confirmation(q).Confirmed)
	}
	units := []string{"questions", "minutes", ""}
	var parts []string
	for i, g := range groups {
		text := examPart(g, q, units[i], all)
		if i == 2 {
			text = passMark(text)
		}
		parts = append(parts, text)
	}
	const nothing = "not known, not known, pass mark: not known"
	line := strings.Join(parts, ", ")
	if all && line != nothing {
		line = "not confirmed: " + line
	}
	return strings.ReplaceAll(line, nothing, "not known")
}

// examPart is one figure of an exam line; when the whole line is not
// confirmed (all), a single known value leaves the saying to the line.
func examPart(g *Group, q int, unit string, all bool) string {
	switch {
	case g == nil:
		return "not known"
	case all && len(g.Facts) > 0 && g.Facts[0].Known() && len(g.Distinct(q)) == 1:
		return WithUnit(g.Distinct(q)[0].Value, unit)
	default:
		return briefGroup(*g, q, unit)
	}
}

// passMark labels the pass mark: "pass mark 80%", but "pass mark: not
// published by PMI".
func passMark(text string) string {
	if text != "" && text[0] >= '0' && text[0] <= '9' {
		return "pass mark " + text
	}
	return "pass mark: " + text
}
