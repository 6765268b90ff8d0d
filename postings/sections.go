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
// its own line an aside.

// maxSectionWords bounds a line read as a section heading when it is not
// made of heading words only ("Benefits & perks", "About Acme").
const maxSectionWords = 6

// readSection reads line (trimmed l, untrimmed length n, its heading's
// length heading) for the section it opens, and sets whether it is an
// aside.
func (p *position) readSection(l string, heading, n int) {
	switch {
	case l == "" || p.nonEmptyLines == 0 || isBullet(l):
		// The title line and list items open no section.
	case heading > 0 && heading < n:
		// A label before a colon: its line only.
		p.lineAside = p.section || sectionOf(l[:strings.IndexByte(l, ':')]) == asideSection
		return
	case heading == n:
		// A heading made of heading words: the role's unless it says
		// otherwise ("What we offer", "About us").
		p.section = sectionOf(l) == asideSection
	case looksLikeSectionHeading(l):
		switch sectionOf(l) {
		case asideSection:
			p.section = true
		case roleSection:
			p.section = false
		}
	}
	p.lineAside = p.section
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
	_, n := headingWordsOf(l)
	return n <= maxSectionWords
}

// headingWordsOf is the first words of a short line, in lower case, and how
// many words it has.
func headingWordsOf(l string) ([maxSectionWords + 2]string, int) {
	var words [maxSectionWords + 2]string
	n := 0
	for i := 0; i < len(l); {
		j := wordEnd(l, i)
		if j == i {
			i++
			continue
		}
		if n < len(words) {
			words[n] = strings.ToLower(l[i:j])
		}
		n++
		i = j
	}
	return words, n
}

type sectionKind int

const (
	neutralSection sectionKind = iota
	roleSection
	asideSection
)

// sectionOf says what a heading opens: the role's work, an aside, or
// nothing it can tell.
func sectionOf(heading string) sectionKind {
	all, n := headingWordsOf(heading)
	words := all[:min(n, len(all))]
	for i, w := range words {
		switch w {
		case "about":
			return aboutSection(words[i+1:])
		case "benefit", "benefits", "perk", "perks", "offer", "offers", "compensation", "salary", "rewards", "culture", "values", "diversity", "eeo":
			return asideSection
		case "why":
			if i == 0 {
				return asideSection // "Why join us", "Why you'll love it here"
			}
		case "who":
			if i+1 < len(words) && words[i+1] == "we" {
				return asideSection // "Who we are"
			}
		case "life", "working":
			if i+1 < len(words) && (words[i+1] == "at" || words[i+1] == "here") {
				return asideSection // "Life at Acme", "Working here"
			}
		case "equal":
			return asideSection // "Equal opportunity"
		}
	}
	for _, w := range words {
		switch w {
		case "role", "responsibilities", "responsibility", "duties", "tasks", "requirements", "qualifications",
			"skills", "experience", "you", "your", "do", "day", "impact", "looking", "need", "expect", "must":
			return roleSection
		}
	}
	return neutralSection
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
