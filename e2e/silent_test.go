package e2e

import (
	"strings"
	"testing"
)

// TestErrorExitAsksTheTerminalNothing (F23): an error needs no colours, so
// certpath ends without asking the terminal for its background; on a
// terminal that never answers such a question, each cost 2 s.
func TestErrorExitAsksTheTerminalNothing(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"certs", "show", "nope"}, {"quiz", "--answers", "/nonexistent"}, {"analyze", "--no-such-flag"}} {
		s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()}, args...)
		code, out := s.exit(t)
		if code != 2 || !strings.Contains(out, "certpath: ") {
			t.Errorf("%v: exit %d, want status 2 and a message:\n%q", args, code, out)
		}
		if strings.Contains(out, "\x1b]11;?") || strings.Contains(out, "\x1b[c") {
			t.Errorf("%v asked the terminal: %q", args, out)
		}
	}
}
