package postings

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPostingFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("big.txt", []byte(strings.Repeat("Facilitate retrospectives. ", MaxBytes/20)))
	p, note, err := ReadFile(context.Background(), big)
	if err != nil || !strings.Contains(note, "only the first MiB was analysed") || len(p.Text) > MaxBytes {
		t.Fatalf("a file over 1 MiB: %v, note %q, %d bytes kept", err, note, len(p.Text))
	}
	unreadable := write("secret.txt", []byte("x"))
	os.Chmod(unreadable, 0)
	for _, tt := range []struct{ path, want string }{
		{write("empty.txt", nil), "empty.txt: it is empty"},
		{write("bin.dat", []byte{1, 0, 2}), "bin.dat: it looks like a binary file"},
		{write("latin1.txt", []byte("r\xe9sum\xe9")), "latin1.txt: it is not UTF-8 text"},
		{dir, "is a folder"},
		{filepath.Join(dir, "none.txt"), "none.txt: cannot read it: no such file or directory"},
	} {
		if _, _, err := ReadFile(context.Background(), tt.path); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.path, err, tt.want)
		}
	}
	if os.Getuid() != 0 { // root reads anything
		if _, _, err := ReadFile(context.Background(), unreadable); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("unreadable file: %v", err)
		}
	}
	name := filepath.Join(dir, "evil\x1b[2Jname.txt")
	os.WriteFile(name, []byte("Own the backlog."), 0o644)
	if p, _, err := ReadFile(context.Background(), name); err != nil || strings.ContainsRune(p.Name, 0x1b) {
		t.Fatalf("a file name with escapes must be sanitized before it is shown: %q %v", p.Name, err)
	}
}
