package sourcecheck

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
)

// site serves issuer-like pages on 127.0.0.1 and counts what it was asked.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	agents   map[string]bool
	inFlight atomic.Int32
	most     atomic.Int32
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, agents: map[string]bool{}}
	html := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/psm-i", html(testcheck.HTMLPage("Professional Scrum Master I",
		"The PSM I assessment has <strong>80</strong> questions and a time limit of 60 minutes.",
		"You need a score of 85% or higher to pass \u2014 \u201cthe bar is high\u201d.",
		"Price: $200 USD per attempt.")))
	mux.Handle("/changed", html(testcheck.HTMLPage("Professional Scrum Master I",
		"The PSM I assessment has 80 questions and a time limit of 60 minutes.",
		"You need a score of 80% or higher to pass.",
		"Price: $250 USD per attempt.")))
	mux.HandleFunc("/guide.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(testcheck.PDF("Exam Study Guide", "Passing score: 73% (33 of 45)", "Duration: 90 minutes"))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/psm-i", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/old-slash", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/old-slash/", http.StatusMovedPermanently)
	})
	mux.Handle("/old-slash/", html(testcheck.HTMLPage("Same page", "You need a score of 85% or higher to pass.")))
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>Filler first.</p>")
		chunk := strings.Repeat("<p>filler text about nothing.</p>", 1<<10)
		for i := 0; i < (3<<20)/len(chunk); i++ {
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
		fmt.Fprint(w, "<p>You need a score of 85% or higher to pass.</p></body></html>")
	})
	// /slow never answers: only the reader's timeout ends it.
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/busy/", func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for m := s.most.Load(); n > m && !s.most.CompareAndSwap(m, n); m = s.most.Load() {
		}
		time.Sleep(30 * time.Millisecond)
		html(testcheck.HTMLPage("Busy", "You need a score of 85% or higher to pass."))(w, r)
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents[r.Header.Get("User-Agent")] = true
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// target is one quoted figure citing the source at url.
func target(cert, figure, source, url, value, quote string) Target {
	return Target{
		FactRef:  content.FactRef{ID: cert + "/" + figure + "/" + source, Cert: catalog.CertID(cert), Figure: figure, Fact: content.Fact{Value: value, Source: source, Quote: quote}},
		CertName: strings.ToUpper(cert),
		URL:      url,
	}
}

func TestEveryVerdict(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	targets := []Target{
		target("psm-i", "exam.pass_mark", "S1", s.URL+"/psm-i", "85%", `You need a score of 85% or higher to pass - "the bar is high".`),
		target("psm-i", "exam.questions", "S1", s.URL+"/psm-i", "80", "The PSM I assessment has 80 questions"),
		target("ssm", "exam.pass_mark", "S2", s.URL+"/guide.pdf", "73% (33 of 45)", "Passing score: 73% (33 of 45)"),
		target("psm-i", "exam.pass_mark", "S3", s.URL+"/changed", "85%", "You need a score of 85% or higher to pass."),
		target("psm-i", "exam_fee", "S3", s.URL+"/changed", "$200", "Price: $200 USD per attempt."),
		target("psm-i", "exam.minutes", "S4", s.URL+"/old", "60", "a time limit of 60 minutes"),
		target("psm-i", "exam.minutes", "S5", s.URL+"/old-slash", "85%", "a score of 85% or higher"),
		target("csm", "renewal", "S6", s.URL+"/gone", "$100", "$100 every two years"),
		target("csm", "renewal", "S7", s.URL+"/missing", "$100", "$100 every two years"),
		target("csm", "exam.questions", "S8", closed.URL+"/csm", "50", "50 questions"),
		target("csm", "exam.questions", "S9", s.URL+"/huge", "85%", "a score of 85% or higher"),
		target("csm", "exam.questions", "S11", s.URL+"/image", "50", "50 questions"),
	}
	// Every page here answers, so the budget is only a guard against a
	// hang: with 1.5 s a busy machine (-race, parallel tests) timed pages
	// out that had answered. The timeout's verdict is
	// TestSlowPageStopsAtTheTimeout's, on a page that never answers.
	var calls []int
	results := Run(context.Background(), targets, Options{Timeout: time.Minute, Progress: func(done, total int, rs []Result) {
		if total != 10 || len(rs) == 0 {
			t.Errorf("progress %d/%d with %d results", done, total, len(rs))
		}
		calls = append(calls, done)
	}})
	if len(calls) != 10 || calls[9] != 10 {
		t.Errorf("progress calls %v, want 1 to 10", calls)
	}
	want := []struct {
		verdict Verdict
		has     string // in page_now, moved_to or problem
	}{
		{StillSays, `You need a score of 85% or higher to pass - "the bar is high".`},
		{StillSays, "The PSM I assessment has 80 questions"},
		{StillSays, "Passing score: 73% (33 of 45)"},
		{Changed, "You need a score of 80% or higher to pass."},
		{Changed, "Price: $250 USD per attempt."},
		{Moved, s.URL + "/psm-i"},
		{StillSays, "a score of 85% or higher"},
		{Gone, "410 Gone"},
		{Gone, "404 Not Found"},
		{Unreachable, "could not be fetched"},
		{Unreachable, "over the 1 MiB budget"},
		{Unreachable, "serves image/png"},
	}
	for i, w := range want {
		r := results[i]
		all := r.PageNow + "|" + r.MovedTo + "|" + r.Problem
		if r.Verdict != w.verdict || !strings.Contains(all, w.has) {
			t.Errorf("%s at %s: %s %q, want %s with %q", r.ID, r.URL, r.Verdict, all, w.verdict, w.has)
		}
		if r.Quote != targets[i].Fact.Quote || r.Source != targets[i].Fact.Source || r.Figure != targets[i].Figure {
			t.Errorf("%s: the result lost its figure, source or quote: %+v", r.ID, r)
		}
	}
	if results[5].Problem != "the new page still holds the quote; update the source's url" {
		t.Errorf("a moved page that still says it: %q", results[5].Problem)
	}
	s.mu.Lock() // a handler's count and the test's reading, in order
	defer s.mu.Unlock()
	for path, n := range s.hits {
		if n != 1 && path != "/psm-i" {
			t.Errorf("%s was asked %d times; one GET per source", path, n)
		}
	}
	if s.hits["/psm-i"] != 2 { // S1 itself, and S4 after its redirect
		t.Errorf("/psm-i was asked %d times, want 2 (S1, and S4's redirect)", s.hits["/psm-i"])
	}
	if len(s.agents) != 1 || !s.agents[UserAgent] {
		t.Errorf("user agents %v, want only %q", s.agents, UserAgent)
	}
	if !Failed(results) || Failed(results[:3]) {
		t.Error("Failed must be true with anything but still says, false without")
	}
}

func TestSlowPageStopsAtTheTimeout(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	// The page never answers, so only the timeout can end the read (a
	// reader that ignored it would hang until the test's -timeout); how
	// soon it ends is the clock's business, not the verdict's.
	r := Run(context.Background(), []Target{target("csm", "exam.questions", "S10", s.URL+"/slow", "50", "50 questions")}, Options{Timeout: 200 * time.Millisecond})
	if r[0].Verdict != Unreachable || r[0].Problem != "no answer within 200ms (the --timeout budget)" {
		t.Fatalf("a page that never answers: %s %q", r[0].Verdict, r[0].Problem)
	}
}

func TestAtMostFourAtATime(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var targets []Target
	for i := range 10 {
		targets = append(targets, target("psm-i", "exam.pass_mark", fmt.Sprintf("S%d", i), fmt.Sprintf("%s/busy/%d", s.URL, i), "85%", "a score of 85% or higher"))
	}
	results := Run(context.Background(), targets, Options{})
	for _, r := range results {
		if r.Verdict != StillSays {
			t.Fatalf("%s: %s %s", r.URL, r.Verdict, r.Problem)
		}
	}
	if most := s.most.Load(); most > 4 || most < 1 {
		t.Fatalf("%d pages were read at once; at most four", most)
	}
}

func TestNearest(t *testing.T) {
	t.Parallel()
	page := "Professional Scrum Master I\nThe assessment has 80 questions. You need a score of 80% or higher to pass.\nPrice: $250 per attempt."
	for _, tt := range []struct{ quote, value, want string }{
		{"You need a score of 85% or higher to pass.", "85%", "You need a score of 80% or higher to pass."},
		{"Price: $200 per attempt", "$200", "Price: $250 per attempt."},
		// No word in common, but the figure's number is there.
		{"eighty items", "80", "The assessment has 80 questions."},
		{"zebra", "7", ""},
	} {
		if got := Nearest(page, tt.quote, tt.value); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
}

func TestSaysNormalises(t *testing.T) {
	t.Parallel()
	page := "You need a score of\n 85%  or higher \u2013 it\u2019s \u201chard\u201d."
	for _, q := range []string{"a score of 85% or higher - it's \"hard\"", "A SCORE OF 85% OR HIGHER", "score of 85%or higher"} {
		if !Says(page, q) {
			t.Errorf("Says(%q) = false", q)
		}
	}
	if Says(page, "a score of 80% or higher") || Says(page, "") {
		t.Error("Says must not find what is not there, nor an empty quote")
	}
}
