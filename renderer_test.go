package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These tests hold third_party/bubbletea to its change: frames are drawn
// when there is something to draw, and not otherwise.

// TestIdleProgramSleeps: waiting on a question, certpath is not woken at
// all. Bubble Tea's release wakes at its frame rate (about 250 context
// switches in half a second at 120 frames a second).
func TestIdleProgramSleeps(t *testing.T) {
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()})
	s.waitFor(t, "which agile certification next", 5*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "emphasize?", 5*time.Second)
	time.Sleep(300 * time.Millisecond) // the saves and the background reply settle
	before := contextSwitches(t, s.cmd.Process.Pid)
	time.Sleep(500 * time.Millisecond)
	if woke := contextSwitches(t, s.cmd.Process.Pid) - before; woke > 10 {
		t.Fatalf("certpath was switched in %d times in half a second while idle; a renderer ticking again would explain it", woke)
	}
}

// TestResizeIsDrawn: a window made too small, then large again, is drawn
// each time without a key.
func TestResizeIsDrawn(t *testing.T) {
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()})
	s.waitFor(t, "which agile certification next", 5*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "emphasize?", 5*time.Second)
	if err := pty.Setsize(s.pty, &pty.Winsize{Rows: 10, Cols: 30}); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, "40x12; this one is", 5*time.Second)
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

// contextSwitches sums how often each of a process's threads was switched
// in, voluntarily or not.
func contextSwitches(t *testing.T, pid int) int {
	t.Helper()
	files, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	if len(files) == 0 {
		t.Skip("no /proc to count context switches in")
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue // the thread ended
		}
		for _, line := range strings.Split(string(data), "\n") {
			name, value, _ := strings.Cut(line, ":")
			if name == "voluntary_ctxt_switches" || name == "nonvoluntary_ctxt_switches" {
				v, _ := strconv.Atoi(strings.TrimSpace(value))
				n += v
			}
		}
	}
	return n
}
