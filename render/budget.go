package render

import (
	"regexp"
	"strings"
	"time"
)

// The rendering budget. Glamour's layout grows fast with nesting: 80 levels
// of blockquote take seconds and hundreds of megabytes, 400 levels of list
// more. Documents are tamed before Glamour sees them, and a rendering that
// still runs past the deadline gives way to the plain text.
const (
	// MaxQuoteDepth and MaxIndent bound blockquote and list nesting.
	MaxQuoteDepth = 8
	MaxIndent     = 32
	// MaxDocBytes bounds what is rendered at all.
	MaxDocBytes = 2 << 20
	// Deadline bounds one rendering.
	Deadline = 3 * time.Second
)

var quoteRE = regexp.MustCompile(`^[ \t]*(>[ \t]*)+`)

// Tame bounds a document's size and nesting: blockquote markers past
// MaxQuoteDepth and indentation past MaxIndent columns are dropped, so the
// text stays and only its depth is flattened.
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
		if m := quoteRE.FindString(l); m != "" {
			if depth := strings.Count(m, ">"); depth > MaxQuoteDepth {
				l = strings.Repeat("> ", MaxQuoteDepth) + l[len(m):]
			}
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent > MaxIndent {
			l = strings.Repeat(" ", MaxIndent) + strings.TrimLeft(l, " \t")
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// withDeadline runs a rendering and gives the plain text instead when it
// takes longer than Deadline; the note says so.
func withDeadline(doc string, render func(string) (string, error)) (string, error) {
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := render(doc)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-time.After(Deadline):
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
