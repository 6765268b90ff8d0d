package catalog

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// OutsideID names a certification outside the catalogue (capm, icp-acc).
// The IDs are stable: JSON output uses them.
type OutsideID string

// Outside is a certification certpath does not cover but names when a
// posting or an answer names it, so that it never passes in silence: who
// issues it, the one line a coach would add, the source of a fact that line
// states, and how postings name it. Its content file is outside.yaml.
type Outside struct {
	ID     OutsideID `yaml:"id" json:"id"`
	Name   string    `yaml:"name" json:"name"`
	Short  string    `yaml:"short" json:"short"`
	Issuer string    `yaml:"issuer" json:"issuer"`
	// Line is what a coach would add about it, in one sentence.
	Line string `yaml:"line" json:"line"`
	// Source is the ID in sources.yaml of the page behind a fact the line
	// states; empty when it states none.
	Source string `yaml:"source" json:"source,omitempty"`
	// Postings are the phrases that name it in a posting and what naming
	// it adds to the profiles; its option is the option of the postings
	// question that stands for it, given here (a coaching certification)
	// or shared by ID with a certification of the catalogue (pmp: "PMP or
	// PRINCE2").
	Postings InPostings `yaml:"postings" json:"-"`
}

// FullName is the name with the short name in brackets when the name does
// not already contain it.
func (o Outside) FullName() string { return fullName(o.Name, o.Short) }

// fullName is a name with its short name in brackets, unless it holds it.
func fullName(name, short string) string {
	if short == "" || strings.Contains(name, short) {
		return name
	}
	return name + " (" + short + ")"
}

// WithOutside returns the catalog with the certifications it does not
// cover, in the order given.
func (c Catalog) WithOutside(list []Outside) Catalog {
	c.outside = slices.Clone(list)
	return c
}

// Outside returns the certifications outside the catalogue, in their
// file's order.
func (c Catalog) Outside() []Outside { return slices.Clone(c.outside) }

// LookupOutside returns the certification outside the catalogue with the
// given ID.
func (c Catalog) LookupOutside(id OutsideID) (Outside, bool) {
	i := slices.IndexFunc(c.outside, func(x Outside) bool { return x.ID == id })
	if i < 0 {
		return Outside{}, false
	}
	return c.outside[i], true
}

// outsideIDRE is what an outside ID looks like: lower-case words joined by
// hyphens, as certifications' IDs.
var outsideIDRE = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// CheckOutside lists every problem of the certifications outside the
// catalogue: an ID missing, malformed, used twice or taken by a
// certification of the catalogue; no name, short name, issuer or line;
// nothing that could name it (no phrase and no option); a phrase that
// already names another certification. The line's source is checked with
// the sources (content), and its option with the catalogue's (CheckPlans).
func (c Catalog) CheckOutside() []string {
	var out []string
	seen := map[OutsideID]bool{}
	phrases := c.certPhrases()
	for i, x := range c.outside {
		where := fmt.Sprintf("outside.yaml: entry %d (%s)", i+1, x.ID)
		bad := func(format string, args ...any) { out = append(out, where+": "+fmt.Sprintf(format, args...)) }
		_, taken := c.Lookup(CertID(x.ID))
		switch {
		case x.ID == "":
			bad("id is missing; give a lower-case ID such as capm")
		case !outsideIDRE.MatchString(string(x.ID)):
			bad("id %q is not lower-case words joined by hyphens (capm, icp-acc)", x.ID)
		case seen[x.ID]:
			bad("id %q is used twice", x.ID)
		case taken:
			bad("id %q is a certification of the catalogue (certs/%s.md); an entry here is one certpath does not cover", x.ID, x.ID)
		}
		seen[x.ID] = true
		for _, f := range []struct{ name, value string }{{"name", x.Name}, {"short", x.Short}, {"issuer", x.Issuer}, {"line", x.Line}} {
			if strings.TrimSpace(f.value) == "" {
				bad("%s is missing", f.name)
			}
		}
		in := x.Postings
		if len(in.Phrases)+len(in.Exact) == 0 && in.Option == nil {
			bad("postings has no phrase, exact phrase or option: nothing could name it")
		}
		for _, p := range slices.Concat(in.Phrases, in.Exact) {
			key := strings.ToLower(strings.Join(strings.Fields(p), " "))
			if other, dup := phrases[key]; dup {
				bad("the phrase %q already names %s", p, other)
			}
			phrases[key] = "outside.yaml " + string(x.ID)
		}
	}
	return out
}

// certPhrases maps the phrases that name the catalogue's certifications,
// in lower case, to the file that gives each.
func (c Catalog) certPhrases() map[string]string {
	out := map[string]string{}
	for _, x := range c.certs {
		for _, p := range slices.Concat(x.Postings.Phrases, x.Postings.Exact) {
			out[strings.ToLower(strings.Join(strings.Fields(p), " "))] = "certs/" + string(x.ID) + ".md"
		}
	}
	return out
}
