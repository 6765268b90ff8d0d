package model

import (
	"os"
	"testing"
	"time"

	"certpath/render"
)

// TestMain gives every rendering a minute rather than render.Deadline's 3 s:
// an overdue rendering gives way to the plain text, so on a slow machine (the
// race detector, tests in parallel) a screen could show the fallback and a
// test fail for the clock's sake.
func TestMain(m *testing.M) {
	render.Deadline = time.Minute
	os.Exit(m.Run())
}
