package accessible

import (
	"errors"
	"fmt"
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
func (sv *saving) save(r runner, answers questions.Answers) {
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
	r.Say("")
	r.Say(fmt.Sprintf("You have %s%s.", words.Count(len(saved.Answers), "saved answer"), when))
	r.Say("1. Resume: keep them and " + next)
	r.Say("2. Start over: delete them and begin at question 1")
	for {
		text, err := r.Line("Type a number from 1 to 2: ")
		if err != nil {
			return false, err
		}
		nums, problem := field.Numbers(text, 2)
		if problem == "" && len(nums) != 1 {
			problem = "type one number"
		}
		if problem != "" {
			r.Say(fmt.Sprintf("%q: %s.", text, problem))
			if err := r.Miss(); err != nil {
				return false, err
			}
			continue
		}
		*r.misses = 0
		return nums[0] == 1, nil
	}
}
