package postings

import (
	"strings"
	"testing"

	"certpath/termtext"
)

// mebibytePosting repeats the test postings up to 1 MiB: realistic words,
// realistic density of signals.
func mebibytePosting(b *testing.B) string {
	var sb strings.Builder
	posts := loadTestPostings(b)
	for sb.Len() < MaxBytes {
		for _, p := range posts {
			sb.WriteString(p.text)
		}
	}
	return sb.String()[:MaxBytes]
}

// BenchmarkAnalyze1MiB is the budget of issue 5: a 1 MiB posting analysed in
// under 20 ms on the 2-core machine.
func BenchmarkAnalyze1MiB(b *testing.B) {
	text := mebibytePosting(b)
	an := NewAnalyzer(testLexicon())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		an.Analyze("big", text)
	}
}

// BenchmarkSanitize1MiB measures the sanitizer on the same text.
func BenchmarkSanitize1MiB(b *testing.B) {
	text := mebibytePosting(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		termtext.Sanitize(text)
	}
}

// BenchmarkNewAnalyzer is what compiling the lexicon costs each evaluation.
func BenchmarkNewAnalyzer(b *testing.B) {
	for b.Loop() {
		NewAnalyzer(testLexicon())
	}
}
