package e2e

import (
	"strings"
	"testing"
)

// TestHelpAsksTheTerminalOnce (issue 27): help's colours depend on the
// background, and fang asked for it on standard input and then on standard
// output, waiting 2 s for each on a terminal that never answers. certpath
// asks once, with a short deadline, by every road to help.
func TestHelpAsksTheTerminalOnce(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"help", "quiz"}, {"quiz", "--help"}, {"certs", "show", "-h"}, {"completion"}} {
		s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir(), "GLAMOUR_STYLE="}, args...)
		code, out := s.exit(t)
		if code != 0 || !strings.Contains(out, "USAGE") {
			t.Errorf("%v: exit %d\n%q", args, code, out)
		}
		if n := strings.Count(out, "\x1b]11;?"); n != 1 {
			t.Errorf("%v asked for the background %d times, want once:\n%q", args, n, out)
		}
	}
}

// TestHelpUsesTheAnsweredBackground: a terminal that answers "white" gets
// the same help as GLAMOUR_STYLE=light names; one that answers "black"
// the same as dark.
//
// The answer is typed ahead, as the program starts: certpath waits only
// 150 ms for it after asking, and an answer sent on seeing the question
// could miss that on a busy machine and make the test fail for the clock's
// sake. Typed ahead, it is there to read whenever certpath asks (switching
// the terminal to raw mode makes it readable; its echo, if the terminal was
// still cooked, comes before the question and is cut off with it).
func TestHelpUsesTheAnsweredBackground(t *testing.T) {
	t.Parallel()
	help := func(env []string, answer string) string {
		s := startSession(t, append([]string{"TERM=xterm-256color", "COLORTERM=", "NO_COLOR=", "XDG_STATE_HOME=" + t.TempDir()}, env...), "help", "certs")
		if answer != "" {
			s.send(t, answer)
		}
		code, out := s.exit(t)
		if code != 0 || !strings.Contains(out, "USAGE") {
			t.Fatalf("exit %d\n%q", code, out)
		}
		if answer == "" {
			return out
		}
		// What came before the help (the question) is not help.
		_, help, asked := strings.Cut(out, "\x1b]11;?")
		if _, help, ok := strings.Cut(help, "\x1b[c"); asked && ok {
			return help
		}
		t.Fatalf("certpath did not ask for the background and the device attributes:\n%q", out)
		return ""
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
