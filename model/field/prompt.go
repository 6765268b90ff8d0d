package field

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"certpath/questions"
	"certpath/words"
)

// Pending is what a Prompter may also do: report whether more input has
// already arrived with the line just read, as a paste's lines do on a
// terminal.
type Pending interface {
	Pending() bool
}

// Prompter is accessible mode's conversation, as a widget's RunAccessible
// sees it: lines said, lines read, and a count of answers that did not fit,
// so that piped input such as yes is not asked again forever.
type Prompter interface {
	// Say writes one line.
	Say(s string)
	// Line writes a prompt and reads one answer line, trimmed; the end of
	// the input is an error. At a prompt that is not empty the Prompter
	// takes the words it knows (back, review, quit, help) for itself, and
	// returns an error for those that leave the question: a widget returns
	// any error of Line as it is. An empty prompt reads a line that goes on
	// (a pasted posting's), taken as it is.
	Line(prompt string) (string, error)
	// Miss counts an answer that did not fit; past the limit it returns
	// the error that ends the quiz.
	Miss() error
	// Fit says an answer fitted: the misses in a row start again at zero.
	Fit()
	// Kept is the question's answer as it stands, when it has one (the
	// person came back to it): an empty line keeps it.
	Kept() (questions.Answer, bool)
}

// ErrInputEnded is what a Prompter's Line returns when the input ends
// before the quiz does.
var ErrInputEnded = errors.New("the input ended before the quiz did")

// askNumbered asks for one number (or several, multi) from the question's
// numbered choices, and builds the answer from them, until it fits.
func askNumbered(p Prompter, q questions.Question, multi bool, build func(nums []int) questions.Answer) (questions.Answer, bool, error) {
	choices := q.Kind.Choices(q)
	for i, c := range choices {
		p.Say(fmt.Sprintf("%d. %s", i+1, c.Label))
	}
	prompt := fmt.Sprintf("Type a number from 1 to %d: ", len(choices))
	if multi {
		prompt = fmt.Sprintf("Type one or more numbers from 1 to %d, separated by spaces: ", len(choices))
	}
	for {
		text, err := p.Line(prompt)
		if err != nil {
			return questions.Answer{}, false, err
		}
		if kept, ok := p.Kept(); ok && text == "" {
			p.Fit()
			return kept, false, nil
		}
		if text == "" {
			p.Say(Empty(strings.ToLower(prompt[:1]) + strings.TrimSuffix(prompt[1:], ": ")))
			if err := p.Miss(); err != nil {
				return questions.Answer{}, false, err
			}
			continue
		}
		nums, problem := Numbers(text, len(choices))
		if problem == "" && !multi && len(nums) != 1 {
			problem = "this question takes one number"
		}
		if problem != "" {
			p.Say(fmt.Sprintf("%q: %s.", text, problem))
			if err := p.Miss(); err != nil {
				return questions.Answer{}, false, err
			}
			continue
		}
		a := build(nums)
		if err := q.Check(a); err != nil {
			p.Say(words.Sentence(errors.New(strings.TrimPrefix(err.Error(), q.ID+": "))))
			if err := p.Miss(); err != nil {
				return questions.Answer{}, false, err
			}
			continue
		}
		p.Fit()
		return a, false, nil
	}
}

// Empty is the line an empty answer gets where enter alone means nothing:
// what would be accepted, and how to hear the rest.
func Empty(accepted string) string {
	return "Nothing was typed: " + accepted + ", or type ? to hear what else you can type."
}

// Numbers parses numbers between 1 and n, separated by spaces or commas, as
// accessible mode reads every choice; the problem says why text is none.
func Numbers(text string, n int) ([]int, string) {
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
