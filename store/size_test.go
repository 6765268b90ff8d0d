package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"certpath/postings"
	"certpath/questions"
)

// F10: 4 MiB of emoji postings encode to 10 MiB of YAML, over what Load
// reads back. The save leaves postings out until the file fits, says which,
// and every answer comes back at the next start.
func TestStateFileNeverOutgrowsItsReadLimit(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	head := "Product Owner. Backlog refinement, stakeholder alignment, PI Planning, SAFe POPM.\n"
	var ps []postings.Text
	for i := range 4 {
		text := head + strings.Repeat("🚀", (postings.MaxBytes-len(head))/4)
		text += strings.Repeat(" ", postings.MaxBytes-len(text))
		ps = append(ps, postings.Text{Name: fmt.Sprintf("p%d.txt", i), Text: text})
	}
	a := sample()
	a[questions.QPostingsText] = questions.Answer{Postings: ps}
	s := Open(filepath.Join(t.TempDir(), "certpath"))
	err := s.Save(b, a, 1, now)
	var trimmed *Trimmed
	if !errors.As(err, &trimmed) || len(trimmed.Dropped) == 0 || trimmed.Dropped[len(trimmed.Dropped)-1] != "p3.txt" {
		t.Fatalf("save = %v, want a Trimmed naming the last postings", err)
	}
	if !strings.Contains(err.Error(), "p3.txt") || !strings.Contains(err.Error(), "Every answer is saved") {
		t.Errorf("the message: %v", err)
	}
	if ok, werr := s.Wait(time.Second); !ok || werr != nil {
		t.Errorf("a trimmed save counts as saved: %v %v", ok, werr)
	}
	info, err := os.Stat(s.Path())
	if err != nil || info.Size() > MaxStateBytes {
		t.Fatalf("the state file is %d bytes, over %d: %v", info.Size(), MaxStateBytes, err)
	}
	l := s.Load(b, now)
	if len(l.Answers) != len(a) || len(l.Notes) != 0 {
		t.Fatalf("loaded %d answers of %d; notes %q", len(l.Answers), len(a), l.Notes)
	}
	if got := l.Answers[questions.QPostingsText].Postings; len(got) != trimmed.Kept || len(got)+len(trimmed.Dropped) != 4 || got[0].Text != ps[0].Text {
		t.Fatalf("kept %d postings, trimmed says %d kept and %v dropped", len(got), trimmed.Kept, trimmed.Dropped)
	}
}
