package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
)

// factsPart is the part of a certs show page that shows figures: the
// certification at a glance and the Facts list, up to the prose, which
// opens with "Who it is for" on every page.
func factsPart(t *testing.T, doc string) string {
	t.Helper()
	i := strings.Index(doc, "Facts\n")
	if i < 0 || !strings.Contains(doc[:i], "Three-year cost:") {
		t.Fatalf("no glance with a three-year cost above a Facts section in:\n%s", doc)
	}
	j := strings.Index(doc[i:], "Who it is for\n")
	if j < 0 {
		t.Fatalf("no prose after the Facts section in:\n%s", doc)
	}
	return doc[:i+j]
}

// comparePart is the part of a comparison that shows figures: all before
// its closing notes and Sources.
func comparePart(t *testing.T, doc string) string {
	t.Helper()
	i := strings.Index(doc, "Dates, tiers and sources")
	if i < 0 {
		t.Fatalf("no closing note in:\n%s", doc)
	}
	return doc[:i]
}

// byCert splits a comparison into what it says of each certification: the
// table's second and third columns, or the stacked form's two sections.
func byCert(t *testing.T, doc, a, b string) [2]string {
	t.Helper()
	var out [2]strings.Builder
	if strings.Contains(doc, "\n|---|") {
		for _, line := range strings.Split(doc, "\n") {
			cells := strings.Split(line, "|")
			if !strings.HasPrefix(line, "|") || len(cells) < 5 || strings.HasPrefix(line, "|---") {
				continue
			}
			out[0].WriteString("- " + cells[2] + "\n")
			out[1].WriteString("- " + cells[3] + "\n")
		}
		return [2]string{out[0].String(), out[1].String()}
	}
	lines := strings.Split(doc, "\n")
	at := -1
	for _, line := range lines {
		h := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "## "))
		switch {
		case at == -1 && h == a:
			at = 0
			continue
		case at == 0 && h == b:
			at = 1
			continue
		}
		if at >= 0 {
			out[at].WriteString(line + "\n")
		}
	}
	if at != 1 {
		t.Fatalf("no sections %q and %q in:\n%s", a, b, doc)
	}
	return [2]string{out[0].String(), out[1].String()}
}

// Every figure of the embedded content, walked through certs show (markdown,
// text, JSON) and certs compare with each neighbour (markdown, text, JSON):
// a figure content does not confirm never reads as fact, and JSON carries
// the same decision. content.ReadAsFact takes any rendered document and the
// figures it shows, so the quiz result and the screens can join the walk.
func TestNoUnconfirmedFigureReadsAsFact(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	unconfirmed := 0
	for _, c := range lib.Certs() {
		for _, r := range lib.Readings(c) {
			if !r.Confirmed {
				unconfirmed++
			}
		}
	}
	if unconfirmed == 0 {
		t.Fatal("no figure is unconfirmed: the walk checks nothing")
	}
	// Each certification's walk runs the commands afresh and shares nothing
	// with another's, so they run side by side.
	for _, c := range lib.Certs() {
		t.Run(string(c.ID), func(t *testing.T) {
			t.Parallel()
			current := lib.Readings(c)
			readings := append(slices.Clip(current), lib.HistoryReadings(c)...)
			walkShow(t, c, readings, current)
			for _, o := range lib.Certs() {
				if o.ID != c.ID {
					walkCompare(t, lib, c, o, readings, current)
				}
			}
		})
	}
}

// walkShow checks certs show of one certification in every format.
func walkShow(t *testing.T, c content.Cert, readings, current []content.Reading) {
	t.Helper()
	id := string(c.ID)
	for _, format := range []string{"markdown", "text"} {
		out, err := execute(t, "certs", "show", id, "--format", format)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range content.ReadAsFact(factsPart(t, out), readings) {
			t.Errorf("certs show %s --format %s: %s", id, format, p)
		}
	}
	out, err := execute(t, "certs", "show", id, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	checkJSONDecisions(t, "certs show "+id, out, current)
}

// walkCompare checks certs compare of c with o in every format.
func walkCompare(t *testing.T, lib *content.Library, c, o content.Cert, readings, current []content.Reading) {
	t.Helper()
	id, other := string(c.ID), string(o.ID)
	out, err := execute(t, "certs", "compare", id, other, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var both struct{ Certifications []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &both); err != nil || len(both.Certifications) != 2 {
		t.Fatalf("certs compare %s %s --format json: %v\n%s", id, other, err, out)
	}
	checkJSONDecisions(t, "certs compare "+id+" "+other, string(both.Certifications[0]), current)
	checkJSONDecisions(t, "certs compare "+id+" "+other, string(both.Certifications[1]), lib.Readings(o))
	for _, p := range content.ReadAsFact(strings.Join(jsonStrings(both.Certifications[0]), "\n\n"), readings) {
		t.Errorf("certs compare %s %s --format json: %s", id, other, p)
	}
	for _, format := range []string{"markdown", "text"} {
		out, err := execute(t, "certs", "compare", id, other, "--format", format)
		if err != nil {
			t.Fatal(err)
		}
		docs := byCert(t, comparePart(t, out), c.Short, o.Short)
		for i, x := range []content.Cert{c, o} {
			for _, p := range content.ReadAsFact(docs[i], append(lib.Readings(x), lib.HistoryReadings(x)...)) {
				t.Errorf("certs compare %s %s --format %s: %s", id, other, format, p)
			}
		}
	}
}

// jsonStrings are every string in a JSON document a person may read a
// figure from: not a value, quote or note, which carry their decision
// (confirmed, state) beside them, checked by checkJSONDecisions.
func jsonStrings(raw []byte) []string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	var out []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for k, e := range x {
				if k != "value" && k != "quote" && k != "note" {
					walk(e)
				}
			}
		}
	}
	walk(v)
	return out
}

// checkJSONDecisions fails where a current value's "confirmed" in JSON is
// not content's decision on its figure.
func checkJSONDecisions(t *testing.T, what, out string, readings []content.Reading) {
	t.Helper()
	var v struct {
		Facts map[string][]struct {
			Value, Version, Status string
			AppliesTo              string `json:"applies_to"`
			Confirmed              *bool
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	for _, r := range readings {
		key := strings.ReplaceAll(r.Figure, ".", "_")
		found := false
		for _, f := range v.Facts[key] {
			if f.Status != "current" || f.Version != r.Version || f.AppliesTo != r.AppliesTo {
				continue
			}
			found = true
			if f.Confirmed == nil || *f.Confirmed != r.Confirmed {
				t.Errorf("%s: %s %q: JSON confirmed is %v, content decided %v (%s)", what, key, f.Value, f.Confirmed, r.Confirmed, r.Why)
			}
		}
		if !found {
			t.Errorf("%s: JSON lacks the current %s (%s %s)", what, key, r.Version, r.AppliesTo)
		}
	}
}
