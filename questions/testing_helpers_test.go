package questions

import (
	"certpath/content"
	"certpath/internal/testcheck"
	"sync"
)

// persona builds a full set of answers from a few overrides on top of a
// neutral base, so each test states only what matters to it.
func persona(overrides Answers) Answers {
	base := Answers{
		QPostingFocus: {Choices: []string{"stakeholders"}},
		QPostingCerts: {Choices: []string{"none"}},
		QPostingSAFe:  {Choice: "unsure"},
		QPostingSpan:  {Choice: "one"},
		QWeekTime:     {Allocation: map[string]int{"delivery": 100}},
		QTeamEvents:   {Level: 0},
		QRefinement:   {Level: 0},
		QCrossTeam:    {Level: 0},
		QReporting:    {Level: 0},
		QCoaching:     {Level: 0},
		QPartners:     {Choice: "developers"},
		QTeamsProduct: {Choice: "one"},
		QOrgSAFe:      {Choice: "no"},
		QSAFeVocab:    {Choice: "heard"},
		QAgileYears:   {Choice: "lt1"},
		QHeldCerts:    {Choices: []string{"none"}},
	}
	return merge(base, overrides)
}

// merge returns base with the answers of more on top.
func merge(base, more Answers) Answers {
	out := base.Clone()
	for k, v := range more {
		out[k] = v
	}
	return out
}

// defaultBank is the real question bank over the real content's catalogue.
func defaultBank() Bank {
	lib, err := library()
	if err != nil {
		panic(err)
	}
	return DefaultBank(lib.Catalog())
}

// library loads the embedded content once for every test of the package.
var library = sync.OnceValues(func() (*content.Library, error) {
	return content.Load(content.Embedded(), content.WithClock(testcheck.Today))
})
