package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/content"
)

// execute runs certpath with args and returns standard output and the error.
func execute(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// contentCopy writes the built-in content to a folder a test may change.
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
	out, err := execute(t, "certs", "list")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Scaled Agile\n  popm", "Scrum.org\n  psm-i", "Scrum Alliance\n  csm", "PMI\n  pmp"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	out, err = execute(t, "certs", "list", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct{ ID, Issuer string }
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 19 || rows[0].ID != "popm" {
		t.Fatalf("json list: %v, %d rows", err, len(rows))
	}
	if _, err := execute(t, "certs", "list", "--format", "yaml"); !isUsage(err) || !strings.Contains(err.Error(), "use text or json") {
		t.Fatalf("an unknown format should be a usage error naming the choices, got %v", err)
	}
}

func TestCertsShow(t *testing.T) {
	out, err := execute(t, "certs", "show", "POPM")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "**Exam questions:** 45") || !strings.Contains(out, "**Pass mark** (sources disagree") {
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
	for _, args := range [][]string{{"certs", "show", "psm-iv"}, {"certs", "compare", "popm", "safe-guru"}} {
		_, err := execute(t, args...)
		if !isUsage(err) || !strings.Contains(err.Error(), "known IDs: popm, ssm") {
			t.Errorf("%v: want a usage error listing the known IDs, got %v", args, err)
		}
	}
}

func TestCertsCompare(t *testing.T) {
	out, err := execute(t, "certs", "compare", "pspo-i", "cspo")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "| | PSPO I | CSPO |") || !strings.Contains(out, "none: there is no test") {
		t.Fatalf("compare output:\n%s", out)
	}
}

func TestValidateAndContentFlag(t *testing.T) {
	out, err := execute(t, "validate")
	if err != nil || !strings.Contains(out, "built-in content is valid: 19 certifications") {
		t.Fatalf("validate: %v\n%s", err, out)
	}

	dir := contentCopy(t)
	csm := filepath.Join(dir, "certs", "csm.md")
	data, _ := os.ReadFile(csm)
	fixed := strings.Replace(string(data), `{value: "$25 per attempt after the two included ones"`, `{value: "$30 per attempt after the two included ones"`, 1)
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

func TestBadFlagIsAUsageError(t *testing.T) {
	if _, err := execute(t, "certs", "list", "--colour"); !isUsage(err) {
		t.Fatalf("an unknown flag should exit 2, got %v", err)
	}
}
