package postings

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a posting, with where it came from. It is small
// (its spelling is shared) because a 1 MiB posting has about 170,000.
type token struct {
	*spelling
	start, end int32 // byte offsets in the text
	line       int32 // 1-based
	clause     int32 // sentence or bullet it belongs to
	// seg is the stretch between commas, dashes and clause ends that it
	// belongs to: a phrase never runs across one ("people, or manage"
	// is not "people management").
	seg      int32
	title    bool
	section  sectionKind // what the section it stands in is: the role's, an aside, denied
	inPhrase bool        // part of a phrase matched before it
}

// spelling is what the tokenizer derives from one spelling of a word.
type spelling struct {
	raw   string // as written, for exact-case signals
	lower string // lower case, for literal signals
	key   string // lower case, stemmed
	stop  bool
	cue   cue // what it says to the negation reader
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
			at.seg++
			i += size
			continue
		case breaksPhrase(r):
			at.seg++
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
			emit(token{spelling: w, start: int32(i), end: int32(j), line: int32(at.line), clause: int32(at.clause), seg: int32(at.seg),
				title: at.titleLine, section: at.lineSection})
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
	seg           int
	titleLine     bool
	nonEmptyLines int
	headingEnd    int // words before this offset are a heading's
	// section is what the current section is (see sections.go);
	// lineSection what this line is, a label such as "We offer:" making
	// one line an aside on its own.
	section, lineSection sectionKind
	// structured is set at the first heading or bullet: paragraphs before
	// it may be the company's introduction.
	structured  bool
	blankBefore bool // the line before was blank
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
		p.readSection(at, l, heading, end)
		p.blankBefore = l == ""
	}
	p.titleLine = l != "" && heading < end && looksLikeTitle(l, p.nonEmptyLines)
	if l != "" {
		p.nonEmptyLines++
	}
	if l == "" || isBullet(l) {
		p.clause++
		p.seg++
	}
}

// isBullet reports whether a trimmed line starts as a list item.
func isBullet(l string) bool {
	return strings.HasPrefix(l, "-") || strings.HasPrefix(l, "*") || strings.HasPrefix(l, "•")
}

// breaksPhrase reports whether r separates words that a phrase cannot
// join, though the clause goes on: a comma, a dash between spaces, a bar.
func breaksPhrase(r rune) bool {
	switch r {
	case ',', '–', '—', '|', '·':
		return true
	}
	return false
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
	key := stem(lower)
	w := &spelling{raw: raw, lower: lower, key: key, stop: isStopWord(lower), cue: cueOf(lower, key)}
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

// asWritten is a posting's words as shown: as written, each run of spaces
// and line breaks one space.
func asWritten(s string) string { return strings.Join(strings.Fields(s), " ") }
