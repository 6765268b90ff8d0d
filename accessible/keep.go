package accessible

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"certpath/model/field"
	"certpath/questions"
	"certpath/store"
	"certpath/words"
)

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
	// Offline refuses links in the postings question: nothing is sent
	// anywhere.
	Offline bool
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
func (sv *saving) save(r *runner, answers questions.Answers) {
	if sv.opts.Store == nil {
		return
	}
	sv.seq++
	err := sv.opts.Store.Save(sv.bank, answers.Clone(), sv.seq, sv.opts.Now())
	var trimmed *store.Trimmed
	switch {
	case errors.As(err, &trimmed):
		r.Say("Saved, but " + trimmed.Error() + ".")
		err = nil
	case err != nil:
		r.Say(fmt.Sprintf("Could not save your answers (%v); they are kept while certpath runs.", err))
	case sv.failed != nil:
		r.Say("Your answers are saved again, in " + sv.opts.Store.Path() + ".")
	}
	sv.failed = err
}

// ok says the answers are in the store: the newest save worked, or there
// was none to make (they were resumed from it).
func (sv *saving) ok() bool { return sv.opts.Store != nil && sv.failed == nil }

// keptLine says in one line where the n answers given are kept and how to
// resume them, or why they are not.
func (sv *saving) keptLine(n int) string {
	if sv.failed != nil && n > 0 {
		return fmt.Sprintf("Your newest answers could not be saved in %s (%v); they are lost when certpath stops.", words.Literal(sv.opts.Store.Path()), sv.failed)
	}
	return KeptLine(sv.opts.Store, n)
}

// KeptLine says in one line where n answers are kept (in st, nil for
// nowhere) and how to resume them: what quitting accessible mode says, by
// q, by the end of the input, or by ctrl+c.
func KeptLine(st Saver, n int) string {
	switch {
	case n == 0:
		return "No question is answered yet, so nothing is saved; run certpath --accessible to begin again."
	case st == nil:
		return "Your answers were not saved: certpath has nowhere to save them."
	}
	saved := fmt.Sprintf("Your %s %s saved in %s", words.Count(n, "answer"), map[bool]string{true: "is", false: "are"}[n == 1], words.Literal(st.Path()))
	if s, ok := st.(interface{ Session() bool }); ok && s.Session() {
		return saved + "; to resume them, run certpath --accessible --resume " + words.Literal(filepath.Base(st.Path())) + " once no other certpath is running."
	}
	return saved + "; run certpath --accessible again to resume."
}

// offerResume offers the saved answers: resume them (go on at the first
// question without an answer, or see the results), change one (the review),
// or start over. It returns the step to go to.
func (s *session) offerResume() (int, error) {
	saved, r := s.opts.Resume, s.r
	if len(saved.Answers) == 0 {
		return 0, nil
	}
	when := ""
	if !saved.Saved.IsZero() {
		when = " from " + saved.Saved.Local().Format("2 Jan 2006 15:04")
	}
	resume := "1. Resume: keep them and " + s.onward(saved.Answers)
	if next(s.bank, saved.Answers) == atResults {
		resume = "1. See the results: every question is answered"
	}
	r.Say("")
	r.Say(fmt.Sprintf("You have %s%s.", words.Count(len(saved.Answers), "saved answer"), when))
	r.Say(resume)
	r.Say("2. Change one answer: keep them, and list them by number to pick the one to change")
	r.Say("3. Start over: delete them and begin at question 1")
	r.step(false, nil, "Type 1 to resume, 2 to change one answer, or 3 to start over; "+s.quitWords()+".")
	for {
		text, err := r.Line("Type a number from 1 to 3: ")
		switch {
		case errors.Is(err, errReview):
			text, err = "2", nil
		case err != nil:
			return 0, err
		case text == "":
			r.Say(field.Empty("type a number from 1 to 3"))
			if err := r.Miss(); err != nil {
				return 0, err
			}
			continue
		}
		n, ok := r.number(text, 3)
		if !ok {
			if err := r.Miss(); err != nil {
				return 0, err
			}
			continue
		}
		if n == 3 {
			s.sv.save(r, s.answers) // starting over deletes them at once, as the screens do
			return 0, nil
		}
		s.answers = saved.Answers.Clone()
		if n == 2 {
			return atReview, nil
		}
		return next(s.bank, s.answers), nil
	}
}
