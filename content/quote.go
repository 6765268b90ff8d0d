package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"certpath/catalog"
)

// MaxQuoteRunes caps a quote: a sentence or two of the source, enough to
// find on the page, never a copy of it.
const MaxQuoteRunes = 240

// MaxQuotesPerSource caps the quoted figures that cite one source: sources
// check compares each quote with the source's page, and no page of the
// catalogue backs more than a few dozen figures.
const MaxQuotesPerSource = 100

// checkQuote lists the problems of a fact's quote: a quote needs a sourced
// value, stays short, and holds the value's number when the value has one,
// so a quote cannot silently support a different figure.
func checkQuote(where string, f Fact) []string {
	if f.Quote == "" {
		return nil
	}
	var out []string
	bad := func(format string, args ...any) { out = append(out, where+": "+fmt.Sprintf(format, args...)) }
	switch {
	case f.Value == Unknown || f.Source == "":
		bad("value %q has a quote but no source; a quote is the words of the source the value cites", f.Value)
	case strings.TrimSpace(f.Quote) != f.Quote || strings.ContainsAny(f.Quote, "\n\t"):
		bad("value %q has a quote with a line break, a tab or space at either end; give the words on one line, as the page has them", f.Value)
	case utf8.RuneCountInString(f.Quote) > MaxQuoteRunes:
		bad("value %q has a quote of %d characters; keep it to the words that support the figure, at most %d", f.Value, utf8.RuneCountInString(f.Quote), MaxQuoteRunes)
	}
	if want := Numbers(f.Value); len(want) > 0 {
		have := Numbers(f.Quote)
		if !slices.ContainsFunc(want, func(n string) bool { return slices.Contains(have, n) }) {
			bad("value %q has a quote that does not hold its number (%s): %q; quote the words that give the figure", f.Value, strings.Join(want, " or "), f.Quote)
		}
	}
	return out
}

var (
	numberRE     = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	numberWordRE = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`)
)

// numberWords are the numbers a page may spell out ("a two-day course").
var numberWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}

// Numbers lists the numbers a text gives, in order, without thousands
// separators; numbers written as words up to twelve count too.
func Numbers(s string) []string {
	var out []string
	for _, m := range numberRE.FindAllString(s, -1) {
		out = append(out, strings.ReplaceAll(m, ",", ""))
	}
	for _, m := range numberWordRE.FindAllString(s, -1) {
		out = append(out, numberWords[strings.ToLower(m)])
	}
	return out
}

// quoteWarnings names the current figures from an issuer's own page (tier
// A) that carry no quote: they load, but nothing shows the issuer's words or
// lets a check tell whether the page still says them. Earlier values are
// left alone: no page is expected to say them still; so are values content
// marks not confirmed, which no page's words hold up.
func quoteWarnings(name string, c Cert, sources map[string]Source, now time.Time) []string {
	var out []string
	for _, f := range c.figures() {
		for _, x := range f.fig {
			if src, ok := sources[x.Source]; ok && src.Issuer() && x.Value != Unknown && x.Quote == "" && x.NotConfirmed == "" && x.StatusOn(now) != Earlier {
				out = append(out, fmt.Sprintf("%s: %s: value %q from %s (%s) has no quote; add the page's own words as quote:", name, f.name, x.Value, x.Source, src.TierLabel()))
			}
		}
	}
	return out
}

// FactRef is one sourced value with the name a check and checked.yaml know
// it by.
type FactRef struct {
	// ID is "cert/figure/source", with "#2", "#3" for a figure that cites
	// the same source again (a member and a non-member fee).
	ID     string
	Cert   catalog.CertID
	Figure string
	Fact   Fact
}

// eachFact calls fn with every sourced value of a certification, in figure
// order, and its ID; fn may change the value in place.
func eachFact(c Cert, fn func(id, figure string, x *Fact)) {
	for _, f := range c.figures() {
		seen := map[string]int{}
		for i := range f.fig {
			x := &f.fig[i]
			if x.Source == "" {
				continue
			}
			seen[x.Source]++
			id := fmt.Sprintf("%s/%s/%s", c.ID, f.name, x.Source)
			if n := seen[x.Source]; n > 1 {
				id += fmt.Sprintf("#%d", n)
			}
			fn(id, f.name, x)
		}
	}
}

// Facts lists every sourced value of every certification, in catalogue
// order.
func (l *Library) Facts() []FactRef {
	var out []FactRef
	for _, c := range l.Certs() {
		eachFact(c, func(id, figure string, x *Fact) {
			out = append(out, FactRef{ID: id, Cert: c.ID, Figure: figure, Fact: *x})
		})
	}
	return out
}

// Warnings lists what validation noticed but does not refuse: tier-A
// figures without a quote.
func (l *Library) Warnings() []string {
	l.ensure()
	return l.warnings
}
