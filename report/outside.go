package report

import (
	"fmt"
	"slices"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/planner"
	"certpath/questions"
)

// OutsideNamed is a certification outside the catalogue that the pasted
// postings or an answer name, as the results show it: who issues it, the
// line a coach would add, the source of a fact that line states, and what
// named it.
type OutsideNamed struct {
	ID     catalog.OutsideID `json:"id"`
	Short  string            `json:"short"`
	Name   string            `json:"name"`
	Issuer string            `json:"issuer"`
	Line   string            `json:"line"`
	Source string            `json:"source,omitempty"`
	// InPostings: the pasted postings name it. Answer: the label of the
	// answer that stands for it ("PMP or PRINCE2"), when one does.
	InPostings bool   `json:"in_postings"`
	Answer     string `json:"answer,omitempty"`
}

// Outside lists the certifications outside the catalogue that the answers
// or the pasted postings name, in outside.yaml's order.
func Outside(b questions.Bank, a questions.Answers, o planner.Outcome) []OutsideNamed {
	answers := b.Read(a).Outside
	var inText []catalog.OutsideID
	if o.Postings != nil {
		inText = o.Postings.OutsideNamed
	}
	var out []OutsideNamed
	for _, x := range b.Catalog.Outside() {
		label, byAnswer := answers[x.ID]
		text := slices.Contains(inText, x.ID)
		// An answer that stands for a certification of the catalogue too
		// ("PMP or PRINCE2") says nothing of the other: only a posting's
		// own words name it then.
		shared := x.Postings.Option != nil && slices.ContainsFunc(b.Catalog.Certs(), func(c catalog.Cert) bool {
			return c.Postings.Option != nil && c.Postings.Option.ID == x.Postings.Option.ID
		})
		if !text && (!byAnswer || shared) {
			continue
		}
		out = append(out, OutsideNamed{ID: x.ID, Short: x.Short, Name: x.Name, Issuer: x.Issuer, Line: x.Line, Source: x.Source, InPostings: text, Answer: label})
	}
	return out
}

// outsideMarkdown names the certifications outside the catalogue, each with
// what named it and its line, the line's source marked and cited.
func outsideMarkdown(named []OutsideNamed, cites *content.Cites) string {
	if len(named) == 0 {
		return ""
	}
	var s strings.Builder
	s.WriteString("## Named, but outside certpath's catalogue\n\n")
	// What named them is said once when it named them all: three times
	// "listed in the option you chose, “A coaching certification (ICP-ACC,
	// CEC, CTC)”" took a coach's answers past the text's 700 words.
	all := namedBy(named[0])
	for _, x := range named[1:] {
		if namedBy(x) != all {
			all = ""
		}
	}
	if len(named) > 1 && all != "" {
		fmt.Fprintf(&s, "certpath does not cover these, all %s, so no step of the path is one of them. What a coach would add:\n\n", all)
	} else {
		s.WriteString("certpath does not cover these, so no step of the path is one of them. What a coach would add:\n\n")
	}
	for _, x := range named {
		line := x.Line
		if x.Source != "" {
			cites.Add(x.Source)
			line = strings.TrimSuffix(line, ".") + " [" + x.Source + "]."
		}
		by := ", " + namedBy(x)
		if len(named) > 1 && all != "" {
			by = ""
		}
		fmt.Fprintf(&s, "- **%s**%s%s: %s\n", x.Short, outsideWho(x), by, line)
	}
	s.WriteString("\n")
	return s.String()
}

// outsideWho is the name and issuer in brackets after a certification's
// short name, without the issuer when its line starts by naming it
// ("Scrum Alliance's coaching credential"), nor a name that is the short one.
func outsideWho(x OutsideNamed) string {
	var who []string
	if x.Name != x.Short {
		who = append(who, x.Name)
	}
	if !strings.HasPrefix(x.Line, x.Issuer+"'s ") {
		who = append(who, x.Issuer)
	}
	if len(who) == 0 {
		return ""
	}
	return " (" + strings.Join(who, ", ") + ")"
}

// namedBy says what named a certification outside the catalogue.
func namedBy(x OutsideNamed) string {
	switch {
	case x.InPostings && x.Answer != "":
		return "in your postings and in the option you chose, “" + x.Answer + "”"
	case x.InPostings:
		return "in your postings"
	}
	return "listed in the option you chose, “" + x.Answer + "”"
}
