package postings

import (
	"certpath/catalog"
	"fmt"
	"testing"
)

// The postings in testdata/masked were written for certpath by someone who
// never read the analyzer: 44 postings across the eight profiles, 34 of
// them clear, with the titles real postings use ("Agile Delivery
// Facilitator", "Head of PMO", "Delivery Lead"). With every role name
// masked, the activities alone must read them right.

// readingScore counts right top profiles among clear postings and among all.
type readingScore struct {
	clear, clearTotal, all, allTotal int
	misses                           []string
}

func (s readingScore) String() string {
	return fmt.Sprintf("clear %d/%d (%.0f%%), all %d/%d (%.0f%%)", s.clear, s.clearTotal, percent(s.clear, s.clearTotal), s.all, s.allTotal, percent(s.all, s.allTotal))
}

func percent(n, of int) float64 { return 100 * float64(n) / float64(max(1, of)) }

// score reads each posting with read and counts the right ones.
func score(posts []labelled, read func(labelled) catalog.ProfileID) readingScore {
	var s readingScore
	for _, p := range posts {
		got := read(p)
		s.allTotal++
		if p.clear {
			s.clearTotal++
		}
		if got != p.expect {
			s.misses = append(s.misses, fmt.Sprintf("%s (%s, clear %v) -> %s", p.name, p.expect, p.clear, got))
			continue
		}
		s.all++
		if p.clear {
			s.clear++
		}
	}
	return s
}

func maskRoleNames(text string) string { return roleNames.ReplaceAllString(text, "") }

func TestMaskedPostingsReadByTheirWork(t *testing.T) {
	t.Parallel()
	posts := loadLabelled(t, "testdata/masked", 40)
	for _, p := range posts {
		if p.expect == "" {
			t.Fatalf("%s: no expect: line", p.name)
		}
		if loc := roleNames.FindStringIndex(maskRoleNames(p.text)); loc != nil {
			t.Fatalf("%s still names a role after masking", p.name)
		}
	}
	an := NewAnalyzer(testLexicon())
	named := score(posts, func(p labelled) catalog.ProfileID { return an.Analyze(p.name, p.text).Top() })
	masked := score(posts, func(p labelled) catalog.ProfileID { return an.Analyze(p.name, maskRoleNames(p.text)).Top() })
	t.Logf("role names kept: %s; misses %v", named, named.misses)
	t.Logf("role names masked: %s; misses %v", masked, masked.misses)
	// The baseline: TF-IDF centroids learned from the other test postings.
	c := learn(learnFromPostings(loadTestPostings(t)))
	baseline := score(posts, func(p labelled) catalog.ProfileID { return c.best(termCounts(maskRoleNames(p.text))) })
	t.Logf("TF-IDF centroids learned from testdata/postings, role names masked: %s", baseline)
	if percent(masked.clear, masked.clearTotal) < 90 || percent(masked.all, masked.allTotal) < 80 {
		t.Fatalf("with role names masked the activities read %s; want at least 90%% of clear postings and 80%% of all", masked)
	}
}
