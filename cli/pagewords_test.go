package cli

import (
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
)

// Every embedded certification's page, as markdown and as text, stays under
// content.MaxPageWords words (whitespace-separated, as wc -w counts), so
// the page reads in one sitting (issue 36).
func TestEveryPageIsUnderTheWordCap(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		for _, format := range []string{"markdown", "text"} {
			out, err := execute(t, "certs", "show", string(c.ID), "--format", format)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(strings.Fields(out)); n >= content.MaxPageWords {
				t.Errorf("certs show %s --format %s: %d words, want under %d", c.ID, format, n, content.MaxPageWords)
			}
		}
	}
}
