package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runTeam runs certpath with args and returns standard output, standard
// error (with the final error as certpath prints it) and the status.
func runTeam(t testing.TB, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	out, errOut, err := runCmd(args...)
	if err != nil {
		var b strings.Builder
		printError(&b, err, "certpath team")
		errOut += b.String()
	}
	return out, errOut, exitStatus(err)
}

// A folder of answers files with a bad one and one that is no answers
// file, and a file named twice: the others still make the plan, each bad
// file is named with its problems, the file named twice is read once and
// said so, and the status is 2 (some files were left out).
func TestTeamLeavesOutBadFilesAndSaysSo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	people, _ := filepath.Glob("../team/testdata/people/*.yaml")
	for _, p := range people[:3] {
		data, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("name: Bad\nweek.time: 5\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "list.json"), []byte("[1, 2]"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not read"), 0o644)
	twice := filepath.Join(dir, filepath.Base(people[0]))
	out, errOut, status := runTeam(t, "team", dir, twice, "--format", "markdown")
	if status != ExitUsage {
		t.Errorf("status %d, want %d (files left out)", status, ExitUsage)
	}
	for _, want := range []string{"Three people over the next 12 months", "**Left out of this plan:**", "bad.yaml", "list.json"} {
		if !strings.Contains(out, want) {
			t.Errorf("the plan lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{
		"bad.yaml: the answers file has ", "  week.time: got the number 5;", "list.json: the file must be a mapping",
		"is the same file as", "named twice: read once", "certpath: 2 files left out of the plan (above); it covers the other three people",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(out+errOut, "notes.txt") {
		t.Errorf("a folder's other files are no answers files and are not named:\n%s", errOut)
	}
}

// Two files giving the same name are two people, told apart by their
// file, and the name is said to be shared.
func TestTeamNamesPeopleOfTheSameName(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	data, _ := os.ReadFile("../team/testdata/people/art-sm-new.yaml")
	os.WriteFile(filepath.Join(dir, "a.yaml"), data, 0o644)
	os.WriteFile(filepath.Join(dir, "b.yaml"), data, 0o644)
	out, errOut, status := runTeam(t, "team", dir, "--format", "json")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var plan struct {
		People []struct{ Name string } `json:"people"`
		Notes  []string                `json:"notes"`
	}
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatal(err)
	}
	if len(plan.People) != 2 || plan.People[0].Name != "Priya Raman (a.yaml)" || plan.People[1].Name != "Priya Raman (b.yaml)" || len(plan.Notes) != 1 {
		t.Errorf("want two Priyas told apart by file and one note; got %+v", plan)
	}
	if !strings.Contains(errOut, "Priya Raman is the name of two people") {
		t.Errorf("standard error should name the shared name:\n%s", errOut)
	}
}

// The caps of outside input: past MaxTeamFiles the rest are left out with
// one line naming the limit; a file over 1 MiB is named with its limit;
// --budget and --months outside what is read say what would be.
func TestTeamCaps(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for i := range MaxTeamFiles + 3 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%03d.yaml", i)), []byte("x: 1\n"), 0o644)
	}
	big := filepath.Join(t.TempDir(), "big.yaml")
	os.WriteFile(big, bytes.Repeat([]byte("# padding\n"), MaxAnswersBytes/10+1), 0o644)
	_, errOut, status := runTeam(t, "team", dir, big)
	if status != ExitUsage {
		t.Errorf("status %d, want %d", status, ExitUsage)
	}
	for _, want := range []string{
		fmt.Sprintf("certpath: 4 more files: a team plan reads at most %d answers files", MaxTeamFiles),
		"no answers file could be read",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error lacks %q:\n%.2000s", want, errOut[max(0, len(errOut)-2000):])
		}
	}
	_, errOut, _ = runTeam(t, "team", big, "../team/testdata/people/art-rte.yaml")
	if !strings.Contains(errOut, "big.yaml is 1.0 MiB; an answers file can be at most 1 MiB") {
		t.Errorf("the file over 1 MiB should be named with the limit:\n%s", errOut)
	}
	for _, c := range []struct{ flag, value, want string }{
		{"--budget", "lots", "--budget lots is not an amount certpath reads; give whole US dollars"},
		{"--budget", "-5", "give whole US dollars from 1 to"},
		{"--months", "0", "--months 0 is out of range; give 1 to 60"},
		{"--months", "61", "--months 61 is out of range"},
	} {
		_, errOut, status := runTeam(t, "team", "../team/testdata/people", c.flag, c.value)
		if status != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%s %s: status %d, want 2 and %q:\n%s", c.flag, c.value, status, c.want, errOut)
		}
	}
	if _, errOut, status := runTeam(t, "team"); status != ExitUsage || !strings.Contains(errOut, "team needs answers files or a folder of them") {
		t.Errorf("team alone: status %d\n%s", status, errOut)
	}
}

// A budget is read as whole US dollars, written as people write them.
func TestTeamBudgetAmounts(t *testing.T) {
	t.Parallel()
	for _, v := range []string{"8000", "8,000", "$8000", " $8,000 "} {
		opt, err := teamOptions(12, v)
		if err != nil || opt.BudgetUSD != 8000 {
			t.Errorf("--budget %q: %v, %v", v, opt.BudgetUSD, err)
		}
	}
}

// 200 answers files, read from a folder and planned together, printed as
// markdown: issue 38 asks for under 2 s.
func BenchmarkTeam200(b *testing.B) {
	dir := b.TempDir()
	people, _ := filepath.Glob("../planner/testdata/people/*.yaml")
	blind, _ := filepath.Glob("../team/testdata/people/*.yaml")
	people = append(people, blind...)
	for i := range 200 {
		data, _ := os.ReadFile(people[i%len(people)])
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%03d.yaml", i)), data, 0o644)
	}
	for b.Loop() {
		out, errOut, status := runTeam(b, "team", dir, "--budget", "50000", "--format", "markdown")
		if status != 0 || !strings.Contains(out, "200 people") {
			b.Fatalf("status %d: %s", status, errOut)
		}
	}
}
