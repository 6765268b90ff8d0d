// Package testcheck holds checks that tests in several packages share.
package testcheck

import (
	"strings"
	"testing"
	"time"
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

// Today is the day every test reads the facts on and stamps its files with,
// so that no golden or assertion changes with the calendar or the machine's
// time zone. It is the day the embedded facts were last checked.
func Today() time.Time { return time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) }
