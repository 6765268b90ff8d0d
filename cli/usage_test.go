package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCLI runs certpath as main does, through fang, and returns the exit
// status, standard output and standard error.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), "", args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCompareRefusesTheSameCertification(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"certs", "compare", "popm", "popm"}, {"certs", "compare", "POPM", "popm"}} {
		code, out, errOut := runCLI(t, args...)
		if code != ExitUsage || out != "" {
			t.Errorf("%v: status %d, output %q; want 2 and nothing printed", args, code, out)
		}
		if !strings.Contains(errOut, "two different certifications, and popm was named twice") || !strings.Contains(errOut, "certpath certs show popm") {
			t.Errorf("%v: the message should say what is wrong and what would work:\n%s", args, errOut)
		}
	}
}

func TestOutputIntoAMissingFolderIsUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	missing := filepath.Join(dir, "nodir", "x.md")
	code, out, errOut := runCLI(t, "quiz", "--answers", "../examples/answers.yaml", "--output", missing)
	if code != ExitUsage || out != "" || !strings.Contains(errOut, "the folder "+filepath.Join(dir, "nodir")+" does not exist") {
		t.Fatalf("--output into a missing folder: status %d, stderr %q", code, errOut)
	}
	if strings.Contains(errOut, "--help") {
		t.Errorf("help does not know the folders; no hint: %q", errOut)
	}
	if code, _, errOut := runCLI(t, "quiz", "--answers", "../examples/answers.yaml", "--output", dir); code != ExitUsage || !strings.Contains(errOut, "is a folder; give a file name") {
		t.Fatalf("--output a folder: status %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "nodir")); err == nil {
		t.Fatal("the missing folder was created")
	}
}

// TestHelpHintNamesTheCommand: the hint names the command that was run and
// follows only the mistakes --help would help with.
func TestHelpHintNamesTheCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	posting := filepath.Join(dir, "p.txt")
	os.WriteFile(posting, []byte("Facilitate sprint planning and retrospectives."), 0o644)
	for _, tt := range []struct {
		args []string
		hint string // "" means no hint at all
	}{
		{[]string{"analyze", posting, "--format", "yaml"}, "Try certpath analyze --help for usage."},
		{[]string{"analyze", "--colour"}, "Try certpath analyze --help for usage."},
		{[]string{"certs", "list", "--format", "yaml"}, "Try certpath certs list --help for usage."},
		{[]string{"certs", "compare", "popm"}, "Try certpath certs compare --help for usage."},
		{[]string{"--content", dir, "certs", "show"}, "Try certpath certs show --help for usage."},
		{[]string{"frobnicate"}, "Try certpath --help for usage."},
		{[]string{"quiz"}, "Try certpath quiz --help for usage."},
		{[]string{"certs", "show", "psm-iv"}, ""},
		{[]string{"quiz", "--answers", filepath.Join(dir, "none.yaml")}, ""},
		{[]string{"analyze", filepath.Join(dir, "none.txt")}, ""},
	} {
		code, _, errOut := runCLI(t, tt.args...)
		if code != ExitUsage {
			t.Errorf("%v: status %d, want 2", tt.args, code)
		}
		hints := regexp.MustCompile(`(?m)^Try .*$`).FindAllString(errOut, -1)
		switch {
		case tt.hint == "" && len(hints) > 0:
			t.Errorf("%v: help would not help here, yet: %q", tt.args, hints)
		case tt.hint != "" && (len(hints) != 1 || hints[0] != tt.hint):
			t.Errorf("%v: hint %q, want %q\n%s", tt.args, hints, tt.hint, errOut)
		}
	}
}

// TestNoTerminalSaysWhatWorks: without a terminal the message lists what
// runs instead; --help would add nothing.
func TestNoTerminalSaysWhatWorks(t *testing.T) {
	t.Parallel()
	if !isUsage(errNoTerminal) || helpHint(errNoTerminal, "certpath") != "" {
		t.Fatal("no terminal: status 2, no help hint")
	}
}

// TestLinkFailureIsNotUsage: a link that answers 404 is not a mistake in the
// command: status 1, what happened, what would work, and no help hint.
func TestLinkFailureIsNotUsage(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	code, out, errOut := runCLI(t, "analyze", srv.URL+"/jobs/123")
	if code != ExitError || out != "" {
		t.Fatalf("status %d, output %q; want 1 and nothing printed", code, out)
	}
	for _, want := range []string{"the site answered 404 Not Found: there is no page at this address", "save the page", "nothing could be analysed", "certpath analyze page.html"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "--help") {
		t.Errorf("a 404 gets no help hint:\n%s", errOut)
	}
}

// TestHelpIsTrimmedAndShowsOnlyTheFlagsThatAct: no help line ends in
// spaces, and --offline and --content appear only on the commands that use
// them.
func TestHelpIsTrimmedAndShowsOnlyTheFlagsThatAct(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	for _, tt := range []struct {
		args             []string
		content, offline bool
	}{
		{[]string{"--help"}, true, true},
		{[]string{"analyze", "--help"}, true, true},
		{[]string{"certs", "--help"}, true, false},
		{[]string{"certs", "show", "--help"}, true, false},
		{[]string{"certs", "compare", "--help"}, true, false},
		{[]string{"certs", "list", "--help"}, true, false},
		{[]string{"quiz", "--help"}, true, false},
		{[]string{"questions", "--help"}, true, false},
		{[]string{"validate", "--help"}, true, false},
		{[]string{"completion", "bash", "--help"}, false, false},
		{[]string{"help", "analyze"}, true, true},
	} {
		code, out, _ := runCLI(t, tt.args...)
		if code != 0 || !strings.Contains(out, "FLAGS") {
			t.Fatalf("%v: status %d\n%s", tt.args, code, out)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " \t") != line {
				t.Errorf("%v: line %d ends in spaces: %q", tt.args, i+1, line)
				break
			}
		}
		if got := strings.Contains(out, "--content"); got != tt.content {
			t.Errorf("%v: shows --content: %v, want %v", tt.args, got, tt.content)
		}
		if got := strings.Contains(out, "--offline"); got != tt.offline {
			t.Errorf("%v: shows --offline: %v, want %v", tt.args, got, tt.offline)
		}
	}
	// Flags still work wherever they are typed.
	dir := contentCopy(t)
	for _, args := range [][]string{{"--content", dir, "certs", "show", "csm"}, {"certs", "--content", dir, "show", "csm"}, {"certs", "show", "csm", "--content", dir}} {
		if code, out, errOut := runCLI(t, args...); code != 0 || !strings.Contains(out, "CSM") {
			t.Errorf("%v: status %d %s", args, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "--offline", "analyze", "https://example.com/jobs/1"); code != ExitUsage || !strings.Contains(errOut, "links are off (--offline)") {
		t.Errorf("--offline before analyze: status %d %s", code, errOut)
	}
}

// TestCommandOutputIsUntouched: what a command prints passes through as it
// is, a prompt without a line break included.
func TestCommandOutputIsUntouched(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	h := newHelpWriter(&out)
	fmt.Fprint(h, "USAGE  \n  x   \nnext")
	h.PassThrough()
	fmt.Fprint(h, "Your choice: ")
	if got := out.String(); got != "USAGE\n  x\nnextYour choice: " {
		t.Fatalf("%q", got)
	}
}
