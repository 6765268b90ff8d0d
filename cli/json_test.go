package cli

import (
	"certpath/content"
	"certpath/internal/testcheck"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// jsonPaths lists every key path of a JSON document: "[]" for each element
// of an array, and a placeholder for a key that is data rather than a name:
// "facts.<figure>" under facts, "<profile>" and "<framework>" under a
// posting signal's points.
func jsonPaths(v any, path string, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, child := range x {
			key := placeholder(path, k)
			p := key
			if path != "" {
				p = path + "." + key
			}
			out[p] = true
			jsonPaths(child, p, out)
		}
	case []any:
		for _, child := range x {
			jsonPaths(child, path+"[]", out)
		}
	}
}

// placeholder is what JSON.md calls a key under the object at path: the
// key itself, or the placeholder of a map keyed by data.
func placeholder(path, key string) string {
	last := path[strings.LastIndex(path, ".")+1:]
	signal := strings.HasSuffix(path, "evidence[]."+last) || strings.HasSuffix(path, "negated[]."+last)
	switch {
	case last == "facts":
		return "<figure>"
	case signal && last == "profiles":
		return "<profile>"
	case signal && last == "frameworks":
		return "<framework>"
	}
	return key
}

var snakeRE = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// jsonRun is one command whose JSON is checked against a section of JSON.md.
type jsonRun struct {
	heading string
	args    []string
}

// seeAlso are the key paths JSON.md documents once, under another heading:
// a path under from (in heading's output) is looked up as to, under toHeading.
var seeAlso = []struct{ heading, from, toHeading, to string }{
	{"certs compare ID ID", "certifications[].", "certs show ID", ""},
	{"quiz --details", "step_facts[].certifications[].", "certs show ID", ""},
	{"quiz --details", "", "quiz", ""},
	{"quiz --what-if", "before.", "quiz", ""},
	{"quiz --what-if", "after.", "quiz", ""},
	{"quiz", "path_cost.parts[].", "certs show ID", "three_year_cost.parts[]."},
	{"quiz", "timeline[].cost_parts[].", "certs show ID", "three_year_cost.parts[]."},
	{"quiz", "sources[].", "certs show ID", "sources[]."},
	{"quiz", "path[].alternative_opens.", "quiz", "path[].opens."},
	{"quiz", "postings.", "analyze FILE...", ""},
	{"analyze FILE...", "postings[].", "analyze FILE...", ""},
	{"analyze FILE...", "negated[].", "analyze FILE...", "evidence[]."},
	{"team", "budget.fits[].", "team", "quarters[].steps[]."},
	{"team", "budget.not_confirmed[].", "team", "quarters[].steps[]."},
	{"team", "budget.outside[].", "team", "quarters[].steps[]."},
	{"team", "budget.self_paid[].", "team", "quarters[].steps[]."},
	{"team", "budget.after_core[].", "team", "quarters[].steps[]."},
	{"team", "budget.beyond_estimate[].", "team", "quarters[].steps[]."},
	{"team", "budget.within_estimate[].", "team", "quarters[].steps[]."},
	{"team", "budget.no_price_found[].", "team", "quarters[].steps[]."},
	{"team", "budget.unpriced_ahead[].", "team", "quarters[].steps[]."},
	{"team", "budget.unpriced_parts[].", "team", "quarters[].steps[]."},
	{"team", "budget.unpriced_behind[].", "team", "quarters[].steps[]."},
	{"team", "budget.safe_to_book[].", "team", "quarters[].steps[]."},
	{"team", "budget.past_line_if_renewals_due[].", "team", "quarters[].steps[]."},
	{"team", "later[].", "team", "quarters[].steps[]."},
}

// jsonRuns are the commands that print JSON, over inputs that reach every
// key: every certification, pairs to compare, every person of the planner's
// table (with and without --details), postings read alone and together.
func jsonRuns(t *testing.T) []jsonRun {
	runs := []jsonRun{
		{"certs list", []string{"certs", "list"}},
		{"certs compare ID ID", []string{"certs", "compare", "popm", "pmp"}},
		{"certs compare ID ID", []string{"certs", "compare", "psm-i", "csm"}},
		{"certs compare ID ID", []string{"certs", "compare", "pmi-acp", "pmp"}},
		{"questions", []string{"questions"}},
	}
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		runs = append(runs, jsonRun{"certs show ID", []string{"certs", "show", string(c.ID)}})
	}
	people, err := filepath.Glob("../planner/testdata/people/*.yaml")
	if err != nil || len(people) == 0 {
		t.Fatalf("no people: %v", err)
	}
	for _, p := range append(people, "../examples/answers.yaml") {
		runs = append(runs, jsonRun{"quiz", []string{"quiz", "--answers", p}}, jsonRun{"quiz --details", []string{"quiz", "--details", "--answers", p}})
	}
	for _, spec := range []string{"week.held_certs=pmp,psm-i", "week.held_certs=psm-i", "week.org_safe=yes"} {
		runs = append(runs, jsonRun{"quiz --what-if", []string{"quiz", "--answers", "../planner/testdata/people/39-pm-2yrs-no-pmp.yaml", "--what-if", spec}})
	}
	dir := t.TempDir()
	sm := filepath.Join(dir, "sm.txt")
	os.WriteFile(sm, []byte("Senior Scrum Master (SAFe)\nFacilitate retrospectives and PI Planning for two teams. CSM or PSM I required; PMP a plus, CAPM welcome.\nNo budget responsibility. You will not manage the backlog.\n"), 0o644)
	po := filepath.Join(dir, "po.txt")
	os.WriteFile(po, []byte("Product Owner\nOwn the product backlog, write user stories, work with stakeholders. CSPO preferred.\n"), 0o644)
	runs = append(runs, jsonRun{"analyze FILE...", []string{"analyze", sm}}, jsonRun{"analyze FILE...", []string{"analyze", sm, po}})
	for _, budget := range []string{"300", "20000"} {
		runs = append(runs, jsonRun{"team", []string{"team", "../team/testdata/people", "../planner/testdata/people", "--budget", budget}})
	}
	return runs
}

// Every key every --format json prints is snake_case and named in
// cli/JSON.md, under its command's heading (or, where JSON.md says "as in",
// under the heading it points to).
func TestEveryJSONKeyIsDocumented(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("JSON.md")
	if err != nil {
		t.Fatal(err)
	}
	d := jsonDoc{t: t, text: string(raw)}
	documented := d.documents
	seen := map[string]bool{}
	check := func(r jsonRun, out string) {
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: %v", r.args, err)
		}
		paths := map[string]bool{}
		jsonPaths(v, "", paths)
		var missing []string
		for p := range paths {
			last := p[strings.LastIndex(p, ".")+1:]
			last = strings.TrimPrefix(strings.TrimSuffix(last, "[]"), "[].")
			if !strings.HasPrefix(last, "<") && !snakeRE.MatchString(last) {
				t.Errorf("%v: key %q is not snake_case", r.args, last)
			}
			if !documented(r.heading, p) && !seen[r.heading+" "+p] {
				missing = append(missing, p)
				seen[r.heading+" "+p] = true
			}
		}
		sort.Strings(missing)
		for _, p := range missing {
			t.Errorf("%s prints %q, which cli/JSON.md does not document under %q", strings.Join(r.args, " "), p, r.heading)
		}
	}
	for _, r := range jsonRuns(t) {
		out, err := execute(t, append(r.args, "--format", "json")...)
		if err != nil {
			t.Fatalf("%v: %v", r.args, err)
		}
		check(r, out)
	}
	// sources check, against pages on 127.0.0.1: every quote still said,
	// then a page changed and one gone.
	srv := newIssuerPages(t)
	dir := quotedCopy(t, srv.URL)
	r := jsonRun{"sources check", []string{"--content", dir, "sources", "check", "--only", "S31,S38,S40", "--format", "json"}}
	for _, change := range []func(){func() {}, func() {
		srv.say("/psm-i", "85%", "80%")
		srv.mu.Lock()
		delete(srv.pages, "/csm")
		srv.mu.Unlock()
	}} {
		change()
		out, errOut, status := runCheck(t, r.args...)
		if status == ExitUsage || out == "" {
			t.Fatalf("%v: exit %d\n%s", r.args, status, errOut)
		}
		check(r, out)
	}
}

// jsonDoc is cli/JSON.md, read by section.
type jsonDoc struct {
	t    *testing.T
	text string
}

// section is the text under a "## heading", up to the next one.
func (d jsonDoc) section(heading string) string {
	s := d.text
	i := strings.Index(s, "\n## "+heading+"\n")
	if i < 0 {
		d.t.Fatalf("JSON.md has no section %q", heading)
	}
	s = s[i+1:]
	if j := strings.Index(s[3:], "\n## "); j >= 0 {
		s = s[:j+3]
	}
	return s
}

// documents reports whether a section names a key path, itself or through
// a section it points to ("as in certs show").
func (d jsonDoc) documents(heading, path string) bool {
	if names(d.section(heading), path) {
		return true
	}
	for _, a := range seeAlso {
		if a.heading == heading && strings.HasPrefix(path, a.from) && d.documents(a.toHeading, a.to+strings.TrimPrefix(path, a.from)) {
			return true
		}
	}
	return false
}

// names reports whether a doc names a key path: as itself, or as the start
// of the paths of its elements or children ("`parts[].what`" names parts).
func names(doc, path string) bool {
	for _, end := range []string{"`", "[]", "."} {
		if strings.Contains(doc, "`"+path+end) {
			return true
		}
	}
	return false
}

// nullable are the JSON fields that are null by design: an object that is
// absent, never a list.
var nullable = map[string]bool{"close_call": true}

// nulls lists the paths of the nulls in a decoded JSON document that are not
// nullable by design.
func nulls(v any, path string) []string {
	var out []string
	switch x := v.(type) {
	case nil:
		return []string{path}
	case map[string]any:
		for k, e := range x {
			if e == nil && nullable[k] {
				continue
			}
			out = append(out, nulls(e, path+"."+k)...)
		}
	case []any:
		for i, e := range x {
			out = append(out, nulls(e, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	sort.Strings(out)
	return out
}

// TestJSONHasNoNullLists walks the JSON of every command that prints JSON,
// with inputs that leave lists empty (a posting naming no certification, a
// profile that got no points), for null where a list is meant.
func TestJSONHasNoNullLists(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.txt")
	os.WriteFile(plain, []byte("We bake bread every morning.\n"), 0o644)
	sm := filepath.Join(dir, "sm.txt")
	os.WriteFile(sm, []byte("Scrum Master\nFacilitate retrospectives. No SAFe needed.\n"), 0o644)
	for _, args := range [][]string{
		{"quiz", "--answers", "../examples/answers.yaml"},
		{"analyze", sm},
		{"analyze", plain},
		{"analyze", sm, plain},
		{"certs", "list"},
		{"certs", "show", "popm"},
		{"certs", "show", "cspo"},
		{"certs", "compare", "popm", "pmp"},
		{"questions"},
		{"team", "../team/testdata/people"},
	} {
		out, err := execute(t, append(args, "--format", "json")...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if found := nulls(v, ""); len(found) > 0 {
			t.Errorf("%v: null where a list is meant at %v", args, found)
		}
	}
}

// quizJSON is the part of the quiz's JSON the machine-value tests read.
type quizJSONDoc struct {
	Path []struct {
		Cert        string `json:"cert"`
		Alternative string `json:"alternative"`
	} `json:"path"`
	Timeline []struct {
		Cert                  string         `json:"cert"`
		Alternative           string         `json:"alternative"`
		CourseNeed            *string        `json:"course_need"`
		AlternativeCourseNeed *string        `json:"alternative_course_need"`
		CostParts             []jsonCostPart `json:"cost_parts"`
	} `json:"timeline"`
	PathCost struct {
		Parts []jsonCostPart `json:"parts"`
	} `json:"path_cost"`
	StepFacts *[]struct {
		Position       int               `json:"position"`
		Certifications []json.RawMessage `json:"certifications"`
	} `json:"step_facts"`
}

type jsonCostPart struct {
	What string `json:"what"`
	Cert string `json:"cert"`
	Part string `json:"part"`
}

// checkParts: each part names its certification (one of certs) and its
// part as machine values, and what stays "SHORT part" for old readers.
func checkParts(t *testing.T, who string, parts []jsonCostPart, certs map[string]string) {
	t.Helper()
	for _, p := range parts {
		short, ok := certs[p.Cert]
		if !ok || p.Part != "course" && p.Part != "exam" && p.Part != "renewals" || p.What != short+" "+p.Part {
			t.Errorf("%s: a cost part without its machine values: %+v", who, p)
		}
	}
}

// The quiz's JSON carries machine values beside display text: each cost
// part's certification and part (course, exam, renewals) beside "POPM
// course", each timeline step's course need beside its words.
func TestQuizJSONHasMachineValues(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	short := map[string]string{}
	for _, c := range lib.Certs() {
		short[string(c.ID)] = c.Short
	}
	needs := map[string]bool{"required": true, "not_required": true, "not_known": true}
	people, _ := filepath.Glob("../planner/testdata/people/*.yaml")
	pairs := 0
	for _, p := range append(people, "../examples/answers.yaml") {
		out, err := execute(t, "quiz", "--answers", p, "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		var d quizJSONDoc
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		if d.StepFacts != nil {
			t.Errorf("%s: step_facts belong to --details", p)
		}
		checkParts(t, p+" path_cost", d.PathCost.Parts, short)
		for _, ts := range d.Timeline {
			mine := map[string]string{ts.Cert: short[ts.Cert]}
			if ts.Alternative != "" {
				mine[ts.Alternative] = short[ts.Alternative]
				pairs++
			}
			checkParts(t, p+" timeline "+ts.Cert, ts.CostParts, mine)
			if ts.CourseNeed == nil || !needs[*ts.CourseNeed] {
				t.Errorf("%s: step %s has no course_need", p, ts.Cert)
			}
			if (ts.Alternative != "") != (ts.AlternativeCourseNeed != nil) || ts.AlternativeCourseNeed != nil && !needs[*ts.AlternativeCourseNeed] {
				t.Errorf("%s: step %s or %q: alternative_course_need %v", p, ts.Cert, ts.Alternative, ts.AlternativeCourseNeed)
			}
		}
	}
	if pairs == 0 {
		t.Error("no person's path has a pair: the alternative's values went untested")
	}
}

// quiz --details --format json adds each step's facts, each certification
// exactly as certs show --format json prints it.
func TestQuizDetailsJSONHasEachStepsFacts(t *testing.T) {
	t.Parallel()
	for _, p := range []string{"../examples/answers.yaml", "../planner/testdata/people/12-sm-8mo-csm-bank.yaml"} {
		plain, err := execute(t, "quiz", "--answers", p, "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		full, err := execute(t, "quiz", "--details", "--answers", p, "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		if plain == full {
			t.Fatalf("%s: --details changes nothing in the JSON", p)
		}
		var d quizJSONDoc
		if err := json.Unmarshal([]byte(full), &d); err != nil {
			t.Fatal(err)
		}
		if d.StepFacts == nil || len(*d.StepFacts) != len(d.Path) {
			t.Fatalf("%s: step_facts should hold one entry per step: %s", p, full)
		}
		for i, sf := range *d.StepFacts {
			ids := []string{d.Path[i].Cert}
			if d.Path[i].Alternative != "" {
				ids = append(ids, d.Path[i].Alternative)
			}
			if sf.Position != i+1 || len(sf.Certifications) != len(ids) {
				t.Errorf("%s: step_facts[%d] is not step %d's: %d certifications", p, i, i+1, len(sf.Certifications))
				continue
			}
			for j, id := range ids {
				show, err := execute(t, "certs", "show", id, "--format", "json")
				if err != nil {
					t.Fatal(err)
				}
				var want, got any
				json.Unmarshal([]byte(show), &want)
				json.Unmarshal(sf.Certifications[j], &got)
				if !reflect.DeepEqual(want, got) {
					t.Errorf("%s: step %d's facts of %s are not certs show's", p, i+1, id)
				}
			}
		}
	}
}
