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

// squeezed is text as the check compares it: lower case, quotes and
// dashes folded, and no whitespace at all, so a line break in a PDF, two
// spaces in HTML or a reader that drops the space after a bold word never
// hide a quote that is there. gap[i] says white space came before byte i,
// which is where one number ends and the next starts ("45 60").
type squeezed struct {
	s   string
	gap []bool
}

func squeeze(s string) squeezed {
	s = strings.ToLower(folded.Replace(s))
	var b strings.Builder
	gap := make([]bool, 0, len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		n := b.Len()
		b.WriteRune(r)
		for i := n; i < b.Len(); i++ {
			gap = append(gap, space && i == n)
		}
		space = false
	}
	return squeezed{s: b.String(), gap: gap}
}

// Says reports whether a page's text holds a quote once whitespace, case,
// quotes and dashes are normalised, a number in it only as a whole number:
// "Retake Fee $50" is not on a page that says "Retake Fee $500".
func Says(page, quote string) bool { return prepare(page, nil, nil).says(quote) }

// contains reports whether q is in p on number boundaries: where the quote
// starts or ends with a digit (or a decimal point after one), the page's
// number must not go on past it.
func (p squeezed) contains(q squeezed) bool {
	if q.s == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(p.s[from:], q.s)
		if i < 0 {
			return false
		}
		i += from
		if p.startsNumber(i, q) && p.endsNumber(i+len(q.s), q) {
			return true
		}
		from = i + 1
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// joins says byte i of p carries on the number before it: no white space
// between them.
func (p squeezed) joins(i int) bool { return i > 0 && i < len(p.s) && !p.gap[i] }

// startsNumber says a quote found at i does not start inside a longer
// number: "45 questions" is not in "145 questions" nor in "1,450 questions".
func (p squeezed) startsNumber(i int, q squeezed) bool {
	if !isDigit(q.s[0]) || !p.joins(i) {
		return true
	}
	before := p.s[i-1]
	if isDigit(before) {
		return false
	}
	return !(before == '.' || before == ',') || !p.joins(i-1) || !isDigit(p.s[i-2])
}

// endsNumber says a quote ending at j does not stop inside a longer
// number: "$50" is not in "$500", "$50.5" nor "$50,000".
func (p squeezed) endsNumber(j int, q squeezed) bool {
	n := len(q.s)
	last := q.s[n-1]
	switch {
	case !p.joins(j):
		return true
	case isDigit(last) && isDigit(p.s[j]):
		return false
	case isDigit(last) && (p.s[j] == '.' || p.s[j] == ',') && p.joins(j+1) && isDigit(p.s[j+1]):
		return false
	case (last == '.' || last == ',') && n > 1 && isDigit(q.s[n-2]) && isDigit(p.s[j]):
		return false
	}
	return true
}

// prepared is a page's text made ready once for every quote checked
// against it: normalised for says, split into sentences with their words
// and numbers for nearest. Each is done on first use, never again: a page
// quoted by many figures is not re-read per figure.
type prepared struct {
	text string
	// rows are the page's table rows, cells apart (see tableRows).
	rows      []string
	squeezed  squeezed
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

func prepare(text string, rows []string, done func(string)) *prepared {
	if done == nil {
		done = func(string) {}
	}
	return &prepared{text: text, rows: rows, done: done}
}

func (p *prepared) says(quote string) bool {
	if !p.normalised {
		// The rows follow the text: a quote of a row is found whether the
		// reader joined its cells or not.
		p.squeezed, p.normalised = squeeze(strings.Join(append([]string{p.text}, p.rows...), "\n")), true
		p.done("normalise")
	}
	return p.squeezed.contains(squeeze(quote))
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

// Labels and values: a line of at most maxLabel runes that ends no
// sentence, followed by one of at most maxValue that holds none, is a
// label and its value, laid out apart ("Retake Fee" above "$500", a
// definition list's term and its definition).
const (
	maxLabel = 60
	maxValue = 60
)

// candidates are what nearest may show: the page's table rows with their
// cells apart, its labels each with the value that follows, then its
// sentences. A row or a label with its value comes before a sentence
// that says as much, so that "page now" is the row, its number included.
func (p *prepared) candidates() []string {
	out := slices.Clone(p.rows)
	lines := strings.Split(p.text, "\n")
	for i := 0; i+1 < len(lines); i++ {
		label, value := strings.TrimSpace(lines[i]), strings.TrimPrefix(strings.TrimSpace(lines[i+1]), "- ")
		if isLabel(label) && value != "" && utf8.RuneCountInString(value) <= maxValue && !strings.Contains(value, ". ") {
			out = append(out, label+" "+value)
		}
	}
	return append(out, sentences(p.text)...)
}

// isLabel says a line reads as a label: short, with a letter, ending no
// sentence.
func isLabel(line string) bool {
	return line != "" && utf8.RuneCountInString(line) <= maxLabel && strings.IndexFunc(line, unicode.IsLetter) >= 0 &&
		!strings.ContainsAny(line[len(line)-1:], ".!?")
}

// maxShown caps the page's sentence shown beside a quote.
const maxShown = 240

// Nearest is the sentence of a page closest to a quote that is no longer
// on it: the one sharing the most of the quote's words (its numbers
// aside), a sentence holding one of the figure's numbers counting a word
// and a half more, and one holding another number half a word more. It is
// "" when no sentence shares anything. A table row, or a label with the
// value laid out after it, counts as a sentence and comes first.
func Nearest(page, quote, value string) string { return prepare(page, nil, nil).nearest(quote, value) }

func (p *prepared) nearest(quote, value string) string {
	if !p.split {
		for _, s := range p.candidates() {
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
		// The quote's numbers are the figure's, which may have changed:
		// they count through the value below, not as words.
		if w = strings.Trim(w, "."); !stopWords[w] && strings.IndexFunc(w, unicode.IsDigit) < 0 {
			want[w] = true
		}
	}
	numbers := content.Numbers(value)
	best, bestScore := "", 0
	for _, s := range p.sentences {
		score := 0
		for _, w := range s.words {
			if want[w] {
				score += 2
			}
		}
		switch {
		case slices.ContainsFunc(s.numbers, func(n string) bool { return slices.Contains(numbers, n) }):
			score += 3
		case score > 0 && len(numbers) > 0 && len(s.numbers) > 0:
			// A label with a number beats the same label without one.
			score++
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
