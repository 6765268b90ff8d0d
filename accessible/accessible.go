// Package accessible runs the quiz as plain numbered prompts, one per line:
// no alternate screen, no colour, no cursor movement. It reads answers as
// numbers from any reader, so it works with a screen reader and with piped
// input, and scores them with the same planner.Evaluate as the screens.
package accessible

import (
	"bufio"
	"certpath/files"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"certpath/content"
	"certpath/model/field"
	"certpath/planner"
	"certpath/postings"
	"certpath/questions"
	"certpath/render"
	"certpath/report"
	"certpath/words"
)

// ErrInputEnded is returned when the input ends before the last question.
var ErrInputEnded = field.ErrInputEnded

// ErrLineTooLong is a line of input over the 1 MiB a posting can be: no
// answer is that long.
var ErrLineTooLong = errors.New("a line of the input is over 1 MiB, longer than any answer or posting")

// ErrTooManyMisses is returned after maxMisses answers in a row that do not
// fit: piped input such as yes would otherwise be asked again forever.
var ErrTooManyMisses = errors.New("too many answers in a row did not fit")

// maxMisses is how many unusable answers in a row end the quiz.
const maxMisses = 10

// runner holds one accessible session; it is the field.Prompter through
// which each question's widget asks it (RunAccessible).
type runner struct {
	in     *bufio.Scanner
	out    io.Writer
	misses *int
	// waiting reports whether more input has already arrived; nil on a
	// pipe, where every line is there at once and tells nothing.
	waiting func() bool
}

// pasteGap is how long an empty line's follower may take to still count as
// the same paste.
const pasteGap = 60 * time.Millisecond

// Pending reports whether more input arrived with the line just read, as a
// paste's lines do on a terminal (field.Pending).
func (r runner) Pending() bool { return r.waiting != nil && r.waiting() }

// Miss counts an answer that did not fit; past maxMisses in a row it ends
// the quiz.
func (r runner) Miss() error {
	*r.misses++
	if *r.misses >= maxMisses {
		return fmt.Errorf("%w (%d); answer with the numbers shown", ErrTooManyMisses, maxMisses)
	}
	return nil
}

// Run asks every question of the bank on out, reading answers from in, then
// prints the results as plain text. Nothing is saved.
func Run(in io.Reader, out io.Writer, bank questions.Bank, lib *content.Library) error {
	return RunWith(in, out, bank, lib, Options{})
}

// RunWith is Run that saves each answer as it is given, and first offers
// to resume what an earlier run saved, as the screens do.
func RunWith(in io.Reader, out io.Writer, bank questions.Bank, lib *content.Library, opts Options) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), postings.MaxBytes)
	r := runner{in: sc, out: out, misses: new(int)}
	if f, ok := in.(*os.File); ok && term.IsTerminal(f.Fd()) {
		r.waiting = func() bool { return inputWaiting(f) }
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	sv := &saving{opts: opts, bank: bank}
	r.Say("certpath, accessible mode. Each question lists numbered choices: type a number (or several, for questions that say so) and press enter.")
	for _, note := range opts.Resume.Notes {
		r.Say(note)
	}
	answers := questions.Answers{}
	if len(opts.Resume.Answers) > 0 {
		resume, err := r.offerResume(bank, opts.Resume)
		if err != nil {
			return fmt.Errorf("%w: the offer to resume was not answered", err)
		}
		if resume {
			answers = opts.Resume.Answers.Clone()
		} else {
			sv.save(r, answers) // starting over deletes them at once, as the screens do
		}
	}
	for i, q := range bank.Questions {
		if _, done := answers[q.ID]; done {
			continue
		}
		r.Say("")
		r.Say(fmt.Sprintf("Question %d of %d. %s.", i+1, len(bank.Questions), questions.SectionTitle(q.Section)))
		r.Say(q.Prompt)
		if q.Hint != "" {
			r.Say(q.Hint)
		}
		a, skip, err := r.ask(q, opts.Offline)
		if err != nil {
			if n := len(answers); n > 0 && sv.ok() {
				r.Say(fmt.Sprintf("Your %s %s saved in %s; run certpath --accessible again to resume.", words.Count(n, "answer"), map[bool]string{true: "is", false: "are"}[n == 1], sv.opts.Store.Path()))
			}
			return fmt.Errorf("%w: question %d (%s) was not answered", err, i+1, q.ID)
		}
		// A skip is an answer too: it is kept, and not asked again on resume.
		answers[q.ID] = a
		if skip {
			r.Say("Skipped.")
		} else {
			r.Say("Chose: " + q.Describe(a) + ".")
		}
		sv.save(r, answers)
	}
	outcome := planner.Evaluate(bank, answers)
	// The profile bars are pictures; a screen reader reads the share.
	doc := barRE.ReplaceAllString(report.Report(lib, bank, answers, outcome), "")
	text, err := render.Plain(doc, 78)
	if err != nil {
		return err
	}
	r.Say("")
	if _, err = io.WriteString(out, text); err != nil {
		return err
	}
	if sv.ok() {
		r.Say("")
		r.Say(fmt.Sprintf("Your answers are saved in %s. The full results: certpath quiz --details --answers %s", sv.opts.Store.Path(), files.QuotePath(sv.opts.Store.Path())))
	}
	return nil
}

// barRE is a profile's bar in the results' markdown.
var barRE = regexp.MustCompile("`[█░]+` ")

// ask asks one question with its kind's widget.
func (r runner) ask(q questions.Question, offline bool) (questions.Answer, bool, error) {
	f, err := field.New(q, field.NewKeyMap(), &field.Styles{}, field.Options{Offline: offline})
	if err != nil {
		return questions.Answer{}, false, err
	}
	return f.RunAccessible(r)
}

// Fit starts the count of misses in a row again.
func (r runner) Fit() { *r.misses = 0 }

// Say writes one line.
func (r runner) Say(s string) { fmt.Fprintln(r.out, s) }

// Line reads one answer line; the end of input is an error.
func (r runner) Line(prompt string) (string, error) {
	fmt.Fprint(r.out, prompt)
	if !r.in.Scan() {
		fmt.Fprintln(r.out)
		if err := r.in.Err(); errors.Is(err, bufio.ErrTooLong) {
			return "", ErrLineTooLong
		} else if err != nil {
			return "", err
		}
		return "", ErrInputEnded
	}
	return strings.TrimSpace(r.in.Text()), nil
}
