package yamlbudget

import (
	"fmt"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	keys := func(n int, indent string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%sk%d: 1\n", indent, i)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, doc string
		bad       bool
	}{
		{"a small answers file", "week.agile_years: 1to2\nweek.time: {backlog: 100}\n", false},
		{"MaxKeys keys", keys(MaxKeys, ""), false},
		{"one key more", keys(MaxKeys+1, ""), true},
		{"too many keys in a nested mapping", "week.time:\n" + keys(MaxKeys+1, "  "), true},
		{"too many keys in a mapping inside a list", "- a: 1\n-\n" + keys(MaxKeys+1, "  "), true},
		{"not YAML: left to the decoder", "a: [", false},
	} {
		err := Check([]byte(c.doc))
		if (err != nil) != c.bad {
			t.Errorf("%s: %v", c.name, err)
		}
		if err != nil && !strings.Contains(err.Error(), fmt.Sprintf("has %d keys", MaxKeys+1)) {
			t.Errorf("%s: the message does not say how many: %v", c.name, err)
		}
	}
}
