package content

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"certpath/catalog"
)

// citeRE finds a source ID cited in text: "(S24)", "S80".
var citeRE = regexp.MustCompile(`\bS\d+\b`)

// TextCites lists the source IDs a certification cites in its words rather
// than in a value's source: notes, next steps, the official note and the
// summary text.
func (c Cert) TextCites() []string {
	texts := []string{c.OfficialNote, c.Body}
	texts = append(texts, c.LeadsBeyond...)
	for _, t := range c.WhichFirst {
		texts = append(texts, t)
	}
	for _, f := range c.figures() {
		for _, x := range f.fig {
			texts = append(texts, x.Note, x.NotConfirmed)
		}
	}
	var out []string
	for _, t := range texts {
		for _, id := range citeRE.FindAllString(t, -1) {
			if !containsString(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// confirmClaimRE finds words that claim a value was confirmed.
var confirmClaimRE = regexp.MustCompile(`(?i)\b(not |un)?(confirmed|verified)\b`)

// checkCitations checks every citation once all certifications and sources
// are loaded: a value's source must be about its certification unless the
// value says it is the nearest one found; an ID cited in the text must be
// in sources.yaml; a value resting only on tier C must not say it is
// confirmed; no date may lie in the future.
func checkCitations(lib *Library) []string {
	var out []string
	now := lib.Now()
	for _, id := range sortedCertIDs(lib) {
		c := lib.certs[catalogCertID(id)]
		name := "certs/" + string(c.ID) + ".md"
		for _, f := range c.figures() {
			for _, x := range f.fig {
				where := name + ": " + f.name
				if future(x.AsOf, now) {
					out = append(out, fmt.Sprintf("%s: value %q has as_of %s, after today (%s); a source cannot show a date that has not come", where, x.Value, x.AsOf, now.Format(time.DateOnly)))
				}
				src, ok := lib.sources[x.Source]
				if !ok || !x.Known() {
					continue
				}
				switch {
				case !src.IsAbout(c.ID, c.Issuer) && x.Nearest == "":
					out = append(out, fmt.Sprintf("%s: value %q cites %s, which is about %s, not %s; cite a source about %s, or add nearest: naming what %s is about to show it is the nearest one found", where, x.Value, x.Source, strings.Join(src.About, ", "), c.ID, c.ID, x.Source))
				case src.IsAbout(c.ID, c.Issuer) && x.Nearest != "":
					out = append(out, fmt.Sprintf("%s: value %q is marked nearest: %q, but %s is about %s itself; remove nearest:", where, x.Value, x.Nearest, x.Source, c.ID))
				}
				if src.Tier == "C" && claimsConfirmed(x.Value+" "+x.Note) {
					out = append(out, fmt.Sprintf("%s: value %q says it is confirmed, but its only source %s is tier C; a tier C source cannot confirm a figure: say not confirmed, or cite a tier A or B source", where, x.Value, x.Source))
				}
			}
		}
		for _, id := range c.TextCites() {
			if _, ok := lib.sources[id]; !ok {
				out = append(out, fmt.Sprintf("%s: the text cites %s, which is not in sources.yaml; add it there (title, url, tier, date, checked, about) or remove the citation", name, id))
			}
		}
	}
	return out
}

// checkQuotesPerSource refuses a source more figures quote than sources
// check compares with one page, naming the files that quote it.
func checkQuotesPerSource(lib *Library) []string {
	count := map[string]int{}
	files := map[string][]string{}
	for _, id := range sortedCertIDs(lib) {
		eachFact(lib.certs[catalogCertID(id)], func(_, _ string, x *Fact) {
			if x.Quote == "" {
				return
			}
			count[x.Source]++
			if name := "certs/" + id + ".md"; !containsString(files[x.Source], name) {
				files[x.Source] = append(files[x.Source], name)
			}
		})
	}
	var out []string
	for _, id := range slices.SortedFunc(maps.Keys(count), func(a, b string) int {
		return cmp.Or(cmp.Compare(sourceOrder(a), sourceOrder(b)), strings.Compare(a, b))
	}) {
		if n := count[id]; n > MaxQuotesPerSource {
			out = append(out, fmt.Sprintf("%s: %d figures quote %s, more than the %d quotes sources check compares with one page; keep quote: on at most %d of them",
				strings.Join(files[id], ", "), n, id, MaxQuotesPerSource, MaxQuotesPerSource))
		}
	}
	return out
}

// claimsConfirmed reports words that say a value is confirmed or verified
// (and not "not confirmed" or "unconfirmed").
func claimsConfirmed(s string) bool {
	for _, m := range confirmClaimRE.FindAllStringSubmatch(s, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}

// uncitedSources warns of sources in sources.yaml that no certification
// cites, in a value or in its text.
func uncitedSources(lib *Library) []string {
	cited := map[string]bool{}
	for _, c := range lib.certs {
		for _, f := range c.figures() {
			for _, x := range f.fig {
				cited[x.Source] = true
			}
		}
		for _, id := range c.TextCites() {
			cited[id] = true
		}
	}
	for _, x := range lib.catalog.Outside() {
		cited[x.Source] = true
	}
	var out []string
	for id := range lib.sources {
		if !cited[id] {
			out = append(out, fmt.Sprintf("sources.yaml: %s (%s) is cited by nothing; cite it where it supports a figure, or remove it", id, lib.sources[id].Title))
		}
	}
	sort.Slice(out, func(i, j int) bool { return sourceOrder(idOf(out[i])) < sourceOrder(idOf(out[j])) })
	return out
}

func idOf(warning string) string {
	return strings.Fields(strings.TrimPrefix(warning, "sources.yaml: "))[0]
}

func sortedCertIDs(lib *Library) []string {
	ids := make([]string, 0, len(lib.certs))
	for id := range lib.certs {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	return ids
}

func catalogCertID(id string) catalog.CertID { return catalog.CertID(id) }

// quoteSupportWarnings names the quotes that do not hold up their whole
// value, and the quotes that say more than their value: a number or key
// word ("every 2 years", "not proctored") in the value that neither its
// quote nor a second source's quote of the same value says, or one in the
// quote that no value carrying those words says.
func quoteSupportWarnings(name string, c Cert) []string {
	var out []string
	all := quotedFacts(c)
	for _, q := range all {
		where := name + ": " + q.figure
		if miss := q.unsupported(all); len(miss) > 0 {
			out = append(out, fmt.Sprintf("%s: value %q says %s, which its quote does not: %q; quote the words that say it, cite a second source's quote of the same value, or take it out of the value",
				where, q.fact.Value, claimWords(miss), q.fact.Quote))
		}
		if extra := q.unsaid(all); len(extra) > 0 {
			out = append(out, fmt.Sprintf("%s: quote %q says %s, which value %q does not; quote only the words for this value, or say it in the value",
				where, q.fact.Quote, claimWords(extra), q.fact.Value))
		}
	}
	return out
}
