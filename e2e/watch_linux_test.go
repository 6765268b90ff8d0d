package e2e

import (
	"errors"
	"os"
	"testing"

	"golang.org/x/sys/unix"
)

// dirWatch tells of every file made, written, renamed into or removed from
// one folder, so a test waits for what a program saves on that signal rather
// than polling the disk.
type dirWatch struct {
	events chan struct{} // one value for each batch of changes read
}

// watchDir watches dir, which must exist, until the test ends.
func watchDir(t testing.TB, dir string) *dirWatch {
	t.Helper()
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		t.Fatalf("inotify: %v", err)
	}
	if _, err := unix.InotifyAddWatch(fd, dir, unix.IN_CREATE|unix.IN_CLOSE_WRITE|unix.IN_MOVED_TO|unix.IN_DELETE); err != nil {
		unix.Close(fd)
		t.Fatalf("watching %s: %v", dir, err)
	}
	// Non-blocking, so the runtime's poller reads it and Close ends a read.
	f := os.NewFile(uintptr(fd), "inotify")
	w := &dirWatch{events: make(chan struct{}, 1)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 64*(unix.SizeofInotifyEvent+unix.NAME_MAX+1))
		for {
			if _, err := f.Read(buf); err != nil {
				if !errors.Is(err, os.ErrClosed) {
					t.Errorf("reading the watch of %s: %v", dir, err)
				}
				return
			}
			select {
			case w.events <- struct{}{}:
			default: // one not yet taken says as much
			}
		}
	}()
	t.Cleanup(func() {
		f.Close()
		<-done
	})
	return w
}

// waitUntil waits until ok holds, looking again at every change in the
// folder; what names what is awaited, for the message of a hang.
func (w *dirWatch) waitUntil(t testing.TB, what string, ok func() bool) {
	t.Helper()
	guard := hangGuard(t)
	defer guard.Stop()
	for !ok() {
		select {
		case <-w.events:
		case <-guard.C:
			t.Fatalf("still waiting for %s as the test's -timeout nears", what)
		}
	}
}
