package content

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"certpath/catalog"
)

// Source is one entry of sources.yaml.
type Source struct {
	Title string `yaml:"title" json:"title"`
	URL   string `yaml:"url" json:"url"`
	// Tier says how far a source can be trusted: A the issuer's own site
	// (A-chapter a PMI chapter, A-copy an issuer document on another host),
	// B an accredited trainer or an established publication, C any other
	// third party.
	Tier string `yaml:"tier" json:"tier"`
	// Date is what the page shows (YYYY, YYYY-MM or YYYY-MM-DD) or undated.
	Date string `yaml:"date" json:"date"`
	// Checked is the day certpath's research last read the page.
	Checked string `yaml:"checked" json:"checked"`
	// About lists what the page is about: certification IDs, or an issuer
	// (as catalog.Issuers names them) for a page about all its
	// certifications. A value citing the page for anything else must say
	// it is the nearest one found (nearest:).
	About []string `yaml:"about" json:"about"`
}

// IsAbout reports whether the page is about a certification.
func (s Source) IsAbout(id catalog.CertID, issuer string) bool {
	return slices.Contains(s.About, string(id)) || slices.Contains(s.About, issuer)
}

// Tiers are the source tiers, strongest first.
func Tiers() []string { return []string{"A", "A-chapter", "A-copy", "B", "C"} }

// Issuer reports whether the source is the issuer's own word.
func (s Source) Issuer() bool { return strings.HasPrefix(s.Tier, "A") }

// TierLabel names the tier in words: "tier A, issuer".
func (s Source) TierLabel() string {
	switch s.Tier {
	case "A":
		return "tier A, issuer"
	case "A-chapter":
		return "tier A, PMI chapter"
	case "A-copy":
		return "tier A, a copy of an issuer document on another site (re-check it on the issuer's site)"
	case "B":
		return "tier B, accredited trainer or publication"
	}
	return "tier C, other third party"
}

// When says when the page is from and when it was checked: "undated page,
// checked 22 Nov 2026", "page dated Feb 2024, checked 22 Nov 2026".
func (s Source) When() string {
	page := "undated page"
	if s.Date != "undated" {
		page = "page dated " + HumanDate(s.Date)
	}
	return page + ", checked " + HumanDate(s.Checked)
}

// Dated is when the page is from, in a word or two: "undated", "dated
// Feb 2024".
func (s Source) Dated() string {
	if s.Date == "undated" {
		return "undated"
	}
	return "dated " + HumanDate(s.Date)
}

// ShortWhen is When in fewer words, for a source list: "undated, checked
// 22 Nov 2026", "dated Feb 2024, checked 22 Nov 2026".
func (s Source) ShortWhen() string {
	return s.Dated() + ", checked " + HumanDate(s.Checked)
}

// checkSource lists the problems of one source.
func checkSource(id string, s Source, excluded []string, now time.Time) []string {
	var out []string
	bad := func(format string, args ...any) {
		out = append(out, "sources.yaml: "+id+": "+fmt.Sprintf(format, args...))
	}
	if s.Title == "" {
		bad("needs a title")
	}
	if !containsString(Tiers(), s.Tier) {
		bad("tier %q is not one of %s", s.Tier, strings.Join(Tiers(), ", "))
	}
	if s.Date != "undated" && !validDate(s.Date) {
		bad("date %q is not YYYY, YYYY-MM, YYYY-MM-DD or undated", s.Date)
	}
	if !validDay(s.Checked) {
		bad("checked %q must be the day the page was read, as YYYY-MM-DD", s.Checked)
	}
	for _, d := range []struct{ name, value string }{{"date", s.Date}, {"checked", s.Checked}} {
		if future(d.value, now) {
			bad("%s %s is after today (%s); a page cannot be dated or read on a day that has not come", d.name, d.value, now.Format(time.DateOnly))
		}
	}
	if len(s.About) == 0 {
		bad("about is missing; list the certification IDs the page is about, or its issuer (%s) for a page about all of them", strings.Join(catalog.Issuers(), ", "))
	}
	for _, a := range s.About {
		if !slices.Contains(catalog.Issuers(), a) && !aboutIDRE.MatchString(a) {
			bad("about names %q; give certification IDs (popm, psm-i) or an issuer (%s)", a, strings.Join(catalog.Issuers(), ", "))
		}
	}
	u, err := url.Parse(s.URL)
	switch {
	case err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "":
		bad("url %q must be an https:// (or http://) address", s.URL)
	default:
		if d := excludedDomain(u, excluded); d != "" {
			bad("url %s is on the excluded domain %s (a content farm or an off-topic page); cite the issuer or an accredited trainer instead", s.URL, d)
		}
	}
	return out
}

var aboutIDRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// excludedDomain returns the excluded entry a URL falls under, or "".
func excludedDomain(u *url.URL, excluded []string) string {
	host := strings.ToLower(strings.TrimPrefix(u.Hostname(), "www."))
	full := host + u.EscapedPath()
	for _, d := range excluded {
		d = strings.ToLower(d)
		if host == d || strings.HasSuffix(host, "."+d) || strings.HasPrefix(full, d) {
			return d
		}
	}
	return ""
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD that name real dates.
func validDate(d string) bool {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, d); err == nil && t.Format(layout) == d && t.Year() >= 1990 {
			return true
		}
	}
	return false
}

// future reports whether a valid date (YYYY, YYYY-MM or YYYY-MM-DD) lies
// after day now, compared at its own precision.
func future(d string, now time.Time) bool {
	if !validDate(d) {
		return false
	}
	today := now.Format(time.DateOnly)
	return d > today[:len(d)]
}

// validDay accepts a real YYYY-MM-DD date.
func validDay(d string) bool {
	t, err := time.Parse(time.DateOnly, d)
	return err == nil && t.Format(time.DateOnly) == d && t.Year() >= 1990
}

// bareHome reports whether an address is a site's home page rather than a
// certification's own page.
func bareHome(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}
