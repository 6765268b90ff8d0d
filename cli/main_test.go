package cli

import (
	"os"
	"reflect"
	"testing"
	"time"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/render"
)

// TestMain parses the built-in content once for the whole test binary: a
// parse costs about 32 ms, the tests run about 330 commands, and parsing
// was 80% of the package's CPU time. The commands run on testcheck.Today
// share that one library; one on any other clock gets its own. A library is
// only read, so parallel tests share it safely; content's own tests, and
// the e2e tests that run the binary, cover the parse.
//
// Every rendering gets a minute rather than render.Deadline's 3 s: an
// overdue one gives way to the plain text, so on a slow machine (the race
// detector, tests in parallel) a command's output could differ for the
// clock's sake.
func TestMain(m *testing.M) {
	render.Deadline = time.Minute
	today := reflect.ValueOf(testcheck.Today).Pointer()
	shared := content.Lazy(content.Embedded(), content.WithClock(testcheck.Today))
	embeddedLibrary = func(clock func() time.Time) *content.Library {
		if clock != nil && reflect.ValueOf(clock).Pointer() == today {
			return shared
		}
		return content.Lazy(content.Embedded(), content.WithClock(clock))
	}
	os.Exit(m.Run())
}
