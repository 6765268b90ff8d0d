package content

import (
	"fmt"
	"regexp"
	"strings"

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
// does not confirm without saying so: every item (a list item, a table row,
// a paragraph) that holds one of the figure's values must say "not
// confirmed" (or "sources disagree", which no fact is). Items about
// earlier values or announced changes are other values and are skipped.
// Any view can check itself with it: certs show in every format, compare,
// the quiz result, the screens. doc is markdown or plain text; give only
// the part that shows figures.
func ReadAsFact(doc string, readings []Reading) []string {
	items := docItems(doc)
	var out []string
	for _, r := range readings {
		if r.Confirmed {
			continue
		}
		for _, v := range r.Values {
			if !v.Known() {
				continue
			}
			re := regexp.MustCompile(`(^|[^\w$.])` + regexp.QuoteMeta(squash(v.Value)) + `($|[^\w%])`)
			for _, item := range items {
				if !re.MatchString(item) || strings.Contains(item, "Earlier versions") || strings.Contains(item, "Changes on") {
					continue
				}
				if !strings.Contains(item, "not confirmed") && !strings.Contains(item, PriceDisagree.Words()) {
					out = append(out, fmt.Sprintf("%s %s %q (%s) reads as fact: %q", r.Cert, r.Label, v.Value, r.Why, item))
				}
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
