package postings

import (
	"certpath/catalog"
	"slices"
	"strings"
	"testing"
)

// These tests hold what a careful reader does not count as work: words of
// the job's terms, the benefits and the company's own story. Each failed
// before the reader knew it (issue 33, item 8).

// pointsFor is the points a profile and a framework get from a text.
func pointsFor(r PostingAnalysis, p catalog.ProfileID) float64 {
	for _, s := range r.Profiles {
		if s.ID == p {
			return s.Points
		}
	}
	return 0
}

func frameworkPoints(r PostingAnalysis, f catalog.Framework) float64 {
	for _, s := range r.Frameworks {
		if s.ID == f {
			return s.Points
		}
	}
	return 0
}

// lexiconPhrases are the lexicon phrases found, counted or not.
func lexiconPhrases(r PostingAnalysis) []string {
	var out []string
	for _, e := range append(r.Evidence, r.Negated...) {
		out = append(out, e.LexiconPhrase)
	}
	return out
}

func TestTermsOfTheJobAreNotWork(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	cases := []struct {
		name, text string
		profile    catalog.ProfileID
		framework  catalog.Framework
	}{
		{"full time is not on time", "Full time, permanent.\nThis is a full-time position. Part time possible.", catalog.ProjectManager, ""},
		{"required is not requirements", "Five years of experience required.\nA degree is required; fluent English is a must.", catalog.ProductOwner, ""},
		{"job requirements are not requirements work", "Please read the job requirements below.\nThe minimum requirements for this role are listed.", catalog.ProductOwner, ""},
		{"hiring is not leading", "We're hiring!\nOur hiring process has two interviews with the hiring manager.", catalog.AgileLeader, ""},
		{"hybrid work is not project governance", "Hybrid work: two days a week in our Berlin office.\nHybrid (3 days in office).\nThe role is hybrid.", "", catalog.Project},
		{"a training budget is not a budget", "You get a training budget of 2,000 EUR, a learning budget and a conference budget every year.", catalog.ProjectManager, ""},
		{"career coaching is a benefit", "Career coaching and a mentoring programme for everyone who joins.", catalog.AgileCoach, ""},
	}
	for _, c := range cases {
		r := an.Analyze("", c.text)
		if c.profile != "" && pointsFor(r, c.profile) > 0 {
			t.Errorf("%s: %s got %.2f points from %v", c.name, c.profile, pointsFor(r, c.profile), lexiconPhrases(r))
		}
		if c.framework != "" && frameworkPoints(r, c.framework) > 0 {
			t.Errorf("%s: framework %s got %.2f points from %v", c.name, c.framework, frameworkPoints(r, c.framework), lexiconPhrases(r))
		}
	}
}

// TestTheWorkStillCounts: the same words as work still count.
func TestTheWorkStillCounts(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	cases := []struct {
		text    string
		profile catalog.ProfileID
	}{
		{"Deliver the programme on time and within budget.", catalog.ProjectManager},
		{"Own the project budget and report against it monthly.", catalog.ProjectManager},
		{"Gather requirements from stakeholders and turn them into user stories.", catalog.ProductOwner},
		{"You will hire and develop the delivery leads and line-manage them.", catalog.AgileLeader},
	}
	for _, c := range cases {
		r := an.Analyze("", c.text)
		if r.Top() != c.profile {
			t.Errorf("%q: top is %q, want %s; evidence %v", c.text, r.Top(), c.profile, lexiconPhrases(r))
		}
	}
	r := an.Analyze("", "You will run a hybrid project: waterfall for the hardware, agile for the software.")
	if frameworkPoints(r, catalog.Project) == 0 {
		t.Errorf("a hybrid project is project governance: %+v", r.Frameworks)
	}
}

// TestBenefitsAndTheCompanyDoNotScore: a benefits section and the company's
// own story are not the role's work, whatever words they hold.
func TestBenefitsAndTheCompanyDoNotScore(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	duties := "Product Owner\n\nWhat you will do\n- Own the product backlog and write user stories with acceptance criteria.\n- Refine the backlog with the team every week.\n"
	for _, tail := range []string{
		"\nWhat we offer\n- Coaching and training from day one\n- A budget for conferences\n- Hybrid working\n",
		"\nBenefits & perks\n- Career coaching\n- Yearly budget for your growth\n- Portfolio of learning paths\n",
		"\nAbout Acme\nAcme builds software for 400 hospitals. Our portfolio spans scheduling and billing, and our roadmap is public.\n",
		"\nWe offer: coaching, training, a generous budget and a flexible schedule.\n",
	} {
		r := an.Analyze("", duties+tail)
		for _, p := range r.Profiles {
			if p.ID != catalog.ProductOwner && p.Points > 0 {
				t.Errorf("%q: %s got %.2f points from %v", strings.TrimSpace(tail), p.ID, p.Points, lexiconPhrases(r))
			}
		}
	}
	// The section after the benefits is the role's again.
	r := an.Analyze("", "Scrum Master\n\nBenefits\n- Training budget\n\nResponsibilities\n- Facilitate retrospectives\n")
	if r.Top() != catalog.ScrumMaster || pointsFor(r, catalog.AgileCoach) > 0 {
		t.Errorf("the duties after the benefits count, the benefits do not: %+v", r.Evidence)
	}
}

func TestNegatedWorkDoesNotCount(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for _, text := range []string{
		"You will not manage a budget.",
		"You won't manage the budget or the schedule.",
		"This role doesn't own a budget.",
		"Budget ownership isn't part of the job.",
		"SAFe experience isn't required.",
		"Schedule, budget and contract management sit with the programme office.",
		"The budget is handled by finance, and milestones belong to the delivery office.",
	} {
		r := an.Analyze("", text)
		if pointsFor(r, catalog.ProjectManager) > 0 || frameworkPoints(r, catalog.SAFe) > 0 {
			t.Errorf("%q counted: %v", text, lexiconPhrases(r))
		}
	}
}

// TestPureProductOwnerPostingIsNotProjectManagement: a Product Owner
// posting with the usual terms of the job reads as Product Owner, with no
// Project Manager share to speak of.
func TestPureProductOwnerPostingIsNotProjectManagement(t *testing.T) {
	t.Parallel()
	text := `Product Owner (full time, hybrid)

We're hiring! Join a company whose portfolio of apps is used by 2 million people.

What you will do
- Own and order the product backlog for one cross-functional team
- Write user stories and acceptance criteria with the developers
- Refine the backlog every week and accept stories in the sprint review
- Talk to customers and turn their needs into the product goal

Requirements
- Three years as a Product Owner required
- PSPO or CSPO certification required

What we offer
- Full-time contract, hybrid work (2 days in office)
- Training budget and career coaching
- Delivered on time: your salary, every month
`
	r := NewAnalyzer(testLexicon()).Analyze("", text)
	if r.Top() != catalog.ProductOwner {
		t.Fatalf("top is %q", r.Top())
	}
	for _, p := range r.Profiles {
		if p.ID == catalog.ProjectManager && p.Score >= 5 {
			t.Errorf("Project Manager gets %.0f%% of a pure Product Owner posting, from %v", p.Score, lexiconPhrases(r))
		}
	}
}

// TestEvidenceShowsThePostingsOwnWords: the phrase shown is the text the
// posting holds, as written; the lexicon's phrase is kept beside it.
func TestEvidenceShowsThePostingsOwnWords(t *testing.T) {
	t.Parallel()
	text := "Facilitated Sprint Reviews and\nretrospectives for two teams; prioritised the Product\nBacklog."
	r := NewAnalyzer(testLexicon()).Analyze("", text)
	shown := map[string]string{}
	for _, e := range r.Evidence {
		shown[e.LexiconPhrase] = e.Phrase
		if !strings.Contains(strings.Join(strings.Fields(text), " "), e.Phrase) {
			t.Errorf("phrase %q is not the posting's text", e.Phrase)
		}
	}
	for lex, want := range map[string]string{"sprint review": "Sprint Reviews", "retrospective": "retrospectives", "product backlog": "Product Backlog"} {
		if shown[lex] != want {
			t.Errorf("%q shown as %q, want %q (all: %v)", lex, shown[lex], want, shown)
		}
	}
}

// TestPhrasesStayWithinTheirWords: a phrase is words that run together,
// not words on either side of a comma or a full stop, and a title is the
// word as written.
func TestPhrasesStayWithinTheirWords(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for text, notThere := range map[string]string{
		"You won't manage people, or manage a budget.": "people management",
		"Support the team. The team is new.":           "team of teams",
		"The Digital Services Directorate runs it.":    "director",
	} {
		if slices.Contains(lexiconPhrases(an.Analyze("", text)), notThere) {
			t.Errorf("%q matched %q", text, notThere)
		}
	}
	r := an.Analyze("", "Report to the directors; work with two Scrum Masters.")
	if pointsFor(r, catalog.AgileLeader) == 0 || pointsFor(r, catalog.ScrumMaster) == 0 {
		t.Errorf("titles in the plural are titles: %v", lexiconPhrases(r))
	}
}

// TestWhatTheRoleIsNotIsNegated: a heading or a label that says what the
// role is not makes what follows it negated: reported, not counted.
func TestWhatTheRoleIsNotIsNegated(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for _, text := range []string{
		"Scrum Master\n\nWhat you will do\n- Facilitate retrospectives\n\nWhat you won't do: own the product roadmap, keep the project plan or manage a budget.\n",
		"Scrum Master\n\nWhat you will do\n- Facilitate retrospectives\n\nOut of scope\n- The project plan and the budget\n- The product roadmap\n",
	} {
		r := an.Analyze("", text)
		if pointsFor(r, catalog.ProjectManager) > 0 || pointsFor(r, catalog.ProductManager) > 0 {
			t.Errorf("%q: what the role is not counted: %v", text, lexiconPhrases(r))
		}
		if len(r.Negated) < 2 {
			t.Errorf("%q: the denied work should be reported as not counted, got %+v", text, r.Negated)
		}
		if r.Top() != catalog.ScrumMaster {
			t.Errorf("%q: top is %q", text, r.Top())
		}
	}
}

// TestCompanyIntroductionDoesNotScore: the paragraph about the company
// before the posting's first heading is not the role's work; a first
// paragraph of duties with no heading to come is.
func TestCompanyIntroductionDoesNotScore(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	intro := an.Analyze("", "Product Owner\n\nAcme builds scheduling software for 400 hospitals. Our roadmap for next year is public and our portfolio keeps growing.\n\nWhat you will do\n- Own the product backlog and write user stories.\n")
	if pointsFor(intro, catalog.ProductManager) > 0 || pointsFor(intro, catalog.PortfolioManager) > 0 {
		t.Errorf("the company's roadmap and portfolio counted: %v", lexiconPhrases(intro))
	}
	duties := an.Analyze("", "Head of Agile Delivery\n\nLead our agile transformation across 300 people.\n- Shape the operating model for product teams\n")
	if !slices.Contains(lexiconPhrases(duties), "transformation") {
		t.Errorf("a first paragraph of duties must count: %v", lexiconPhrases(duties))
	}
	hire := an.Analyze("", "Product Owner\n\nAcme builds scheduling software. We're hiring someone to own the backlog of our booking squad.\n\nWhat you will do\n- Write user stories.\n")
	if !slices.Contains(lexiconPhrases(hire), "backlog") {
		t.Errorf("a paragraph on whom we are hiring is the role's: %v", lexiconPhrases(hire))
	}
}

// TestTheWorkReadsWithoutItsFrameworkWords: each role's work reads as that
// role in plain words, without SAFe's or Scrum's names for it, and clearly:
// at least 80% of the evidence.
func TestTheWorkReadsWithoutItsFrameworkWords(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for text, want := range map[string]catalog.ProfileID{
		"Bring eight teams together for quarterly big room planning, keep the dependency board and a risk board, run a weekly cross-team sync and an integrated demo across teams every two weeks.": catalog.ReleaseTrainEngineer,
		"Keep the team's backlog items ordered, split stories until they fit a sprint, accept or reject finished work and propose the sprint goal.":                                                 catalog.ProductOwner,
		"Run continuous discovery with customers, size opportunities, own positioning and revenue targets and the product roadmap for your product area.":                                           catalog.ProductManager,
		"Run the quarterly investment committee, make funding decisions across the portfolio backlog and keep the budget allocation to each value stream.":                                          catalog.PortfolioManager,
		"Hire and develop the coaches, run their performance reviews and career paths, and own the transformation strategy with the executive committee.":                                           catalog.AgileLeader,
		"Own the project schedule and the project budget, the issue log and the highlight reports, and plan the cutover and the go/no-go.":                                                          catalog.ProjectManager,
	} {
		r := an.Analyze("", text)
		if r.Top() != want || r.Profiles[0].Score < 80 {
			t.Errorf("%q reads as %s %.0f%%, want %s at least 80%%; evidence %v", text, r.Top(), r.Profiles[0].Score, want, lexiconPhrases(r))
		}
	}
}

// TestNegationReachesOnlyWhatItNegates: "non-technical stakeholders" are
// stakeholders, the no of go/no-go negates nothing after it, and a budget
// you handle is yours (one "handled by" finance is not).
func TestNegationReachesOnlyWhatItNegates(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(testLexicon())
	for text, counted := range map[string]string{
		"Work with technical and non-technical stakeholders.":        "stakeholder",
		"Run go/no-go decisions with the portfolio team.":            "portfolio",
		"Handle the budget and the reallocation requests each year.": "budget",
		"Protect the teams and help the product owners handle it.":   "product owners",
	} {
		r := an.Analyze("", text)
		found := false
		for _, e := range r.Evidence {
			found = found || e.LexiconPhrase == counted
		}
		if !found {
			t.Errorf("%q: %q should count; evidence %v, negated %+v", text, counted, lexiconPhrases(r), r.Negated)
		}
	}
}
