package postings

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A posting's section headings ("Requirements", "Requirements:", "## What
// you will do") are its structure, not duties: their words never score.
// A heading is a line, or the label before a line's first colon, made only
// of the words headings are made of; "Requirements gathering" is a duty and
// scores, "Requirements" alone is a heading and does not.

// maxHeadingWords bounds a heading line; maxLabelWords a label before a
// colon; maxHeadingBytes either, so a long line costs no more than a look.
const (
	maxHeadingWords = 6
	maxLabelWords   = 4
	maxHeadingBytes = 80
)

// headingWords are the words section headings of job postings are made of.
const headingWords = `a about additional and apply are basic benefit benefits bonus bring
candidate company competencies core day description desired do duties duty education essential
essentials expectations experience have how ideal in information is it job join key life ll
looking main minimum must need needs nice of offer on or our overview perks plus position
preferred profile qualification qualifications re required requirement requirements
responsibilities responsibility role s should skill skills soft summary takes task tasks team
technical the title to us ve we what who why will with you your`

// headingSet is headingWords as a set, built once.
var headingSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(headingWords) {
		set[w] = true
	}
	return set
})

func isHeadingWord(w string) bool { return headingSet()[w] }

// headingLength is how many bytes at the start of line are a heading: all
// of it for a heading line, up to and including the colon for a label such
// as "Requirements: ...", and 0 for a line that is not structure. Bullets
// are content: "- Requirements" is a duty as written.
func headingLength(line string) int {
	t := strings.TrimSpace(line)
	for _, bullet := range [...]string{"- ", "* ", "• ", "+ "} {
		if strings.HasPrefix(t, bullet) {
			return 0
		}
	}
	if len(t) <= maxHeadingBytes && onlyHeadingWords(t, maxHeadingWords) {
		return len(line)
	}
	if colon := strings.IndexByte(line[:min(len(line), maxHeadingBytes)], ':'); colon > 0 && onlyHeadingWords(line[:colon], maxLabelWords) {
		return colon + 1
	}
	return 0
}

// onlyHeadingWords reports whether s, markdown markers aside, is one to max
// words, each of them a heading word. It stops at the first word that is
// not, which for most lines of a posting is the first.
func onlyHeadingWords(s string, max int) bool {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		if n++; n > max || !isHeadingWord(strings.ToLower(s[i:j])) {
			return false
		}
		i = j
	}
	return n > 0
}
