package questions

import (
	"certpath/catalog"
	"fmt"
	"slices"
)

// Step is one certification on the recommended path. Alternative, when set,
// is an equivalent from another issuer: either one does the job.
type Step struct {
	Cert        catalog.CertID `json:"cert"`
	Alternative catalog.CertID `json:"alternative,omitempty"`
	Reason      string         `json:"reason"`
}

// maxSteps keeps the path to what a person can plan for in the next year or two.
const maxSteps = 4

// recommend turns a scored quiz into an ordered path. The rules follow the
// sources in the fact sheet: the framework context decides the issuer, the
// top profile decides the track, coordination complexity decides between SAFe
// and plain Scrum product certifications, and held certifications are
// replaced by their next level.
func recommend(b Bank, a Answers, r Result, close bool) []Step {
	s := readSituation(b, a, r)
	var steps []Step
	if s.framework == catalog.SAFe && s.orgRunsSAFe && s.newToSAFe {
		steps = append(steps, Step{Cert: catalog.LeadingSAFe, Reason: "Your organization runs SAFe and its vocabulary (PI, ART, WSJF) is new to you. Leading SAFe teaches the language everyone on the train uses, so every later course lands better."})
	}
	lead, other := s.top, s.second
	week := weekScores(b, a)
	calendarFirst := s.second != "" && week[s.second] > week[s.top]
	if calendarFirst {
		// Order follows where the calendar time goes, not the title aimed for.
		lead, other = s.second, s.top
	}
	track := s.forProfile(lead).track()
	steps = append(steps, track...)
	if calendarFirst || close {
		if next := s.forProfile(other).track(); len(next) > 0 {
			st := next[0]
			st.Reason = fmt.Sprintf("Your answers also fit %s closely: %s", catalog.ProfileName(other), st.Reason)
			if calendarFirst {
				st.Reason = fmt.Sprintf("The postings you aim for point to %s, but most of your week goes to %s work, so this comes second. %s", catalog.ProfileName(other), catalog.ProfileName(lead), next[0].Reason)
			}
			// Second place: right after the lead track's first certification.
			at := min(len(steps), len(steps)-len(track)+1)
			steps = slices.Insert(steps, at, st)
		}
	}
	return finalize(steps, s.held, b.Catalog)
}

// forProfile is the same situation seen as if profile p had come first.
func (s situation) forProfile(p catalog.ProfileID) situation {
	s.top = p
	return s
}

// weekScores scores the week section alone: where the person's time goes,
// whatever the postings say.
func weekScores(b Bank, a Answers) map[catalog.ProfileID]float64 {
	var week Bank
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

func (s situation) track() []Step {
	safe := s.framework == catalog.SAFe
	switch s.top {
	case catalog.ProductOwner, catalog.ProductManager:
		return productTrack(s, safe)
	case catalog.ScrumMaster:
		return scrumMasterTrack(s, safe)
	case catalog.ReleaseTrainEngineer:
		if safe {
			return []Step{
				{Cert: catalog.SASM, Reason: "You facilitate across teams. SASM covers facilitating the train, anti-patterns and flow: the ground an RTE stands on."},
				{Cert: catalog.RTE, Reason: "Release Train Engineer is the certification for the chief facilitator of an Agile Release Train."},
			}
		}
		return []Step{
			{Cert: catalog.PSMII, Alternative: catalog.ACSM, Reason: "Your work spans several teams without SAFe. PSM II or A-CSM is about Scrum across teams and real situations."},
			{Cert: catalog.PALI, Reason: "Coordinating many teams means working with their managers; PAL-I is about how management supports agile teams."},
		}
	case catalog.AgileCoach:
		if safe {
			return []Step{
				{Cert: catalog.SASM, Reason: "Coaching on a train: SASM covers anti-patterns, flow and facilitating beyond one team."},
				{Cert: catalog.LeadingSAFe, Reason: "Coaches on a train work with its leaders; Leading SAFe is the course those leaders take."},
			}
		}
		return []Step{
			{Cert: catalog.PSMI, Alternative: catalog.CSM, Reason: "Coaching starts from solid Scrum fundamentals; PSM I or CSM proves them."},
			{Cert: catalog.PSMII, Alternative: catalog.ACSM, Reason: "You coach beyond your own team. PSM II or A-CSM is the advanced Scrum Master level, built around coaching and facilitation."},
			{Cert: catalog.PSMIII, Reason: "PSM III is for those who mentor and coach others adopting Scrum."},
		}
	case catalog.PortfolioManager:
		switch s.framework {
		case catalog.SAFe:
			return []Step{
				{Cert: catalog.LPM, Reason: "Your work includes portfolio funding and strategy on SAFe. LPM covers lean budgets, guardrails and the portfolio Kanban."},
				{Cert: catalog.LeadingSAFe, Reason: "Leading SAFe gives the whole-framework view that portfolio decisions rest on."},
			}
		case catalog.Project:
			return []Step{
				{Cert: catalog.PMP, Reason: "Your portfolio runs as projects; PMP is the credential project-based portfolios ask for."},
				{Cert: catalog.PALI, Reason: "PAL-I covers how leaders fund and support agile teams, a useful second lens."},
			}
		}
		return []Step{
			{Cert: catalog.PALI, Reason: "Portfolio decisions outside SAFe: PAL-I is about how leadership and funding support agile teams."},
			{Cert: catalog.PSPOII, Reason: "PSPO II adds Evidence-Based Management and value maximization across products."},
		}
	case catalog.AgileLeader:
		if safe {
			return []Step{
				{Cert: catalog.LeadingSAFe, Reason: "You lead or sponsor change in a SAFe organization; Leading SAFe is the course written for leaders of a SAFe transformation."},
				{Cert: catalog.LPM, Reason: "Leaders on SAFe end up deciding funding; LPM covers lean budgets and guardrails."},
			}
		}
		return []Step{
			{Cert: catalog.PALI, Reason: "You lead change without SAFe; PAL-I is about the role of management in an agile transformation."},
			{Cert: catalog.PSMI, Alternative: catalog.CSM, Reason: "Knowing what your teams' Scrum Masters do makes you a better sponsor of their work."},
		}
	case catalog.ProjectManager:
		first := Step{Cert: catalog.PMP, Reason: "Your work is schedules, budgets and risk registers; PMP is the credential those postings name. It needs 35 hours of project management education and years of project experience."}
		second := Step{Cert: catalog.PMIACP, Reason: "PMI-ACP adds the agile side of project work: Scrum, Kanban, Lean and hybrid."}
		if s.hybrid && s.framework != catalog.Project {
			first, second = Step{Cert: catalog.PMIACP, Reason: "Your project work is hybrid: plans and budgets alongside agile teams. PMI-ACP covers that mix."}, Step{Cert: catalog.PMP, Reason: "PMP is the broader project credential once you have the project hours it requires."}
		}
		return []Step{first, second, {Cert: catalog.PSMI, Alternative: catalog.CSM, Reason: "Scrum fundamentals help when the teams you plan with run sprints."}}
	}
	return nil
}

func productTrack(s situation, safe bool) []Step {
	var steps []Step
	switch {
	case safe && (s.complex || s.postingsNamePOPM):
		reason := "The roles you aim for own backlogs on an Agile Release Train, with cross-team planning. POPM is the SAFe certification for that partnership of Product Owner and Product Manager."
		if !s.complex {
			reason = "The postings you aim for ask for POPM by name, on SAFe. Your own team's coordination is light, but the employers you want expect this certification."
		}
		steps = append(steps, Step{Cert: catalog.POPM, Reason: reason})
		if s.top == catalog.ProductManager {
			steps = append(steps, Step{Cert: catalog.LPM, Reason: "Product Managers on a train feed the portfolio; LPM explains how epics are funded."})
		} else {
			steps = append(steps, Step{Cert: catalog.SSM, Reason: "For cross-role understanding on the train: how your Scrum Master facilitates PI execution."})
		}
		return steps
	case safe:
		steps = append(steps, Step{Cert: catalog.PSPOI, Alternative: catalog.CSPO, Reason: "You own one team's backlog with little coordination. That does not need SAFe POPM: PSPO I or CSPO covers product ownership itself. Coordination complexity, not company size, is what calls for POPM."})
	default:
		steps = append(steps, Step{Cert: catalog.PSPOI, Alternative: catalog.CSPO, Reason: "Outside SAFe, PSPO I or CSPO is the Product Owner's first certification: product value and the Product Backlog."})
	}
	steps = append(steps, Step{Cert: catalog.PSMI, Alternative: catalog.CSM, Reason: "Later, for cross-role understanding: what your Scrum Master is accountable for."})
	if s.experienced {
		steps = append(steps, Step{Cert: catalog.PSPOII, Alternative: catalog.ACSPO, Reason: "With a year or more as Product Owner, PSPO II or A-CSPO is the advanced level: stakeholders, Evidence-Based Management, scaled settings."})
	}
	return steps
}

func scrumMasterTrack(s situation, safe bool) []Step {
	if safe {
		first := Step{Cert: catalog.SSM, Reason: "You facilitate teams through PI execution, dependencies and improvement cycles on a train; SAFe Scrum Master is written for that."}
		if s.held[catalog.CSM] || s.held[catalog.PSMI] {
			first.Reason = "You already hold a Scrum Master certification; on a SAFe train, SSM is the upgrade that adds PI Planning and the train's events."
		}
		steps := []Step{first}
		switch {
		case s.artFacilitation:
			steps = append(steps, Step{Cert: catalog.SASM, Reason: "You facilitate beyond one team; SASM covers facilitating across the train, anti-patterns and flow."})
		case s.experienced:
			steps = append(steps, Step{Cert: catalog.SASM, Reason: "With a year or more as a Scrum Master, SASM is the advanced SAFe level: facilitating across the train, anti-patterns and flow."})
		}
		return append(steps, Step{Cert: catalog.RTE, Reason: "RTE is the next step for ART-wide facilitation."})
	}
	steps := []Step{{Cert: catalog.PSMI, Alternative: catalog.CSM, Reason: "Outside SAFe, PSM I or CSM is the Scrum Master's first certification."}}
	if s.experienced {
		steps = append(steps, Step{Cert: catalog.PSMII, Alternative: catalog.ACSM, Reason: "With a year or more as Scrum Master, A-CSM or PSM II is the advanced level: coaching, facilitation, several teams."})
	}
	return append(steps, Step{Cert: catalog.PSPOI, Alternative: catalog.CSPO, Reason: "Later, for cross-role understanding: what your Product Owner is accountable for."})
}

// finalize drops what the person holds (offering the next level in its place:
// the first leads_to of its front matter),
// removes repeats and caps the length.
func finalize(steps []Step, held map[catalog.CertID]bool, cat catalog.Catalog) []Step {
	var out []Step
	inPath := map[catalog.CertID]bool{}
	for _, st := range steps {
		if held[st.Cert] || (st.Alternative != "" && held[st.Alternative]) {
			st = upgrade(st, held, cat)
			if st.Cert == "" {
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
		out = append(out, st)
		if len(out) == maxSteps {
			break
		}
	}
	return out
}

// upgrade replaces a held step with the next level of what was held.
func upgrade(st Step, held map[catalog.CertID]bool, cat catalog.Catalog) Step {
	have := st.Cert
	if !held[have] {
		have = st.Alternative
	}
	next := have
	for held[next] {
		n, ok := cat.Next(next)
		if !ok {
			return Step{}
		}
		next = n
	}
	return Step{Cert: next, Reason: fmt.Sprintf("You already hold %s, so certpath suggests its next level instead.", cat.Name(have))}
}
