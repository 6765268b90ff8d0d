package questions

// Kind says how a question is answered.
type Kind string

// The question kinds. Each has its own widget in the quiz and its own answer
// shape in answers files.
const (
	// SingleChoice takes exactly one option ID.
	SingleChoice Kind = "single"
	// MultiChoice takes a list of option IDs; an option marked Exclusive
	// ("none of these") stands alone.
	MultiChoice Kind = "multi"
	// Frequency takes one level of the frequency scale, never ... daily.
	Frequency Kind = "scale"
	// Allocation spreads 100 percent across its options.
	Allocation Kind = "allocation"
	// Postings takes the text of job postings, which the analyzer reads.
	Postings Kind = "postings"
)

// Weights of the postings analysis in the quiz score. The analysis gives each
// profile a share of the postings' evidence; a profile gets that share of
// PostingsProfileWeight points, and each framework context its share of
// PostingsFrameworkWeight. 12 points is about what the four structured
// postings questions give a clear top profile, so pasted postings count as
// much as describing them, and never more than the week.
const (
	PostingsProfileWeight   = 12.0
	PostingsFrameworkWeight = 4.0
	// MaxPostings is how many postings one answer holds.
	MaxPostings = 20
)

// Section groups questions under a heading in the quiz.
type Section string

// The quiz sections, in the order they are asked.
const (
	SectionPostings Section = "postings"
	SectionWeek     Section = "week"
)

// SectionTitle returns the heading shown above a section's questions.
func SectionTitle(s Section) string {
	switch s {
	case SectionPostings:
		return "Job postings you aim for"
	case SectionWeek:
		return "Your week"
	}
	return string(s)
}

// Effect is what choosing an option (or a full frequency, or 100 percent of a
// week) adds to each profile and framework context.
type Effect struct {
	Profiles   map[ProfileID]float64
	Frameworks map[Framework]float64
}

// Option is one answer a question offers. Its ID is stable.
type Option struct {
	ID    string
	Label string
	// Exclusive options ("none of these") cannot be combined with others.
	Exclusive bool
	Effect
}

// Level is one step of the frequency scale.
type Level struct {
	ID    string
	Label string
}

// FrequencyLevels returns the frequency scale, from never to daily. A level's
// index divided by the last index is the share of the question's Effect it adds.
func FrequencyLevels() []Level {
	return []Level{
		{"never", "Never"},
		{"yearly", "A few times a year"},
		{"monthly", "Monthly"},
		{"sprint", "Every sprint"},
		{"weekly", "Weekly"},
		{"daily", "Daily"},
	}
}

// AllocationStep is how many percent one arrow key moves in an allocation.
const AllocationStep = 5

// AllocationTotal is what an allocation must add up to.
const AllocationTotal = 100
