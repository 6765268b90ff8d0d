package render

import (
	"os"
	"testing"
	"time"
)

// TestMain gives every rendering a minute rather than Deadline's 3 s: an
// overdue rendering gives way to the plain text, so on a slow machine (the
// race detector, tests in parallel) a test could read the fallback and fail
// for the clock's sake. TestOverdueRenderStops sets its own deadline.
func TestMain(m *testing.M) {
	Deadline = time.Minute
	os.Exit(m.Run())
}
