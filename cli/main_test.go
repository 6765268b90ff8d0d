package cli

import (
	"os"
	"testing"
	"time"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/render"

	"github.com/spf13/cobra"
)

// today is the built-in content on testcheck.Today, parsed once for the
// whole test binary: a parse costs about 32 ms, the tests run about 330
// commands, and parsing was 80% of the package's CPU time. A library is
// only read, so parallel tests share it safely; content's own tests, and
// the e2e tests that run the binary, cover the parse.
var today = content.Lazy(content.Embedded(), content.WithClock(testcheck.Today))

// testRoot builds the commands as certpath does, on the tests' fixed day.
func testRoot() *cobra.Command { return newRootCmd(testcheck.Today, today) }

// TestMain gives every rendering a minute rather than render.Deadline's
// 3 s: an overdue one gives way to the plain text, so on a slow machine
// (the race detector, tests in parallel) a command's output could differ
// for the clock's sake.
func TestMain(m *testing.M) {
	render.Deadline = time.Minute
	os.Exit(m.Run())
}
