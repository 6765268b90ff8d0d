package postings

import (
	"strings"
)

// A posting is more than the role: a benefits section ("What we offer:
// coaching, a training budget, hybrid work"), the company's own story
// ("About Acme: our portfolio spans...", "Why join us"). Their words are
// not the role's work, so a heading that opens such a section makes its
// lines an aside, which does not score, until a heading of the role's
// opens the next section. A label before a colon ("We offer: ...") makes
// its own line an aside. A heading or label that denies ("What you won't
// do:", "Out of scope") makes what follows negated: reported, not counted.
// And a paragraph about the company before the posting's first heading
// ("Acme builds software for 400 hospitals; our roadmap...") is an aside.

// maxSectionWords bounds a line read as a section heading when it is not
// made of heading words only ("Benefits & perks", "About Acme").
const maxSectionWords = 6

// introBytes bounds where a company introduction is looked for: at the top.
const introBytes = 3000

// sectionKind is what a section is to the reader.
type sectionKind uint8

const (
	neutralSection sectionKind = iota // a heading that says nothing
	roleSection                       // the role's work
	asideSection                      // the benefits, the company
	deniedSection                     // what the role is not
)

// readSection reads line (trimmed l, untrimmed length n, its heading's
// length heading, starting at offset at) for the section it opens, and
// sets what this line is.
func (p *position) readSection(at int, l string, heading, n int) {
	p.openSection(at, l, heading, n)
	p.lineSection = p.section
	p.readLabel(l, heading)
}

// openSection sets the section the line opens, if it opens one.
func (p *position) openSection(at int, l string, heading, n int) {
	switch {
	case l == "" || p.nonEmptyLines == 0:
		// A blank line changes nothing; the title line opens no section.
	case isBullet(l):
		p.structured = true
	case heading == n:
		// A heading made of heading words: the role's unless it says
		// otherwise ("What we offer", "About us").
		p.structured = true
		p.section = max(roleSection, sectionOf(l))
	case looksLikeSectionHeading(l):
		if k := sectionOf(l); k != neutralSection {
			p.structured = true
			p.section = k
		}
	case !p.structured && at < introBytes && p.startsParagraph() && isCompanyParagraph(p.text[at:]):
		p.section = asideSection
	case !p.structured && p.section == asideSection && p.startsParagraph():
		p.section = neutralSection // the next paragraph is read for itself
	}
}

// readLabel reads a label before a colon ("We offer: ...", "What you won't
// do: ..."), which makes its own line an aside or denied.
func (p *position) readLabel(l string, heading int) {
	c := strings.IndexByte(l, ':')
	if c <= 0 || c == len(l)-1 || c > maxHeadingBytes {
		return
	}
	p.structured = p.structured || heading > 0
	if countWords(l[:c], maxLabelWords+1) > maxLabelWords+1 {
		return
	}
	if k := sectionOf(l[:c]); k == asideSection || k == deniedSection {
		p.lineSection = k
	}
}

// startsParagraph reports whether the line being read follows a blank line
// or the title.
func (p *position) startsParagraph() bool {
	return p.nonEmptyLines == 1 || p.blankBefore
}

// looksLikeSectionHeading: a short line that is not a sentence, or a short
// label ending in a colon with nothing after it.
func looksLikeSectionHeading(l string) bool {
	if len(l) > maxHeadingBytes || strings.HasSuffix(l, ".") || strings.HasSuffix(l, ",") || strings.HasSuffix(l, ";") {
		return false
	}
	if i := strings.IndexByte(l, ':'); i >= 0 && i < len(l)-1 {
		return false // "Salary: 60k" is a fact, not a section
	}
	return countWords(l, maxSectionWords) <= maxSectionWords
}

// headingWordsOf is the first words of a short line, in lower case, and how
// many words it has.
func headingWordsOf(l string) ([maxSectionWords + 2]string, int) {
	var words [maxSectionWords + 2]string
	l = strings.ToLower(l) // once per line: a heading is short
	n := 0
	for i := 0; i < len(l); {
		j := wordEnd(l, i)
		if j == i {
			i++
			continue
		}
		if n < len(words) {
			words[n] = l[i:j]
		}
		n++
		i = j
	}
	return words, n
}

// countWords is how many words l has, up to most+1.
func countWords(l string, most int) int {
	n := 0
	for i := 0; i < len(l) && n <= most; {
		j := wordEnd(l, i)
		if j == i {
			i++
			continue
		}
		n++
		i = j
	}
	return n
}

// sectionOf says what a heading opens: the role's work, an aside, what the
// role is not, or nothing it can tell.
func sectionOf(heading string) sectionKind {
	all, n := headingWordsOf(heading)
	words := all[:min(n, len(all))]
	if denies(words) {
		return deniedSection
	}
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "about":
			return aboutSection(words[i+1:])
		case asideWords[w], w == "why" && i == 0, w == "who" && next == "we", (w == "life" || w == "working") && (next == "at" || next == "here"):
			return asideSection
		}
	}
	for _, w := range words {
		if roleWords[w] {
			return roleSection
		}
	}
	return neutralSection
}

// asideWords in a heading open the benefits or the company's story.
var asideWords = map[string]bool{"benefit": true, "benefits": true, "perk": true, "perks": true, "offer": true, "offers": true,
	"compensation": true, "salary": true, "rewards": true, "culture": true, "values": true, "diversity": true, "eeo": true, "equal": true}

// roleWords in a heading open the role's work.
var roleWords = map[string]bool{"role": true, "responsibilities": true, "responsibility": true, "duties": true, "tasks": true,
	"requirements": true, "qualifications": true, "skills": true, "experience": true, "you": true, "your": true, "do": true,
	"day": true, "impact": true, "looking": true, "need": true, "expect": true, "must": true}

// denies reports whether a heading says what the role is not: "What you
// won't do", "Not in this role", "Out of scope".
func denies(words []string) bool {
	for i, w := range words {
		switch w {
		case "not", "never", "no":
			return true
		case "t":
			if i > 0 && strings.HasSuffix(words[i-1], "n") {
				return true // won't, don't, isn't
			}
		case "out":
			if i+1 < len(words) && words[i+1] == "of" {
				return true
			}
		}
	}
	return false
}

// aboutSection reads "About ...": about the role, the job or you is the
// role's; about anything else (us, the company, Acme) is the company's.
func aboutSection(rest []string) sectionKind {
	for _, w := range rest {
		switch w {
		case "the", "this", "our", "your", "a":
			continue
		case "role", "job", "position", "you", "team", "opportunity", "work", "day", "project", "product":
			return roleSection
		}
		return asideSection
	}
	return asideSection
}

// isCompanyParagraph reports whether the paragraph that starts text speaks
// of the company ("we", "our") and not of the role or the reader, and a
// heading follows it before any list: such a paragraph is the company's
// introduction. Without a heading to come ("Lead our transformation.",
// then a list of duties), the first paragraph may be the role's.
func isCompanyParagraph(text string) bool {
	text = text[:min(len(text), introBytes)]
	rest := ""
	if end := strings.Index(text, "\n\n"); end >= 0 {
		text, rest = text[:end], text[end:]
	}
	return speaksOfCompany(text) && headingFollows(rest)
}

// headingFollows reports whether a section heading comes in text before
// any list item.
func headingFollows(text string) bool {
	for line := range strings.Lines(text) {
		l := strings.TrimSpace(line)
		switch {
		case l == "":
		case isBullet(l):
			return false
		case headingLength(line) == len(line), looksLikeSectionHeading(l) && sectionOf(l) != neutralSection:
			return true
		}
	}
	return false
}

// speaksOfCompany reports whether a paragraph says "we" or "our" and
// nothing of the role or the reader: no "you", no "role", no "someone" or
// "person" to be found, and no "hiring" of anyone ("we're hiring a coach
// to...", where "We're hiring!" and "we're hiring to keep pace" are the
// company's news).
func speaksOfCompany(text string) bool {
	company, hiring := false, false
	for i := 0; i < len(text); {
		j := wordEnd(text, i)
		if j == i {
			hiring = hiring && text[i] == ' '
			i++
			continue
		}
		w := strings.ToLower(text[i:j])
		switch {
		case hiring && w != "to" && w != "for" && w != "now":
			return false
		case w == "we", w == "our", w == "us":
			company = true
		case roleCues[w]:
			return false
		}
		hiring = w == "hiring"
		i = j
	}
	return company
}

// roleCues in a paragraph make it the role's, not the company's.
var roleCues = map[string]bool{"you": true, "your": true, "yourself": true, "role": true, "position": true, "candidate": true,
	"responsibilities": true, "responsible": true, "looking": true, "seeking": true, "someone": true, "person": true}
