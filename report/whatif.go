package report

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/planner"
	"certpath/questions"
	"certpath/whatif"
)

// Change is one flip line as JSON gives it: the answer that would change
// (its question ID, and the value as an answers file gives it), the first
// step the path would then have and when it would open, and the sentence
// the results say.
type Change struct {
	Question string `json:"question"`
	Value    any    `json:"value"`
	// FirstStep is the first step's certification ID, "" when the path
	// would be empty; FirstAlternative its equivalent, when it has one.
	FirstStep        catalog.CertID `json:"first_step"`
	FirstAlternative catalog.CertID `json:"first_alternative,omitempty"`
	When             string         `json:"when"`
	Sentence         string         `json:"sentence"`
}

// Changes are the flip lines shown for a person: at most whatif.MaxShown,
// best first; none when the path is stable.
func Changes(cat catalog.Catalog, b questions.Bank, a questions.Answers, o planner.Outcome, res whatif.Result) []Change {
	out := []Change{}
	for _, f := range res.Shown() {
		q, _ := b.Question(f.Question)
		ch := Change{Question: f.Question, Value: answerValue(q, f.Answer), Sentence: flipSentence(cat, q, a[q.ID], o, f)}
		if f.HasFirst {
			ch.FirstStep, ch.FirstAlternative, ch.When = f.First.Cert, f.First.Alternative, StepWhen(cat, f.First)
		}
		out = append(out, ch)
	}
	return out
}

// answerValue is an answer as an answers file gives it: an option ID, a
// list of them, a level ID.
func answerValue(q questions.Question, a questions.Answer) any {
	node, err := q.Kind.Encode(q, a)
	if err != nil || node == nil {
		return nil
	}
	var v any
	if node.Decode(&v) != nil {
		return nil
	}
	return v
}

// flipSentence says a flip in the person's words: "With 24 to 35 months in
// agile roles, PMI-ACP opens now and comes first."
func flipSentence(cat catalog.Catalog, q questions.Question, was questions.Answer, o planner.Outcome, f whatif.Flip) string {
	return changePhrase(cat, q, was, o, f.Candidate) + ", " + startPhrase(cat, o, f) + "."
}

// changePhrase says the change: "With 24 to 35 months in agile roles", "If
// you already held CSM", "If the postings also named PMI-ACP".
func changePhrase(cat catalog.Catalog, q questions.Question, was questions.Answer, o planner.Outcome, c whatif.Candidate) string {
	label := func(id string) string {
		opt, _ := q.Option(id)
		return opt.Label
	}
	switch {
	case q.Tenure == questions.TenureAgile:
		return "With " + band(label(c.Option)) + " in agile roles"
	case q.Tenure == questions.TenureRole:
		return "With " + band(label(c.Option)) + " " + roleWork(cat, o.LeadsWith)
	case c.Added != "" && q.Certs == questions.CertsHeld:
		opt, _ := q.Option(c.Added)
		if ct, ok := cat.Lookup(opt.Cert); ok {
			return "If you already held " + ct.Short
		}
		return "If you already held " + opt.Label
	case c.Added != "" && q.Certs == questions.CertsNamed:
		return "If the postings also named " + label(c.Added)
	case c.Removed != "" && q.Certs == questions.CertsNamed:
		return "If the postings did not name " + label(c.Removed)
	case c.Added != "":
		return fmt.Sprintf("With “%s” added to “%s”", label(c.Added), q.Title)
	case c.Removed != "":
		return fmt.Sprintf("With “%s” taken out of “%s”", label(c.Removed), q.Title)
	}
	return fmt.Sprintf("If you answered “%s” to “%s”", q.Describe(c.Answer), q.Prompt)
}

// band is a band of years without its gloss: "36 to 59 months".
func band(label string) string {
	if i := strings.Index(label, " ("); i > 0 {
		label = label[:i]
	}
	return label
}

// roleWork is the work whose months the role question counts, for the
// profile the path follows: "as Scrum Master", "leading projects".
func roleWork(cat catalog.Catalog, p catalog.ProfileID) string {
	plan, _ := cat.Plan(p)
	switch plan.Role {
	case catalog.RoleProjectLead:
		return "leading projects"
	case catalog.RoleAgile, "":
		return "in your current role"
	}
	return "as " + catalog.RoleName(plan.Role)
}

// startPhrase says how the path would start: "PMI-ACP opens now and comes
// first", "PSM II comes first (after 12 months as Scrum Master)", "A-CSM
// still comes first and opens now (today: after 12 months as Scrum
// Master)".
func startPhrase(cat catalog.Catalog, o planner.Outcome, f whatif.Flip) string {
	if !f.HasFirst {
		return "certpath would offer no step"
	}
	names, when := stepNames(cat, f.First), StepWhen(cat, f.First)
	if len(o.Path) > 0 && !f.ChangesFirst(o.Path[0]) && when == "now" {
		return fmt.Sprintf("%s still comes first and opens now (today: %s)", names, StepWhen(cat, o.Path[0]))
	}
	if len(o.Path) > 0 && !f.ChangesFirst(o.Path[0]) {
		return fmt.Sprintf("%s still comes first (%s; today: %s)", names, when, StepWhen(cat, o.Path[0]))
	}
	if when == "now" {
		return names + " opens now and comes first"
	}
	return fmt.Sprintf("%s comes first (%s)", names, when)
}

// whatIfMarkdown is the section under the path: the flip lines, or that
// the path is stable, or (pending) that they are being worked out; then a
// close call's flips.
func whatIfMarkdown(o planner.Outcome, changes []Change, tried int, pending bool) string {
	var s strings.Builder
	s.WriteString("## What would change it\n\n")
	switch {
	case pending:
		s.WriteString("Working out which single answers would change the first step…\n\n")
	case len(changes) == 0:
		fmt.Fprintf(&s, "The path is stable: none of the %d nearby changes certpath tried (more years, one more certification, another answer to one question) changes the first step or when it opens.\n\n", tried)
	default:
		for _, ch := range changes {
			fmt.Fprintf(&s, "- %s\n", ch.Sentence)
		}
		s.WriteString("\n")
	}
	if cc := o.CloseCall; cc != nil && len(cc.Flips) > 0 {
		s.WriteString(flipsMarkdown(o.Result, cc))
	}
	return s.String()
}
