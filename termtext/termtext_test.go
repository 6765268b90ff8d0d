package termtext

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitizeRemovesTerminalControl(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"colour":           {"\x1b[31mred\x1b[0m text", "red text"},
		"cursor move":      {"a\x1b[2J\x1b[10;20Hb", "ab"},
		"window title BEL": {"x\x1b]0;pwned\x07y", "xy"},
		"window title ST":  {"x\x1b]2;pwned\x1b\\y", "xy"},
		"hyperlink":        {"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		"DCS":              {"a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		"8-bit CSI":        {"a\u009b31mb", "ab"},
		"C0 and DEL":       {"a\x00b\x07c\x08d\x7fe", "abcde"},
		"CR LF":            {"one\r\ntwo\rthree", "one\ntwo\nthree"},
		"bidi override":    {"abc\u202edef\u2066g", "abcdefg"},
		"keeps tabs":       {"a\tb\nc", "a\tb\nc"},
		"keeps unicode":    {"Café – ✓ 日本", "Café – ✓ 日本"},
		"lone ESC at end":  {"abc\x1b", "abc"},
		"cut CSI":          {"abc\x1b[31", "abc"},
		"invalid UTF-8":    {"a\xffb", "a\uFFFDb"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Fatalf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSanitizeKeepsRunesWhole is issue 15's fourth item: an 8-bit string
// start followed by a multi-byte rune produced invalid UTF-8, an unterminated
// string swallowed the rest of the posting, and invisible format characters
// survived.
func TestSanitizeKeepsRunesWhole(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"C1 OSC before a check mark":   {"\u009d✓ after\nnext line", "\nnext line"},
		"mojibake curly quote":         {"He said â€\u009dhello\nThe posting goes on.", "He said â€\nThe posting goes on."},
		"unterminated OSC ends at EOL": {"a\x1b]0;title\nnext line", "a\nnext line"},
		"ST inside a rune is not ST":   {"\x1b]0;t\u009c✓ kept", "✓ kept"},
		"invisible format characters":  {"a\u061cb\u200bc\u200dd\ufeffe\U000E0041f\u202eg\u2066h", "abcdefgh"},
	}
	for name, tt := range tests {
		got := Sanitize(tt.in)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("%s: Sanitize(%q) = %q, want %q", name, tt.in, got, tt.want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzSanitize.
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("control character %U left in %q (from %q)", r, out, s)
			}
		}
		if Sanitize(out) != out {
			t.Fatalf("sanitizing twice changed %q", out)
		}
	})
}
