// Package testcheck holds checks that tests in several packages share.
package testcheck

import (
	"strings"
	"testing"
)

// ContainsAll fails for every wanted piece a document lacks, then shows the
// document once.
func ContainsAll(t testing.TB, what, doc string, wants ...string) {
	t.Helper()
	missing := false
	for _, want := range wants {
		if !strings.Contains(doc, want) {
			t.Errorf("%s lacks %q", what, want)
			missing = true
		}
	}
	if missing {
		t.Logf("%s:\n%s", what, doc)
	}
}
