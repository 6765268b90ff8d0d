package cli

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// TestAnalyzeCountsInputsNotLines (N11): the same link given 20 times,
// with the time for reading running out at the third (here the context
// ends there, as the deadline would): the last line counts the inputs, 3
// failed and 17 not read, not the 4 lines above it.
func TestAnalyzeCountsInputsNotLines(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var asked atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if asked.Add(1) == 3 {
			cancel()
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	args := []string{"analyze"}
	for range 20 {
		args = append(args, srv.URL+"/jobs/123")
	}
	var out, errOut bytes.Buffer
	code := run(ctx, "", args, &out, &errOut)
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	want := "certpath: nothing could be analysed: 3 links failed, 17 not read (above); a posting saved from the browser (certpath analyze page.html) or its text pasted (certpath analyze -) always can be"
	if code != ExitError || len(lines) != 5 || lines[4] != want {
		t.Errorf("status %d, standard error:\n%s", code, errOut.String())
	}
}
