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

	"certpath/content"
	"certpath/model"
	"certpath/model/postingfile"
	"certpath/questions"
)

// ErrInputEnded is returned when the input ends before the last question.
var ErrInputEnded = errors.New("the input ended before the quiz did")

// runner holds one accessible session.
type runner struct {
	in  *bufio.Scanner
	out io.Writer
}

// Run asks every question of the bank on out, reading answers from in, then
// prints the results as plain text.
func Run(in io.Reader, out io.Writer, bank questions.Bank, lib *content.Library) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), questions.MaxPostingBytes)
	r := runner{in: sc, out: out}
	r.say("certpath, accessible mode. Each question lists numbered choices: type a number (or several, for questions that say so) and press enter.")
	answers := questions.Answers{}
	for i, q := range bank.Questions {
		r.say("")
		r.say(fmt.Sprintf("Question %d of %d. %s.", i+1, len(bank.Questions), questions.SectionTitle(q.Section)))
		r.say(q.Prompt)
		if q.Hint != "" {
			r.say(q.Hint)
		}
		a, skip, err := r.ask(q)
		if err != nil {
			return fmt.Errorf("%w: question %d (%s) was not answered", err, i+1, q.ID)
		}
		if !skip {
			answers[q.ID] = a
		}
	}
	outcome := questions.Evaluate(bank, answers)
	text, err := model.RenderPlain(content.Report(lib, bank, answers, outcome), 78)
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
		if err := r.in.Err(); err != nil {
			return "", err
		}
		return "", ErrInputEnded
	}
	return strings.TrimSpace(r.in.Text()), nil
}

// ask asks one question until the answer fits, saying what would be
// accepted after each miss.
func (r runner) ask(q questions.Question) (questions.Answer, bool, error) {
	switch q.Kind {
	case questions.Allocation:
		a, err := r.askAllocation(q)
		return a, false, err
	case questions.Postings:
		return r.askPostings(q)
	}
	labels := make([]string, 0, len(q.Options))
	if q.Kind == questions.Frequency {
		for _, l := range questions.FrequencyLevels() {
			labels = append(labels, l.Label)
		}
	} else {
		for _, o := range q.Options {
			labels = append(labels, o.Label)
		}
	}
	for i, l := range labels {
		r.say(fmt.Sprintf("%d. %s", i+1, l))
	}
	multi := q.Kind == questions.MultiChoice
	prompt := fmt.Sprintf("Type a number from 1 to %d: ", len(labels))
	if multi {
		prompt = fmt.Sprintf("Type one or more numbers from 1 to %d, separated by spaces: ", len(labels))
	}
	for {
		text, err := r.line(prompt)
		if err != nil {
			return questions.Answer{}, false, err
		}
		nums, problem := numbers(text, len(labels))
		if problem == "" && !multi && len(nums) != 1 {
			problem = "this question takes one number"
		}
		if problem != "" {
			r.say(fmt.Sprintf("%q: %s.", text, problem))
			continue
		}
		var a questions.Answer
		switch q.Kind {
		case questions.Frequency:
			a.Level = nums[0] - 1
		case questions.SingleChoice:
			a.Choice = q.Options[nums[0]-1].ID
		default:
			for i, o := range q.Options { // bank order, whatever order was typed
				if slices.Contains(nums, i+1) {
					a.Choices = append(a.Choices, o.ID)
				}
			}
		}
		if err := q.Check(a); err != nil {
			r.say(strings.TrimPrefix(err.Error(), q.ID+": "))
			continue
		}
		return a, false, nil
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
func (r runner) askAllocation(q questions.Question) (questions.Answer, error) {
	for {
		r.say("Type the percentage of your week for each activity, in whole numbers. They must add up to 100.")
		alloc := map[string]int{}
		total := 0
		for i, o := range q.Options {
			for {
				text, err := r.line(fmt.Sprintf("%d. %s (%d%% left): ", i+1, o.Label, questions.AllocationTotal-total))
				if err != nil {
					return questions.Answer{}, err
				}
				if text == "" {
					text = "0"
				}
				v, err := strconv.Atoi(strings.TrimSuffix(text, "%"))
				if err != nil || v < 0 || v > questions.AllocationTotal-total {
					r.say(fmt.Sprintf("%q: type a whole number from 0 to %d.", text, questions.AllocationTotal-total))
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
		return a, nil
	}
}

// askPostings takes file paths, or nothing to skip.
func (r runner) askPostings(q questions.Question) (questions.Answer, bool, error) {
	for {
		text, err := r.line("Type the file paths of the postings, separated by spaces, or press enter to skip: ")
		if err != nil {
			return questions.Answer{}, false, err
		}
		if text == "" {
			return questions.Answer{}, true, nil
		}
		var a questions.Answer
		for _, path := range strings.Fields(text) {
			p, note, err := postingfile.ReadPostingFile(path)
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
		r.say(fmt.Sprintf("Read %d posting(s).", len(a.Postings)))
		return a, false, nil
	}
}
