package sourcecheck

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// With no page answering (every connection refused), the check says so
// once, counting the pages, and reads none; one page that answers, even
// with a 404, means the network is up.
func TestNoPageAnswered(t *testing.T) {
	t.Parallel()
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	targets := []Target{
		target("csm", "exam.questions", "S38", closed.URL+"/csm", "50", "50 questions"),
		target("csm", "exam.pass_mark", "S38", closed.URL+"/csm", "74%", "74%"),
		target("psm-i", "exam.questions", "S31", closed.URL+"/psm-i", "80", "80 questions"),
	}
	results := Run(context.Background(), targets, Options{Timeout: time.Minute})
	line := NoneAnswered(results)
	if !strings.HasPrefix(line, "no page could be reached, so no figure was checked: none of the 2 pages answered (S38 could not be fetched (") ||
		!strings.HasSuffix(line, "; check this computer's network connection or proxy and run the check again") || strings.Contains(line, "\n") {
		t.Errorf("NoneAnswered = %q", line)
	}
	if rep := NewReport("2026-12-07", results, Skipped{}); rep.Sources != 0 {
		t.Errorf("no page was read, yet the report counts %d", rep.Sources)
	}
	gone := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(gone.Close)
	targets = append(targets, target("pmp", "renewal", "S137", gone.URL+"/pmp", "3 years", "every three years"))
	if line := NoneAnswered(Run(context.Background(), targets, Options{Timeout: time.Minute})); line != "" {
		t.Errorf("a site answered 404, yet NoneAnswered = %q", line)
	}
}
