package sourcecheck

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"certpath/postings"
	"certpath/termtext"
)

// page is what one GET of a source's address found.
type page struct {
	text string
	// truncated says only the first postings.MaxBytes were read.
	truncated bool
	// movedTo is the address a redirect led to, when another page.
	movedTo string
	// status is the last HTTP status seen, 0 when none came.
	status int
	// problem names why the page could not be read.
	problem string
}

// read fetches one address through the postings link reader: its client
// (five redirects, http and https only), its types, size cap and
// sanitizing, with the check's own time budget and user agent.
func read(ctx context.Context, link string, opts Options) page {
	var p page
	base := opts.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	client := postings.NewClient()
	// The context's deadline bounds the whole request, body included.
	client.Timeout = 0
	client.Transport = roundTripFunc(func(req *http.Request) (*http.Response, error) {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", UserAgent)
		resp, err := base.RoundTrip(req)
		if resp != nil {
			p.status = resp.StatusCode
		}
		return resp, err
	})
	follow := client.CheckRedirect
	var final *url.URL
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if err := follow(req, via); err != nil {
			return err
		}
		final = req.URL
		return nil
	}
	fctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	text, note, err := postings.Fetch(fctx, client, link)
	if final != nil && !samePage(link, final.String()) {
		p.movedTo = termtext.Sanitize(final.String())
	}
	switch {
	case err != nil && errors.Is(fctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil:
		p.problem = fmt.Sprintf("no answer within %v (the --timeout budget)", opts.Timeout)
	case err != nil:
		// The address is on the report already; Go's "Get "…": " repeats it.
		p.problem = strings.TrimPrefix(err.Error(), termtext.Sanitize(link)+": ")
		p.problem = strings.Replace(p.problem, fmt.Sprintf("Get %q: ", link), "", 1)
		p.problem = termtext.Sanitize(p.problem)
	}
	p.text, p.truncated = text.Text, note != ""
	return p
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// samePage reports whether two addresses name one page: a move to https,
// to or from www., or a trailing slash is not a move.
func samePage(a, b string) bool {
	norm := func(s string) string {
		u, err := url.Parse(s)
		if err != nil {
			return s
		}
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		host = strings.TrimSuffix(strings.TrimSuffix(host, ":443"), ":80")
		return host + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
	}
	return norm(a) == norm(b)
}
