package postings

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"testing"

	"certpath/catalog"
)

// This file holds the measurement behind reading postings with the lexicon
// alone: word weights learned from labelled postings (TF-IDF centroids) are
// the baseline the lexicon must beat. It lives with its test because
// certpath never uses it; it reads only the postings in testdata.

// centroids are term weights learned from labelled postings: per role, the
// mean of the postings' TF-IDF vectors, trimmed to the strongest terms. They
// hold numbers per stemmed term and role, never posting text.
type centroids struct {
	IDF   map[string]float64                       `json:"idf"`
	Roles map[catalog.ProfileID]map[string]float64 `json:"roles"`
}

// learnFrom is a posting and the role a careful reader gives it.
type learnFrom struct {
	Text string
	Role catalog.ProfileID
}

// titleStems are stems that, once titles are masked, are left mostly by
// titles the mask cannot see ("Scrum-Master", "PO/Owner", "master's
// degree"); they say nothing about the work, so learning skips them.
var titleStems = map[string]bool{"master": true, "owner": true, "rte": true}

// termsPerRole keeps the learned weights small and general.
const termsPerRole = 150

// termCounts counts a text's stemmed words, stop words left out.
func termCounts(text string) map[string]float64 {
	counts := map[string]float64{}
	tokenize(text, map[string]*spelling{}, false, func(t token) {
		if t.isTerm() {
			counts[t.key]++
		}
	})
	return counts
}

// isTerm is whether learned weights count a token: a stemmed word of three
// letters or more that is not a stop word.
func (t token) isTerm() bool { return !t.stop && len(t.key) > 2 }

// learn computes centroids from labelled postings, role names masked.
func learn(docs []learnFrom) centroids {
	counts := make([]map[string]float64, len(docs))
	df := map[string]float64{}
	for i, d := range docs {
		counts[i] = termCounts(roleNames.ReplaceAllString(d.Text, " "))
		for term := range titleStems {
			delete(counts[i], term)
		}
		for term := range counts[i] {
			df[term]++
		}
	}
	c := centroids{IDF: map[string]float64{}, Roles: map[catalog.ProfileID]map[string]float64{}}
	n := float64(len(docs))
	for term, f := range df {
		if f >= 2 { // a word in one posting only says nothing general
			c.IDF[term] = math.Log((n+1)/(f+1)) + 1
		}
	}
	sums, sizes := map[catalog.ProfileID]map[string]float64{}, map[catalog.ProfileID]float64{}
	for i, d := range docs {
		v := c.vector(counts[i])
		if sums[d.Role] == nil {
			sums[d.Role] = map[string]float64{}
		}
		for term, w := range v {
			sums[d.Role][term] += w
		}
		sizes[d.Role]++
	}
	used := map[string]bool{}
	for role, sum := range sums {
		type tw struct {
			term string
			w    float64
		}
		var all []tw
		for term, w := range sum {
			all = append(all, tw{term, w / sizes[role]})
		}
		slices.SortFunc(all, func(a, b tw) int {
			if a.w != b.w {
				return cmp.Compare(b.w, a.w)
			}
			return cmp.Compare(a.term, b.term)
		})
		keep := map[string]float64{}
		for _, x := range all[:min(termsPerRole, len(all))] {
			keep[x.term] = round4(x.w)
			used[x.term] = true
		}
		c.Roles[role] = normalize(keep)
	}
	for term := range c.IDF {
		if !used[term] {
			delete(c.IDF, term)
		} else {
			c.IDF[term] = round4(c.IDF[term])
		}
	}
	return c
}

// vector is a text's L2-normalised TF-IDF vector over the learned terms.
func (c centroids) vector(counts map[string]float64) map[string]float64 {
	v := map[string]float64{}
	for term, n := range counts {
		if idf, ok := c.IDF[term]; ok {
			v[term] = (1 + math.Log(n)) * idf
		}
	}
	return normalize(v)
}

// best is the role most similar to a text's term counts.
func (c centroids) best(counts map[string]float64) catalog.ProfileID {
	var got catalog.ProfileID
	best := -1.0
	sim := c.Similarity(counts)
	for _, prof := range catalog.Profiles() {
		if s := sim[prof.ID]; s > best {
			best, got = s, prof.ID
		}
	}
	return got
}

// learnFromPostings is labelled postings as learning examples.
func learnFromPostings(posts []labelled) []learnFrom {
	out := make([]learnFrom, len(posts))
	for i, p := range posts {
		out[i] = learnFrom{Text: p.text, Role: p.expect}
	}
	return out
}

// Similarity is each role's cosine similarity with a text's term counts.
func (c centroids) Similarity(counts map[string]float64) map[catalog.ProfileID]float64 {
	v := c.vector(counts)
	out := map[catalog.ProfileID]float64{}
	for role, centroid := range c.Roles {
		s := 0.0
		for term, w := range v {
			s += w * centroid[term]
		}
		out[role] = s
	}
	return out
}

func normalize(v map[string]float64) map[string]float64 {
	norm := 0.0
	for _, w := range v {
		norm += w * w
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
	for k, w := range v {
		v[k] = w / norm
	}
	return v
}

func round4(v float64) float64 { return math.Round(v*10000) / 10000 }

// cvResult counts right top-1 readings.
type cvResult struct{ right, total int }

func (r cvResult) String() string {
	return fmt.Sprintf("%d/%d (%.0f%%)", r.right, r.total, 100*float64(r.right)/float64(max(1, r.total)))
}

// crossValidate scores a reader with leave-one-out: the learned weights are
// learned again without the posting being read, so no figure is the
// training set's own.
func crossValidate(posts []labelled, mask bool, centroidOnly bool) cvResult {
	var r cvResult
	for i, p := range posts {
		if !p.clear {
			continue
		}
		text := p.text
		if mask {
			text = roleNames.ReplaceAllString(text, "")
		}
		var got catalog.ProfileID
		if centroidOnly {
			var train []learnFrom
			for j, q := range posts {
				if j != i {
					train = append(train, learnFrom{Text: q.text, Role: q.expect})
				}
			}
			got = learn(train).best(termCounts(text))
		} else {
			got = NewAnalyzer(testLexicon()).Analyze(p.name, text).Top()
		}
		r.total++
		if got == p.expect {
			r.right++
		}
	}
	return r
}

// TestLearnedWeights measures, with leave-one-out cross-validation, the
// lexicon alone and the TF-IDF centroids alone (the baseline the lexicon
// must beat), with role names kept and masked. The figures are why
// certpath reads postings with the lexicon alone: run with -v.
func TestLearnedWeights(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("cross-validation learns once per posting")
	}
	posts := loadTestPostings(t)
	for _, mask := range []bool{false, true} {
		lex := crossValidate(posts, mask, false)
		centroid := crossValidate(posts, mask, true)
		t.Logf("%d postings, role names masked %v: lexicon %s, TF-IDF centroids %s", len(posts), mask, lex, centroid)
		if lex.right <= centroid.right {
			t.Errorf("masked %v: the lexicon (%s) reads no better than word weights learned from the same postings (%s)", mask, lex, centroid)
		}
	}
}
