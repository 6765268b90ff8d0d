package catalog

import (
	_ "embed"
	"strings"
)

//go:embed excluded.yaml
var excludedList string

// ExcludedDomains are the domains certpath never cites (and everything below
// them): content farms, exam-dump marketing, scrapers and off-topic pages.
// They live here, apart from the content, so that no content file names one.
func ExcludedDomains() []string {
	var out []string
	for _, line := range strings.Split(excludedList, "\n") {
		if d, ok := strings.CutPrefix(strings.TrimSpace(line), "- "); ok && d != "" {
			out = append(out, strings.ToLower(strings.TrimSpace(d)))
		}
	}
	return out
}
