package questions

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"certpath/catalog"
	"certpath/postings"
	"certpath/termtext"
	"certpath/words"
)

// Postings takes the text of job postings, which the analyzer reads. The
// analysis gives each profile a share of the postings' evidence; a profile
// gets that share of PostingsProfileWeight points, and each framework context
// its share of PostingsFrameworkWeight.
type Postings struct {
	// Lexicon is the analyzer of the bank's catalogue, compiled on first
	// use; nil analyses with no certification phrases.
	Lexicon *postings.Lazy
}

// Analyzer is the analyzer postings are read with.
func (k Postings) Analyzer() *postings.Analyzer { return k.Lexicon.Analyzer() }

// Weights of the postings analysis in the quiz score. 12 points is about what
// the four structured postings questions give a clear top profile, so pasted
// postings count as much as describing them, and never more than the week.
const (
	PostingsProfileWeight   = 12.0
	PostingsFrameworkWeight = 4.0
)

// Name is the kind's stable name.
func (Postings) Name() string { return "postings" }

// Shape says what an answers file gives.
func (Postings) Shape() string {
	return "optional: the text of a posting, or a list of texts or of {name, text}"
}

// Expects says what an answers file gives.
func (Postings) Expects(Question) string {
	return "give the text of a posting, or a list of texts or of {name, text} mappings"
}

// Validate takes no options.
func (Postings) Validate(q Question) error { return noOptions(q) }

// Check accepts up to postings.MaxPostings non-empty postings of at most 1 MiB each.
func (Postings) Check(q Question, a Answer) error {
	if len(a.Postings) > postings.MaxPostings {
		return fmt.Errorf("%s: %d postings; give at most %d", q.ID, len(a.Postings), postings.MaxPostings)
	}
	total := 0
	for _, p := range a.Postings {
		total += len(p.Text)
	}
	if total > postings.MaxTotal {
		return fmt.Errorf("%s: the postings hold %s of text; give at most 4 MiB in all", q.ID, words.Bytes(total))
	}
	for i, p := range a.Postings {
		if strings.TrimSpace(p.Text) == "" {
			return fmt.Errorf("%s: posting %d (%s) is empty; give the text of a job posting", q.ID, i+1, p.Name)
		}
		if len(p.Text) > postings.MaxBytes {
			return fmt.Errorf("%s: posting %d (%s) is over 1 MiB; give its first MiB", q.ID, i+1, p.Name)
		}
	}
	return nil
}

// Describe counts and names the postings.
func (Postings) Describe(_ Question, a Answer) string {
	if len(a.Postings) == 0 {
		return "Skipped"
	}
	names := make([]string, len(a.Postings))
	for i, p := range a.Postings {
		names[i] = p.Name
	}
	return fmt.Sprintf("%s: %s", words.Count(len(a.Postings), "posting"), strings.Join(names, ", "))
}

// DescribePart says the points came from the analysis.
func (Postings) DescribePart(_ Question, a Answer, _ string) string {
	return "what the analyzer found in " + words.Count(len(a.Postings), "posting")
}

// Read adds nothing: what the postings name comes from their analysis,
// which scoring makes once.
func (Postings) Read(Question, Answer, *Reading) {}

// Score analyses the postings and turns their shares of evidence into points.
func (k Postings) Score(_ Question, a Answer) Scored {
	if len(a.Postings) == 0 {
		return Scored{}
	}
	rep := analyzed(k.Analyzer(), a.Postings)
	e := Effect{Profiles: map[catalog.ProfileID]float64{}, Frameworks: map[catalog.Framework]float64{}}
	for _, p := range rep.Profiles {
		if p.Score > 0 {
			e.Profiles[p.ID] = p.Score / 100 * PostingsProfileWeight
		}
	}
	for _, f := range rep.Frameworks {
		if f.Score > 0 {
			e.Frameworks[f.ID] = f.Score / 100 * PostingsFrameworkWeight
		}
	}
	return Scored{Parts: []Part{{"", e, 1}}, Postings: &rep}
}

// Alternatives: a close call never rewrites someone's postings.
func (Postings) Alternatives(Question, Answer) []Alternative { return nil }

// Choices: postings are text, not picked.
func (Postings) Choices(Question) []Choice { return nil }

// Decode accepts one text, a list of texts, or a list of {name, text}
// mappings; every text is checked and sanitized.
func (Postings) Decode(q Question, v any) (Answer, error) {
	items, ok := v.([]any)
	if !ok {
		items = []any{v}
	}
	var a Answer
	for i, item := range items {
		p := postings.Text{Name: fmt.Sprintf("posting %d", i+1)}
		switch x := item.(type) {
		case string:
			p.Text = x
		case map[string]any:
			name, _ := x["name"].(string)
			text, ok := x["text"].(string)
			if !ok {
				return Answer{}, fmt.Errorf("%s: posting %d has no text; %s", q.ID, i+1, expects(q))
			}
			if name != "" {
				p.Name = termtext.Sanitize(name)
			}
			p.Text = text
		default:
			return Answer{}, fmt.Errorf("%s: posting %d is %s; %s", q.ID, i+1, describeYAML(item), expects(q))
		}
		text, err := postings.Check([]byte(p.Text), false)
		if err != nil {
			return Answer{}, fmt.Errorf("%s: %s: %v", q.ID, p.Name, err)
		}
		p.Text = text
		a.Postings = append(a.Postings, p)
	}
	return a, nil
}

// Encode writes the postings as a block list of {name, text}; none is left
// out, and a skipped question is an empty list, so a skip is kept too. The
// nodes are built here rather than by yaml's Node.Encode, which writes the
// value as text and parses it back: for a text that starts with a blank
// line that text is not YAML, and every save failed.
func (Postings) Encode(_ Question, a Answer) (*yaml.Node, error) {
	list := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	if len(a.Postings) == 0 {
		list.Style = yaml.FlowStyle
	}
	for _, p := range a.Postings {
		list.Content = append(list.Content, &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Value: "name"}, TextNode(p.Name),
			{Kind: yaml.ScalarNode, Value: "text"}, TextNode(p.Text),
		}})
	}
	return list, nil
}

// analyses are the reports of the postings analysed last, by analyzer and
// texts: one quiz scores the same postings many times (each what-if, each
// section's lead), and the analysis is the slowest part of scoring.
var analyses struct {
	sync.Mutex
	m map[analysisKey]postings.Report
}

// analysisKey is an analyzer and a digest of the texts it read.
type analysisKey struct {
	a   *postings.Analyzer
	sum [sha256.Size]byte
}

// maxAnalyses caps the reports kept: a few people's postings at a time.
const maxAnalyses = 16

// analyzed is a.AnalyzeAll(texts), from the reports kept when the same
// analyzer read the same texts before. Each caller gets its own copy of
// the report's lists, so that none can change another's.
func analyzed(a *postings.Analyzer, texts []postings.Text) postings.Report {
	h := sha256.New()
	for _, t := range texts {
		fmt.Fprintf(h, "%d:%s%d:%s", len(t.Name), t.Name, len(t.Text), t.Text)
	}
	key := analysisKey{a: a}
	h.Sum(key.sum[:0])
	analyses.Lock()
	rep, ok := analyses.m[key]
	analyses.Unlock()
	if !ok {
		rep = a.AnalyzeAll(texts)
		analyses.Lock()
		if analyses.m == nil || len(analyses.m) >= maxAnalyses {
			analyses.m = map[analysisKey]postings.Report{}
		}
		analyses.m[key] = rep
		analyses.Unlock()
	}
	return cloneReport(rep)
}

// cloneReport copies a report's lists.
func cloneReport(r postings.Report) postings.Report {
	r.Profiles, r.Frameworks, r.CertsNamed = slices.Clone(r.Profiles), slices.Clone(r.Frameworks), slices.Clone(r.CertsNamed)
	r.OutsideNamed, r.Evidence, r.Negated, r.Postings = slices.Clone(r.OutsideNamed), slices.Clone(r.Evidence), slices.Clone(r.Negated), slices.Clone(r.Postings)
	return r
}
