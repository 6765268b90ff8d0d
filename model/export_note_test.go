package model

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// N8: the export's message names the file actually created, quoted with
// its escapes written out when its name (here a symlink's target) holds
// characters a terminal would obey or hide.
func TestExportNoteNamesTheFileCreated(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "target\x1b]0;TITLE\a\x1b]52;c;UFdO\a\x1b[2J\u202e.md")
	if err := os.WriteFile(target, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "report.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	e := (&Model{}).exportCmd("# Results\n", link)().(exportedMsg)
	if e.err != nil {
		t.Fatal(e.err)
	}
	note := e.note().text
	if strings.ContainsAny(note, "\x1b\a\u202e") {
		t.Fatalf("the note carries escapes: %q", note)
	}
	created := strings.TrimSuffix(target, ".md") + "-2.md"
	if data, err := os.ReadFile(created); err != nil || string(data) != "# Results\n" {
		t.Fatalf("the export is not in %q: %v", created, err)
	}
	if !strings.HasPrefix(note, "Results saved to "+strconv.Quote(created)) {
		t.Fatalf("the note %q does not name the file created, %q", note, created)
	}
}
