package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// TestAFatalErrorRestoresTheTerminal is the terminal's part of N1 in
// hostile-inputs-3: a page that ran the program out of memory in the quiz
// ended it with the Go runtime's "fatal error", after which nothing in the
// process runs, and the terminal was left in the alternate screen with the
// cursor hidden and keys neither echoed nor read by line. A stack overflow in
// a goroutine of its own (CERTPATH_TEST_CRASH_KEY) ends it the same way
// here. The terminal must come back all the same: its settings as they were,
// the alternate screen left, the cursor shown, and one line that says why
// certpath stopped and where the answers are, with the runtime's trace kept
// off the screen.
func TestAFatalErrorRestoresTheTerminal(t *testing.T) {
	t.Parallel()
	state := t.TempDir()
	before := newTerminalSettings(t)
	s := startSession(t, []string{"XDG_STATE_HOME=" + state, "CERTPATH_TEST_CRASH_KEY=ctrl+t"})
	s.answerOneThenPress(t, "\x14") // ctrl+t
	code, out := s.exit(t)
	if code != 2 {
		t.Errorf("a fatal error ends the program with status 2, got %d", code)
	}
	// The pseudo-terminal's settings, read on its other end.
	after, err := unix.IoctlGetTermios(int(s.pty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	cooked := uint32(unix.ICANON | unix.ECHO | unix.ISIG)
	if after.Lflag&cooked != before.Lflag&cooked || after.Iflag != before.Iflag || after.Oflag != before.Oflag {
		t.Errorf("the terminal's settings were not restored: lflag %#x, want %#x", after.Lflag, before.Lflag)
	}
	screens := strings.LastIndex(out, "\x1b[?1049h")
	if screens < 0 {
		t.Fatalf("the screens never opened:\n%q", tail(out))
	}
	end := out[screens:]
	for _, want := range []string{"\x1b[?1049l", "\x1b[?25h"} {
		if !strings.Contains(end, want) {
			t.Errorf("after the crash the terminal lacks %q:\n%q", want, tail(end))
		}
	}
	var said []string
	for _, line := range strings.Split(end, "\n") {
		if strings.Contains(line, "certpath stopped") {
			said = append(said, line)
		}
	}
	if len(said) != 1 || !strings.Contains(said[0], "fatal error: stack overflow") ||
		!strings.Contains(said[0], "Your answers are saved in "+filepath.Join(state, "certpath", "answers.yaml")) {
		t.Errorf("want one line that says why certpath stopped and where the answers are, got %q", said)
	}
	if strings.Contains(out, "goroutine ") {
		t.Errorf("the runtime's trace reached the screen:\n%q", tail(out))
	}
}

// newTerminalSettings are the settings a new pseudo-terminal starts with,
// as the program found its own: read off one of the same kind, since by
// the time the test could read the program's, the program may have put it
// in raw mode (seen once in CI: "want" read as raw).
func newTerminalSettings(t *testing.T) *unix.Termios {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	defer tty.Close()
	st, err := unix.IoctlGetTermios(int(ptmx.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lflag&unix.ICANON == 0 {
		t.Fatalf("a new terminal is not in line mode: lflag %#x", st.Lflag)
	}
	return st
}

// tail is the end of a program's output, enough to see how it ended.
func tail(out string) string { return out[max(0, len(out)-800):] }
