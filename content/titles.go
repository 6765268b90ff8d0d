package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"certpath/catalog"
)

// offTopicTitles warns of a source cited for a certification whose title
// names neither that certification (its short name, its name, its ID or a
// phrase that names it in a posting) nor, for the issuer's own general page
// (tier A, about the issuer), the issuer: a third party's page about
// another certification, or in another language, can pass the about: check
// ("about: [PMI]") and still not be about what it is cited for. A value
// marked nearest: says itself that its page is about another.
func offTopicTitles(lib *Library) []string {
	var out []string
	for _, id := range sortedCertIDs(lib) {
		c := lib.certs[catalogCertID(id)]
		seen := map[string]bool{}
		check := func(source string) {
			src, ok := lib.sources[source]
			if !ok || seen[source] || titleNames(src, c.Cert) {
				return
			}
			seen[source] = true
			out = append(out, fmt.Sprintf("certs/%s.md: cites %s (%q) for %s, but its title names neither %s nor, as the issuer's own general page, %s; cite a page about %s, or correct the title if the page is about it",
				id, source, src.Title, c.Short, c.Short, c.Issuer, c.Short))
		}
		for _, f := range c.figures() {
			for _, x := range f.fig {
				if x.Known() && x.Nearest == "" {
					check(x.Source)
				}
			}
		}
		for _, q := range slices.Concat(c.Rules.Requires, c.Rules.Recommends) {
			if q.Source != "" {
				check(q.Source)
			}
		}
	}
	return out
}

// titleNames reports whether a source's title names the certification, or
// the issuer when the source is the issuer's page about all of them.
func titleNames(src Source, c catalog.Cert) bool {
	title := " " + plainWords(src.Title) + " "
	names := append([]string{c.Short, c.Name, strings.ReplaceAll(string(c.ID), "-", " ")}, c.Postings.Phrases...)
	if slices.Contains(src.About, c.Issuer) && src.Issuer() {
		names = append(names, c.Issuer)
	}
	for _, n := range names {
		if w := plainWords(n); w != "" && strings.Contains(title, " "+w+" ") {
			return true
		}
	}
	return false
}

// plainWords is s in lower case with every run of characters other than
// letters and digits one space: "Scrum.org: PSM-I" is "scrum org psm i".
func plainWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
