package e2e

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// piped is certpath --accessible with its input a pipe, its output read as
// it comes.
type piped struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	mu   sync.Mutex
	out  strings.Builder
	errs strings.Builder
}

func (p *piped) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Write(b)
}

func (p *piped) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func startPiped(t *testing.T, state string, args ...string) *piped {
	t.Helper()
	p := &piped{cmd: exec.Command(binary(t), append([]string{"--accessible"}, args...)...)}
	p.cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
	in, err := p.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.in = in
	p.cmd.Stdout, p.cmd.Stderr = p, &lockedWriter{mu: &p.mu, b: &p.errs}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.cmd.Process.Kill(); p.cmd.Wait() })
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *strings.Builder
}

func (w *lockedWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(b)
}

func (p *piped) waitFor(t *testing.T, text string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(p.output(), text) {
			return
		}
	}
	t.Fatalf("no %q in the output:\n%s", text, p.output())
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
	err := p.cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("after ctrl+c: %v", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return exit.ExitCode(), p.errs.String()
}

// TestAccessibleStopAndResume is issue 23: --accessible neither saved nor
// resumed, and --fresh deleted nothing. The binary runs with its input a
// pipe, is stopped with ctrl+c's signal mid-way, and run again.
func TestAccessibleStopAndResume(t *testing.T) {
	state := t.TempDir()
	file := filepath.Join(state, "certpath", "answers.yaml")
	p := startPiped(t, state)
	p.waitFor(t, "Question 1 of")
	p.send(t, "1")
	p.waitFor(t, "Question 2 of")
	p.send(t, "1")
	p.waitFor(t, "Question 3 of")
	code, stderr := p.interrupt(t)
	if code != 130 || !strings.Contains(stderr, "Your answers are saved in "+file) {
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
