package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeKeepsThePostingCaps (F5): analyze reads at most 20 postings
// and says which inputs it left, as the quiz does.
func TestAnalyzeKeepsThePostingCaps(t *testing.T) {
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
