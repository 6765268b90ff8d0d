package content

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"certpath/catalog"
	"certpath/words"
)

// Cites collects the sources a document cites, in the order first cited.
type Cites struct {
	ids []string
	// quoted is, per source, the last day a check found a cited value's
	// quote on its page (checked.yaml).
	quoted map[string]string
}

// found records that a check found a cited value's quote on the page on day.
func (c *Cites) found(id, day string) {
	if day == "" {
		return
	}
	if c.quoted == nil {
		c.quoted = map[string]string{}
	}
	if day > c.quoted[id] {
		c.quoted[id] = day
	}
}

// Add records a source ID.
func (c *Cites) Add(id string) {
	if id != "" && !containsString(c.ids, id) {
		c.ids = append(c.ids, id)
	}
}

// IDs lists the cited IDs, S2 before S10.
func (c *Cites) IDs() []string {
	out := append([]string(nil), c.ids...)
	sort.SliceStable(out, func(i, j int) bool { return sourceOrder(out[i]) < sourceOrder(out[j]) })
	return out
}

// figureLabel names each figure for people.
func figureLabel(name string) string {
	return map[string]string{
		"course_required": "Course required", "course_length": "Course length",
		"exam.questions": "Exam questions", "exam.minutes": "Exam minutes",
		"exam.pass_mark": "Pass mark", "exam.format": "Exam format",
		"exam_fee": "Exam fee", "retake_fee": "Retake fee", "course_price": "Course price",
		"renewal": "Renewal", "renewal_fee": "Renewal fee", "prerequisites": "Prerequisites",
	}[name]
}

// Summary writes a certification's page as markdown: facts from the front
// matter (the current value of each, labelled with its version, date of
// effect and source tier; earlier versions folded into one line; announced
// changes flagged), the three-year cost, the prose, then the sources.
func (l *Library) Summary(c Cert) string {
	l.ensure()
	var s strings.Builder
	cites := &Cites{}
	fmt.Fprintf(&s, "# %s\n\n", c.FullName())
	var roles []string
	for _, p := range c.Profiles {
		roles = append(roles, catalog.ProfileName(p))
	}
	fmt.Fprintf(&s, "**Issuer:** %s · **Fits:** %s\n\n", c.Issuer, strings.Join(roles, ", "))
	s.WriteString(l.verifyNote(c))
	s.WriteString("## Facts\n\n")
	questions := l.questionCount(c)
	noExam := l.noExam(c)
	for _, f := range c.figures() {
		label := figureLabel(f.name)
		if f.name == "course_length" && l.noCourse(c) {
			// "Course required: no" already says it; a length of no course
			// is not stated again.
			continue
		}
		if noExam && examFigure[f.name] {
			if f.name != "exam.questions" {
				continue
			}
			label = "Exam"
		}
		s.WriteString(l.figureMarkdown(label, f.name, f.fig, questions, cites))
	}
	s.WriteString("\n")
	s.WriteString(l.CostMarkdown(c, cites))
	s.WriteString(unwrap(strings.TrimSpace(c.Body)) + "\n\n")
	s.WriteString(l.nextSteps(c))
	for _, id := range textCites(c) {
		cites.Add(id)
	}
	s.WriteString(l.SourcesMarkdown(cites, c))
	return s.String()
}

func (l *Library) verifyNote(c Cert) string {
	// A paragraph, not a blockquote: Glamour wraps quotes past their margin.
	note := fmt.Sprintf("**Verify before you register.** Figures change. %s's page is the first entry under Sources.", c.Issuer)
	if c.OfficialNote != "" {
		note += " " + noteCiteRE.ReplaceAllString(c.OfficialNote, "[$1]")
	}
	return note + "\n\n"
}

// questionCount is the current exam's question count, for reading "36 of 45".
func (l *Library) questionCount(c Cert) int {
	current, _, _ := c.Exam.Questions.On(l.Now())
	for _, x := range current {
		if n := Count(x.Value); n > 0 {
			return n
		}
	}
	return 0
}

// figureMarkdown writes one fact as a list item: the value current today for
// each version and kind of person, with its sources; "sources disagree" only
// when current values for the same version really differ; earlier versions in
// one line; a change announced for the next six months flagged.
func (l *Library) figureMarkdown(label, name string, fig Figure, questions int, cites *Cites) string {
	now := l.Now()
	current, earlier, upcoming := fig.On(now)
	var lines []string
	groups := current.Groups()
	for _, g := range groups {
		lines = append(lines, l.groupText(g, name, questions, len(groups) > 1, cites))
	}
	if len(current) == 0 {
		lines = append(lines, "not known: no current value found")
	}
	var out string
	if len(lines) == 1 && len(earlier)+len(upcoming) == 0 {
		out = fmt.Sprintf("- **%s:** %s\n", label, lines[0])
	} else {
		out = fmt.Sprintf("- **%s:**\n", label)
		for _, line := range lines {
			out += "  - " + line + "\n"
		}
	}
	if len(upcoming) > 0 {
		for _, x := range upcoming {
			if start, err := time.Parse(time.DateOnly, x.EffectiveFrom); err == nil && start.Before(now.AddDate(0, 6, 0)) {
				cites.Add(x.Source)
				out += fmt.Sprintf("  - Changes on %s: %s%s [%s]\n", HumanDate(x.EffectiveFrom), x.Value, versionSuffix(x), x.Source)
			}
		}
	}
	if len(earlier) > 0 {
		var parts []string
		for _, x := range earlier {
			cites.Add(x.Source)
			when := ""
			if x.EffectiveUntil != "" {
				when = ", until " + HumanDate(x.EffectiveUntil)
			}
			parts = append(parts, fmt.Sprintf("%s%s%s [%s]", x.Value, versionSuffix(x), when, x.Source))
		}
		out += "  - Earlier versions: " + strings.Join(parts, "; ") + "\n"
	}
	return out
}

// versionSuffix is " (exam 6.0)" for a versioned value.
func versionSuffix(x Fact) string {
	if x.Version == "" {
		return ""
	}
	return " (" + versionLabel(x.Version) + ")"
}

var shortVersionRE = regexp.MustCompile(`^\d+(\.\w+)?$`)

// versionLabel reads "6.0" as "exam 6.0" and keeps worded versions.
func versionLabel(v string) string {
	if v == "not stated" {
		return "version not stated"
	}
	if shortVersionRE.MatchString(v) {
		return "exam " + v
	}
	return v
}

// groupText is one group of current values: what it applies to, the value,
// its citation markers, and content's decision when it is not confirmed; a
// real disagreement lists each value with its markers and says which is the
// issuer's.
func (l *Library) groupText(g Group, name string, questions int, named bool, cites *Cites) string {
	var head []string
	if named && g.AppliesTo != "" {
		head = append(head, g.AppliesTo)
	}
	if g.Version != "" {
		head = append(head, versionLabel(g.Version))
	}
	prefix := ""
	if len(head) > 0 {
		prefix = strings.Join(head, ", ") + ": "
	}
	if len(g.Facts) == 1 && !g.Facts[0].Known() {
		return prefix + "not known: " + noteCiteRE.ReplaceAllString(g.Facts[0].Note, "[$1]")
	}
	conf := g.Confirmation(questions)
	distinct := g.Distinct(questions)
	if len(distinct) == 1 {
		text := prefix + distinct[0].Value + " " + cites.Markers(g.Facts)
		var after []string
		if !conf.Confirmed {
			after = append(after, "not confirmed: "+conf.Why)
		}
		after = append(after, notes(g.Facts)...)
		if len(after) > 0 {
			text += " (" + strings.Join(after, "; ") + ")"
		}
		return text
	}
	issuer := "none of them is the issuer's"
	var values []string
	for _, d := range distinct {
		var same Figure
		for _, x := range g.Facts {
			if Normalize(x.Value, questions) == Normalize(d.Value, questions) {
				same = append(same, x)
				if strings.HasPrefix(x.tier, "A") {
					issuer = "the issuer's page gives " + d.Value
				}
			}
		}
		v := d.Value + " " + cites.Markers(same)
		if n := notes(same); len(n) > 0 {
			v += " (" + strings.Join(n, "; ") + ")"
		}
		values = append(values, v)
	}
	return prefix + "not confirmed: sources disagree (" + issuer + "): " + strings.Join(values, " / ")
}

// noteCiteRE finds "(S24)" in a note, which reads "[S24]" like every marker.
var noteCiteRE = regexp.MustCompile(`\((S\d+)\)`)

// notes lists the distinct notes of values, each once.
func notes(facts Figure) []string {
	var out []string
	for _, x := range facts {
		if n := noteCiteRE.ReplaceAllString(x.Note, "[$1]"); n != "" && !containsString(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// Markers records the sources of values and returns their short citation
// marker, "[S31]" or "[S20, S21]"; tier, date and checked day are listed
// once under Sources.
func (c *Cites) Markers(facts Figure) string {
	var ids []string
	for _, x := range facts {
		if x.Source == "" || containsString(ids, x.Source) {
			continue
		}
		c.Add(x.Source)
		c.found(x.Source, x.Confirmed)
		ids = append(ids, x.Source)
	}
	if len(ids) == 0 {
		return ""
	}
	return "[" + strings.Join(ids, ", ") + "]"
}

func (l *Library) nextSteps(c Cert) string {
	var s strings.Builder
	if len(c.LeadsTo) > 0 || len(c.LeadsBeyond) > 0 {
		s.WriteString("## Leads to\n\n")
		for _, id := range c.LeadsTo {
			fmt.Fprintf(&s, "- %s\n", l.catalog.Name(id))
		}
		for _, t := range c.LeadsBeyond {
			fmt.Fprintf(&s, "- %s\n", noteCiteRE.ReplaceAllString(t, "[$1]"))
		}
		s.WriteString("\n")
	}
	if len(c.Neighbours) > 0 {
		fmt.Fprintf(&s, "**Nearest neighbours:** %s\n\n", l.certNames(c.Neighbours))
	}
	return s.String()
}

// SourcesMarkdown lists the cited sources, each with its tier, the page's
// date, the day it was checked and its address, after the official pages of
// the certifications named. Each address stands alone at the end of its line
// so renderers can keep it whole.
func (l *Library) SourcesMarkdown(cites *Cites, pages ...Cert) string {
	var s strings.Builder
	s.WriteString("## Sources\n\n")
	for _, c := range pages {
		if c.OfficialNote != "" {
			// Not the certification's own page: say so where it is listed.
			fmt.Fprintf(&s, "- [%s] %s's nearest page (none of its own was found). <%s>\n", c.Short, c.Issuer, c.OfficialPage)
			continue
		}
		fmt.Fprintf(&s, "- [%s] %s's own page%s. <%s>\n", c.Short, c.Issuer, l.alsoCovers(c), c.OfficialPage)
	}
	ids := cites.IDs()
	for _, id := range ids {
		src := l.sources[id]
		when := src.When()
		if day := cites.quoted[id]; day != "" {
			when += "; quoted words found on it " + HumanDate(day)
		}
		fmt.Fprintf(&s, "- [%s] %s %s; %s. <%s>\n", id, sentence(src.Title), words.Capitalize(src.TierLabel()), when, src.URL)
	}
	if len(pages)+len(ids) == 0 {
		s.WriteString("Nothing above cites a source.\n")
	}
	return s.String()
}

// alsoCovers names the other certifications whose own page c's official page
// is too, " (it covers A-CSPO too)", so one page reads alike under each.
func (l *Library) alsoCovers(c Cert) string {
	var others []string
	for _, o := range l.Certs() {
		if o.ID != c.ID && o.OfficialPage == c.OfficialPage && o.OfficialNote == "" {
			others = append(others, o.Short)
		}
	}
	if len(others) == 0 {
		return ""
	}
	return " (it covers " + strings.Join(others, ", ") + " too)"
}

// Sources returns the listed sources by ID, for JSON output.
func (l *Library) Sources(ids []string) []CitedSource {
	out := []CitedSource{}
	for _, id := range ids {
		if src, ok := l.Source(id); ok {
			out = append(out, CitedSource{ID: id, Source: src})
		}
	}
	return out
}

// CitedSource is a source with its ID, as JSON shows it.
type CitedSource struct {
	ID string `json:"id"`
	Source
}

// sentence ends a title with a full stop unless it ends with its own.
func sentence(s string) string {
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// sourceOrder sorts S2 before S10, and named sources after numbered ones.
func sourceOrder(id string) int {
	n := 0
	if _, err := fmt.Sscanf(id, "S%d", &n); err != nil {
		return 1 << 20
	}
	return n
}

// Brief sums a figure up in a few words for tables: the current value of
// each version and kind of person, labelled, each followed by "(not
// confirmed)" where content's decision says so.
func (l *Library) Brief(fig Figure, questions int) string {
	current, _, _ := fig.On(l.Now())
	groups := current.Groups()
	var parts []string
	for _, g := range groups {
		var head []string
		if g.AppliesTo != "" {
			head = append(head, g.AppliesTo)
		}
		if g.Version != "" && len(groups) > 1 {
			head = append(head, versionLabel(g.Version))
		}
		prefix := ""
		if len(head) > 0 {
			prefix = strings.Join(head, ", ") + ": "
		}
		parts = append(parts, prefix+briefGroup(g, questions, ""))
	}
	if len(parts) == 0 {
		return "not known"
	}
	return strings.Join(parts, "; ")
}

// briefGroup is one group's value in a few words, with unit after its
// leading count when the value does not name it, and the decision.
func briefGroup(g Group, questions int, unit string) string {
	if len(g.Facts) == 1 && !g.Facts[0].Known() {
		return "not known"
	}
	var vals []string
	for _, d := range g.Distinct(questions) {
		vals = append(vals, withUnit(d.Value, unit))
	}
	text := strings.Join(vals, " or ")
	if c := g.Confirmation(questions); !c.Confirmed {
		if c.Why == WhyDisagree {
			return text + " (not confirmed: sources disagree)"
		}
		return text + " (not confirmed)"
	}
	return text
}

var leadCountRE = regexp.MustCompile(`^(?:about\s+)?\d+`)

// withUnit puts unit after a value's leading count unless the value names
// it: "90" and "minutes" read "90 minutes", "24 essay questions" stays.
func withUnit(v, unit string) string {
	if unit == "" || regexp.MustCompile(`\b`+unit+`\b`).MatchString(strings.ToLower(v)) {
		return v
	}
	loc := leadCountRE.FindStringIndex(v)
	if loc == nil {
		return v
	}
	return v[:loc[1]] + " " + unit + v[loc[1]:]
}

// Marked is a figure's current values, each with a short source marker,
// for the path's steps: "16 hours [S21]", and "(not confirmed: ...)" after a
// value content does not confirm, whatever kind of figure it is. The tier,
// date and checked day of each source are said once, under Sources. money is
// kept for callers; every figure is decided the same way.
func (l *Library) Marked(fig Figure, cites *Cites, money bool) string {
	_ = money
	current, _, _ := fig.On(l.Now())
	var parts []string
	for _, g := range current.Groups() {
		conf := g.Confirmation(0)
		for _, d := range g.Distinct(0) {
			if !d.Known() {
				parts = append(parts, "not known")
				continue
			}
			var ids []string
			for _, x := range g.Facts {
				if Normalize(x.Value, 0) == Normalize(d.Value, 0) && x.Source != "" {
					cites.Add(x.Source)
					if !slices.Contains(ids, "["+x.Source+"]") {
						ids = append(ids, "["+x.Source+"]")
					}
				}
			}
			prefix := ""
			if g.AppliesTo != "" {
				prefix = g.AppliesTo + " "
			}
			text := fmt.Sprintf("%s%s %s", prefix, d.Value, strings.Join(ids, " "))
			if !conf.Confirmed {
				text += " (not confirmed: " + conf.Why + ")"
			}
			parts = append(parts, text)
		}
	}
	if len(parts) == 0 {
		return "not known"
	}
	return strings.Join(parts, "; ")
}

// examFigure names the figures that only exist where there is an exam.
var examFigure = map[string]bool{
	"exam.questions": true, "exam.minutes": true, "exam.pass_mark": true, "exam.format": true,
	"exam_fee": true, "retake_fee": true,
}

// noExam reports a certification earned without an exam: its question
// count says "none". Its page says so once, under Exam.
func (l *Library) noExam(c Cert) bool {
	current, _, _ := c.Exam.Questions.On(l.Now())
	return len(current) > 0 && noFigure(current[0].Value) && !strings.HasPrefix(strings.ToLower(current[0].Value), "not")
}

// noCourse reports a certification whose course is not required and whose
// course length says only that.
func (l *Library) noCourse(c Cert) bool {
	g, ok := l.onlyGroup(c.CourseLength)
	return ok && strings.HasPrefix(strings.ToLower(g.Facts[0].Value), "no course")
}

// ExamLines is the exam in one line per current version, labelled when
// there is more than one: "exam 6.0: 45 questions, 90 minutes, pass mark
// 80%". A certification without an exam has one line saying so.
func (l *Library) ExamLines(c Cert) []string {
	if l.noExam(c) {
		current, _, _ := c.Exam.Questions.On(l.Now())
		return []string{briefGroup(current.Groups()[0], 0, "")}
	}
	q := l.questionCount(c)
	var versions []string
	figs := []Figure{c.Exam.Questions, c.Exam.Minutes, c.Exam.PassMark}
	for _, f := range figs {
		cur, _, _ := f.On(l.Now())
		for _, g := range cur.Groups() {
			if g.Version != "" && !containsString(versions, g.Version) {
				versions = append(versions, g.Version)
			}
		}
	}
	if len(versions) == 0 {
		versions = []string{""}
	}
	var out []string
	for _, v := range versions {
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
		// One "(not confirmed)" for the line when no part is confirmed.
		all := true
		for _, g := range groups {
			all = all && (g == nil || !g.Confirmation(q).Confirmed)
		}
		units := []string{"questions", "minutes", ""}
		var parts []string
		for i, g := range groups {
			text := "not known"
			switch {
			case g == nil:
			case all && len(g.Facts) > 0 && g.Facts[0].Known() && len(g.Distinct(q)) == 1:
				text = withUnit(g.Distinct(q)[0].Value, units[i])
			default:
				text = briefGroup(*g, q, units[i])
			}
			if i == 2 {
				// "pass mark 80%", but "pass mark: not published by PMI".
				sep := ": "
				if text != "" && text[0] >= '0' && text[0] <= '9' {
					sep = " "
				}
				text = "pass mark" + sep + text
			}
			parts = append(parts, text)
		}
		line := strings.Join(parts, ", ")
		if all && line != "not known, not known, pass mark: not known" && !strings.HasSuffix(line, "(not confirmed)") {
			line += " (not confirmed)"
		}
		line = strings.ReplaceAll(line, "not known, not known, pass mark: not known", "not known")
		if len(versions) > 1 {
			line = versionLabel(v) + ": " + line
		}
		out = append(out, line)
	}
	return out
}

// compareRows are the rows of the comparison for one certification: a label
// and one or more lines (one per exam version).
func (l *Library) compareRows(c Cert) [][2]string {
	rows := [][2]string{
		{"Issuer", c.Issuer}, {"Primary outcome", c.Compare.Outcome}, {"Typical artifacts", c.Compare.Artifacts},
		{"Events it leans on", c.Compare.Events}, {"Course", l.Brief(c.CourseRequired, 0)},
	}
	for _, line := range l.ExamLines(c) {
		rows = append(rows, [2]string{"Exam", line})
	}
	if !l.noExam(c) {
		rows = append(rows, [2]string{"Exam fee", l.Brief(c.ExamFee, 0)})
	}
	return append(rows, [2]string{"Renewal", l.renewalBrief(c)}, [2]string{"Three-year cost", l.Cost(c).Brief()},
		[2]string{"Next step", l.NextBrief(c)})
}

// Compare writes two certifications side by side as a markdown table, with
// which to take first above it, across the whole width.
func (l *Library) Compare(a, b Cert) string {
	l.ensure()
	var s strings.Builder
	cites := &Cites{}
	fmt.Fprintf(&s, "# %s and %s side by side\n\n", a.Short, b.Short)
	if first := l.WhichFirst(a, b); first != "" {
		fmt.Fprintf(&s, "**Which first:** %s\n\n", first)
	}
	fmt.Fprintf(&s, "| | %s | %s |\n|---|---|---|\n", a.Short, b.Short)
	ra, rb := l.compareRows(a), l.compareRows(b)
	labels := rowLabels(ra, rb)
	for _, label := range labels {
		xa, xb := linesOf(ra, label), linesOf(rb, label)
		for i := 0; i < max(len(xa), len(xb)); i++ {
			shown := "**" + label + "**"
			if i > 0 {
				shown = ""
			}
			fmt.Fprintf(&s, "| %s | %s | %s |\n", shown, cell(at(xa, i)), cell(at(xb, i)))
		}
	}
	s.WriteString("\n")
	s.WriteString("Dates, tiers and sources for every figure are on each certification's own page.\n\n")
	fmt.Fprintf(&s, "**Verify before you register** on the issuers' pages, the first entries under Sources.\n\n")
	s.WriteString(l.SourcesMarkdown(cites, a, b))
	return s.String()
}

// rowLabels lists the row labels of two certifications in order.
func rowLabels(a, b [][2]string) []string {
	var out []string
	for _, r := range append(append([][2]string{}, a...), b...) {
		if !containsString(out, r[0]) {
			out = append(out, r[0])
		}
	}
	return out
}

func linesOf(rows [][2]string, label string) []string {
	var out []string
	for _, r := range rows {
		if r[0] == label {
			out = append(out, r[1])
		}
	}
	return out
}

func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}

// CompareStacked is the comparison for a narrow window: one certification
// after the other instead of two columns, so no word is broken.
func (l *Library) CompareStacked(a, b Cert) string {
	l.ensure()
	var s strings.Builder
	cites := &Cites{}
	fmt.Fprintf(&s, "# %s and %s, one after the other\n\n", a.Short, b.Short)
	if first := l.WhichFirst(a, b); first != "" {
		fmt.Fprintf(&s, "**Which first:** %s\n\n", first)
	}
	for _, c := range []Cert{a, b} {
		fmt.Fprintf(&s, "## %s\n\n", c.Short)
		for _, row := range l.compareRows(c) {
			fmt.Fprintf(&s, "- **%s:** %s\n", row[0], row[1])
		}
		s.WriteString("\n")
	}
	s.WriteString("Dates, tiers and sources for every figure are on each certification's own page.\n\n")
	s.WriteString(l.SourcesMarkdown(cites, a, b))
	return s.String()
}

// WhichFirst says which of two certifications to take first, when either's
// front matter says so.
func (l *Library) WhichFirst(a, b Cert) string {
	if t := a.WhichFirst[b.ID]; t != "" {
		return t
	}
	return b.WhichFirst[a.ID]
}

// renewalBrief is the renewal rule and its fee, without repeating "none".
func (l *Library) renewalBrief(c Cert) string {
	rule, fee := l.Brief(c.Renewal, 0), l.Brief(c.RenewalFee, 0)
	if c.RenewalYears == 0 {
		return rule
	}
	return rule + "; fee: " + fee
}

// NextBrief names where a certification leads, in a few words.
func (l *Library) NextBrief(c Cert) string {
	var names []string
	for _, id := range c.LeadsTo {
		names = append(names, l.catalog.Name(id))
	}
	if len(names) == 0 && len(c.LeadsBeyond) > 0 {
		return c.LeadsBeyond[0]
	}
	if len(names) == 0 {
		return "none found"
	}
	return strings.Join(names, ", ")
}

// cell keeps a value from breaking the table's row syntax.
func cell(s string) string { return strings.ReplaceAll(s, "|", "/") }

// certNames lists certifications by name, separated by semicolons (names
// contain commas).
func (l *Library) certNames(ids []catalog.CertID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = l.catalog.Name(id)
	}
	return strings.Join(names, "; ")
}

// noFigure reports a value that states there is no figure ("not published",
// "none"), which needs no confirmation of an amount.
func noFigure(v string) bool {
	v = strings.ToLower(v)
	return strings.HasPrefix(v, "not published") || strings.HasPrefix(v, "none")
}

// unwrap joins the lines of each paragraph and list item of markdown text,
// so a renderer wraps whole sentences to its own width instead of keeping
// the source file's line breaks.
func unwrap(md string) string {
	lines := strings.Split(md, "\n")
	var out []string
	for _, line := range lines {
		t := strings.TrimSpace(line)
		startsBlock := t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") ||
			strings.HasPrefix(t, "|") || strings.HasPrefix(t, ">") || orderedRE.MatchString(t)
		if len(out) > 0 && !startsBlock {
			prev := strings.TrimSpace(out[len(out)-1])
			if prev != "" && !strings.HasPrefix(prev, "#") && !strings.HasPrefix(prev, "|") {
				out[len(out)-1] += " " + t
				continue
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

var orderedRE = regexp.MustCompile(`^\d+\. `)
