package content

import (
	"fmt"
	"strings"

	"certpath/questions"
)

// reasonsShown caps the "why" list so the results stay readable.
const reasonsShown = 6

// Report writes the results of a quiz as markdown: the recommended path, the
// ranked profiles and the answers that moved the top one. The quiz screen and
// the command line render the same text.
func Report(lib *Library, b questions.Bank, a questions.Answers, r questions.Result, path []questions.Step) string {
	var s strings.Builder
	top := r.Top()
	s.WriteString("# Recommended path\n\n")
	if top.Score <= 0 {
		s.WriteString("Your answers did not point to any role yet. Go back and tell certpath what the postings ask for and where your week goes.\n\n")
	} else {
		fmt.Fprintf(&s, "Your answers point to **%s**, in the context of **%s**.\n\n", top.Name, questions.FrameworkName(r.Framework()))
		if p, ok := lib.Profile(top.ID); ok {
			fmt.Fprintf(&s, "*%s: %s*\n\n", top.Name, p.Summary)
		}
	}
	if len(path) > 0 {
		s.WriteString("## Your path\n\n")
		for i, st := range path {
			name := questions.CertName(st.Cert)
			if st.Alternative != "" {
				name += " or " + questions.CertName(st.Alternative)
			}
			when := "Then"
			if i == 0 {
				when = "First"
			}
			fmt.Fprintf(&s, "### %d. %s: %s\n\n%s\n\n", i+1, when, name, st.Reason)
		}
	}
	s.WriteString("## Role profiles\n\n")
	for i, p := range r.Profiles {
		fmt.Fprintf(&s, "%d. **%s**: %.1f\n", i+1, p.Name, p.Score)
	}
	s.WriteString("\n")
	if top.Score > 0 {
		fmt.Fprintf(&s, "## Why %s\n\nThe answers that added most to it:\n\n", top.Name)
		for i, c := range top.Contributions {
			if i == reasonsShown {
				break
			}
			q, ok := b.Question(c.QuestionID)
			if !ok {
				continue
			}
			fmt.Fprintf(&s, "- **+%.1f** %s\n", c.Points, q.DescribeContribution(c, a[c.QuestionID]))
		}
		s.WriteString("\n")
	}
	s.WriteString("## Before you register\n\nExam formats, fees and renewal rules change, and sources disagree on some of them. Check the current figures on the issuer's own page before you register.\n")
	return s.String()
}
