package content

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// keyWord is one kind of claim a value can make in words ("not proctored",
// "every 2 years") that the quote must make too. A key word is found by its
// own pattern in a value and by quote (the page's ways of saying it) in a
// quote; figures, when set, limits it to those figures; oneWay keeps it out
// of the check that a quote says nothing its value leaves out.
type keyWord struct {
	name    string
	value   *regexp.Regexp
	quote   *regexp.Regexp
	figures []string
	oneWay  bool
}

func kw(name, value, quote string) keyWord {
	if quote == "" {
		quote = value
	}
	return keyWord{name: name, value: regexp.MustCompile(`(?i)` + value), quote: regexp.MustCompile(`(?i)` + quote)}
}

// keyWords are the claims in words a quote is checked for: those whose
// presence or absence changes what a figure tells a reader.
var keyWords = []keyWord{
	kw("a period in years", `year|annual`, ""),
	kw("proctoring", `proctor`, ""),
	kw("open book", `open[- ]book`, ""),
	kw("closed book", `closed[- ]book`, ""),
	kw("online", `web-based|online`, ""),
	kw("timed", `\btimed\b`, `\btimed\b|time limit`),
	func() keyWord {
		k := kw("an exam", `\bexam\b|\btest\b`, `\bexam|\btest|assessment`)
		k.oneWay = true
		return k
	}(),
	kw("bookmarks", `bookmark`, ""),
	kw("pausing", `\bpaus`, ""),
	kw("multiple choice", `multiple[- ]choice`, ""),
	kw("single select", `single[- ]select`, ""),
	kw("multiple answer", `multiple[- ]answer`, ""),
	kw("true/false", `true/false`, ""),
	kw("essays", `essay`, ""),
	kw("a recommendation", `recommend`, ""),
	kw("the educator", `educator`, ""),
	kw("a trainer", `trainer|instructor`, ""),
	kw("pass or did not pass", `did not pass`, ""),
	kw("expiry", `expir`, ""),
	func() keyWord {
		k := kw("that nothing is required", `^none$|^no\b|not required|neither required`, `requir|prerequisite`)
		k.figures, k.oneWay = []string{"prerequisites", "course_required"}, true
		return k
	}(),
}

// claimsOf lists what a text says that a quote can be checked for: each
// number ("n:30") and each key word's name, once each. asQuote reads the
// text as a quote, with the page's ways of saying a key word; oneWay key
// words count only in a value.
func claimsOf(figure, text string, asQuote bool) []string {
	key := claimKey{figure, text, asQuote}
	if c, ok := claims.Load(key); ok {
		// Clipped: a caller that appends gets a copy, never the kept one.
		return slices.Clip(c.([]string))
	}
	out := findClaims(figure, text, asQuote)
	claims.Store(key, out)
	return slices.Clip(out)
}

// claims are the claims found, by figure, text and reading: every load
// compares each quote with every other of its source, so the same texts
// are read again and again (over half the content tests' CPU time).
var claims sync.Map

type claimKey struct {
	figure, text string
	asQuote      bool
}

func findClaims(figure, text string, asQuote bool) []string {
	var out []string
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, n := range Numbers(text) {
		add("n:" + n)
	}
	for _, k := range keyWords {
		if k.figures != nil && !slices.Contains(k.figures, figure) {
			continue
		}
		re := k.value
		if asQuote {
			re = k.quote
		}
		if re.MatchString(text) {
			add(k.name)
		}
	}
	return out
}

// claimWords writes claims as a reader reads them: "2, a period in years".
func claimWords(claims []string) string {
	out := make([]string, len(claims))
	for i, c := range claims {
		out[i] = strings.TrimPrefix(c, "n:")
	}
	return strings.Join(out, ", ")
}

// passCountRE finds a pass mark's count worked out from its percentage:
// "74% (37 of 50)".
var passCountRE = regexp.MustCompile(`^(\d+)% \((\d+) of (\d+)\)$`)

// derivedCount names the numbers of a pass mark's count when that count is
// arithmetic, not a claim of the page: the percentage is in the quote, the
// question count in a quote of the same source (known), and the count
// rounds to the percentage. Anything else derives nothing.
func derivedCount(value, quote string, known []string) []string {
	m := passCountRE.FindStringSubmatch(value)
	if m == nil || !slices.Contains(Numbers(quote), m[1]) || !slices.Contains(known, "n:"+m[3]) {
		return nil
	}
	p, _ := strconv.Atoi(m[1])
	n, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if d == 0 || int(math.Round(100*float64(n)/float64(d))) != p {
		return nil
	}
	return []string{"n:" + m[2], "n:" + m[3]}
}

// quotedFact is one quoted value with the figure it belongs to.
type quotedFact struct {
	figure string
	fact   Fact
}

// quotedFacts lists a certification's quoted values in figure order.
func quotedFacts(c Cert) []quotedFact {
	var out []quotedFact
	for _, f := range c.figures() {
		for _, x := range f.fig {
			if x.Quote != "" {
				out = append(out, quotedFact{f.name, x})
			}
		}
	}
	return out
}

// Unsupported lists what a quoted value says that its quote does not: the
// numbers and key words missing from the quote and from any second
// source's quote of the same value in the same figure. A pass mark's count
// worked out from a quoted percentage is not missing; a value content marks
// not confirmed claims no support from its quote.
func (q quotedFact) unsupported(all []quotedFact) []string {
	if q.fact.NotConfirmed != "" {
		return nil
	}
	have := claimsOf(q.figure, q.fact.Quote, true)
	var sameSource []string
	for _, o := range all {
		if o.figure == q.figure && o.fact.Value == q.fact.Value && o.fact.Source != q.fact.Source {
			have = append(have, claimsOf(o.figure, o.fact.Quote, true)...)
		}
		if o.fact.Source == q.fact.Source {
			sameSource = append(sameSource, claimsOf(o.figure, o.fact.Quote, true)...)
		}
	}
	have = append(have, derivedCount(q.fact.Value, q.fact.Quote, sameSource)...)
	var out []string
	for _, c := range claimsOf(q.figure, q.fact.Value, false) {
		if !slices.Contains(have, c) {
			out = append(out, c)
		}
	}
	return out
}

// unsaid lists what a quote says that its value does not: numbers and key
// words (read as a value writes them; oneWay ones aside) found in the quote
// but in no value (or its note) of the certification that cites the same
// source, so a
// quote shared by a member and a non-member fee, or a sentence that also
// gives the question count, is not flagged.
func (q quotedFact) unsaid(all []quotedFact) []string {
	var said []string
	for _, o := range all {
		if o.fact.Source == q.fact.Source {
			said = append(said, claimsOf(o.figure, o.fact.Value+"\n"+o.fact.Note, false)...)
		}
	}
	var out []string
	for _, c := range claimsOf(q.figure, q.fact.Quote, false) {
		if !slices.Contains(said, c) && !oneWayClaim(c) {
			out = append(out, c)
		}
	}
	return out
}

func oneWayClaim(name string) bool {
	return slices.ContainsFunc(keyWords, func(k keyWord) bool { return k.oneWay && k.name == name })
}
