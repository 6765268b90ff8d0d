package postings

import (
	"certpath/catalog"
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Evidence is one signal found in a posting: the phrase, what it counts
// for, how often, on which lines and where in the text.
type Evidence struct {
	Phrase     string                        `json:"phrase"`
	RoleName   bool                          `json:"role_name,omitempty"`
	Profiles   map[catalog.ProfileID]float64 `json:"profiles,omitempty"`
	Frameworks map[catalog.Framework]float64 `json:"frameworks,omitempty"`
	Cert       catalog.CertID                `json:"cert,omitempty"`
	Outside    catalog.OutsideID             `json:"outside,omitempty"`
	Count      int                           `json:"count"`
	Lines      []int                         `json:"lines"`
	InTitle    bool                          `json:"in_title,omitempty"`
	Points     float64                       `json:"points"`
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

// token is one word of a posting, with where it came from. It is small
// (its spelling is shared) because a 1 MiB posting has about 170,000.
type token struct {
	*spelling
	start, end int32 // byte offsets in the text
	line       int32 // 1-based
	clause     int32 // sentence or bullet it belongs to
	title      bool
}

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
	found := make([]*Evidence, a.signals)
	negated := make([]*Evidence, a.signals)
	var order []int
	record := func(toks []token, i int, c compiled) {
		n := len(c.keys)
		first, last := toks[i], toks[i+n-1]
		neg := isNegated(toks, i, i+n)
		target := found
		if neg {
			target = negated
		}
		ev := target[c.id]
		if ev == nil {
			ev = &Evidence{Phrase: c.sig.Phrase, RoleName: c.sig.RoleName, Profiles: c.sig.Profiles, Frameworks: c.sig.Frameworks, Cert: c.sig.Cert, Outside: c.sig.Outside}
			target[c.id] = ev
			if !neg {
				order = append(order, c.id)
			}
		}
		factor := 1.0
		if first.title {
			factor = titleFactor
			ev.InTitle = true
		}
		ev.Count++
		ev.Points += factor * c.weight
		// Matches come in text order, so a line seen before is the last one.
		if line := int(first.line); len(ev.Lines) == 0 || ev.Lines[len(ev.Lines)-1] != line {
			ev.Lines = append(ev.Lines, line)
		}
		ev.Spans = append(ev.Spans, [2]int{int(first.start), int(last.end)})
	}
	// Tokens stream through a small window: matching looks at most a phrase
	// and a negation window ahead, and a negation window back.
	lookahead := a.maxLen + negationWindow + 1
	buf := make([]token, 0, 4*windowFlush)
	pos := 0
	flush := func(final bool) {
		for pos < len(buf) && (final || pos+lookahead <= len(buf)) {
			c, ok := a.match(buf, pos)
			if !ok {
				pos++
				continue
			}
			record(buf, pos, c)
			pos += len(c.keys)
		}
		keep := max(0, pos-negationWindow)
		n := copy(buf, buf[keep:])
		buf = buf[:n]
		pos -= keep
	}
	tokenize(text, map[string]*spelling{}, true, func(t token) {
		if !t.resolved {
			t.cands, t.resolved = a.candidates(t.spelling), true
		}
		buf = append(buf, t)
		if len(buf) >= windowFlush {
			flush(false)
		}
	})
	flush(true)
	out := PostingAnalysis{Name: name}
	profilePts := map[catalog.ProfileID]float64{}
	frameworkPts := map[catalog.Framework]float64{}
	for _, id := range order {
		ev := found[id]
		factor := ev.Points / weightOf(Signal{Profiles: ev.Profiles, Frameworks: ev.Frameworks})
		for p, w := range ev.Profiles {
			profilePts[p] += w * factor
		}
		for f, w := range ev.Frameworks {
			frameworkPts[f] += w * factor
		}
		out.names(ev)
		ev.Points = round2(ev.Points)
		out.Evidence = append(out.Evidence, *ev)
	}
	for _, ev := range negated {
		if ev != nil {
			ev.Points = 0
			out.Negated = append(out.Negated, *ev)
		}
	}
	slices.SortFunc(out.Negated, func(x, y Evidence) int { return cmp.Compare(x.Spans[0][0], y.Spans[0][0]) })
	slices.SortStableFunc(out.Evidence, func(x, y Evidence) int { return cmp.Compare(y.Points, x.Points) })
	out.Profiles, out.Frameworks = shares(profilePts, frameworkPts)
	return out
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

// match returns the longest signal starting at token i.
func (a *Analyzer) match(toks []token, i int) (compiled, bool) {
	var best compiled
	found := false
	for _, c := range toks[i].cands {
		if i+len(c.keys) > len(toks) || (found && len(c.keys) <= len(best.keys)) {
			continue
		}
		ok := true
		for j, k := range c.keys {
			t := toks[i+j]
			switch {
			case c.sig.Exact:
				ok = t.raw == k
			case c.sig.Literal:
				ok = t.lower == k
			default:
				ok = t.key == k
			}
			if !ok {
				break
			}
		}
		if ok {
			best, found = c, true
		}
	}
	return best, found
}

// windowFlush is how many tokens gather before the matcher runs over them.
const windowFlush = 256

// negationWindow is how many words before a phrase (or after it, for "not
// required") a negation reaches, within the same sentence or bullet.
const negationWindow = 3

func isNegated(toks []token, start, end int) bool {
	clause := toks[start].clause
	for j := start - 1; j >= 0 && j >= start-negationWindow && toks[j].clause == clause; j-- {
		switch toks[j].key {
		case "no", "not", "without", "never", "non", "nor", "neither", "except":
			return true
		}
	}
	for j := end; j < len(toks) && j < end+negationWindow && toks[j].clause == clause; j++ {
		if toks[j].key == "not" && j+1 < len(toks) {
			switch toks[j+1].key {
			case "requir", "need", "necessary", "mandatory", "expect":
				return true
			}
		}
	}
	return false
}

// stopWords are skipped when matching, so "prioritize the backlog" matches
// "prioritize backlog". Negation words are never stop words.
func isStopWord(w string) bool {
	switch w {
	case "the", "an", "and", "of", "to", "for", "with", "our", "your", "their", "its", "in", "on", "at",
		"by", "from", "as", "is", "are", "be", "will", "you", "we", "this", "that", "all", "&", "or":
		return true
	}
	return false
}

// spelling is what the tokenizer derives from one spelling of a word.
type spelling struct {
	raw   string // as written, for exact-case signals
	lower string // lower case, for literal signals
	key   string // lower case, stemmed
	stop  bool
	// cands are the signals that can start here, resolved once per
	// analysis.
	cands    []compiled
	resolved bool
}

// tokens returns the tokens of a short text, such as a lexicon phrase.
func tokens(text string) []token {
	var out []token
	tokenize(text, nil, false, func(t token) { out = append(out, t) })
	return out
}

// tokenize splits text into words, dropping punctuation and stop words and
// recording lines, clauses and title lines, and hands each to emit. cache
// maps each spelling seen to its lower-case form and stem, so a long posting
// stems each word once; nil means no memo. skipHeadings drops the words of
// section headings (a posting's structure, see headingLength); a lexicon
// phrase is read whole.
func tokenize(text string, cache map[string]*spelling, skipHeadings bool, emit func(token)) {
	at := position{text: text, skipHeadings: skipHeadings, line: 1}
	at.startLine(0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			at.line++
			i += size
			at.startLine(i)
			continue
		case endsClause(r):
			at.clause++
			i += size
			continue
		case !isWordRune(r) && r != '&':
			i += size
			continue
		}
		j := wordEnd(text, i+size)
		raw := text[i:j]
		w, ok := cache[raw]
		if !ok {
			w = newSpelling(cache, raw)
		}
		if !w.stop && i >= at.headingEnd {
			emit(token{spelling: w, start: int32(i), end: int32(j), line: int32(at.line), clause: int32(at.clause), title: at.titleLine})
		}
		i = j
	}
}

// position is where tokenize is in its text: the line and clause, whether
// the line is a title, and where the line's heading (if any) ends.
type position struct {
	text          string
	skipHeadings  bool
	line, clause  int
	titleLine     bool
	nonEmptyLines int
	headingEnd    int // words before this offset are a heading's
}

// startLine reads the line that starts at offset at: whether it is a title,
// where its heading ends, and whether it opens a clause (a blank line or a
// bullet does).
func (p *position) startLine(at int) {
	end := strings.IndexByte(p.text[at:], '\n')
	if end < 0 {
		end = len(p.text) - at
	}
	l := strings.TrimSpace(p.text[at : at+end])
	heading := 0
	if p.skipHeadings {
		heading = headingLength(p.text[at : at+end])
		p.headingEnd = at + heading
	}
	p.titleLine = l != "" && heading < end && looksLikeTitle(l, p.nonEmptyLines)
	if l != "" {
		p.nonEmptyLines++
	}
	if l == "" || isBullet(l) {
		p.clause++
	}
}

// isBullet reports whether a trimmed line starts as a list item.
func isBullet(l string) bool {
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "*") || strings.HasPrefix(l, "•")
}

// endsClause reports whether r ends a clause: sentence punctuation, a colon
// or semicolon, or a parenthesis.
func endsClause(r rune) bool {
	switch r {
	case '.', '!', '?', ';', ':', '(', ')':
		return true
	}
	return false
}

// wordEnd is the offset where the word that runs through offset j ends.
// ASCII words, most of a posting, end here; a word with other letters in it
// ends in runeWordEnd.
func wordEnd(text string, j int) int {
	for j < len(text) && isASCIIWordByte(text[j]) {
		j++
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		return runeWordEnd(text, j)
	}
	return j
}

// runeWordEnd is wordEnd for a word that has a letter or digit outside
// ASCII at or after offset j.
func runeWordEnd(text string, j int) int {
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return j
}

// newSpelling derives what the tokenizer needs from a spelling not in
// cache, keeping it there when cache is not nil.
func newSpelling(cache map[string]*spelling, raw string) *spelling {
	lower := strings.ToLower(raw)
	w := &spelling{raw: raw, lower: lower, key: stem(lower), stop: isStopWord(lower)}
	if cache != nil {
		cache[raw] = w
	}
	return w
}

func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// looksLikeTitle: a short line near the top that is not a sentence or a
// bullet, or a line labelled as the title.
func looksLikeTitle(l string, nonEmptyBefore int) bool {
	for _, label := range [...]string{"title:", "job title:", "role:", "position:"} {
		if len(l) >= len(label) && strings.EqualFold(l[:len(label)], label) {
			return true
		}
	}
	if nonEmptyBefore > 1 || strings.HasPrefix(l, "-") || strings.HasPrefix(l, "*") || strings.HasPrefix(l, "•") {
		return false
	}
	if strings.HasSuffix(l, ".") || strings.HasSuffix(l, ":") || strings.HasSuffix(l, ",") {
		return false
	}
	return len(strings.Fields(l)) <= 8
}

// round2 keeps shares to two decimals so that float noise never reorders ties.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
