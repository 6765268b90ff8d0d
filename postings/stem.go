package postings

import "strings"

// stem folds the usual English word forms onto one key, so that facilitate,
// facilitates, facilitating and facilitation all match. It is deliberately
// small: the lexicon and the postings go through the same function, so it
// only has to be consistent, not linguistically right.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	// A requirement is work (gather requirements); required is a term of
	// the job (five years required).
	if w == "requirement" || w == "requirements" {
		return "requirement"
	}
	// British -ise forms become -ize forms.
	for _, s := range []string{"isations", "isation", "ising", "ised", "ises", "ise"} {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			w = w[:len(w)-len(s)] + "iz" + s[2:]
			break
		}
	}
	// Tried in order; the first suffix that fits is removed.
	suffixes := [...]suffix{
		{"izations", "iz", 3, false}, {"ization", "iz", 3, false},
		{"ations", "", 4, false}, {"ation", "", 4, false},
		{"ments", "", 4, false}, {"ment", "", 4, false},
		{"ating", "", 4, false}, {"ators", "", 4, false}, {"ator", "", 4, false},
		{"ates", "", 4, false}, {"ated", "", 4, false}, {"ate", "", 4, false},
		{"ings", "", 3, true}, {"ing", "", 3, true},
		{"ies", "y", 3, false}, {"ied", "y", 3, false},
		{"es", "", 4, false}, {"ed", "", 3, true},
		{"s", "", 3, false},
	}
	for _, s := range suffixes {
		if !strings.HasSuffix(w, s.from) || len(w)-len(s.from) < s.min {
			continue
		}
		if s.from == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			break
		}
		w = w[:len(w)-len(s.from)] + s.to
		if s.undouble {
			w = undouble(w)
		}
		break
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

type suffix struct {
	from, to string
	min      int  // shortest stem left behind
	undouble bool // planning -> plann -> plan
}

// undouble drops a doubled final consonant (plann -> plan), except the ones
// English keeps (ll, ss, zz).
func undouble(w string) string {
	n := len(w)
	if n < 3 || w[n-1] != w[n-2] {
		return w
	}
	switch w[n-1] {
	case 'l', 's', 'z', 'a', 'e', 'i', 'o', 'u':
		return w
	}
	return w[:n-1]
}
