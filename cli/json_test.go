package cli

import (
	"certpath/content"
	"certpath/internal/testcheck"
	"encoding/json"
	"os"
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
