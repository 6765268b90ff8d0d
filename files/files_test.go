package files

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteNewNeverReplaces(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "certpath-results-2026-11-23.md")
	first, err := WriteNew(p, []byte("one"))
	if err != nil || first != p {
		t.Fatalf("first: %q %v", first, err)
	}
	second, err := WriteNew(p, []byte("two"))
	if err != nil || second != filepath.Join(dir, "certpath-results-2026-11-23-2.md") {
		t.Fatalf("second: %q %v", second, err)
	}
	if b, _ := os.ReadFile(p); string(b) != "one" {
		t.Fatalf("the first file was replaced: %q", b)
	}
	if _, err := WriteNew(filepath.Join(dir, "missing", "x.md"), nil); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("a missing folder must be an error, got %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestWriteOutput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "target.md")
	os.WriteFile(target, []byte("old"), 0o640)
	link := filepath.Join(dir, "link.md")
	os.Symlink(target, link)
	if _, err := WriteOutput(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the symlink was replaced instead of followed")
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Fatalf("the symlink's target holds %q", b)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
		t.Errorf("the file's mode changed to %v", fi.Mode().Perm())
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here")
	}
	done := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		done <- string(b)
	}()
	if _, err := WriteOutput(fifo, []byte("through the pipe")); err != nil {
		t.Fatal(err)
	}
	if got := <-done; got != "through the pipe" {
		t.Fatalf("the FIFO carried %q", got)
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatal("the FIFO was replaced by a regular file")
	}
	if _, err := WriteOutput(filepath.Join(dir, "nope", "out.md"), nil); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("a missing folder must not be created silently: %v", err)
	}
	if _, err := WriteOutput(dir, nil); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("a folder must be refused: %v", err)
	}
	if _, err := WriteOutput(os.DevNull, []byte("x")); err != nil {
		t.Fatalf("/dev/null: %v", err)
	}
	if fi, _ := os.Stat(os.DevNull); fi.Mode().IsRegular() {
		t.Fatal("/dev/null became a regular file")
	}
}
