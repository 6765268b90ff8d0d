package questions

import (
	"certpath/catalog"
	"certpath/postings"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Question is one item of the bank. Its ID and its options' IDs are stable:
// answers files use them as keys.
type Question struct {
	ID      string
	Section Section
	// Title is the short form shown on the review screen.
	Title  string
	Prompt string
	Hint   string
	Kind   Kind
	// Options are the choices of single, multi and allocation questions.
	Options []Option
	// Effect is what a daily frequency adds, for Frequency questions.
	Effect Effect
	// Optional questions may be skipped; the quiz and answers files accept
	// them missing.
	Optional bool
}

// Option returns the option with the given ID.
func (q Question) Option(id string) (Option, bool) {
	for _, o := range q.Options {
		if o.ID == id {
			return o, true
		}
	}
	return Option{}, false
}

// OptionIDs lists the IDs a question accepts, for error messages and help.
func (q Question) OptionIDs() []string {
	var ids []string
	for _, c := range q.Kind.Choices(q) {
		ids = append(ids, c.ID)
	}
	return ids
}

// Bank is the ordered list of questions the quiz asks, with the catalogue of
// certifications its options and path rules name.
type Bank struct {
	Questions []Question
	Catalog   catalog.Catalog
}

// Question returns the question with the given ID.
func (b Bank) Question(id string) (Question, bool) {
	for _, q := range b.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// Index returns the position of a question in the bank, or -1.
func (b Bank) Index(id string) int {
	for i, q := range b.Questions {
		if q.ID == id {
			return i
		}
	}
	return -1
}

// Validate checks that the bank is consistent: unique IDs, options where the
// kind needs them, every weight naming a known profile or framework. The quiz
// refuses to start on a bank that fails it.
func (b Bank) Validate() error {
	profiles := map[catalog.ProfileID]bool{}
	for _, p := range catalog.Profiles() {
		profiles[p.ID] = true
	}
	frameworks := map[catalog.Framework]bool{}
	for _, f := range catalog.Frameworks() {
		frameworks[f] = true
	}
	checkEffect := func(where string, e Effect) error {
		for p := range e.Profiles {
			if !profiles[p] {
				return fmt.Errorf("%s: weight for unknown profile %q", where, p)
			}
		}
		for f := range e.Frameworks {
			if !frameworks[f] {
				return fmt.Errorf("%s: weight for unknown framework %q", where, f)
			}
		}
		return nil
	}
	if err := b.Catalog.Require("the path rules", catalog.RuleCerts()...); err != nil {
		return err
	}
	if err := b.Catalog.Require("the postings lexicon's phrases", postings.LexiconCerts()...); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, q := range b.Questions {
		if q.ID == "" || seen[q.ID] {
			return fmt.Errorf("question %q: empty or duplicate ID", q.ID)
		}
		seen[q.ID] = true
		if q.Kind == nil {
			return fmt.Errorf("question %q: no kind; give it one of the kinds in questions.Kinds()", q.ID)
		}
		if err := q.Kind.Validate(q); err != nil {
			return err
		}
		if err := checkEffect("question "+q.ID, q.Effect); err != nil {
			return err
		}
		optSeen := map[string]bool{}
		for _, o := range q.Options {
			if o.ID == "" || optSeen[o.ID] {
				return fmt.Errorf("question %q: empty or duplicate option ID %q", q.ID, o.ID)
			}
			optSeen[o.ID] = true
			if err := checkEffect("question "+q.ID+" option "+o.ID, o.Effect); err != nil {
				return err
			}
			if o.Cert != "" {
				if _, ok := b.Catalog.Lookup(o.Cert); !ok {
					return fmt.Errorf("question %q option %q: names certification %q, which the content does not have", q.ID, o.ID, o.Cert)
				}
			}
		}
	}
	reads := PlannerReads()
	for _, qid := range slices.Sorted(maps.Keys(reads)) {
		opts := reads[qid]
		q, ok := b.Question(qid)
		if !ok {
			return fmt.Errorf("the path planner reads question %q, which the bank lacks", qid)
		}
		for _, o := range opts {
			if _, ok := q.Option(string(o)); !ok {
				return fmt.Errorf("the path planner reads option %q of question %q, which the bank lacks; the question offers %s", o, qid, strings.Join(q.OptionIDs(), ", "))
			}
		}
	}
	return nil
}
