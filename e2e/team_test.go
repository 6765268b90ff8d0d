package e2e

import (
	"os"
	"strings"
	"testing"
)

// certpath team on a terminal opens the plan in the results' pager (a
// bad file is named once it closes, and the status says it was left
// out); --print prints it instead.
func TestTeamOpensThePagerOnATerminal(t *testing.T) {
	t.Parallel()
	bad := t.TempDir() + "/bad.yaml"
	if err := os.WriteFile(bad, []byte("name: Bad\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()}, "team", "../team/testdata/people", bad)
	s.waitFor(t, "certpath")
	s.waitFor(t, "Okafor")
	s.send(t, "q")
	status, out := s.exit(t)
	if status != 2 || !strings.Contains(out, "1 file left out of the plan") {
		t.Errorf("status %d, want 2 and the file left out named after the pager:\n%s", status, tail(out))
	}
	p := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()}, "team", "../team/testdata/people", "--print")
	status, out = p.exit(t)
	if status != 0 || !strings.Contains(out, "Ten people over the next 12 months") || strings.Contains(out, "esc quit") {
		t.Errorf("--print: status %d, want 0 and the plan printed:\n%s", status, tail(out))
	}
}
