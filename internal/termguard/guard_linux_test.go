package termguard

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// TestMain lets this test binary be the guard (Serve), as main does for
// certpath, and the program it guards: a victim that opens the screens, then
// ends as victimEnv says.
func TestMain(m *testing.M) {
	Serve()
	if how := os.Getenv(victimEnv); how != "" {
		victim(how)
	}
	os.Exit(m.Run())
}

const victimEnv = "TERMGUARD_TEST_VICTIM"

// The victim's note, said after a crash.
const note = "Your answers are saved in /state/answers.yaml; run certpath again to resume."

// victim starts a guard, sets the terminal as Bubble Tea does (raw, the
// alternate screen, the cursor hidden), then ends: with a fatal error, a
// panic in a goroutine, a SIGKILL, or well (restoring the terminal itself,
// with some words on standard error while the screens were up).
func victim(how string) {
	g := New(os.Stdin, os.Stdout)
	if g == nil {
		fmt.Fprintln(os.Stderr, "no terminal")
		os.Exit(3)
	}
	g.Note(note)
	g.Start()
	state, err := term.MakeRaw(os.Stdin.Fd())
	if err != nil {
		fmt.Fprintln(os.Stderr, "raw:", err)
		os.Exit(3)
	}
	os.Stdout.WriteString("\x1b[?1049h\x1b[?25lthe screens are up\r\n")
	switch how {
	case "fatal":
		debug.SetMaxStack(1 << 20)
		overflow([16]int{})
	case "panic":
		go func() { panic("a bug in a goroutine") }()
		select {}
	case "kill":
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	case "clean":
		fmt.Fprint(os.Stderr, "written while the screens were up\n")
		_ = term.Restore(os.Stdin.Fd(), state)
		os.Stdout.WriteString("\x1b[?25h\x1b[?1049l")
		g.Stop()
		fmt.Fprint(os.Stderr, "written after the screens\n")
	}
	os.Exit(0)
}

// overflow recurses until the stack is used up: a fatal error. The count
// never goes below zero, so the stack runs out first.
func overflow(frame [16]int) int {
	if frame[0] < 0 {
		return 0
	}
	frame[0]++
	return overflow(frame) + frame[1]
}

// ended is how a victim ended on its terminal.
type ended struct {
	code          int
	out           string
	before, after *unix.Termios
}

// runVictim runs a victim on a pseudo-terminal of its own, as a person's
// shell would, and returns once it and its guard have both ended (the
// terminal's other end reads to its end when no process holds it).
func runVictim(t *testing.T, how string) ended {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer master.Close()
	var e ended
	if e.before, err = unix.IoctlGetTermios(int(master.Fd()), unix.TCGETS); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), victimEnv+"="+how)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	read := make(chan string)
	go func() {
		out, _ := io.ReadAll(master) // ends in EIO once nobody holds the terminal
		read <- string(out)
	}()
	err = cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		e.code = exit.ExitCode()
	}
	e.out = <-read
	if e.after, err = unix.IoctlGetTermios(int(master.Fd()), unix.TCGETS); err != nil {
		t.Fatal(err)
	}
	return e
}

// restored checks that the terminal is as it was before the screens: its
// settings, the main screen, the cursor shown.
func (e ended) restored(t *testing.T) string {
	t.Helper()
	if *e.after != *e.before {
		t.Errorf("the terminal's settings were not restored: lflag %#x iflag %#x, want %#x %#x", e.after.Lflag, e.after.Iflag, e.before.Lflag, e.before.Iflag)
	}
	up := strings.Index(e.out, "the screens are up")
	if up < 0 {
		t.Fatalf("the victim did not start: %q", e.out)
	}
	after := e.out[up:]
	for _, want := range []string{"\x1b[?1049l", "\x1b[?25h"} {
		if !strings.Contains(after, want) {
			t.Errorf("the terminal lacks %q after the screens: %q", want, tail(after))
		}
	}
	return after
}

func tail(s string) string { return s[max(0, len(s)-600):] }

// TestTheGuardRestoresTheTerminalAfterAnyEnd is the terminal's part of N1
// in hostile-inputs-3: after a fatal error (out of memory there, a stack
// overflow here), a panic in a goroutine of its own or a SIGKILL nothing in
// the program runs, and the terminal stayed raw, in the alternate screen,
// the cursor hidden. The guard restores it and says why in one line, with
// the program's note, and keeps the runtime's trace off the screen.
func TestTheGuardRestoresTheTerminalAfterAnyEnd(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		how, why string
		code     int
	}{
		{"fatal", "(fatal error: stack overflow)", 2},
		{"panic", "(panic: a bug in a goroutine)", 2},
		{"kill", "(it was killed, or ran out of memory)", -1},
	} {
		t.Run(c.how, func(t *testing.T) {
			t.Parallel()
			e := runVictim(t, c.how)
			if e.code != c.code {
				t.Errorf("exit status %d, want %d", e.code, c.code)
			}
			after := e.restored(t)
			var said []string
			for _, line := range strings.Split(after, "\n") {
				if strings.Contains(line, "certpath stopped") {
					said = append(said, line)
				}
			}
			if len(said) != 1 || !strings.Contains(said[0], c.why) || !strings.Contains(said[0], note) {
				t.Errorf("want one line that says %s and the note, got %q in %q", c.why, said, tail(after))
			}
			if strings.Contains(e.out, "goroutine ") {
				t.Errorf("the runtime's trace reached the screen: %q", tail(e.out))
			}
		})
	}
}

// TestAProgramThatEndsWellIsLeftAlone: when the program restored the terminal
// itself and said so, the guard adds nothing, and what the program wrote on
// standard error while the screens were up comes after them, before what it
// wrote once they closed.
func TestAProgramThatEndsWellIsLeftAlone(t *testing.T) {
	t.Parallel()
	e := runVictim(t, "clean")
	if e.code != 0 {
		t.Fatalf("exit status %d: %q", e.code, tail(e.out))
	}
	after := e.restored(t)
	if strings.Contains(after, "certpath stopped") || strings.Count(after, "\x1b[?1049l") != 1 {
		t.Errorf("the guard spoke or restored after a good end: %q", after)
	}
	during, later := strings.Index(after, "written while the screens were up"), strings.Index(after, "written after the screens")
	if during < 0 || later < during || during < strings.Index(after, "\x1b[?1049l") {
		t.Errorf("standard error out of order: %q", after)
	}
}

func TestStoppedLine(t *testing.T) {
	t.Parallel()
	if got := stoppedLine("fatal error: out of memory\x1b]0;title\a", "Saved."); got != "certpath stopped on an error it could not recover from (fatal error: out of memory); the terminal was restored. Saved.\n" {
		t.Errorf("stoppedLine = %q", got)
	}
	if got := stoppedLine(strings.Repeat("x", 500), ""); len([]rune(got)) > 400 || strings.Count(got, "\n") != 1 {
		t.Errorf("a long reason must be cut to one line: %q", got)
	}
	for line, want := range map[string]bool{
		"fatal error: out of memory\n": true, "panic: boom\r\n": true, "SIGQUIT: quit\n": true,
		"Caught panic:\r\n": false, "panic({0x1, 0x2})\n": false, "runtime: out of memory\n": false,
	} {
		if _, got := lastWords(line); got != want {
			t.Errorf("lastWords(%q) = %v, want %v", line, got, want)
		}
	}
}
