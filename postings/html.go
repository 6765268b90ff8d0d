package postings

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
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
//
// A page past the budget (see withinHTMLBudget) is read as flat text
// instead (flat says so): its tags are dropped and its blocks kept as lines,
// in one pass. A page within it is parsed in the reader child (see
// ServeChild), within HTMLDeadline and what is left of ctx, and under the
// child's memory limit: a page that takes more, which the budget did not
// see coming, gets one line.
func HTMLText(ctx context.Context, data []byte) (text string, flat bool, err error) {
	if !withinHTMLBudget(data) {
		text, err = flatHTMLText(data)
		return text, true, err
	}
	if !childReady {
		text, err = readHTML(data)
		return text, false, err
	}
	text, err = inChild(ctx, "html", data, HTMLDeadline)
	var problem childProblem
	switch {
	case err == nil:
		return text, false, nil
	case errors.As(err, &problem):
		if problem == "" {
			problem = "this page could not be read; save the posting as text, or paste its text instead"
		}
		return "", false, problem
	case errors.Is(err, errChildDeadline):
		return "", false, fmt.Errorf("this page is too complex to read within %s; save the posting as text, or paste its text instead", seconds(HTMLDeadline))
	case errors.Is(err, errChildFailed):
		return "", false, fmt.Errorf("this page is too complex to read (reading it took over %d MiB of memory, or failed); save the posting as text, or paste its text instead", childMemory>>20)
	case ctx.Err() != nil:
		return "", false, errors.New("the time for reading postings ran out before this page was read; save the posting as text, or paste its text instead")
	}
	return "", false, fmt.Errorf("this page could not be read (%v); save the posting as text, or paste its text instead", err)
}

// flatNote says why a page was read as flat text.
var flatNote = fmt.Sprintf("its HTML is too complex to pick the posting out of (over %d,%03d elements, formatting tags left open counting each time the parser repeats them, or %d levels deep); all its text was read, menus and footers included",
	MaxHTMLElements/1000, MaxHTMLElements%1000, MaxHTMLDepth)

// readHTML parses a page within the budget and reads it: in the child, or
// in this process where there is none.
func readHTML(data []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return flatHTMLText(data)
	}
	// Banners go before readability reads the page: it drops the ids and
	// classes that name them, and may keep a banner as part of the article.
	for n := range banners(doc) {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	article, err := readability.FromDocument(doc, nil)
	if err != nil || article.Node == nil {
		// No article found: fall back to the whole body's text.
		text := strings.TrimSpace(nodeText(doc))
		if text == "" {
			return "", errors.New("this HTML page has no text to read; save the posting as text, or paste its text instead")
		}
		return text, nil
	}
	body := strings.TrimSpace(nodeText(article.Node))
	title := strings.TrimSpace(article.Title())
	if title != "" && !strings.HasPrefix(body, title) && !aboutConsent(title) {
		body = title + "\n" + body
	}
	return body, nil
}

// The budget of a page's tree. Parsing and go-readability's scoring cost
// time that grows with the square of the nesting (20,000 nested <div>s took
// 21 s, a 1 MiB page of them 8 minutes), and memory with the element count.
// Browsers stop nesting at 512 levels; a posting needs far less.
//
// The elements counted include those the parser makes itself: a formatting
// element (<b>, <i>, <a>, <font>...) left open is opened again, as a copy,
// before every later piece of text and element that sits outside it, so 250
// open <b>s before 86,000 <div>x</div> are 21 million elements (6 GB), not
// 86,250.
const (
	MaxHTMLDepth    = 256
	MaxHTMLElements = 100_000
)

// adoptionCopies is the most copies the parser makes for one misnested
// formatting end tag (the adoption agency's 8 rounds of at most 4).
const adoptionCopies = 32

// withinHTMLBudget counts a page's elements and its nesting with the
// tokenizer, in one pass, before any tree is built. The nesting counted is
// an upper bound: elements whose end tag may be left out (p, li, td...) are
// not counted, since the parser closes them itself. Every element and piece
// of text counts the formatting elements still open, which the parser may
// open again before it (see htmlBudget).
func withinHTMLBudget(data []byte) bool {
	_, within := countHTML(data)
	return within
}

// countHTML counts a page's elements as withinHTMLBudget does, until the
// count passes the budget.
func countHTML(data []byte) (elements int, within bool) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var b htmlBudget
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.elements, true
		}
		if !b.token(z, tt) {
			return b.elements, false
		}
	}
}

// htmlBudget is what withinHTMLBudget has counted so far: the nesting, the
// elements, and the formatting elements opened and not yet closed, in order,
// each with the blocks (a div, a table cell...) open when it was. The first
// loose of those may have been closed around (a </div> or a <p> closes what
// it holds), and each is opened again, as a copy, before the next element or
// piece of text; one closed while a block opened inside it is still open is
// copied too (adoptionCopies).
//
// The count follows the tokenizer, which reads a page as the parser does
// except where the parser bends its own rules (an end tag it ignores inside
// a table, HTML inside an <svg>): a page built to exploit those is not
// counted right here, and meets the child's memory limit or its deadline
// instead (see HTMLText).
type htmlBudget struct {
	depth, elements int
	formatting      []openFormatting
	loose, blocks   int
	// foreign counts the <svg> and <math> elements open: in them, as in
	// the parser, a <style> or a <title> holds tags, not text.
	foreign int
}

type openFormatting struct {
	a      atom.Atom
	blocks int
}

// token counts one token; false once the page is past the budget.
func (b *htmlBudget) token(z *html.Tokenizer, tt html.TokenType) bool {
	switch tt {
	case html.TextToken:
		b.elements += b.loose
	case html.StartTagToken, html.SelfClosingTagToken:
		name, _ := z.TagName()
		b.start(atom.Lookup(name), tt == html.StartTagToken)
		if b.foreign > 0 {
			z.NextIsNotRawText()
		}
	case html.EndTagToken:
		name, _ := z.TagName()
		b.end(atom.Lookup(name))
	}
	return b.depth <= MaxHTMLDepth && b.elements <= MaxHTMLElements
}

// start counts a start tag of a (open is false when it ends in />): the
// element, and the formatting elements the parser may open again before it.
func (b *htmlBudget) start(a atom.Atom, open bool) {
	if a == atom.A || a == atom.Nobr {
		// A second <a> closes the first.
		b.close(a)
	}
	b.elements += 1 + b.loose
	if specialElements[a] || a == atom.Hr {
		b.loose = len(b.formatting)
	}
	// The parser takes <div/> for <div>: only void elements, and those
	// of an <svg> or a <math>, close themselves.
	if !open && (void[a] || b.foreign > 0 || a == atom.Svg || a == atom.Math) {
		return
	}
	switch {
	case formattingElements[a]:
		b.formatting = append(b.formatting, openFormatting{a, b.blocks})
	case specialElements[a]:
		b.blocks++
	}
	if !void[a] && !endOptional[a] {
		b.depth++
	}
	if a == atom.Svg || a == atom.Math {
		b.foreign++
	}
}

// end counts an end tag of a: any but the innermost formatting element's
// may close formatting elements around.
func (b *htmlBudget) end(a atom.Atom) {
	if a == atom.P || a == atom.Br {
		// The parser makes a <p> for a </p> with none open, and takes
		// </br> for <br>.
		b.elements += 1 + b.loose
	}
	switch {
	case formattingElements[a]:
		b.close(a)
	case specialElements[a] && b.blocks > 0:
		b.blocks--
		fallthrough
	default:
		b.loose = len(b.formatting)
	}
	if (a == atom.Svg || a == atom.Math) && b.foreign > 0 {
		b.foreign--
	}
	if !void[a] && !endOptional[a] && b.depth > 0 {
		b.depth--
	}
}

// close closes the last open formatting element a, if any; one with a
// block opened inside it and still open is copied.
func (b *htmlBudget) close(a atom.Atom) {
	i := len(b.formatting) - 1
	for i >= 0 && b.formatting[i].a != a {
		i--
	}
	if i < 0 {
		return
	}
	copied := b.blocks > b.formatting[i].blocks
	if copied {
		b.elements += adoptionCopies
	}
	b.formatting = slices.Delete(b.formatting, i, i+1)
	b.loose = min(b.loose, len(b.formatting))
	if copied || i < len(b.formatting) {
		b.loose = len(b.formatting)
	}
}

// formattingElements are the elements the parser opens again after a block
// closes around them; specialElements the blocks that make it copy them
// when they close misnested.
var (
	formattingElements = atomSet("a b big code em font i nobr s small strike strong tt u")
	specialElements    = atomSet("address applet article aside blockquote body button caption center colgroup dd details dialog dir div dl dt " +
		"fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup html iframe li listing main marquee " +
		"menu nav noembed noframes noscript object ol p plaintext pre script search section select style summary table tbody td template " +
		"textarea tfoot th thead title tr ul xmp")
)

func atomSet(names string) map[atom.Atom]bool {
	set := map[atom.Atom]bool{}
	for _, n := range strings.Fields(names) {
		if a := atom.Lookup([]byte(n)); a != 0 {
			set[a] = true
		}
	}
	return set
}

// void elements have no end tag; endOptional ones may leave it out.
var (
	void = map[atom.Atom]bool{
		atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
		atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	}
	endOptional = map[atom.Atom]bool{
		atom.Html: true, atom.Head: true, atom.Body: true, atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
		atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
		atom.Option: true, atom.Optgroup: true, atom.Colgroup: true, atom.Caption: true, atom.Rt: true, atom.Rp: true,
	}
)

// flatHTMLText reads a page past the budget in one pass of the tokenizer:
// text outside scripts and styles, a line for each block, list items marked
// with a dash. No tree is built, so no nesting costs anything.
func flatHTMLText(data []byte) (string, error) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var f flatText
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		f.token(z, tt)
	}
	lines := keptLines(f.b.String())
	if len(lines) == 0 {
		return "", errors.New("this HTML page has no text to read; save the posting as text, or paste its text instead")
	}
	return strings.Join(lines, "\n"), nil
}

// flatText is a page's text as flatHTMLText writes it, token by token;
// skip counts the open elements whose text is left out (see rawSkipped).
type flatText struct {
	b    strings.Builder
	skip int
}

// token writes what one token adds: its text, or the line a block starts or
// ends and the dash of a list item.
func (f *flatText) token(z *html.Tokenizer, tt html.TokenType) {
	name, _ := z.TagName()
	a := atom.Lookup(name)
	switch tt {
	case html.TextToken:
		if f.skip == 0 {
			f.text(z.Text())
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		f.startTag(a, tt == html.StartTagToken)
	case html.EndTagToken:
		f.endTag(a)
	}
}

// text writes a text token with its white space folded, keeping one space
// after it when it ended in one.
func (f *flatText) text(t []byte) {
	f.b.WriteString(strings.Join(strings.Fields(string(t)), " "))
	if len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\n') {
		f.b.WriteByte(' ')
	}
}

// startTag opens element a (open is false for a self-closing tag, which
// holds no text to leave out).
func (f *flatText) startTag(a atom.Atom, open bool) {
	if rawSkipped[a] && open {
		f.skip++
	}
	if blocks[a] {
		f.b.WriteByte('\n')
	}
	if a == atom.Li {
		f.b.WriteString("- ")
	}
}

// endTag closes element a.
func (f *flatText) endTag(a atom.Atom) {
	if rawSkipped[a] && f.skip > 0 {
		f.skip--
	}
	if blocks[a] {
		f.b.WriteByte('\n')
	}
}

// keptLines are the lines of a page's text worth reading, trimmed: not
// blank, not a lone dash, not about cookies or consent.
func keptLines(text string) []string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "-" && !aboutConsent(l) {
			lines = append(lines, l)
		}
	}
	return lines
}

// rawSkipped are the elements whose text a flat reading leaves out: what
// they hold is code or markup, never the posting.
var rawSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Head: true,
	atom.Title: true, atom.Iframe: true,
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
// list items marked with a dash. Cookie and consent banners are left out
// (see banners), and so is any line left that is about cookies or consent.
func nodeText(n *html.Node) string {
	banner := banners(n)
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
			if skipped[n.DataAtom] || banner[n] {
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
		if l = strings.TrimSpace(l); l != "" && l != "-" && !aboutConsent(l) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// maxBannerBytes is the most text a banner found by what it says has; a
// longer element is the page, which may hold a banner but is not one.
// maxNamedBannerBytes is the most a banner named as one has (its cookie
// policy included): a page wrapper named for a banner it shows
// (class="cookie-banner-open") is longer.
const (
	maxBannerBytes      = 600
	maxNamedBannerBytes = 3000
)

// banners finds the cookie and consent banners in a page: elements named
// as one (an id, class, role or label with cookie, consent or GDPR in it),
// and short elements whose text is mostly about cookies or consent ("We use
// cookies. Accept all cookies?" with its "Manage preferences" link), however
// they are named. The page's own frame (html, body, main, article) is never
// one. It reads the tree once, bottom up.
func banners(root *html.Node) map[*html.Node]bool {
	found := map[*html.Node]bool{}
	// text returns an element's text while it is at most maxBannerBytes
	// (else ""), and its length.
	var text func(*html.Node) (string, int)
	text = func(n *html.Node) (string, int) {
		switch n.Type {
		case html.TextNode:
			if len(n.Data) > maxBannerBytes {
				return "", len(n.Data)
			}
			return n.Data, len(n.Data)
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return "", 0
			}
		}
		var b strings.Builder
		length := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s, l := text(c)
			if length += l; length <= maxBannerBytes {
				if blocks[c.DataAtom] {
					b.WriteByte('\n')
				}
				b.WriteString(s)
			}
		}
		s := ""
		if length <= maxBannerBytes {
			s = b.String()
		}
		if n.Type == html.ElementNode && !frame[n.DataAtom] &&
			(namedBanner(n) && length <= maxNamedBannerBytes || length <= maxBannerBytes && mostlyConsent(s)) {
			found[n] = true
		}
		return s, length
	}
	text(root)
	return found
}

// frame are the elements that hold the whole page, never only a banner.
var frame = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true}

// namedBanner reports an element named as a cookie or consent banner.
func namedBanner(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class", "role", "aria-label", "aria-labelledby", "aria-describedby", "data-testid", "name":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "cookie") || strings.Contains(v, "consent") || strings.Contains(v, "gdpr") {
				return true
			}
		}
	}
	return false
}

// mostlyConsent reports text that is at least half about cookies or
// consent, counted in the bytes of its sentences; a banner's buttons and
// links ("Accept all", "Manage preferences") count with it.
func mostlyConsent(text string) bool {
	about, all := 0, 0
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }) {
		s = strings.TrimSpace(s)
		all += len(s)
		if aboutConsent(s) || bannerButton(s) {
			about += len(s)
		}
	}
	return about > 0 && 2*about >= all && hasConsentWord(text)
}

// aboutConsent reports a sentence or line about cookies, or one asking for
// consent to tracking or to the use of personal data.
func aboutConsent(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "cookie") {
		return true
	}
	if !strings.Contains(l, "consent") {
		return false
	}
	for _, w := range [...]string{"accept", "agree", "privacy", "preferences", "personal data", "tracking", "partners", "reject", "withdraw"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func hasConsentWord(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "cookie") || strings.Contains(l, "consent")
}

// bannerButton reports the short choices a consent banner offers.
func bannerButton(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		switch w {
		case "accept", "all", "reject", "allow", "deny", "decline", "agree", "manage", "preferences", "settings",
			"ok", "okay", "got", "it", "more", "learn", "privacy", "policy", "customize", "customise", "only", "necessary", "essential", "options":
		default:
			return false
		}
	}
	return true
}
