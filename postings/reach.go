package postings

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"syscall"
	"time"
)

// A link's redirects stay with the kind of address the link named: a page
// on the internet that redirects to this computer (127.0.0.1), to a
// private network (10.x, 192.168.x) or to a link-local address
// (169.254.169.254, a cloud server's metadata) is refused, so that a site
// cannot make certpath read, and show, what only this computer can reach.
// A link a person gives to such an address is theirs to give, and its
// redirects may stay with that kind of address. The check is made on the
// address each connection is made to, after the name was looked up, so a
// name that looks up to 127.0.0.1 is caught as well. The pages `sources
// check` reads go through the same transport (NewTransport) and check.

// scope is the kind of address a connection goes to.
type scope int

const (
	public scope = iota
	loopback
	privateNet
	linkLocal
	otherScope
	scopes
)

var scopeWords = [scopes]string{
	public:     "a public address",
	loopback:   "an address on this computer",
	privateNet: "an address on a private network",
	linkLocal:  "a link-local address (such as a cloud server's metadata service)",
	otherScope: "an address that is not a web site's",
}

// sharedNet is 100.64.0.0/10, the addresses a carrier shares behind its
// NAT; nat64 is 64:ff9b::/96, IPv4 addresses reached over IPv6.
var (
	sharedNet = netip.MustParsePrefix("100.64.0.0/10")
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
)

// scopeOf says what kind of address ip is.
func scopeOf(ip netip.Addr) scope {
	ip = ip.Unmap()
	if nat64.Contains(ip) {
		b := ip.As16()
		ip = netip.AddrFrom4([4]byte(b[12:]))
	}
	switch {
	case ip.IsLoopback(), ip.IsUnspecified():
		// 0.0.0.0 reaches this computer too.
		return loopback
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return linkLocal
	case ip.IsPrivate(), sharedNet.Contains(ip):
		return privateNet
	case ip.IsGlobalUnicast() && !(ip.Is4() && ip.As4()[0] == 0):
		return public
	}
	return otherScope
}

// reach is what the requests of one link (Fetch) have connected to: the
// first request is the link's own, the others follow its redirects.
type reach struct {
	mu    sync.Mutex
	trips int
	given [scopes]bool
}

type reachKey struct{}

// withReach gives the requests made with ctx a reach of their own.
func withReach(ctx context.Context) context.Context {
	return context.WithValue(ctx, reachKey{}, &reach{})
}

// allow records, for the link's own request, or checks, for a redirect, a
// connection about to be made to ip.
func (r *reach) allow(ip netip.Addr) error {
	s := scopeOf(ip)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.trips <= 1 {
		r.given[s] = true
		return nil
	}
	if s == public || r.given[s] {
		return nil
	}
	return &RefusedRedirect{Addr: ip, Kind: scopeWords[s], FromPublic: r.given[public]}
}

// RefusedRedirect is a redirect's connection NewTransport refused: to
// Addr, an address of the kind Kind says in words, from a link (or a
// source) whose own address was of another kind; FromPublic says it was
// public. Each command words it for its own reader; Error is a link's.
type RefusedRedirect struct {
	Addr       netip.Addr
	Kind       string
	FromPublic bool
}

func (e *RefusedRedirect) Error() string {
	return fmt.Sprintf("it redirects to %s, %s, and certpath does not follow a redirect there from a link to elsewhere", e.Addr, e.Kind)
}

// NewTransport is the transport links go through: http.DefaultTransport's,
// with a connection of its own for each request (one a redirect cannot
// share with an earlier link's), each checked against where the link
// pointed (see reach) on the address it is made to, after the name was
// looked up. Any client that reads links with Fetch can use it.
func NewTransport() http.RoundTripper {
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, ControlContext: checkReach}
	return newTransport(d.DialContext)
}

// StandInTransport is NewTransport for a test whose sites stand in for
// others: each connection is checked against the address asked for (an
// IP and a port, such as a public 203.0.113.7:80), then made by connect,
// which may serve it from a server on this computer. It uses no proxy.
func StandInTransport(connect func(ctx context.Context, network, address string) (net.Conn, error)) http.RoundTripper {
	t := newTransport(func(ctx context.Context, network, address string) (net.Conn, error) {
		if err := checkReach(ctx, network, address, nil); err != nil {
			return nil, err
		}
		return connect(ctx, network, address)
	})
	t.base.(*http.Transport).Proxy = nil
	return t
}

// newTransport is http.DefaultTransport's, without kept-alive connections,
// dialing with dial, its requests counted per link.
func newTransport(dial func(ctx context.Context, network, address string) (net.Conn, error)) reachTransport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DisableKeepAlives = true
	t.DialContext = dial
	return reachTransport{t}
}

// reachTransport counts the requests of each link, so that a connection
// knows whether it follows a redirect.
type reachTransport struct{ base http.RoundTripper }

func (t reachTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if r, ok := req.Context().Value(reachKey{}).(*reach); ok {
		r.mu.Lock()
		r.trips++
		r.mu.Unlock()
	}
	return t.base.RoundTrip(req)
}

// checkReach is the dialer's check of the address it is about to connect
// to, for the link whose request it is (none: no check).
func checkReach(ctx context.Context, _, address string, _ syscall.RawConn) error {
	r, ok := ctx.Value(reachKey{}).(*reach)
	if !ok {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return r.allow(netip.Addr{})
	}
	return r.allow(ap.Addr())
}
