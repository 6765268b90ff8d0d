package render

import (
	"certpath/content/page"
	"certpath/internal/testcheck"
	"errors"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	gansi "charm.land/glamour/v2/ansi"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"certpath/content"
)

// TestGoldenSummaries pins every summary as rendered for an 80-column window,
// without colour. Regenerate with -update and read the diff.
func TestGoldenSummaries(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		t.Run(string(c.ID), func(t *testing.T) {
			out, err := Plain(page.Summary(lib, c), 78)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestPlainHasNoEscapesOrTrailingSpace(t *testing.T) {
	t.Parallel()
	out, err := Plain("# Title\n\nSome **bold** text and a [link](https://example.com).\n", 40)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("plain output has an escape sequence: %q", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Fatalf("line with trailing space: %q", l)
		}
	}
}

func TestStyle(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		env    string
		isDark bool
		want   string
	}{{"", true, "dark"}, {"", false, "light"}, {"pink", true, "pink"}} {
		if got := Style(tt.env, tt.isDark); got != tt.want {
			t.Errorf("Style(%q, %v) = %q, want %q", tt.env, tt.isDark, got, tt.want)
		}
	}
}

// TestSourceAddressesStayWhole renders every summary at 38, 60, 78 and 120
// columns and finds each source's address whole: on one line in plain text,
// on lines of its own on a terminal, wrapped rather than cut when it is
// wider than the window.
func TestSourceAddressesStayWhole(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	// Each certification renders on its own: they run side by side.
	for _, c := range lib.Certs() {
		t.Run(string(c.ID), func(t *testing.T) {
			t.Parallel()
			doc := page.Summary(lib, c)
			urls := regexp.MustCompile(`<(https?://\S+)>`).FindAllStringSubmatch(doc, -1)
			if len(urls) == 0 {
				t.Fatalf("%s: no source addresses", c.ID)
			}
			for _, width := range []int{38, 60, 78, 120} {
				for _, styled := range []bool{false, true} {
					var out string
					var err error
					if styled {
						out, err = Markdown(doc, width, "dark")
						out = ansi.Strip(out)
					} else {
						out, err = Plain(doc, width)
					}
					if err != nil {
						t.Fatal(err)
					}
					lines := strings.Split(out, "\n")
					for _, u := range urls {
						if !addressShown(lines, u[1], !styled) {
							t.Errorf("%s at %d columns (styled %v): %s is not whole on lines of its own", c.ID, width, styled, u[1])
						}
					}
					for _, l := range lines {
						if styled && ansi.StringWidth(l) > width+2 {
							t.Errorf("%s at %d columns: a line of %d columns would be cut: %q", c.ID, width, ansi.StringWidth(l), l)
						}
					}
					iso := regexp.MustCompile(`\b\d{4}-\d{2}\b`)
					month := regexp.MustCompile(`^\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`)
					for i, l := range lines {
						if strings.HasPrefix(strings.TrimSpace(l), "http") {
							continue
						}
						if iso.MatchString(l) {
							t.Errorf("%s at %d: a date in ISO form, which wraps at its hyphens: %q", c.ID, width, l)
						}
						if i+1 < len(lines) && regexp.MustCompile(`\b\d{1,2}$`).MatchString(strings.TrimRight(l, " ")) && month.MatchString(lines[i+1]) {
							t.Errorf("%s at %d: a date broken across lines: %q / %q", c.ID, width, l, lines[i+1])
						}
					}
				}
			}
		})
	}
}

// addressShown reports whether url stands on a line of its own or, when
// wrapping is allowed, on consecutive lines of their own, whole.
func addressShown(lines []string, url string, oneLine bool) bool {
	for i := range lines {
		got := ""
		for _, l := range lines[i:] {
			got += strings.TrimSpace(l)
			if got == url {
				return true
			}
			if oneLine || !strings.HasPrefix(url, got) {
				break
			}
		}
	}
	return false
}

func TestTerminalLinksAreHyperlinks(t *testing.T) {
	t.Parallel()
	out, err := Markdown("# T\n\n## Sources\n\n- [S1] A page. Tier A, issuer; undated page, checked 22\u00a0Nov\u00a02026. <https://example.org/a-b-c>\n", 40, "dark")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\x1b]8;;https://example.org/a-b-c") {
		t.Fatalf("the address is not an OSC 8 hyperlink: %q", out)
	}
	plain, _ := Plain("- one two three four five six seven eight nine ten eleven twelve\n", 30)
	lines := strings.Split(strings.Trim(plain, "\n"), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "    ") {
		t.Fatalf("a wrapped list item needs a hanging indent:\n%s", plain)
	}
}

// TestDeepNestingIsFlattened is issue 15's third item: nested blockquotes and
// lists made Glamour run for seconds with memory growing.
func TestDeepNestingIsFlattened(t *testing.T) {
	t.Parallel()
	quotes := strings.Repeat("> ", 100) + "deep"
	list := ""
	for i := range 400 {
		list += strings.Repeat("  ", i) + "- item\n"
	}
	for name, doc := range map[string]string{"quotes": quotes, "lists": list} {
		tamed := Tame(doc)
		for _, l := range strings.Split(tamed, "\n") {
			if strings.Count(l, ">") > MaxQuoteDepth || len(l)-len(strings.TrimLeft(l, " ")) > MaxIndent {
				t.Fatalf("%s: a line keeps its depth: %q", name, l)
			}
		}
		out, err := Plain(doc, 80)
		if err != nil || !strings.Contains(out, map[string]string{"quotes": "deep", "lists": "item"}[name]) {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
	}
}

func TestEscapeInline(t *testing.T) {
	t.Parallel()
	name := "evil\n# heading\n> quote > > >\n*bold*"
	got := EscapeInline(name)
	if strings.Contains(got, "\n") || !strings.HasPrefix(got, "evil \\# heading") {
		t.Fatalf("EscapeInline(%q) = %q", name, got)
	}
	out, _ := Plain("## "+got+"\n", 80)
	if strings.Count(out, "\n") > 3 || !strings.Contains(out, "> quote") {
		t.Fatalf("an escaped name still changes the layout:\n%s", out)
	}
}

// FuzzRender feeds random markdown, deep nesting included, through the
// render path: it must finish (within the deadline) and keep its budget.
func FuzzRender(f *testing.F) {
	f.Add(strings.Repeat("> ", 90) + "x")
	f.Add(strings.Repeat("  - ", 50) + "x\n## Sources\n- [S1] t. <https://example.org/a>\n")
	f.Add("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 1<<16 {
			return
		}
		if _, err := Plain(doc, 60); err != nil {
			t.Fatal(err)
		}
	})
}

func TestBackground(t *testing.T) {
	t.Parallel()
	for env, want := range map[string][2]bool{"light": {false, true}, "dark": {true, true}, "dracula": {true, true}, "notty": {true, false}, "": {true, false}, "/tmp/x.json": {true, false}} {
		if isDark, known := Background(env); isDark != want[0] || known != want[1] {
			t.Errorf("Background(%q) = %v, %v; want %v, %v", env, isDark, known, want[0], want[1])
		}
	}
}

// TestTerminalHeadingsAndListItems is issue 23: "## " showed before headings
// on the screens, and the wrapped lines of a list item went back under its
// bullet. Neither may happen in a coloured style, and no line may grow past
// the width; the ascii style keeps its hashes, its only heading mark.
func TestTerminalHeadingsAndListItems(t *testing.T) {
	t.Parallel()
	doc := "# Title\n\n## Facts\n\n### More\n\n- one two three four five six seven eight nine ten eleven twelve thirteen\n  - nested one two three four five six seven eight nine ten eleven\n\n1. first second third fourth fifth sixth seventh eighth ninth tenth\n"
	for _, style := range []string{"dark", "light", "dracula"} {
		out, err := Markdown(doc, 40, style)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(ansi.Strip(out), "\n")
		hang := ""
		for _, l := range lines {
			if regexp.MustCompile(`^\s*#+ `).MatchString(l) {
				t.Errorf("%s: a heading shows its hashes: %q", style, l)
			}
			if ansi.StringWidth(l) > 40 {
				t.Errorf("%s: a line of %d columns: %q", style, ansi.StringWidth(l), l)
			}
			if m := regexp.MustCompile(`^(\s*)(•|\d+\.) `).FindStringSubmatch(l); m != nil {
				hang = strings.Repeat(" ", len(m[1])+ansi.StringWidth(m[2])+1)
				continue
			}
			if strings.TrimSpace(l) == "" {
				hang = ""
				continue
			}
			if hang != "" && !strings.HasPrefix(l, hang) {
				t.Errorf("%s: a wrapped list line is not under its item's text: %q", style, l)
			}
		}
	}
	// A nested list ends in one blank line, not Glamour's two.
	for _, style := range []string{"dark", "light", "notty"} {
		out, _ := Markdown("1. a step\n   - its reason\n\nAfter the list.\n", 40, style)
		if regexp.MustCompile(`\n[ \t]*\n[ \t]*\n`).MatchString(ansi.Strip(out)) {
			t.Errorf("%s: two blank lines in a row:\n%s", style, ansi.Strip(out))
		}
	}
	out, _ := Markdown(doc, 40, "ascii")
	if !strings.Contains(out, "## Facts") {
		t.Errorf("the ascii style lost its heading marks:\n%s", out)
	}
}

// TestANumberInProseIsNoListItem: a paragraph wrapped so that a line starts
// with "2026. " keeps its lines as they were.
func TestANumberInProseIsNoListItem(t *testing.T) {
	t.Parallel()
	doc := "The figures were checked in the last days of November\n2026. Nothing here is a list, and the next line of this paragraph stays where it is.\n"
	for _, w := range []int{30, 40, 54, 60} {
		out, err := Markdown(doc, w, "dark")
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(ansi.Strip(out), "\n") {
			if strings.HasPrefix(l, "      ") && strings.TrimSpace(l) != "" {
				t.Errorf("at %d a line of prose was indented as a list item's: %q", w, l)
			}
		}
	}
}

// On a wide terminal every sentence of a summary is one line: the text
// breaks where the terminal ends, never where the source file's lines did.
func TestTextNeverBreaksInsideASentence(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		// The summary's prose and lists, after the figures (which end
		// without a full stop) and before the sources.
		doc := page.Summary(lib, c)
		out, err := Plain(doc[strings.Index(doc, "\n## Who it is for\n"):strings.LastIndex(doc, "\n## Sources\n")], 1000)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(out, "\n") {
			line = strings.TrimSpace(line)
			if len(line) > 40 && !strings.ContainsAny(line[len(line)-1:], ".:;!?)]\"") {
				t.Errorf("%s: a line ends inside a sentence: %q", c.ID, line)
			}
		}
	}
}

// TestTameFlattensEveryContainer (F4): quotes and list items of any kind
// nest alike, so a line of "> - > - ..." or "- - - ..." is as deep as 400
// quotes; Tame keeps MaxQuoteDepth markers of any kind and the text.
func TestTameFlattensEveryContainer(t *testing.T) {
	t.Parallel()
	for name, line := range map[string]string{
		"quote and list": strings.Repeat("> - ", 400) + "deep quote-list",
		"dashes":         strings.Repeat("- ", 2000) + "deep list",
		"numbers":        strings.Repeat("1. ", 1000) + "deep numbers",
		"mixed":          strings.Repeat("+ * > 2) ", 300) + "deep mix",
	} {
		tamed := Tame(line)
		rest, n := tamed, 0
		for m := containerRE.FindStringIndex(rest); m != nil; m = containerRE.FindStringIndex(rest) {
			rest, n = rest[m[1]:], n+1
		}
		if n > MaxQuoteDepth || !strings.HasPrefix(rest, "deep ") {
			t.Errorf("%s: %d containers left, then %.40q", name, n, rest)
		}
	}
	if doc := "> - quote and list\n1. one\n   - two\n"; Tame(doc) != doc {
		t.Errorf("a shallow document changed: %q", Tame(doc))
	}
}

// TestOverdueRenderStops (F4): a rendering past its deadline gives way to
// the plain text and is told to stop; none is left running. The deadline is
// made short here; the rendering below runs until it is told to stop.
func TestOverdueRenderStops(t *testing.T) {
	old := Deadline
	Deadline = time.Millisecond
	defer func() { Deadline = old }()
	ended := make(chan struct{})
	out, err := withDeadline("plain text", func(doc string, stop func() bool) (string, error) {
		defer close(ended)
		for !stop() {
			runtime.Gosched()
		}
		return "", nil
	})
	if err != nil || !strings.HasSuffix(out, "\n\nplain text") {
		t.Fatalf("the fallback is %q, %v", out, err)
	}
	<-ended // it stopped
	// Glamour asks before each node, and stops at the first no.
	asked := 0
	doc := Tame(strings.Repeat("> - ", 400) + "deep quote-list\n\n" + strings.Repeat("a paragraph\n\n", 100))
	_, err = glamourRender(doc, 80, "dark", func() bool { asked++; return asked == 5 })
	if !errors.Is(err, gansi.ErrStopped) || asked != 5 {
		t.Fatalf("the rendering went on: asked %d times, %v", asked, err)
	}
}

// BenchmarkTamedBomb renders the audit's render bomb (F4) after Tame.
func BenchmarkTamedBomb(b *testing.B) {
	doc := Tame("# PSM I\n\n" + strings.Repeat("> - ", 400) + "deep quote-list\n\nThe rest of the page.\n")
	for b.Loop() {
		if _, err := glamourRender(doc, 80, "dark", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVersionsAreNeverCut: Glamour broke a list item's line inside "5.1"
// ("LPM 5." / "1 guides"), and the hanging indent then joined it as "5. 1".
func TestVersionsAreNeverCut(t *testing.T) {
	t.Parallel()
	const item = "- **Exam fee:** exam 5.1: first attempt included in the course fee if taken within 30 days of the course [S16] (the same rule in the POPM and LPM 5.1 guides), not confirmed\n"
	for width := 40; width <= 90; width++ {
		for _, styled := range []bool{false, true} {
			var out string
			var err error
			if styled {
				out, err = Markdown(item, width, "dark")
				out = ansi.Strip(out)
			} else {
				out, err = Plain(item, width)
			}
			if err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(out), " ")
			if strings.Count(flat, "5.1") != 2 {
				t.Fatalf("at %d columns (styled %v) a version is cut:\n%s", width, styled, out)
			}
		}
	}
}
