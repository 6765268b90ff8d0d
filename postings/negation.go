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
		if negates(toks, j) {
			return true
		}
	}
	for j := end; j < len(toks) && j < end+elsewhereWindow && toks[j].clause == clause; j++ {
		if isElsewhere(toks[j].key) || j < end+negationWindow && j+1 < len(toks) && isNegation(toks, j) && isNeeded(toks[j+1].key) {
			return true
		}
	}
	return false
}

// isNeeded reports whether a stem says a thing is asked for: "not
// required", "isn't needed", "not part of the role".
func isNeeded(key string) bool {
	switch key {
	case "requir", "need", "necessary", "mandatory", "expect", "part":
		return true
	}
	return false
}

// isElsewhere reports whether a stem, after a phrase, puts the work with
// someone else: "sit(s) with", "handled by", "belongs to", "lies with".
func isElsewhere(key string) bool {
	switch key {
	case "sit", "handl", "belong", "lie":
		return true
	}
	return false
}

// negates reports whether toks[j] negates what follows it.
func negates(toks []token, j int) bool {
	switch toks[j].key {
	case "no", "without", "never", "non", "nor", "neither", "except":
		return true
	}
	return isNegation(toks, j)
}

// isNegation reports whether toks[j] is "not", or the "t" of a contraction
// the tokenizer split at its apostrophe: don't, isn't, won't, doesn't, can't.
func isNegation(toks []token, j int) bool {
	switch toks[j].key {
	case "not", "cannot":
		return true
	case "t":
		if j == 0 {
			return false
		}
		switch toks[j-1].key {
		case "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "can", "couldn", "shouldn", "hasn", "haven":
			return true
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
