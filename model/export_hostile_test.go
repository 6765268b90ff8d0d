package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportIsSanitized (F15): the exported results pass the sanitizer, the
// last boundary before a file that others will cat.
func TestExportIsSanitized(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "results.md")
	msg := (&Model{}).exportCmd("# Results\n\nPSM I \x1b]0;TITLE\a\x1b[2J\u202e\u009b31m done\n", path)()
	if e := msg.(exportedMsg); e.err != nil {
		t.Fatal(e.err)
	}
	data, _ := os.ReadFile(path)
	if strings.ContainsAny(string(data), "\x1b\a\u202e\u009b") || !strings.Contains(string(data), "PSM I ") || !strings.Contains(string(data), "done") {
		t.Fatalf("the export holds %q", data)
	}
}
