package questions

import (
	"certpath/catalog"
	"slices"
	"strings"
)

// situation is what the path rules need to know, read once from the answers
// and the scores so that each rule stays a plain condition.
type situation struct {
	top, second catalog.ProfileID
	framework   catalog.Framework
	// orgRunsSAFe: the organization runs SAFe or is starting to.
	orgRunsSAFe bool
	// newToSAFe: PI, ART and WSJF are new or only heard of.
	newToSAFe bool
	// complex: coordination across teams is part of the work or the target
	// role; the deciding factor for SAFe product roles.
	complex bool
	// artFacilitation: the person facilitates across the train.
	artFacilitation bool
	// experienced: a year or more in agile roles.
	experienced bool
	// hybrid: project work with a clear agile side.
	hybrid bool
	// postingsNamePOPM: the postings aimed for ask for POPM by name.
	postingsNamePOPM bool
	held             map[catalog.CertID]bool
	// answers is kept for reasons that quote the person's own answers.
	answers Answers
	bank    Bank
}

func (s situation) choice(qID string) string { return s.answers[qID].Choice }

func (s situation) chose(qID, optionID string) bool {
	return slices.Contains(s.answers[qID].Choices, optionID)
}

func (s situation) level(qID string) int {
	a, ok := s.answers[qID]
	if !ok {
		return 0
	}
	return a.Level
}

func (s situation) share(activity string) int { return s.answers[QWeekTime].Allocation[activity] }

// levelSprint is the index of "every sprint" on the frequency scale.
const levelSprint = 3

func readSituation(b Bank, a Answers, r Result) situation {
	s := situation{answers: a, bank: b, held: map[catalog.CertID]bool{}}
	s.top = r.Profiles[0].ID
	if len(r.Profiles) > 1 {
		s.second = r.Profiles[1].ID
	}
	s.framework = r.Framework()
	org := s.choice(QOrgSAFe)
	s.orgRunsSAFe = org == "yes" || org == "starting"
	vocab := s.choice(QSAFeVocab)
	s.newToSAFe = vocab == "new" || vocab == "heard"
	span := s.choice(QPostingSpan)
	teams := s.choice(QTeamsProduct)
	s.complex = span == "train" || span == "portfolio" || teams == "train" || teams == "trains" ||
		s.level(QCrossTeam) >= levelSprint || s.share("cross_team") >= 20 ||
		s.chose(QPostingFocus, "pi_planning") || s.chose(QPostingFocus, "dependencies")
	s.artFacilitation = s.level(QCrossTeam) >= levelSprint || s.share("cross_team") >= 25 || span == "train"
	years := s.choice(QAgileYears)
	s.experienced = years == "1to2" || years == "3to5" || years == "gt5"
	agile := r.FrameworkScore(catalog.SAFe) + r.FrameworkScore(catalog.Scrum)
	s.hybrid = s.chose(QPostingCerts, "pmi-acp") || agile >= r.FrameworkScore(catalog.Project)/2
	s.postingsNamePOPM = s.chose(QPostingCerts, string(catalog.POPM))
	for _, p := range a[QPostingsText].Postings {
		if strings.Contains(strings.ToLower(p.Text), "popm") {
			s.postingsNamePOPM = true
		}
	}
	for _, id := range a[QHeldCerts].Choices {
		if _, ok := b.Catalog.Lookup(catalog.CertID(id)); ok {
			s.held[catalog.CertID(id)] = true
		}
	}
	return s
}
