package content

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"certpath/catalog"
)

// Exam holds the exam's facts; each may differ by version or source.
type Exam struct {
	Questions Figure `yaml:"questions"`
	Minutes   Figure `yaml:"minutes"`
	PassMark  Figure `yaml:"pass_mark"`
	Format    Figure `yaml:"format"`
}

// Dimensions are the plain-words rows of the side-by-side comparison.
type Dimensions struct {
	Outcome   string `yaml:"outcome"`
	Artifacts string `yaml:"artifacts"`
	Events    string `yaml:"events"`
}

// Cert is one certification's summary: facts in front matter, prose in Body.
type Cert struct {
	// Cert is the identity: ID, names, issuer, order, leads_to, profiles.
	// This file is its only home; catalog.Catalog hands it to the rest.
	catalog.Cert `yaml:",inline"`
	OfficialPage string `yaml:"official_page"`
	// WhatItIs and WhoItIsFor open the page at a glance, one line each.
	WhatItIs       string `yaml:"what_it_is"`
	WhoItIsFor     string `yaml:"who_it_is_for"`
	CourseRequired Figure `yaml:"course_required"`
	CourseLength   Figure `yaml:"course_length"`
	Exam           Exam   `yaml:"exam"`
	ExamFee        Figure `yaml:"exam_fee"`
	RetakeFee      Figure `yaml:"retake_fee"`
	CoursePrice    Figure `yaml:"course_price"`
	Renewal        Figure `yaml:"renewal"`
	RenewalFee     Figure `yaml:"renewal_fee"`
	Prerequisites  Figure `yaml:"prerequisites"`
	// LeadsBeyond names next steps outside certpath's catalogue (CSP-SM, SPC).
	LeadsBeyond []string         `yaml:"leads_beyond"`
	Neighbours  []catalog.CertID `yaml:"neighbours"`
	// OfficialNote says what official_page is when it is not the
	// certification's own page (none was found).
	OfficialNote string `yaml:"official_note"`
	// WhichFirst says, for a certification people weigh against this one,
	// which to take first and when; compare shows it.
	WhichFirst map[catalog.CertID]string `yaml:"which_first"`
	Compare    Dimensions                `yaml:"compare"`
	Body       string                    `yaml:"-"`
}

// figures lists a cert's figures by name, for validation and rendering.
func (c Cert) figures() []namedFigure {
	return []namedFigure{
		{"course_required", c.CourseRequired}, {"course_length", c.CourseLength},
		{"exam.questions", c.Exam.Questions}, {"exam.minutes", c.Exam.Minutes},
		{"exam.pass_mark", c.Exam.PassMark}, {"exam.format", c.Exam.Format},
		{"exam_fee", c.ExamFee}, {"retake_fee", c.RetakeFee}, {"course_price", c.CoursePrice},
		{"renewal", c.Renewal}, {"renewal_fee", c.RenewalFee}, {"prerequisites", c.Prerequisites},
	}
}

type namedFigure struct {
	name string
	fig  Figure
}

// checkCert lists every problem of one certification file.
func checkCert(name string, c Cert, sources map[string]Source, now time.Time) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, name+": "+fmt.Sprintf(format, args...)) }
	switch {
	case c.ID == "":
		bad("id is missing; it must be the file name without .md")
	case baseName(name) != string(c.ID):
		bad("id %q does not match the file name", c.ID)
	}
	if !slices.Contains(catalog.Issuers(), c.Issuer) {
		bad("issuer is %q; use one of %s", c.Issuer, strings.Join(catalog.Issuers(), ", "))
	}
	if c.Order <= 0 {
		bad("order is missing; give the certification's place in the catalogue (1, 2, ...)")
	}
	if c.Name == "" || c.Short == "" {
		bad("name and short are required")
	}
	switch {
	case !strings.HasPrefix(c.OfficialPage, "https://"):
		bad("official_page must be the issuer's https:// page, got %q", c.OfficialPage)
	case bareHome(c.OfficialPage):
		bad("official_page %s is a home page; give the certification's own page (or the issuer's nearest page, with official_note saying so)", c.OfficialPage)
	}
	if c.RenewalYears < 0 || c.RenewalYears > 5 {
		bad("renewal_years is %d; give how often it renews, 0 to 5 (0: it never expires)", c.RenewalYears)
	}
	for _, p := range c.Profiles {
		if !catalog.KnownProfile(p) {
			bad("profiles names %q, which is not a known profile", p)
		}
	}
	for _, f := range c.figures() {
		if len(f.fig) == 0 {
			bad("%s is missing; write value: unknown with a note when nothing was verified", f.name)
		}
		for _, x := range f.fig {
			out = append(out, checkFact(name+": "+f.name, x, sources)...)
		}
		out = append(out, checkAgreement(name+": "+f.name, f.fig, Count(firstValue(c.Exam.Questions)), now)...)
	}
	out = append(out, checkGlance(name, c)...)
	if c.Compare.Outcome == "" || c.Compare.Artifacts == "" || c.Compare.Events == "" {
		bad("compare needs outcome, artifacts and events")
	}
	if strings.TrimSpace(c.Body) == "" {
		bad("the summary text after the front matter is empty")
	}
	return out
}

// checkGlance fails a glance row of the front matter too long for one line.
func checkGlance(name string, c Cert) []string {
	var out []string
	for _, g := range []struct{ key, text string }{{"what_it_is", c.WhatItIs}, {"who_it_is_for", c.WhoItIsFor}} {
		if n := len([]rune(g.text)); n > GlanceWidth {
			out = append(out, fmt.Sprintf("%s: %s is %d characters; a glance row holds %d, so say it in fewer words", name, g.key, n, GlanceWidth))
		}
	}
	return out
}

func checkFact(where string, f Fact, sources map[string]Source) []string {
	var out []string
	out = append(out, checkDates(where, f)...)
	out = append(out, checkQuote(where, f)...)
	switch {
	case f.Value == "":
		out = append(out, where+": a fact has no value")
	case f.Value == Unknown:
		if f.Note == "" {
			out = append(out, where+": an unknown value needs a note saying what was looked for")
		}
	default:
		if _, ok := sources[f.Source]; !ok {
			out = append(out, fmt.Sprintf("%s: value %q cites source %q, which is not in sources.yaml", where, f.Value, f.Source))
		}
		if f.AsOf != "undated" && !validDate(f.AsOf) {
			out = append(out, fmt.Sprintf("%s: value %q needs as_of as YYYY, YYYY-MM, YYYY-MM-DD or undated, got %q", where, f.Value, f.AsOf))
		}
	}
	return out
}

// checkDates checks a fact's dates of effect.
func checkDates(where string, f Fact) []string {
	var out []string
	for _, d := range []struct{ name, value string }{{"effective_from", f.EffectiveFrom}, {"effective_until", f.EffectiveUntil}} {
		if d.value != "" && !validDay(d.value) {
			out = append(out, fmt.Sprintf("%s: value %q has %s %q; give a real date as YYYY-MM-DD", where, f.Value, d.name, d.value))
		}
	}
	return out
}

// checkAgreement fails when two values hold at the same time for the same
// version and the same people, differ after normalising, and nothing says
// why: a real disagreement must be explained in a note.
func checkAgreement(where string, fig Figure, questions int, now time.Time) []string {
	var out []string
	current, _, _ := fig.On(now)
	for _, g := range current.Groups() {
		d := g.Distinct(questions)
		if len(d) < 2 {
			continue
		}
		noted := false
		for _, x := range g.Facts {
			noted = noted || x.Note != ""
		}
		if !noted {
			out = append(out, fmt.Sprintf("%s: current values %q and %q differ for the same version and people; add a note saying why, or give them a version, applies_to or effective dates", where, d[0].Value, d[1].Value))
		}
	}
	return out
}

// firstValue is a figure's first value, or "".
func firstValue(f Figure) string {
	if len(f) == 0 {
		return ""
	}
	return f[0].Value
}
