package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
)

// Every embedded certification's page, as markdown and as text, stays under
// content.MaxPageWords words (whitespace-separated, as wc -w counts), so
// the page reads in one sitting (issue 36). The pages of overTheCap are
// still over it: each may not grow past its count, and leaves the list
// once it is under the cap.
func TestEveryPageIsUnderTheWordCap(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		most := 0
		for _, format := range []string{"markdown", "text"} {
			out, err := execute(t, "certs", "show", string(c.ID), "--format", format)
			if err != nil {
				t.Fatal(err)
			}
			n := len(strings.Fields(out))
			most = max(most, n)
			known, over := overTheCap[c.ID]
			switch {
			case over && n > known:
				t.Errorf("certs show %s --format %s: %d words, more than the %d it had; it must shrink to under %d", c.ID, format, n, known, content.MaxPageWords)
			case !over && n >= content.MaxPageWords:
				t.Errorf("certs show %s --format %s: %d words, want under %d", c.ID, format, n, content.MaxPageWords)
			}
		}
		if _, over := overTheCap[c.ID]; over && most < content.MaxPageWords {
			t.Errorf("certs show %s is %d words, under the cap: take it off overTheCap", c.ID, most)
		}
	}
}

// validate names a page over the cap, with its count and the cap.
func TestValidateRefusesAPageOverTheWordCap(t *testing.T) {
	t.Parallel()
	dir := contentCopy(t)
	csm := filepath.Join(dir, "certs", "csm.md")
	data, err := os.ReadFile(csm)
	if err != nil {
		t.Fatal(err)
	}
	long := string(data) + "\n## More\n\n" + strings.Repeat("word ", content.MaxPageWords) + "\n"
	if err := os.WriteFile(csm, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = execute(t, "--content", dir, "validate")
	if !isUsage(err) {
		t.Fatalf("a page over the cap should fail validate, got %v", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "certs show csm: the page is ") || !strings.Contains(msg, fmt.Sprintf("must stay under %d", content.MaxPageWords)) {
		t.Fatalf("the error should name the page, its count and the cap:\n%s", msg)
	}
	for _, id := range []string{"psm-i", "popm", "pmp"} {
		if strings.Contains(msg, "certs show "+id+":") {
			t.Fatalf("only the long page should fail validate:\n%s", msg)
		}
	}
}

// A page still known to be over the cap is a warning, naming it, until it
// grows: then validate fails.
func TestValidateWarnsOfAPageKnownOverTheCap(t *testing.T) {
	t.Parallel()
	code, _, errOut := runCLI(t, "validate")
	if code != 0 || !strings.Contains(errOut, fmt.Sprintf("warning: certs show pmp: the page is %d words; a page must stay under %d", overTheCap["pmp"], content.MaxPageWords)) {
		t.Fatalf("validate: exit %d\n%s", code, errOut)
	}
	dir := contentCopy(t)
	pmp := filepath.Join(dir, "certs", "pmp.md")
	data, err := os.ReadFile(pmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pmp, []byte(string(data)+"\nOne more sentence.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := execute(t, "--content", dir, "validate"); !isUsage(err) || !strings.Contains(err.Error(), "certs show pmp: the page is ") {
		t.Fatalf("a known long page that grows should fail validate, got %v", err)
	}
}
