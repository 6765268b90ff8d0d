package postings

import (
	"bytes"
	"certpath/catalog"
	"certpath/termtext"
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
	text := termtext.Sanitize(string(data))
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

// Report is the analysis of one or more postings: each posting on
// its own and all of them together.
type Report struct {
	Profiles   []PostingScore   `json:"profiles"`
	Frameworks []FrameworkShare `json:"frameworks"`
	CertsNamed []catalog.CertID `json:"certifications_named"`
	// OutsideNamed are the certifications outside the catalogue the
	// postings name.
	OutsideNamed []catalog.OutsideID `json:"outside_named"`
	Evidence     []Evidence          `json:"evidence"`
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
		// A certification outside the catalogue is named even by a
		// posting with no role signal (a developer's, naming PSD).
		for _, x := range one.OutsideNamed {
			if !slices.Contains(rep.OutsideNamed, x) {
				rep.OutsideNamed = append(rep.OutsideNamed, x)
			}
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
