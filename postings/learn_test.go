package postings

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/catalog"
)

// sharedPostings are the real postings beside the project (../shared), when
// present: they help learning and measuring, and are never copied.
func sharedPostings(t testing.TB) []labelled {
	t.Helper()
	files, _ := filepath.Glob("../../shared/postings/*.txt")
	roles := map[string]catalog.ProfileID{
		"product-owner": catalog.ProductOwner, "product-manager": catalog.ProductManager, "scrum-master": catalog.ScrumMaster,
		"project-manager": catalog.ProjectManager, "rte": catalog.ReleaseTrainEngineer, "agile-coach": catalog.AgileCoach,
	}
	var out []labelled
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		role, ok := roles[base[strings.Index(base, "-")+1:]]
		if !ok {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, labelled{name: "shared/" + filepath.Base(f), expect: role, clear: true, text: string(data)})
	}
	return out
}

// developmentSet is every labelled posting at hand: certpath's own, and the
// shared ones when present.
func developmentSet(t testing.TB) []labelled {
	return append(loadTestPostings(t), sharedPostings(t)...)
}

// cvResult counts right top-1 readings; margin sums, for the lexicon and the
// blend, the right role's share minus the best wrong role's, in points.
type cvResult struct {
	right, total int
	margin       float64
}

func (r cvResult) String() string {
	s := fmt.Sprintf("%d/%d (%.0f%%)", r.right, r.total, 100*float64(r.right)/float64(max(1, r.total)))
	if r.margin != 0 {
		s += fmt.Sprintf(", mean margin %.1f points", r.margin/float64(max(1, r.total)))
	}
	return s
}

// crossValidate scores a reader with leave-one-out: the learned weights are
// learned again without the posting being read, so no figure is the
// training set's own.
func crossValidate(posts []labelled, blend float64, mask bool, centroidOnly bool) cvResult {
	var r cvResult
	for i, p := range posts {
		if !p.clear {
			continue
		}
		var train []Labelled
		for j, q := range posts {
			if j != i {
				train = append(train, Labelled{Text: q.text, Role: q.expect})
			}
		}
		c := Learn(train)
		text := p.text
		if mask {
			text = RoleNames.ReplaceAllString(text, "")
		}
		var got catalog.ProfileID
		if centroidOnly {
			best := -1.0
			for _, prof := range catalog.Profiles() {
				if s := c.Similarity(termCounts(text))[prof.ID]; s > best {
					best, got = s, prof.ID
				}
			}
		} else {
			an := NewAnalyzer(Lexicon())
			if blend > 0 {
				an = an.WithCentroids(c, blend)
			}
			rep := an.Analyze(p.name, text)
			got = rep.Top()
			var right, wrong float64
			for _, prof := range rep.Profiles {
				if prof.ID == p.expect {
					right = prof.Score
				} else {
					wrong = max(wrong, prof.Score)
				}
			}
			r.margin += right - wrong
		}
		r.total++
		if got == p.expect {
			r.right++
		}
	}
	return r
}

// TestLearnedWeights measures, with leave-one-out cross-validation, the
// lexicon alone, the TF-IDF centroids alone (the baseline the lexicon must
// beat), and the two blended, with role names kept and masked. The figures
// are why certpath reads postings with the lexicon alone: run with -v.
func TestLearnedWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-validation learns once per posting")
	}
	posts := developmentSet(t)
	for _, mask := range []bool{false, true} {
		lex := crossValidate(posts, 0, mask, false)
		centroid := crossValidate(posts, 0, mask, true)
		blend := crossValidate(posts, Blend, mask, false)
		t.Logf("%d postings, role names masked %v: lexicon %s, TF-IDF centroids %s, blend (%.2f) %s", len(posts), mask, lex, centroid, Blend, blend)
		if lex.right <= centroid.right {
			t.Errorf("masked %v: the lexicon (%s) reads no better than word weights learned from the same postings (%s)", mask, lex, centroid)
		}
	}
	// Across sources: learn from certpath's own postings only, read the
	// shared real ones, which neither the weights nor the lexicon's tests
	// were written from.
	own, shared := loadTestPostings(t), sharedPostings(t)
	if len(shared) == 0 {
		return
	}
	var docs []Labelled
	for _, p := range own {
		docs = append(docs, Labelled{Text: p.text, Role: p.expect})
	}
	c := Learn(docs)
	for _, mask := range []bool{false, true} {
		var lex, cen, bl cvResult
		for _, p := range shared {
			text := p.text
			if mask {
				text = RoleNames.ReplaceAllString(text, "")
			}
			score := func(r *cvResult, got catalog.ProfileID) {
				r.total++
				if got == p.expect {
					r.right++
				}
			}
			score(&lex, NewAnalyzer(Lexicon()).Analyze(p.name, text).Top())
			score(&bl, NewAnalyzer(Lexicon()).WithCentroids(c, Blend).Analyze(p.name, text).Top())
			best, got := -1.0, catalog.ProfileID("")
			for id, s := range c.Similarity(termCounts(text)) {
				if s > best || (s == best && id < got) {
					best, got = s, id
				}
			}
			score(&cen, got)
		}
		t.Logf("learned from %d own postings, read %d shared ones, role names masked %v: lexicon %s, TF-IDF centroids %s, blend %s", len(own), len(shared), mask, lex, cen, bl)
	}
}
