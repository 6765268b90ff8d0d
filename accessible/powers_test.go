package accessible

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"certpath/content"
	"certpath/questions"
	"certpath/store"
)

// Issue 36: accessible mode as complete as the screens. Each test goes
// through one power as a screen-reader user would, reading the lines said.

// firstAnswers answers every question of b with its first option, the
// postings with an enter (a skip), the whole week to team events; nothing
// is typed at the review.
func firstAnswers(b questions.Bank) []string {
	var in []string
	for _, q := range b.Questions {
		switch q.Kind.(type) {
		case questions.Postings:
			in = append(in, "")
		case questions.Allocation:
			in = append(in, strings.Split(strings.TrimSuffix(wholeWeekTo(q, "team_events"), "\n"), "\n")...)
		default:
			in = append(in, "1")
		}
	}
	return in
}

// runLines runs accessible mode on the lines given and returns what it said
// and returned.
func runLines(lib *content.Library, b questions.Bank, opts Options, lines ...string) (string, error) {
	var out bytes.Buffer
	err := RunWith(strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, b, lib, opts)
	return out.String(), err
}

func mustSay(t *testing.T, out string, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if !strings.Contains(out, l) {
			t.Errorf("the output lacks %q", l)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// b (or back) goes to the previous question, whose answer is said and
// kept with enter; the prompts name b; at the first question there is
// nothing to go back to.
func TestAccessibleBack(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	out, _ := runLines(lib, b, Options{}, "b", "1", "1", "back", "", "2")
	second := b.Questions[1]
	mustSay(t, out,
		"This is the first step: there is nothing before it to go back to.",
		"(b to go back, ? for help): ",
		"Your answer now: "+second.Describe(questions.Answer{Choices: []string{second.Options[0].ID}})+". Press enter to keep it.",
		"Kept: "+second.Options[0].Label+".",
	)
	// Once more each, after back.
	sayTimes(t, out, "Question 2 of", 2)
	sayTimes(t, out, "Question 3 of", 2)
}

// sayTimes checks that out says text n times.
func sayTimes(t *testing.T, out, text string, n int) {
	t.Helper()
	if got := strings.Count(out, text); got != n {
		t.Errorf("%q is said %d times, want %d", text, got, n)
	}
}

// ? says what can be typed, and an empty line where enter means nothing
// says what is accepted rather than nothing.
func TestAccessibleHelpAndEmptyLine(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	out, _ := runLines(lib, b, Options{}, "?", "", "HELP")
	mustSay(t, out,
		// The first question: nothing to go back to.
		"You can type the answer the question asks for; r or review to list your answers and change one; q or quit to stop; ? or help to hear this again.",
		"Nothing was typed: type one or more numbers from 1 to 13, separated by spaces, or type ? to hear what else you can type.",
	)
	if strings.Contains(out, `"": `) {
		t.Errorf("an empty line was answered with a quoted nothing:\n%s", out)
	}
}

// After the last question comes a review that lists every answer by
// number; a number changes that answer and returns to the review; enter
// shows the results.
func TestAccessibleReviewChangesOne(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	third := b.Questions[2]
	in := append(firstAnswers(b), "3", "2", "")
	out, err := runLines(lib, b, Options{}, in...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out,
		"Review your answers.",
		fmt.Sprintf("3. %s: %s.", third.Title, third.Options[0].Label),
		fmt.Sprintf("Type a number from 1 to %d to change that answer, or press enter to see the results (b to go back, ? for help): ", len(b.Questions)),
		"Chose: "+third.Options[1].Label+".",
		fmt.Sprintf("3. %s: %s.", third.Title, third.Options[1].Label),
		"Recommended path",
	)
	// The review is listed again after the change.
	sayTimes(t, out, "Review your answers.", 2)
	sayTimes(t, out, "Question 3 of", 2)
}

// q at the review after the results were printed leaves nothing undone:
// no ErrQuit (which the command line turns into exit 130, "quit before the
// results"), and the line saying where the answers are kept.
func TestAccessibleQuitAfterResultsIsDone(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	st := store.Open(t.TempDir())
	in := append(firstAnswers(b), "", "r", "q")
	out, err := runLines(lib, b, Options{Store: st, Now: clock}, in...)
	if err != nil {
		t.Fatalf("q after the results: %v, want no error\n%s", err, out)
	}
	mustSay(t, out, "Recommended path", "Review your answers.", "answers are saved in "+st.Path())
}

// r at a question opens the review; q stops and says in one line where
// the answers are kept and how to resume them.
func TestAccessibleReviewAndQuit(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	st := store.Open(t.TempDir())
	out, err := runLines(lib, b, Options{Store: st, Now: clock}, "1", "1", "r", "q")
	if !errors.Is(err, ErrQuit) {
		t.Fatalf("quit: %v\n%s", err, out)
	}
	mustSay(t, out,
		"3. "+b.Questions[2].Title+": Not answered yet.",
		"or press enter to go on at question 3 of",
		"Your 2 answers are saved in "+st.Path()+"; run certpath --accessible again to resume.",
	)
	if got := st.Load(b, clock()).Answers; len(got) != 2 {
		t.Fatalf("%d answers saved, want 2", len(got))
	}
}

// The week question asks again only what was wrong: a share that does not
// fit is asked again on its own, and a week that falls short keeps its
// shares and asks only for the rest.
func TestAccessibleWeekAsksOnlyWhatIsWrong(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QWeekTime)
	q := b.Questions[0]
	rows := len(q.Options)
	// 30% and 200% (too much) and 20%, 0% for the rest: 50% short. Then a
	// word, then 4 alone takes the 50% left.
	in := []string{"30", "200", "20"}
	for range rows - 2 {
		in = append(in, "")
	}
	out, err := runLines(lib, b, Options{}, append(in, "lots", "4", "")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out,
		`"200": type a whole number from 0 to 70.`,
		"Your shares add up to 50%, not 100%. What you typed is kept: only the 50% left is asked for.",
		fmt.Sprintf("1. %s: 30%%", q.Options[0].Label),
		fmt.Sprintf(`"lots": start with an activity's number, from 1 to %d.`, rows),
		// The largest share first, as the review lists the week.
		fmt.Sprintf("Chose: %s 50%%, %s 30%%, %s 20%%.", q.Options[3].Label, q.Options[0].Label, q.Options[1].Label),
	)
	// Each activity is asked once, the one given too much twice.
	for i, o := range q.Options {
		sayTimes(t, out, fmt.Sprintf("%d. %s. Type its share", i+1, o.Label), 1+btoi(i == 1))
	}
	// "=" spreads what is left evenly, and "3 20" sets one share.
	out, err = runLines(lib, b, Options{}, "60", strings.Repeat("\n", rows-2), "1 40", "=", "")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out, q.Options[0].Label+" now has 40%; the week adds up to 40%, 60% left.")
}

// The week has an activity a business analyst calls their own (issue 36):
// it is asked in its turn and said back with its share.
func TestAccessibleWeekAsksForAnalysis(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QWeekTime)
	out, err := runLines(lib, b, Options{}, "", "", "70", "30")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out,
		"3. Requirements and analysis. Type its share",
		"Chose: Requirements and analysis 70%, Stakeholder and business-owner alignment 30%.",
	)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// On resume the saved answers can be kept, one changed (the numbered
// review), or deleted; with every question answered, the first choice is
// the results.
func TestAccessibleResumeChangesOne(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	dir := t.TempDir()
	if _, err := runLines(lib, b, Options{Store: store.Open(dir), Now: clock}, append(firstAnswers(b), "q")...); !errors.Is(err, ErrQuit) {
		t.Fatalf("the first run: %v", err)
	}
	st := store.Open(dir)
	saved := st.Load(b, clock())
	third := b.Questions[2]
	out, err := runLines(lib, b, Options{Store: st, Resume: saved, Now: clock}, "2", "3", "2", "")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out,
		fmt.Sprintf("You have %d saved answers from 22 Nov 2026", len(b.Questions)),
		"1. See the results: every question is answered",
		"2. Change one answer: keep them, and list them by number to pick the one to change",
		"3. Start over: delete them and begin at question 1",
		"Review your answers.",
		"Chose: "+third.Options[1].Label+".",
		"Recommended path",
	)
	if strings.Contains(out, "Question 1 of") {
		t.Errorf("changing one answer asked question 1:\n%s", out)
	}
	if got := store.Open(dir).Load(b, clock()).Answers[third.ID].Choice; got != third.Options[1].ID {
		t.Errorf("the change was not saved: %q", got)
	}
	// Seeing the results at once still says where the answers are.
	st = store.Open(dir)
	out, err = runLines(lib, b, Options{Store: st, Resume: st.Load(b, clock()), Now: clock}, "1")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out, "Recommended path", "Your answers are saved in "+st.Path()+".")
}

// Piped input that types the same thing forever ends with a line, rather
// than asking or listing the review forever.
func TestAccessibleEndlessCommandsGiveUp(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	endless := func(line string) []string { return strings.Split(strings.Repeat(line+"\n", 20000), "\n") }
	for _, line := range []string{"?", "b", "r"} {
		out, err := runLines(lib, b, Options{}, endless(line)...)
		if !errors.Is(err, ErrTooManyMisses) {
			t.Errorf("yes %s: %v after %d bytes", line, err, len(out))
		}
	}
	// Every answer, then 1 forever at the review: question 1 changed to
	// its first option again and again.
	out, err := runLines(lib, b, Options{}, append(firstAnswers(b), endless("1")...)...)
	if !errors.Is(err, ErrTooManyMisses) || !strings.Contains(err.Error(), "the review was listed 100 times") {
		t.Errorf("yes 1 at the review: %v after %d bytes", err, len(out))
	}
}

// Back in the middle of the week and forward again: the shares already
// typed are kept and said back before the next activity is asked, so a
// screen-reader user knows where the week stands without a screen.
func TestAccessibleWeekSaysTheSharesKeptAfterBack(t *testing.T) {
	t.Parallel()
	lib, b := some(t, questions.QPostingSpan, questions.QWeekTime)
	week := b.Questions[1]
	rest := make([]string, len(week.Options)-2)
	out, err := runLines(lib, b, Options{}, append([]string{"1", "30", "20", "b", ""}, append(rest, "1 80", "")...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out, "Kept from before, with 50% left:\n1. "+week.Options[0].Label+": 30%\n2. "+week.Options[1].Label+": 20%\n3. ")
	// Each activity is still asked once: the kept ones are not asked again.
	sayTimes(t, out, "1. "+week.Options[0].Label+". Type its share", 1)
}

// A number typed at the postings question (meant for a numbered question)
// is not taken as the first line of a pasted posting, which would read
// every line after it until a full stop: it is named, and the question is
// asked again.
func TestAccessiblePostingsRefuseANumber(t *testing.T) {
	t.Parallel()
	lib, b := some(t, questions.QPostingsText, questions.QPostingSpan)
	qs := b.Questions
	out, err := runLines(lib, b, Options{}, "1", "", "2", "")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	mustSay(t, out, `"1" is not a file path or a posting`, "Chose: "+qs[1].Options[1].Label+".")
}

// b at the offer after the results goes back to the review, as esc on the
// results screen does; it is no error (it stopped the run with "back: the
// what-if was not finished" and status 1).
func TestAccessibleBackAfterResultsOpensTheReview(t *testing.T) {
	t.Parallel()
	lib, b := library(t)
	out, err := runLines(lib, b, Options{}, append(firstAnswers(b), "", "b", "")...)
	if err != nil {
		t.Fatalf("b after the results: %v\n%s", err, out)
	}
	sayTimes(t, out, "Review your answers.", 2)
	sayTimes(t, out, "Recommended path", 2)
}

// ? says what a question takes and only the commands that work there: no
// back at the first question; the week's own ways to answer at the week.
func TestAccessibleHelpFitsTheQuestion(t *testing.T) {
	t.Parallel()
	lib, b := some(t, questions.QPostingSpan, questions.QWeekTime)
	out, _ := runLines(lib, b, Options{}, "?", "1", "?")
	first := out[:strings.Index(out, "Question 2 of 2")]
	if strings.Contains(first[strings.Index(first, "You can type"):], "b or back") {
		t.Errorf("help at the first question offers back:\n%s", first)
	}
	mustSay(t, out[strings.Index(out, "Question 2 of 2"):], "Type the percent of your week the activity named takes", "such as 3 20", "b or back to go back one step")
}

// An answer its question refuses is said as a sentence: capital, full
// stop (the "None of these" rule had none).
func TestAccessibleRefusalIsASentence(t *testing.T) {
	t.Parallel()
	lib, b := only(t, questions.QHeldCerts)
	q := b.Questions[0]
	none := slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.ID == "none" })
	if none < 0 {
		t.Fatal("no none option")
	}
	out, _ := runLines(lib, b, Options{}, fmt.Sprintf("1 %d", none+1), fmt.Sprint(none+1), "")
	mustSay(t, out, "give none alone, or only the others.\n")
}
