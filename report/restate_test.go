package report

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/planner"
	"certpath/questions"
)

// restatement is a sentence pattern that says something about the person,
// and what must be true of their answers when it is said. The predicates
// read the answers and the bank's own data (an option's profile weights, a
// certification's names), never the planner's readings of them.
type restatement struct {
	about   string
	pattern *regexp.Regexp
	holds   func(b questions.Bank, a questions.Answers, m []string) bool
}

func choice(q string, ids ...string) func(questions.Bank, questions.Answers, []string) bool {
	return func(_ questions.Bank, a questions.Answers, _ []string) bool { return slices.Contains(ids, a[q].Choice) }
}

// weekShowsWork reports whether the week itself, the time it spends and how
// often it runs each kind of work, shows the work of the named profile: a
// share of the week on an activity that counts for it, or a kind of work
// that counts for it done monthly or more often. Who the person works with,
// their organization and their vocabulary are not their week.
func weekShowsWork(b questions.Bank, a questions.Answers, name string) bool {
	var p catalog.ProfileID
	for _, pr := range catalog.Profiles() {
		if pr.Name == name {
			p = pr.ID
		}
	}
	if p == "" {
		return false
	}
	for _, q := range b.Questions {
		if q.Section != questions.SectionWeek {
			continue
		}
		switch q.Kind.(type) {
		case questions.Allocation:
			for _, o := range q.Options {
				if a[q.ID].Allocation[o.ID] > 0 && o.Effect.Profiles[p] > 0 {
					return true
				}
			}
		case questions.Frequency:
			if ans, ok := a[q.ID]; ok && ans.Level >= questions.LevelMonthly && q.Effect.Profiles[p] > 0 {
				return true
			}
		}
	}
	return false
}

// postingsName reports whether the postings the person described name a
// certification: a ticked option of the postings' certifications whose
// label holds the name, or the pasted text.
func postingsName(b questions.Bank, a questions.Answers, name string) bool {
	q, _ := b.Question(questions.QPostingCerts)
	for _, o := range q.Options {
		if !slices.Contains(a[questions.QPostingCerts].Choices, o.ID) {
			continue
		}
		// An option stands for every certification it lists: "PSM II,
		// A-CSM or CSP" names CSP-SM and CSP-PO alike.
		if strings.Contains(o.Label, name) || slices.ContainsFunc(o.Certs, func(id catalog.CertID) bool {
			c, ok := b.Catalog.Lookup(id)
			return ok && c.Short == name
		}) {
			return true
		}
	}
	for _, p := range a[questions.QPostingsText].Postings {
		if strings.Contains(strings.ToLower(p.Text), strings.ToLower(name)) {
			return true
		}
	}
	return false
}

func holdsAny(a questions.Answers, ids ...string) bool {
	return slices.ContainsFunc(a[questions.QHeldCerts].Choices, func(id string) bool { return slices.Contains(ids, id) })
}

func restatements() []restatement {
	re := regexp.MustCompile
	level := func(q string, least int) func(questions.Bank, questions.Answers, []string) bool {
		return func(_ questions.Bank, a questions.Answers, _ []string) bool { return a[q].Level >= least }
	}
	return []restatement{
		// Who they work with.
		{"who they work with", re(`you work with is accountable for`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			return slices.Contains([]string{"developers", "team_roles"}, a[questions.QPartners].Choice) && a[questions.QOrgSAFe].Choice != "projects"
		}},
		{"who they work with", re(`You work with managers and leaders`), choice(questions.QPartners, "leaders")},
		{"who they coach", re(`[Aa]s their coach`), choice(questions.QOrgSAFe, "yes", "starting")},
		{"who they coach", re(`ask you to change how managers work`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			return slices.Contains(a[questions.QPostingFocus].Choices, "transformation")
		}},
		// The organization's framework.
		{"framework", re(`(?:, in |certpath read |offer an? [A-Za-z ]+ in )SAFe on an Agile Release Train`), choice(questions.QOrgSAFe, "yes")},
		{"framework", re(`your organization runs SAFe|Your organization runs SAFe`), choice(questions.QOrgSAFe, "yes")},
		{"framework", re(`starting a SAFe transformation|an organization starting SAFe`), choice(questions.QOrgSAFe, "starting")},
		{"framework", re(`LeSS, Nexus or`), choice(questions.QOrgSAFe, "other_scaling")},
		{"framework", re(`uses no scaling framework|You run events across teams every sprint or more without a scaling framework`), choice(questions.QOrgSAFe, "no")},
		{"framework", re(`mostly runs projects`), choice(questions.QOrgSAFe, "projects")},
		{"framework", re(`Scrum or Kanban teams without a scaling framework`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			return !slices.Contains([]string{"yes", "starting", "other_scaling"}, a[questions.QOrgSAFe].Choice)
		}},
		{"framework", re(`as the postings you aim for ask for it`), choice(questions.QPostingSAFe, "required")},
		{"framework", re(`the postings you aim for count as a plus`), choice(questions.QPostingSAFe, "preferred")},
		{"framework", re(`speak of Scrum or Kanban only`), choice(questions.QPostingSAFe, "scrum_only")},
		// The events they run and the work their week holds.
		{"events", re(`You run events across teams`), level(questions.QCrossTeam, 3)},
		{"events", re(`Your week shows no facilitation of team events`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			w := a[questions.QWeekTime].Allocation
			return w["team_events"]+w["impediments"] < 15 && a[questions.QTeamEvents].Level < 3
		}},
		{"events", re(`Your week shows no backlog ownership`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			return a[questions.QWeekTime].Allocation["backlog"] < 15 && a[questions.QRefinement].Level < 3
		}},
		{"vocabulary", re(`PI Planning, ART and WSJF are new to you|SAFe's vocabulary is new to you`), choice(questions.QSAFeVocab, "new")},
		{"vocabulary", re(`you have only heard of SAFe's vocabulary`), choice(questions.QSAFeVocab, "heard")},
		{"vocabulary", re(`SAFe's vocabulary is familiar to you`), choice(questions.QSAFeVocab, "use", "teach")},
		// The role they are closest to, and where their week goes.
		{"closest role", re(`the closest is \*\*([^*]+)\*\*`), func(b questions.Bank, a questions.Answers, m []string) bool { return weekShowsWork(b, a, m[1]) }},
		{"week's role", re(`your week to \*\*([^*]+)\*\* work`), func(b questions.Bank, a questions.Answers, m []string) bool { return weekShowsWork(b, a, m[1]) }},
		{"week's role", re(`Your week goes mostly to ([A-Z][A-Za-z ]+?) work`), func(b questions.Bank, a questions.Answers, m []string) bool { return weekShowsWork(b, a, m[1]) }},
		{"week's role", re(`([A-Z][A-Za-z ]+?), where your week goes today`), func(b questions.Bank, a questions.Answers, m []string) bool { return weekShowsWork(b, a, m[1]) }},
		// What they hold.
		{"held", re(`You hold POPM`), func(_ questions.Bank, a questions.Answers, _ []string) bool { return holdsAny(a, "popm") }},
		{"held", re(`you hold the CSM`), func(_ questions.Bank, a questions.Answers, _ []string) bool { return holdsAny(a, "csm") }},
		{"held", re(`you hold the CSPO`), func(_ questions.Bank, a questions.Answers, _ []string) bool { return holdsAny(a, "cspo") }},
		{"held", re(`your PMP`), func(_ questions.Bank, a questions.Answers, _ []string) bool { return holdsAny(a, "pmp") }},
		{"held", re(`You already hold a Scrum Master certification`), func(_ questions.Bank, a questions.Answers, _ []string) bool {
			return holdsAny(a, "psm-i", "psm-ii", "psm-iii", "csm", "a-csm", "csp-sm", "ssm", "sasm")
		}},
		// What the postings name.
		{"postings name", re(`[Tt]he postings you aim for name ([A-Za-z0-9-]+)(?: or ([A-Za-z0-9-]+))?`), func(b questions.Bank, a questions.Answers, m []string) bool {
			return postingsName(b, a, m[1]) || m[2] != "" && postingsName(b, a, m[2])
		}},
		{"postings name", re(`Your postings name PMI-ACP`), func(b questions.Bank, a questions.Answers, _ []string) bool { return postingsName(b, a, "PMI-ACP") }},
	}
}

// TestRestatedAnswersAreTrue generates people, renders their full results,
// and checks every sentence that restates an answer (who they work with,
// their organization's framework, the events they run, the role they are
// closest to, what they hold, what their postings name) against the
// answers themselves.
func TestRestatedAnswersAreTrue(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	said := map[string]int{}
	failures := 0
	for i, a := range generated(t, b, 1200) {
		o := planner.Evaluate(b, a)
		doc := withoutFlipLines(sampled(lib, b, a, o, i, true))
		for _, r := range restatements() {
			for _, m := range r.pattern.FindAllStringSubmatch(doc, -1) {
				said[r.pattern.String()]++
				if !r.holds(b, a, m) {
					failures++
					if failures <= 8 {
						t.Errorf("person %d: %s: %q is said, but the answers do not say so:\n%s", i, r.about, m[0], describeAnswers(b, a))
					}
				}
			}
		}
	}
	for _, r := range restatements() {
		if said[r.pattern.String()] == 0 {
			t.Errorf("no generated person made certpath say %q: the test does not reach it", r.pattern)
		}
	}
	if failures > 0 {
		t.Errorf("%d restating sentences were false", failures)
	}
}

// TestRestatementCheckCanFail: a sentence false for the answers is caught.
func TestRestatementCheckCanFail(t *testing.T) {
	t.Parallel()
	b := questions.DefaultBank(mustLoad(t).Catalog())
	a := questions.Answers{
		questions.QPartners: {Choice: "customers"},
		questions.QOrgSAFe:  {Choice: "no"},
		questions.QWeekTime: {Allocation: map[string]int{"delivery": 100}},
	}
	for _, text := range []string{
		"SSM adds what the Product Owner you work with is accountable for.",
		"Product Owner fits your answers best (40%), in SAFe on an Agile Release Train.",
		"None of the eight roles matches your week yet; the closest is **Agile Coach**, in Scrum.",
	} {
		caught := false
		for _, r := range restatements() {
			for _, m := range r.pattern.FindAllStringSubmatch(text, -1) {
				if !r.holds(b, a, m) {
					caught = true
				}
			}
		}
		if !caught {
			t.Errorf("the check let through %q", text)
		}
	}
}

func describeAnswers(b questions.Bank, a questions.Answers) string {
	var parts []string
	for _, q := range b.Questions {
		if ans, ok := a[q.ID]; ok && q.ID != questions.QPostingsText {
			parts = append(parts, q.ID+"="+q.Describe(ans))
		}
	}
	return strings.Join(parts, "; ")
}
