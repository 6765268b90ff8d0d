package content

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Unknown is the value of a fact nobody could verify.
const Unknown = "unknown"

// Fact is one sourced value. A figure can hold several: versions of an exam,
// a price and its history, a member and a non-member fee, and, rarely,
// sources that really disagree.
type Fact struct {
	Value string `yaml:"value"`
	// Version names the exam or rule version the value belongs to ("6.0").
	Version string `yaml:"version,omitempty"`
	// AppliesTo says who the value is for ("PMI members", "non-members",
	// "one certification"); values for different people are different facts.
	AppliesTo string `yaml:"applies_to,omitempty"`
	// EffectiveFrom and EffectiveUntil bound when the value holds
	// (YYYY-MM-DD, either may be empty); Retired marks a value that was
	// replaced on a date nobody could find.
	EffectiveFrom  string `yaml:"effective_from,omitempty"`
	EffectiveUntil string `yaml:"effective_until,omitempty"`
	Retired        bool   `yaml:"retired,omitempty"`
	// Source is an ID from sources.yaml.
	Source string `yaml:"source,omitempty"`
	// AsOf is the date the source shows (YYYY, YYYY-MM or YYYY-MM-DD), or
	// "undated" when it shows none.
	AsOf string `yaml:"as_of,omitempty"`
	// Note says what a reader should know: why a value is unknown, a caveat,
	// why two current values differ.
	Note string `yaml:"note,omitempty"`
	// Quote is the source's own words that support the value, short and
	// exact (whitespace as on the page), so anyone can see where a figure
	// comes from and certpath sources check can tell whether the page still
	// says it.
	Quote string `yaml:"quote,omitempty"`
	// Nearest, when set, says the source is not about this certification
	// but about the nearest one a figure was found for, and names that page
	// ("the SSM 6.0 study guide"): the value is shown with that label and is
	// not confirmed.
	Nearest string `yaml:"nearest,omitempty"`
	// NotConfirmed, when set, is content's decision that a value from a tier
	// A or B source is still not confirmed, and why, in words that read
	// after "not confirmed: " ("PMI's fee page was not found; it may be
	// outdated"): the fact sheet says so of some figures, and a figure it
	// does not confirm is never counted or shown as fact.
	NotConfirmed string `yaml:"not_confirmed,omitempty"`
	// Confirmed is the day a check last found the quote on the source's
	// page (YYYY-MM-DD), from checked.yaml; empty when none did.
	Confirmed string `yaml:"-"`
	// tier is the source's tier, resolved at load.
	tier string
}

// Status says whether a value holds on a given day.
type Status int

// A value is current, earlier (retired or ended) or upcoming (announced).
const (
	Current Status = iota
	Earlier
	Upcoming
)

// StatusOn is the fact's status on day now.
func (f Fact) StatusOn(now time.Time) Status {
	day := now.Format(time.DateOnly)
	switch {
	case f.Retired, f.EffectiveUntil != "" && day > f.EffectiveUntil:
		return Earlier
	case f.EffectiveFrom != "" && day < f.EffectiveFrom:
		return Upcoming
	}
	return Current
}

// Figure is every known value of one fact.
type Figure []Fact

// On splits a figure into the values current on day now, the earlier ones,
// and those announced to start later.
func (f Figure) On(now time.Time) (current, earlier, upcoming Figure) {
	for _, x := range f {
		switch x.StatusOn(now) {
		case Earlier:
			earlier = append(earlier, x)
		case Upcoming:
			upcoming = append(upcoming, x)
		default:
			current = append(current, x)
		}
	}
	return current, earlier, upcoming
}

// Group is the current values of one figure for one version and one kind of
// person: the values that must agree.
type Group struct {
	Version, AppliesTo string
	Facts              Figure
}

// Groups splits current values by version and by who they apply to, in the
// order they first appear.
func (f Figure) Groups() []Group {
	var out []Group
	for _, x := range f {
		i := 0
		for i < len(out) && (out[i].Version != x.Version || out[i].AppliesTo != x.AppliesTo) {
			i++
		}
		if i == len(out) {
			out = append(out, Group{Version: x.Version, AppliesTo: x.AppliesTo})
		}
		out[i].Facts = append(out[i].Facts, x)
	}
	return out
}

// Distinct lists the values of a group that say different things once units
// are normalised, each in the first wording seen. questions is the exam's
// question count, which turns "36 of 45" into 80%; 0 when unknown.
func (g Group) Distinct(questions int) []Fact {
	var out []Fact
	var seen []string
	for _, x := range g.Facts {
		n := Normalize(x.Value, questions)
		if !containsString(seen, n) {
			seen = append(seen, n)
			out = append(out, x)
		}
	}
	return out
}

var (
	percentRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*%`)
	ofRE      = regexp.MustCompile(`\b(\d+)\s+of\s+(\d+)\b`)
	durRE     = regexp.MustCompile(`\b(\d+(?:\.\d+)?)[\s-]*(days?|hours?|h)\b`)
	moneyRE   = regexp.MustCompile(`\$\s?(\d[\d,]*)`)
	countRE   = regexp.MustCompile(`^(?:about\s+)?(\d+)\b`)
)

// Normalize is what a value says, in units that compare: a pass mark as a
// whole percentage ("80%", "36 of 45" with 45 questions), a course length in
// hours (a course day is 8 hours), a price in dollars, a count; anything else
// as lower-case text without the detail in parentheses.
func Normalize(v string, questions int) string {
	s := strings.ToLower(strings.TrimSpace(v))
	if m := percentRE.FindStringSubmatch(s); m != nil {
		p, _ := strconv.ParseFloat(m[1], 64)
		return fmt.Sprintf("%%%d", int(math.Round(p)))
	}
	if m := ofRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if d > 0 && (questions == 0 || d == questions) {
			return fmt.Sprintf("%%%d", int(math.Round(100*float64(n)/float64(d))))
		}
	}
	if m := durRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.ParseFloat(m[1], 64)
		if strings.HasPrefix(m[2], "day") {
			n *= 8
		}
		return fmt.Sprintf("h%g", n)
	}
	if m := moneyRE.FindStringSubmatch(s); m != nil {
		return "$" + strings.ReplaceAll(m[1], ",", "")
	}
	if m := countRE.FindStringSubmatch(s); m != nil {
		return "#" + m[1]
	}
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	return s
}

// Dollars is the first dollar amount in a value, if it has one.
func Dollars(v string) (int, bool) {
	m := moneyRE.FindStringSubmatch(v)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	return n, err == nil
}

// Count is the leading whole number of a value ("45", "about 185").
func Count(v string) int {
	m := countRE.FindStringSubmatch(strings.ToLower(strings.TrimSpace(v)))
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// HumanDate writes a YYYY[-MM[-DD]] date as "22 Nov 2026", "Nov 2026" or
// "2026", joined with no-break spaces so a line is never broken inside it.
func HumanDate(d string) string {
	for _, layout := range []struct{ in, out string }{{time.DateOnly, "2\u00a0Jan\u00a02006"}, {"2006-01", "Jan\u00a02006"}, {"2006", "2006"}} {
		if t, err := time.Parse(layout.in, d); err == nil {
			return t.Format(layout.out)
		}
	}
	return d
}
