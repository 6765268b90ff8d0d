// Package page writes the markdown pages certpath shows from the library's
// facts: a certification's summary, and two certifications side by side.
// content loads, validates and hands out the facts; this package only
// arranges them into pages.
package page

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"certpath/catalog"
	"certpath/content"
)

// Summary writes a certification's page as markdown: first the
// certification at a glance (what it is, who it is for, course, exam,
// three-year cost and renewal, one line each, current version only, Mark on
// what is not confirmed), then the facts (the current value of each with
// its sources and hedges; earlier versions folded into one line; announced
// changes flagged), the prose, then the sources, with each one's tier and
// date.
func Summary(l *content.Library, c content.Cert) string {
	l.Preload()
	var s strings.Builder
	cites := &content.Cites{}
	fmt.Fprintf(&s, "# %s\n\n", c.FullName())
	var roles []string
	for _, p := range c.Profiles {
		roles = append(roles, catalog.ProfileName(p))
	}
	fmt.Fprintf(&s, "**Issuer:** %s · **Fits:** %s\n\n", c.Issuer, strings.Join(roles, ", "))
	s.WriteString(glanceMarkdown(l, c))
	s.WriteString(verifyNote(c))
	s.WriteString("## Facts\n\n")
	questions := l.QuestionCount(c)
	noExam := l.NoExam(c)
	said := reasons{}
	past := &history{}
	for _, f := range c.Figures() {
		label := content.FigureLabel(f.Name)
		if f.Name == "course_length" && l.NoCourse(c) {
			// "Course required: no" already says it; a length of no course
			// is not stated again.
			continue
		}
		if noExam && examFigure[f.Name] {
			if f.Name != "exam.questions" {
				continue
			}
			label = "Exam"
		}
		s.WriteString(figureMarkdown(l.Now(), label, f, questions, cites, said))
		_, earlier, _ := f.Figure.On(l.Now())
		for _, x := range earlier {
			past.add(f.Name, x)
		}
	}
	s.WriteString(past.markdown(cites, said))
	s.WriteString("\n")
	s.WriteString(unwrap(strings.TrimSpace(c.Body)) + "\n\n")
	s.WriteString(nextSteps(l.Catalog(), c))
	for _, id := range c.TextCites() {
		cites.Add(id)
	}
	s.WriteString(l.SourcesMarkdown(cites, c))
	return s.String()
}

// glanceMarkdown is a certification at a glance: one list item a row, then
// the legend of the mark when a row uses it.
func glanceMarkdown(l *content.Library, c content.Cert) string {
	var b strings.Builder
	rows, marked := l.Glance(c)
	for _, r := range rows {
		fmt.Fprintf(&b, "- **%s:** %s\n", r.Title(), r.Text)
	}
	b.WriteString("\n")
	if marked {
		b.WriteString(content.MarkLegend + "\n\n")
	}
	return b.String()
}

// examFigure names the figures that only exist where there is an exam.
var examFigure = map[string]bool{
	"exam.questions": true, "exam.minutes": true, "exam.pass_mark": true, "exam.format": true,
	"exam_fee": true, "retake_fee": true,
}

func verifyNote(c content.Cert) string {
	// A paragraph, not a blockquote: Glamour wraps quotes past their margin.
	note := fmt.Sprintf("**Verify before you register** on %s's page, first under Sources: figures change.", c.Issuer)
	if c.OfficialNote != "" {
		note += " " + content.MarkCites(c.OfficialNote)
	}
	return note + "\n\n"
}

// figureMarkdown writes one fact as a list item: the value current today for
// each version and kind of person, with its sources; "sources disagree" only
// when current values for the same version really differ; a change
// announced for the next six months flagged. Earlier values are the page's
// history, one line a version (history). Money is said in the price's
// words.
func figureMarkdown(now time.Time, label string, f content.NamedFigure, questions int, cites *content.Cites, said reasons) string {
	current, _, upcoming := f.Figure.On(now)
	var lines []string
	groups := current.Groups()
	if line, ok := sameInEveryVersion(groups, questions, cites); ok {
		groups, lines = nil, []string{line}
	}
	for _, g := range groups {
		if content.IsMoney(f.Name) {
			lines = append(lines, groupPrefix(g, len(groups) > 1)+said.price(content.PriceOf(g).MarkedLine(cites)))
			continue
		}
		lines = append(lines, groupText(g, questions, len(groups) > 1, cites, said))
	}
	if len(current) == 0 {
		lines = append(lines, "current value not found")
	}
	var soon []string
	for _, x := range upcoming {
		if start, err := time.Parse(time.DateOnly, x.EffectiveFrom); err == nil && start.Before(now.AddDate(0, 6, 0)) {
			cites.Add(x.Source)
			soon = append(soon, fmt.Sprintf("Changes on %s: %s%s [%s]%s", content.HumanDate(x.EffectiveFrom), x.Value, versionSuffix(x), x.Source, said.hedge(x)))
		}
	}
	if len(lines) == 1 && len(soon) == 0 {
		return fmt.Sprintf("- **%s:** %s\n", label, lines[0])
	}
	out := fmt.Sprintf("- **%s:**\n", label)
	for _, line := range append(lines, soon...) {
		out += "  - " + line + "\n"
	}
	return out
}

// sameInEveryVersion is one line for a figure whose current versions all
// give the same confirmed value, each with its own sources: "45 (exam 6.0
// [S4]; AI-Empowered [S8])", the value said once. ok is false when the
// versions differ, a value is not confirmed or carries a note, or the
// values are for different people.
func sameInEveryVersion(groups []content.Group, questions int, cites *content.Cites) (line string, ok bool) {
	if len(groups) < 2 {
		return "", false
	}
	var where []string
	for _, g := range groups {
		d := g.Distinct(questions)
		if g.Version == "" || g.AppliesTo != groups[0].AppliesTo || len(d) != 1 || !d[0].Known() ||
			content.Normalize(d[0].Value, questions) != content.Normalize(groups[0].Facts[0].Value, questions) ||
			!g.Confirmation(questions).Confirmed || len(g.Facts.Notes()) > 0 {
			return "", false
		}
	}
	for _, g := range groups {
		where = append(where, content.VersionLabel(g.Version)+" "+cites.Markers(g.Facts))
	}
	return groups[0].Facts[0].Value + " (" + strings.Join(where, "; ") + ")", true
}

// history is a page's earlier values gathered by version: one line for
// each earlier version (and end date) carrying all of its figures, so a
// version's exam reads whole and no figure repeats "earlier versions".
type history struct {
	titles []string
	parts  map[string][]pastValue
}

// pastValue is one earlier value and the figure it is a value of.
type pastValue struct {
	name string
	fact content.Fact
}

func (h *history) add(name string, x content.Fact) {
	title := content.EarlierTitle(x.Version, x.EffectiveUntil)
	if h.parts == nil {
		h.parts = map[string][]pastValue{}
	}
	if _, ok := h.parts[title]; !ok {
		h.titles = append(h.titles, title)
	}
	h.parts[title] = append(h.parts[title], pastValue{name, x})
}

// markdown is one list item for each earlier version: "Earlier, exam 5.1:
// 45 questions, 90 minutes, pass mark 73% (33 of 45) [S5]". Values from one
// source, confirmed alike, share one marker; a value content does not
// confirm carries the mark, and its reason once on the page.
func (h *history) markdown(cites *content.Cites, said reasons) string {
	var out strings.Builder
	for _, title := range h.titles {
		var runs []string
		var run []string
		vals := h.parts[title]
		for i, v := range vals {
			run = append(run, pastText(v.name, v.fact.Value))
			if i+1 < len(vals) && sameStanding(v.fact, vals[i+1].fact) {
				continue
			}
			text := joinPast(run)
			if v.fact.Source != "" {
				cites.Add(v.fact.Source)
				text += " [" + v.fact.Source + "]"
			}
			runs = append(runs, text+said.hedge(v.fact))
			run = nil
		}
		fmt.Fprintf(&out, "- **%s:** %s\n", title, strings.Join(runs, "; "))
	}
	return out.String()
}

// joinPast joins earlier values: "45 questions, 90 minutes", but "; "
// beside a labelled value ("exam format: closed book, timed"), whose own
// commas would run into the list's.
func joinPast(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			sep := ", "
			if strings.Contains(p, ": ") || strings.Contains(parts[i-1], ": ") {
				sep = "; "
			}
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

// sameStanding reports two earlier values from one source that content
// confirms, or does not, for the same reason: one marker says it for both.
func sameStanding(a, b content.Fact) bool {
	ca, cb := a.Confirmation(), b.Confirmation()
	return a.Source == b.Source && ca.Confirmed == cb.Confirmed && ca.Why == cb.Why
}

// pastText is an earlier value with what it is: "45 questions", "pass mark
// 73%", "retake fee $50", "exam format: closed book".
func pastText(name, value string) string {
	unit := map[string]string{"exam.questions": "questions", "exam.minutes": "minutes"}[name]
	if unit != "" && (content.Count(value) > 0 || strings.Contains(value, unit[:len(unit)-1])) {
		return content.WithUnit(value, unit)
	}
	label := strings.ToLower(content.FigureLabel(name))
	if value != "" && (value[0] == '$' || value[0] >= '0' && value[0] <= '9') {
		return label + " " + value
	}
	return label + ": " + value
}

// reasons are the reasons a page has given for not confirming a figure: a
// page says each once, and later figures with the same reason carry only
// the mark, whose legend sends the reader to the reasons under Facts.
type reasons map[string]bool

// unsaid is the parts of a reason ("a; b") the page has not given yet,
// marking them given.
func (r reasons) unsaid(why string) []string {
	var out []string
	for _, part := range strings.Split(why, "; ") {
		if part != "" && !r[part] {
			r[part] = true
			out = append(out, part)
		}
	}
	return out
}

// price drops from a price's line, "$50 [S3]† (why)", the parts of its
// reason the page has given already; "tier C" stays, so each price says
// its tier.
func (r reasons) price(line string) string {
	i := strings.LastIndex(line, content.Mark+" (")
	if i < 0 || !strings.HasSuffix(line, ")") {
		return line
	}
	head := line[:i+len(content.Mark)]
	var keep []string
	for _, part := range strings.Split(line[len(head)+2:len(line)-1], "; ") {
		if part == "tier C" || !r[part] {
			r[part] = true
			keep = append(keep, part)
		}
	}
	if len(keep) == 0 {
		return head
	}
	return head + " (" + strings.Join(keep, "; ") + ")"
}

// once is " (why)" with the parts of a reason the page has not given yet,
// "" when it has given them all.
func (r reasons) once(why string) string {
	if parts := r.unsaid(why); len(parts) > 0 {
		return " (" + strings.Join(parts, "; ") + ")"
	}
	return ""
}

// hedge is "† (why)" after an earlier or announced value content does not
// confirm on its own (a tier C source), as current values say it: the
// glance's mark, whose legend says "not confirmed"; nothing for a confirmed
// one.
func (r reasons) hedge(x content.Fact) string {
	if c := x.Confirmation(); x.Known() && !c.Confirmed {
		return content.Mark + r.once(c.Why)
	}
	return ""
}

// versionSuffix is " (exam 6.0)" for a versioned value.
func versionSuffix(x content.Fact) string {
	if x.Version == "" {
		return ""
	}
	return " (" + content.VersionLabel(x.Version) + ")"
}

// groupText is one group of current values: what it applies to, the value,
// its citation markers, and content's decision when it is not confirmed; a
// real disagreement lists each value with its markers and says which is the
// issuer's.
func groupText(g content.Group, questions int, named bool, cites *content.Cites, said reasons) string {
	prefix := groupPrefix(g, named)
	if len(g.Facts) == 1 && !g.Facts[0].Known() {
		return prefix + notKnown(g.Facts[0].Note)
	}
	conf := g.Confirmation(questions)
	distinct := g.Distinct(questions)
	if len(distinct) == 1 {
		text := prefix + distinct[0].Value + " " + cites.Markers(g.Facts)
		var after []string
		if !conf.Confirmed {
			text += content.Mark
			after = append(after, said.unsaid(conf.Why)...)
		}
		after = append(after, said.unsaid(strings.Join(g.Facts.Notes(), "; "))...)
		if len(after) > 0 {
			text += " (" + strings.Join(after, "; ") + ")"
		}
		return text
	}
	issuer := "none of them is the issuer's"
	var values []string
	for _, d := range distinct {
		var same content.Figure
		for _, x := range g.Facts {
			if content.Normalize(x.Value, questions) == content.Normalize(d.Value, questions) {
				same = append(same, x)
				if strings.HasPrefix(x.Tier(), "A") {
					issuer = "the issuer's page gives " + d.Value
				}
			}
		}
		v := d.Value + " " + cites.Markers(same)
		if n := same.Notes(); len(n) > 0 {
			v += " (" + strings.Join(n, "; ") + ")"
		}
		values = append(values, v)
	}
	return prefix + "not confirmed: sources disagree (" + issuer + "): " + strings.Join(values, " / ")
}

// notKnown is a value nobody found, with its note: "not known: the page
// does not give it". A value not known is not confirmed by its nature, so a
// note that starts by saying so ("not confirmed: ...") does not say it
// again.
func notKnown(note string) string {
	note = strings.TrimSpace(note)
	if rest, ok := strings.CutPrefix(note, "not confirmed"); ok && (rest == "" || strings.HasPrefix(rest, ":")) {
		note = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	}
	if note == "" {
		return "not known"
	}
	return "not known: " + content.MarkCites(note)
}

// groupPrefix names a group of current values before them: who they are
// for (when the figure has more than one kind of person) and the version,
// "non-members, exam 6.0: ".
func groupPrefix(g content.Group, named bool) string {
	var head []string
	if named && g.AppliesTo != "" {
		head = append(head, g.AppliesTo)
	}
	if g.Version != "" {
		head = append(head, content.VersionLabel(g.Version))
	}
	if len(head) == 0 {
		return ""
	}
	return strings.Join(head, ", ") + ": "
}

func nextSteps(cat catalog.Catalog, c content.Cert) string {
	var s strings.Builder
	if len(c.LeadsTo) > 0 || len(c.LeadsBeyond) > 0 {
		s.WriteString("## Leads to\n\n")
		for _, id := range c.LeadsTo {
			fmt.Fprintf(&s, "- %s\n", cat.Name(id))
		}
		for _, t := range c.LeadsBeyond {
			fmt.Fprintf(&s, "- %s\n", content.MarkCites(t))
		}
		s.WriteString("\n")
	}
	if len(c.Neighbours) > 0 && !strings.Contains(c.Body, "## Compared with its neighbours") {
		// The prose's comparison names them already.
		fmt.Fprintf(&s, "**Nearest neighbours:** %s\n\n", certNames(cat, c.Neighbours))
	}
	return s.String()
}

// certNames lists certifications by name, separated by semicolons (names
// contain commas).
func certNames(cat catalog.Catalog, ids []catalog.CertID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.Name(id)
	}
	return strings.Join(names, "; ")
}

// unwrap joins the lines of each paragraph and list item of markdown text,
// so a renderer wraps whole sentences to its own width instead of keeping
// the source file's line breaks. The text is written once into one buffer:
// joining each line onto a growing string copied the paragraph again for
// every line, and a body of 520,000 short lines took 86 s.
func unwrap(md string) string {
	var b strings.Builder
	b.Grow(len(md))
	// joins says the line written last takes the lines that follow: it
	// holds text and is not a heading or a table row. Only the first line
	// of a joined run decides, since joining adds at its end.
	joins := false
	for i, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		startsBlock := t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") ||
			strings.HasPrefix(t, "|") || strings.HasPrefix(t, ">") || orderedRE.MatchString(t)
		if joins && !startsBlock {
			b.WriteString(" ")
			b.WriteString(t)
			continue
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(line)
		joins = t != "" && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "|")
	}
	return b.String()
}

var orderedRE = regexp.MustCompile(`^\d+\. `)
