package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"certpath/catalog"
)

// Unknown is the value of a fact nobody could verify.
const Unknown = "unknown"

// Fact is one sourced value. A figure with several facts is a disagreement
// (or several exam versions), and every value is kept with its source.
type Fact struct {
	Value string `yaml:"value"`
	// Version names the exam or rule version the value belongs to, if any.
	Version string `yaml:"version,omitempty"`
	// Source is an ID from sources.yaml.
	Source string `yaml:"source,omitempty"`
	// AsOf is the date the source shows (YYYY, YYYY-MM or YYYY-MM-DD), or
	// "undated" when it shows none.
	AsOf string `yaml:"as_of,omitempty"`
	// Note says what a reader should know: why a value is unknown, a caveat.
	Note string `yaml:"note,omitempty"`
}

// Figure is every known value of one fact.
type Figure []Fact

// Values lists the distinct values in order of appearance; values that say
// the same thing ("73%" and "73% (33 of 45)") count once, in the first
// wording seen.
func (f Figure) Values() []string {
	var out, cores []string
	for _, x := range f {
		if c := core(x.Value); !contains(cores, c) {
			cores = append(cores, c)
			out = append(out, x.Value)
		}
	}
	return out
}

// Disputed reports whether the sources give different values.
func (f Figure) Disputed() bool { return len(f.Values()) > 1 }

// core is what a value says, without the detail in parentheses.
func core(v string) string {
	if i := strings.Index(v, " ("); i > 0 {
		return v[:i]
	}
	return v
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

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
	catalog.Cert   `yaml:",inline"`
	OfficialPage   string `yaml:"official_page"`
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
	Compare     Dimensions       `yaml:"compare"`
	Body        string           `yaml:"-"`
}

// Source is one entry of sources.yaml.
type Source struct {
	Title    string `yaml:"title"`
	URL      string `yaml:"url"`
	Official bool   `yaml:"official"`
	Date     string `yaml:"date"`
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

var asOfPattern = regexp.MustCompile(`^(undated|\d{4}(-\d{2}(-\d{2})?)?)$`)

// checkCert lists every problem of one certification file.
func checkCert(name string, c Cert, sources map[string]Source) []string {
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
	if !strings.HasPrefix(c.OfficialPage, "https://") {
		bad("official_page must be the issuer's https:// page, got %q", c.OfficialPage)
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
	}
	if c.Compare.Outcome == "" || c.Compare.Artifacts == "" || c.Compare.Events == "" {
		bad("compare needs outcome, artifacts and events")
	}
	if strings.TrimSpace(c.Body) == "" {
		bad("the summary text after the front matter is empty")
	}
	return out
}

func checkFact(where string, f Fact, sources map[string]Source) []string {
	var out []string
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
		if !asOfPattern.MatchString(f.AsOf) {
			out = append(out, fmt.Sprintf("%s: value %q needs as_of as YYYY, YYYY-MM, YYYY-MM-DD or undated, got %q", where, f.Value, f.AsOf))
		}
	}
	return out
}
