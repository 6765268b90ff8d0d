package postings

import (
	"certpath/catalog"
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
)

// Evidence is one signal found in a posting: the posting's words, the
// lexicon phrase they matched, what it counts for, how often, on which lines
// and where in the text.
type Evidence struct {
	// Phrase is the posting's own words where the signal was first found,
	// as written ("Facilitated Sprint Reviews"), each run of spaces and line
	// breaks made one space.
	Phrase string `json:"phrase"`
	// LexiconPhrase is the lexicon's phrase those words matched
	// ("facilitate sprint review"): the same for every posting.
	LexiconPhrase string                        `json:"lexicon_phrase"`
	RoleName      bool                          `json:"role_name,omitempty"`
	Profiles      map[catalog.ProfileID]float64 `json:"profiles,omitempty"`
	Frameworks    map[catalog.Framework]float64 `json:"frameworks,omitempty"`
	Cert          catalog.CertID                `json:"cert,omitempty"`
	Outside       catalog.OutsideID             `json:"outside,omitempty"`
	Count         int                           `json:"count"`
	Lines         []int                         `json:"lines"`
	InTitle       bool                          `json:"in_title,omitempty"`
	Points        float64                       `json:"points"`
	// Posting names the posting, in a combined report.
	Posting string `json:"posting,omitempty"`
	// Spans are the byte ranges of each match in the text, for highlighting.
	Spans [][2]int `json:"-"`
}

// PostingAnalysis is what the analyzer found in one posting.
type PostingAnalysis struct {
	Name       string           `json:"name,omitempty"`
	Profiles   []PostingScore   `json:"profiles"`
	Frameworks []FrameworkShare `json:"frameworks"`
	CertsNamed []catalog.CertID `json:"certifications_named"`
	// OutsideNamed are the certifications outside the catalogue it names.
	OutsideNamed []catalog.OutsideID `json:"outside_named"`
	Evidence     []Evidence          `json:"evidence"`
	// Negated lists signals found in a negative context ("no SAFe needed"),
	// which did not count.
	Negated []Evidence `json:"negated,omitempty"`
}

// PostingScore is a profile's share of a posting's evidence, in percent
// (all profiles add up to 100 when anything was found), and its raw points.
type PostingScore struct {
	ID     catalog.ProfileID `json:"id"`
	Name   string            `json:"name"`
	Score  float64           `json:"score"`
	Points float64           `json:"points"`
}

// FrameworkShare is a framework context's share of the evidence, in percent.
type FrameworkShare struct {
	ID     catalog.Framework `json:"id"`
	Score  float64           `json:"score"`
	Points float64           `json:"points"`
}

// Top returns the best profile of a posting, or "" when nothing was found.
func (p PostingAnalysis) Top() catalog.ProfileID {
	if len(p.Profiles) == 0 || p.Profiles[0].Points <= 0 {
		return ""
	}
	return p.Profiles[0].ID
}

// titleFactor is how much more a phrase counts on a line that looks like
// the posting's title.
const titleFactor = 2

// Analyzer matches postings against a lexicon. Build it once with
// NewAnalyzer; it holds no state between analyses.
type Analyzer struct {
	byFirst map[string][]compiled
	maxLen  int // the longest phrase, in tokens
	signals int // how many compiled signals there are
}

// Lazy is the analyzer of one catalogue, compiled on first use: the lexicon
// alone (word weights learned from postings read fewer of them right; see
// TestLearnedWeights and the README). It is compiled once and shared: an
// Analyzer holds no state between analyses. A nil Lazy analyses with no
// certification phrases.
type Lazy struct {
	get func() *Analyzer
}

// ForCatalog is the lazily compiled analyzer of a catalogue.
func ForCatalog(cat catalog.Catalog) *Lazy {
	return &Lazy{get: sync.OnceValue(func() *Analyzer { return NewAnalyzer(Lexicon(cat)) })}
}

// Analyzer compiles the lexicon the first time it is asked for.
func (l *Lazy) Analyzer() *Analyzer {
	if l == nil {
		return noCertificates()
	}
	return l.get()
}

// noCertificates is the analyzer a nil Lazy gives: the role and framework
// phrases alone, compiled once.
var noCertificates = sync.OnceValue(func() *Analyzer { return NewAnalyzer(Lexicon(catalog.Catalog{})) })

type compiled struct {
	sig    Signal
	keys   []string
	id     int     // index of the signal, for per-analysis tables
	weight float64 // weightOf(sig), computed once
}

// NewAnalyzer compiles a lexicon: phrases become stemmed token sequences,
// indexed by their first token, longest first.
func NewAnalyzer(lex []Signal) *Analyzer {
	a := &Analyzer{byFirst: map[string][]compiled{}}
	for _, s := range lex {
		var keys []string
		for _, t := range tokens(s.Phrase) {
			switch {
			case s.Exact:
				keys = append(keys, t.raw)
			case s.Literal:
				keys = append(keys, strings.ToLower(t.raw))
			default:
				keys = append(keys, t.key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		a.add(compiled{sig: s, keys: keys})
		a.maxLen = max(a.maxLen, len(keys))
	}
	a.inheritFrameworks()
	for k, list := range a.byFirst {
		slices.SortStableFunc(list, func(x, y compiled) int { return cmp.Compare(len(y.keys), len(x.keys)) })
		a.byFirst[k] = list
	}
	for _, list := range a.byFirst {
		for i := range list {
			list[i].id = a.signals
			list[i].weight = weightOf(list[i].sig)
			a.signals++
		}
	}
	return a
}

// inheritFrameworks gives a phrase with no framework of its own the
// framework of the single words in it: "sprint planning" is Scrum evidence
// because "sprint" is, though only the longer phrase matches.
func (a *Analyzer) inheritFrameworks() {
	single := map[string]map[catalog.Framework]float64{}
	for key, list := range a.byFirst {
		for _, c := range list {
			if len(c.keys) == 1 && len(c.sig.Frameworks) > 0 && !c.sig.Exact && c.sig.Cert == "" {
				single[key] = c.sig.Frameworks
			}
		}
	}
	for _, list := range a.byFirst {
		for i, c := range list {
			if len(c.keys) < 2 || len(c.sig.Frameworks) > 0 {
				continue
			}
			for _, k := range c.keys {
				if f, ok := single[k]; ok {
					list[i].sig.Frameworks = sumWeights(list[i].sig.Frameworks, f)
				}
			}
		}
	}
}

// candidates are the signals that can start with a spelling: exact ones,
// then literal, then stemmed, so that at equal length the stricter wins.
func (a *Analyzer) candidates(w *spelling) []compiled {
	var out []compiled
	for i, key := range [3]string{w.raw, w.lower, w.key} {
		if i > 0 && (key == w.raw || i == 2 && key == w.lower) {
			continue // the same list again
		}
		out = append(out, a.byFirst[key]...)
	}
	return out
}

// add indexes a compiled signal; one that matches exactly like an earlier one
// ("PI planning" as an activity and as a SAFe signal) is merged into it,
// because only one signal can match at a place.
func (a *Analyzer) add(c compiled) {
	list := a.byFirst[c.keys[0]]
	for i, x := range list {
		if x.sig.Exact == c.sig.Exact && x.sig.Literal == c.sig.Literal && slices.Equal(x.keys, c.keys) {
			list[i].sig = mergeSignals(x.sig, c.sig)
			return
		}
	}
	a.byFirst[c.keys[0]] = append(list, c)
}

func mergeSignals(x, y Signal) Signal {
	x.Profiles, x.Frameworks = sumWeights(x.Profiles, y.Profiles), sumWeights(x.Frameworks, y.Frameworks)
	x.RoleName = x.RoleName || y.RoleName
	if x.Cert == "" {
		x.Cert = y.Cert
	}
	if x.Outside == "" {
		x.Outside = y.Outside
	}
	return x
}

func sumWeights[K comparable](a, b map[K]float64) map[K]float64 {
	out := map[K]float64{}
	for k, v := range a {
		out[k] += v
	}
	for k, v := range b {
		out[k] += v
	}
	return out
}

// Analyze finds the signals in one posting. The text should be sanitized
// first (Sanitize); Analyze itself never fails.
func (a *Analyzer) Analyze(name, text string) PostingAnalysis {
	t := newTally(text, a.signals)
	// Tokens stream through a small window: matching looks at most a phrase
	// and a negation window ahead, and a negation window back.
	lookahead := a.maxLen + max(negationWindow, elsewhereWindow) + 1
	buf := make([]token, 0, 4*windowFlush)
	pos := 0
	flush := func(final bool) {
		for pos < len(buf) && (final || pos+lookahead <= len(buf)) {
			c := a.match(buf, pos)
			if c == nil {
				pos++
				continue
			}
			t.record(buf, pos, c)
			for j := pos; j < pos+len(c.keys); j++ {
				buf[j].inPhrase = true // the no of go/no-go negates nothing
			}
			pos += len(c.keys)
		}
		keep := max(0, pos-negationWindow)
		n := copy(buf, buf[keep:])
		buf = buf[:n]
		pos -= keep
	}
	tokenize(text, map[string]*spelling{}, true, func(tok token) {
		if !tok.resolved {
			tok.cands, tok.resolved = a.candidates(tok.spelling), true
		}
		buf = append(buf, tok)
		if len(buf) >= windowFlush {
			flush(false)
		}
	})
	flush(true)
	return t.result(name)
}

// names records what a piece of evidence names: a certification of the
// catalogue, or one outside it, each once.
func (p *PostingAnalysis) names(ev *Evidence) {
	if ev.Cert != "" && !slices.Contains(p.CertsNamed, ev.Cert) {
		p.CertsNamed = append(p.CertsNamed, ev.Cert)
	}
	if ev.Outside != "" && !slices.Contains(p.OutsideNamed, ev.Outside) {
		p.OutsideNamed = append(p.OutsideNamed, ev.Outside)
	}
}

// weightOf is the total a signal adds, used to scale its contributions.
func weightOf(s Signal) float64 {
	w := 0.0
	for _, v := range s.Profiles {
		w += v
	}
	for _, v := range s.Frameworks {
		w += v
	}
	if w == 0 {
		return 1
	}
	return w
}

// shares turns points into percentages, best first, in canonical order on ties.
func shares(profilePts map[catalog.ProfileID]float64, frameworkPts map[catalog.Framework]float64) ([]PostingScore, []FrameworkShare) {
	var total, ftotal float64
	for _, v := range profilePts {
		total += v
	}
	for _, v := range frameworkPts {
		ftotal += v
	}
	var ps []PostingScore
	for _, p := range catalog.Profiles() {
		s := PostingScore{ID: p.ID, Name: p.Name, Points: round2(profilePts[p.ID])}
		if total > 0 {
			s.Score = round2(100 * profilePts[p.ID] / total)
		}
		ps = append(ps, s)
	}
	var fs []FrameworkShare
	for _, f := range catalog.Frameworks() {
		s := FrameworkShare{ID: f, Points: round2(frameworkPts[f])}
		if ftotal > 0 {
			s.Score = round2(100 * frameworkPts[f] / ftotal)
		}
		fs = append(fs, s)
	}
	slices.SortStableFunc(ps, func(x, y PostingScore) int { return cmp.Compare(y.Points, x.Points) })
	slices.SortStableFunc(fs, func(x, y FrameworkShare) int { return cmp.Compare(y.Points, x.Points) })
	return ps, fs
}

// match returns the longest signal starting at token i, or nil. A phrase
// stays within one stretch of words (see token.seg).
func (a *Analyzer) match(toks []token, i int) *compiled {
	var best *compiled
	cands, seg := toks[i].cands, toks[i].seg
	for ci := range cands {
		c := &cands[ci]
		n := len(c.keys)
		if i+n > len(toks) || (best != nil && n <= len(best.keys)) {
			continue
		}
		if matches(c, toks[i:i+n], seg) {
			best = c
		}
	}
	return best
}

// matches reports whether toks, all in stretch seg, spell c's keys.
func matches(c *compiled, toks []token, seg int32) bool {
	for j, k := range c.keys {
		t := &toks[j]
		if t.seg != seg {
			return false
		}
		var ok bool
		switch {
		case c.sig.Exact:
			ok = t.raw == k
		case c.sig.Literal:
			ok = t.lower == k
		default:
			ok = t.key == k
		}
		if !ok {
			return false
		}
	}
	return true
}

// windowFlush is how many tokens gather before the matcher runs over them.
const windowFlush = 256

// round2 keeps shares to two decimals so that float noise never reorders ties.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
