package e2e

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// exitOf waits for the session's program and returns its exit status.
func exitOf(t *testing.T, s *session) int {
	t.Helper()
	err := s.cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

// output is what the program wrote, once it has ended.
func (s *session) output(t *testing.T, last string) string {
	t.Helper()
	s.waitFor(t, last, 15*time.Second)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// TestHelpAsksTheTerminalOnce (issue 27): help's colours depend on the
// background, and fang asked for it on standard input and then on standard
// output, waiting 2 s for each on a terminal that never answers. certpath
// asks once, with a short deadline, by every road to help.
func TestHelpAsksTheTerminalOnce(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"help", "quiz"}, {"quiz", "--help"}, {"certs", "show", "-h"}, {"completion"}} {
		s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir(), "GLAMOUR_STYLE="}, args...)
		if code := exitOf(t, s); code != 0 {
			t.Errorf("%v: exit %d", args, code)
		}
		out := s.output(t, "USAGE")
		if n := strings.Count(out, "\x1b]11;?"); n != 1 {
			t.Errorf("%v asked for the background %d times, want once:\n%q", args, n, out)
		}
	}
}

// TestHelpUsesTheAnsweredBackground: a terminal that answers "white" gets
// the same help as GLAMOUR_STYLE=light names; one that answers "black"
// the same as dark.
func TestHelpUsesTheAnsweredBackground(t *testing.T) {
	help := func(env []string, answer string) string {
		s := startSession(t, append([]string{"TERM=xterm-256color", "COLORTERM=", "NO_COLOR=", "XDG_STATE_HOME=" + t.TempDir()}, env...), "help", "certs")
		if answer != "" {
			s.waitFor(t, "\x1b]11;?", 15*time.Second)
			s.send(t, answer)
		}
		if code := exitOf(t, s); code != 0 {
			t.Fatalf("exit %d", code)
		}
		out := s.output(t, "USAGE")
		// What came before the help (the question) is not help.
		if i := bytes.Index([]byte(out), []byte("\x1b[c")); i >= 0 {
			out = out[i+len("\x1b[c"):]
		}
		return out
	}
	light := help([]string{"GLAMOUR_STYLE=light"}, "")
	dark := help([]string{"GLAMOUR_STYLE=dark"}, "")
	if light == dark {
		t.Fatal("light and dark help are the same; the test cannot tell them apart")
	}
	if got := help([]string{"GLAMOUR_STYLE="}, "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c"); got != light {
		t.Errorf("a white background did not give the light help:\n%q\nwant\n%q", got, light)
	}
	if got := help([]string{"GLAMOUR_STYLE="}, "\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;22c"); got != dark {
		t.Errorf("a black background did not give the dark help:\n%q\nwant\n%q", got, dark)
	}
}
