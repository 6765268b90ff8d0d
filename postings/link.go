package postings

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"certpath/termtext"
	"certpath/words"
)

// LinkTimeout bounds one link's request, connection to last byte.
const LinkTimeout = 10 * time.Second

// maxRedirects is how many redirects a link may take.
const maxRedirects = 5

// UserAgent names certpath to the sites it reads postings from.
const UserAgent = "certpath (reads one job posting you asked for)"

// IsLink reports whether what was typed is a web address rather than a path.
func IsLink(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// NewClient is the HTTP client for links: a timeout, at most five redirects,
// never to anything but http or https, nor from a link to elsewhere to this
// computer or its network (NewTransport).
func NewClient() *http.Client {
	return &http.Client{
		Timeout:   LinkTimeout,
		Transport: NewTransport(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			// via holds the first request and every redirect followed
			// so far: req is redirect number len(via).
			if len(via) > maxRedirects {
				return redirectError(fmt.Sprintf("it sends certpath on more than %d redirects", maxRedirects))
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return redirectError(fmt.Sprintf("it redirects to a %s: address, which is not a web page", termtext.Sanitize(req.URL.Scheme)))
			}
			return nil
		},
	}
}

// redirectError is a redirect certpath does not follow, in words.
type redirectError string

func (e redirectError) Error() string { return string(e) }

// unreachableError is a link that failed on the site's or the network's
// side (see Problem.Unreachable).
type unreachableError struct{ error }

func unreachablef(format string, args ...any) error {
	return unreachableError{fmt.Errorf(format, args...)}
}

// statusAdvice says what a status means for a posting, and what would work.
func statusAdvice(status int) string {
	const save = "open the posting in a browser and save the page (or copy its text), then give the file"
	switch {
	case status == http.StatusNotFound || status == http.StatusGone:
		return "there is no page at this address (the posting may have been taken down); check the link, or " + save
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return "the site does not let certpath read this page (it may need a login); " + save
	case status == http.StatusTooManyRequests || status >= 500:
		return "the site is busy or failing; try again later, or " + save
	}
	return "check the link, or " + save
}

// Fetch reads one posting from a link: one GET, at most MaxBytes, only
// text/html, text/plain or application/pdf, each failure named (the status,
// the timeout, the type). HTML goes through the same readability step as a
// saved page.
func Fetch(ctx context.Context, client *http.Client, link string) (p Text, note string, err error) {
	name := termtext.Sanitize(link)
	ctx = withReach(ctx)
	req, err := linkRequest(ctx, name, link)
	if err != nil {
		return p, "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return p, "", requestFailure(name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// The status line is the server's own words: cleaned like any text
		// from outside.
		return p, "", unreachablef("%s: the site answered %s: %s", name, termtext.Sanitize(strings.Join(strings.Fields(resp.Status), " ")), statusAdvice(resp.StatusCode))
	}
	contentType := resp.Header.Get("Content-Type")
	kind, _, _ := mime.ParseMediaType(contentType)
	ext, ok := linkTypes[kind]
	if !ok {
		return p, "", fmt.Errorf("%s: the link serves %s; give a web page, a text file or a PDF", name, kind)
	}
	body := &cutShort{r: resp.Body}
	p, note, err = readAs(ctx, name, ext, body)
	if bad := bodyFailure(name, charset(contentType), body, err); bad != nil {
		return p, "", bad
	}
	if body.cut && err == nil {
		cut := fmt.Sprintf("%s: the page did not arrive whole within %s; certpath analysed the %s that came in time", name, seconds(LinkTimeout), words.Bytes(body.n))
		note = strings.TrimSuffix(cut+"; "+strings.TrimPrefix(note, name+": "), "; ")
	}
	return p, note, err
}

// linkTypes are the types a link may serve, each with the extension whose
// reader reads it; no type at all is read as text.
var linkTypes = map[string]string{
	"text/html":             ".html",
	"application/xhtml+xml": ".html",
	"application/pdf":       ".pdf",
	"text/plain":            ".txt",
	"":                      ".txt",
}

// linkRequest is the GET for a link, or why the link is not a web address.
func linkRequest(ctx context.Context, name, link string) (*http.Request, error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s: not a web address; give an http:// or https:// link", name)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, text/plain, application/pdf")
	return req, nil
}

// requestFailure says in words why a link's request got no answer: a
// redirect certpath does not follow, the time running out, or the rest.
func requestFailure(name string, err error) error {
	var redirect redirectError
	var refused *RefusedRedirect
	if errors.As(err, &refused) {
		err = redirectError(refused.Error())
	}
	if errors.As(err, &redirect) {
		return unreachablef("%s: %v; open it in a browser and give the address it ends at, or save the page and give the file", name, redirect)
	}
	var timeout interface{ Timeout() bool }
	if errors.As(err, &timeout) && timeout.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return unreachablef("%s: no answer within %s; try again, or save the page and give the file", name, seconds(LinkTimeout))
	}
	return unreachablef("%s: could not be fetched (%v); check the link, or save the page and give the file", name, err)
}

// bodyFailure says in words, for a link, why the body that came (read
// with err) gives no posting: nothing came in time, or too little to read,
// or it is not UTF-8 text (cs is the charset the site named). It is nil
// when the body reads, or when err needs no other words.
func bodyFailure(name, cs string, body *cutShort, err error) error {
	var notUTF8 notUTF8Error
	notText := errors.Is(err, errBinary) || errors.As(err, &notUTF8)
	switch {
	case body.cut && body.n == 0:
		return unreachablef("%s: the site sent nothing within %s; try again, or save the page and give the file", name, seconds(LinkTimeout))
	case body.cut && err != nil:
		// What came is too little to read: the cut is the cause.
		return unreachablef("%s: the page did not arrive whole within %s (only the first %s came, too little to read); try again, or save the page and give the file", name, seconds(LinkTimeout), words.Bytes(body.n))
	// Worded for a link: there is no file to give yet.
	case notText && cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii"):
		return fmt.Errorf("%s: the page is not UTF-8 text (charset %q); open the link in a browser and paste the posting's text", name, termtext.Sanitize(cs))
	case errors.Is(err, errBinary):
		return fmt.Errorf("%s: the site sent something that is not text (NUL bytes; a compressed or binary body); open the link in a browser and paste the posting's text", name)
	case notText:
		return fmt.Errorf("%s: the page is not UTF-8 text; open the link in a browser and paste the posting's text", name)
	}
	return nil
}

// charset is the charset a Content-Type names, or "".
func charset(contentType string) string {
	_, params, _ := mime.ParseMediaType(contentType)
	return params["charset"]
}

// cutShort reads a response's body and ends it where the time ran out:
// what arrived until then is kept (cut says so) rather than dropped with a
// "context deadline exceeded".
type cutShort struct {
	r   io.Reader
	n   int
	cut bool
}

func (c *cutShort) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += n
	var timeout interface{ Timeout() bool }
	if err != nil && (errors.As(err, &timeout) && timeout.Timeout() || errors.Is(err, context.DeadlineExceeded)) {
		c.cut = true
		return n, io.EOF
	}
	return n, err
}
