package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"certpath/catalog"
)

// Confirmation is content's one decision on whether a figure can be read as
// fact. Every view (certs show, compare, the quiz result, the screens, JSON)
// renders it; none decides it again.
type Confirmation struct {
	// Confirmed is true when a tier A or B source about this certification
	// gives the value and no current value for the same version and people
	// disagrees with it.
	Confirmed bool `json:"confirmed"`
	// Why says, when it is not confirmed, why not, in a few words that read
	// after "not confirmed: " ("only a tier C source gives it").
	Why string `json:"why,omitempty"`
}

// Reasons a value is not confirmed.
const (
	WhyUnknown   = "nothing found"
	WhyTierC     = "only a tier C source gives it"
	WhyTierCMany = "only tier C sources give it"
	WhyDisagree  = "sources disagree"
	WhyNoSource  = "no source is cited"
)

// Known reports whether the value is a finding rather than "unknown".
func (f Fact) Known() bool { return f.Value != Unknown }

// Confirmation decides one value on its own: an unknown value is not
// confirmed; a value is confirmed when its source is tier A or B, is about
// this certification, not the nearest one found, and content does not say
// it is not confirmed (not_confirmed).
func (f Fact) Confirmation() Confirmation {
	switch {
	case !f.Known():
		return Confirmation{Why: WhyUnknown}
	case f.Source == "" || f.tier == "":
		return Confirmation{Why: WhyNoSource}
	case f.tier == "C":
		return Confirmation{Why: WhyTierC}
	case f.Nearest != "":
		return Confirmation{Why: "from " + f.Nearest + ", the nearest page found"}
	case f.NotConfirmed != "":
		return Confirmation{Why: MarkCites(f.NotConfirmed)}
	}
	return Confirmation{Confirmed: true}
}

// Tier is the tier of the value's source ("" for an unknown value).
func (f Fact) Tier() string { return f.tier }

// Confirmation decides a group of current values that must agree: confirmed
// when they agree and one of them is confirmed on its own.
func (g Group) Confirmation(questions int) Confirmation {
	distinct := g.Distinct(questions)
	if len(distinct) > 1 {
		return Confirmation{Why: WhyDisagree}
	}
	var first Confirmation
	tierC := 0
	for i, x := range g.Facts {
		c := x.Confirmation()
		if c.Confirmed {
			return c
		}
		if i == 0 {
			first = c
		}
		if x.tier == "C" {
			tierC++
		}
	}
	if tierC > 1 && tierC == len(g.Facts) {
		first.Why = WhyTierCMany
	}
	return first
}

// Reading is one current group of one figure of a certification, with
// content's decision on it: what every view shows for that figure.
type Reading struct {
	Cert      catalog.CertID `json:"-"`
	Figure    string         `json:"figure"`
	Label     string         `json:"label"`
	Version   string         `json:"version,omitempty"`
	AppliesTo string         `json:"applies_to,omitempty"`
	// Values are the distinct values, each in its first wording.
	Values []Fact `json:"-"`
	// Earlier marks an earlier or announced value (HistoryReadings).
	Earlier bool `json:"-"`
	Confirmation
}

// Value is the reading's values joined for a sentence.
func (r Reading) Value() string {
	var vs []string
	for _, v := range r.Values {
		vs = append(vs, v.Value)
	}
	return strings.Join(vs, " / ")
}

// Readings lists every current figure group of a certification in page
// order, each with its decision.
func (l *Library) Readings(c Cert) []Reading {
	l.ensure()
	q := l.QuestionCount(c)
	var out []Reading
	for _, f := range c.figures() {
		current, _, _ := f.fig.On(l.Now())
		for _, g := range current.Groups() {
			out = append(out, Reading{Cert: c.ID, Figure: f.name, Label: FigureLabel(f.name), Version: g.Version,
				AppliesTo: g.AppliesTo, Values: g.Distinct(q), Confirmation: g.Confirmation(q)})
		}
	}
	return out
}

// resolveTiers gives every value the tier of its source, so a value can
// decide its own confirmation wherever it is handed.
func resolveTiers(c Cert, sources map[string]Source) {
	for _, f := range c.figures() {
		for i := range f.fig {
			if src, ok := sources[f.fig[i].Source]; ok {
				f.fig[i].tier = src.Tier
			}
		}
	}
}

// ReadAsFact lists where a rendered document shows a figure that content
// does not confirm without saying so next to it: every place (a list item,
// a table cell, a paragraph) that holds one of the figure's values, with
// its unit ("185 questions") or without, must say "not confirmed" (or
// "sources disagree", which no fact is) in the value's own clause, in the
// clause right after it, or before it at the start of its part ("not
// confirmed: 185 questions, 240 minutes"), or Mark right after it ("185
// questions†"). A hedge at the end of a list of
// figures holds up only the last. Current values are looked for outside
// "Earlier versions" and "Changes on" items, earlier ones (Earlier) only
// inside them. Any view can check itself with it: certs show in every
// format, compare, the quiz result, the screens, JSON strings. doc is
// markdown or plain text; give only the part that shows figures.
func ReadAsFact(doc string, readings []Reading) []string {
	items := docItems(doc)
	var res []*regexp.Regexp
	for _, r := range readings {
		for _, v := range r.Values {
			if !r.Confirmed && v.Known() {
				res = append(res, valueRE(v.Value))
			}
		}
	}
	var out []string
	for _, r := range readings {
		if r.Confirmed {
			continue
		}
		for _, v := range r.Values {
			if !v.Known() {
				continue
			}
			// Earlier values are told apart by their version: after the
			// value, or at the start of the version's history item.
			re, own := valueRE(v.Value), ""
			if r.Earlier && v.Version != "" {
				re = valueRE(v.Value + " (" + VersionLabel(v.Version) + ")")
				own = squash(EarlierTitle(v.Version, ""))
			}
			for _, item := range items {
				if historyItem(item) != r.Earlier {
					continue
				}
				re := re
				if own != "" && (strings.Contains(item, own+":") || strings.Contains(item, own+", until ")) {
					re = valueRE(v.Value)
				}
				for _, loc := range re.FindAllStringIndex(item, -1) {
					if inBrackets(item[:loc[0]]) {
						// A note's words about the value, not the value.
						continue
					}
					if !hedged(item, loc[0], widest(item, loc, res)) {
						out = append(out, fmt.Sprintf("%s %s %q (%s) reads as fact: %q", r.Cert, r.Label, v.Value, r.Why, item))
						break
					}
				}
			}
		}
	}
	return out
}

// widest is the end of the longest unconfirmed value that holds the one at
// loc ("35 contact hours" inside "35 contact hours of project management
// education, ..."): its hedge is that value's.
func widest(item string, loc []int, res []*regexp.Regexp) int {
	end := loc[1]
	for _, re := range res {
		for _, l := range re.FindAllStringIndex(item, -1) {
			if l[0] <= loc[0] && l[1] >= loc[1] {
				end = max(end, l[1])
			}
		}
	}
	return end
}

// unitRE is a unit a view may put after a value's leading count.
const unitRE = `(?: questions| minutes)?`

// valueRE finds a value in a document, with or without the unit a view
// puts after its leading count.
func valueRE(v string) *regexp.Regexp {
	if re, ok := valueREs.Load(v); ok {
		return re.(*regexp.Regexp)
	}
	re := compileValueRE(v)
	valueREs.Store(v, re)
	return re
}

// valueREs are the patterns valueRE compiled, by value: a check reads the
// same few hundred values in every view it is given, and compiling was a
// tenth of the CPU time of the command tests.
var valueREs sync.Map

func compileValueRE(v string) *regexp.Regexp {
	v = squash(v)
	pattern := regexp.QuoteMeta(v)
	if loc := leadCountRE.FindStringIndex(v); loc != nil {
		pattern = regexp.QuoteMeta(v[:loc[1]]) + unitRE + regexp.QuoteMeta(v[loc[1]:])
	}
	return regexp.MustCompile(`(^|[^\w$.])` + pattern + `($|[^\w%])`)
}

// untilRE is the end date of an earlier value, a clause of its own.
var untilRE = regexp.MustCompile(`, until \d{1,2} \w+ \d{4}`)

// hedged reports whether the value at item[start:end] says it is not
// confirmed: in its clause, the clause after it, or before it at the start
// of its part (a part ends at "; " or a table cell's "|").
func hedged(item string, start, end int) bool {
	say := func(s string) bool {
		return strings.Contains(s, "not confirmed") || strings.Contains(s, PriceDisagree.Words()) || strings.Contains(s, Mark)
	}
	if strings.HasSuffix(item[:end], Mark) || strings.HasPrefix(item[end:], Mark) {
		// "45 questions†": the mark a glance puts on the value itself.
		return true
	}
	before := item[:start]
	if i := strings.LastIndexAny(before, ";|"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, "not confirmed:"); i >= 0 && !inBrackets(before[:i]) {
		// "not confirmed: 45 questions, 90 minutes": said for the list.
		return true
	}
	clauses := topClauses(untilRE.ReplaceAllString(item[end:], ""))
	if len(clauses) > 0 && say(clauses[0]) {
		return true
	}
	return len(clauses) > 1 && say(strings.Fields(clauses[1] + " x y")[0]+" "+strings.Fields(clauses[1] + " x y")[1])
}

// inBrackets reports whether the text after s is inside a bracket s opens.
func inBrackets(s string) bool {
	return strings.Count(s, "(")+strings.Count(s, "[") > strings.Count(s, ")")+strings.Count(s, "]")
}

// topClauses splits text at ", " and ";" outside brackets, stopping at a
// table cell's end.
func topClauses(s string) []string {
	if i := strings.IndexAny(s, "|│"); i >= 0 {
		s = s[:i]
	}
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(' || s[i] == '[':
			depth++
		case (s[i] == ')' || s[i] == ']') && depth > 0:
			depth--
		case depth == 0 && (s[i] == ';' || s[i] == ',' && i+1 < len(s) && s[i+1] == ' '):
			out = append(out, s[from:i])
			from = i + 1
		}
	}
	return append(out, s[from:])
}

// EarlierTitle names one earlier version's line in a page's history:
// "Earlier, exam 5.1", "Earlier, 2021 exam outline, until 8 Jul 2026",
// "Earlier" for values that name no version or only say "earlier test". ReadAsFact reads the items
// it starts as history, each about the version it names.
func EarlierTitle(version, until string) string {
	t := "Earlier"
	if label := VersionLabel(version); label != "" && !strings.HasPrefix(label, "earlier") {
		// "earlier test" says nothing the title does not.
		t += ", " + label
	}
	if until != "" {
		t += ", until " + HumanDate(until)
	}
	return t
}

// earlierItemRE finds an item of a page's history, as EarlierTitle starts
// it, in markdown or plain text.
var earlierItemRE = regexp.MustCompile(`^(?:[-•] )?Earlier[,:]`)

// historyItem reports an item that holds earlier or announced values.
func historyItem(item string) bool {
	return strings.Contains(item, "Earlier versions") || strings.Contains(item, "Changes on") || earlierItemRE.MatchString(item)
}

// HistoryReadings are a certification's earlier and announced values that
// content does not confirm on their own (a tier C source), one reading
// each, Earlier set: what ReadAsFact looks for in "Earlier versions" and
// "Changes on" items.
func (l *Library) HistoryReadings(c Cert) []Reading {
	l.ensure()
	var out []Reading
	for _, f := range c.figures() {
		_, earlier, upcoming := f.fig.On(l.Now())
		for _, x := range slices.Concat(earlier, upcoming) {
			if conf := x.Confirmation(); x.Known() && !conf.Confirmed {
				out = append(out, Reading{Cert: c.ID, Figure: f.name, Label: FigureLabel(f.name), Version: x.Version,
					AppliesTo: x.AppliesTo, Values: []Fact{x}, Confirmation: conf, Earlier: true})
			}
		}
	}
	return out
}

// docItems splits a document into items: a new one starts at a list
// bullet, a table row, a heading or after a blank line; wrapped lines join
// the item they continue. Markdown emphasis is dropped and spaces squashed.
func docItems(doc string) []string {
	var items []string
	var cur strings.Builder
	flush := func() {
		if s := squash(cur.String()); s != "" {
			items = append(items, s)
		}
		cur.Reset()
	}
	for _, line := range strings.Split(doc, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "|") ||
			strings.HasPrefix(t, "│") || strings.HasPrefix(t, "#") || strings.Contains(t, "│") {
			flush()
		}
		cur.WriteString(t + " ")
	}
	flush()
	return items
}

// squash drops markdown emphasis and makes every run of spaces (no-break
// ones too) one space.
func squash(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}
