package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/words"
)

// execute runs certpath with args and returns standard output and the error.
func execute(t *testing.T, args ...string) (string, error) {
	t.Helper()
	out, _, err := runCmd(args...)
	return out, err
}

// runCmd runs certpath with args and returns standard output, standard
// error and the error.
func runCmd(args ...string) (stdout, stderr string, err error) {
	cmd := testRoot()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errOut.String(), err
}

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// contentCopy writes the built-in content to a folder a test may change.
// catalogueSize is how many certifications the embedded content has: one
// file each, whether or not the path rules name it.
func catalogueSize(t *testing.T) int {
	t.Helper()
	files, err := fs.Glob(content.Embedded(), "certs/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no certification files: %v", err)
	}
	return len(files)
}

func contentCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(content.Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(content.Embedded(), path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCertsList(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "certs", "list")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Scaled Agile\n  popm", "Scrum.org\n  psm-i", "Scrum Alliance\n  csm", "PMI\n  pmp",
		"apm           SAFe Agile Product Management", "spc           SAFe Practice Consultant"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	out, err = execute(t, "certs", "list", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct{ ID, Issuer string }
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != catalogueSize(t) || rows[0].ID != "popm" {
		t.Fatalf("json list: %v, %d rows", err, len(rows))
	}
	for _, id := range []string{"apm", "spc"} {
		if !slices.ContainsFunc(rows, func(r struct{ ID, Issuer string }) bool { return r.ID == id && r.Issuer == "Scaled Agile" }) {
			t.Errorf("json list lacks %s from Scaled Agile: %+v", id, rows)
		}
	}
	if _, err := execute(t, "certs", "list", "--format", "yaml"); !isUsage(err) || !strings.Contains(err.Error(), "use text or json") {
		t.Fatalf("an unknown format should be a usage error naming the choices, got %v", err)
	}
}

func TestCertsShow(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "certs", "show", "POPM")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "exam 6.0: 45 [S36]† (only a tier C source gives it)") || !strings.Contains(out, "Earlier, exam 5.1:** 45 questions, 90 minutes, pass mark 73% (33 of 45)") {
		t.Fatalf("markdown summary lacks the POPM exam facts:\n%s", out)
	}
	out, err = execute(t, "certs", "show", "popm", "--format", "text")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, "**") || !strings.Contains(out, "Pass mark") {
		t.Fatalf("text output must be plain, without escape sequences or markdown markers:\n%s", out)
	}
}

func TestUnknownIDListsKnownOnes(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"certs", "show", "psm-iv"}, {"certs", "compare", "popm", "safe-guru"}} {
		_, err := execute(t, args...)
		if !isUsage(err) || !strings.Contains(err.Error(), "known IDs: popm, apm, ssm") {
			t.Errorf("%v: want a usage error listing the known IDs, got %v", args, err)
		}
	}
}

func TestCertsCompare(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "certs", "compare", "pspo-i", "cspo")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "| | PSPO I | CSPO |") || !strings.Contains(out, "| **Exam** | 80 questions, 60 minutes, pass mark 85% | none: no exam |") {
		t.Fatalf("compare output:\n%s", out)
	}
}

func TestValidateAndContentFlag(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "validate")
	if err != nil || !strings.Contains(out, "built-in content is valid: "+words.Count(catalogueSize(t), "certification")) {
		t.Fatalf("validate: %v\n%s", err, out)
	}

	dir := contentCopy(t)
	csm := filepath.Join(dir, "certs", "csm.md")
	data, _ := os.ReadFile(csm)
	// The correction changes the fee, so the quote that gave $25 goes too.
	fixed := strings.Replace(string(data), `{value: "$25 per attempt", source: S38, as_of: undated, note: "after the two included attempts (S38)", quote: "pay a 25 USD test attempt fee until you pass"}`, `{value: "$30 per attempt after the two included attempts", source: S38, as_of: undated}`, 1)
	if err := os.WriteFile(csm, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := execute(t, "--content", dir, "validate"); err != nil || !strings.Contains(out, dir+" is valid") {
		t.Fatalf("a corrected folder should validate: %v\n%s", err, out)
	}
	out, err = execute(t, "--content", dir, "certs", "show", "csm")
	if err != nil || !strings.Contains(out, "$30 per attempt") {
		t.Fatalf("--content should be used by show: %v", err)
	}

	broken := strings.Replace(fixed, "as_of: undated}", "}", 1)
	if err := os.WriteFile(csm, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = execute(t, "--content", dir, "validate")
	if !isUsage(err) || !strings.Contains(err.Error(), "certs/csm.md") || !strings.Contains(err.Error(), "needs as_of") {
		t.Fatalf("a broken folder should fail validation naming the file and the problem, got %v", err)
	}
	if _, err := execute(t, "--content", filepath.Join(dir, "nope"), "validate"); !isUsage(err) || !strings.Contains(err.Error(), "is not a folder") {
		t.Fatalf("a missing folder should be a usage error, got %v", err)
	}
}

func TestBadUsageExitsTwo(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"certs", "list", "--colour"},
		{"frobnicate"},
		{"certs", "show"},
		{"certs", "compare", "popm"},
		{"questions", "extra"},
	} {
		if _, err := execute(t, args...); !isUsage(err) {
			t.Errorf("%v should be a usage error (exit 2), got %v", args, err)
		}
	}
	var buf bytes.Buffer
	printError(&buf, usagef("--format %q is not known", "yml"), "certpath certs list")
	if got := buf.String(); got != "certpath: --format \"yml\" is not known\nTry certpath certs list --help for usage.\n" {
		t.Fatalf("error output must keep the wording and add the usage hint, got %q", got)
	}
}

func TestQuizFromAnswersFile(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Profiles []struct {
			ID            string
			Score         float64
			Contributions []struct{ Question string }
		}
		Path      []struct{ Cert, Reason string }
		CloseCall *struct{} `json:"close_call"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Profiles[0].ID != "product-owner" || len(got.Profiles[0].Contributions) == 0 || len(got.Path) == 0 || got.Path[0].Cert != "popm" || got.Path[0].Reason == "" {
		t.Fatalf("example answers should recommend POPM first for a Product Owner: %+v", got)
	}
	if !strings.Contains(out, `"close_call": null`) {
		t.Error("close_call must be present, null when the lead is clear")
	}
	md, err := execute(t, "quiz", "--answers", "../examples/answers.yaml")
	if err != nil || !strings.Contains(md, "# Recommended path") || !strings.Contains(md, "## Sources") {
		t.Fatalf("markdown output: %v\n%s", err, md)
	}
}

func TestQuizReadsStandardInput(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cmd := testRoot()
	var out bytes.Buffer
	cmd.SetIn(bytes.NewReader(data))
	cmd.SetOut(&out)
	cmd.SetErr(&bytes.Buffer{})
	cmd.SetArgs([]string{"quiz", "--answers", "-", "--format", "text"})
	if err := cmd.Execute(); err != nil || !strings.Contains(out.String(), "Recommended path") {
		t.Fatalf("%v\n%s", err, out.String())
	}
}

func TestQuizBadAnswersPrintNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("postings.safe: sometimes\nweek.time: {backlog: 90}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"quiz", "--answers", bad}, `"sometimes" is not an option`},
		{[]string{"quiz", "--answers", bad}, "add up to 90%"},
		{[]string{"quiz", "--answers", bad}, "week.agile_months: missing"},
		{[]string{"quiz", "--answers", filepath.Join(dir, "none.yaml")}, "cannot read"},
		{[]string{"quiz", "--answers", dir}, "is a folder"},
		{[]string{"quiz"}, "needs --answers"},
		{[]string{"quiz", "--answers", "../examples/answers.yaml", "--format", "html"}, "use markdown, json or text"},
	} {
		out, err := execute(t, tt.args...)
		if !isUsage(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: want a usage error containing %q, got %v", tt.args, tt.want, err)
		}
		if out != "" {
			t.Errorf("%v: a failed run must print nothing to standard output, printed %q", tt.args, out)
		}
	}
}

func TestQuestionsCommand(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "questions")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"postings.focus (multi: a list of option IDs)", "week.time (allocation:", "    daily ", "    pi_planning "} {
		if !strings.Contains(out, want) {
			t.Errorf("questions lacks %q", want)
		}
	}
	out, err = execute(t, "questions", "--format", "json")
	var qs []struct {
		ID      string
		Kind    string
		Options []struct{ ID string }
	}
	if err != nil || json.Unmarshal([]byte(out), &qs) != nil || len(qs) != testBankSize(t) || len(qs[0].Options) == 0 {
		t.Fatalf("json questions: %v, %d", err, len(qs))
	}
}

func TestAnalyzeCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	sm := filepath.Join(dir, "sm.txt")
	os.WriteFile(sm, []byte("Scrum Master\nFacilitate sprint planning, daily scrum and retrospectives. Remove impediments. No SAFe experience needed. CSM preferred.\n"), 0o644)
	pj := filepath.Join(dir, "pm.txt")
	os.WriteFile(pj, []byte("Own the project plan, the risk register and the budget. PMP required.\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("\n\n"), 0o644)

	cmd := testRoot()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs([]string{"analyze", sm, pj, empty, dir, "--format", "json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Profiles []struct {
			ID    string
			Name  string
			Score float64
		}
		Frameworks          []struct{ ID string }
		CertificationsNamed []string `json:"certifications_named"`
		Evidence            []struct {
			Phrase  string
			Count   int
			Lines   []int
			Posting string
		}
		Postings []struct{ Name string }
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(rep.Postings) != 2 || len(rep.Evidence) == 0 || rep.Evidence[0].Posting == "" || len(rep.CertificationsNamed) != 2 {
		t.Fatalf("combined report: %+v", rep)
	}
	for _, want := range []string{"empty.txt: it is empty", "is a folder"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("standard error lacks %q: %s", want, errOut.String())
		}
	}

	text, err := execute(t, "analyze", sm)
	if err != nil || !strings.Contains(text, "Scrum Master") || !strings.Contains(text, "Not counted, in a negative context") || !strings.Contains(text, "retrospective") {
		t.Fatalf("text output: %v\n%s", err, text)
	}
	if _, err := execute(t, "analyze", empty, dir); !isUsage(err) || !strings.Contains(err.Error(), "nothing could be analysed") {
		t.Fatalf("when nothing can be analysed the status is 2, got %v", err)
	}
	if _, err := execute(t, "analyze", sm, "--format", "yaml"); !isUsage(err) {
		t.Fatalf("unknown format: %v", err)
	}
}

func TestAnalyzeStripsEscapesAndReadsStandardInput(t *testing.T) {
	t.Parallel()
	cmd := testRoot()
	var out bytes.Buffer
	cmd.SetIn(strings.NewReader("\x1b]0;owned\x07Own the product backlog\x1b[2J and write user stories."))
	cmd.SetOut(&out)
	cmd.SetErr(&bytes.Buffer{})
	cmd.SetArgs([]string{"analyze", "-", "--format", "markdown"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out.String(), 0x1b) || !strings.Contains(out.String(), "**Product Owner**") {
		t.Fatalf("output:\n%q", out.String())
	}
}

func TestQuizOutputFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "results.md")
	out, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--output", path)
	if err != nil || out != "" {
		t.Fatalf("%v, stdout %q", err, out)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "# Recommended path") {
		t.Fatalf("output file: %v %q", err, data)
	}
}

func TestEcosystemCommands(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"completion", "bash"}, "bash completion"},
		{[]string{"completion", "zsh"}, "compdef"},
		{[]string{"completion", "fish"}, "complete -c certpath"},
		{[]string{"completion", "powershell"}, "Register-ArgumentCompleter"},
	} {
		out, err := execute(t, tt.args...)
		if err != nil || !strings.Contains(out, tt.want) {
			t.Errorf("%v: %v, output lacks %q", tt.args, err, tt.want)
		}
	}
}

// testBankSize is how many questions the real bank asks.
func testBankSize(t *testing.T) int {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return len(questions.DefaultBank(lib.Catalog()).Questions)
}

// citedAndListed returns the source IDs cited in a document's text and those
// its Sources section lists.
func citedAndListed(t *testing.T, doc string) (cited, listed map[string]bool) {
	t.Helper()
	i := strings.LastIndex(doc, "Sources\n")
	if i < 0 {
		t.Fatalf("no Sources section:\n%s", doc)
	}
	cited, listed = map[string]bool{}, map[string]bool{}
	for _, m := range regexp.MustCompile(`\[(S\d+)[\],]`).FindAllStringSubmatch(doc[:i], -1) {
		cited[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`(?m)^\s*(?:- )?\[(S\d+)\]`).FindAllStringSubmatch(doc[i:], -1) {
		listed[m[1]] = true
	}
	return cited, listed
}

func TestEveryQuizFormatEndsWithItsSources(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"markdown", "text"} {
		for _, details := range []bool{false, true} {
			args := []string{"quiz", "--answers", "../examples/answers.yaml", "--format", format}
			if details {
				args = append(args, "--details")
			}
			out, err := execute(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			cited, listed := citedAndListed(t, out)
			if (details && len(cited) == 0) || fmt.Sprint(cited) != fmt.Sprint(listed) {
				t.Errorf("--format %s, details %v: cited %v, listed %v", format, details, cited, listed)
			}
		}
	}
	md, _ := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--format", "markdown", "--details")
	cited, _ := citedAndListed(t, md)
	out, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var data struct {
		Sources []struct{ ID, URL, Tier, Checked string }
		Path    []struct{ Cert string }
	}
	if err := json.Unmarshal([]byte(out), &data); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range data.Sources {
		got[s.ID] = true
		if s.URL == "" || s.Tier == "" || s.Checked == "" {
			t.Errorf("json source %+v lacks its address, tier or date checked", s)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(cited) {
		t.Errorf("json lists %v, the markdown cites %v", got, cited)
	}
}

// TestAnalyzeHasNoEmptySources: the analysis cites no source, so no format
// ends with an empty "Sources" section.
func TestAnalyzeHasNoEmptySources(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "p.txt")
	os.WriteFile(p, []byte("Facilitate sprint planning and retrospectives."), 0o644)
	for _, format := range []string{"markdown", "text", "json"} {
		out, err := execute(t, "analyze", p, "--format", format)
		if err != nil || !strings.Contains(out, "etrospective") {
			t.Fatalf("analyze --format %s: %v\n%s", format, err, out)
		}
		if regexp.MustCompile(`(?mi)^[\s#]*sources\s*$|"sources"`).MatchString(out) || strings.Contains(out, "Nothing above cites a source") {
			t.Errorf("analyze --format %s has an empty Sources section:\n%s", format, out)
		}
	}
}

func TestCertsShowJSON(t *testing.T) {
	t.Parallel()
	out, err := execute(t, "certs", "show", "popm", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		OfficialPage string `json:"official_page"`
		Facts        map[string][]struct {
			Value, Version, Status string
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.OfficialPage == "" || strings.Contains(v.OfficialPage, "5-1") {
		t.Errorf("official page %q must not be the retired 5.1 study guide", v.OfficialPage)
	}
	find := func(fact, status, version string) string {
		for _, f := range v.Facts[fact] {
			if f.Status == status && f.Version == version {
				return f.Value
			}
		}
		return ""
	}
	if find("exam_questions", "current", "6.0") != "45" || find("exam_minutes", "current", "6.0") != "90" || find("exam_pass_mark", "current", "6.0") != "80% (36 of 45)" {
		t.Errorf("current POPM exam is not 6.0 45/90/80%%: %s", out)
	}
	if find("exam_pass_mark", "earlier", "5.1") != "73% (33 of 45)" {
		t.Errorf("73%% must be listed under earlier versions: %s", out)
	}
	pmp, err := execute(t, "certs", "show", "pmp")
	if err != nil || !strings.Contains(pmp, "Earlier, 2021 exam outline, until 8\u00a0Jul\u00a02026:** 180 questions (175 scored, 5 pretest)") {
		t.Errorf("PMP: the 180-question exam must be earlier:\n%s", pmp)
	}
}

func TestCompareShowsWhichFirst(t *testing.T) {
	t.Parallel()
	for _, pair := range [][]string{{"popm", "ssm"}, {"psm-i", "pspo-i"}} {
		out, err := execute(t, append([]string{"certs", "compare"}, pair...)...)
		if err != nil || !strings.Contains(out, "\n**Which first:** ") || strings.Contains(out, "| **Which first** |") {
			t.Errorf("compare %v: %v\n%s", pair, err, out)
		}
	}
}

// TestHostileInputs covers issue 15's items on the command line: device files
// never replaced, symlinks followed, caps on every input, and content that
// cannot reach the terminal.
func TestHostileInputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--output", os.DevNull); err != nil {
		t.Fatalf("--output /dev/null: %v", err)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Fatalf("/dev/null was replaced by a regular file")
	}
	target := filepath.Join(dir, "target.md")
	os.WriteFile(target, nil, 0o644)
	link := filepath.Join(dir, "link.md")
	os.Symlink(target, link)
	if _, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--output", link); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("--output replaced a symlink instead of following it")
	}
	if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "# Recommended path") {
		t.Fatal("the symlink's target was not written")
	}
	if _, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--output", filepath.Join(dir, "no", "such", "out.md")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("--output into a missing folder: %v", err)
	}
	if _, err := execute(t, "quiz", "--answers", "/dev/zero"); !isUsage(err) || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("--answers /dev/zero: %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, append([]byte("# "), bytes.Repeat([]byte("x"), 2<<20)...), 0o644)
	if _, err := execute(t, "quiz", "--answers", big); !isUsage(err) || !strings.Contains(err.Error(), "at most 1 MiB") {
		t.Fatalf("a 2 MiB answers file: %v", err)
	}
	// Hostile content: escapes, C1 controls and bidi overrides in a name.
	content := contentCopy(t)
	csm := filepath.Join(content, "certs", "csm.md")
	data, _ := os.ReadFile(csm)
	os.WriteFile(csm, bytes.Replace(data, []byte("name: Certified ScrumMaster"), []byte("name: \"Certified \\e]52;c;cm0gLXJmIH4=\\a\\e]0;pwned\\aScrum\\u009b31m\\u202eMaster\""), 1), 0o644)
	// Such content is refused, naming the file and the field (issue 27,
	// F15: the escapes are made by YAML decoding, after any look at the
	// file's bytes).
	for _, args := range [][]string{{"validate"}, {"certs", "list"}, {"certs", "show", "csm"}, {"certs", "show", "csm", "--format", "text"}, {"certs", "compare", "csm", "psm-i", "--format", "json"}} {
		code, out, errOut := runCLI(t, append(args, "--content", content)...)
		if code == 0 || out != "" || !strings.Contains(errOut, "certs/csm.md: name holds a control or bidi character (U+001B); content is plain text, remove it") {
			t.Errorf("%v: status %d, %q, %q", args, code, out, errOut)
		}
		if strings.ContainsAny(errOut, "\x1b\u009b\u202e\a") {
			t.Errorf("%v lets a control sequence through: %q", args, errOut)
		}
	}
	// A file name made to inject markdown: a newline and 90 quote marks.
	ok := filepath.Join(dir, "ok.txt")
	os.WriteFile(ok, []byte("Facilitate retrospectives and sprint planning."), 0o644)
	evil := filepath.Join(dir, "x\n"+strings.Repeat(">", 90))
	os.WriteFile(evil, []byte("Own the product backlog."), 0o644)
	for _, format := range []string{"markdown", "text"} {
		if _, err := execute(t, "analyze", ok, evil, "--format", format); err != nil {
			t.Fatalf("analyze with a hostile file name (%s): %v", format, err)
		}
	}
}

// TestAnalyzeEveryWayIn is issue 16 on the command line: a saved page, a
// link, and the lines and exit statuses of the ones that fail.
func TestAnalyzeEveryWayIn(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(`<!doctype html><html><head><title>Scrum Master</title><script>var x="product backlog roadmap"</script></head><body><nav>Product Owner jobs</nav><main><h1>Scrum Master</h1><ul><li>Facilitate sprint planning and retrospectives.</li><li>Remove impediments for the team.</li></ul></main></body></html>`), 0o644)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "Scrum Master\nFacilitate sprint planning and retrospectives. Remove impediments.\n")
	}))
	defer srv.Close()
	cmd := testRoot()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs([]string{"analyze", page, srv.URL + "/job", srv.URL + "/missing", "--format", "json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Profiles []struct{ ID string }
		Postings []struct{ Name string }
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Postings) != 2 || rep.Profiles[0].ID != "scrum-master" {
		t.Fatalf("the page and the link should read as Scrum Master: %s", out.String())
	}
	if !strings.Contains(errOut.String(), "the site answered 404 Not Found") || strings.Count(strings.TrimSpace(errOut.String()), "\n") != 0 {
		t.Fatalf("the 404 is one clear line: %q", errOut.String())
	}
	if _, err := execute(t, "analyze", srv.URL+"/job", "--offline"); !isUsage(err) {
		t.Fatalf("--offline with only a link must be a usage error, got %v", err)
	}
}

// The summary printed on exit wraps between words, never inside one.
func TestExitSummaryWrapsBetweenWords(t *testing.T) {
	t.Parallel()
	s := "certpath: your answers point to Project Manager (67% of all points), in the context of project governance; run certpath again to read them.\n"
	for _, line := range strings.Split(strings.TrimRight(wrapLines(s, 40), "\n"), "\n") {
		if len(line) > 40 {
			t.Fatalf("a line of %d columns: %q", len(line), line)
		}
		if !strings.Contains(s, line) {
			t.Fatalf("a word was cut: %q", line)
		}
	}
}
