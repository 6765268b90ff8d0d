package accessible

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/postings"
)

// findings is what the analyzer read in the postings, in lines of plain
// text: the roles and frameworks across them, then each posting's own
// reading when there are several, as the screens show after reading them.
// read opens it ("Read 2 postings").
func findings(read string, ps []postings.Text) string {
	rep := postings.Default().AnalyzeAll(ps)
	them := map[bool]string{true: "it", false: "them"}[len(ps) == 1]
	if rep.Top() == "" {
		return read + "; no role signals found in " + them + ", so " + them + " will not change the results."
	}
	lines := []string{read + ". Roles: " + roleShares(rep.Profiles, 3) + ".", "Framework: " + frameworkShares(rep.Frameworks) + "."}
	if len(ps) == 1 {
		return strings.Join(append(lines, "Phrases: "+phrases(rep.Evidence)+"."), "\n")
	}
	for i, p := range ps {
		if i >= len(rep.Postings) {
			break
		}
		a := rep.Postings[i]
		if a.Top() == "" {
			lines = append(lines, p.Name+": no role signals found.")
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s; framework %s; phrases %s.", p.Name, roleShares(a.Profiles, 3), frameworkShares(a.Frameworks), phrases(a.Evidence)))
	}
	return strings.Join(lines, "\n")
}

// roleShares names the first n roles found, with their shares.
func roleShares(profiles []postings.PostingScore, n int) string {
	var out []string
	for _, s := range profiles {
		if s.Points > 0 && len(out) < n {
			out = append(out, fmt.Sprintf("%s %.0f%%", s.Name, s.Score))
		}
	}
	return strings.Join(out, ", ")
}

// frameworkShares names the frameworks found, with their shares.
func frameworkShares(fs []postings.FrameworkShare) string {
	var out []string
	for _, f := range fs {
		if f.Points > 0 {
			out = append(out, fmt.Sprintf("%s %.0f%%", catalog.FrameworkName(f.ID), f.Score))
		}
	}
	if len(out) == 0 {
		return "none found"
	}
	return strings.Join(out, ", ")
}

// phrases lists the phrases matched, with how often.
func phrases(evidence []postings.Evidence) string {
	var out []string
	for _, e := range evidence {
		out = append(out, fmt.Sprintf("%q %d×", e.Phrase, e.Count))
	}
	return strings.Join(out, ", ")
}
