// Package render lays markdown out with Glamour, for the screens and for
// plain text on a pipe or in a file. A document's closing "## Sources"
// section is laid out here rather than by Glamour, so that no address, date
// or source ID is ever broken across lines.
package render

import (
	"regexp"
	"strings"

	"charm.land/glamour/v2"
	glamstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// Markdown renders doc with Glamour at width for a terminal; the addresses
// under Sources are OSC 8 hyperlinks. style is a Glamour style name or a
// path to a JSON style (as GLAMOUR_STYLE allows).
func Markdown(doc string, width int, style string) (string, error) {
	return layout(doc, width, style, true)
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

// Plain renders markdown for a pipe or a file: laid out by Glamour, stripped
// of every escape sequence and of trailing spaces, with a hanging indent on
// the wrapped lines of list items.
func Plain(doc string, width int) (string, error) {
	out, err := layout(doc, max(10, width-2), glamstyles.DarkStyle, false)
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
	return strings.Join(singleBlanks(hangingIndent(lines)), "\n"), nil
}

// singleBlanks keeps one blank line where Glamour leaves two (after a
// nested list, say).
func singleBlanks(lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if l == "" && i > 0 && lines[i-1] == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

func glamourRender(doc string, width int, style string) (string, error) {
	opt := glamour.WithStylePath(style)
	switch style {
	case glamstyles.DarkStyle:
		opt = glamour.WithStyles(glamstyles.DarkStyleConfig)
	case glamstyles.LightStyle:
		opt = glamour.WithStyles(glamstyles.LightStyleConfig)
	}
	tr, err := glamour.NewTermRenderer(opt, glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	return tr.Render(doc)
}

// sourcesHeading starts the section laid out here.
const sourcesHeading = "\n## Sources\n"

func layout(doc string, width int, style string, links bool) (string, error) {
	doc = Tame(doc)
	i := strings.LastIndex(doc, sourcesHeading)
	if i < 0 {
		return withDeadline(doc, func(d string) (string, error) { return glamourRender(d, width, style) })
	}
	body, err := withDeadline(doc[:i+1]+"## Sources\n", func(d string) (string, error) { return glamourRender(d, width, style) })
	if err != nil {
		return "", err
	}
	return strings.TrimRight(body, "\n") + "\n\n" + sourcesBlock(doc[i+len(sourcesHeading):], width, links) + "\n", nil
}

// entryRE reads one source entry: "- [ID] text. <url>".
var entryRE = regexp.MustCompile(`^- (\[[^\]]+\]) (.*?)\s*<(\S+)>$`)

// sourcesBlock lays out the entries of the Sources section: the ID and text
// wrapped with a hanging indent (never inside a date, which holds no-break
// spaces), then the address alone on the next line, never wrapped.
func sourcesBlock(section string, width int, links bool) string {
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
		shown := url
		if links {
			shown = ansi.SetHyperlink(url) + url + ansi.ResetHyperlink()
		}
		b.WriteString(hang + shown + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
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
