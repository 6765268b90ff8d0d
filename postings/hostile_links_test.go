package postings

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

// TestCutPageSaysItWasCut (N12): a page whose first bytes hold no text and
// whose rest never comes is named for the cut, not for "no text".
func TestCutPageSaysItWasCut(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><title>Exam</title></head><body><p>Scrum Master: facilitate retrospectives.</p></body></html>"))
	}))
	defer srv.Close()
	client := NewClient()
	client.Timeout = 0
	client.Transport = &stalling{base: http.DefaultTransport, sends: map[string]int{"/drip": 34}}
	_, _, err := Fetch(context.Background(), client, srv.URL+"/drip")
	want := srv.URL + "/drip: the page did not arrive whole within 10 s (only the first 34 bytes came, too little to read); try again, or save the page and give the file"
	if err == nil || err.Error() != want {
		t.Errorf("a page cut after 34 bytes: %v", err)
	}
}

// TestRedirectsStayWhereTheLinkPointed (N13): a link to a site on the
// internet that redirects to this computer, its network or a link-local
// address is refused in one line; a link given to 127.0.0.1 may redirect
// to 127.0.0.1. The site is the test's server: the dialer connects every
// address to it, and checks the address the request named.
func TestRedirectsStayWhereTheLinkPointed(t *testing.T) {
	t.Parallel()
	srv := redirecting(t, func(r *http.Request) string {
		if r.URL.Path == "/to-public" {
			return "http://198.51.100.20/page"
		}
		return r.URL.Query().Get("u")
	})
	client := NewClient()
	client.Transport = StandInTransport(func(ctx context.Context, network, _ string) (net.Conn, error) {
		return net.Dial(network, srv.Listener.Addr().String())
	})
	ctx := context.Background()
	for path, want := range map[string]string{
		"/to?u=http://127.0.0.1:8080/page":  "it redirects to 127.0.0.1, an address on this computer, and certpath does not follow a redirect there from a link to elsewhere; open it in a browser",
		"/to?u=http://[::1]/page":           "it redirects to ::1, an address on this computer",
		"/to?u=http://169.254.169.254/meta": "it redirects to 169.254.169.254, a link-local address (such as a cloud server's metadata service)",
		"/to?u=http://192.168.1.1/admin":    "it redirects to 192.168.1.1, an address on a private network",
		"/to?u=http://[fd00::1]/x":          "it redirects to fd00::1, an address on a private network",
		"/to?u=http://0.0.0.0/x":            "it redirects to 0.0.0.0, an address on this computer",
	} {
		_, _, err := Fetch(ctx, client, "http://203.0.113.7"+path)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", path, err)
		}
	}
	// A public site may redirect to another; a link to this computer may
	// redirect within it, and to the internet.
	for _, link := range []string{"http://203.0.113.7/to-public", "http://127.0.0.1/to?u=/page", "http://127.0.0.1/to-public", "http://[::1]/to?u=http://127.0.0.2/page"} {
		if p, _, err := Fetch(ctx, client, link); err != nil || !strings.Contains(p.Text, fixtureTitle) {
			t.Errorf("%s: %v", link, err)
		}
	}
}

// TestRedirectsThroughTheLinkClient (N13): the client links are read with
// checks each connection before it is made: a link to this computer that
// redirects to an address of another kind is refused before anything is
// sent, and one that redirects to itself is read.
func TestRedirectsThroughTheLinkClient(t *testing.T) {
	t.Parallel()
	srv := redirecting(t, func(r *http.Request) string {
		if r.URL.Path == "/self" {
			return "/page"
		}
		return "http://239.1.2.3:9/x"
	})
	client := NewClient()
	// Through a proxy, the one connection made is the proxy's.
	if tr, ok := client.Transport.(reachTransport); ok {
		tr.base.(*http.Transport).Proxy = nil
	}
	ctx := context.Background()
	if p, _, err := Fetch(ctx, client, srv.URL+"/self"); err != nil || !strings.Contains(p.Text, fixtureTitle) {
		t.Errorf("a redirect within 127.0.0.1: %v", err)
	}
	_, _, err := Fetch(ctx, client, srv.URL+"/away")
	if want := ": it redirects to 239.1.2.3, an address that is not a web site's, and certpath does not follow a redirect there from a link to elsewhere;"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a redirect to a multicast address: %v", err)
	}
}

// TestAddressKinds: what kind of address each connection goes to, the one
// classification both links and source checks are refused by.
func TestAddressKinds(t *testing.T) {
	t.Parallel()
	for addr, want := range map[string]scope{
		"127.0.0.1": loopback, "::1": loopback, "::ffff:127.0.0.1": loopback, "0.0.0.0": loopback, "::": loopback,
		"169.254.169.254": linkLocal, "fe80::1": linkLocal, "ff02::1": linkLocal,
		"10.0.0.1": privateNet, "192.168.1.1": privateNet, "172.16.0.1": privateNet, "fd00::1": privateNet,
		"100.64.0.1": privateNet, "64:ff9b::a00:1": privateNet,
		"239.1.2.3": otherScope, "0.1.2.3": otherScope, "ff05::1": otherScope,
		"93.184.216.34": public, "2606:2800:220:1::": public, "64:ff9b::5db8:d822": public,
	} {
		if got := scopeOf(netip.MustParseAddr(addr)); got != want {
			t.Errorf("%s: %q, want %q", addr, scopeWords[got], scopeWords[want])
		}
	}
}

// redirecting serves the fixture posting at /page, and at any other path a
// redirect to where(request), until the test ends.
func redirecting(t *testing.T, where func(*http.Request) string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/page" {
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte(fixtureText()))
			return
		}
		http.Redirect(w, r, where(r), http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	return srv
}
