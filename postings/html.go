package postings

import (
	"bytes"
	"errors"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LooksLikeHTML reports whether data starts as an HTML page does.
func LooksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// HTMLText reduces a saved web page to the posting's own text with
// go-readability: navigation, scripts, styles and cookie banners go;
// headings and list items stay as lines. The page's title, or its first
// heading, comes first, as a posting's title line.
func HTMLText(data []byte) (string, error) {
	article, err := readability.FromReader(bytes.NewReader(data), nil)
	if err != nil || article.Node == nil {
		// No article found: fall back to the whole body's text.
		doc, perr := html.Parse(bytes.NewReader(data))
		if perr != nil {
			return "", errors.New("this HTML page could not be read; save the posting as text, or paste its text instead")
		}
		text := strings.TrimSpace(nodeText(doc))
		if text == "" {
			return "", errors.New("this HTML page has no text to read; save the posting as text, or paste its text instead")
		}
		return text, nil
	}
	body := strings.TrimSpace(nodeText(article.Node))
	title := strings.TrimSpace(article.Title())
	if title != "" && !strings.HasPrefix(body, title) {
		body = title + "\n" + body
	}
	return body, nil
}

// skipped are the elements whose text is never part of a posting.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Form: true, atom.Button: true, atom.Svg: true, atom.Template: true, atom.Iframe: true, atom.Head: true,
}

// blocks are the elements that start a line of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Dd: true, atom.Dt: true, atom.Blockquote: true,
}

// nodeText writes a node's text with a line for each block and list item,
// list items marked with a dash.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || hiddenBanner(n) {
				return
			}
			if blocks[n.DataAtom] {
				b.WriteByte('\n')
			}
			if n.DataAtom == atom.Li {
				b.WriteString("- ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.DataAtom] {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "-" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// hiddenBanner reports an element that is a cookie or consent banner.
func hiddenBanner(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		if (a.Key == "id" || a.Key == "class" || a.Key == "aria-label") && (strings.Contains(v, "cookie") || strings.Contains(v, "consent")) {
			return true
		}
	}
	return false
}
