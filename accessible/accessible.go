// Package accessible runs the quiz as plain numbered prompts, one per line:
// no alternate screen, no colour, no cursor movement. It reads answers as
// numbers from any reader, so it works with a screen reader and with piped
// input, and scores them with the same questions.Evaluate as the screens.
package accessible

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"certpath/content"
	"certpath/files"
	"certpath/postings"
	"certpath/questions"
	"certpath/render"
	"certpath/report"
	"certpath/store"
	"certpath/words"
)

// ErrInputEnded is returned when the input ends before the last question.
var ErrInputEnded = errors.New("the input ended before the quiz did")

// ErrTooManyMisses is returned after maxMisses answers in a row that do not
// fit: piped input such as yes would otherwise be asked again forever.
var ErrTooManyMisses = errors.New("too many answers in a row did not fit")

// maxMisses is how many unusable answers in a row end the quiz.
const maxMisses = 10

// runner holds one accessible session.
type runner struct {
	in     *bufio.Scanner
	out    io.Writer
	misses *int
}

// miss counts an answer that did not fit; past maxMisses in a row it ends
// the quiz.
func (r runner) miss() error {
	*r.misses++
	if *r.misses >= maxMisses {
		return fmt.Errorf("%w (%d); answer with the numbers shown", ErrTooManyMisses, maxMisses)
	}
	return nil
}

// Saver keeps answers between runs; store.Store is the real one, the same
// the screens save in.
type Saver interface {
	Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error
	Path() string
}

// Options are what a run keeps between runs.
type Options struct {
	// Store saves the answers after each one; nil saves nothing.
	Store Saver
	// Resume is what an earlier run saved: offered at the start, with the
	// notes on what was set aside.
	Resume store.Loaded
	// Now is the clock saves are stamped with; nil is time.Now.
	Now func() time.Time
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
	if opts.Now == nil {
		opts.Now = time.Now
	}
	sv := &saving{opts: opts, bank: bank}
	r.say("certpath, accessible mode. Each question lists numbered choices: type a number (or several, for questions that say so) and press enter.")
	for _, note := range opts.Resume.Notes {
		r.say(note)
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
		r.say("")
		r.say(fmt.Sprintf("Question %d of %d. %s.", i+1, len(bank.Questions), questions.SectionTitle(q.Section)))
		r.say(q.Prompt)
		if q.Hint != "" {
			r.say(q.Hint)
		}
		a, skip, err := r.ask(q)
		if err != nil {
			if n := len(answers); n > 0 && sv.ok() {
				r.say(fmt.Sprintf("Your %s %s saved in %s; run certpath --accessible again to resume.", words.Count(n, "answer"), map[bool]string{true: "is", false: "are"}[n == 1], sv.opts.Store.Path()))
			}
			return fmt.Errorf("%w: question %d (%s) was not answered", err, i+1, q.ID)
		}
		// A skip is an answer too: it is kept, and not asked again on resume.
		answers[q.ID] = a
		if skip {
			r.say("Skipped.")
		} else {
			r.say("Chose: " + q.Describe(a) + ".")
		}
		sv.save(r, answers)
	}
	outcome := questions.Evaluate(bank, answers)
	text, err := render.Plain(report.Report(lib, bank, answers, outcome), 78)
	if err != nil {
		return err
	}
	r.say("")
	_, err = io.WriteString(out, text)
	return err
}

// saving saves the answers after each one and says when a save fails, and
// again when one works after a failure.
type saving struct {
	opts   Options
	bank   questions.Bank
	seq    uint64
	failed error
}

// save writes the answers through the store, and tells of a failure on
// every answer until a save works.
func (sv *saving) save(r runner, answers questions.Answers) {
	if sv.opts.Store == nil {
		return
	}
	sv.seq++
	err := sv.opts.Store.Save(sv.bank, answers.Clone(), sv.seq, sv.opts.Now())
	switch {
	case err != nil:
		r.say(fmt.Sprintf("Could not save your answers (%v); they are kept while certpath runs.", err))
	case sv.failed != nil:
		r.say("Your answers are saved again, in " + sv.opts.Store.Path() + ".")
	}
	sv.failed = err
}

// ok says the newest save worked.
func (sv *saving) ok() bool { return sv.opts.Store != nil && sv.seq > 0 && sv.failed == nil }

// offerResume asks whether to resume the saved answers or start over.
func (r runner) offerResume(bank questions.Bank, saved store.Loaded) (bool, error) {
	when := ""
	if !saved.Saved.IsZero() {
		when = " from " + saved.Saved.Local().Format("2 Jan 2006 15:04")
	}
	next := "see the results: every question is answered"
	for i, q := range bank.Questions {
		if _, ok := saved.Answers[q.ID]; !ok {
			next = fmt.Sprintf("go on at question %d of %d", i+1, len(bank.Questions))
			break
		}
	}
	r.say("")
	r.say(fmt.Sprintf("You have %s%s.", words.Count(len(saved.Answers), "saved answer"), when))
	r.say("1. Resume: keep them and " + next)
	r.say("2. Start over: delete them and begin at question 1")
	for {
		text, err := r.line("Type a number from 1 to 2: ")
		if err != nil {
			return false, err
		}
		nums, problem := numbers(text, 2)
		if problem == "" && len(nums) != 1 {
			problem = "type one number"
		}
		if problem != "" {
			r.say(fmt.Sprintf("%q: %s.", text, problem))
			if err := r.miss(); err != nil {
				return false, err
			}
			continue
		}
		*r.misses = 0
		return nums[0] == 1, nil
	}
}

func (r runner) say(s string) { fmt.Fprintln(r.out, s) }

// line reads one answer line; the end of input is an error.
func (r runner) line(prompt string) (string, error) {
	fmt.Fprint(r.out, prompt)
	if !r.in.Scan() {
		fmt.Fprintln(r.out)
		if err := r.in.Err(); err != nil {
			return "", err
		}
		return "", ErrInputEnded
	}
	return strings.TrimSpace(r.in.Text()), nil
}

// asker asks one question until the answer fits; skip says the question was
// left unanswered (an optional one).
type asker func(r runner, q questions.Question) (a questions.Answer, skip bool, err error)

// askerFor is the prompt of each question kind; a test checks every kind has one.
func askerFor(k questions.Kind) (asker, bool) {
	switch k.(type) {
	case questions.SingleChoice:
		return numbered(false, func(q questions.Question, nums []int) questions.Answer {
			return questions.Answer{Choice: q.Options[nums[0]-1].ID}
		}), true
	case questions.MultiChoice:
		return numbered(true, func(q questions.Question, nums []int) questions.Answer {
			var a questions.Answer
			for i, o := range q.Options { // bank order, whatever order was typed
				if slices.Contains(nums, i+1) {
					a.Choices = append(a.Choices, o.ID)
				}
			}
			return a
		}), true
	case questions.Frequency:
		return numbered(false, func(_ questions.Question, nums []int) questions.Answer {
			return questions.Answer{Level: nums[0] - 1}
		}), true
	case questions.Allocation:
		return askAllocation, true
	case questions.Postings:
		return askPostings, true
	}
	return nil, false
}

// ask asks one question with its kind's prompt.
func (r runner) ask(q questions.Question) (questions.Answer, bool, error) {
	ask, ok := askerFor(q.Kind)
	if !ok {
		return questions.Answer{}, false, fmt.Errorf("question %s: accessible mode has no prompt for %s questions", q.ID, q.Kind.Name())
	}
	return ask(r, q)
}

// numbered asks for one number (or several, multi) from the kind's numbered
// choices, and builds the answer from them.
func numbered(multi bool, build func(q questions.Question, nums []int) questions.Answer) asker {
	return func(r runner, q questions.Question) (questions.Answer, bool, error) {
		choices := q.Kind.Choices(q)
		for i, c := range choices {
			r.say(fmt.Sprintf("%d. %s", i+1, c.Label))
		}
		prompt := fmt.Sprintf("Type a number from 1 to %d: ", len(choices))
		if multi {
			prompt = fmt.Sprintf("Type one or more numbers from 1 to %d, separated by spaces: ", len(choices))
		}
		for {
			text, err := r.line(prompt)
			if err != nil {
				return questions.Answer{}, false, err
			}
			nums, problem := numbers(text, len(choices))
			if problem == "" && !multi && len(nums) != 1 {
				problem = "this question takes one number"
			}
			if problem != "" {
				r.say(fmt.Sprintf("%q: %s.", text, problem))
				if err := r.miss(); err != nil {
					return questions.Answer{}, false, err
				}
				continue
			}
			a := build(q, nums)
			if err := q.Check(a); err != nil {
				r.say(strings.TrimPrefix(err.Error(), q.ID+": "))
				if err := r.miss(); err != nil {
					return questions.Answer{}, false, err
				}
				continue
			}
			*r.misses = 0
			return a, false, nil
		}
	}
}

// numbers parses numbers between 1 and n, separated by spaces or commas.
func numbers(text string, n int) ([]int, string) {
	fields := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' })
	if len(fields) == 0 {
		return nil, fmt.Sprintf("type a number from 1 to %d", n)
	}
	var out []int
	for _, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 || v > n {
			if len(fields) == 1 {
				return nil, fmt.Sprintf("not a choice; type a number from 1 to %d", n)
			}
			return nil, fmt.Sprintf("%q is not a choice; type numbers from 1 to %d", f, n)
		}
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out, ""
}

// askAllocation asks for each activity's share in turn and starts again if
// the shares do not add up to 100.
func askAllocation(r runner, q questions.Question) (questions.Answer, bool, error) {
	for {
		r.say("Type the percentage of your week for each activity, in whole numbers. They must add up to 100.")
		alloc := map[string]int{}
		total := 0
		for i, o := range q.Options {
			if total == questions.AllocationTotal {
				rest := fmt.Sprintf("the other %s get", words.Count(len(q.Options)-i, "activity"))
				if i == len(q.Options)-1 {
					rest = "the last activity (" + o.Label + ") gets"
				}
				r.say(fmt.Sprintf("That makes %d%%, so %s 0%%.", questions.AllocationTotal, rest))
				break
			}
			for {
				text, err := r.line(fmt.Sprintf("%d. %s (%d%% left): ", i+1, o.Label, questions.AllocationTotal-total))
				if err != nil {
					return questions.Answer{}, false, err
				}
				if text == "" {
					text = "0"
				}
				v, err := strconv.Atoi(strings.TrimSuffix(text, "%"))
				if err != nil || v < 0 || v > questions.AllocationTotal-total {
					r.say(fmt.Sprintf("%q: type a whole number from 0 to %d.", text, questions.AllocationTotal-total))
					if err := r.miss(); err != nil {
						return questions.Answer{}, false, err
					}
					continue
				}
				if v > 0 {
					alloc[o.ID] = v
				}
				total += v
				break
			}
		}
		a := questions.Answer{Allocation: alloc}
		if err := q.Check(a); err != nil {
			r.say(fmt.Sprintf("Your shares add up to %d%%, not 100%%. Once more, please.", total))
			continue
		}
		return a, false, nil
	}
}

// askPostings takes file paths, or the text of a posting pasted line by
// line and ended with a line holding only a full stop; enter alone skips.
func askPostings(r runner, _ questions.Question) (questions.Answer, bool, error) {
	for {
		text, err := r.line("Type the file paths of the postings (quote a path with spaces), or paste a posting's text and end it with a line holding only a full stop; press enter to skip: ")
		if err != nil {
			return questions.Answer{}, false, err
		}
		if text == "" {
			return questions.Answer{}, true, nil
		}
		if paths, err := files.SplitPaths(text); err == nil && allFiles(paths) {
			var a questions.Answer
			for _, path := range paths {
				p, note, err := postings.ReadFile(path)
				if note != "" {
					r.say(note)
				}
				if err != nil {
					r.say(err.Error())
					continue
				}
				a.Postings = append(a.Postings, p)
			}
			if len(a.Postings) == 0 {
				r.say("None of those could be read. Type other paths, or press enter to skip.")
				continue
			}
			r.say(findings("Read "+words.Count(len(a.Postings), "posting"), a.Postings))
			return a, false, nil
		}
		// Not file paths: a pasted posting, read up to a line with a full stop.
		lines := []string{text}
		for {
			more, err := r.line("")
			if err != nil && !errors.Is(err, ErrInputEnded) {
				return questions.Answer{}, false, err
			}
			if err != nil || more == "." {
				break
			}
			lines = append(lines, more)
		}
		clean, err := postings.Check([]byte(strings.Join(lines, "\n")), false)
		if err != nil {
			r.say("The pasted posting: " + err.Error() + ". Paste it again, type file paths, or press enter to skip.")
			continue
		}
		a := questions.Answer{Postings: []postings.Text{{Name: "pasted posting", Text: clean}}}
		r.say(findings("Read 1 pasted posting", a.Postings))
		return a, false, nil
	}
}

// allFiles reports whether every path names an existing file.
func allFiles(paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			return false
		}
	}
	return true
}
