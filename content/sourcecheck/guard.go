package sourcecheck

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"syscall"
	"time"
)

// hops are the connections of one read, redirect after redirect. A page on
// a public address may not send a check onto this machine or a private
// network (loopback, link-local and private addresses), where a request
// reaches what no public page should: a router, a cloud's metadata
// service. A source whose own address is such a one is read as given.
//
// The check is made on the address each connection is about to be made
// to, after the name was looked up, so a name that leads there is caught
// as well as a literal address.
type hops struct {
	// public says which addresses are public; nil: publicAddr.
	public func(netip.AddrPort) bool

	mu sync.Mutex
	// hop counts the redirects followed so far.
	hop int
	// fromPublic says the source's own address (hop 0) is public.
	fromPublic bool
	// refused names the address a redirect was refused, in words.
	refused string
}

// errPrivate is the dialer's refusal; read words it from hops.refusal.
var errPrivate = errors.New("a public page may not redirect a check onto this machine or a private network")

// next says a redirect is about to be followed.
func (h *hops) next() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.hop++
}

// refusal names the address a redirect was refused, or is "".
func (h *hops) refusal() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.refused
}

// dial allows or refuses a connection to address (an IP and a port).
func (h *hops) dial(address string) error {
	public := h.public
	if public == nil {
		public = publicAddr
	}
	ap, err := netip.ParseAddrPort(address)
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.hop == 0:
		h.fromPublic = h.fromPublic || err == nil && public(ap)
	case h.fromPublic && err != nil:
		h.refused = "an address certpath cannot tell is public (" + address + ")"
		return errPrivate
	case h.fromPublic && !public(ap):
		h.refused = addrKind(ap.Addr()) + " (" + ap.Addr().Unmap().String() + ")"
		return errPrivate
	}
	return nil
}

// publicAddr reports whether an address is on the public internet: not
// loopback, link-local, private or unspecified.
func publicAddr(ap netip.AddrPort) bool {
	return addrKind(ap.Addr()) == ""
}

// addrKind names what is not public about an address ("a loopback
// address"), or is "" for a public one.
func addrKind(a netip.Addr) string {
	a = a.Unmap()
	switch {
	case a.IsLoopback():
		return "a loopback address"
	case a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast():
		return "a link-local address"
	case a.IsPrivate():
		return "a private address"
	case a.IsUnspecified():
		return "an unspecified address"
	}
	return ""
}

// hopsKey carries a read's hops to the dialer in its requests' context.
type hopsKey struct{}

// guardedTransport is Go's default transport with a dialer that asks the
// read's hops before each connection. Every request connects anew, so no
// hop reuses a connection another read made unchecked.
func guardedTransport() *http.Transport {
	t := &http.Transport{Proxy: http.ProxyFromEnvironment}
	if d, ok := http.DefaultTransport.(*http.Transport); ok {
		t = d.Clone()
	}
	t.DisableKeepAlives = true
	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second,
		ControlContext: func(ctx context.Context, _, address string, _ syscall.RawConn) error {
			if h, ok := ctx.Value(hopsKey{}).(*hops); ok {
				return h.dial(address)
			}
			return nil
		}}
	t.DialContext = dialer.DialContext
	return t
}
