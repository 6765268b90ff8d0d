package planner_test

import (
	"slices"
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/questions"
	"certpath/report"
)

// person is one answers file of testdata/people, written blind (by someone
// who had not read the planner) with what they expect: the first step (one
// ID, or a|b when both are defensible) and what must not be on the path.
// Where certpath disagrees, the file says so in its own comment lines:
// "# certpath-first:" replaces expect-first, "# certpath-allows: id" lets
// an expect-not ID appear, and "# certpath-why:" says why.
type person struct {
	file                string
	answers             questions.Answers
	first, not, allowed []catalog.CertID
}

func readPeople(t *testing.T, b questions.Bank) []person {
	t.Helper()
	var out []person
	for _, raw := range testbank.People(t, b, "testdata/people") {
		data, f := raw.Data, raw.File
		p := person{file: raw.File, answers: raw.Answers}
		ids := func(s string) []catalog.CertID {
			var out []catalog.CertID
			depth := 0
			for _, part := range strings.FieldsFunc(s, func(r rune) bool {
				switch r {
				case '(':
					depth++
				case ')':
					depth--
				}
				return depth == 0 && (r == '|' || r == ';')
			}) {
				if id := strings.Fields(strings.TrimSpace(part)); len(id) > 0 {
					out = append(out, catalog.CertID(id[0]))
				}
			}
			return out
		}
		var certpathFirst []catalog.CertID
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "# expect-first:"); ok {
				p.first = ids(v)
			}
			if v, ok := strings.CutPrefix(line, "# expect-not:"); ok {
				p.not = ids(v)
			}
			if v, ok := strings.CutPrefix(line, "# certpath-first:"); ok {
				certpathFirst = ids(v)
			}
			if v, ok := strings.CutPrefix(line, "# certpath-allows:"); ok {
				p.allowed = append(p.allowed, ids(v)...)
			}
		}
		if certpathFirst != nil {
			p.first = certpathFirst
		}
		for _, id := range append(append(slices.Clone(p.first), p.not...), p.allowed...) {
			if _, ok := b.Catalog.Lookup(id); !ok {
				t.Fatalf("%s: %q is not a certification ID", f, id)
			}
		}
		out = append(out, p)
	}
	return out
}

// TestBlindPeople runs every person of testdata/people: the first step is
// one they expect, nothing they rule out is on the path, and the path keeps
// every rule of the property test.
func TestBlindPeople(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	for _, p := range readPeople(t, b) {
		t.Run(p.file, func(t *testing.T) {
			o := planner.Evaluate(b, p.answers)
			if len(o.Path) == 0 {
				t.Fatal("no path")
			}
			first := o.Path[0]
			if !slices.Contains(p.first, first.Cert) && !slices.Contains(p.first, first.Alternative) {
				t.Errorf("first step %s (or %q) is not one of %v; path %v", first.Cert, first.Alternative, p.first, pathIDs(o))
			}
			for _, st := range o.Path {
				for _, id := range []catalog.CertID{st.Cert, st.Alternative} {
					if id != "" && slices.Contains(p.not, id) && !slices.Contains(p.allowed, id) {
						t.Errorf("%s is on the path (%s), but the person rules it out; path %v", id, report.When(st.Opens), pathIDs(o))
					}
				}
			}
			if problems := pathProblems(b, p.answers, o); len(problems) > 0 {
				t.Errorf("path %v breaks rules:\n  %s", pathIDs(o), strings.Join(problems, "\n  "))
			}
		})
	}
}

// TestPostingsNamedStepLeadsAsCore: coaches rejected "1. PSM I (optional)
// ... your own track does not lead there" for a project manager whose
// postings all ask for PSM or CSM and whose own track waits, and
// "LPM (optional)" for an RTE holding every SAFe step her track offers whose
// postings require LPM. What the postings name and opens now leads as a
// core step, with the postings as its reason.
func TestPostingsNamedStepLeadsAsCore(t *testing.T) {
	t.Parallel()
	b := testbank.Bank()
	want := map[string]catalog.CertID{"54-dana-pm-24mo-degree.yaml": catalog.PSMI, "62-linda-rte-safe-teacher.yaml": catalog.LPM}
	for _, p := range readPeople(t, b) {
		id, ok := want[p.file]
		if !ok {
			continue
		}
		delete(want, p.file)
		first := planner.Evaluate(b, p.answers).Path[0]
		if first.Cert != id || first.Kind != planner.KindCore || first.Why.Key != planner.ReasonNamedNow {
			t.Errorf("%s: first step %+v, want %s as a core step the postings name", p.file, first, id)
		}
	}
	if len(want) > 0 {
		t.Fatalf("people not found: %v", want)
	}
}
