package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
)

// loadEdited is the embedded content copied to a folder, with each file
// named in files given the text edit makes of it; edit fails the test when
// it finds nothing to change, so a test never passes by editing nothing.
func loadEdited(t *testing.T, files map[string]func(string) string) *content.Library {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, content.Embedded()); err != nil {
		t.Fatal(err)
	}
	for name, edit := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		old, _ := os.ReadFile(path)
		changed := edit(string(old))
		if changed == string(old) {
			t.Fatalf("the edit changes nothing in %s", name)
		}
		if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := content.Load(os.DirFS(dir), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// replace is an edit that replaces old with new once.
func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

// A value that says it is the nearest one found may cite a source about
// another certification, and the page cites both.
func TestANearestValueCitesBothSources(t *testing.T) {
	lib := loadEdited(t, map[string]func(string) string{
		"certs/pspo-i.md": replace(`{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S31, as_of: undated, nearest: "PSM I's page"}`),
	})
	c, _ := lib.Cert("pspo-i")
	testcheck.ContainsAll(t, "PSPO I", Summary(lib, c), "$200 [S29, S31]")
}

// A figure whose quote a check found on its page (checked.yaml) says so on
// its source's line under Sources, once, and its fact line stays as it was.
func TestACheckedQuoteIsDatedUnderSources(t *testing.T) {
	plain := loadEdited(t, nil)
	c, _ := plain.Cert("psm-i")
	if s := Summary(plain, c); strings.Contains(s, "quoted words found on it") {
		t.Fatalf("without checked.yaml no source may say its quote was found:\n%s", s)
	}
	lib := loadEdited(t, map[string]func(string) string{
		content.CheckedFile: func(string) string { return "psm-i/exam.pass_mark/S31: \"2026-11-20\"\n" },
	})
	c, _ = lib.Cert("psm-i")
	s := Summary(lib, c)
	if !strings.Contains(s, "**Pass mark:** 85% [S31]\n") || !strings.Contains(s, " (A, undated; quoted words found on it 20\u00a0Nov\u00a02026). <https://www.scrum.org/") {
		t.Fatalf("the pass mark's sources line does not say it was confirmed:\n%s", s)
	}
	if strings.Count(s, "quoted words found on it") != 1 {
		t.Fatalf("only the confirmed figure may say so:\n%s", s)
	}
}
