package report

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
	"certpath/render"
)

// generated draws n complete answer sets from the bank with a fixed seed,
// and adds every person of the planner's table test.
func generated(t *testing.T, b questions.Bank, n int) []questions.Answers {
	t.Helper()
	if raceOn {
		n /= 3
	}
	r := rand.New(rand.NewPCG(5, 700))
	var out []questions.Answers
	for range n {
		a := questions.Answers{}
		for _, q := range b.Questions {
			switch q.Kind.(type) {
			case questions.SingleChoice:
				if q.Optional && r.IntN(3) == 0 {
					continue
				}
				a[q.ID] = questions.Answer{Choice: q.Options[r.IntN(len(q.Options))].ID}
			case questions.Frequency:
				a[q.ID] = questions.Answer{Level: r.IntN(len(questions.FrequencyLevels()))}
			case questions.Allocation:
				alloc := map[string]int{}
				left := 100
				for k := r.IntN(4); k >= 0 && left > 0; k-- {
					take := left
					if k > 0 {
						take = 5 * (1 + r.IntN(left/5))
					}
					alloc[q.Options[r.IntN(len(q.Options))].ID] += take
					left -= take
				}
				a[q.ID] = questions.Answer{Allocation: alloc}
			case questions.MultiChoice:
				var picks []string
				for range r.IntN(4) {
					if o := q.Options[r.IntN(len(q.Options))]; !o.Exclusive && !slices.Contains(picks, o.ID) {
						picks = append(picks, o.ID)
					}
				}
				if len(picks) == 0 {
					picks = []string{q.Options[len(q.Options)-1].ID}
				}
				a[q.ID] = questions.Answer{Choices: picks}
			}
		}
		out = append(out, a)
	}
	for _, p := range testbank.People(t, b, "../planner/testdata/people") {
		out = append(out, p.Answers)
	}
	return out
}

// garbles are the broken sentences issue 24 found, and their kin.
var garbles = []string{
	"none: no exam", "exam none", "course no course required", "Time: course not confirmed",
	"nearly as well", "Most of your week goes to", `with "None`, "()", " ,", " .", "..", ": .", "in .",
	"Optional, after your own track", "not known (",
}

// markdownGarbles are empty slots in the markdown timeline; the text form
// wraps lines, so a line may start with a separator there.
var markdownGarbles = []string{"  ·", "· ·", "· \n"}

// doubledWords finds a word said twice in a row ("questions questions").
func doubledWords(s string) []string {
	var out []string
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
	for i := 1; i < len(words); i++ {
		a := strings.Trim(strings.ToLower(words[i-1]), "*`.,;:()[]")
		b := strings.Trim(strings.ToLower(words[i]), "*`.,;:()[]")
		// "Leading SAFe (SAFe Agilist)" is a name and "Leading SAFe, SAFe
		// experience" a list, not doubled words.
		apart := strings.HasPrefix(words[i], "(") || strings.ContainsAny(words[i-1][len(words[i-1])-1:], ",;:.")
		if a != "" && a == b && !apart && strings.IndexFunc(a, unicode.IsLetter) >= 0 {
			out = append(out, words[i-1]+" "+words[i])
		}
	}
	return out
}

// summary is the report from the top through the path list, up to the next
// heading.
func summary(doc string) string {
	if i := strings.Index(doc, "\n## "); i >= 0 {
		return doc[:i]
	}
	return doc
}

// maxSummaryWords caps the summary: the role, the path's steps with their
// money, and the path's cost.
const maxSummaryWords = 280

// TestEveryGeneratedReportReadsWhole renders every generated person's path,
// markdown and text, and fails on doubled words, empty slots, the garbles of
// issue 24 and reasons that are not whole sentences; and checks the length:
// the summary at most 280 words (200 until issue 33 gave each price its
// figure, state and source, and said the yearly renewals a path stacks),
// the whole default text output at most 700 and its markdown, which
// holds every source's address and the marks, at most 800 (700 until
// issue 33 named the certifications outside the catalogue).
func TestEveryGeneratedReportReadsWhole(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	people := generated(t, b, 1500)
	longestSummary, longest := 0, 0
	for i, a := range people {
		o := planner.Evaluate(b, a)
		doc := sampled(lib, b, a, o, i, false)
		check := func(form, text string) {
			for _, g := range garbles {
				if strings.Contains(text, g) {
					t.Errorf("person %d (%s): %q in:\n%s", i, form, g, text)
				}
			}
			if d := doubledWords(text); len(d) > 0 {
				t.Errorf("person %d (%s): doubled words %q in:\n%s", i, form, d, text)
			}
		}
		check("markdown", doc)
		if i%5 == 0 {
			check("details", sampled(lib, b, a, o, i/5, true))
		}
		for _, g := range markdownGarbles {
			if strings.Contains(doc, g) {
				t.Errorf("person %d: empty slot %q in:\n%s", i, g, doc)
			}
		}
		if i%10 == 0 || i >= len(people)-44 {
			text, err := render.Plain(doc, 80)
			if err != nil {
				t.Fatal(err)
			}
			check("text", text)
			n := len(strings.Fields(text))
			longest = max(longest, n)
			if n > 700 {
				t.Errorf("person %d: the default text output is %d words, more than 700", i, n)
			}
		}
		for _, st := range o.Path {
			r := Reason(lib.Catalog(), st)
			if r == "" || !unicode.IsUpper([]rune(r)[0]) || !strings.HasSuffix(r, ".") {
				t.Errorf("person %d: reason is not a whole sentence: %q", i, r)
			}
		}
		sum := len(strings.Fields(summary(doc)))
		longestSummary = max(longestSummary, sum)
		if sum > maxSummaryWords {
			t.Errorf("person %d: the summary is %d words, more than %d:\n%s", i, sum, maxSummaryWords, summary(doc))
		}
		if n := len(strings.Fields(doc)); n > 800 {
			t.Errorf("person %d: the default markdown is %d words, more than 800", i, n)
		}
	}
	t.Logf("longest summary %d words, longest text output %d words", longestSummary, longest)
}

// TestGarbleCheckCanFail makes sure the checks above find what they look for.
func TestGarbleCheckCanFail(t *testing.T) {
	t.Parallel()
	if d := doubledWords("the questions questions are"); len(d) != 1 {
		t.Errorf("doubled words not found: %v", d)
	}
	if d := doubledWords("step 1 1 and $200 $200 Leading SAFe (SAFe Agilist), Leading SAFe, SAFe experience"); len(d) != 0 {
		t.Errorf("numbers are not words: %v", d)
	}
}

// TestCostOnceAndCitationsShort: each step states its money once, the path
// once, no whole-path cost paragraph, and inline markers carry no tier.
func TestCostOnceAndCitationsShort(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	for i, a := range generated(t, b, 200) {
		o := planner.Evaluate(b, a)
		doc := sampled(lib, b, a, o, i, false)
		if strings.Contains(doc, "Three-year cost of the whole path") || strings.Contains(doc, "Total, three years") {
			t.Errorf("person %d: the whole-path cost paragraph is back", i)
		}
		if len(o.Path) > 0 && strings.Count(doc, "over three years") != 1 {
			t.Errorf("person %d: the path's cost should be stated once:\n%s", i, doc)
		}
		for _, line := range strings.Split(summary(doc), "\n") {
			if strings.Contains(line, ", tier ") {
				t.Errorf("person %d: an inline citation names its tier: %q", i, line)
			}
		}
		if len(o.Path) > 0 && !strings.Contains(doc, "## Sources") {
			t.Errorf("person %d: no Sources section", i)
		}
		// Issue 36: with no total, nothing is "not in it"; a close call
		// whose runner-up's step says it fits almost as well is not said a
		// third time under "Why this path".
		if strings.Contains(doc, "there is no total over three years.") && strings.Contains(doc, "not in it.") {
			t.Errorf("person %d: steps are left out of a total there is not:\n%s", i, doc)
		}
		if strings.Contains(doc, "almost as well") && strings.Contains(doc, "points apart") {
			t.Errorf("person %d: the close call is said again under Why this path:\n%s", i, doc)
		}
	}
}

// TestJSONKeepsItsKeys: today's keys stay, and each step says when it opens
// and what it requires.
func TestJSONKeepsItsKeys(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	data, err := os.ReadFile("../planner/testdata/people/12-sm-8mo-csm-bank.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := questions.ParseAnswers(b, data)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(JSON(lib, b, a, planner.Evaluate(b, a)))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Path []struct {
			Cert          string `json:"cert"`
			Alternative   *string
			Core          *bool           `json:"core"`
			When          string          `json:"when"`
			Prerequisites json.RawMessage `json:"prerequisites"`
		} `json:"path"`
		Profiles []struct {
			ID    string   `json:"id"`
			Share *float64 `json:"share"`
		} `json:"profiles"`
		Timeline []TimelineStep `json:"timeline"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Path) == 0 || len(got.Profiles) != len(catalog.Profiles()) || got.Profiles[0].ID == "" || got.Profiles[0].Share == nil {
		t.Fatalf("keys missing: %s", raw)
	}
	for _, st := range got.Path {
		if st.Cert == "" || st.Core == nil || st.When == "" || len(st.Prerequisites) == 0 {
			t.Errorf("a step lacks cert, core, when or prerequisites: %s", raw)
		}
	}
	if !strings.Contains(string(raw), `"prerequisites":[{"cert":"csm","source":"S39"},{"months":12,"role":"scrum-master","course_first":true,"note":"in the last 5 years, before or after the course","source":"S39"}]`) &&
		!strings.Contains(string(raw), `"cert":"psm-ii"`) {
		t.Errorf("the path should show PSM II or A-CSM with its prerequisites: %s", raw)
	}
	if len(got.Timeline) != len(got.Path) {
		t.Errorf("timeline has %d steps, path %d", len(got.Timeline), len(got.Path))
	}
}

// TestTimelineNeedsNothingRecomputed: a screen can draw each step from the
// timeline alone.
func TestTimelineNeedsNothingRecomputed(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	for i, a := range generated(t, b, 300) {
		o := planner.Evaluate(b, a)
		g := AtAGlance(lib, o)
		if len(o.Path) > 0 && (g.Role == "" || g.Context == "" || g.PathCost == "") {
			t.Errorf("person %d: glance lacks role, context or path cost: %+v", i, g)
		}
		for _, ts := range g.Steps {
			if ts.Name == "" || ts.Issuer == "" || ts.When == "" || ts.Course == "" || ts.Cost == "" || ts.Reason == "" || ts.Kind == "" {
				t.Errorf("person %d: a timeline step has an empty field: %+v", i, ts)
			}
			if ts.OpenNow != (ts.When == "now") {
				t.Errorf("person %d: open_now and when disagree: %+v", i, ts)
			}
		}
	}
}

func TestDetailsHaveTheFullForm(t *testing.T) {
	t.Parallel()
	lib := mustLoad(t)
	b := questions.DefaultBank(lib.Catalog())
	data, _ := os.ReadFile("../examples/answers.yaml")
	a, err := questions.ParseAnswers(b, data)
	if err != nil {
		t.Fatal(err)
	}
	o := planner.Evaluate(b, a)
	short, full := Report(lib, b, a, o), Details(lib, b, a, o)
	for _, want := range []string{"## Each step in detail", "### 1. SAFe Product Owner/Product Manager (POPM)", "- **Prerequisites:**", "## Why Product Owner", "## Before you register", "8. `"} {
		if !strings.Contains(full, want) {
			t.Errorf("details lack %q", want)
		}
		if strings.Contains(short, want) {
			t.Errorf("the default form has %q, which belongs to the details", want)
		}
	}
	for _, st := range o.Path {
		c, _ := lib.Cert(st.Cert)
		if held := slices.Contains(a[questions.QHeldCerts].Choices, string(c.ID)); held {
			t.Errorf("the example's path offers %s, which the person holds", c.ID)
		}
		if !st.Opens.Now() || st.Kind != planner.KindCore && st.Kind != planner.KindOptional {
			t.Errorf("the example's path offers %s, which is not open to the person now (%s)", c.ID, When(st.Opens))
		}
	}
}
