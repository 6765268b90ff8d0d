package accessible

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/store"
)

var clock = func() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC) }

func library(t *testing.T) (*content.Library, questions.Bank) {
	t.Helper()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	return lib, questions.DefaultBank(lib.Catalog())
}

// only is a bank of one question of the default bank.
func only(t *testing.T, id string) (*content.Library, questions.Bank) {
	t.Helper()
	return some(t, id)
}

// some is a bank of the questions named, in that order.
func some(t *testing.T, ids ...string) (*content.Library, questions.Bank) {
	t.Helper()
	lib, full := library(t)
	var qs []questions.Question
	for _, id := range ids {
		q, ok := full.Question(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		qs = append(qs, q)
	}
	return lib, questions.Bank{Questions: qs, Catalog: full.Catalog}
}

// TestAccessibleRepeatsTheChoice is issue 23: the answer was never said
// back.
func TestAccessibleRepeatsTheChoice(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	var out bytes.Buffer
	Run(strings.NewReader("3 1\n1\n"), &out, b, lib)
	if !strings.Contains(out.String(), "Chose: Owning and ordering a team backlog, writing stories; Aligning stakeholders and business owners on priorities.") {
		t.Fatalf("the choices are not said back:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "Chose: SAFe Product Owner/Product Manager (POPM).") {
		t.Fatalf("the second answer is not said back:\n%s", out.String())
	}
}

// TestAccessiblePostingFindings is issue 23: "Read 1 pasted posting." came
// with nothing the analyzer found.
func TestAccessiblePostingFindings(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QPostingsText)
	for name, tt := range map[string]struct{ in, want string }{
		"signals":    {"Scrum Master\nFacilitate sprint planning and retrospectives.\n.\n", "Read 1 pasted posting. Roles: Scrum Master 100%.\nFramework: Scrum"},
		"no signals": {"Gardener\nMow the lawns.\n.\n", "Read 1 pasted posting; no role signals found in it, so it will not change the results."},
	} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			if err := Run(strings.NewReader(tt.in+"\n"), &out, b, lib); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Fatalf("output lacks %q:\n%s", tt.want, out.String())
			}
		})
	}
}

// TestAccessibleAllocationStopsAtHundred is issue 23: with the whole week
// given, it still asked for hands-on work at "(0% left)".
func TestAccessibleAllocationStopsAtHundred(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QWeekTime)
	q := b.Questions[0]
	var out bytes.Buffer
	// The input ends at the review: with every answer given, the results.
	if err := Run(strings.NewReader("60\n40\n"), &out, b, lib); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	got := out.String()
	if strings.Contains(got, "with 0% left") {
		t.Fatalf("asked for more with nothing left:\n%s", got)
	}
	want := fmt.Sprintf("That makes 100%%, so the other %d activities get 0%%.", len(q.Options)-2)
	if !strings.Contains(got, want) || !strings.Contains(got, "Chose: "+q.Options[0].Label+" 60%, "+q.Options[1].Label+" 40%.") {
		t.Fatalf("output lacks %q or the choice:\n%s", want, got)
	}
	// 100% at the last row but one: the last is named.
	out.Reset()
	in := strings.Repeat("\n", len(q.Options)-2) + "100\n\n"
	if err := Run(strings.NewReader(in), &out, b, lib); err != nil {
		t.Fatal(err)
	}
	if want := "so the last activity (" + q.Options[len(q.Options)-1].Label + ") gets 0%."; !strings.Contains(out.String(), want) {
		t.Fatalf("output lacks %q:\n%s", want, out.String())
	}
}

// piped is accessible mode reading from a pipe, as a person typing; its
// output is read as it comes.
type piped struct {
	in   *io.PipeWriter
	done chan error
	mu   sync.Mutex
	seen strings.Builder
	grew chan struct{} // closed, and made anew, at every write
	read chan struct{} // closed when the output ends
}

func start(t *testing.T, b questions.Bank, lib *content.Library, opts Options) *piped {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	s := &piped{in: inW, done: make(chan error, 1), grew: make(chan struct{}), read: make(chan struct{})}
	go func() {
		err := RunWith(inR, outW, b, lib, opts)
		outW.Close()
		s.done <- err
	}()
	go func() {
		defer close(s.read)
		buf := make([]byte, 4096)
		for {
			n, err := outR.Read(buf)
			s.mu.Lock()
			s.seen.Write(buf[:n])
			close(s.grew)
			s.grew = make(chan struct{})
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { inW.Close() })
	return s
}

// output is what was written so far.
func (s *piped) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seen.String()
}

// waitFor waits until the output holds text, waking at each write: no
// sleep, no clock. Output that ends without it fails the test; a run that
// hangs is ended by the test's -timeout.
func (s *piped) waitFor(t *testing.T, text string) {
	t.Helper()
	for {
		s.mu.Lock()
		seen, grew := s.seen.String(), s.grew
		s.mu.Unlock()
		if strings.Contains(seen, text) {
			return
		}
		select {
		case <-grew:
		case <-s.read:
			if out := s.output(); !strings.Contains(out, text) {
				t.Fatalf("the output ended without %q:\n%s", text, out)
			}
			return
		}
	}
}

func (s *piped) send(line string) { io.WriteString(s.in, line+"\n") }

// stop ends the input, waits for the output to end and returns what the
// run returned.
func (s *piped) stop() error {
	s.in.Close()
	<-s.read
	return <-s.done
}

// TestAccessibleSavesAndResumes is issue 23: accessible mode neither saved
// nor offered to resume.
func TestAccessibleSavesAndResumes(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	dir := t.TempDir()
	st := store.Open(dir)

	s := start(t, b, lib, Options{Store: st, Resume: st.Load(b, clock()), Now: clock})
	s.waitFor(t, "Question 1 of")
	s.send("1")
	s.waitFor(t, "Question 2 of")
	s.send("1")
	s.waitFor(t, "Question 3 of")
	s.send("2")
	s.waitFor(t, "Question 4 of")
	// Stopped mid-way: the input ends, as a closed window's does.
	if err := s.stop(); !errors.Is(err, ErrInputEnded) {
		t.Fatalf("stopping mid-way: %v", err)
	}
	s.waitFor(t, "Your 3 answers are saved in "+st.Path()+"; run certpath --accessible again to resume.")
	saved := st.Load(b, clock())
	if len(saved.Answers) != 3 || saved.Answers[b.Questions[2].ID].Choice != b.Questions[2].Options[1].ID {
		t.Fatalf("saved %+v", saved.Answers)
	}

	// The next start offers them, and resuming goes on at question 4. Each
	// run opens the store afresh, as each certpath does.
	st = store.Open(dir)
	s = start(t, b, lib, Options{Store: st, Resume: saved, Now: clock})
	s.waitFor(t, "You have 3 saved answers from 22 Nov 2026")
	s.waitFor(t, "1. Resume: keep them and go on at question 4 of")
	s.waitFor(t, "2. Change one answer")
	s.waitFor(t, "3. Start over")
	s.send("1")
	s.waitFor(t, "Question 4 of")
	if strings.Contains(s.output(), "Question 1 of") {
		t.Fatal("resuming asked question 1 again")
	}
	s.send("1")
	s.waitFor(t, "Question 5 of")
	s.send("") // the optional postings, skipped: a skip is kept too
	s.waitFor(t, "Skipped.")
	s.waitFor(t, "Question 6 of")
	s.stop()
	if got := st.Load(b, clock()).Answers; len(got) != 5 {
		t.Fatalf("after resuming, %d answers saved, want 5", len(got))
	}

	// Starting over deletes them at once.
	st = store.Open(dir)
	s = start(t, b, lib, Options{Store: st, Resume: st.Load(b, clock()), Now: clock})
	s.waitFor(t, "You have 5 saved answers")
	s.send("3")
	s.waitFor(t, "Question 1 of")
	if got := st.Load(b, clock()).Answers; len(got) != 0 {
		t.Fatalf("starting over kept %d answers", len(got))
	}
	s.stop()
}

// failOnce fails the saves it is told to.
type failOnce struct {
	*store.Store
	fail map[uint64]bool
}

func (f failOnce) Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error {
	if f.fail[seq] {
		return errors.New("disk full")
	}
	return f.Store.Save(b, a, seq, now)
}

// TestAccessibleSaysWhenSavesFail: a failed save is told on every answer
// until one works, and then that they are saved again.
func TestAccessibleSaysWhenSavesFail(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	st := failOnce{store.Open(t.TempDir()), map[uint64]bool{2: true, 3: true}}
	var out bytes.Buffer
	RunWith(strings.NewReader("1\n1\n1\n1\n"), &out, b, lib, Options{Store: st, Now: clock})
	got := out.String()
	if n := strings.Count(got, "Could not save your answers (disk full); they are kept while certpath runs."); n != 2 {
		t.Fatalf("told of %d failures, want 2:\n%s", n, got)
	}
	if !strings.Contains(got, "Your answers are saved again, in "+st.Path()+".") {
		t.Fatalf("not told the answers are saved again:\n%s", got)
	}
}
