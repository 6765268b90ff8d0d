package e2e

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// piped is certpath --accessible with its input a pipe, its output read as
// it comes.
type piped struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *output // ends once the program has exited and its output is copied
	errs strings.Builder

	exited chan struct{} // closed when the program has exited
	err    error         // cmd.Wait's answer, once exited is closed
}

func (p *piped) output() string { return p.out.String() }

func startPiped(t *testing.T, state string, args ...string) *piped {
	t.Helper()
	p := &piped{cmd: exec.Command(binary(t), append([]string{"--accessible"}, args...)...), out: newOutput()}
	p.cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	in, err := p.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.in = in
	// Standard error is read only once the program has exited (interrupt).
	p.cmd.Stdout, p.cmd.Stderr = p.out, &p.errs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() {
		defer p.out.end()
		defer close(exited)
		p.err = p.cmd.Wait()
	}()
	p.exited = exited
	t.Cleanup(func() { p.cmd.Process.Kill(); <-exited })
	return p
}

func (p *piped) waitFor(t *testing.T, text string) {
	t.Helper()
	p.out.waitFor(t, 0, text)
}

func (p *piped) send(t *testing.T, line string) {
	t.Helper()
	if _, err := io.WriteString(p.in, line+"\n"); err != nil {
		t.Fatal(err)
	}
}

// interrupt sends ctrl+c's signal and returns the exit status and stderr.
func (p *piped) interrupt(t *testing.T) (int, string) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	waitDone(t, p.exited, "the program to exit after ctrl+c")
	var exit *exec.ExitError
	if !errors.As(p.err, &exit) {
		t.Fatalf("after ctrl+c: %v", p.err)
	}
	return exit.ExitCode(), p.errs.String()
}

// TestAccessibleStopAndResume is issue 23: --accessible neither saved nor
// resumed, and --fresh deleted nothing. The binary runs with its input a
// pipe, is stopped with ctrl+c's signal mid-way, and run again.
func TestAccessibleStopAndResume(t *testing.T) {
	t.Parallel()
	state := t.TempDir()
	file := filepath.Join(state, "certpath", "answers.yaml")
	p := startPiped(t, state)
	p.waitFor(t, "Question 1 of")
	p.send(t, "1")
	p.waitFor(t, "Question 2 of")
	p.send(t, "1")
	p.waitFor(t, "Question 3 of")
	code, stderr := p.interrupt(t)
	if code != 130 || !strings.Contains(stderr, "Your 2 answers are saved in "+file+"; run certpath --accessible again to resume.") {
		t.Fatalf("ctrl+c: exit %d, stderr %q", code, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), "postings.focus: [backlog]") || !strings.Contains(string(data), "postings.certs: [popm]") {
		t.Fatalf("the state file: %v\n%s", err, data)
	}

	again := startPiped(t, state)
	again.waitFor(t, "You have 2 saved answers")
	again.waitFor(t, "1. Resume: keep them and go on at question 3 of")
	again.send(t, "1")
	again.waitFor(t, "Question 3 of")
	if strings.Contains(again.output(), "Question 1 of") {
		t.Fatalf("resuming asked question 1:\n%s", again.output())
	}
	again.interrupt(t)

	fresh := startPiped(t, state, "--fresh")
	fresh.waitFor(t, "Question 1 of")
	if strings.Contains(fresh.output(), "saved answers") {
		t.Fatalf("--fresh offered the saved answers:\n%s", fresh.output())
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("--fresh kept the state file: %v", err)
	}
	if code, stderr := fresh.interrupt(t); code != 130 || strings.Contains(stderr, "saved in") {
		t.Fatalf("ctrl+c before any answer: exit %d, stderr %q", code, stderr)
	}
}
