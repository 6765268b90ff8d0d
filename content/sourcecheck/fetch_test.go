package sourcecheck

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"certpath/internal/testcheck"
	"certpath/postings"
)

// hostile serves pages a source may turn into: in other charsets, empty,
// binary, mislabelled, refused, redirecting without end.
func hostile(t *testing.T) *httptest.Server {
	page := func(ctype string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Write(body)
		}
	}
	// "Café – it’s “the” exam: 80 questions." in windows-1252.
	cp1252 := []byte("Caf\xe9 \x96 it\x92s \x93the\x94 exam: 80 questions.")
	mux := http.NewServeMux()
	mux.Handle("/cp1252", page("text/html", append([]byte(`<html><head><meta charset="windows-1252"><title>PSM I</title></head><body><article><p>`), append(cp1252, "</p></article></body></html>"...)...)))
	mux.Handle("/equiv", page("text/html", append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>`), append(cp1252, "</p></body></html>"...)...)))
	mux.Handle("/latin1", page("text/plain; charset=iso-8859-1", cp1252))
	mux.Handle("/sjis", page("text/html; charset=shift_jis", []byte("<html><body><p>\x83X\x83N\x83\x89\x83\x80 The exam has 80 questions.</p></body></html>")))
	mux.Handle("/klingon", page("text/html", append([]byte(`<html><head><meta charset="x-klingon"></head><body><p>`), append(cp1252, "</p></body></html>"...)...)))
	mux.Handle("/undeclared", page("text/plain", cp1252))
	mux.Handle("/empty", page("text/html", nil))
	mux.Handle("/tags-only", page("text/html", []byte("<html><body><script>var x;</script><div></div></body></html>")))
	mux.Handle("/blank", page("text/plain", []byte(strings.Repeat(" \n", 5000))))
	mux.Handle("/binary", page("text/plain", []byte("PK\x03\x04\x00\x00binary\x00")))
	mux.Handle("/pdf-html", page("application/pdf", []byte("<html><body><p>The exam has 80 questions.</p></body></html>")))
	mux.Handle("/image", page("image/png", []byte("\x89PNG")))
	mux.HandleFunc("/forbidden", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// A page in another charset than UTF-8 is read when it says which: in a
// meta tag, its Content-Type, or a meta http-equiv.
func TestDeclaredCharsetsAreDecoded(t *testing.T) {
	t.Parallel()
	srv := hostile(t)
	for i, path := range []string{"/cp1252", "/equiv", "/latin1"} {
		id := "S" + strconv.Itoa(i)
		r := Run(context.Background(), []Target{target("psm-i", "exam.questions", id, srv.URL+path, "80", "Café - it's \"the\" exam: 80 questions.")}, Options{Timeout: time.Minute})
		if r[0].Verdict != StillSays {
			t.Errorf("%s: %s %q, want still says", path, r[0].Verdict, r[0].Problem)
		}
	}
	r := Run(context.Background(), []Target{target("psm-i", "exam.questions", "S9", srv.URL+"/sjis", "80", "The exam has 80 questions.")}, Options{Timeout: time.Minute})
	if r[0].Verdict != StillSays {
		t.Errorf("/sjis: %s %q, want still says", r[0].Verdict, r[0].Problem)
	}
}

// Every page a check cannot read is told in a check's words: what is wrong
// with the page, never the posting reader's advice (paste the posting's
// text, give the file).
func TestUnreadablePagesInACheckWords(t *testing.T) {
	t.Parallel()
	srv := hostile(t)
	want := map[string]string{
		"/klingon":    `the page says it is in the charset "x-klingon", which certpath cannot read`,
		"/undeclared": "the page is not UTF-8 text and does not say which charset it is in",
		"/empty":      "the page holds no text",
		"/tags-only":  "this HTML page has no text to read; open the address in a browser and look for the quote there",
		"/blank":      "the page holds no text (it is empty or white space)",
		"/binary":     "the site sent something that is not text (NUL bytes: a compressed or binary body)",
		"/pdf-html":   "this PDF",
		"/image":      "image/png",
		"/forbidden":  "the site answered 403 Forbidden",
		"/loop":       "it sends certpath on more than 5 redirects",
	}
	var targets []Target
	for path := range want {
		targets = append(targets, target("psm-i", "exam.questions", "S"+path, srv.URL+path, "80", "The exam has 80 questions."))
	}
	for _, r := range Run(context.Background(), targets, Options{Timeout: time.Minute}) {
		path := strings.TrimPrefix(r.URL, srv.URL)
		if r.Verdict != Unreachable || !strings.Contains(r.Problem, want[path]) {
			t.Errorf("%s: %s %q, want unreachable with %q", path, r.Verdict, r.Problem, want[path])
		}
		for _, posting := range []string{"posting", "paste", "give the file", "give a "} {
			if strings.Contains(r.Problem, posting) {
				t.Errorf("%s: %q speaks of %q, which is a posting's advice", path, r.Problem, posting)
			}
		}
		if strings.Contains(r.Problem, "\n") {
			t.Errorf("%s: more than one line: %q", path, r.Problem)
		}
	}
}

// trickle answers at once with a few words, then holds the rest of the
// body until the request's time is up, as a page that drips one byte every
// few seconds does; no network and no clock but the budget's own.
type trickle struct{}

func (trickle) RoundTrip(req *http.Request) (*http.Response, error) {
	first := true
	body := readerFunc(func(p []byte) (int, error) {
		if first {
			first = false
			return copy(p, "Header text only. "), nil
		}
		<-req.Context().Done()
		return 0, req.Context().Err()
	})
	return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{"Content-Type": {"text/plain"}},
		Body: io.NopCloser(body), Request: req}, nil
}

// N9: a page the time budget cuts off is said to be late, not too big.
func TestACutPageIsLateNotTooBig(t *testing.T) {
	t.Parallel()
	r := Run(context.Background(), []Target{target("psm-i", "exam.questions", "S1", "http://issuer.example/drip", "80", "The exam has 80 questions.")},
		Options{Timeout: 50 * time.Millisecond, Transport: trickle{}})
	want := "the page did not arrive whole within 50ms (the --timeout budget), and what came (18 bytes) does not hold the quote"
	if r[0].Verdict != Unreachable || r[0].Problem != want {
		t.Fatalf("%s %q, want unreachable: %q", r[0].Verdict, r[0].Problem, want)
	}
}

// N13: a public page that redirects onto this machine or a private network
// is not followed; a source whose own address is 127.0.0.1 is read, and
// may redirect there, but not to an address of another kind.
func TestNoRedirectFromAPublicPageOntoThisMachine(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	asked := 0
	inside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, testcheck.HTMLPage("Router", "The exam has 80 questions."))
	}))
	t.Cleanup(inside.Close)
	outside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/away" {
			http.Redirect(w, r, "http://239.1.2.3:9/x", http.StatusFound)
			return
		}
		http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
	}))
	t.Cleanup(outside.Close)
	// The test's servers are on 127.0.0.1: outside stands in for a public
	// site at 203.0.113.7, and nothing else off this computer is reached.
	standIn := postings.StandInTransport(func(ctx context.Context, network, address string) (net.Conn, error) {
		switch {
		case address == "203.0.113.7:80":
			address = outside.Listener.Addr().String()
		case !strings.HasPrefix(address, "127.0.0.1:"):
			return nil, errors.New("the test reaches nothing off this computer")
		}
		var d net.Dialer
		return d.DialContext(ctx, network, address)
	})
	check := func(link string, opts Options) Result {
		opts.Timeout = time.Minute
		tg := []Target{target("psm-i", "exam.questions", "S1", link, "80", "The exam has 80 questions.")}
		return Run(context.Background(), tg, opts)[0]
	}

	r := check("http://203.0.113.7/exam", Options{Transport: standIn})
	want := "a public page redirects to " + inside.URL + "/admin, an address on this computer (127.0.0.1); a check follows no public page onto this machine or a private network"
	if r.Verdict != Unreachable || r.Problem != want {
		t.Errorf("%s %q, want unreachable: %q", r.Verdict, r.Problem, want)
	}
	mu.Lock()
	if asked != 0 {
		t.Errorf("the address on this machine was asked %d times", asked)
	}
	mu.Unlock()

	// Through the transport a check uses when given none.
	r = check(outside.URL+"/away", Options{})
	want = "the page redirects to http://239.1.2.3:9/x, an address that is not a web site's (239.1.2.3); a check follows a redirect only to a public address or to the kind of address the source names"
	if r.Verdict != Unreachable || r.Problem != want {
		t.Errorf("a source on 127.0.0.1 to a multicast address: %s %q, want unreachable: %q", r.Verdict, r.Problem, want)
	}

	r = check(outside.URL+"/exam", Options{})
	if r.Verdict != Moved || r.MovedTo != inside.URL+"/admin" {
		t.Errorf("a source on 127.0.0.1 itself: %s %q %q, want moved", r.Verdict, r.MovedTo, r.Problem)
	}
}
