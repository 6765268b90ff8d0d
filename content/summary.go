package content

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"certpath/catalog"
)

// Cites collects the sources a document cites, in the order first cited.
type Cites struct {
	ids []string
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

// needsTrust lists the figures that a tier C source cannot carry alone: exam
// figures and money.
var needsTrust = map[string]bool{
	"exam.questions": true, "exam.minutes": true, "exam.pass_mark": true,
	"exam_fee": true, "retake_fee": true, "course_price": true, "renewal_fee": true,
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
	for _, f := range c.figures() {
		s.WriteString(l.figureMarkdown(figureLabel(f.name), f.name, f.fig, questions, cites))
	}
	s.WriteString("\n")
	s.WriteString(l.CostMarkdown(c, cites))
	s.WriteString(strings.TrimSpace(c.Body) + "\n\n")
	s.WriteString(l.nextSteps(c))
	s.WriteString(l.SourcesMarkdown(cites, c))
	return s.String()
}

func (l *Library) verifyNote(c Cert) string {
	// A paragraph, not a blockquote: Glamour wraps quotes past their margin.
	note := fmt.Sprintf("**Verify before you register.** Figures change. %s's page is the first entry under Sources.", c.Issuer)
	if c.OfficialNote != "" {
		note += " " + c.OfficialNote
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
		lines = append(lines, "no current value found: not confirmed")
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
// where it comes from; a real disagreement lists each value with its source
// and says which is the issuer's.
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
	if len(g.Facts) == 1 && g.Facts[0].Value == Unknown {
		return prefix + "not confirmed: " + g.Facts[0].Note
	}
	distinct := g.Distinct(questions)
	if len(distinct) == 1 {
		text := prefix + distinct[0].Value + " " + l.citeAll(g.Facts, cites)
		if needsTrust[name] && !l.anyTrusted(g.Facts) && !noFigure(distinct[0].Value) {
			text = prefix + "not confirmed; only a tier C source gives " + distinct[0].Value + " " + l.citeAll(g.Facts, cites)
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
				if src, ok := l.sources[x.Source]; ok && src.Issuer() {
					issuer = "the issuer's page gives " + d.Value
				}
			}
		}
		values = append(values, d.Value+" "+l.citeAll(same, cites))
	}
	return prefix + "sources disagree (" + issuer + "): " + strings.Join(values, " / ")
}

// citeAll is the citation of values that agree: each source's ID, tier and
// dates, and any note.
func (l *Library) citeAll(facts Figure, cites *Cites) string {
	var parts []string
	for _, x := range facts {
		if x.Source == "" {
			continue
		}
		cites.Add(x.Source)
		part := "[" + x.Source + "]"
		if src, ok := l.sources[x.Source]; ok {
			part += " " + src.TierLabel() + ", " + src.When()
		}
		if x.Confirmed != "" {
			// A check found the quote on the page that day (checked.yaml).
			part += ", confirmed on " + HumanDate(x.Confirmed)
		}
		if x.Note != "" {
			part += "; " + x.Note
		}
		parts = append(parts, part)
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

func (l *Library) anyTrusted(facts Figure) bool {
	for _, x := range facts {
		if src, ok := l.sources[x.Source]; ok && src.Trusted() {
			return true
		}
	}
	return false
}

func (l *Library) nextSteps(c Cert) string {
	var s strings.Builder
	if len(c.LeadsTo) > 0 || len(c.LeadsBeyond) > 0 {
		s.WriteString("## Leads to\n\n")
		for _, id := range c.LeadsTo {
			fmt.Fprintf(&s, "- %s\n", l.catalog.Name(id))
		}
		for _, t := range c.LeadsBeyond {
			fmt.Fprintf(&s, "- %s\n", t)
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
			fmt.Fprintf(&s, "- [%s] %s's nearest page for %s (none of its own was found). <%s>\n", c.ID, c.Issuer, c.Short, c.OfficialPage)
			continue
		}
		fmt.Fprintf(&s, "- [%s] %s's page for %s. <%s>\n", c.ID, c.Issuer, c.Short, c.OfficialPage)
	}
	ids := cites.IDs()
	for _, id := range ids {
		src := l.sources[id]
		fmt.Fprintf(&s, "- [%s] %s. %s; %s. <%s>\n", id, src.Title, capitalize(src.TierLabel()), src.When(), src.URL)
	}
	if len(pages)+len(ids) == 0 {
		s.WriteString("Nothing above cites a source.\n")
	}
	return s.String()
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

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
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
// each version and kind of person, or the disagreeing values.
func (l *Library) Brief(fig Figure, questions int) string {
	current, _, _ := fig.On(l.Now())
	var parts []string
	for _, g := range current.Groups() {
		prefix := ""
		if g.AppliesTo != "" {
			prefix = g.AppliesTo + " "
		}
		var vals []string
		for _, d := range g.Distinct(questions) {
			if d.Value == Unknown {
				vals = append(vals, "not confirmed")
				continue
			}
			vals = append(vals, d.Value)
		}
		part := prefix + strings.Join(vals, " or ")
		if len(vals) > 1 {
			part += " (sources disagree)"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "not confirmed"
	}
	return strings.Join(parts, "; ")
}

// Marked is a figure's current values, each with a short source marker,
// for the path's steps: "16 hours [S21]". The tier, date and checked day
// of each source are said once, under Sources. A money value that only
// tier C sources give is marked not confirmed.
func (l *Library) Marked(fig Figure, cites *Cites, money bool) string {
	current, _, _ := fig.On(l.Now())
	var parts []string
	for _, g := range current.Groups() {
		for _, d := range g.Distinct(0) {
			if d.Value == Unknown {
				parts = append(parts, "not confirmed")
				continue
			}
			var ids []string
			var same Figure
			for _, x := range g.Facts {
				if Normalize(x.Value, 0) == Normalize(d.Value, 0) && x.Source != "" {
					cites.Add(x.Source)
					same = append(same, x)
					if !slices.Contains(ids, "["+x.Source+"]") {
						ids = append(ids, "["+x.Source+"]")
					}
				}
			}
			prefix := ""
			if g.AppliesTo != "" {
				prefix = g.AppliesTo + " "
			}
			if money && !l.anyTrusted(same) && !noFigure(d.Value) {
				prefix += "not confirmed, only tier C gives "
			}
			parts = append(parts, fmt.Sprintf("%s%s %s", prefix, d.Value, strings.Join(ids, " ")))
		}
	}
	if len(parts) == 0 {
		return "not confirmed"
	}
	return strings.Join(parts, "; ")
}

// Compare writes two certifications side by side as a markdown table.
func (l *Library) Compare(a, b Cert) string {
	l.ensure()
	var s strings.Builder
	cites := &Cites{}
	fmt.Fprintf(&s, "# %s and %s side by side\n\n", a.Short, b.Short)
	fmt.Fprintf(&s, "| | %s | %s |\n|---|---|---|\n", a.Short, b.Short)
	row := func(label, x, y string) {
		fmt.Fprintf(&s, "| **%s** | %s | %s |\n", label, cell(x), cell(y))
	}
	row("Issuer", a.Issuer, b.Issuer)
	if first := l.WhichFirst(a, b); first != "" {
		row("Which first", first, "")
	}
	row("Primary outcome", a.Compare.Outcome, b.Compare.Outcome)
	row("Typical artifacts", a.Compare.Artifacts, b.Compare.Artifacts)
	row("Events it leans on", a.Compare.Events, b.Compare.Events)
	row("Course", l.Brief(a.CourseRequired, 0), l.Brief(b.CourseRequired, 0))
	row("Exam", l.examBrief(a), l.examBrief(b))
	row("Exam fee", l.Brief(a.ExamFee, 0), l.Brief(b.ExamFee, 0))
	row("Renewal", l.renewalBrief(a), l.renewalBrief(b))
	row("Three-year cost", l.Cost(a).Brief(), l.Cost(b).Brief())
	row("Next step", l.NextBrief(a), l.NextBrief(b))
	s.WriteString("\n")
	s.WriteString("Dates, tiers and sources for every figure are on each certification's own page.\n\n")
	fmt.Fprintf(&s, "**Verify before you register** on the issuers' pages, the first entries under Sources.\n\n")
	s.WriteString(l.SourcesMarkdown(cites, a, b))
	return s.String()
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
		for _, row := range [][2]string{
			{"Issuer", c.Issuer}, {"Primary outcome", c.Compare.Outcome}, {"Typical artifacts", c.Compare.Artifacts},
			{"Events it leans on", c.Compare.Events}, {"Course", l.Brief(c.CourseRequired, 0)}, {"Exam", l.examBrief(c)},
			{"Exam fee", l.Brief(c.ExamFee, 0)}, {"Renewal", l.renewalBrief(c)}, {"Three-year cost", l.Cost(c).Brief()},
			{"Next step", l.NextBrief(c)},
		} {
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

func (l *Library) examBrief(c Cert) string {
	q := l.questionCount(c)
	questions := l.Brief(c.Exam.Questions, q)
	if strings.HasPrefix(questions, "none") {
		return "no exam"
	}
	return fmt.Sprintf("%s questions, %s minutes, pass: %s", questions, l.Brief(c.Exam.Minutes, q), l.Brief(c.Exam.PassMark, q))
}

// renewalBrief is the renewal rule and its fee, without repeating "none".
func (l *Library) renewalBrief(c Cert) string {
	rule, fee := l.Brief(c.Renewal, 0), l.Brief(c.RenewalFee, 0)
	if c.RenewalYears == 0 || fee == "none" {
		return rule
	}
	return rule + "; fee " + fee
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
