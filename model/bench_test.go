package model

import (
	"strings"
	"testing"

	"certpath/content/page"
	"certpath/render"
)

// benchKeys times Update + View for keys sent in turn.
func benchKeys(b *testing.B, m *Model, keys ...string) {
	msgs := make([]any, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	i := 0
	for b.Loop() {
		next, _ := m.Update(msgs[i%len(msgs)])
		m = next.(*Model)
		_ = m.View()
		i++
	}
}

// BenchmarkQuestionKey is Update + View for one key on a question screen
// (target: 200 µs).
func BenchmarkQuestionKey(b *testing.B) {
	benchKeys(b, press(b, newTestModel(b, 80, 24), "enter"), "down")
}

// BenchmarkAllocationKey is the same on the busiest question, the week.
func BenchmarkAllocationKey(b *testing.B) {
	benchKeys(b, goTo(b, "week.time", Options{}), "right", "left")
}

// BenchmarkResultsScroll is Update + View for one key scrolling the
// rendered results (target: 500 µs).
func BenchmarkResultsScroll(b *testing.B) {
	benchKeys(b, toResults(b, 120, 40, Options{}), "down", "up")
}

// BenchmarkSummaryScroll is the same on a certification summary.
func BenchmarkSummaryScroll(b *testing.B) {
	m := press(b, newModelWith(b, 120, 40, Options{Start: StartBrowser}), "enter")
	if !strings.Contains(visible(m), "summary") || strings.Contains(visible(m), "Rendering…") {
		b.Fatal("summary not rendered")
	}
	benchKeys(b, m, "down", "up")
}

// BenchmarkRenderResults is one Glamour rendering of the results at 120
// columns, uncached (target: 10 ms).
func BenchmarkRenderResults(b *testing.B) {
	m := toResults(b, 120, 40, Options{})
	doc := m.top().(*docScreen).view.doc
	for b.Loop() {
		if _, err := render.Markdown(doc, 118, "dark"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderSummary is one Glamour rendering of the longest summary.
func BenchmarkRenderSummary(b *testing.B) {
	lib := testLib(b)
	longest := ""
	for _, c := range lib.Certs() {
		if s := page.Summary(lib, c); len(s) > len(longest) {
			longest = s
		}
	}
	for b.Loop() {
		if _, err := render.Markdown(longest, 118, "dark"); err != nil {
			b.Fatal(err)
		}
	}
}
