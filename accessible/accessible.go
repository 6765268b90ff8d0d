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
	"slices"
	"strconv"
	"strings"
	"time"

	"certpath/content"
	"certpath/postings"
	"certpath/questions"
	"certpath/render"
	"certpath/report"
	"certpath/words"
)

// ErrInputEnded is returned when the input ends before the last question.
var ErrInputEnded = errors.New("the input ended before the quiz did")

// ErrLineTooLong is a line of input over the 1 MiB a posting can be: no
// answer is that long.
var ErrLineTooLong = errors.New("a line of the input is over 1 MiB, longer than any answer or posting")

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

func (r runner) say(s string) { fmt.Fprintln(r.out, s) }

// line reads one answer line; the end of input is an error.
func (r runner) line(prompt string) (string, error) {
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
