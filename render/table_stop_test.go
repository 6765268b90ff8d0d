package render

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"
)

// wideTable is a markdown table of cols columns and rows rows under its
// header, the shape of the audit's 5,000-column table (N13).
func wideTable(cols, rows int) string {
	var b strings.Builder
	line := func(cell func(c int) string) {
		b.WriteString("|")
		for c := range cols {
			b.WriteString(" " + cell(c) + " |")
		}
		b.WriteString("\n")
	}
	line(func(c int) string { return fmt.Sprintf("h%d", c) })
	line(func(int) string { return "-" })
	for r := range rows {
		line(func(c int) string { return fmt.Sprintf("r%dc%d", r, c) })
	}
	return b.String()
}

// inTableLayout reports whether the caller runs inside lipgloss's layout
// of a table, the one call that lays out every cell.
func inTableLayout() bool {
	pc := make([]uintptr, 32)
	frames := runtime.CallersFrames(pc[:runtime.Callers(2, pc)])
	for {
		f, more := frames.Next()
		if strings.Contains(f.Function, "lipgloss/v2/table.(*Table).") {
			return true
		}
		if !more {
			return false
		}
	}
}

// TestAStopIsHeardInsideATablesLayout is the second part of N13 in
// hostile-inputs-3: Glamour asked the stop before each node, and lipgloss
// lays a whole table out in one call, so a 1 MiB table of 5,000 columns ran
// about 4 s past the 3 s deadline. The stop is now asked for every cell
// inside that call, and a yes ends the rendering there.
func TestAStopIsHeardInsideATablesLayout(t *testing.T) {
	t.Parallel()
	const cols, rows = 120, 10
	doc := "# A wide table\n\n" + wideTable(cols, rows) + "\nAfter the table.\n"
	inside := 0
	out, err := glamourRender(doc, 80, "dark", func() bool {
		if inTableLayout() {
			inside++
		}
		return false
	})
	if err != nil || !strings.Contains(ansi.Strip(out), "After the table.") {
		t.Fatalf("a rendering never told to stop: %v\n%s", err, out)
	}
	if cells := cols * (rows + 1); inside < cells {
		t.Fatalf("the stop was asked %d times while the table of %d cells was laid out; it must be asked for every cell", inside, cells)
	}

	inside = 0
	_, err = glamourRender(doc, 80, "dark", func() bool {
		if inTableLayout() {
			inside++
			return true
		}
		return false
	})
	if !errors.Is(err, gansi.ErrStopped) || inside != 1 {
		t.Fatalf("a stop asked inside the table's layout must end the rendering there: asked %d times, %v", inside, err)
	}
}

// TestAPanicInATableIsNotTakenForAStop: only the stop's own panic is
// recovered in a table's layout; any other goes on.
func TestAPanicInATableIsNotTakenForAStop(t *testing.T) {
	t.Parallel()
	defer func() {
		if r := recover(); r != "another panic" {
			t.Fatalf("recovered %v, want the panic raised in the stop", r)
		}
	}()
	_, _ = glamourRender(wideTable(3, 2), 80, "dark", func() bool {
		if inTableLayout() {
			panic("another panic")
		}
		return false
	})
	t.Fatal("the panic was swallowed")
}

// BenchmarkWideTableStop renders a 1,000-column table and is told to stop at
// the first cell of its layout: the time is the walk up to the table and a
// stop at once, not the table's layout.
func BenchmarkWideTableStop(b *testing.B) {
	doc := wideTable(1000, 20)
	for b.Loop() {
		_, err := glamourRender(doc, 98, "dark", inTableLayout)
		if !errors.Is(err, gansi.ErrStopped) {
			b.Fatal(err)
		}
	}
}
