// Package render lays markdown out with Glamour, for the screens and for
// plain text on a pipe or in a file.
package render

import (
	"strings"

	"charm.land/glamour/v2"
	glamstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// Markdown renders doc with Glamour at width. style is a Glamour style name
// or a path to a JSON style (as GLAMOUR_STYLE allows).
func Markdown(doc string, width int, style string) (string, error) {
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

// Plain renders markdown for a pipe or a file: laid out by Glamour, then
// stripped of every escape sequence and of trailing spaces.
func Plain(doc string, width int) (string, error) {
	out, err := Markdown(doc, width, glamstyles.DarkStyle)
	if err != nil {
		return "", err
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n"), nil
}
