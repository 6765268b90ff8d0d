package e2e

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestErrorExitAsksTheTerminalNothing (F23): an error needs no colours, so
// certpath ends without asking the terminal for its background; on a
// terminal that never answers such a question, each cost 2 s.
func TestErrorExitAsksTheTerminalNothing(t *testing.T) {
	for _, args := range [][]string{{"certs", "show", "nope"}, {"quiz", "--answers", "/nonexistent"}, {"analyze", "--no-such-flag"}} {
		s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()}, args...)
		err := s.cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 {
			t.Errorf("%v: %v, want status 2", args, err)
		}
		// Any question would come before the message.
		s.waitFor(t, "certpath: ", 15*time.Second)
		s.mu.Lock()
		out := s.out.String()
		s.mu.Unlock()
		if strings.Contains(out, "\x1b]11;?") || strings.Contains(out, "\x1b[c") {
			t.Errorf("%v asked the terminal: %q", args, out)
		}
	}
}
