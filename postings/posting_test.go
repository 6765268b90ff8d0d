package postings

import (
	"certpath/catalog"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitizeRemovesTerminalControl(t *testing.T) {
	t.Parallel()
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

func TestCheckPosting(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		data      string
		truncated bool
		want      string // error text, or "" for accepted
	}{
		{"text", "Facilitate sprint planning", false, ""},
		{"empty", " \n\t ", false, "it is empty"},
		{"only escapes", "\x1b[2J\x1b[H", false, "it is empty"},
		{"binary", "PK\x03\x04\x00\x00binary", false, "binary file"},
		{"latin-1", "Caf\xe9 au lait", false, "not UTF-8 text (invalid byte at offset 3)"},
		{"rune cut by the 1 MiB edge", "Caf\xc3", true, ""},
		{"rune cut without truncation", "Caf\xc3", false, "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Check([]byte(tt.data), tt.truncated)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("rejected: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestAnalyzeAllCombinesPostings(t *testing.T) {
	t.Parallel()
	an := NewAnalyzer(Lexicon())
	short := Text{Name: "a.txt", Text: "Facilitate retrospectives and remove impediments."}
	long := Text{Name: "b.txt", Text: strings.Repeat("Own the product backlog and write user stories. ", 50)}
	rep := an.AnalyzeAll([]Text{short, long, {Name: "c.txt", Text: "We offer free lunch."}})
	if len(rep.Postings) != 3 {
		t.Fatalf("want one result per posting, got %d", len(rep.Postings))
	}
	sm, po := 0.0, 0.0
	for _, p := range rep.Profiles {
		switch p.ID {
		case catalog.ScrumMaster:
			sm = p.Score
		case catalog.ProductOwner:
			po = p.Score
		}
	}
	if sm < 30 || po < 30 {
		t.Fatalf("a long posting must not drown a short one: SM %.0f%%, PO %.0f%%", sm, po)
	}
	if rep.Evidence[0].Posting == "" {
		t.Fatal("combined evidence must say which posting it came from")
	}
	if one := an.AnalyzeAll([]Text{short}); one.Postings != nil {
		t.Fatal("a single posting needs no per-posting list")
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

func FuzzAnalyze(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzAnalyze.
	an := NewAnalyzer(Lexicon())
	f.Fuzz(func(t *testing.T, s string) {
		text := Sanitize(s)
		r := an.Analyze("fuzz", text)
		total := 0.0
		for _, p := range r.Profiles {
			if p.Score < 0 || p.Points < 0 {
				t.Fatalf("negative score in %+v", r.Profiles)
			}
			total += p.Score
		}
		if r.Top() != "" && (total < 99.5 || total > 100.5) {
			t.Fatalf("shares add up to %.2f", total)
		}
		for _, e := range r.Evidence {
			for _, sp := range e.Spans {
				if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
					t.Fatalf("span %v outside the text", sp)
				}
			}
		}
	})
}

// TestSanitizeKeepsRunesWhole is issue 15's fourth item: an 8-bit string
// start followed by a multi-byte rune produced invalid UTF-8, an unterminated
// string swallowed the rest of the posting, and invisible format characters
// survived.
func TestSanitizeKeepsRunesWhole(t *testing.T) {
	t.Parallel()
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
