package planner

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/questions"
	"certpath/scoring"
)

// Below NoFitPoints, or with NoFitDelivery percent or more of the week on
// hands-on building and testing, none of the eight roles fits the week yet.
// A clear fit scores 10 to 35 points: the week alone gives up to 12 for the
// activity that fills it, and the frequency questions up to 4 each; 5 points
// is less than half a week given to one role's work.
const (
	NoFitPoints   = 5.0
	NoFitDelivery = 60
)

// Fit says whether any role fits, and if not, which come closest and what
// would make one fit.
type Fit struct {
	None    bool                `json:"none"`
	Closest []catalog.ProfileID `json:"closest,omitempty"`
	Why     string              `json:"why,omitempty"`
	Needs   string              `json:"needs,omitempty"`
}

// roleWork is the work that makes each profile fit, in words.
func roleWork(p catalog.ProfileID) string {
	return map[catalog.ProfileID]string{
		catalog.ProductOwner:         "refining and ordering a backlog",
		catalog.ProductManager:       "customer and product discovery",
		catalog.ScrumMaster:          "facilitating team events and removing impediments",
		catalog.ReleaseTrainEngineer: "coordinating across teams and running PI Planning",
		catalog.AgileCoach:           "coaching people beyond your own team",
		catalog.PortfolioManager:     "portfolio funding and strategy",
		catalog.AgileLeader:          "leading change with managers and executives",
		catalog.ProjectManager:       "plans, schedules and budgets",
	}[p]
}

// fit reads whether any role fits: the top score, and the share of the
// week on hands-on delivery.
//
// The closest roles are those the work shows: the answers on months and
// certifications held add points but say nothing of the work, so a
// developer of five years is not told that Agile Coach is closest.
func (s situation) fit(r scoring.Result, work scoring.Result) Fit {
	top := r.Top()
	delivery := s.shares[catalog.TraitHandsOn]
	if top.Score >= NoFitPoints && delivery < NoFitDelivery {
		return Fit{}
	}
	f := Fit{None: true}
	for _, p := range work.Profiles {
		if p.Score > 0 && len(f.Closest) < 2 {
			f.Closest = append(f.Closest, p.ID)
		}
	}
	switch {
	case delivery >= NoFitDelivery:
		f.Why = fmt.Sprintf("%d%% of your week goes to hands-on building, testing and design, which none of them is about", delivery)
	default:
		f.Why = fmt.Sprintf("your answers add only %.1f points to the closest one; a clear fit scores %.0f or more", top.Score, NoFitPoints)
	}
	var works []string
	for _, p := range f.Closest {
		works = append(works, fmt.Sprintf("%s (%s)", roleWork(p), catalog.ProfileName(p)))
	}
	if len(works) == 0 {
		works = []string{"the work of one of them, such as facilitating team events (Scrum Master) or ordering a backlog (Product Owner),"}
	}
	f.Needs = fmt.Sprintf("A role would fit once %s takes a larger share of your week, or the postings you aim for ask for it.", strings.Join(works, " or "))
	return f
}

// workScores scores the week's work alone: the time it spends and how
// often it does each kind of work, monthly or more often. Who the person
// works with, their organization, their vocabulary, the postings, the
// months and the certifications held say nothing of what their week
// holds, so "the closest is X" never rests on them.
func workScores(b questions.Bank, a questions.Answers) scoring.Result {
	part := questions.Bank{Catalog: b.Catalog}
	week := questions.Answers{}
	for _, q := range b.Questions {
		if q.Section != questions.SectionWeek {
			continue
		}
		switch q.Kind.(type) {
		case questions.Allocation:
		case questions.Frequency:
			if a[q.ID].Level < questions.LevelMonthly {
				continue
			}
		default:
			continue
		}
		if ans, ok := a[q.ID]; ok {
			part.Questions = append(part.Questions, q)
			week[q.ID] = ans
		}
	}
	return scoring.Score(part, week)
}

// notes are the contradictions between answers, each a rule with its test:
// what the person said, and what certpath assumed.
func (s situation) notes() []string {
	var out []string
	for _, note := range []func() string{s.safeVocabularyNote, s.predictiveNote, s.scrumOnlyNote, s.crossTeamNote, s.advancedNote} {
		if n := note(); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// safeVocabularyNote: SAFe certifications held, but SAFe's words new.
func (s situation) safeVocabularyNote() string {
	if !s.shows(catalog.TraitSAFeNew) && !s.shows(catalog.TraitSAFeHeard) {
		return ""
	}
	var safeHeld []string
	for _, c := range s.cat.Certs() {
		if s.held[c.ID] && c.Issuer == catalog.IssuerScaledAgile {
			safeHeld = append(safeHeld, c.Short)
		}
	}
	if len(safeHeld) == 0 {
		return ""
	}
	said := "SAFe's vocabulary is new to you"
	if s.shows(catalog.TraitSAFeHeard) {
		said = "you have only heard of SAFe's vocabulary"
	}
	return fmt.Sprintf("You hold %s but say %s: certpath assumed you know it.", strings.Join(safeHeld, " and "), said)
}

// predictiveNote: the postings name PMI-ACP, the week is predictive.
func (s situation) predictiveNote() string {
	if !s.named[catalog.PMIACP] || !s.predictive() {
		return ""
	}
	return "Your postings name PMI-ACP but your week is predictive project work, plans and budgets without agile team work: the path follows your week."
}

// scrumOnlyNote: the organization runs SAFe, the postings speak of Scrum.
func (s situation) scrumOnlyNote() string {
	if !s.shows(catalog.TraitOrgRunsSAFe) || !s.shows(catalog.TraitPostingsScrumOnly) {
		return ""
	}
	return "Your organization runs SAFe, but the postings you aim for speak of Scrum or Kanban only: the path follows " + s.Context() + "."
}

// crossTeamNote: cross-team events every sprint, in an organization said
// to have teams on their own or projects.
func (s situation) crossTeamNote() string {
	if !s.shows(catalog.TraitCrossTeam) || !s.shows(catalog.TraitOrgTeamsOnly) && !s.shows(catalog.TraitOrgProjects) {
		return ""
	}
	if s.shows(catalog.TraitOrgTeamsOnly) {
		return "You run events across teams every sprint or more without a scaling framework (a Scrum of Scrums, say): certpath plans no SAFe step, as you described your organization."
	}
	return "You run events across teams every sprint or more, but say " + s.orgClause() + ": certpath took your organization as you described it."
}

// advancedNote: an advanced certification held after less than a year.
func (s situation) advancedNote() string {
	if !s.agile.Known || s.agile.Months >= 12 {
		return ""
	}
	var advanced []string
	for _, id := range []catalog.CertID{catalog.ACSM, catalog.ACSPO, catalog.PSMII, catalog.PSPOII, catalog.SASM, catalog.RTE} {
		if s.held[id] {
			advanced = append(advanced, s.cat.Name(id))
		}
	}
	if len(advanced) == 0 {
		return ""
	}
	return fmt.Sprintf("You hold %s, which assumes a year or more of practice, but say you have less than one year in agile roles: certpath counted you as experienced.", strings.Join(advanced, " and "))
}
