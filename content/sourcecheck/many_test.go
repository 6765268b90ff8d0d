package sourcecheck

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// bigPage serves one page of about 1 MiB of the same sentence, as
// manyquotes.py in the third hostile-inputs round did.
func bigPage(tb testing.TB) string {
	text := strings.Repeat("The assessment has many questions about Scrum and the team works in sprints. ", 13600)[:1040000]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, text)
	}))
	tb.Cleanup(srv.Close)
	return srv.URL + "/big"
}

// manyQuotes are n figures citing one page, none of whose quotes it holds.
func manyQuotes(url string, n int) []Target {
	targets := make([]Target, n)
	for i := range targets {
		targets[i] = target("psm-i", "course_required", "S31", url, "yes", fmt.Sprintf("quote number %d about Scrum that is not on the page", i))
	}
	return targets
}

// A page many figures quote is normalised once and split into sentences
// once, however many quotes are compared with it.
func TestAPageIsReadyOnceForAllItsQuotes(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	targets := manyQuotes(s.URL+"/changed", 40)
	targets = append(targets, target("psm-i", "exam.questions", "S31", s.URL+"/changed", "80", "The PSM I assessment has 80 questions"))
	var mu sync.Mutex
	done := map[string]int{}
	results := Run(context.Background(), targets, Options{Timeout: time.Minute, prepared: func(what string) {
		mu.Lock()
		defer mu.Unlock()
		done[what]++
	}})
	if results[0].Verdict != Changed || results[40].Verdict != StillSays {
		t.Fatalf("verdicts %s and %s, want changed and still says", results[0].Verdict, results[40].Verdict)
	}
	if done["normalise"] != 1 || done["split"] != 1 {
		t.Fatalf("41 quotes on one page: normalised %d times, split %d times; want once each", done["normalise"], done["split"])
	}
}

// More figures quoting one page than a check compares: those past the cap
// are named, with the cap, and not compared.
func TestQuotesPerPageAreCapped(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	results := Run(context.Background(), manyQuotes(s.URL+"/changed", 103), Options{Timeout: time.Minute})
	for i, r := range results {
		capped := strings.Contains(r.Problem, "not compared: 103 figures quote S31, and a check compares at most 100 quotes with one page")
		if (i >= 100) != capped || (i < 100) != (r.Verdict == Changed) {
			t.Fatalf("figure %d of 103: %s %q", i+1, r.Verdict, r.Problem)
		}
	}
}

// BenchmarkManyQuotesOnOnePage checks 100 quotes against a 1 MiB page,
// none of them on it: each is compared, then given its nearest sentence.
func BenchmarkManyQuotesOnOnePage(b *testing.B) {
	targets := manyQuotes(bigPage(b), 100)
	for b.Loop() {
		if r := Run(context.Background(), targets, Options{Timeout: time.Minute}); r[99].Verdict != Changed {
			b.Fatalf("%s %q", r[99].Verdict, r[99].Problem)
		}
	}
}
