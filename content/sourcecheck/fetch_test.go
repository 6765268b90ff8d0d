package sourcecheck

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"certpath/internal/testcheck"
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
// may redirect there, as before.
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
		http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
	}))
	t.Cleanup(outside.Close)
	u, _ := url.Parse(outside.URL)
	port, _ := strconv.Atoi(u.Port())
	// The test's two servers are both on 127.0.0.1: the one the source
	// names stands for a public site.
	publicHere := func(ap netip.AddrPort) bool { return int(ap.Port()) == port }
	tg := []Target{target("psm-i", "exam.questions", "S1", outside.URL+"/exam", "80", "The exam has 80 questions.")}

	r := Run(context.Background(), tg, Options{Timeout: time.Minute, public: publicHere})
	want := "a public page redirects to " + inside.URL + "/admin, a loopback address (127.0.0.1); a check follows no public page onto this machine or a private network"
	if r[0].Verdict != Unreachable || r[0].Problem != want {
		t.Errorf("%s %q, want unreachable: %q", r[0].Verdict, r[0].Problem, want)
	}
	mu.Lock()
	if asked != 0 {
		t.Errorf("the address on this machine was asked %d times", asked)
	}
	mu.Unlock()

	r = Run(context.Background(), tg, Options{Timeout: time.Minute})
	if r[0].Verdict != Moved || r[0].MovedTo != inside.URL+"/admin" {
		t.Errorf("a source on 127.0.0.1 itself: %s %q %q, want moved", r[0].Verdict, r[0].MovedTo, r[0].Problem)
	}
}

func TestAddressKinds(t *testing.T) {
	t.Parallel()
	for addr, want := range map[string]string{
		"127.0.0.1:80": "a loopback address", "[::1]:80": "a loopback address", "[::ffff:127.0.0.1]:80": "a loopback address",
		"169.254.169.254:80": "a link-local address", "[fe80::1]:80": "a link-local address",
		"10.0.0.1:80": "a private address", "192.168.1.1:80": "a private address", "172.16.0.1:80": "a private address", "[fd00::1]:80": "a private address",
		"0.0.0.0:80": "an unspecified address", "93.184.216.34:443": "", "[2606:2800:220:1::]:443": "",
	} {
		ap := netip.MustParseAddrPort(addr)
		if got := addrKind(ap.Addr()); got != want || publicAddr(ap) != (want == "") {
			t.Errorf("%s: %q, public %v; want %q", addr, got, publicAddr(ap), want)
		}
	}
}
