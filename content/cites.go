package content

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Cites collects the sources a document cites, in the order first cited.
type Cites struct {
	// Tiers asks a price's words to name each figure's sources with their
	// tiers, "(S29, tier B; S61, tier A)", rather than markers: for a view
	// with no list of sources under it (the team plan).
	Tiers bool
	ids   []string
	// quoted is, per source, the last day a check found a cited value's
	// quote on its page (checked.yaml).
	quoted map[string]string
}

// found records that a check found a cited value's quote on the page on day.
func (c *Cites) found(id, day string) {
	if day == "" {
		return
	}
	if c.quoted == nil {
		c.quoted = map[string]string{}
	}
	if day > c.quoted[id] {
		c.quoted[id] = day
	}
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

// Markers records the sources of values and returns their short citation
// marker, "[S31]" or "[S20, S21]"; tier, date and checked day are listed
// once under Sources.
func (c *Cites) Markers(facts Figure) string {
	var ids []string
	for _, x := range facts {
		if x.Source == "" || containsString(ids, x.Source) {
			continue
		}
		c.Add(x.Source)
		c.found(x.Source, x.Confirmed)
		ids = append(ids, x.Source)
	}
	if len(ids) == 0 {
		return ""
	}
	return "[" + strings.Join(ids, ", ") + "]"
}

// noteCiteRE finds "(S24)" in a note, which reads "[S24]" like every marker.
var noteCiteRE = regexp.MustCompile(`\((S\d+)\)`)

// MarkCites writes a note's citations, "(S24)" in the front matter, as the
// markers every page uses, "[S24]".
func MarkCites(note string) string {
	return noteCiteRE.ReplaceAllString(note, "[$1]")
}

// Notes lists the distinct notes of the figure's values, each once, with
// their citations marked.
func (f Figure) Notes() []string {
	var out []string
	for _, x := range f {
		if n := MarkCites(x.Note); n != "" && !containsString(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// SourcesMarkdown lists the cited sources, each with its tier, the page's
// date, the day it was checked and its address, after the official pages of
// the certifications named. Each address stands alone at the end of its line
// so renderers can keep it whole.
func (l *Library) SourcesMarkdown(cites *Cites, pages ...Cert) string {
	var s strings.Builder
	s.WriteString("## Sources\n\n")
	ids := cites.IDs()
	for _, c := range pages {
		if c.OfficialNote != "" {
			if i := slices.IndexFunc(ids, func(id string) bool { return l.sources[id].URL == c.OfficialPage }); i >= 0 {
				// The nearest page is a cited source: it comes first, once.
				ids = append([]string{ids[i]}, slices.Delete(slices.Clone(ids), i, i+1)...)
				continue
			}
			// Not the certification's own page: say so where it is listed.
			fmt.Fprintf(&s, "- [%s] %s's nearest page (none of its own was found). <%s>\n", c.Short, c.Issuer, c.OfficialPage)
			continue
		}
		fmt.Fprintf(&s, "- [%s] %s's own page%s. <%s>\n", c.Short, c.Issuer, l.alsoCovers(c), c.OfficialPage)
	}
	day := l.usualChecked(ids)
	var tiers []string
	for _, id := range ids {
		src := l.sources[id]
		when := src.ShortWhen()
		if src.Checked == day {
			when = src.Dated()
		}
		if day := cites.quoted[id]; day != "" {
			when += "; quoted words found on it " + HumanDate(day)
		}
		// "(A, undated)": the tier's letter, which the legend below says.
		fmt.Fprintf(&s, "- [%s] %s (%s, %s). <%s>\n", id, strings.TrimSuffix(src.Title, "."), src.Tier, when, src.URL)
		if !containsString(tiers, src.Tier) {
			tiers = append(tiers, src.Tier)
		}
	}
	if len(pages)+len(ids) == 0 {
		s.WriteString("Nothing above cites a source.\n")
	}
	if len(tiers) > 0 {
		legend := TierLegend(tiers)
		if day != "" {
			legend += " Checked " + HumanDate(day) + " unless the line says otherwise."
		}
		s.WriteString("\n" + legend + "\n")
	}
	return s.String()
}

// usualChecked is the day most of the sources were checked, when two or
// more share it, so a list says it once; "" otherwise.
func (l *Library) usualChecked(ids []string) string {
	count := map[string]int{}
	best := ""
	for _, id := range ids {
		d := l.sources[id].Checked
		count[d]++
		if count[d] > count[best] || count[d] == count[best] && d > best {
			best = d
		}
	}
	if count[best] < 2 {
		return ""
	}
	return best
}

// TierLegend says once what the tiers a source list uses mean, strongest
// first: "Tiers: A the issuer; C another third party."
func TierLegend(used []string) string {
	var parts []string
	for _, t := range Tiers() {
		if containsString(used, t) {
			parts = append(parts, t+" "+tierMeaning[t])
		}
	}
	return "Tiers: " + strings.Join(parts, "; ") + "."
}

// tierMeaning is what each tier's source is, as the tier legend says it.
var tierMeaning = map[string]string{
	"A":         "the issuer",
	"A-chapter": "a PMI chapter",
	"A-copy":    "an issuer document on another site (re-check it on the issuer's)",
	"B":         "an accredited trainer or publication",
	"C":         "another third party",
}

// alsoCovers names the other certifications whose own page c's official page
// is too, " (it covers A-CSPO too)", so one page reads alike under each.
func (l *Library) alsoCovers(c Cert) string {
	var others []string
	for _, o := range l.Certs() {
		if o.ID != c.ID && o.OfficialPage == c.OfficialPage && o.OfficialNote == "" {
			others = append(others, o.Short)
		}
	}
	if len(others) == 0 {
		return ""
	}
	return " (it covers " + strings.Join(others, ", ") + " too)"
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

// sourceOrder sorts S2 before S10, and named sources after numbered ones.
func sourceOrder(id string) int {
	n := 0
	if _, err := fmt.Sscanf(id, "S%d", &n); err != nil {
		return 1 << 20
	}
	return n
}
