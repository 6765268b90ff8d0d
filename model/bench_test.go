package model

import (
	"testing"

	"certpath/content"
	"certpath/questions"
)

// BenchmarkQuestionKey is Update + View for one key on a question screen
// (target: 200 µs).
func BenchmarkQuestionKey(b *testing.B) {
	m := press(b, newTestModel(b, 80, 24), "enter")
	down := keyMsg("down")
	for b.Loop() {
		next, _ := m.Update(down)
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkAllocationKey is the same on the busiest question, the week.
func BenchmarkAllocationKey(b *testing.B) {
	m := press(b, newTestModel(b, 80, 24), "enter")
	for m.bank.Questions[m.index].Kind != questions.Allocation {
		m = answerCurrent(b, m)
	}
	keys := []any{keyMsg("right"), keyMsg("left")}
	i := 0
	for b.Loop() {
		next, _ := m.Update(keys[i%2])
		m = next.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkResultsScroll is Update + View for one key scrolling the
// rendered results (target: 500 µs).
func BenchmarkResultsScroll(b *testing.B) {
	m := press(b, answerAll(b, newTestModel(b, 120, 40)), "enter")
	if !m.results.ready {
		b.Fatal("results not rendered")
	}
	keys := []any{keyMsg("down"), keyMsg("up")}
	i := 0
	for b.Loop() {
		next, _ := m.Update(keys[i%2])
		m = next.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkSummaryScroll is the same on a certification summary.
func BenchmarkSummaryScroll(b *testing.B) {
	m := press(b, newModelWith(b, 120, 40, Options{Start: StartBrowser}), "enter")
	if m.screen != summaryScreen || !m.summary.ready {
		b.Fatal("summary not rendered")
	}
	keys := []any{keyMsg("down"), keyMsg("up")}
	i := 0
	for b.Loop() {
		next, _ := m.Update(keys[i%2])
		m = next.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkRenderResults is one Glamour rendering of the results at 120
// columns, uncached (target: 10 ms).
func BenchmarkRenderResults(b *testing.B) {
	m := press(b, answerAll(b, newTestModel(b, 120, 40)), "enter")
	doc := m.results.doc
	for b.Loop() {
		if _, err := renderMarkdown(doc, 118, "dark"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderSummary is one Glamour rendering of the longest summary.
func BenchmarkRenderSummary(b *testing.B) {
	lib := content.Lazy(content.Embedded())
	longest := ""
	for _, c := range lib.Certs() {
		if s := lib.Summary(c); len(s) > len(longest) {
			longest = s
		}
	}
	for b.Loop() {
		if _, err := renderMarkdown(longest, 118, "dark"); err != nil {
			b.Fatal(err)
		}
	}
}
