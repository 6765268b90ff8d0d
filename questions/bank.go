package questions

import "fmt"

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
	if q.Kind == Frequency {
		ids := make([]string, 0, len(FrequencyLevels()))
		for _, l := range FrequencyLevels() {
			ids = append(ids, l.ID)
		}
		return ids
	}
	ids := make([]string, 0, len(q.Options))
	for _, o := range q.Options {
		ids = append(ids, o.ID)
	}
	return ids
}

// Bank is the ordered list of questions the quiz asks.
type Bank struct {
	Questions []Question
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
	profiles := map[ProfileID]bool{}
	for _, p := range Profiles() {
		profiles[p.ID] = true
	}
	frameworks := map[Framework]bool{}
	for _, f := range Frameworks() {
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
	seen := map[string]bool{}
	for _, q := range b.Questions {
		if q.ID == "" || seen[q.ID] {
			return fmt.Errorf("question %q: empty or duplicate ID", q.ID)
		}
		seen[q.ID] = true
		switch q.Kind {
		case SingleChoice, MultiChoice, Allocation:
			if len(q.Options) < 2 {
				return fmt.Errorf("question %q: a %s question needs at least two options", q.ID, q.Kind)
			}
		case Frequency, Postings:
			if len(q.Options) != 0 {
				return fmt.Errorf("question %q: a %s question takes no options", q.ID, q.Kind)
			}
		default:
			return fmt.Errorf("question %q: unknown kind %q", q.ID, q.Kind)
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
		}
	}
	return nil
}
