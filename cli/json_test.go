package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

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
