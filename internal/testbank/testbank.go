// Package testbank gives tests the real question bank over the real
// content's catalogue, and people built from a neutral base, so that each
// test states only the answers that matter to it.
package testbank

import (
	"sync"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
)

// library loads the embedded content once for every test of a package.
var library = sync.OnceValues(func() (*content.Library, error) {
	return content.Load(content.Embedded(), content.WithClock(testcheck.Today))
})

// Library is the embedded content, loaded on the tests' fixed day.
func Library() *content.Library {
	lib, err := library()
	if err != nil {
		panic(err)
	}
	return lib
}

// Bank is the default question bank over the embedded content's catalogue.
func Bank() questions.Bank { return questions.DefaultBank(Library().Catalog()) }

// Persona builds a full set of answers from a few overrides on top of a
// neutral base: a week of hands-on delivery, no postings, no certification.
func Persona(overrides questions.Answers) questions.Answers {
	base := questions.Answers{
		questions.QPostingFocus: {Choices: []string{"stakeholders"}},
		questions.QPostingCerts: {Choices: []string{"none"}},
		questions.QPostingSAFe:  {Choice: "unsure"},
		questions.QPostingSpan:  {Choice: "one"},
		questions.QWeekTime:     {Allocation: map[string]int{"delivery": 100}},
		questions.QTeamEvents:   {Level: 0},
		questions.QRefinement:   {Level: 0},
		questions.QCrossTeam:    {Level: 0},
		questions.QReporting:    {Level: 0},
		questions.QCoaching:     {Level: 0},
		questions.QPartners:     {Choice: "developers"},
		questions.QTeamsProduct: {Choice: "one"},
		questions.QOrgSAFe:      {Choice: "no"},
		questions.QSAFeVocab:    {Choice: "heard"},
		questions.QAgileMonths:  {Choice: "lt12"},
		questions.QHeldCerts:    {Choices: []string{"none"}},
	}
	return Merge(base, overrides)
}

// Merge returns base with the answers of more on top.
func Merge(base, more questions.Answers) questions.Answers {
	out := base.Clone()
	for k, v := range more {
		out[k] = v
	}
	return out
}
