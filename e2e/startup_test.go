package e2e

import (
	"os/exec"
	"strings"
	"testing"
)

// TestStartUpLinksNoHeavyInit guards the start-up budget (issue 17): every
// package linked into certpath initialises before the first frame, so the
// ones that cost milliseconds there and that certpath does not need stay
// out. Glamour is built from third_party/glamour, which draws code blocks
// without chroma and strips HTML without bluemonday.
func TestStartUpLinksNoHeavyInit(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "-deps", "..").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	heavy := map[string]string{
		"github.com/alecthomas/chroma/v2/lexers": "chroma's lexers, about 20 ms",
		"github.com/alecthomas/chroma/v2/styles": "chroma's styles, about 7 ms",
		"github.com/microcosm-cc/bluemonday":     "bluemonday and its CSS parser, about 5 ms",
		"github.com/gorilla/css/scanner":         "gorilla/css's scanner, about 1 ms",
	}
	for _, pkg := range strings.Fields(string(out)) {
		if why, ok := heavy[pkg]; ok {
			t.Errorf("certpath links %s (%s of package initialisation at every start); see third_party/README.md", pkg, why)
		}
	}
}
