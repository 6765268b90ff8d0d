package questions

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"certpath/postings"
)

// Kind is how a question is answered. Each kind is one type in a file of its
// own (kind_*.go), and everything that differs between kinds is a method
// here: the bank, scoring, close calls and answers files call these methods
// and never switch on the kind. The quiz's widget and the accessible prompt
// for a kind live with the screens; their tests fail when a kind has none.
type Kind interface {
	// Name is the kind's stable name, shown by certpath questions.
	Name() string
	// Shape says in a few words what an answers file gives for it.
	Shape() string
	// Expects says what an answers file gives for one question, with its
	// choices, for error messages.
	Expects(q Question) string
	// Validate checks a question's definition: options where the kind needs
	// them, none where it takes none.
	Validate(q Question) error
	// Check reports why an answer does not fit the question, naming what
	// would be accepted; nil means it fits.
	Check(q Question, a Answer) error
	// Describe renders an answer in words for the review and the results.
	Describe(q Question, a Answer) string
	// DescribePart names in words the part of an answer (an option, a share
	// of the week) behind one contribution to a score.
	DescribePart(q Question, a Answer, optionID string) string
	// Score lists what an answer adds to the profiles and frameworks.
	Score(q Question, a Answer) Scored
	// Read adds what an answer tells the planner (traits, certifications,
	// years) from what the question and its options carry.
	Read(q Question, a Answer, r *Reading)
	// Alternatives lists the one-step changes of an answer that a close call
	// tries: another option, one more or less, another level, part of the
	// week moved.
	Alternatives(q Question, a Answer) []Alternative
	// Choices lists what an answer can pick from (options, levels); empty
	// for kinds that take text.
	Choices(q Question) []Choice
	// Decode reads an answer from a value parsed out of an answers file.
	Decode(q Question, v any) (Answer, error)
	// Encode is the answers-file value of an answer, or nil to leave it out.
	Encode(q Question, a Answer) (*yaml.Node, error)
}

// Kinds lists every kind, so that tests can check each has a widget, an
// accessible prompt and a round trip through an answers file.
func Kinds() []Kind {
	return []Kind{SingleChoice{}, MultiChoice{}, Frequency{}, Allocation{}, Postings{}}
}

// Choice is one thing an answer can pick: an option or a frequency level.
type Choice struct {
	ID    string
	Label string
}

// Part is one weighted piece of a score: an option's (or the whole
// question's) effect, taken at a share between 0 and 1.
type Part struct {
	OptionID string
	Effect   Effect
	Share    float64
}

// Scored is what one answer adds, and the postings analysis behind it when
// the kind reads postings.
type Scored struct {
	Parts    []Part
	Postings *postings.Report
}

// Alternative is one answer a close call tries instead of the given one, and
// the change in words.
type Alternative struct {
	Answer Answer
	Change string
}

// optionChoices is Choices for kinds whose choices are the question's options.
func optionChoices(q Question) []Choice {
	out := make([]Choice, len(q.Options))
	for i, o := range q.Options {
		out[i] = Choice{o.ID, o.Label}
	}
	return out
}

// encodeValue is Encode for kinds whose value encodes as YAML does by default;
// lists are written on one line, the way the quiz shows them.
func encodeValue(v any) (*yaml.Node, error) {
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	if n.Kind == yaml.SequenceNode {
		n.Style = yaml.FlowStyle
	}
	return &n, nil
}

// expects is what an answers file gives for q, for error messages.
func expects(q Question) string { return q.Kind.Expects(q) }

// choiceIDs joins the IDs a question accepts.
func choiceIDs(q Question) string { return strings.Join(q.OptionIDs(), ", ") }
