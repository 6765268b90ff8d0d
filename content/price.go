package content

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// PriceState is how much is known of an amount of money: content's one
// decision, which every view (the headline, the steps, the details, the
// summaries, the exit summary, JSON) says in the same words.
type PriceState uint8

// The states of a price. The zero value is the one that is never counted.
const (
	// PriceNotPublished: no source gives a price.
	PriceNotPublished PriceState = iota
	// PriceConfirmed: a tier A or B source about this certification gives
	// it, and no other current value disagrees.
	PriceConfirmed
	// PriceNotConfirmed: a figure was found, but only on a weaker source (or
	// content says why it is not confirmed); it is shown, never counted.
	PriceNotConfirmed
	// PriceDisagree: sources give different current values; each is shown
	// with its sources, none counted.
	PriceDisagree
)

// priceStates are the states' stable names in JSON, in constant order.
var priceStates = [...]string{"not_published", "confirmed", "not_confirmed", "sources_disagree"}

// String is the state's stable name, as JSON carries it.
func (s PriceState) String() string {
	if int(s) < len(priceStates) {
		return priceStates[s]
	}
	return fmt.Sprintf("PriceState(%d)", s)
}

// MarshalText writes the state's stable name.
func (s PriceState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a stable name back.
func (s *PriceState) UnmarshalText(b []byte) error {
	for i, name := range priceStates {
		if string(b) == name {
			*s = PriceState(i)
			return nil
		}
	}
	return fmt.Errorf("price state %q is none of %s", b, strings.Join(priceStates[:], ", "))
}

// Words is what a page says of the state, after the figure: nothing for a
// confirmed amount.
func (s PriceState) Words() string {
	return map[PriceState]string{PriceNotPublished: "not published", PriceNotConfirmed: "not confirmed", PriceDisagree: "sources disagree"}[s]
}

// PriceFigure is one value of a price with where it comes from: the source's
// own words, the amount they come to for the part that uses them, the
// sources that give it, the best tier among them, its version and date, and
// whose price it is where a part counts one kind of person's.
type PriceFigure struct {
	Value     string   `json:"value"`
	Amount    int      `json:"amount_usd"`
	Sources   []string `json:"sources"`
	Tier      string   `json:"tier,omitempty"`
	Version   string   `json:"version,omitempty"`
	AsOf      string   `json:"as_of,omitempty"`
	AppliesTo string   `json:"applies_to,omitempty"`
	// facts are the values behind the figure, for citation markers.
	facts Figure
}

// Price is an amount of money as content knows it: its state and its
// figures (one when confirmed or not confirmed, each distinct one when
// sources disagree, none when nothing is published).
type Price struct {
	State   PriceState    `json:"state"`
	Figures []PriceFigure `json:"figures"`
	// Why says, when the figure is not confirmed, why not (Confirmation).
	Why string `json:"why,omitempty"`
	// missing says, when nothing is published, what was looked for, and
	// missingSource the source that says so, if one does.
	missing, missingSource string
}

// PriceOf decides a group of current values that must agree: not published
// when it holds only "unknown", sources disagree when its values differ,
// otherwise its one figure, confirmed or not.
func PriceOf(g Group) Price {
	if len(g.Facts) == 0 || len(g.Facts) == 1 && !g.Facts[0].Known() {
		p := Price{Figures: []PriceFigure{}}
		if len(g.Facts) == 1 {
			// Some notes open with "not confirmed: " where nothing was
			// found; for a price that is "not published", said once.
			note := strings.TrimPrefix(MarkCites(g.Facts[0].Note), "not confirmed")
			p.missing, p.missingSource = strings.TrimPrefix(note, ": "), g.Facts[0].Source
		}
		return p
	}
	var figs []PriceFigure
	for _, d := range g.Distinct(0) {
		figs = append(figs, figureOf(g, d))
	}
	conf := g.Confirmation(0)
	switch {
	case len(figs) > 1:
		return Price{State: PriceDisagree, Figures: figs, Why: conf.Why}
	case conf.Confirmed:
		return Price{State: PriceConfirmed, Figures: figs}
	}
	return Price{State: PriceNotConfirmed, Figures: figs, Why: conf.Why}
}

// figureOf is one distinct value of a group with every fact that says it.
func figureOf(g Group, d Fact) PriceFigure {
	f := PriceFigure{Value: d.Value, Version: g.Version, AsOf: d.AsOf, Sources: []string{}}
	f.Amount, _ = Dollars(d.Value)
	for _, x := range g.Facts {
		if Normalize(x.Value, 0) != Normalize(d.Value, 0) {
			continue
		}
		f.facts = append(f.facts, x)
		if x.Source != "" && !containsString(f.Sources, x.Source) {
			f.Sources = append(f.Sources, x.Source)
		}
		if f.Tier == "" || tierRank(x.tier) < tierRank(f.Tier) {
			f.Tier = x.tier
		}
	}
	return f
}

// tiers names each source of a figure with its tier, so that a reader
// weighs one value against another: "S95, tier B; S92, tier C"; sources
// of one tier together: "S92, S95, tier C".
func (f PriceFigure) tiers() string {
	var order []string
	bySource := map[string][]string{}
	for _, x := range f.facts {
		t := "tier " + cmp.Or(x.tier, "unknown")
		if x.Source == "" || slices.Contains(bySource[t], x.Source) {
			continue
		}
		if bySource[t] == nil {
			order = append(order, t)
		}
		bySource[t] = append(bySource[t], x.Source)
	}
	slices.SortStableFunc(order, func(a, b string) int {
		return cmp.Compare(tierRank(strings.TrimPrefix(a, "tier ")), tierRank(strings.TrimPrefix(b, "tier ")))
	})
	var out []string
	for _, t := range order {
		out = append(out, strings.Join(bySource[t], ", ")+", "+t)
	}
	if len(out) == 0 {
		return "no source"
	}
	return strings.Join(out, "; ")
}

// tierRank orders tiers, the issuer's first; no tier comes last.
func tierRank(t string) int {
	switch {
	case t == "":
		return 9
	case strings.HasPrefix(t, "A"):
		return 0
	}
	return int(t[0]-'A') + 1
}

// Words is the price in the one vocabulary, its figures in the source's
// words with their markers (cites may be nil: no markers): "$200 [S31]",
// "about $995 for course and exam [S42], not confirmed (tier C)", "$555
// [S92, S95] or $675 [S98], sources disagree (none of them is the
// issuer's)", "not published".
func (p Price) Words(cites *Cites) string {
	return p.say(func(f PriceFigure) string { return f.Value + forWhom(f) + p.sourced(cites, f) })
}

// sourced is what follows a figure to say where it comes from: its
// markers where the words cite (the tiers are under Sources, once);
// without citations, a disagreement's figures each name their sources
// and tiers, so that a reader can weigh one value against the other
// ("$555 (S95, tier B; S92, tier C) or $675 (S98, tier C)").
func (p Price) sourced(cites *Cites, f PriceFigure) string {
	if (cites == nil || cites.Tiers) && p.State == PriceDisagree {
		return " (" + f.tiers() + ")"
	}
	return markers(cites, f)
}

// NoneFound reports a price nothing is published for that no source
// says is unpublished: no price was found, which is all that is known.
func (p Price) NoneFound() bool { return p.State == PriceNotPublished && p.missingSource == "" }

// Missing is what was looked for when nothing is published, with its
// citations marked ("price set by each trainer"); empty otherwise.
func (p Price) Missing() string { return p.missing }

// say writes a price: each figure as fig writes it, then the state's
// words and what qualifies them. Every view's money goes through here.
func (p Price) say(fig func(PriceFigure) string) string {
	switch p.State {
	case PriceConfirmed:
		return fig(p.Figures[0])
	case PriceNotConfirmed:
		return fig(p.Figures[0]) + p.tail()
	case PriceDisagree:
		var each []string
		for _, f := range p.Figures {
			each = append(each, fig(f))
		}
		return strings.Join(each, " or ") + p.tail()
	}
	return p.State.Words()
}

// tail is the state's words after the figures, with what qualifies them:
// ", not confirmed (tier C)", ", sources disagree".
func (p Price) tail() string {
	if q := p.qualifier(); q != "" {
		return ", " + p.State.Words() + " (" + q + ")"
	}
	return ", " + p.State.Words()
}

// qualifier is what follows a price's state: "tier C" for a figure only
// tier C sources give, otherwise why it is not confirmed (a tier A or B
// source's tier is said under Sources, once); for a disagreement, which
// value is the issuer's, when one is.
func (p Price) qualifier() string {
	switch {
	case p.State == PriceDisagree:
		if v := p.issuers(); v != "" {
			return "the issuer's page gives " + v
		}
		return ""
	case p.Why == WhyTierC || p.Why == WhyTierCMany:
		return "tier C"
	}
	return p.Why
}

// forWhom is " for non-members" where the price is one kind of person's.
func forWhom(f PriceFigure) string {
	if f.AppliesTo == "" {
		return ""
	}
	return " for " + f.AppliesTo
}

// markers are a figure's citation markers, " [S92, S95]", recorded in
// cites; none without cites.
func markers(cites *Cites, f PriceFigure) string {
	if cites == nil {
		return ""
	}
	if cites.Tiers {
		cites.Markers(f.facts)
		if t := f.tiers(); t != "" {
			return " (" + t + ")"
		}
		return ""
	}
	if m := cites.Markers(f.facts); m != "" {
		return " " + m
	}
	return ""
}

// aboutRE finds an amount as the source words it: "about $995", "$1,250".
var aboutRE = regexp.MustCompile(`(?:about\s+)?\$\s?\d[\d,]*`)

// short is a figure's amount in a few words: "about $995" for "about $995
// for course and exam", the amount itself where it was multiplied ("$300"
// for three renewals of "$100 a year").
func (f PriceFigure) short() string {
	n, _ := Dollars(f.Value)
	if m := aboutRE.FindString(f.Value); m != "" && n == f.Amount {
		return m
	}
	return fmt.Sprintf("$%d", f.Amount)
}

// IsMoney reports a figure (by its front-matter name) that is an amount of
// money, which every page says in the price's words.
func IsMoney(name string) bool {
	switch name {
	case "course_price", "exam_fee", "retake_fee", "renewal_fee":
		return true
	}
	return false
}

// issuers is the value of a disagreement that a tier A source gives, if
// one does.
func (p Price) issuers() string {
	for _, f := range p.Figures {
		if strings.HasPrefix(f.Tier, "A") {
			return f.Value
		}
	}
	return ""
}
