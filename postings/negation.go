package postings

// negationWindow is how many words before a phrase (or after it, for "not
// required") a negation reaches, within the same sentence or bullet.
const negationWindow = 3

// elsewhereWindow is how many words after a phrase a verb that puts it
// with someone else reaches ("budget and contracts sit with the PMO").
const elsewhereWindow = 6

// isNegated reports whether the phrase on toks[start:end] is in a negative
// context: "no SAFe experience needed", "you will not manage a budget",
// "you won't own the schedule", "SAFe isn't required", "budgets are not
// part of the role", "schedule and budget sit with the program office".
func isNegated(toks []token, start, end int) bool {
	clause := toks[start].clause
	for j := start - 1; j >= 0 && j >= start-negationWindow && toks[j].clause == clause; j-- {
		switch {
		case toks[j].inPhrase:
		case toks[j].cue&cueNegates != 0, isNegation(toks, j), toks[j].cue&cueNonPrefix != 0 && j == start-1:
			return true
		}
	}
	for j := end; j < len(toks) && j < end+elsewhereWindow && toks[j].clause == clause; j++ {
		if toks[j].cue&cueElsewhere != 0 || j < end+negationWindow && j+1 < len(toks) && toks[j+1].cue&cueNeeded != 0 && isNegation(toks, j) {
			return true
		}
	}
	return false
}

// isNegation reports whether toks[j] is "not", or the "t" of a contraction
// the tokenizer split at its apostrophe: don't, isn't, won't, doesn't, can't.
func isNegation(toks []token, j int) bool {
	return toks[j].cue&cueNot != 0 || toks[j].cue&cueT != 0 && j > 0 && toks[j-1].cue&cueContracted != 0
}

// cue is what a word says to the negation reader, worked out once per
// spelling (see cueOf).
type cue uint8

const (
	cueNegates    cue = 1 << iota // negates what follows: no, without, never
	cueNot                        // not, cannot
	cueT                          // the t of a contraction
	cueContracted                 // don, isn, won: the word before the t
	cueNeeded                     // "not required", "not part of"
	cueElsewhere                  // "sits with", "handled by": someone else's
	cueNonPrefix                  // non: "non-technical stakeholders" are stakeholders
)

// cueOf is the cue of a word, from its lower-case spelling and its stem.
func cueOf(lower, key string) cue {
	switch lower {
	case "non":
		return cueNonPrefix // it negates only the word it is joined to
	case "sit", "sits", "handled", "belong", "belongs", "lies", "rests":
		return cueElsewhere // "handle" is the role's own verb; "handled by" is not
	}
	switch key {
	case "no", "without", "never", "nor", "neither", "except":
		return cueNegates
	case "not", "cannot":
		return cueNot
	case "t":
		return cueT
	case "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "can", "couldn", "shouldn", "hasn", "haven":
		return cueContracted
	case "requir", "need", "necessary", "mandatory", "expect", "part":
		return cueNeeded
	}
	return 0
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
