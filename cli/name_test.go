package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certpath/questions"
)

// --name is checked as an answers file's name is: one line, at most 80
// characters; a bad one is a usage error that says what is accepted.
func TestNameFlagIsChecked(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	code, _, errOut := runCLI(t, "--name", "Dana\nLee", "--accessible")
	if code != ExitUsage || !strings.Contains(errOut, "--name: a name is one line of at most 80 characters") {
		t.Errorf("--name with a line break: status %d, %q", code, errOut)
	}
}

// The quiz saves the name given with --name beside the answers, keeps the
// name saved earlier when none is given, and the saved file is an answers
// file certpath team names the person by.
func TestNameFlagIsSavedForTeam(t *testing.T) {
	dir := stateDir(t)
	b := stateBank(t)
	s := settings{name: "Dana Lee"}
	saved, _, err := s.openNamedState(b)
	if err != nil || saved == nil {
		t.Fatalf("open: %v", err)
	}
	data, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := questions.ParseAnswers(b, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := saved.Save(b, a, 1, earlier); err != nil {
		t.Fatal(err)
	}
	saved.Close()
	// A later run without --name keeps the name.
	again, resume, err := settings{}.openNamedState(b)
	if err != nil || again == nil || resume.Name != "Dana Lee" {
		t.Fatalf("resume: %v, name %q", err, resume.Name)
	}
	if err := again.Save(b, a, 2, later); err != nil {
		t.Fatal(err)
	}
	again.Close()
	out, err := execute(t, "team", filepath.Join(dir, "answers.yaml"), "--format", "text")
	if err != nil || !strings.Contains(out, "Dana Lee") {
		t.Errorf("team does not name the person saved: %v\n%s", err, out)
	}
}
