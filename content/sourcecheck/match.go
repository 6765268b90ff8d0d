package sourcecheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"certpath/content"
)

// folded maps the characters pages and quotes write differently to one
// form: curly and straight quotes, the dashes, and no-break spaces.
var folded = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "`", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-", "\ufe63", "-", "\uff0d", "-",
	"\u00a0", " ", "\u202f", " ", "\u2007", " ",
)

// squeeze is text as the check compares it: lower case, quotes and dashes
// folded, and no whitespace at all, so a line break in a PDF, two spaces
// in HTML or a reader that drops the space after a bold word never hide a
// quote that is there.
func squeeze(s string) string {
	s = strings.ToLower(folded.Replace(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Says reports whether a page's text holds a quote once whitespace, case,
// quotes and dashes are normalised.
func Says(page, quote string) bool { return prepare(page, nil).says(quote) }

// prepared is a page's text made ready once for every quote checked
// against it: normalised for says, split into sentences with their words
// and numbers for nearest. Each is done on first use, never again: a page
// quoted by many figures is not re-read per figure.
type prepared struct {
	text      string
	squeezed  string
	sentences []sentence
	// normalised and split say the work above is done.
	normalised, split bool
	// done, when set, is told "normalise" or "split" each time a page is
	// (a test counts them).
	done func(what string)
}

// sentence is one sentence of a page, with what nearest compares.
type sentence struct {
	text string
	// words are its distinct words, full stops trimmed.
	words   []string
	numbers []string
}

func prepare(text string, done func(string)) *prepared {
	if done == nil {
		done = func(string) {}
	}
	return &prepared{text: text, done: done}
}

func (p *prepared) says(quote string) bool {
	if !p.normalised {
		p.squeezed, p.normalised = squeeze(p.text), true
		p.done("normalise")
	}
	q := squeeze(quote)
	return q != "" && strings.Contains(p.squeezed, q)
}

// stopWords are too common to make two sentences alike.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true,
	"in": true, "on": true, "for": true, "is": true, "are": true, "be": true, "with": true, "you": true, "your": true, "it": true}

// wordsOf are a text's lower-case words and numbers, quotes and dashes folded.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(folded.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '$' && r != '.'
	})
}

// sentences splits a page's text into its lines, and lines into sentences
// at a full stop, question or exclamation mark followed by a space.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			if (line[i] == '.' || line[i] == '!' || line[i] == '?') && i+1 < len(line) && line[i+1] == ' ' {
				out = append(out, strings.TrimSpace(line[start:i+1]))
				start = i + 1
			}
		}
		out = append(out, strings.TrimSpace(line[start:]))
	}
	for i, s := range out {
		// A list item's marker is the reader's, not the page's words.
		out[i] = strings.TrimPrefix(s, "- ")
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// maxShown caps the page's sentence shown beside a quote.
const maxShown = 240

// Nearest is the sentence of a page closest to a quote that is no longer
// on it: the one sharing the most of the quote's words, a sentence holding
// one of the figure's numbers counting three words more. It is "" when no
// sentence shares anything.
func Nearest(page, quote, value string) string { return prepare(page, nil).nearest(quote, value) }

func (p *prepared) nearest(quote, value string) string {
	if !p.split {
		for _, s := range sentences(p.text) {
			seen := map[string]bool{}
			x := sentence{text: s, numbers: content.Numbers(s)}
			for _, w := range wordsOf(s) {
				if w = strings.Trim(w, "."); !seen[w] {
					seen[w] = true
					x.words = append(x.words, w)
				}
			}
			p.sentences = append(p.sentences, x)
		}
		p.split = true
		p.done("split")
	}
	want := map[string]bool{}
	for _, w := range wordsOf(quote) {
		if !stopWords[strings.Trim(w, ".")] {
			want[strings.Trim(w, ".")] = true
		}
	}
	numbers := content.Numbers(value)
	best, bestScore := "", 0
	for _, s := range p.sentences {
		score := 0
		for _, w := range s.words {
			if want[w] {
				score++
			}
		}
		if slices.ContainsFunc(s.numbers, func(n string) bool { return slices.Contains(numbers, n) }) {
			score += 3
		}
		if score > bestScore {
			best, bestScore = s.text, score
		}
	}
	return shorten(best, maxShown)
}

// shorten cuts s to at most n runes, at a word, marking the cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
