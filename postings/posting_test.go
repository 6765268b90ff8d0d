package postings

import (
	"certpath/catalog"
	"certpath/termtext"
	"strings"
	"testing"
)

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
	an := NewAnalyzer(testLexicon())
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

func FuzzAnalyze(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzAnalyze.
	an := NewAnalyzer(testLexicon())
	f.Fuzz(func(t *testing.T, s string) {
		text := termtext.Sanitize(s)
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
