package postings

import (
	"bytes"
	"certpath/catalog"
	"certpath/words"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxBytes is how much of one posting is read; the rest is ignored
// and the reader told so.
const MaxBytes = 1 << 20

// Text is one posting: where it came from and its text, sanitized.
type Text struct {
	Name string `json:"name" yaml:"name"`
	Text string `json:"text" yaml:"text"`
}

// Check turns the bytes of a posting into sanitized text, or says
// why they cannot be one. truncated says the caller read only the first
// MaxBytes; a rune cut in half at that edge is dropped, not reported.
func Check(data []byte, truncated bool) (string, error) {
	if truncated {
		for i := 0; i < utf8.UTFMax && len(data) > 0 && !utf8.Valid(data); i++ {
			data = data[:len(data)-1]
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errBinary
	}
	if !utf8.Valid(data) {
		at := 0
		for at < len(data) {
			r, size := utf8.DecodeRune(data[at:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			at += size
		}
		return "", notUTF8Error{at}
	}
	text := Sanitize(string(data))
	if strings.TrimSpace(text) == "" {
		return "", errors.New("it is empty; give the text of a job posting")
	}
	return text, nil
}

// errBinary is Check's answer to bytes that are not text.
var errBinary = errors.New("it looks like a binary file (it contains NUL bytes); give a plain text file")

// notUTF8Error is Check's answer to text in another encoding.
type notUTF8Error struct{ at int }

func (e notUTF8Error) Error() string {
	return fmt.Sprintf("it is not UTF-8 text (invalid byte at offset %d); save it as UTF-8", e.at)
}

// Sanitize removes everything that could act on a terminal: escape
// sequences (CSI, OSC, DCS and the rest), C0 and C1 control characters but
// tab and newline, and every invisible format character (bidirectional
// controls, zero-width characters, tags; Unicode's class Cf). Carriage
// returns become newlines. It works on whole runes, so its output is always
// valid UTF-8, and an escape string left open ends at the end of its line,
// never swallowing the rest of the text. What is left can be shown without
// moving the cursor, changing colours or setting the window title.
func Sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Printable ASCII, the bulk of any posting, is copied in runs.
		j := i
		for j < len(s) && (s[j] >= 0x20 && s[j] < 0x7f || s[j] == '\n' || s[j] == '\t') {
			j++
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b: // ESC
			i += escapeLength(s[i:])
			continue
		case r == 0x9b || r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f: // 8-bit CSI, OSC, DCS, PM, APC
			i += size + stringBodyLength(s[i+size:], r == 0x9b)
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case words.Hidden(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeLength is how many bytes of s (starting with ESC) an escape
// sequence takes.
func escapeLength(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + stringBodyLength(s[2:], true)
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLength(s[2:], false)
	}
	if s[1] >= 0x20 && s[1] <= 0x2f { // intermediate bytes, then a final byte
		j := 1
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	}
	if s[1] >= 0x30 && s[1] <= 0x7e { // a two-byte sequence such as ESC 7 or ESC c
		return 2
	}
	return 1 // a lone ESC: drop it and keep what follows, which may be a multi-byte rune
}

// stringBodyLength is how many bytes of s a control sequence's body takes:
// up to a final byte for CSI; up to BEL, ESC \ or ST (U+009C) for the
// string kinds. It reads whole runes, so a byte inside a multi-byte character
// is never taken for a terminator, and a string left open ends before the
// end of its line.
func stringBodyLength(s string, csi bool) int {
	for j := 0; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if csi {
			if r >= 0x40 && r <= 0x7e {
				return j + size
			}
			if r < 0x20 || r > 0x7e {
				return j // not a CSI byte: the sequence was cut short
			}
			j += size
			continue
		}
		switch {
		case r == 0x07, r == 0x9c:
			return j + size
		case r == 0x1b && strings.HasPrefix(s[j+1:], "\\"):
			return j + 2
		case r == '\n', r == '\r':
			return j
		}
		j += size
	}
	return len(s)
}

// Report is the analysis of one or more postings: each posting on
// its own and all of them together.
type Report struct {
	Profiles   []PostingScore   `json:"profiles"`
	Frameworks []FrameworkShare `json:"frameworks"`
	CertsNamed []catalog.CertID `json:"certifications_named"`
	Evidence   []Evidence       `json:"evidence"`
	// Negated are the signals found in a negative context, not counted.
	Negated  []Evidence        `json:"negated,omitempty"`
	Postings []PostingAnalysis `json:"postings,omitempty"`
}

// Top returns the best profile across the postings, or "".
func (r Report) Top() catalog.ProfileID {
	if len(r.Profiles) == 0 || r.Profiles[0].Points <= 0 {
		return ""
	}
	return r.Profiles[0].ID
}

// AnalyzeAll analyses each posting and combines them: a profile's combined
// score is the average of its share in each posting that had any evidence,
// so one long posting cannot outweigh several short ones.
func (a *Analyzer) AnalyzeAll(postings []Text) Report {
	var rep Report
	profile := map[catalog.ProfileID]float64{}
	framework := map[catalog.Framework]float64{}
	counted := 0
	for _, p := range postings {
		one := a.Analyze(p.Name, p.Text)
		rep.Postings = append(rep.Postings, one)
		for _, e := range one.Negated {
			e.Posting = p.Name
			rep.Negated = append(rep.Negated, e)
		}
		if one.Top() == "" {
			continue
		}
		counted++
		for _, s := range one.Profiles {
			profile[s.ID] += s.Score
		}
		for _, f := range one.Frameworks {
			framework[f.ID] += f.Score
		}
		for _, c := range one.CertsNamed {
			if !slices.Contains(rep.CertsNamed, c) {
				rep.CertsNamed = append(rep.CertsNamed, c)
			}
		}
		for _, e := range one.Evidence {
			e.Posting = p.Name
			rep.Evidence = append(rep.Evidence, e)
		}
	}
	if counted > 0 {
		for k := range profile {
			profile[k] /= float64(counted)
		}
		for k := range framework {
			framework[k] /= float64(counted)
		}
	}
	rep.Profiles, rep.Frameworks = shares(profile, framework)
	slices.SortStableFunc(rep.Evidence, func(x, y Evidence) int { return cmp.Compare(y.Points, x.Points) })
	if len(postings) < 2 {
		rep.Postings = nil
	}
	return rep
}
