package page

import (
	"fmt"
	"strings"
	"testing"
)

func TestUnwrapJoinsParagraphsAndListItems(t *testing.T) {
	cases := []struct{ in, want string }{
		{"one\ntwo\nthree", "one two three"},
		{"para one\ncontinues\n\npara two\n  goes on", "para one continues\n\npara two goes on"},
		{"- item\n  more\n- next\n1. first\n   rest", "- item more\n- next\n1. first rest"},
		{"# Heading\ntext\nmore", "# Heading\ntext more"},
		{"| a | b |\n| - | - |\ncell", "| a | b |\n| - | - |\ncell"},
		{"> quote\n> again\nlazy", "> quote\n> again lazy"},
		{"   \nafter blank-looking line\njoined", "   \nafter blank-looking line joined"},
		{"text\n* star\n+ plus", "text\n* star + plus"},
		{"", ""},
	}
	for _, c := range cases {
		if got := unwrap(c.in); got != c.want {
			t.Errorf("unwrap(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// shortLines is a paragraph of n one-letter lines, the body of the audit's
// unwrap_hang.py (N2).
func shortLines(n int) string { return strings.Repeat("a\n", n) }

// TestUnwrapAllocatesOnceWhateverTheLength: joining a paragraph of short
// lines onto one growing string copied it again for every line (quadratic:
// 520,000 lines took 86 s). The joined text is built once, so the number of
// allocations does not grow with the number of lines.
func TestUnwrapAllocatesOnceWhateverTheLength(t *testing.T) {
	short, long := shortLines(10), shortLines(20_000)
	few := testing.AllocsPerRun(5, func() { unwrap(short) })
	many := testing.AllocsPerRun(5, func() { unwrap(long) })
	if many > few+2 {
		t.Fatalf("unwrap allocates %.0f times for 20,000 lines and %.0f for 10: it must build the text once, not once a line", many, few)
	}
	if got := unwrap(long); got != strings.TrimSuffix(strings.Repeat("a ", 20_000), " ")+"\n" {
		t.Fatalf("20,000 lines of a paragraph must join into one line, got %d bytes", len(got))
	}
}

// BenchmarkUnwrap shows unwrap's time growing with the text: 100,000 lines
// take about ten times as long as 10,000.
func BenchmarkUnwrap(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		doc := shortLines(n)
		b.Run(fmt.Sprintf("%dk-lines", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				unwrap(doc)
			}
		})
	}
}
