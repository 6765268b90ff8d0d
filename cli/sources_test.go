package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"certpath/internal/testcheck"
)

// runCheck runs certpath with args and returns standard output, standard error
// and the exit status Execute would give.
func runCheck(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	out, errOut, err := runCmd(args...)
	if status = exitStatus(err); status != 0 && status != ExitUsage {
		errOut += fmt.Sprintf("certpath: %v\n", err)
	}
	return out, errOut, status
}

// issuerPages serves three issuer-like pages on 127.0.0.1; say changes what
// a page says while the test runs.
type issuerPages struct {
	*httptest.Server
	mu    sync.Mutex
	pages map[string]string
}

func newIssuerPages(t *testing.T) *issuerPages {
	p := &issuerPages{pages: map[string]string{
		"/psm-i": testcheck.HTMLPage("Professional Scrum Master I",
			"The PSM I assessment has 80 questions in 60 minutes.",
			"A passing score of 85% is required."),
		"/csm": testcheck.HTMLPage("What can I expect from the CSM test?",
			"The CSM test has 50 questions. You need to answer 37 of the 50 questions correctly to pass."),
	}}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/renewal.pdf" {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(testcheck.PDF("Renewal requirements", "Foundational: $100 and 20 SEUs every two years"))
			return
		}
		p.mu.Lock()
		page, ok := p.pages[r.URL.Path]
		p.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *issuerPages) say(path, old, new string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages[path] = strings.Replace(p.pages[path], old, new, 1)
}

// quotedCopy is a content copy whose S31, S38 and S40 live on the test
// server, with a quote on four of their figures and on no other figure.
func quotedCopy(t *testing.T, srv string) string {
	t.Helper()
	dir := contentCopy(t)
	rewrite := func(name string, fn func(string) string) {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(fn(string(data))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rewrite("sources.yaml", func(s string) string {
		for id, path := range map[string]string{"S31": "/psm-i", "S38": "/csm", "S40": "/renewal.pdf", "S34": "/psm-i"} {
			re := regexp.MustCompile(`(?m)^(` + id + `: \{.*url: )"[^"]*"`)
			s = re.ReplaceAllString(s, `${1}"`+srv+path+`"`)
		}
		return s
	})
	// Only the figures quoted below carry a quote: the built-in content
	// quotes many more of these pages' figures, and the test pages say
	// only these.
	certs, err := filepath.Glob(filepath.Join(dir, "certs", "*.md"))
	if err != nil || len(certs) == 0 {
		t.Fatalf("no certification files in %s: %v", dir, err)
	}
	anyQuote := regexp.MustCompile(`, quote: "(?:[^"\\]|\\.)*"`)
	for _, path := range certs {
		rewrite(filepath.Join("certs", filepath.Base(path)), func(s string) string { return anyQuote.ReplaceAllString(s, "") })
	}
	quote := func(file, line, q string) {
		rewrite(file, func(s string) string {
			i := strings.Index(s, line)
			if i < 0 {
				t.Fatalf("%s has no %q", file, line)
			}
			end := i + strings.Index(s[i:], "\n")
			l := regexp.MustCompile(`, quote: "[^"]*"`).ReplaceAllString(s[i:end], "")
			l = strings.TrimSuffix(l, "}") + `, quote: "` + q + `"}`
			return s[:i] + l + s[end:]
		})
	}
	quote("certs/psm-i.md", `{value: "80", source: S31`, "The PSM I assessment has 80 questions")
	quote("certs/psm-i.md", `{value: "85%", source: S31`, "A passing score of 85% is required.")
	quote("certs/csm.md", `{value: "74% (37 of 50)", source: S38`, "answer 37 of the 50 questions correctly to pass")
	quote("certs/csm.md", `{value: "$100", source: S40`, "Foundational: $100 and 20 SEUs")
	// A retired value: no page is expected to say it still.
	quote("certs/psm-i.md", `{value: "$150", retired: true, source: S34`, "Fee: $150 per attempt")
	return dir
}

// TestSourcesCheck walks one copy of the content through sources check
// against one server: every quote still said, two pages changed, the
// figures recorded as confirmed, then one changed again. The steps run in
// order, each on what the one before left, and stop at the first that fails.
func TestSourcesCheck(t *testing.T) {
	t.Parallel()
	srv := newIssuerPages(t)
	dir := quotedCopy(t, srv.URL)
	only := []string{"--content", dir, "sources", "check", "--only", "S31,S38", "--only", "S40"}
	for _, step := range []struct {
		name string
		run  func(t *testing.T, srv *issuerPages, dir string, only []string)
	}{
		{"every page still says its quotes", sourcesStillSay},
		{"changed pages", sourcesChanged},
		{"record", sourcesRecord},
		{"record after a change", sourcesRecordChanged},
	} {
		if !t.Run(step.name, func(t *testing.T) { step.run(t, srv, dir, only) }) {
			return
		}
	}
}

// sourcesStillSay: every page says its quotes; the JSON report, what is
// left unchecked, and the progress lines.
func sourcesStillSay(t *testing.T, _ *issuerPages, dir string, only []string) {
	out, errOut, status := runCheck(t, append(only, "--format", "json")...)
	if status != 0 {
		t.Fatalf("every page still says its quotes: exit %d\n%s", status, errOut)
	}
	var rep struct {
		Day      string         `json:"day"`
		Sources  int            `json:"sources"`
		Counts   map[string]int `json:"counts"`
		Verdicts []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Day != "2026-12-07" || rep.Sources != 3 || rep.Counts["still_says"] != 4 || len(rep.Verdicts) != 4 {
		t.Fatalf("report: %+v", rep)
	}
	for _, key := range []string{"certification", "figure", "figure_id", "source", "url", "quote", "verdict", "page_now"} {
		if _, ok := rep.Verdicts[0][key]; !ok {
			t.Errorf("a JSON verdict lacks %q: %v", key, rep.Verdicts[0])
		}
	}
	if _, err := execute(t, "--content", dir, "sources", "check", "--only", "S34"); !isUsage(err) || !strings.Contains(err.Error(), "no current figure of it has a quote") {
		t.Errorf("a retired value is not checked: %v", err)
	}
	if out, _, _ := runCheck(t, "--content", dir, "sources", "check", "--only", "psm-i", "--format", "json"); !strings.Contains(out, `"earlier_values": 1`) || strings.Contains(out, "$150") {
		t.Errorf("the JSON must count the earlier value it left alone, and give it no verdict:\n%s", out)
	}
	if n := strings.Count(errOut, "\n"); n != 3 || !strings.Contains(errOut, "[3/3]") {
		t.Errorf("piped, progress is one plain line per page:\n%s", errOut)
	}
}

// sourcesChanged: two pages say other figures now; the text report names
// them, within 80 columns, and exits 1.
func sourcesChanged(t *testing.T, srv *issuerPages, _ string, only []string) {
	srv.say("/psm-i", "85%", "80%")
	srv.say("/csm", "37 of the 50", "40 of the 50")
	out, errOut, status := runCheck(t, only...)
	if status != ExitError {
		t.Fatalf("changed pages must exit 1, got %d\n%s", status, errOut)
	}
	testcheck.ContainsAll(t, "the text report", out,
		"PSM I\n  changed      psm-i/exam.pass_mark/S31: 85%",
		`we quote  "A passing score of 85% is required."`,
		`page now  "A passing score of 80% is required."`,
		"CSM\n  changed      csm/exam.pass_mark/S38: 74% (37 of 50)",
		`"You need to answer 40 of the 50 questions correctly to`,
		"Certification  still says changed moved gone unreachable\nPSM I                   1       1     0    0           0\nCSM                     1       1     0    0           0\nAll                     2       2     0    0           0\n",
		"2 of 4 quoted figures need a look: 2 changed. Read 3 pages on 2026-12-07.",
	)
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("a line is wider than 80 columns: %q", l)
		}
	}
	if !strings.Contains(errOut, "certpath: 2 of 4 quoted figures need a look: 2 changed\n") {
		t.Errorf("stderr: %s", errOut)
	}
}

// sourcesRecord: the pages say their quotes again; --record writes
// checked.yaml, which certs show and validate read.
func sourcesRecord(t *testing.T, srv *issuerPages, dir string, only []string) {
	srv.say("/psm-i", "80%", "85%")
	srv.say("/csm", "40 of the 50", "37 of the 50")
	if _, errOut, status := runCheck(t, append(only, "--record")...); status != 0 || !strings.Contains(errOut, "Recorded 4 confirmed figures in "+filepath.Join(dir, "checked.yaml")) {
		t.Fatalf("--record: exit %d\n%s", status, errOut)
	}
	out, _, status := runCheck(t, "--content", dir, "certs", "show", "psm-i")
	if status != 0 || strings.Count(out, "quoted words found on it 7\u00a0Dec\u00a02026") != 1 {
		t.Fatalf("the confirmed figures must say so:\n%s", out)
	}
	out, _, _ = runCheck(t, "--content", dir, "certs", "show", "psm-i", "--format", "json")
	testcheck.ContainsAll(t, "certs show --format json", out, `"quote": "A passing score of 85% is required.",`, `"confirmed_on": "2026-12-07"`)
	if _, errOut, status := runCheck(t, "--content", dir, "validate"); status != 0 {
		t.Fatalf("validate must accept checked.yaml: %s", errOut)
	}
}

// sourcesRecordChanged: a page changes again; --record drops that figure's
// confirmation and keeps the others'.
func sourcesRecordChanged(t *testing.T, srv *issuerPages, dir string, only []string) {
	srv.say("/csm", "37 of the 50", "40 of the 50")
	runCheck(t, append(only, "--record")...)
	data, _ := os.ReadFile(filepath.Join(dir, "checked.yaml"))
	if strings.Contains(string(data), "csm/exam.pass_mark/S38") || !strings.Contains(string(data), "psm-i/exam.pass_mark/S31") {
		t.Fatalf("a changed figure must lose its confirmation, the others keep theirs:\n%s", data)
	}
}

func TestSourcesCheckUsage(t *testing.T) {
	t.Parallel()
	dir := contentCopy(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"sources", "check", "--offline"}, "--offline refuses every request"},
		{[]string{"--offline", "sources", "check"}, "--offline refuses every request"},
		{[]string{"sources", "check", "--format", "xml"}, `--format "xml" is not known; use text or json`},
		{[]string{"sources", "check", "--timeout", "0s"}, "--timeout 0s must be longer than nothing"},
		{[]string{"sources", "check", "--timeout", "soon"}, `invalid argument "soon"`},
		{[]string{"sources", "check", "--record"}, "give it with --content"},
		{[]string{"sources", "check", "--only", "psm-iv"}, `--only "psm-iv" is neither a certification ID`},
		{[]string{"--content", dir, "sources", "check", "--only", "S32"}, `--only "S32": no current figure of it has a quote`},
		{[]string{"sources", "check", "extra"}, "takes no arguments"},
	} {
		out, errOut, status := runCheck(t, tt.args...)
		if status != ExitUsage || out != "" {
			t.Errorf("%v: exit %d, output %q; want 2 and nothing", tt.args, status, out)
		}
		if _, err := execute(t, tt.args...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: %v, want %q (%s)", tt.args, err, tt.want, errOut)
		}
	}
}

func TestValidateListsQuoteWarnings(t *testing.T) {
	t.Parallel()
	out, errOut, status := runCheck(t, "validate")
	if status != 0 || !strings.Contains(out, "built-in content is valid") {
		t.Fatalf("warnings must not fail validate: exit %d\n%s", status, errOut)
	}
	// The built-in content may quote every tier-A figure; a copy with
	// psm-i's pass mark unquoted must warn about that one.
	dir := contentCopy(t)
	path := filepath.Join(dir, "certs", "psm-i.md")
	data, err := os.ReadFile(path)
	quoted := `{value: "85%", source: S31, as_of: undated, quote: "Passing score: 85%"}`
	if err != nil || !strings.Contains(string(data), quoted) {
		t.Fatalf("psm-i.md has no quoted pass mark from S31: %v", err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), quoted, `{value: "85%", source: S31, as_of: undated}`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status = runCheck(t, "--content", dir, "validate")
	if status != 0 || !strings.Contains(out, dir+" is valid") {
		t.Fatalf("warnings must not fail validate: exit %d\n%s", status, errOut)
	}
	testcheck.ContainsAll(t, "validate's standard error", errOut,
		`warning: certs/psm-i.md: exam.pass_mark: value "85%" from S31 (tier A, issuer) has no quote; add the page's own words as quote:`,
		"warnings; the content loads, but these figures cannot be checked with certpath sources check.")
	if strings.Contains(errOut, "ssm/renewal") || strings.Contains(errOut, `"every two years, 24 continuing-education units`) {
		t.Errorf("a quoted figure is warned about:\n%s", errOut)
	}
}

// TestSourcesRecordWritesOnlyItsOwnFile: --record replaces checked.yaml
// whole; a symlink there (to a file outside the content folder) and a
// read-only checked.yaml are refused in one line, before any page is read,
// and left as they were.
func TestSourcesRecordWritesOnlyItsOwnFile(t *testing.T) {
	t.Parallel()
	srv := newIssuerPages(t)
	dir := quotedCopy(t, srv.URL)
	checked := filepath.Join(dir, "checked.yaml")
	outside := filepath.Join(t.TempDir(), "precious.yaml")
	if err := os.WriteFile(outside, []byte("# my own notes file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--content", dir, "sources", "check", "--only", "S31", "--record"}
	for _, tt := range []struct {
		name, want string
		make       func() error
	}{
		{"a symlink out of the folder", "checked.yaml is a symlink", func() error { return os.Symlink(outside, checked) }},
		{"a read-only file", "checked.yaml is read-only", func() error { return os.WriteFile(checked, []byte("# kept\n"), 0o444) }},
	} {
		os.Remove(checked)
		if err := tt.make(); err != nil {
			t.Fatal(err)
		}
		out, errOut, status := runCheck(t, args...)
		if status != ExitUsage || out != "" || errOut != "" {
			t.Errorf("%s: exit %d, output %q, stderr %q; want 2 before any page is read", tt.name, status, out, errOut)
		}
		if _, err := execute(t, args...); err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v; want one line with %q", tt.name, err, tt.want)
		}
	}
	if b, _ := os.ReadFile(outside); string(b) != "# my own notes file\n" {
		t.Errorf("--record wrote through the symlink: the file outside holds %q", b)
	}
	if b, _ := os.ReadFile(checked); string(b) != "# kept\n" {
		t.Errorf("--record replaced a read-only checked.yaml: %q", b)
	}
	os.Remove(checked)
	if _, errOut, status := runCheck(t, args...); status != 0 || !strings.Contains(errOut, "Recorded 2 confirmed figures") {
		t.Fatalf("a folder with no checked.yaml: exit %d\n%s", status, errOut)
	}
	if fi, err := os.Lstat(checked); err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm() != 0o644 {
		t.Fatalf("checked.yaml: %v %v", fi, err)
	}
}

// TestSourcesCheckWithNoNetwork: no page answers (every connection
// refused): one line on standard error, nothing on standard output, and
// exit status 3, apart from changed figures (1) and bad usage (2), in
// both formats.
func TestSourcesCheckWithNoNetwork(t *testing.T) {
	t.Parallel()
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	dir := quotedCopy(t, closed.URL)
	for _, format := range []string{"text", "json"} {
		out, errOut, status := runCheck(t, "--content", dir, "sources", "check", "--only", "S31,S38,S40", "--format", format)
		if status != ExitNoNetwork || out != "" || strings.Count(errOut, "\n") != 1 ||
			!strings.HasPrefix(errOut, "certpath: no page could be reached, so no figure was checked: none of the 3 pages answered (") {
			t.Errorf("--format %s with no network: exit %d\nstdout: %q\nstderr: %q", format, status, out, errOut)
		}
	}
}
