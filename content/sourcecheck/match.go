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
func Says(page, quote string) bool {
	q := squeeze(quote)
	return q != "" && strings.Contains(squeeze(page), q)
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
func Nearest(page, quote, value string) string {
	want := map[string]bool{}
	for _, w := range wordsOf(quote) {
		if !stopWords[strings.Trim(w, ".")] {
			want[strings.Trim(w, ".")] = true
		}
	}
	numbers := content.Numbers(value)
	best, bestScore := "", 0
	for _, s := range sentences(page) {
		score := 0
		seen := map[string]bool{}
		for _, w := range wordsOf(s) {
			w = strings.Trim(w, ".")
			if want[w] && !seen[w] {
				seen[w] = true
				score++
			}
		}
		for _, n := range content.Numbers(s) {
			if slices.Contains(numbers, n) {
				score += 3
				break
			}
		}
		if score > bestScore {
			best, bestScore = s, score
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
