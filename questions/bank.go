package questions

import (
	"fmt"
	"slices"

	"certpath/catalog"
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
	// Thresholds say when an allocation or a frequency shows a trait: the
	// share of the week its options with the trait take together, or the
	// frequency level (an index of FrequencyLevels), at least.
	Thresholds map[catalog.Trait]int
	// Certs says what the certifications of a multiple choice's options
	// are to the person: held, or named by the postings.
	Certs CertUse
	// Tenure says whose months a single choice of months counts.
	Tenure Tenure
	// Replaces is the ID this question had before, which answers files and
	// saved answers may still use; Legacy are the options it offered then,
	// read but no longer offered.
	Replaces string
	Legacy   []Option
}

// Option returns the option with the given ID: one offered, or one an
// earlier version offered.
func (q Question) Option(id string) (Option, bool) {
	for _, o := range q.Options {
		if o.ID == id {
			return o, true
		}
	}
	for _, o := range q.Legacy {
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
// kind needs them, every weight naming a known profile or framework, every
// certification one the catalogue has and every trait a known one. The quiz
// refuses to start on a bank that fails it.
func (b Bank) Validate() error {
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
		for t := range q.Thresholds {
			if err := checkTrait("question "+q.ID, t); err != nil {
				return err
			}
		}
		if err := b.checkOptions(q); err != nil {
			return err
		}
	}
	return nil
}

// checkOptions checks one question's options.
func (b Bank) checkOptions(q Question) error {
	optSeen := map[string]bool{}
	for _, o := range q.Options {
		where := "question " + q.ID + " option " + o.ID
		if o.ID == "" || optSeen[o.ID] {
			return fmt.Errorf("question %q: empty or duplicate option ID %q", q.ID, o.ID)
		}
		optSeen[o.ID] = true
		if err := checkEffect(where, o.Effect); err != nil {
			return err
		}
		for _, id := range append([]catalog.CertID{o.Cert}, o.Certs...) {
			if _, ok := b.Catalog.Lookup(id); id != "" && !ok {
				return fmt.Errorf("question %q option %q: names certification %q, which the content does not have", q.ID, o.ID, id)
			}
		}
		for _, id := range o.Outside {
			if _, ok := b.Catalog.LookupOutside(id); !ok {
				return fmt.Errorf("question %q option %q: names %q, which outside.yaml does not have", q.ID, o.ID, id)
			}
		}
		for _, t := range o.Traits {
			if err := checkTrait(where, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkEffect reports a weight for a profile or framework that is not one.
func checkEffect(where string, e Effect) error {
	for p := range e.Profiles {
		if !catalog.KnownProfile(p) {
			return fmt.Errorf("%s: weight for unknown profile %q", where, p)
		}
	}
	for f := range e.Frameworks {
		if !slices.Contains(catalog.Frameworks(), f) {
			return fmt.Errorf("%s: weight for unknown framework %q", where, f)
		}
	}
	return nil
}

// checkTrait reports a trait that is not one of catalog.Traits.
func checkTrait(where string, t catalog.Trait) error {
	if !slices.Contains(catalog.Traits(), t) {
		return fmt.Errorf("%s: trait %q is not one of catalog.Traits", where, t)
	}
	return nil
}
