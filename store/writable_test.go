package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/internal/testcheck"
)

// N12: a state folder that takes no file is named with the cause in
// words, never with the name of the file certpath tried. /sys takes no
// file, even from root; a file where the folder's parent should be is the
// other way the folder fails.
func TestWritableSaysWhyInWords(t *testing.T) {
	t.Parallel()
	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{filepath.Join(blocker, "certpath"): "a file is in its path where a folder should be"}
	if info, err := os.Stat("/sys/kernel"); err == nil && info.IsDir() {
		cases["/sys/kernel"] = ""
	}
	for dir, want := range cases {
		err := Open(dir).Writable()
		if err == nil {
			t.Logf("%s takes files here", dir)
			continue
		}
		if strings.Contains(err.Error(), "probe") || strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %q; want the cause in words (%q), no file name", dir, err, want)
		}
		if dir == "/sys/kernel" && !strings.Contains(err.Error(), "read-only file system") && !strings.Contains(err.Error(), "you may not write in it") {
			t.Errorf("/sys/kernel: %q", err)
		}
	}
}

// N8: the notes name the state files as words.Literal shows a name: a
// state folder whose name holds escapes reaches the screen quoted.
func TestNotesShowPathsAsText(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "state\x1b]0;T\x07\u202e")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte("{not: [yaml"), 0o600); err != nil {
		t.Fatal(err)
	}
	l := Open(dir).Load(testBank(t), testcheck.Today())
	if len(l.Notes) != 1 || strings.ContainsAny(l.Notes[0], "\x1b\x07\u202e") || !strings.Contains(l.Notes[0], `\x1b`) {
		t.Fatalf("notes %q", l.Notes)
	}
}
