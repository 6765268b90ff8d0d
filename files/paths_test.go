package files

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSplitPaths(t *testing.T) {
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
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "my posting.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	got, n := CompletePath("first.txt " + QuotePath(filepath.Join(dir, "my")))
	want := "first.txt " + QuotePath(filepath.Join(dir, "my posting.txt"))
	if got != want || n != 1 {
		t.Fatalf("CompletePath = %q (%d), want %q", got, n, want)
	}
	if paths, _ := SplitPaths(got); len(paths) != 2 || paths[1] != filepath.Join(dir, "my posting.txt") {
		t.Fatalf("the completion does not read back: %q", paths)
	}
	if got, _ := CompletePath(filepath.Join(dir, "su")); got != filepath.Join(dir, "sub")+"/" {
		t.Fatalf("a folder completes with a slash, got %q", got)
	}
	if _, n := CompletePath(filepath.Join(dir, "zzz")); n != 0 {
		t.Fatal("nothing to complete")
	}
}
