package render

import (
	"strings"
	"testing"

	"certpath/content"
	"certpath/content/page"
	"certpath/internal/testcheck"
)

// Every certification's page says at a glance, on the first screen of an
// 80x24 terminal (less the screens' title and footer), what it is, who it
// is for, the course, the exam, the three-year cost and the renewal, and,
// where a figure carries the mark, what the mark means.
func TestGlanceFitsTheFirstScreen(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	const rows = 24 - 4
	for _, c := range lib.Certs() {
		doc := page.Summary(lib, c)
		out, err := Plain(doc, 80)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out, "\n")
		first := strings.Join(lines[:min(rows, len(lines))], "\n")
		want := []string{"What it is: ", "Who it is for: ", "Course: ", "Exam", "Three-year cost: ", "Renewal: "}
		if strings.Contains(first, content.Mark) {
			want = append(want, content.MarkLegend[:20])
		}
		if !strings.Contains(first, "Renewal: ") {
			t.Fatalf("%s: no renewal in the first %d lines at 80 columns:\n%s", c.ID, rows, first)
		}
		for _, w := range want {
			if !strings.Contains(first, w) {
				t.Errorf("%s: the first %d lines at 80 columns lack %q:\n%s", c.ID, rows, w, first)
			}
		}
		glance := first[:strings.Index(first, "Renewal: ")+1]
		if strings.Contains(glance, "Earlier versions") || strings.Contains(glance, "[S") || strings.Contains(glance, "not confirmed") {
			t.Errorf("%s: earlier versions, sources and hedges belong below the glance:\n%s", c.ID, glance)
		}
	}
}
