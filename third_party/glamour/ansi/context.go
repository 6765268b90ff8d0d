package ansi

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// RenderContext holds the current rendering options and state.
type RenderContext struct {
	options Options

	blockStack *BlockStack
	table      *TableElement
}

// NewRenderContext returns a new RenderContext.
func NewRenderContext(options Options) RenderContext {
	return RenderContext{
		options:    options,
		blockStack: &BlockStack{},
		table:      &TableElement{},
	}
}

// SanitizeHTML sanitizes HTML content.
//
// certpath: this keeps the text of HTML and drops every tag, comment and
// the content of the elements below, as bluemonday's StrictPolicy did,
// with golang.org/x/net/html's tokenizer; bluemonday and the CSS parser it
// brings cost about 5 ms of package initialisation at every start.
func (ctx RenderContext) SanitizeHTML(s string, trimSpaces bool) string {
	s = stripHTML(s)
	if trimSpaces {
		s = strings.TrimSpace(s)
	}
	return s
}

// skipContent are the elements whose content is not text to show.
var skipContent = map[atom.Atom]bool{
	atom.Frame: true, atom.Frameset: true, atom.Iframe: true, atom.Noembed: true,
	atom.Noframes: true, atom.Noscript: true, atom.Object: true, atom.Script: true,
	atom.Style: true, atom.Title: true,
}

func stripHTML(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skipping := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skipping == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); skipContent[atom.Lookup(name)] {
				skipping++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); skipContent[atom.Lookup(name)] && skipping > 0 {
				skipping--
			}
		}
	}
}
