package files

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// F16: a read-only file is refused, also as root, and left as it was.
func TestWriteOutputRefusesReadOnly(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "ro.md")
	if err := os.WriteFile(p, []byte("readonly-original"), 0o444); err != nil {
		t.Fatal(err)
	}
	_, err := WriteOutput(p, []byte("report"))
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("a 0444 file must be refused as read-only, got %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "readonly-original" {
		t.Fatalf("the read-only file now holds %q", b)
	}
}

// F19: a dangling symlink creates the file it names; a hard link stays
// linked; the symlink stays a symlink.
func TestWriteOutputDanglingSymlinkAndHardLink(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	link := filepath.Join(dir, "dangling.md")
	if err := os.Symlink("nowhere.md", link); err != nil {
		t.Fatal(err)
	}
	got, err := WriteOutput(link, []byte("report"))
	if err != nil {
		t.Fatal(err)
	}
	if got != filepath.Join(dir, "nowhere.md") {
		t.Errorf("wrote %s, want the symlink's target", got)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "nowhere.md")); string(b) != "report" {
		t.Fatalf("the symlink's target holds %q", b)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the dangling symlink was replaced by a file")
	}

	h1, h2 := filepath.Join(dir, "hard1.md"), filepath.Join(dir, "hard2.md")
	if err := os.WriteFile(h1, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(h1, h2); err != nil {
		t.Skip("no hard links here")
	}
	if _, err := WriteOutput(h1, []byte("new report")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(h2); string(b) != "new report" {
		t.Fatalf("the other hard link holds %q: the link was broken", b)
	}
}

// F19: a writable file in a folder that takes no new file is written in
// place, as `>` writes it, and no error names a temporary file. Root
// writes any folder, so this needs another user.
func TestWriteOutputWritableFileInReadOnlyFolder(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("root writes into any folder; covered by the in-place path of TestWriteOutputDanglingSymlinkAndHardLink")
	}
	dir := filepath.Join(t.TempDir(), "rodir")
	os.Mkdir(dir, 0o755)
	p := filepath.Join(dir, "rw.md")
	os.WriteFile(p, []byte("old"), 0o644)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := WriteOutput(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Fatalf("holds %q", b)
	}
	_, err := WriteOutput(filepath.Join(dir, "new.md"), []byte("x"))
	if err == nil || strings.Contains(err.Error(), ".new.md.") || !strings.Contains(err.Error(), "new.md") {
		t.Fatalf("a new file in a read-only folder: want an error naming new.md, got %v", err)
	}
}

// F17: the export writes a device or FIFO in place and never creates a
// neighbour (fifo-2) or a temporary file beside it.
func TestWriteNewDeviceInPlace(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here")
	}
	// A program reading: the FIFO is open for reading before the export
	// (without O_NONBLOCK that open would wait for a writer), so no retry
	// waits for a reader to come; what was written waits in the FIFO.
	reader, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	got, err := WriteNew(fifo, []byte("results"))
	if err != nil || got != fifo {
		t.Fatalf("WriteNew(fifo) = %q, %v", got, err)
	}
	if b, err := io.ReadAll(reader); err != nil || string(b) != "results" {
		t.Fatalf("the FIFO carried %q, %v", b, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("files were created beside the FIFO: %v", entries)
	}
	if _, err := WriteNew("/dev/stdout", []byte("x")); err == nil || !strings.Contains(err.Error(), "terminal") {
		t.Fatalf("/dev/stdout in the screens must be refused, got %v", err)
	}
	if got, err := WriteNew(os.DevNull, []byte("x")); err != nil || got != os.DevNull {
		t.Fatalf("WriteNew(/dev/null) = %q, %v", got, err)
	}
	if _, err := os.Stat(os.DevNull + "-2"); err == nil {
		t.Fatal("/dev/null-2 exists")
	}
}

// In the screens, a FIFO with no reader is an error at once, not a wait
// without end.
func TestWriteNewFIFOWithoutReader(t *testing.T) {
	t.Parallel()
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here")
	}
	if _, err := WriteNew(fifo, []byte("x")); err == nil || !strings.Contains(err.Error(), "no program is reading") {
		t.Fatalf("got %v", err)
	}
}

// A symlink to a read-only file is refused too; a symlink loop is named.
func TestWriteOutputSymlinkEdges(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro.md")
	os.WriteFile(ro, []byte("keep"), 0o400)
	link := filepath.Join(dir, "link.md")
	os.Symlink(ro, link)
	if _, err := WriteOutput(link, []byte("x")); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("got %v", err)
	}
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	os.Symlink(b, a)
	os.Symlink(a, b)
	if _, err := WriteOutput(a, []byte("x")); err == nil || !strings.Contains(err.Error(), "symlink loop") {
		t.Fatalf("got %v", err)
	}
}

// F11, N4: a path naming an open descriptor (/dev/stdout, /dev/fd/N,
// /proc/self/fd/N, /proc/thread-self/fd/N, /proc/PID/fd/N, a symlink to
// one, a folder symlinked to /proc/self/fd) is written through the
// descriptor: a log the shell opened for appending (`>> log`, `3>> log`)
// keeps its lines. The test runs itself again with descriptor 1 or 3
// appending to the log, as the shell leaves it.
func TestWriteOutputThroughDescriptorAppends(t *testing.T) {
	t.Parallel()
	if p := os.Getenv("CERTPATH_FILES_TEST_OUTPUT"); p != "" {
		p = strings.ReplaceAll(p, "PID", strconv.Itoa(os.Getpid()))
		if _, err := WriteOutput(p, []byte("report via "+p+"\n")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "app.log")
	want := "line 1 of an important log\n"
	if err := os.WriteFile(log, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	viaLink, fds := filepath.Join(dir, "fd3"), filepath.Join(dir, "fds")
	if err := os.Symlink("/dev/fd/3", viaLink); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/proc/self/fd", fds); err != nil {
		t.Fatal(err)
	}
	paths := []string{"/dev/stdout", "/dev/fd/1", "/dev/fd/3", viaLink}
	if _, err := os.Stat("/proc/self/fd"); err == nil {
		paths = append(paths, "/proc/self/fd/1", "/proc/thread-self/fd/1", "/proc/self/fd/3", "/proc/thread-self/fd/3",
			"/proc/PID/fd/3", "/proc/PID/task/PID/fd/3", filepath.Join(fds, "3"))
	}
	for _, p := range paths {
		f, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriteOutputThroughDescriptorAppends$")
		cmd.Env = append(os.Environ(), "CERTPATH_FILES_TEST_OUTPUT="+p)
		if strings.HasSuffix(p, "3") {
			cmd.ExtraFiles = []*os.File{f}
		} else {
			cmd.Stdout = f
		}
		var out strings.Builder
		cmd.Stderr = &out
		err = cmd.Run()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v %s", p, err, out.String())
		}
		if b, _ := os.ReadFile(log); !strings.HasPrefix(string(b), want) || !strings.Contains(string(b[len(want):]), "report via") {
			t.Fatalf("after --output %s the log holds %q, want %q and a report", p, b, want)
		}
		b, _ := os.ReadFile(log)
		want = string(b)
	}
}

// N4: a descriptor that is not open, one certpath opened itself, and
// another program's are refused with a line that says so; nothing is
// written anywhere.
func TestWriteOutputDescriptorRefusals(t *testing.T) {
	t.Parallel()
	_, err := WriteOutput("/dev/fd/999", []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "descriptor 999 is not open") {
		t.Fatalf("a closed descriptor: %v", err)
	}
	own := filepath.Join(t.TempDir(), "own.txt")
	if err := os.WriteFile(own, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(own, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := "/dev/fd/" + strconv.Itoa(int(f.Fd()))
	if _, err := WriteOutput(p, []byte("x")); err == nil || !strings.Contains(err.Error(), "certpath opened itself") {
		t.Fatalf("certpath's own descriptor: %v", err)
	}
	if b, _ := os.ReadFile(own); string(b) != "keep" {
		t.Fatalf("certpath's own file now holds %q", b)
	}
	if _, err := os.Stat("/proc/1/fd"); err == nil && os.Getpid() != 1 {
		if _, err := WriteOutput("/proc/1/fd/1", []byte("x")); err == nil || !strings.Contains(err.Error(), "another program") {
			t.Fatalf("another program's descriptor: %v", err)
		}
	}
}

// N8: an error names the file as words.Literal shows a name: quoted, with
// its escapes written out, never passed to the terminal.
func TestErrorsShowPathsAsText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro\x1b]0;T\x07\u202e.md")
	if err := os.WriteFile(ro, []byte("keep"), 0o444); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "gone\x1b[2J", "x.md")
	for _, err := range []error{
		func() error { _, err := WriteOutput(ro, nil); return err }(),
		func() error { _, err := WriteOutput(missing, nil); return err }(),
		func() error { _, err := WriteNew(missing, nil); return err }(),
		func() error { _, err := WriteOutput(dir+"/\x1b[2J/..", nil); return err }(),
	} {
		if err == nil || strings.ContainsAny(err.Error(), "\x1b\x07\u202e") || !strings.Contains(err.Error(), `\x1b`) {
			t.Errorf("the error shows the path raw: %q", err)
		}
	}
}
