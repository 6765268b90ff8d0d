package sourcecheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"certpath/postings"
	"certpath/termtext"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// watchBody wraps a page's body on its way to the posting reader: it counts
// what comes and notes when the time budget cuts it off, and a text page
// comes out as UTF-8 when it says which other charset it is in.
func watchBody(resp *http.Response, w *watch) {
	if resp.StatusCode != http.StatusOK {
		return
	}
	ctype := resp.Header.Get("Content-Type")
	w.kind, _, _ = mime.ParseMediaType(ctype)
	b := &body{ReadCloser: resp.Body, w: w, ctype: ctype}
	switch w.kind {
	case "text/html", "application/xhtml+xml", "text/plain", "":
		b.text = true
	}
	resp.Body = b
}

// body is a page's body, watched (see watchBody).
type body struct {
	io.ReadCloser
	w     *watch
	ctype string
	// text says the page is text, read whole into out as UTF-8 on the
	// first Read.
	text bool
	out  io.Reader
}

func (b *body) Read(p []byte) (int, error) {
	if !b.text {
		return b.counted(p)
	}
	if b.out == nil {
		// As much as the posting reader reads: one byte past its budget.
		data, err := io.ReadAll(io.LimitReader(readerFunc(b.counted), postings.MaxBytes+1))
		data = b.w.decode(data, b.ctype, b.w.late || len(data) > postings.MaxBytes)
		if b.w.text == "" && (b.w.kind == "text/html" || b.w.kind == "application/xhtml+xml") {
			b.w.rows = tableRows(data)
		}
		if err == nil {
			err = io.EOF
		}
		// The error the body ended with comes after its text, so that
		// the reader sees a cut as it would have.
		b.out = io.MultiReader(bytes.NewReader(data), readerFunc(func([]byte) (int, error) { return 0, err }))
	}
	return b.out.Read(p)
}

// counted reads the body as it comes, counting it, and notes a cut by the
// time budget.
func (b *body) counted(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.w.got += n
	var timeout interface{ Timeout() bool }
	if err != nil && (errors.As(err, &timeout) && timeout.Timeout() || errors.Is(err, context.DeadlineExceeded)) {
		b.w.late = true
	}
	return n, err
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// decode gives a text page's bytes as UTF-8: as they came when they are,
// decoded when the page says which other charset it is in (a byte order
// mark, its Content-Type, or an HTML meta tag) and certpath knows it. When
// it cannot, they stay as they came and w.text says why they cannot be
// read. cut says the bytes may end inside a character.
func (w *watch) decode(data []byte, ctype string, cut bool) []byte {
	if !validUTF8(data, cut) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		label := declaredCharset(data, ctype, w.kind)
		enc, _ := charset.Lookup(label)
		var err error
		if enc != nil {
			var decoded []byte
			if decoded, err = enc.NewDecoder().Bytes(data); err == nil {
				data = decoded
			}
		}
		if w.text = undecoded(data, label, enc != nil, err); w.text != "" {
			return data
		}
	}
	switch {
	case bytes.IndexByte(data, 0) >= 0:
		w.text = "the site sent something that is not text (NUL bytes: a compressed or binary body)"
	case len(bytes.TrimSpace(data)) == 0:
		w.text = "the page holds no text (it is empty or white space)"
	}
	return data
}

// undecoded says why a page that is not UTF-8 could not be read: nothing
// names its charset, or certpath does not know the one it names, or its
// bytes are not that charset's; "" when it was decoded.
func undecoded(data []byte, label string, known bool, err error) string {
	label = termtext.Sanitize(label)
	if utf8.RuneCountInString(label) > 40 {
		label = string([]rune(label)[:40]) + "…"
	}
	switch {
	case label == "" && bytes.IndexByte(data, 0) >= 0:
		return "the site sent something that is not text (NUL bytes: a compressed or binary body)"
	case label == "":
		return "the page is not UTF-8 text and does not say which charset it is in"
	case !known:
		return fmt.Sprintf("the page says it is in the charset %q, which certpath cannot read (it reads UTF-8 and the charsets web browsers know)", label)
	case err != nil:
		return fmt.Sprintf("the page is not valid %q text, as it says it is", label)
	}
	return ""
}

// validUTF8 reports whether data is UTF-8; when cut, a character cut in
// half at its end does not count.
func validUTF8(data []byte, cut bool) bool {
	for i := 0; cut && i < utf8.UTFMax-1 && len(data) > 0 && !utf8.Valid(data); i++ {
		data = data[:len(data)-1]
	}
	return utf8.Valid(data)
}

// declaredCharset is the charset a page says it is in: a byte order mark,
// the charset its Content-Type names, or, for HTML, a meta tag in its first
// 1,024 bytes (as browsers look for it); "" when it says none.
func declaredCharset(data []byte, ctype, kind string) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return "utf-16le"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return "utf-16be"
	}
	if _, params, err := mime.ParseMediaType(ctype); err == nil && params["charset"] != "" {
		return params["charset"]
	}
	if kind != "text/html" && kind != "application/xhtml+xml" {
		return ""
	}
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			if cs := metaCharset(z); cs != "" {
				return cs
			}
		}
	}
}

// metaCharset is the charset a meta tag names: <meta charset="…"> or
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
func metaCharset(z *html.Tokenizer) string {
	name, more := z.TagName()
	if string(name) != "meta" {
		return ""
	}
	var cs, content string
	equiv := false
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "charset":
			cs = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			equiv = strings.EqualFold(string(val), "content-type")
		}
	}
	if cs == "" && equiv {
		if _, params, err := mime.ParseMediaType(content); err == nil {
			cs = params["charset"]
		}
	}
	return strings.TrimSpace(cs)
}
