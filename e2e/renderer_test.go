package e2e

import (
	"testing"

	"github.com/creack/pty"
)

// Idle work is measured, not asserted: BenchmarkIdleCPU (bench_test.go)
// times a settled program beside a bare Bubble Tea program.

// TestResizeIsDrawn: a window made too small, then large again, is drawn
// each time without a key.
func TestResizeIsDrawn(t *testing.T) {
	t.Parallel()
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()})
	s.waitFor(t, "which agile certification next")
	s.send(t, "\r")
	s.waitFor(t, "emphasize?")
	if err := pty.Setsize(s.pty, &pty.Winsize{Rows: 10, Cols: 30}); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, "40x12; this one is")
	mark := s.size()
	if err := pty.Setsize(s.pty, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	s.out.waitFor(t, mark, "emphasize?") // drawn again after the window grew
}
