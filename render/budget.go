package render

import (
	"regexp"
	"strings"
	"sync/atomic"
	"time"
)

// The rendering budget. Glamour's layout grows fast with nesting: 80 levels
// of blockquote take seconds and hundreds of megabytes, 400 levels of list
// more, and quotes and lists nest alike ("> - > - ..." on one line).
// Documents are tamed before Glamour sees them, and a rendering that still
// runs past the deadline gives way to the plain text and is stopped.
const (
	// MaxQuoteDepth bounds the containers one line opens (blockquote and
	// list markers of any kind together), MaxIndent its indentation.
	MaxQuoteDepth = 8
	MaxIndent     = 32
	// MaxDocBytes bounds what is rendered at all.
	MaxDocBytes = 2 << 20
)

// Deadline bounds one rendering; a variable so that tests can shorten it.
var Deadline = 3 * time.Second

// containerRE finds one container marker at the start of a line: a quote's
// >, or a list item's -, *, + or number, followed by a space or the end.
var containerRE = regexp.MustCompile(`^[ \t]*(?:>|(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]+|$))`)

// Tame bounds a document's size and nesting: container markers past
// MaxQuoteDepth on a line (quotes and list items alike) and indentation past
// MaxIndent columns are dropped, so the text stays and only its depth is
// flattened.
func Tame(doc string) string {
	if len(doc) > MaxDocBytes {
		doc = doc[:MaxDocBytes]
		for len(doc) > 0 && doc[len(doc)-1]&0xc0 == 0x80 {
			doc = doc[:len(doc)-1] // never cut a rune
		}
		if len(doc) > 0 && doc[len(doc)-1] >= 0xc0 {
			doc = doc[:len(doc)-1]
		}
		doc += "\n\n*(cut: the document is over 2 MiB)*\n"
	}
	lines := strings.Split(doc, "\n")
	for i, l := range lines {
		l = flattenContainers(l)
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent > MaxIndent {
			l = strings.Repeat(" ", MaxIndent) + strings.TrimLeft(l, " \t")
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// flattenContainers keeps the first MaxQuoteDepth container markers at the
// start of a line and drops the others, whatever their kind.
func flattenContainers(l string) string {
	rest, n, cut := l, 0, 0
	for {
		m := containerRE.FindStringIndex(rest)
		if m == nil {
			break
		}
		rest = rest[m[1]:]
		if n++; n == MaxQuoteDepth {
			cut = len(l) - len(rest)
		}
	}
	if n <= MaxQuoteDepth {
		return l
	}
	return l[:cut] + rest
}

// withDeadline runs a rendering and gives the plain text instead when it
// takes longer than Deadline; the note says so. The rendering is then told
// to stop, so none is left running: render gets a stop function, which
// Glamour asks before each node and, inside the one long call that lays a
// table out, before each cell (third_party/glamour/ansi/table.go), so a
// 5,000-column table stops within a cell of the deadline rather than 4 s
// after it.
func withDeadline(doc string, render func(doc string, stop func() bool) (string, error)) (string, error) {
	type result struct {
		out string
		err error
	}
	var stopped atomic.Bool
	done := make(chan result, 1)
	go func() {
		out, err := render(doc, stopped.Load)
		done <- result{out, err}
	}()
	timer := time.NewTimer(Deadline)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.out, r.err
	case <-timer.C:
		stopped.Store(true)
		return "certpath could not lay this page out in time; here is its plain text.\n\n" + doc, nil
	}
}

// EscapeInline makes text safe inside a markdown line: a file name or a
// posting's title cannot start a heading, a list, a quote or emphasis, nor
// break the line.
func EscapeInline(s string) string {
	s = strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]()#+-.!|<>~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
