package accessible

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"certpath/questions"
	"certpath/store"
)

// Issue 37: accessible mode offers the what-if of the screens as plain
// prompts. With firstAnswers the postings name POPM and the path starts
// with SSM; adding Leading SAFe to the postings brings it in first.

// whatIfLines are the lines from the results on: w, the number of the
// postings' certifications in the what-if list, POPM and Leading SAFe, then
// keepOrDrop (1 or 2), then enter to finish.
func whatIfLines(t *testing.T, b questions.Bank, keepOrDrop string) []string {
	t.Helper()
	n := slices.IndexFunc(b.Questions, func(q questions.Question) bool { return q.ID == questions.QPostingCerts })
	q, _ := b.Question(questions.QPostingCerts)
	popm := slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.ID == "popm" })
	safe := slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.ID == "leading-safe" })
	if n < 0 || popm != 0 || safe < 0 {
		t.Fatalf("the bank changed: list %d, popm %d, leading-safe %d", n, popm, safe)
	}
	return append(firstAnswers(b), "", "w", fmt.Sprint(n+1), fmt.Sprintf("1 %d", safe+1), keepOrDrop, "")
}

// TestAccessibleWhatIfKeep: after the results, w lists the answers the
// what-if view lists, by number with their values; one picked is asked by
// its widget; both paths are said one after the other, with what came and
// moved in words; 1 keeps the change, which is saved.
func TestAccessibleWhatIfKeep(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	st := store.Open(t.TempDir())
	out, err := runLines(lib, b, Options{Store: st, Now: clock}, whatIfLines(t, b, "1")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Numbered as in the review: the question's number in the quiz.
	n := slices.IndexFunc(b.Questions, func(q questions.Question) bool { return q.ID == questions.QPostingCerts }) + 1
	mustSay(t, out,
		"Type w to try a what-if, changing one answer to hear the path it would give, or press enter to finish",
		"What if: choose an answer to try another value.",
		fmt.Sprintf("%d. Certifications named: SAFe Product Owner/Product Manager (POPM).", n),
		"What if: Certifications named.",
		"Your path now",
		"With the change",
		"Came: Leading SAFe, as step 1",
		"Moved: SSM, from step 1 to step 2",
		"1. Keep: Certifications named: SAFe Product Owner/Product Manager (POPM); Leading SAFe / SAFe Agilist, your answer from now on, saved.",
		"Kept: Certifications named: SAFe Product Owner/Product Manager (POPM); Leading SAFe / SAFe Agilist.",
		"Type w to try another what-if",
	)
	if got := st.Load(b, clock()).Answers[questions.QPostingCerts].Choices; !slices.Equal(got, []string{"popm", "leading-safe"}) {
		t.Errorf("saved %v after keeping popm and leading-safe", got)
	}
}

// TestAccessibleWhatIfDrop: 2 drops the change; the answer stays, in the
// session and on disk.
func TestAccessibleWhatIfDrop(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	st := store.Open(t.TempDir())
	out, err := runLines(lib, b, Options{Store: st, Now: clock}, whatIfLines(t, b, "2")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out,
		"Came: Leading SAFe, as step 1",
		"2. Drop: Certifications named: SAFe Product Owner/Product Manager (POPM), as it is now.",
		"Dropped: Certifications named: SAFe Product Owner/Product Manager (POPM), as it was.",
		"Type w to try another what-if",
	)
	sayTimes(t, out, "Kept:", 0)
	if got := st.Load(b, clock()).Answers[questions.QPostingCerts].Choices; !slices.Equal(got, []string{"popm"}) {
		t.Errorf("saved %v after dropping the change, want popm as answered", got)
	}
}

// TestAccessibleWhatIfFinish: enter, q or the end of the input at the
// offer finish as the results did before it, with no error; a word that is
// none of them gets one line saying what is accepted.
func TestAccessibleWhatIfFinish(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	for name, end := range map[string][]string{"enter": {""}, "q": {"q"}, "end of input": nil, "other": {"maybe", ""}} {
		t.Run(name, func(t *testing.T) {
			out, err := runLines(lib, b, Options{}, append(append(firstAnswers(b), ""), end...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			mustSay(t, out, "Recommended path", "Type w to try a what-if")
			sayTimes(t, out, "What if: choose an answer", 0)
			if name == "other" {
				mustSay(t, out, `"maybe": type w to try a what-if, or press enter to finish.`)
			}
		})
	}
}

// The what-if list numbers each answer as the review does (a listener who
// learned "6" for the week there picks the week here too); a number the
// list leaves out is named as not listed and asked again.
func TestAccessibleWhatIfNumbersAsTheReview(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	week := slices.IndexFunc(b.Questions, func(q questions.Question) bool { return q.ID == questions.QWeekTime }) + 1
	text := slices.IndexFunc(b.Questions, func(q questions.Question) bool { return q.ID == questions.QPostingsText }) + 1
	out, err := runLines(lib, b, Options{}, append(firstAnswers(b), "", "w", fmt.Sprint(text), "", "")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	list := out[strings.Index(out, "What if: choose an answer"):]
	mustSay(t, list, fmt.Sprintf("\n%d. Where your week goes: ", week), fmt.Sprintf("%d is not listed: that answer does not change the path.", text))
}
