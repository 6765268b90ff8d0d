package postings

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGatherKeepsTheCaps: the one reader keeps at most MaxPostings, pasted
// ones first, and says what it dropped in the words every input uses.
func TestGatherKeepsTheCaps(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var paths []string
	for i := range MaxPostings {
		p := filepath.Join(dir, fmt.Sprintf("posting%02d.txt", i))
		if err := os.WriteFile(p, []byte("Scrum Master: facilitate retrospectives."), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	pasted := "Product Owner: own the backlog.\n---\nRelease Train Engineer: run PI planning.\n"
	texts, problems := Gather(context.Background(), paths, Sources{Pasted: pasted, Offline: true})
	if len(texts) != MaxPostings || texts[0].Name != PastedName+" 1" || texts[1].Name != PastedName+" 2" {
		t.Fatalf("kept %d postings, the first named %q", len(texts), texts[0].Name)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "only the first 20 postings are used; 2 inputs from "+paths[18]+" on were not read") {
		t.Fatalf("problems: %v", Messages(problems))
	}
	if Origin(texts[0]) != "pasted" || Origin(texts[2]) != "file" || Origin(Text{Name: "https://example.com/job"}) != "link" {
		t.Fatal("origins are told apart by the names Gather gives")
	}
}
