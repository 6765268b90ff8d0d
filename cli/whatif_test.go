package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// person39 is a project manager whose PMI-ACP waits on 24 months in agile
// roles: 24 to 35 months opens it now.
const person39 = "../planner/testdata/people/39-pm-2yrs-no-pmp.yaml"

// TestWhatIfPrintsBothPaths: markdown puts the two paths side by side,
// text on an 80-column page one after the other, and both say what
// changed.
func TestWhatIfPrintsBothPaths(t *testing.T) {
	t.Parallel()
	code, md, errOut := runCLI(t, "quiz", "--answers", person39, "--what-if", "week.agile_months=24to35", "--format", "markdown")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	for _, want := range []string{"- **Months in agile roles**: “24 to 35 months” instead of “12 to 23 months”",
		"| | Your path now | With the change |", "| **1** | **PMI-ACP** · after 24 months in agile roles | **PMI-ACP** · now |",
		"- PMI-ACP opens otherwise: now (until now: after 24 months in agile roles)."} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	code, text, errOut := runCLI(t, "quiz", "--answers", person39, "--what-if", "week.org_safe=yes", "--what-if", "week.held_certs=pmp", "--format", "text")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	if !wentMark.MatchString(text) {
		t.Errorf("the step that went is not marked in words:\n%s", text)
	}
	now, with := strings.Index(text, "Your path now"), strings.Index(text, "With the change")
	if now < 0 || with < now || strings.Contains(text, "│") {
		t.Errorf("80 columns of text should hold the paths one after the other, not a table:\n%s", text)
	}
	for _, want := range []string{"SAFe where you work: “Yes, we run Agile Release Trains” instead of", "Certifications you hold: “Project Management Professional (PMP)”", "What changed", "Went: PMP, step 3 until now"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

// wentMark is the word beside a step that went, after the code span's
// padding.
var wentMark = regexp.MustCompile(`3\. PMP · after 36 months leading projects \(60 without a degree\) · +went`)

// TestWhatIfJSONHasBothAndTheDifferences: the JSON holds the changes as an
// answers file gives them, both results and the steps that came, went and
// moved.
func TestWhatIfJSONHasBothAndTheDifferences(t *testing.T) {
	t.Parallel()
	code, out, errOut := runCLI(t, "quiz", "--answers", person39, "--what-if", "week.held_certs=pmp,psm-i", "--format", "json")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	var d struct {
		WhatIf []struct {
			Question string `json:"question"`
			Value    any    `json:"value"`
		} `json:"what_if"`
		Before, After struct {
			Path []struct {
				Cert string `json:"cert"`
			} `json:"path"`
		}
		Differences struct {
			Came, Went []struct {
				Cert     string `json:"cert"`
				Position int    `json:"position"`
			}
			Moved []struct {
				Cert     string `json:"cert"`
				From, To int
			}
		} `json:"differences"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.WhatIf) != 1 || d.WhatIf[0].Question != "week.held_certs" || len(d.WhatIf[0].Value.([]any)) != 2 {
		t.Errorf("what_if = %+v", d.WhatIf)
	}
	if len(d.Before.Path) == 0 || len(d.After.Path) == 0 {
		t.Fatalf("paths before %v, after %v", d.Before.Path, d.After.Path)
	}
	went := map[string]bool{}
	for _, w := range d.Differences.Went {
		went[w.Cert] = true
	}
	// PMP and PSM I are held after the change: both leave the path.
	if !went["pmp"] || !went["psm-i"] {
		t.Errorf("differences.went = %+v; want pmp and psm-i", d.Differences.Went)
	}
}

// TestWhatIfBadInputIsTheAnswersFilesError: a bad question ID or value
// gets the message the same mistake gets in an answers file, status 2, and
// nothing is written, not even to --output.
func TestWhatIfBadInputIsTheAnswersFilesError(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(person39)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct{ spec, line, value string }{
		{"week.agile_months=2y", "week.agile_months", "2y"},
		{"week.held_certs=csm,nope", "week.held_certs", "[csm, nope]"},
		{"week.held_certs=csm,none", "week.held_certs", "[csm, none]"},
		{"week.teams_per_product=", "week.teams_per_product", ""},
	} {
		bad := filepath.Join(dir, "bad.yaml")
		// The same mistake in an answers file: the line replaced.
		var lines []string
		for _, l := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(l, c.line+":") {
				lines = append(lines, l)
			}
		}
		os.WriteFile(bad, []byte(strings.Join(append(lines, c.line+": "+c.value), "\n")), 0o644)
		_, _, fileErr := runCLI(t, "quiz", "--answers", bad)
		problem := strings.TrimSpace(fileErr[strings.LastIndex(fileErr, "\n  ")+1:])
		out := filepath.Join(dir, "out.md")
		code, stdout, errOut := runCLI(t, "quiz", "--answers", person39, "--what-if", c.spec, "--output", out)
		if code != ExitUsage || stdout != "" || !strings.Contains(errOut, "--what-if "+problem) {
			t.Errorf("--what-if %s: status %d, stdout %q, stderr %q; want 2 and the answers file's %q", c.spec, code, stdout, errOut, problem)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("--what-if %s: %s was written", c.spec, out)
		}
	}
	for _, spec := range []string{"week.agile=24to35", "agile months", "=csm"} {
		code, stdout, errOut := runCLI(t, "quiz", "--answers", person39, "--what-if", spec)
		if code != ExitUsage || stdout != "" || strings.Count(strings.TrimSpace(errOut), "\n") > 0 || !strings.Contains(errOut, "--what-if") {
			t.Errorf("--what-if %q: status %d, stdout %q, stderr %q; want 2 and one line", spec, code, stdout, errOut)
		}
	}
}
