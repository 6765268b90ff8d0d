package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// certpath builds with a copy of Glamour (third_party/glamour) that draws
// code blocks without syntax highlighting and strips HTML with
// golang.org/x/net/html instead of bluemonday. These tests hold the copy to
// what the original did for both.

func TestCodeBlocksKeepTheirTextAndColour(t *testing.T) {
	t.Parallel()
	doc := "Before.\n\n```go\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n```\n\nAfter.\n"
	for _, style := range []string{"dark", "light", "notty"} {
		out, err := Markdown(doc, 60, style)
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		plain := ansi.Strip(out)
		for _, want := range []string{"func main() {", `fmt.Println("hi")`, "}", "Before.", "After."} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: code block lost %q:\n%s", style, want, plain)
			}
		}
		if style != "notty" && out == plain {
			t.Errorf("%s: the code block is drawn without colour", style)
		}
	}
}

func TestHTMLIsShownAsItsText(t *testing.T) {
	t.Parallel()
	cases := []struct{ doc, want, never string }{
		{"A <b>bold</b> claim &amp; more.\n", "A bold claim & more.", "<b>"},
		{"<div>\nInside a block.\n</div>\n\nAfter.\n", "Inside a block.", "<div>"},
		{"<script>\nalert(1)\n</script>\n\nStays.\n", "Stays.", "alert"},
		{"<style>p { color: red }</style>\n\nShown.\n", "Shown.", "color"},
		{"A <!-- comment --> line.\n", "A  line.", "comment"},
	}
	for _, c := range cases {
		out, err := Markdown(c.doc, 60, "notty")
		if err != nil {
			t.Fatal(err)
		}
		plain := strings.Join(strings.Fields(ansi.Strip(out)), " ")
		if want := strings.Join(strings.Fields(c.want), " "); !strings.Contains(plain, want) {
			t.Errorf("%q: got %q, want it to contain %q", c.doc, plain, want)
		}
		if strings.Contains(plain, c.never) {
			t.Errorf("%q: got %q, which shows %q", c.doc, plain, c.never)
		}
	}
}
