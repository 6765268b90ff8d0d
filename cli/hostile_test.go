package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestAnalyzeKeepsThePostingCaps (F5): analyze reads at most 20 postings
// and says which inputs it left, as the quiz does.
func TestAnalyzeKeepsThePostingCaps(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var args []string
	for i := range 30 {
		name := filepath.Join(dir, fmt.Sprintf("p%02d.txt", i))
		os.WriteFile(name, []byte("Scrum Master: facilitating retrospectives, removing impediments, coaching the team in Scrum.\n"), 0o644)
		args = append(args, name)
	}
	code, out, errOut := runCLI(t, append([]string{"analyze", "--format", "json"}, args...)...)
	var rep struct{ Postings []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || len(rep.Postings) != 20 {
		t.Fatalf("status %d, %d postings, %v\n%s", code, len(rep.Postings), err, errOut)
	}
	if !strings.Contains(errOut, "only the first 20 postings are used; 10 inputs from "+args[20]+" on were not read") {
		t.Errorf("no note of what was left: %q", errOut)
	}
}

// leaks reports the bytes that act on a terminal or reorder text: ESC, BEL,
// C1 controls and bidi or zero-width characters.
func leaks(s string) bool {
	for _, r := range s {
		if r == 0x1b || r == 0x07 || r >= 0x80 && r < 0xa0 || unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

const hostile = "\x1b]0;TITLE\a\x1b]52;c;UFdORUQ=\a\x1b[2J\u202e\u009b31m\u009d0;C1\a"

// TestStatusLineIsCleaned (F13): a server's status line is its own words;
// they are shown cleaned.
func TestStatusLineIsCleaned(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 404 Not" + hostile + "Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		buf.Flush()
	}))
	defer srv.Close()
	for _, format := range []string{"text", "json"} {
		code, out, errOut := runCLI(t, "analyze", srv.URL+"/status", "--format", format)
		if code == 0 || out != "" || !strings.Contains(errOut, "the site answered 404 Not") || leaks(errOut) {
			t.Errorf("%s: status %d, stderr %q", format, code, errOut)
		}
	}
}

// TestErrorsQuotingInputAreCleaned (F14): an error that quotes what it was
// given (an answers file's key, a week.time key, a content file's name) is
// cleaned before it is printed, whatever stderr is.
func TestErrorsQuotingInputAreCleaned(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	yamlHostile := strings.NewReplacer("\x1b", `\e`, "\a", `\a`, "\u202e", `\u202e`, "\u009b", `\x9b`, "\u009d", `\x9d`).Replace(hostile)
	for name, file := range map[string]string{
		"question key":  "\"" + yamlHostile + "\": 1\npostings.focus: [backlog]\n",
		"week.time key": "week.time: {\"" + yamlHostile + "\": 1e300}\n",
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
		os.WriteFile(path, []byte(file), 0o644)
		code, _, errOut := runCLI(t, "quiz", "--answers", path)
		if code != ExitUsage || !strings.Contains(errOut, `"\x1b]0;TITLE\a\x1b]52;c;UFdORUQ=\a\x1b[2J\u202e\u009b31m\u009d0;C1\a"`) || leaks(errOut) {
			t.Errorf("%s: status %d, stderr %q", name, code, errOut)
		}
	}
	content := contentCopy(t)
	os.WriteFile(filepath.Join(content, "certs", "x"+hostile+".md"), []byte("no front matter\n"), 0o644)
	code, _, errOut := runCLI(t, "validate", "--content", content)
	// The name is shown quoted, hidden characters escaped: with them
	// dropped it named no file there is.
	if code == 0 || !strings.Contains(errOut, strconv.Quote("certs/x"+hostile+".md")+": no front matter") || leaks(errOut) {
		t.Errorf("a hostile content file name: status %d, stderr %q", code, errOut)
	}
}

// TestContentControlsAreRefused (F15): YAML escapes make control and bidi
// characters after any look at the file's bytes; validate refuses them,
// naming the file and the field, in the front matter and in the text.
func TestContentControlsAreRefused(t *testing.T) {
	t.Parallel()
	content := contentCopy(t)
	psm := filepath.Join(content, "certs", "psm-i.md")
	data, _ := os.ReadFile(psm)
	data = bytes.Replace(data, []byte("\nshort: "), []byte("\nshort: \"PSM I \\u202e\\x9b33m\"\nx_short_was: "), 1)
	data = bytes.Replace(data, []byte("\nx_short_was: "), []byte("\n# "), 1)
	data = append(data, []byte("\nA line with a bidi override \u202e in it.\n")...)
	os.WriteFile(psm, data, 0o644)
	code, out, errOut := runCLI(t, "validate", "--content", content)
	for _, want := range []string{
		"certs/psm-i.md: short holds a control or bidi character (U+202E)",
		"certs/psm-i.md: the text after the front matter holds a control or bidi character (U+202E)",
	} {
		if code == 0 || out != "" || !strings.Contains(errOut, want) {
			t.Errorf("status %d, stdout %q; stderr lacks %q:\n%s", code, out, want, errOut)
		}
	}
	if leaks(errOut) {
		t.Errorf("stderr leaks: %q", errOut)
	}
}

// TestJSONEscapesC1AndBidi (F15): JSON output writes C1 controls and
// format characters as escapes, as it does for C0; a reader gets the same
// strings back.
func TestJSONEscapesC1AndBidi(t *testing.T) {
	t.Parallel()
	in := map[string]string{"name": "a\u009b31m\u202eb\u200bc\U000E0001d é"}
	var buf bytes.Buffer
	if err := writeJSON(&buf, in); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back["name"] != in["name"] {
		t.Fatalf("round trip: %v, %q", err, back)
	}
	if leaks(buf.String()) || !strings.Contains(buf.String(), `a\u009b31m\u202eb\u200bc\udb40\udc01d é`) {
		t.Fatalf("JSON: %s", buf.String())
	}
}

// TestMessagesInWords (F24): a line that never ends in the accessible mode
// is a usage mistake said in words (not bufio's "token too long"); an
// answers file over 1 MiB is named with its size.
func TestMessagesInWords(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.txt")
	os.WriteFile(long, bytes.Repeat([]byte("a"), 2<<20), 0o644)
	in, _ := os.Open(long)
	defer in.Close()
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	cmd := testRoot()
	var out bytes.Buffer
	cmd.SetIn(in)
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"--accessible"})
	if err := cmd.Execute(); !isUsage(err) || strings.Contains(err.Error(), "bufio") || !strings.HasPrefix(err.Error(), "a line of the input is over 1 MiB, longer than any answer or posting: question 1") {
		t.Errorf("a line without end: %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, append([]byte("# "), bytes.Repeat([]byte("x"), 1<<20+1<<18)...), 0o644)
	if code, _, errOut := runCLI(t, "quiz", "--answers", big); code != ExitUsage || !strings.Contains(errOut, "big.yaml is 1.3 MiB; an answers file can be at most 1 MiB") {
		t.Errorf("a 1.3 MiB answers file: status %d, %q", code, errOut)
	}
}
