package accessible

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"certpath/postings"
	"certpath/questions"
)

// lines is an input of n posting lines and then the given tail, made as it
// is read: the test never holds it whole.
type lines struct {
	n    int
	tail string
	buf  []byte
}

func (l *lines) Read(p []byte) (int, error) {
	for len(l.buf) < len(p) && (l.n > 0 || l.tail != "") {
		if l.n > 0 {
			l.buf = append(l.buf, "Product Owner backlog refinement stakeholder alignment\n"...)
			l.n--
		} else {
			l.buf = append(l.buf, l.tail...)
			l.tail = ""
		}
	}
	if len(l.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, l.buf)
	l.buf = l.buf[n:]
	return n, nil
}

// capturing keeps the answers of the newest save.
type capturing struct{ answers questions.Answers }

func (c *capturing) Save(_ questions.Bank, a questions.Answers, _ uint64, _ time.Time) error {
	c.answers = a
	return nil
}
func (c *capturing) Path() string { return "captured" }

// F6: a pasted posting longer than 1 MiB keeps its first MiB, says what was
// kept and dropped, and holds no more than that while it reads the rest.
func TestAccessiblePasteStopsAtOneMiB(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QPostingsText)
	var out bytes.Buffer
	saved := &capturing{}
	in := &lines{n: 60000, tail: ".\n\n"} // 3.3 MiB of lines, the full stop, enter at the review
	if err := RunWith(in, &out, b, lib, Options{Store: saved, Now: clock}); err != nil {
		t.Fatal(err)
	}
	want := "The pasted posting is over the 1 MiB a posting can be: its first 19065 lines (1023 KiB) are kept, the other 40935 lines (2.1 MiB) dropped."
	if !strings.Contains(out.String(), want) {
		t.Fatalf("output lacks %q:\n%.2000s", want, out.String())
	}
	ps := saved.answers[questions.QPostingsText].Postings
	if len(ps) != 1 || len(ps[0].Text) > postings.MaxBytes {
		t.Fatalf("kept %d postings, the first of %d bytes", len(ps), len(ps[0].Text))
	}
}
