package postings

import (
	"certpath/catalog"
	"strings"
	"testing"
)

// testLexicon is the lexicon over a small catalogue of this package's own,
// so that these tests do not depend on the content's phrases: the role and
// framework phrases are the package's, the certification phrases each
// catalogue's (questions' tests check the real content's).
func testLexicon() []Signal {
	in := func(profiles map[catalog.ProfileID]float64, fws map[catalog.Framework]float64, phrases ...string) catalog.InPostings {
		return catalog.InPostings{Phrases: phrases, Profiles: profiles, Frameworks: fws}
	}
	sm := map[catalog.ProfileID]float64{catalog.ScrumMaster: 2}
	po := map[catalog.ProfileID]float64{catalog.ProductOwner: 2}
	pj := map[catalog.ProfileID]float64{catalog.ProjectManager: 2}
	scrum := map[catalog.Framework]float64{catalog.Scrum: 1.5}
	safe := map[catalog.Framework]float64{catalog.SAFe: 2}
	project := map[catalog.Framework]float64{catalog.Project: 2}
	return Lexicon(catalog.New([]catalog.Cert{
		{ID: catalog.POPM, Order: 1, Postings: in(po, safe, "popm", "safe product owner")},
		{ID: catalog.SSM, Order: 2, Postings: in(sm, safe, "ssm", "safe scrum master")},
		{ID: catalog.PSMI, Order: 3, Postings: in(sm, scrum, "psm", "psm i", "psm 1", "professional scrum master")},
		{ID: catalog.PSMII, Order: 4, Postings: in(sm, scrum, "psm ii", "psm 2")},
		{ID: catalog.PSPOI, Order: 5, Postings: in(po, scrum, "pspo", "pspo i", "professional scrum product owner")},
		{ID: catalog.CSM, Order: 6, Postings: in(sm, scrum, "csm", "certified scrummaster", "certified scrum master")},
		{ID: catalog.ACSM, Order: 7, Postings: in(sm, scrum, "a csm")},
		{ID: catalog.PMP, Order: 8, Postings: in(pj, project, "pmp", "project management professional")},
		{ID: catalog.PMIACP, Order: 9, Postings: in(pj, project, "pmi acp")},
	}))
}

// TestPhrasesKeepTheirWords: stop words are dropped when matching, so a
// phrase of several words that keeps one ("on time" is "time") would match
// that word anywhere ("full time"); and words that are not work must not be
// a signal's phrase too.
func TestPhrasesKeepTheirWords(t *testing.T) {
	t.Parallel()
	ignored := map[string]bool{}
	for _, s := range testLexicon() {
		if s.Ignore {
			ignored[keysOf(s.Phrase)] = true
		}
	}
	for _, s := range testLexicon() {
		if len(strings.Fields(s.Phrase)) > 1 && len(tokens(s.Phrase)) < 2 {
			t.Errorf("%q matches as the single word %q", s.Phrase, keysOf(s.Phrase))
		}
		if !s.Ignore && ignored[keysOf(s.Phrase)] {
			t.Errorf("%q is both a signal and words that are not work", s.Phrase)
		}
	}
}

func keysOf(phrase string) string {
	var keys []string
	for _, t := range tokens(phrase) {
		keys = append(keys, t.key)
	}
	return strings.Join(keys, " ")
}
