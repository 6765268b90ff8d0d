package questions

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// TextNode is a YAML string that reads back as exactly s, whatever a person
// pasted. A single line is left to the YAML library, which quotes it when
// it must; a text of several lines is written as a literal block, the way it
// reads, when the library writes that block faithfully; everything else is
// double-quoted, where every character that could be misread is escaped.
//
// The library (go.yaml.in/yaml/v3) gets these blocks wrong: a text that
// starts with a space or a blank line is written with an indentation hint
// that does not count the list it sits in (a parse error, or the leading
// spaces silently lost); U+0085, U+2028 and U+2029 are line breaks to it and
// are folded; a text ending in blank lines is written open-ended. A single
// line in single quotes folds the same breaks.
func TextNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case !strings.ContainsAny(s, lineBreaks):
	case literalSafe(s):
		n.Style = yaml.LiteralStyle
	default:
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// literalSafe says a text of several lines can be a literal block: it starts
// with neither a blank nor a break, its only breaks are \n, and it does not
// end in a blank line. The library falls back to double quotes by itself
// for what else a block cannot hold (spaces before a break, control
// characters).
func literalSafe(s string) bool {
	if !strings.Contains(s, "\n") || strings.HasSuffix(s, "\n\n") {
		return false
	}
	switch s[0] {
	case ' ', '\t', '\n':
		return false
	}
	return !strings.ContainsAny(s, "\r\u0085\u2028\u2029")
}

// lineBreaks are the characters YAML (1.1, which the library follows here)
// reads as line breaks.
const lineBreaks = "\n\r\u0085\u2028\u2029"
