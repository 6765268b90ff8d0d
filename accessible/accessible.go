// Package accessible runs the quiz as plain numbered prompts, one per line:
// no alternate screen, no colour, no cursor movement. It reads answers as
// numbers from any reader, so it works with a screen reader and with piped
// input, and scores them with the same planner.Evaluate as the screens. It
// has the screens' powers as words typed at any prompt: back (b), review
// (r, a numbered list of the answers to change one), quit (q) and help (?);
// each question is asked by its widget (model/field), which keeps what was
// typed when the person leaves it. After the results it offers the
// screens' what-if (whatif.go).
package accessible

import (
	"bufio"
	"certpath/files"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
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

// maxReviews is how many times a run lists the review: far more than a
// person changes answers, and the end of piped input that never ends.
const maxReviews = 100

// ErrQuit is returned when the person typed q or quit: a line has said
// where the answers are kept.
var ErrQuit = errors.New("quit")

// errBack and errReview end a step for the commands back and review.
var (
	errBack   = errors.New("back")
	errReview = errors.New("review")
)

// runner is the conversation of one accessible session: the field.Prompter
// through which each question's widget asks (RunAccessible). At any prompt
// it takes the words of the commands (help, back, review, quit) for itself.
type runner struct {
	in     *bufio.Scanner
	out    io.Writer
	misses int
	// waiting reports whether more input has already arrived; nil on a
	// pipe, where every line is there at once and tells nothing.
	waiting func() bool
	// canBack says there is a step to go back to.
	canBack bool
	// hinted says the step's first prompt has named the commands.
	hinted bool
	// kept is the question's answer as it stands, when answered: enter
	// alone keeps it.
	kept     questions.Answer
	answered bool
	// help is what ? says at this step.
	help string
}

// pasteGap is how long an empty line's follower may take to still count as
// the same paste.
const pasteGap = 60 * time.Millisecond

// Pending reports whether more input arrived with the line just read, as a
// paste's lines do on a terminal (field.Pending).
func (r *runner) Pending() bool { return r.waiting != nil && r.waiting() }

// Miss counts an answer that did not fit; past maxMisses in a row it ends
// the quiz.
func (r *runner) Miss() error {
	r.misses++
	if r.misses >= maxMisses {
		return fmt.Errorf("%w (%d); answer with the numbers shown", ErrTooManyMisses, maxMisses)
	}
	return nil
}

// Kept is the answer the question has now, when it has one.
func (r *runner) Kept() (questions.Answer, bool) { return r.kept, r.answered }

// step starts a step: whether back goes anywhere, the answer enter keeps
// (nil: none), and what ? says.
func (r *runner) step(canBack bool, kept *questions.Answer, help string) {
	r.canBack, r.hinted, r.help = canBack, false, help
	r.kept, r.answered = questions.Answer{}, kept != nil
	if kept != nil {
		r.kept = *kept
	}
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
	r := &runner{in: sc, out: out}
	if f, ok := in.(*os.File); ok && term.IsTerminal(f.Fd()) {
		r.waiting = func() bool { return inputWaiting(f) }
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &session{r: r, bank: bank, lib: lib, opts: opts, sv: &saving{opts: opts, bank: bank},
		answers: questions.Answers{}, fields: make([]field.Field, len(bank.Questions))}
	r.Say("certpath, accessible mode. Each question lists numbered choices: type a number (or several, for questions that say so) and press enter. " +
		"At any question, type b to go back, r to review your answers, q to quit, or ? to hear what you can type.")
	for _, note := range opts.Resume.Notes {
		r.Say(note)
	}
	at, err := s.offerResume()
	if err != nil {
		return s.stop(err, "the offer to resume was not answered")
	}
	return s.run(at)
}

// The steps past the questions.
const (
	atReview  = -1
	atResults = -2
)

// session is one run: the answers as they stand, and each question's
// widget, which keeps what was typed when the person leaves a question.
type session struct {
	r       *runner
	bank    questions.Bank
	lib     *content.Library
	opts    Options
	sv      *saving
	answers questions.Answers
	fields  []field.Field
	// shown is whether the results were printed: a quit after them leaves
	// nothing undone.
	shown bool
}

// run goes from step to step: a question (its index), the review, the
// results. A question changed from the review returns to it.
func (s *session) run(at int) error {
	fromReview, reviews := false, 0
	for {
		var err error
		switch {
		case at == atResults:
			if err = s.results(); err != nil {
				return err
			}
			// After the results, what-ifs: r goes to the review.
			if at, err = s.offerWhatIf(); err != nil || at == atDone {
				return err
			}
		case at == atReview || at >= len(s.bank.Questions):
			if reviews++; reviews > maxReviews {
				// Piped input such as yes 1 changes answers forever.
				return s.stop(fmt.Errorf("%w: the review was listed %d times", ErrTooManyMisses, maxReviews), "the review was not finished")
			}
			at, fromReview, err = s.review()
			if err != nil {
				return s.stop(err, "the review was not finished")
			}
		default:
			q := s.bank.Questions[at]
			if at, err = s.question(at, fromReview); err != nil {
				return s.stop(err, fmt.Sprintf("question %d (%s) was not answered", at+1, q.ID))
			}
			fromReview = false
		}
	}
}

// field is question i's widget, made the first time it is asked and set to
// the answer it has.
func (s *session) field(i int) (field.Field, error) {
	if s.fields[i] == nil {
		f, err := s.newField(s.bank.Questions[i])
		if err != nil {
			return nil, err
		}
		s.fields[i] = f
	}
	return s.fields[i], nil
}

// newField is a new widget for question q, set to the answer it has.
func (s *session) newField(q questions.Question) (field.Field, error) {
	f, err := field.New(q, field.NewKeyMap(), &field.Styles{}, field.Options{Offline: s.opts.Offline})
	if err != nil {
		return nil, err
	}
	a, ok := s.answers[q.ID]
	f.Reset(a, ok)
	return f, nil
}

// row is question i's answer as the review says it: "Title: answer".
func (s *session) row(i int) (string, error) {
	f, err := s.field(i)
	if err != nil {
		return "", err
	}
	title, answer := field.Row(f, s.bank.Questions[i], s.answers)
	return title + ": " + strings.TrimSuffix(answer, "."), nil
}

// question asks question i and returns the step after it: the next
// question, the one before (back), or the review (when it came from there,
// or the person asked for it). On an error, the step is i.
func (s *session) question(i int, fromReview bool) (int, error) {
	q, r := s.bank.Questions[i], s.r
	f, err := s.field(i)
	if err != nil {
		return i, err
	}
	keep := s.introduce(q, fmt.Sprintf("Question %d of %d. %s.", i+1, len(s.bank.Questions), questions.SectionTitle(q.Section)))
	answered := keep != nil
	r.step(i > 0 || fromReview, keep, s.questionHelp(i > 0 || fromReview, answered, f))
	a, skip, err := f.RunAccessible(r)
	switch {
	case errors.Is(err, errBack) && fromReview:
		return atReview, nil
	case errors.Is(err, errBack):
		return i - 1, nil
	case errors.Is(err, errReview):
		return atReview, nil
	case err != nil:
		return i, err
	}
	// A skip is an answer too: it is kept, and not asked again on resume.
	s.answers[q.ID] = a
	f.Reset(a, true)
	switch {
	case skip:
		r.Say("Skipped.")
	case answered && reflect.DeepEqual(a, *keep):
		r.Say("Kept: " + q.Describe(a) + ".")
	default:
		r.Say("Chose: " + q.Describe(a) + ".")
	}
	s.sv.save(r, s.answers)
	if fromReview {
		return atReview, nil
	}
	return i + 1, nil
}

// introduce says a question as it is asked: the heading, its prompt and
// hint, and its answer now, which it returns for enter to keep (nil when
// it has none).
func (s *session) introduce(q questions.Question, heading string) *questions.Answer {
	r := s.r
	r.Say("")
	r.Say(heading)
	r.Say(q.Prompt)
	if q.Hint != "" {
		r.Say(q.Hint)
	}
	kept, answered := s.answers[q.ID]
	if !answered {
		return nil
	}
	r.Say("Your answer now: " + q.Describe(kept) + ". Press enter to keep it.")
	return &kept
}

// questionHelp is what ? says at a question: what its widget takes (a
// widget with more than one way to answer says so, as the week does), and
// the commands that work there; back only where there is a step before.
func (s *session) questionHelp(canBack, answered bool, f field.Field) string {
	what := "You can type the answer the question asks for"
	if h, ok := f.(interface{ AccessibleHelp() string }); ok {
		what = h.AccessibleHelp()
	}
	if answered {
		what += " (enter alone keeps your answer now)"
	}
	back := ""
	if canBack {
		back = "b or back to go back one step; "
	}
	return what + "; " + back + "r or review to list your answers and change one; " + s.quitWords() + "; ? or help to hear this again."
}

// quitWords say what q does.
func (s *session) quitWords() string {
	if s.opts.Store == nil {
		return "q or quit to stop"
	}
	return "q or quit to stop, with your answers saved to resume later"
}

// next is the first question without an answer, or the results when every
// question has one.
func next(b questions.Bank, answers questions.Answers) int {
	for i, q := range b.Questions {
		if _, ok := answers[q.ID]; !ok {
			return i
		}
	}
	return atResults
}

// onward says where enter goes from the review, or resuming.
func (s *session) onward(answers questions.Answers) string {
	if at := next(s.bank, answers); at != atResults {
		return fmt.Sprintf("go on at question %d of %d", at+1, len(s.bank.Questions))
	}
	return "see the results"
}

// review lists every answer by number and takes the number of one to
// change; enter goes on to the first question without an answer, or to the
// results, as the end of the input does when every question is answered. It returns the step, and whether it is a change (which returns
// here).
func (s *session) review() (int, bool, error) {
	r, qs := s.r, s.bank.Questions
	r.Say("")
	r.Say("Review your answers.")
	for i := range qs {
		row, err := s.row(i)
		if err != nil {
			return atReview, false, err
		}
		r.Say(fmt.Sprintf("%d. %s.", i+1, row))
	}
	onward := s.onward(s.answers)
	r.step(true, nil, fmt.Sprintf("Type a question's number to change its answer, or press enter to %s; b or back goes to the last question; r or review lists your answers again; %s.", onward, s.quitWords()))
	for {
		text, err := r.Line(fmt.Sprintf("Type a number from 1 to %d to change that answer, or press enter to %s: ", len(qs), onward))
		switch {
		case errors.Is(err, errBack):
			return len(qs) - 1, false, nil
		case errors.Is(err, errReview):
			return atReview, false, nil
		case errors.Is(err, ErrInputEnded) && next(s.bank, s.answers) == atResults:
			// Piped answers that end here have nothing left to decide.
			return atResults, false, nil
		case err != nil:
			return atReview, false, err
		case text == "":
			r.Fit()
			return next(s.bank, s.answers), false, nil
		}
		if n, ok := r.number(text, len(qs)); ok {
			return n - 1, true, nil
		}
		if err := r.Miss(); err != nil {
			return atReview, false, err
		}
	}
}

// number reads one number from 1 to n, or says why text is none.
func (r *runner) number(text string, n int) (int, bool) {
	nums, problem := field.Numbers(text, n)
	if problem == "" && len(nums) != 1 {
		problem = "type one number"
	}
	if problem != "" {
		r.Say(fmt.Sprintf("%q: %s.", text, problem))
		return 0, false
	}
	r.Fit()
	return nums[0], true
}

// results prints the results as plain text, and where the answers are.
func (s *session) results() error {
	outcome := planner.Evaluate(s.bank, s.answers)
	// The profile bars are pictures; a screen reader reads the share.
	if err := s.show(barRE.ReplaceAllString(report.Report(s.lib, s.bank, s.answers, outcome), "")); err != nil {
		return err
	}
	s.shown = true
	if s.sv.ok() {
		path := s.sv.opts.Store.Path()
		s.r.Say("")
		s.r.Say(fmt.Sprintf("Your answers are saved in %s. The full results: certpath quiz --details --answers %s", path, files.QuotePath(path)))
	}
	return nil
}

// show prints a page of markdown as plain text, after a blank line.
func (s *session) show(doc string) error {
	text, err := render.Plain(doc, 78)
	if err != nil {
		return err
	}
	s.r.Say("")
	_, err = io.WriteString(s.r.out, text)
	return err
}

// stop ends the run on err: it says in one line where the answers are
// kept and how to resume them, and says what was left undone. A quit after
// the results were printed is no error: nothing was left undone.
func (s *session) stop(err error, undone string) error {
	s.r.Say(s.sv.keptLine(len(s.answers)))
	if errors.Is(err, ErrQuit) {
		if s.shown {
			return nil
		}
		return err
	}
	return fmt.Errorf("%w: %s", err, undone)
}

// barRE is a profile's bar in the results' markdown.
var barRE = regexp.MustCompile("`[█░]+` ")

// Fit starts the count of misses in a row again.
func (r *runner) Fit() { r.misses = 0 }

// Say writes one line.
func (r *runner) Say(s string) { fmt.Fprintln(r.out, s) }

// The commands, typed at any prompt, in lower or upper case.
const (
	cmdHelp = iota + 1
	cmdBack
	cmdReview
	cmdQuit
)

var commands = map[string]int{
	"?": cmdHelp, "help": cmdHelp,
	"b": cmdBack, "back": cmdBack,
	"r": cmdReview, "review": cmdReview,
	"q": cmdQuit, "quit": cmdQuit,
}

// Line reads one answer. Its step's first prompt names the commands; help
// is said and the prompt asked again; back, review and quit end the step
// with their error. An empty prompt reads a line that goes on, as it is.
func (r *runner) Line(prompt string) (string, error) {
	if prompt == "" {
		return r.read("")
	}
	if !r.hinted {
		hint := "? for help"
		if r.canBack {
			hint = "b to go back, " + hint
		}
		if r.answered && !strings.Contains(prompt, "enter") {
			hint = "enter keeps your answer, " + hint
		}
		prompt = strings.TrimSuffix(prompt, ": ") + " (" + hint + "): "
		r.hinted = true
	}
	for {
		text, err := r.read(prompt)
		if err != nil {
			return "", err
		}
		switch commands[strings.ToLower(text)] {
		case cmdHelp:
			// Counted as a miss, as is a back with nowhere to go: piped
			// input such as yes ? would otherwise be asked forever.
			r.Say(r.help)
		case cmdBack:
			if r.canBack {
				return "", errBack
			}
			r.Say("This is the first step: there is nothing before it to go back to.")
		case cmdReview:
			return "", errReview
		case cmdQuit:
			return "", ErrQuit
		default:
			return text, nil
		}
		if err := r.Miss(); err != nil {
			return "", err
		}
	}
}

// read writes a prompt and reads one line; the end of input is an error.
func (r *runner) read(prompt string) (string, error) {
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
