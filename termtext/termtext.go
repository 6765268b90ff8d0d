// Package termtext makes text from outside (postings, file names, web pages,
// error messages that quote them) safe to show in a terminal: whatever could
// move the cursor, change colours or set the window title is taken out, so
// every package that prints such text uses the same one rule.
package termtext

import (
	"strings"
	"unicode/utf8"

	"certpath/words"
)

// Sanitize removes everything that could act on a terminal: escape
// sequences (CSI, OSC, DCS and the rest), C0 and C1 control characters but
// tab and newline, and every invisible format character (bidirectional
// controls, zero-width characters, tags; Unicode's class Cf). Carriage
// returns become newlines. It works on whole runes, so its output is always
// valid UTF-8, and an escape string left open ends at the end of its line,
// never swallowing the rest of the text. What is left can be shown without
// moving the cursor, changing colours or setting the window title.
func Sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Printable ASCII, the bulk of any posting, is copied in runs.
		j := i
		for j < len(s) && (s[j] >= 0x20 && s[j] < 0x7f || s[j] == '\n' || s[j] == '\t') {
			j++
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b: // ESC
			i += escapeLength(s[i:])
			continue
		case r == 0x9b || r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f: // 8-bit CSI, OSC, DCS, PM, APC
			i += size + stringBodyLength(s[i+size:], r == 0x9b)
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case words.Hidden(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeLength is how many bytes of s (starting with ESC) an escape
// sequence takes.
func escapeLength(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + stringBodyLength(s[2:], true)
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLength(s[2:], false)
	}
	if s[1] >= 0x20 && s[1] <= 0x2f { // intermediate bytes, then a final byte
		j := 1
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	}
	if s[1] >= 0x30 && s[1] <= 0x7e { // a two-byte sequence such as ESC 7 or ESC c
		return 2
	}
	return 1 // a lone ESC: drop it and keep what follows, which may be a multi-byte rune
}

// stringBodyLength is how many bytes of s a control sequence's body takes:
// up to a final byte for CSI; up to BEL, ESC \ or ST (U+009C) for the
// string kinds. It reads whole runes, so a byte inside a multi-byte character
// is never taken for a terminator, and a string left open ends before the
// end of its line.
func stringBodyLength(s string, csi bool) int {
	for j := 0; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if csi {
			if r >= 0x40 && r <= 0x7e {
				return j + size
			}
			if r < 0x20 || r > 0x7e {
				return j // not a CSI byte: the sequence was cut short
			}
			j += size
			continue
		}
		switch {
		case r == 0x07, r == 0x9c:
			return j + size
		case r == 0x1b && strings.HasPrefix(s[j+1:], "\\"):
			return j + 2
		case r == '\n', r == '\r':
			return j
		}
		j += size
	}
	return len(s)
}
