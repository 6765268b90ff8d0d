package cli

import (
	"certpath/content"
	"certpath/internal/testcheck"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// jsonPaths lists every key path of a JSON document: "facts.<figure>[].value"
// for a key under facts, "[]" for each element of an array.
func jsonPaths(v any, path string, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, child := range x {
			key := k
			if strings.HasSuffix(path, "facts") {
				key = "<figure>"
			}
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

var snakeRE = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// Every key certs show, list and compare print is snake_case and named in
// cli/JSON.md, under its command's heading.
func TestEveryJSONKeyIsDocumented(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("JSON.md")
	if err != nil {
		t.Fatal(err)
	}
	section := func(heading string) string {
		s := string(doc)
		i := strings.Index(s, "\n## "+heading)
		if i < 0 {
			t.Fatalf("JSON.md has no section %q", heading)
		}
		s = s[i+1:]
		if j := strings.Index(s[3:], "\n## "); j >= 0 {
			s = s[:j+3]
		}
		return s
	}
	runs := []struct {
		heading string
		args    []string
	}{
		{"certs list", []string{"certs", "list", "--format", "json"}},
		{"certs compare ID ID", []string{"certs", "compare", "popm", "pmp", "--format", "json"}},
		{"certs compare ID ID", []string{"certs", "compare", "psm-i", "csm", "--format", "json"}},
	}
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		runs = append(runs, struct {
			heading string
			args    []string
		}{"certs show ID", []string{"certs", "show", string(c.ID), "--format", "json"}})
	}
	seen := map[string]bool{}
	for _, r := range runs {
		out, err := execute(t, r.args...)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: %v", r.args, err)
		}
		paths := map[string]bool{}
		jsonPaths(v, "", paths)
		text := section(r.heading)
		show := section("certs show ID")
		var missing []string
		for p := range paths {
			last := p[strings.LastIndex(p, ".")+1:]
			last = strings.TrimPrefix(strings.TrimSuffix(last, "[]"), "[].")
			if last != "<figure>" && !snakeRE.MatchString(last) {
				t.Errorf("%v: key %q is not snake_case", r.args, last)
			}
			documented := names(text, p)
			if r.heading == "certs compare ID ID" && strings.HasPrefix(p, "certifications[].") {
				// Documented once, under certs show.
				documented = names(show, strings.TrimPrefix(p, "certifications[]."))
			}
			if !documented && !seen[p] {
				missing = append(missing, p)
				seen[p] = true
			}
		}
		sort.Strings(missing)
		for _, p := range missing {
			t.Errorf("%s prints %q, which cli/JSON.md does not document", strings.Join(r.args, " "), p)
		}
	}
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
