package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// N5: an --output that is the answers file, however it is spelled (the
// same path, ./, a symlink, a hard link), or a file of the --content
// folder, is refused before anything is written; the file keeps what it
// held.
func TestOutputThatIsAnInputIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	answers, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	same := filepath.Join(dir, "same.yaml")
	if err := os.WriteFile(same, answers, 0o644); err != nil {
		t.Fatal(err)
	}
	link, hard := filepath.Join(dir, "link.yaml"), filepath.Join(dir, "hard.yaml")
	if err := os.Symlink("same.yaml", link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(same, hard); err != nil {
		t.Fatal(err)
	}
	for _, output := range []string{same, dir + "/./same.yaml", link, hard} {
		code, out, errOut := runCLI(t, "quiz", "--answers", same, "--output", output)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "is the answers file") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("--output %s: status %d, %q; want 2 and one line naming the answers file", output, code, errOut)
		}
		if b, _ := os.ReadFile(same); string(b) != string(answers) {
			t.Fatalf("--output %s replaced the answers file: it holds %.40q", output, b)
		}
	}
	contentOutputIsRefused(t, dir, same)
	// --answers - with standard input read from the same file.
	stdin, err := os.Open(same)
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := checkNotInput(link, stdin, "-", ""); err == nil || !strings.Contains(err.Error(), "is the answers file") {
		t.Errorf("--answers - from the same file: %v", err)
	}
	// A new file beside the inputs is fine.
	if code, _, errOut := runCLI(t, "quiz", "--answers", same, "--output", filepath.Join(dir, "results.md")); code != 0 {
		t.Fatalf("a new file: status %d, %q", code, errOut)
	}
}

// contentOutputIsRefused: an --output that is a file of the --content
// folder, through a symlink, is refused and the file kept.
func contentOutputIsRefused(t *testing.T, dir, answers string) {
	t.Helper()
	same := answers
	content := contentCopy(t)
	page := filepath.Join(content, "certs", "psm-i.md")
	before, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	pageLink := filepath.Join(dir, "page.md")
	if err := os.Symlink(page, pageLink); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "quiz", "--answers", same, "--content", content, "--output", pageLink)
	if code != ExitUsage || !strings.Contains(errOut, "a file of the content folder") || !strings.Contains(errOut, page) {
		t.Errorf("--output into the content: status %d, %q", code, errOut)
	}
	if b, _ := os.ReadFile(page); string(b) != string(before) {
		t.Fatal("--output replaced a content file")
	}
}

// N8: the path written, when a symlink's target name holds escapes, is
// shown quoted with its escapes written out: nothing in it reaches the
// terminal as a control or direction character, and it names the file.
func TestResultsSavedShowsThePathAsText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "target\x1b]0;TITLE\x07\x1b]52;c;UFdO\x07\x1b[2J\u202e.md")
	if err := os.WriteFile(target, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "report.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "quiz", "--answers", "../examples/answers.yaml", "--output", link)
	if code != 0 {
		t.Fatalf("status %d: %q", code, errOut)
	}
	if strings.ContainsAny(errOut, "\x1b\x07\u202e") {
		t.Fatalf("the message carries escapes to the terminal: %q", errOut)
	}
	if want := "Results saved to " + strconv.Quote(target) + "\n"; errOut != want {
		t.Fatalf("the message is %q, want %q", errOut, want)
	}
	// An error names the path the same way.
	folder := filepath.Join(dir, "folder\x1b[2J")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, errOut := runCLI(t, "quiz", "--answers", "../examples/answers.yaml", "--output", folder); strings.ContainsAny(errOut, "\x1b") || !strings.Contains(errOut, strconv.Quote(folder)) {
		t.Fatalf("the error for a folder: %q", errOut)
	}
}
