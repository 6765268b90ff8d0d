package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// Idle work is measured, not asserted: BenchmarkIdleCPU (bench_test.go)
// times a settled program beside a bare Bubble Tea program.

// TestResizeIsDrawn: a window made too small, then large again, is drawn
// each time without a key.
func TestResizeIsDrawn(t *testing.T) {
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()})
	s.waitFor(t, "which agile certification next", 15*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "emphasize?", 15*time.Second)
	if err := pty.Setsize(s.pty, &pty.Winsize{Rows: 10, Cols: 30}); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, "40x12; this one is", 15*time.Second)
	mark := s.size()
	if err := pty.Setsize(s.pty, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(s.since(mark), "emphasize?") {
		if time.Now().After(deadline) {
			t.Fatalf("the question was not drawn again after the window grew; output since: %q", s.since(mark))
		}
		time.Sleep(time.Millisecond)
	}
}
