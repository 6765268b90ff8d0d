// Package render lays markdown out with Glamour, for the screens and for
// plain text on a pipe or in a file. A document's closing "## Sources"
// section is laid out here rather than by Glamour, so that no address, date
// or source ID is ever broken across lines.
package render

import (
	"certpath/words"
	"regexp"
	"strings"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	glamstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// Markdown renders doc with Glamour at width for a terminal; the addresses
// under Sources are OSC 8 hyperlinks. style is a Glamour style name or a
// path to a JSON style (as GLAMOUR_STYLE allows).
func Markdown(doc string, width int, style string) (string, error) {
	return layout(doc, width, width, style, true)
}

// MarkdownIn is Markdown for a window wider than the text: prose wraps at
// width (a readable measure) while the addresses under Sources take the
// whole room before they continue on a next line.
func MarkdownIn(doc string, width, room int, style string) (string, error) {
	return layout(doc, width, max(width, room), style, true)
}

// Style picks the Glamour style: GLAMOUR_STYLE when set (env), else dark or
// light from the terminal's background. NO_COLOR needs no style of its own:
// Bubble Tea drops colours for such a terminal and keeps bold and italics,
// which the notty style would replace with raw markdown markers.
func Style(env string, isDark bool) string {
	switch {
	case env != "":
		return env
	case isDark:
		return glamstyles.DarkStyle
	}
	return glamstyles.LightStyle
}

// Background says whether a GLAMOUR_STYLE (env) names a style for a dark
// or a light background; known is false for the styles that fit both
// (notty, ascii), a JSON style file, or none. The screens' colours follow a
// known style, so that text around a document reads on the same background.
func Background(env string) (isDark, known bool) {
	switch env {
	case glamstyles.LightStyle:
		return false, true
	case glamstyles.DarkStyle, glamstyles.DraculaStyle, glamstyles.TokyoNightStyle, glamstyles.PinkStyle:
		return true, true
	}
	return true, false
}

// Plain renders markdown for a pipe or a file: laid out by Glamour, stripped
// of every escape sequence and of trailing spaces, with a hanging indent on
// the wrapped lines of list items.
func Plain(doc string, width int) (string, error) {
	out, err := layout(doc, max(10, width-2), max(10, width-2), glamstyles.DarkStyle, false)
	if err != nil {
		return "", err
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		// Glamour's style marks headings with #, which plain text need not
		// show: the heading stands on its own line anyway.
		l = headingRE.ReplaceAllString(l, "$1")
		lines[i] = strings.ReplaceAll(strings.TrimRight(l, " "), "\u00a0", " ")
	}
	return singleBlanks(strings.Join(hangingIndent(lines), "\n")), nil
}

func glamourRender(doc string, width int, style string, stop func() bool) (string, error) {
	opt := glamour.WithStylePath(style)
	if cfg, ok := glamstyles.DefaultStyles[style]; ok {
		opt = glamour.WithStyles(withoutHashes(style, *cfg))
	}
	tr, err := glamour.NewTermRenderer(opt, glamour.WithWordWrap(width), glamour.WithStop(stop))
	if err != nil {
		return "", err
	}
	out, err := tr.Render(doc)
	if err != nil {
		return "", err
	}
	return singleBlanks(hangStyled(out, width)), nil
}

// singleBlanks keeps one blank line where Glamour leaves two (after
// a nested list, say); a blank line there may still hold spaces and styles.
func singleBlanks(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0:0]
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for i, l := range lines {
		if i > 0 && blank(l) && blank(lines[i-1]) {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// withoutHashes drops the "## " that Glamour's coloured styles put before
// headings: they read as stray markdown, and colour and bold already mark
// a heading (bold stays without colour). The ascii and notty styles keep
// them: there they are the only mark a heading has.
func withoutHashes(name string, cfg gansi.StyleConfig) gansi.StyleConfig {
	if name == glamstyles.AsciiStyle || name == glamstyles.NoTTYStyle {
		return cfg
	}
	for _, h := range []*gansi.StyleBlock{&cfg.H1, &cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
		if strings.Contains(h.Prefix, "#") {
			h.Prefix = ""
		}
	}
	if name == glamstyles.LightStyle {
		// Glamour's light style draws inline code (the profile bars) in
		// 203 on 254, 2.3:1; 124 on 254 is 5.6:1.
		darker := "124"
		cfg.Code.Color = &darker
	}
	return cfg
}

// hangStyled wraps each list item of Glamour's output again, with its
// continuation lines under the item's text rather than under its bullet,
// within the same width: Glamour wraps an item's text as if the bullet were
// not there. Styles are kept: lines are cut and joined by columns, escape
// sequences whole.
func hangStyled(out string, width int) string {
	lines := strings.Split(out, "\n")
	var res []string
	// afterText is set after a line of a paragraph: a wrapped sentence can
	// start a line with "2026. ", which is not a list item.
	afterText := false
	for i := 0; i < len(lines); i++ {
		plain := ansi.Strip(lines[i])
		m := bulletRE.FindStringSubmatch(plain)
		if m == nil || (afterText && m[2] != "•") {
			res = append(res, lines[i])
			afterText = strings.TrimSpace(plain) != ""
			continue
		}
		afterText = false
		indent := len(m[1])
		textAt := indent + ansi.StringWidth(m[2]) + 1
		body := ansi.TruncateLeft(trimRightStyled(lines[i]), textAt, "")
		j := i + 1
		for ; j < len(lines); j++ {
			next := ansi.Strip(lines[j])
			trimmed := strings.TrimLeft(next, " ")
			if strings.TrimSpace(next) == "" || len(next)-len(trimmed) != indent || bulletRE.MatchString(next) {
				break
			}
			body += " " + ansi.TruncateLeft(trimRightStyled(lines[j]), indent, "")
		}
		if j == i+1 {
			res = append(res, lines[i])
			continue
		}
		head := ansi.Truncate(lines[i], textAt, "")
		pad := strings.Repeat(" ", textAt)
		// Glamour keeps a right margin as wide as its left one.
		for k, l := range strings.Split(ansi.Wordwrap(body, max(10, width-glamourMargin-textAt), ""), "\n") {
			if k == 0 {
				res = append(res, head+l)
			} else {
				res = append(res, pad+l)
			}
		}
		i = j - 1
	}
	return strings.Join(res, "\n")
}

// glamourMargin is the margin Glamour's styles keep on each side.
const glamourMargin = 2

// trimRightStyled cuts a styled line after its last visible character.
func trimRightStyled(line string) string {
	return ansi.Truncate(line, ansi.StringWidth(strings.TrimRight(ansi.Strip(line), " ")), "")
}

// sourcesHeading starts the section laid out here.
const sourcesHeading = "\n## Sources\n"

// layout renders doc at width; room is the width an address may take.
func layout(doc string, width, room int, style string, links bool) (string, error) {
	doc = Tame(doc)
	i := strings.LastIndex(doc, sourcesHeading)
	if i < 0 {
		return withDeadline(doc, func(d string, stop func() bool) (string, error) { return glamourRender(d, width, style, stop) })
	}
	body, err := withDeadline(doc[:i+1]+"## Sources\n", func(d string, stop func() bool) (string, error) { return glamourRender(d, width, style, stop) })
	if err != nil {
		return "", err
	}
	return trimBlankTail(body) + "\n\n" + sourcesBlock(doc[i+len(sourcesHeading):], width, room, links) + "\n", nil
}

// trimBlankTail drops the blank lines, styled or not, after the last text:
// the Sources heading is followed by exactly one blank line.
func trimBlankTail(s string) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// entryRE reads one source entry: "- [ID] text. <url>".
var entryRE = regexp.MustCompile(`^- (\[[^\]]+\]) (.*?)\s*<(\S+)>$`)

// sourcesBlock lays out the entries of the Sources section: the ID and text
// wrapped with a hanging indent (never inside a date, which holds no-break
// spaces), then the address alone on the next line, never wrapped.
func sourcesBlock(section string, width, room int, links bool) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(section), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := entryRE.FindStringSubmatch(line)
		if m == nil {
			b.WriteString(indent(ansi.Wordwrap(line, max(10, width-2), ""), "  ", "  ") + "\n")
			continue
		}
		id, text, url := m[1], m[2], m[3]
		hang := strings.Repeat(" ", 2+ansi.StringWidth(id)+1)
		wrapped := ansi.Wrap(id+"\u00a0"+text, max(10, width-len(hang)), "")
		b.WriteString(indent(wrapped, "  ", hang) + "\n")
		b.WriteString(addressLines(url, hang, room, links) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// addressLines puts an address on its own line under the entry's text. An
// address wider than the line is never cut: it continues on the next lines
// (after a / where one is near the end), each piece a hyperlink to the
// whole address, so that it can still be clicked, read and typed. On a
// plain page (links false) it stays on one line: a file has no edge.
func addressLines(url, hang string, width int, links bool) string {
	if !links || len(hang)+ansi.StringWidth(url) <= width {
		return hang + hyperlink(url, url, links)
	}
	if width-len(hang) < 24 {
		hang = "  "
	}
	var lines []string
	for _, piece := range words.Break(url, max(10, width-len(hang)), "/?&-") {
		lines = append(lines, hang+hyperlink(url, piece, links))
	}
	return strings.Join(lines, "\n")
}

// hyperlink shows text as an OSC 8 link to url on a terminal.
func hyperlink(url, text string, links bool) string {
	if !links {
		return text
	}
	return ansi.SetHyperlink(url) + text + ansi.ResetHyperlink()
}

// indent puts first before the first line and rest before the others.
func indent(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// headingRE finds the # marks before a heading's text.
var headingRE = regexp.MustCompile(`^(\s*)#{1,6} `)

// bulletRE finds a list item's bullet and its indent.
var bulletRE = regexp.MustCompile(`^(\s*)(•|\d+\.) `)

// hangingIndent indents the wrapped lines of each list item under its text
// rather than under its bullet.
func hangingIndent(lines []string) []string {
	hang := ""
	for i, l := range lines {
		if m := bulletRE.FindStringSubmatch(l); m != nil {
			hang = strings.Repeat(" ", len(m[1])+ansi.StringWidth(m[2])+1)
			continue
		}
		trimmed := strings.TrimLeft(l, " ")
		switch {
		case trimmed == "":
			hang = ""
		case hang != "" && len(l)-len(trimmed) < len(hang):
			lines[i] = hang + trimmed
		}
	}
	return lines
}
