package e2e

import (
	"bytes"
	"sync"
	"testing"
	"time"
)

// output is what a program wrote, as it arrives. Every write wakes whoever
// waits for text, and end says nothing more will come, so a test waits on
// those signals and never on a sleep or a clock.
type output struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	grew  chan struct{} // closed, and made anew, at every write
	ended bool
	done  chan struct{} // closed by end
}

func newOutput() *output {
	return &output{grew: make(chan struct{}), done: make(chan struct{})}
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf.Write(p)
	close(o.grew)
	o.grew = make(chan struct{})
	return len(p), nil
}

// end says the writer is finished: what is in the buffer is all there is.
func (o *output) end() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.ended {
		o.ended = true
		close(o.done)
	}
}

func (o *output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

func (o *output) Len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Len()
}

// since is the output written after the first n bytes.
func (o *output) since(n int) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()[n:]
}

// waitFor waits until text stands in the output after its first from bytes.
// It fails the test when the output ends without it, and, as a guard against
// a hang only, shortly before the test binary's own -timeout would.
func (o *output) waitFor(t testing.TB, from int, text string) {
	t.Helper()
	guard := hangGuard(t)
	defer guard.Stop()
	for {
		o.mu.Lock()
		found := bytes.Contains(o.buf.Bytes()[from:], []byte(text))
		ended, grew, all := o.ended, o.grew, o.buf.String()
		o.mu.Unlock()
		switch {
		case found:
			return
		case ended:
			t.Fatalf("the program's output ended without %q; it wrote:\n%q", text, all[from:])
		}
		select {
		case <-grew:
		case <-o.done:
		case <-guard.C:
			t.Fatalf("still no %q as the test's -timeout nears; output so far:\n%q", text, o.since(from))
		}
	}
}

// waitGrown waits until the output is longer than n bytes.
func (o *output) waitGrown(t testing.TB, n int) {
	t.Helper()
	guard := hangGuard(t)
	defer guard.Stop()
	for {
		o.mu.Lock()
		size, ended, grew := o.buf.Len(), o.ended, o.grew
		o.mu.Unlock()
		switch {
		case size > n:
			return
		case ended:
			t.Fatalf("the program's output ended at %d bytes, waiting for more", n)
		}
		select {
		case <-grew:
		case <-o.done:
		case <-guard.C:
			t.Fatalf("no output past %d bytes as the test's -timeout nears", n)
		}
	}
}

// hangGuard fires shortly before the test binary's -timeout, so that a hung
// program fails its test with a message rather than the whole binary with a
// stack dump. It decides nothing in a healthy run, however slow the machine:
// with no deadline (-timeout 0, or a benchmark) it never fires.
func hangGuard(t testing.TB) *time.Timer {
	guard := time.NewTimer(time.Duration(1<<63 - 1))
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if deadline, ok := d.Deadline(); ok {
			left := time.Until(deadline)
			guard.Reset(left - min(left/10, 5*time.Second))
		}
	}
	return guard
}

// waitDone waits for done, under the hang guard; what names what is awaited.
func waitDone(t testing.TB, done <-chan struct{}, what string) {
	t.Helper()
	guard := hangGuard(t)
	defer guard.Stop()
	select {
	case <-done:
	case <-guard.C:
		t.Fatalf("still waiting for %s as the test's -timeout nears", what)
	}
}
