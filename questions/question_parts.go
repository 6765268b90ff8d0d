package questions

import "certpath/catalog"

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
	Profiles   map[catalog.ProfileID]float64
	Frameworks map[catalog.Framework]float64
}

// Option is one answer a question offers. Its ID is stable.
type Option struct {
	ID    string
	Label string
	// Short is the option's name where the screen is narrow: a
	// certification's short name ("PSM I"); empty where the label is all.
	Short string
	// Exclusive options ("none of these") cannot be combined with others.
	Exclusive bool
	// Cert is the certification the option stands for, if any; the bank
	// checks at load that the catalogue has it.
	Cert catalog.CertID
	// Certs are the certifications an option names when it names several
	// (PSM or CSM); the option's question says whether they are held or
	// named by the postings.
	Certs []catalog.CertID
	// Outside are the certifications outside the catalogue the option
	// stands for ("A coaching certification": ICP-ACC, CEC, CTC; "PMP or
	// PRINCE2": PRINCE2), which the results name.
	Outside []catalog.OutsideID
	// Traits are what choosing the option shows of the person; in an
	// allocation, what a share of the week on it counts towards.
	Traits []catalog.Trait
	// Months is the least number of months of experience the option
	// stands for, in a question of years (Question.Tenure); nil where it
	// gives none (a person who would rather not say).
	Months *int
	// MonthsUpTo is the most months the option may stand for, where that
	// is more than the next band's start: an older band in years ("one to
	// two years": 12 to 35 months). nil for the bands asked today.
	MonthsUpTo *int
	// Budget is the most dollars a band of budget stands for; nil for "more"
	// or "not sure". BudgetFrom is the least it stands for ($500 of "$500 to
	// $1,500"): what the person surely has.
	Budget     *int
	BudgetFrom int
	Effect
}

// months makes a Months value.
func months(m int) *int { return &m }

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

// dollars makes a Budget value.
func dollars(d int) *int { return &d }
