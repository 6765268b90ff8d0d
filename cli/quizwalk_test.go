package cli

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
)

// Every table person's result, in every format the quiz prints (markdown,
// text and JSON, each plain and with --details): a figure content does not
// confirm never reads as fact, in prose, in tables, or in a JSON string a
// person may read (notes included). Exports save the markdown result
// (model's export tests hold that), so they are walked here too.
func TestNoUnconfirmedFigureReadsAsFactInQuizResults(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	w := quizWalker{readings: map[catalog.CertID][]content.Reading{}}
	for _, c := range lib.Certs() {
		w.readings[c.ID] = append(withUnits(lib.Readings(c)), withUnits(lib.HistoryReadings(c))...)
		w.names = append(w.names, certName{c.ID, nameRE(c.Short), nameRE(c.Name)})
	}
	people, err := filepath.Glob(filepath.Join("..", "planner", "testdata", "people", "*.yaml"))
	if err != nil || len(people) == 0 {
		t.Fatalf("no table people: %v", err)
	}
	for i, file := range people {
		if raceOn && i%3 != 0 {
			continue
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".yaml"), func(t *testing.T) {
			t.Parallel()
			w.walk(t, file)
		})
	}
}

// quizWalker checks a result's figures against the certification they are
// said of: a block (a paragraph, a list item, a JSON string) is checked
// against the certifications it names, and a step's own section or JSON
// object against its certification. A bare number of one certification is
// another's date, so each is held only to its own.
type quizWalker struct {
	readings map[catalog.CertID][]content.Reading
	names    []certName
}

type certName struct {
	id          catalog.CertID
	short, long *regexp.Regexp
}

func nameRE(s string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\w-])` + regexp.QuoteMeta(s) + `($|[^\w-])`)
}

func (w quizWalker) walk(t *testing.T, file string) {
	t.Helper()
	for _, details := range []bool{false, true} {
		for _, format := range []string{"markdown", "text", "json"} {
			args := []string{"quiz", "--answers", file, "--format", format}
			if details {
				args = append(args, "--details")
			}
			out, err := execute(t, args...)
			if err != nil {
				t.Fatalf("%s: %v", strings.Join(args, " "), err)
			}
			var problems []string
			if format == "json" {
				problems = w.checkJSON([]byte(out))
			} else {
				problems = w.checkDoc(out)
			}
			for _, p := range problems {
				t.Errorf("%s: %s", strings.Join(args[3:], " "), p)
			}
		}
	}
}

// named are the certifications a text names, and the one given.
func (w quizWalker) named(text string, also catalog.CertID) []content.Reading {
	var out []content.Reading
	for _, n := range w.names {
		if n.id == also || n.short.MatchString(text) || n.long.MatchString(text) {
			out = append(out, w.readings[n.id]...)
		}
	}
	return out
}

// stepHeading is a step's own section: "### 1. SAFe Release Train
// Engineer (RTE)" in markdown, "1. SAFe Release Train Engineer (RTE)" in
// text.
var stepHeading = regexp.MustCompile(`^(#+ )?\d+\. [^·]+\(([^()]+)\)$`)

// listItem starts a list item: "- ", "• " or "1. ".
var listItem = regexp.MustCompile(`^(- |• |\d+\. )`)

func (w quizWalker) checkDoc(doc string) []string {
	var problems []string
	var section catalog.CertID
	for _, block := range blocks(doc) {
		if m := stepHeading.FindStringSubmatch(block); m != nil {
			section = ""
			for _, n := range w.names {
				if n.short.MatchString(m[2]) {
					section = n.id
				}
			}
			continue
		}
		if !listItem.MatchString(block) {
			section = ""
		}
		problems = append(problems, content.ReadAsFact(block, w.named(block, section))...)
	}
	return problems
}

// blocks are a document's paragraphs and list items, each on one line.
func blocks(doc string) []string {
	var out []string
	for _, line := range strings.Split(doc, "\n") {
		trimmed := strings.TrimSpace(line)
		indented := strings.HasPrefix(line, "   ") || strings.HasPrefix(line, "\t")
		switch {
		case trimmed == "":
			out = append(out, "")
		case len(out) > 0 && out[len(out)-1] != "" && !listItem.MatchString(trimmed) && !strings.HasPrefix(trimmed, "#") && (indented || !listItem.MatchString(out[len(out)-1])):
			out[len(out)-1] += " " + trimmed
		default:
			out = append(out, trimmed)
		}
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// checkJSON holds every string a person may read to the certifications it
// names and to the one its object is about ("cert" or "id").
func (w quizWalker) checkJSON(raw []byte) []string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return []string{err.Error()}
	}
	var problems []string
	var walk func(x any, cert catalog.CertID)
	walk = func(x any, cert catalog.CertID) {
		switch x := x.(type) {
		case string:
			problems = append(problems, content.ReadAsFact(x, w.named(x, cert))...)
		case []any:
			for _, e := range x {
				walk(e, cert)
			}
		case map[string]any:
			for _, k := range []string{"cert", "id"} {
				if id, ok := x[k].(string); ok {
					if _, known := w.readings[catalog.CertID(id)]; known {
						cert = catalog.CertID(id)
					}
				}
			}
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				// A figure's own value and quote, and the note of an
				// object that says beside it that it is not confirmed,
				// carry their decision.
				hedged := k == "note" && x["confirmed"] == false
				if k != "value" && k != "quote" && !hedged {
					walk(x[k], cert)
				}
			}
		}
	}
	walk(v, "")
	return problems
}

// withUnits gives a bare count its unit ("30" becomes "30 questions"): a
// result names many certifications, and a bare number of one ("30") is
// another's date or renewal units, which only the unit tells apart.
func withUnits(readings []content.Reading) []content.Reading {
	units := map[string]string{"exam.questions": " questions", "exam.minutes": " minutes"}
	out := make([]content.Reading, len(readings))
	for i, r := range readings {
		r.Values = slices.Clone(r.Values)
		for j, v := range r.Values {
			if u, ok := units[r.Figure]; ok && bareCount.MatchString(v.Value) {
				r.Values[j].Value += u
			}
		}
		out[i] = r
	}
	return out
}

var bareCount = regexp.MustCompile(`^\d+$`)
