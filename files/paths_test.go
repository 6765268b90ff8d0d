package files

import (
	"certpath/words"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitPaths(t *testing.T) {
	t.Parallel()
	home, _ := os.UserHomeDir()
	tests := map[string][]string{
		`a.txt b.txt`:                {"a.txt", "b.txt"},
		`"my posting.txt" other.txt`: {"my posting.txt", "other.txt"},
		`'my posting.txt'`:           {"my posting.txt"},
		`my\ posting.txt`:            {"my posting.txt"},
		`~/x.txt`:                    {filepath.Join(home, "x.txt")},
		"  spaced   out\n":           {"spaced", "out"},
		`"it's here.txt"`:            {"it's here.txt"},
		`/tmp/a\"b`:                  {`/tmp/a"b`},
	}
	for in, want := range tests {
		got, err := SplitPaths(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("SplitPaths(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := SplitPaths(`"open`); err == nil {
		t.Error("an unclosed quote must be an error")
	}
}

func TestCompletePath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "my posting.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	got, n, _ := CompletePath("first.txt " + QuotePath(filepath.Join(dir, "my")))
	want := "first.txt " + QuotePath(filepath.Join(dir, "my posting.txt"))
	if got != want || n != 1 {
		t.Fatalf("CompletePath = %q (%d), want %q", got, n, want)
	}
	if paths, _ := SplitPaths(got); len(paths) != 2 || paths[1] != filepath.Join(dir, "my posting.txt") {
		t.Fatalf("the completion does not read back: %q", paths)
	}
	if got, _, _ := CompletePath(filepath.Join(dir, "su")); got != filepath.Join(dir, "sub")+"/" {
		t.Fatalf("a folder completes with a slash, got %q", got)
	}
	if _, n, _ := CompletePath(filepath.Join(dir, "zzz")); n != 0 {
		t.Fatal("nothing to complete")
	}
}

// TestCompletePathShowsNoHiddenCharacters (issue 27): a file name holding
// a text-direction override or an escape never reaches the Files field
// through tab; the completion stops before it and says why. Two names that
// share the first byte of a character complete to whole characters only.
func TestCompletePathShowsNoHiddenCharacters(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"cv\u202etxt.pdf", "job\x1b]0;title\apost.txt", "r\u00e9sum\u00e9.txt", "r\u00e8gle.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ typed, want string }{
		{"cv", "cv"},
		{"job", "job"},
		{"r", "r"},
	} {
		got, n, hidden := CompletePath(filepath.Join(dir, c.typed))
		if strings.IndexFunc(got, words.Hidden) >= 0 || !utf8.ValidString(got) {
			t.Errorf("%s: completion %q holds a hidden or broken character", c.typed, got)
		}
		if want := filepath.Join(dir, c.want); got != want || n == 0 {
			t.Errorf("%s: CompletePath = %q (%d), want %q", c.typed, got, n, want)
		}
		if hidden != (c.typed != "r") {
			t.Errorf("%s: hidden = %v", c.typed, hidden)
		}
	}
	if got, _, hidden := CompletePath(filepath.Join(dir, "r\u00e9")); got != filepath.Join(dir, "r\u00e9sum\u00e9.txt") || hidden {
		t.Errorf("one plain match completes whole, got %q (hidden %v)", got, hidden)
	}
}
