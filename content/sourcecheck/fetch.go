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
	"certpath/words"
)

// page is what one GET of a source's address found.
type page struct {
	text string
	// partial says why only part of the page was read, when it was: the
	// first postings.MaxBytes, or what came within the time budget.
	partial string
	// movedTo is the address a redirect led to, when another page.
	movedTo string
	// status is the last HTTP status seen, 0 when none came.
	status int
	// problem names why the page could not be read.
	problem string
	// rows are its table rows, cells apart (see tableRows).
	rows []string
}

// watch is what one read saw on its way, for its failure to be told in a
// check's own words rather than the posting reader's.
type watch struct {
	status int
	final  *url.URL
	// redirect is a redirect the link reader refused to follow.
	redirect error
	// network is the transport's error, when a request got no answer.
	network error
	// late says the time budget cut the page's body off; got is how many
	// bytes of it came.
	late bool
	got  int
	// kind is the answer's media type.
	kind string
	// text says what was wrong with a text page's bytes, if anything.
	text string
	// rows are an HTML page's table rows (see tableRows).
	rows []string
}

// read fetches one address through the postings link reader: its client
// (five redirects, http and https only), its types, size cap and
// sanitizing, with the check's own time budget and user agent. A text
// page that names another charset than UTF-8 is decoded on the way.
func read(ctx context.Context, link string, opts Options) page {
	w := &watch{}
	base := opts.Transport
	client := postings.NewClient()
	// The context's deadline bounds the whole request, body included.
	client.Timeout = 0
	client.Transport = roundTripFunc(func(req *http.Request) (*http.Response, error) {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", UserAgent)
		resp, err := base.RoundTrip(req)
		w.network = err
		if resp != nil {
			w.status = resp.StatusCode
			watchBody(resp, w)
		}
		return resp, err
	})
	follow := client.CheckRedirect
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if err := follow(req, via); err != nil {
			w.redirect = err
			return err
		}
		w.final = req.URL
		return nil
	}
	fctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	text, note, err := postings.Fetch(fctx, client, link)
	p := page{text: text.Text, status: w.status, rows: w.rows}
	if w.final != nil && !samePage(link, w.final.String()) {
		p.movedTo = termtext.Sanitize(w.final.String())
	}
	late := fmt.Sprintf("the page did not arrive whole within %v (the --timeout budget)", opts.Timeout)
	switch {
	case err != nil && w.late && w.got > 0:
		p.problem = late
	case err != nil && errors.Is(fctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil:
		p.problem = fmt.Sprintf("no answer within %v (the --timeout budget)", opts.Timeout)
	case err != nil:
		p.problem = w.problem(err, link)
	case note != "" && w.late:
		p.partial = fmt.Sprintf("%s, and what came (%s) does not hold the quote", late, words.Bytes(w.got))
	case note != "":
		p.partial = fmt.Sprintf("the page is over the %d MiB budget and its first MiB does not hold the quote", postings.MaxBytes>>20)
	}
	return p
}

// problem says why a read failed, in a check's words: the posting
// reader's advice (paste the posting's text, give a file) is for a person
// with a posting, not for a source whose figures are checked.
func (w *watch) problem(err error, link string) string {
	var refused *postings.RefusedRedirect
	switch {
	case errors.As(w.network, &refused):
		return refusal(refused, w.final)
	case w.redirect != nil:
		return termtext.Sanitize(w.redirect.Error())
	case w.network != nil:
		return "could not be fetched (" + termtext.Sanitize(w.network.Error()) + ")"
	case w.status != http.StatusOK:
		return strings.Replace(fmt.Sprintf("the site answered %d %s; %s", w.status, http.StatusText(w.status), inBrowser), " ;", ";", 1)
	case w.text != "":
		return w.text
	case w.kind == "application/pdf" && w.got > postings.MaxBytes:
		return fmt.Sprintf("the PDF is over the %d MiB budget; %s", postings.MaxBytes>>20, inBrowser)
	}
	// What is left comes from the page's reader (a PDF it cannot read, an
	// HTML page with no text) or the types it takes: the reader's words
	// name the trouble, and its advice after the last "; " is a posting's.
	msg := strings.TrimPrefix(err.Error(), termtext.Sanitize(link)+": ")
	if i := strings.LastIndex(msg, "; "); i > 0 {
		msg = msg[:i]
	}
	return termtext.Sanitize(msg) + "; " + inBrowser
}

// refusal says, in a check's words, why a redirect to final was not
// followed (see postings.NewTransport).
func refusal(r *postings.RefusedRedirect, final *url.URL) string {
	to := fmt.Sprintf("%s, %s (%s)", termtext.Sanitize(final.String()), r.Kind, r.Addr.Unmap())
	if r.FromPublic {
		return "a public page redirects to " + to + "; a check follows no public page onto this machine or a private network"
	}
	return "the page redirects to " + to + "; a check follows a redirect only to a public address or to the kind of address the source names"
}

// inBrowser is what to do with a page a check cannot read.
const inBrowser = "open the address in a browser and look for the quote there"

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
