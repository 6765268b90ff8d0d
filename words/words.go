// Package words writes the small phrases every package shares, such as a
// count with its noun in the right number: "1 posting", "2 postings".
package words

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Count writes n and the noun, plural when n is not 1. Nouns ending in s, x,
// ch, sh or y take their usual English plural.
func Count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %s", n, Plural(noun))
}

// Plural is the noun's plural.
func Plural(noun string) string {
	switch {
	case noun == "":
		return noun
	case len(noun) > 1 && noun[len(noun)-1] == 'y' && !isVowel(noun[len(noun)-2]):
		return noun[:len(noun)-1] + "ies"
	case noun[len(noun)-1] == 's', noun[len(noun)-1] == 'x', strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	}
	return noun + "s"
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// Bytes says a size as a person reads it: 812 bytes, 14 KiB, 1.5 MiB.
func Bytes(n int) string {
	switch {
	case n < 1<<10:
		return Count(n, "byte")
	case n < 1<<20:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// Break splits a path or an address that has no spaces into pieces no wider
// than width runes, each ending after one of the runes in after where one
// sits in the second half of the piece, so that nothing is cut at a window's
// edge and the pieces can be read back as the whole.
func Break(s string, width int, after string) []string {
	width = max(width, 1)
	var out []string
	for rest := []rune(s); len(rest) > 0; {
		cut := min(len(rest), width)
		if cut < len(rest) {
			for at := cut - 1; at >= cut/2; at-- {
				if strings.ContainsRune(after, rest[at]) {
					cut = at + 1
					break
				}
			}
		}
		out = append(out, string(rest[:cut]))
		rest = rest[cut:]
	}
	return out
}

// Shown says which rows of a list that scrolls are on screen: rows start to
// end (end not included) of n, and that the rest is a key away.
func Shown(start, end, n int) string {
	if end-start == 1 {
		return fmt.Sprintf("%d of %d, more with ↑/↓", start+1, n)
	}
	return fmt.Sprintf("%d–%d of %d, more with ↑/↓", start+1, end, n)
}

// Capitalize writes the first letter of s as a capital; the rest stays.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Sentence writes an error's text as a sentence: capital first, full stop.
func Sentence(err error) string {
	s := err.Error()
	if s == "" {
		return s
	}
	return Capitalize(s) + "."
}

// Number writes a small count in words, as prose does ("eight role
// profiles"); from 13 on it writes digits.
func Number(n int) string {
	small := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n >= 0 && n < len(small) {
		return small[n]
	}
	return fmt.Sprint(n)
}

// Hidden reports whether r is a character a terminal does not show as
// itself: a control character (C0, DEL or C1, which can start an escape
// sequence) or a format character (Unicode's class Cf: text-direction
// marks and overrides, zero-width characters, tags), which can make text
// read differently from what it is.
func Hidden(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r)
}

// Literal shows a name from outside (a file name, a key) in a message: as
// it is when every character shows as itself, else quoted with Go's escapes,
// so a control or direction character is seen, never obeyed nor silently
// dropped (a name with its hidden characters dropped names no file).
func Literal(s string) string {
	if strings.IndexFunc(s, Hidden) < 0 && utf8.ValidString(s) {
		return s
	}
	return strconv.Quote(s)
}
