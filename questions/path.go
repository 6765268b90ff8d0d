package questions

import (
	"fmt"
	"slices"
	"strings"

	"certpath/catalog"
)

// Step is one certification on the recommended path. Alternative, when set,
// is an equivalent from another issuer: either one does the job. A core step
// is on the person's own track; an optional one is cross-role, comes after
// the core track, and says what it adds. Position counts from 1.
type Step struct {
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	Reason      string         `json:"reason"`
	Core        bool           `json:"core"`
	Position    int            `json:"position"`
}

// maxSteps keeps the path to what a person can plan for in the next year or two.
const maxSteps = 4

func core(cert, alt catalog.CertID, reason string) Step {
	return Step{Cert: cert, Alternative: alt, Reason: reason, Core: true}
}

func optional(cert, alt catalog.CertID, reason string) Step {
	return Step{Cert: cert, Alternative: alt, Reason: "Optional, after your own track: " + reason}
}

// recommend turns a scored quiz into an ordered path. The top profile's track
// comes first; in a close call the runner-up's first step follows as the
// alternative. SAFe's introduction comes first for someone new to its
// vocabulary in a SAFe context; held certifications continue their own track.
func recommend(b Bank, a Answers, r Result, cc *CloseCall, named []postingsNames) ([]Step, catalog.ProfileID) {
	s := readSituation(b, a, r, named)
	var steps []Step
	if intro, ok := s.safeIntro(); ok {
		steps = append(steps, intro)
	}
	leadID, otherID := s.top, s.second
	week := weekScores(b, a)
	calendarFirst := cc == nil && s.second != "" && week[s.second] > week[s.top]
	if calendarFirst {
		// Not a close call, but the postings carry the top profile while the
		// week goes to the runner-up: the path starts where the time goes.
		leadID, otherID = s.second, s.top
	}
	lead := s.forProfile(leadID).track()
	steps = append(steps, lead...)
	if (cc != nil || calendarFirst) && otherID != "" {
		if other := s.forProfile(otherID).track(); len(other) > 0 && other[0].Core {
			st := other[0]
			st.Reason = fmt.Sprintf("Your answers fit %s nearly as well, so its first step is the alternative to weigh: %s", catalog.ProfileName(otherID), st.Reason)
			if calendarFirst {
				st.Reason = fmt.Sprintf("The postings you aim for point to %s: %s", catalog.ProfileName(otherID), st.Reason)
			}
			at := min(len(steps), len(steps)-len(lead)+1)
			steps = slices.Insert(steps, at, st)
		}
	}
	return s.finalize(steps), leadID
}

// weekScores scores the week section alone: where the person's time goes,
// whatever the postings say.
func weekScores(b Bank, a Answers) map[catalog.ProfileID]float64 {
	week := Bank{Catalog: b.Catalog}
	for _, q := range b.Questions {
		if q.Section == SectionWeek {
			week.Questions = append(week.Questions, q)
		}
	}
	out := map[catalog.ProfileID]float64{}
	for _, p := range Score(week, a).Profiles {
		out[p.ID] = p.Score
	}
	return out
}

// safeIntro is Leading SAFe first, for someone in a SAFe context to whom its
// vocabulary is new; the reason restates both answers.
func (s situation) safeIntro() (Step, bool) {
	if s.knowsSAFe || !s.safe() || s.top == catalog.AgileLeader || s.top == catalog.PortfolioManager {
		return Step{}, false
	}
	context := s.safeWhy()
	return core(catalog.LeadingSAFe, "", capitalize(context)+", and "+s.vocabClause()+". Leading SAFe teaches the language everyone on a train uses, so every later SAFe course lands better."), true
}

// forProfile is the same situation seen as if profile p had come first.
func (s situation) forProfile(p catalog.ProfileID) situation {
	s.top = p
	return s
}

// track is a profile's core steps, then its optional cross-role ones.
func (s situation) track() []Step {
	switch s.top {
	case catalog.ProductOwner, catalog.ProductManager:
		return s.productTrack()
	case catalog.ScrumMaster:
		return s.scrumMasterTrack()
	case catalog.ReleaseTrainEngineer:
		return s.rteTrack()
	case catalog.AgileCoach:
		return s.coachTrack()
	case catalog.PortfolioManager:
		return s.portfolioTrack()
	case catalog.AgileLeader:
		return s.leaderTrack()
	case catalog.ProjectManager:
		return s.projectTrack()
	}
	return nil
}

// finalize drops what the person holds (a core step continues with its next
// level, the first leads_to in its front matter; an optional one is dropped),
// drops optional steps of a role family the person holds, removes repeats,
// puts core steps before optional ones, caps the length and numbers them.
func (s situation) finalize(steps []Step) []Step {
	var coreSteps, optSteps []Step
	inPath := map[catalog.CertID]bool{}
	for _, st := range steps {
		if s.held[st.Cert] || (st.Alternative != "" && s.held[st.Alternative]) {
			if !st.Core {
				continue
			}
			st = s.upgrade(st)
			if st.Cert == "" {
				continue
			}
		}
		if !st.Core {
			if c, ok := s.cat.Lookup(st.Cert); ok && s.holdsFamily(family(c)) {
				continue
			}
		}
		if inPath[st.Cert] || (st.Alternative != "" && inPath[st.Alternative]) {
			continue
		}
		inPath[st.Cert] = true
		if st.Alternative != "" {
			inPath[st.Alternative] = true
		}
		if st.Core {
			coreSteps = append(coreSteps, st)
		} else {
			optSteps = append(optSteps, st)
		}
	}
	out := append(coreSteps, optSteps...)
	if len(out) > maxSteps {
		out = out[:maxSteps]
	}
	for i := range out {
		out[i].Position = i + 1
	}
	return out
}

// upgrade replaces a held core step with the next level of what was held.
func (s situation) upgrade(st Step) Step {
	have := st.Cert
	if !s.held[have] {
		have = st.Alternative
	}
	next := have
	for s.held[next] {
		n, ok := s.cat.Next(next)
		if !ok {
			return Step{}
		}
		next = n
	}
	return core(next, "", fmt.Sprintf("You already hold %s, so your track continues with its next level.", s.cat.Name(have)))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
