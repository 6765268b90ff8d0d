package accessible

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"certpath/model/field"
	"certpath/questions"
	"certpath/report"
	"certpath/whatif"
)

// The what-if after the results, as the screens' w offers it: a numbered
// list of the answers the planner reads (whatif.Questions, the screens'
// list), the one chosen asked by its widget, both paths one after the
// other with what came, went and moved (report.WhatIfMarkdown, the page
// certpath quiz --what-if prints), then keep (the answer is changed and
// saved) or drop. Enter, q or the end of the input at the offer finishes,
// as the results did before there was an offer.

// atDone is the step after the results when the person finishes.
const atDone = -3

// maxWhatIfs is how many what-ifs a run offers: far more than a person
// tries, and the end of piped input that never ends.
const maxWhatIfs = 100

// errFinish ends the what-ifs: enter at the list of answers.
var errFinish = errors.New("finish")

// offerWhatIf offers a what-if after the results, and another after each.
// It returns atDone when the person finishes, atReview for the review.
func (s *session) offerWhatIf() (int, error) {
	r, try := s.r, "a what-if"
	for n := 0; ; n++ {
		if n >= maxWhatIfs {
			return atDone, s.stop(fmt.Errorf("%w: %d what-ifs were tried", ErrTooManyMisses, maxWhatIfs), "the what-ifs were not finished")
		}
		r.Say("")
		r.step(true, nil, "Type w to try a what-if: change one answer and hear the path it would give, then keep the change or drop it; r or review to list your answers and change one; press enter, or type q or quit, to finish.")
		text, err := r.Line(fmt.Sprintf("Type w to try %s, changing one answer to hear the path it would give, or press enter to finish: ", try))
		switch {
		case err != nil:
			return s.endWhatIf(err, false)
		case text == "":
			return atDone, nil
		case !strings.EqualFold(text, "w"):
			r.Say(fmt.Sprintf("%q: type w to try a what-if, or press enter to finish.", text))
			if err := r.Miss(); err != nil {
				return s.endWhatIf(err, false)
			}
			continue
		}
		r.Fit()
		if err := s.whatIf(); err != nil && !errors.Is(err, errBack) {
			return s.endWhatIf(err, true)
		}
		try = "another what-if"
	}
}

// endWhatIf is where an error at the offer (or, midway, in a what-if)
// goes: q and the end of the input finish, as enter does; review and back
// go to the review; any other error stops the run.
func (s *session) endWhatIf(err error, midway bool) (int, error) {
	switch {
	case errors.Is(err, errReview), errors.Is(err, errBack):
		// Back from the results goes to the review, as esc on the results
		// screen does.
		if midway {
			s.r.Say("Finished without a change: your answers are as they were.")
		}
		return atReview, nil
	case errors.Is(err, ErrQuit), errors.Is(err, ErrInputEnded):
		if midway {
			s.r.Say("Finished without a change: your answers are as they were.")
		}
		return atDone, nil
	case errors.Is(err, errFinish):
		return atDone, nil
	}
	return atDone, s.stop(err, "the what-if was not finished")
}

// whatIf is one what-if: the answer to change, its new value, both paths,
// keep or drop. Back at the question goes back to the list; back at the
// list, to the offer (errBack).
func (s *session) whatIf() error {
	for {
		i, err := s.pickWhatIf()
		if err != nil {
			return err
		}
		q := s.bank.Questions[i]
		a, err := s.askWhatIf(q)
		switch {
		case errors.Is(err, errBack):
			continue
		case err != nil:
			return err
		}
		if was, ok := s.answers[q.ID]; ok && reflect.DeepEqual(a, was) {
			s.r.Say("That is your answer now, so the path stays as it is.")
			return nil
		}
		if err := s.show(report.WhatIfMarkdown(s.lib, s.bank, report.OneChange(s.bank, s.answers, q.ID, a), true)); err != nil {
			return err
		}
		err = s.keepOrDrop(i, a)
		if !errors.Is(err, errBack) {
			return err
		}
	}
}

// pickWhatIf lists the answers a what-if can change, with their values
// now, each by its number in the review (a listener who learned the
// numbers there picks the same answer here), and returns the bank index of
// the one chosen.
func (s *session) pickWhatIf() (int, error) {
	r, ids := s.r, whatif.Questions(s.bank)
	r.Say("")
	r.Say("What if: choose an answer to try another value. They are numbered as in the review; the answers missing do not change the path.")
	listed := make([]int, len(ids))
	for n, id := range ids {
		listed[n] = slices.IndexFunc(s.bank.Questions, func(q questions.Question) bool { return q.ID == id })
		row, err := s.row(listed[n])
		if err != nil {
			return 0, err
		}
		r.Say(fmt.Sprintf("%d. %s.", listed[n]+1, row))
	}
	r.step(true, nil, "Type the number of an answer listed to try another answer to that question; press enter to finish; b or back goes back to the offer; r or review lists your answers to change one; "+s.quitWords()+".")
	for {
		text, err := r.Line("Type the number of an answer listed to try another answer, or press enter to finish: ")
		switch {
		case err != nil:
			return 0, err
		case text == "":
			return 0, errFinish
		}
		if n, ok := r.number(text, len(s.bank.Questions)); ok {
			if slices.Contains(listed, n-1) {
				return n - 1, nil
			}
			r.Say(fmt.Sprintf("%d is not listed: that answer does not change the path. Type one of the numbers listed.", n))
		}
		if err := r.Miss(); err != nil {
			return 0, err
		}
	}
}

// askWhatIf asks question q with a widget of its own, set to the answer
// now: what is typed in a what-if is not kept in the quiz's widget.
func (s *session) askWhatIf(q questions.Question) (questions.Answer, error) {
	r := s.r
	f, err := s.newField(q)
	if err != nil {
		return questions.Answer{}, err
	}
	r.step(true, s.introduce(q, "What if: "+q.Title+"."), "Type the answer to try (enter alone keeps your answer now, which changes nothing); b or back to choose another question; r or review to list your answers; q or quit to finish without a change; ? or help to hear this again.")
	a, _, err := f.RunAccessible(r)
	return a, err
}

// keepOrDrop asks whether to keep the change: kept, it is question i's
// answer and saved like any other; dropped, the answers stay as they were.
func (s *session) keepOrDrop(i int, a questions.Answer) error {
	r, q := s.r, s.bank.Questions[i]
	was, err := s.row(i)
	if err != nil {
		return err
	}
	saved := ""
	if s.opts.Store != nil {
		saved = ", saved"
	}
	r.Say("")
	r.Say(fmt.Sprintf("1. Keep: %s: %s, your answer from now on%s.", q.Title, q.Describe(a), saved))
	r.Say("2. Drop: " + was + ", as it is now.")
	r.step(true, nil, "Type 1 (or keep) to keep the change, 2 (or drop) to drop it; b or back to choose another question; r or review to list your answers; q or quit to finish without the change.")
	for {
		text, err := r.Line("Type 1 to keep the change or 2 to drop it: ")
		switch {
		case err != nil:
			return err
		case text == "":
			r.Say(field.Empty("type 1 to keep the change or 2 to drop it"))
			if err := r.Miss(); err != nil {
				return err
			}
			continue
		}
		n, ok := map[string]int{"keep": 1, "k": 1, "drop": 2, "d": 2}[strings.ToLower(text)]
		if !ok {
			if n, ok = r.number(text, 2); !ok {
				if err := r.Miss(); err != nil {
					return err
				}
				continue
			}
		}
		r.Fit()
		if n == 2 {
			r.Say("Dropped: " + was + ", as it was.")
			return nil
		}
		s.answers[q.ID] = a
		if s.fields[i] != nil {
			s.fields[i].Reset(a, true)
		}
		s.sv.save(r, s.answers)
		r.Say("Kept: " + q.Title + ": " + q.Describe(a) + ". It is your answer now, and your path is the one with the change.")
		return nil
	}
}
