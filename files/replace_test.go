package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRewriteReplacesOnlyAFileOfItsOwn(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "precious.yaml")
	os.WriteFile(outside, []byte("# my own notes\n"), 0o644)

	p := filepath.Join(dir, "checked.yaml")
	if err := Rewrite(p, []byte("a: 1\n")); err != nil {
		t.Fatalf("a missing file: %v", err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o644 {
		t.Errorf("a new file has mode %v, want 0644", fi.Mode().Perm())
	}
	os.Chmod(p, 0o600)
	if err := Rewrite(p, []byte("a: 2\n")); err != nil {
		t.Fatalf("a file of its own: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "a: 2\n" {
		t.Errorf("the file holds %q", b)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("the file's mode changed to %v", fi.Mode().Perm())
	}

	link := filepath.Join(dir, "link.yaml")
	os.Symlink(outside, link)
	readOnly := filepath.Join(dir, "read-only.yaml")
	os.WriteFile(readOnly, []byte("kept\n"), 0o444)
	for _, tt := range []struct{ path, want string }{
		{link, "is a symlink"},
		{readOnly, "is read-only"},
		{dir, "is a folder"},
		{filepath.Join(dir, "missing", "checked.yaml"), "does not exist"},
	} {
		errCan := CanRewrite(tt.path)
		err := Rewrite(tt.path, []byte("overwritten\n"))
		if err == nil || !strings.Contains(err.Error(), tt.want) || errCan == nil || errCan.Error() != err.Error() {
			t.Errorf("%s: Rewrite %v, CanRewrite %v; want both %q", tt.path, err, errCan, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: the message is more than one line: %q", tt.path, err)
		}
	}
	if b, _ := os.ReadFile(outside); string(b) != "# my own notes\n" {
		t.Errorf("the write went through the symlink: the file outside holds %q", b)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the symlink was replaced")
	}
	if b, _ := os.ReadFile(readOnly); string(b) != "kept\n" {
		t.Errorf("the read-only file holds %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
