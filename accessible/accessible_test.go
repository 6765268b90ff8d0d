package accessible

import (
	"bytes"
	"certpath/files"
	"certpath/internal/testcheck"
	"certpath/postings"
	"certpath/store"
	"errors"
	"fmt"
	"strings"
	"testing"

	"certpath/content"
	"certpath/questions"
)

// scriptFor answers every question of the bank: the first option, the
// whole week to facilitation, and a few mistakes on the way.
func scriptFor(b questions.Bank) string {
	var s strings.Builder
	for _, q := range b.Questions {
		switch q.Kind.(type) {
		case questions.Allocation:
			s.WriteString("abc\n") // a mistake: re-asked
			s.WriteString(wholeWeekTo(q, "team_events"))
		case questions.Postings:
			s.WriteString("\n") // skip
		case questions.MultiChoice:
			s.WriteString("0\n99\n1\n") // two mistakes, then a valid answer
		case questions.Frequency:
			s.WriteString("6\n") // daily
		default:
			s.WriteString("1\n")
		}
	}
	s.WriteString("\n") // enter at the review: the results
	return s.String()
}

// wholeWeekTo gives the whole week to one activity: 0 (an empty line) to
// each before it, 100 to it; the rows after it are not asked.
func wholeWeekTo(q questions.Question, id string) string {
	var s strings.Builder
	for _, o := range q.Options {
		if o.ID == id {
			s.WriteString("100\n")
			break
		}
		s.WriteString("\n")
	}
	return s.String()
}

func TestAccessibleFromPipedInput(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	b := questions.DefaultBank(lib.Catalog())
	var out bytes.Buffer
	if err := Run(strings.NewReader(scriptFor(b)), &out, b, lib); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	got := out.String()
	for _, want := range []string{
		fmt.Sprintf("Question 1 of %d. Job postings you aim for.", len(b.Questions)),
		"1. Owning and ordering a team backlog, writing stories",
		`"0": not a choice; type a number from 1 to 13.`,
		`"abc": type a whole number from 0 to 100.`,
		"Recommended path",
		"Scrum Master",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.ContainsRune(got, 0x1b) {
		t.Fatal("accessible mode must not write escape sequences")
	}
}

func TestAccessibleInputEnds(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	err := Run(strings.NewReader("1\n"), &bytes.Buffer{}, questions.DefaultBank(lib.Catalog()), lib)
	if !errors.Is(err, ErrInputEnded) || !strings.Contains(err.Error(), "question 2 (postings.certs)") {
		t.Fatalf("err = %v", err)
	}
}

func TestAccessibleAllocationMustAddUp(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	full := questions.DefaultBank(lib.Catalog())
	q, _ := full.Question(questions.QWeekTime)
	b := questions.Bank{Questions: []questions.Question{q}, Catalog: full.Catalog}
	// 50% to the first activity and 0% to the others: the 50% that is left
	// is asked for on its own (issue 36), then enter at the review.
	in := "50\n" + strings.Repeat("\n", len(q.Options)-1) + "2 50\n\n"
	var out bytes.Buffer
	if err := Run(strings.NewReader(in), &out, b, lib); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "Your shares add up to 50%, not 100%. What you typed is kept: only the 50% left is asked for.") {
		t.Fatalf("output:\n%s", out.String())
	}
}

// TestAccessiblePasteAndPlainResults is issue 14's polish for accessible
// mode: it said "paste" but took only file paths, and its results showed ##.
func TestAccessiblePasteAndPlainResults(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	got := runWithPostings(t, lib, "Scrum Master\nFacilitate sprint planning and retrospectives.\n.\n")
	if !strings.Contains(got, "Read 1 pasted posting.") || !strings.Contains(got, "paste a posting's text") {
		t.Errorf("a pasted posting was not read:\n%s", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			t.Errorf("the results show a markdown marker: %q", l)
		}
	}
}

// TestEndlessBadInputGivesUp is issue 15's ninth item: yes | certpath
// --accessible asked again forever.
func TestEndlessBadInputGivesUp(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	var out bytes.Buffer
	err := Run(strings.NewReader(strings.Repeat("y\n", 10000)), &out, questions.DefaultBank(lib.Catalog()), lib)
	if !errors.Is(err, ErrTooManyMisses) {
		t.Fatalf("err = %v", err)
	}
	if out.Len() > 10000 {
		t.Fatalf("%d bytes of output before giving up", out.Len())
	}
}

// A line of file paths where a file is missing is never taken for a pasted
// posting: the missing one is named, and the person is asked again.
func TestAccessibleMissingFileIsNotAPosting(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	dir := t.TempDir()
	missing := dir + "/nope.txt"
	// A missing path, then a missing one quoted with a space, then skip.
	got := runWithPostings(t, lib, fmt.Sprintf("%s\n\"%s/missing coach.txt\"\n\n", missing, dir))
	if strings.Contains(got, "pasted posting") && strings.Contains(got, "Read 1 pasted") {
		t.Fatalf("a missing file was read as a pasted posting:\n%s", got)
	}
	if !strings.Contains(got, "nope.txt") || strings.Count(got, "None of those could be read") != 2 {
		t.Fatalf("each missing file should be named and asked again:\n%s", got)
	}
	for _, tt := range []struct {
		line  string
		paths bool
	}{
		{"/tmp/x.txt", true}, {"~/jobs/po.pdf", true}, {"posting.html", true}, {`C:\jobs\po.txt`, true},
		{"Scrum Master / Agile Coach", false}, {"Scrum Master", false}, {"/", false},
	} {
		fields := strings.Fields(tt.line)
		if got := postings.LooksLikePaths(fields); got != tt.paths {
			t.Errorf("LooksLikePaths(%q) = %v, want %v", tt.line, got, tt.paths)
		}
	}
}

// runWithPostings runs the accessible quiz to its results: postings is the
// input at the postings question, the first option everywhere else and the
// whole week to facilitation.
func runWithPostings(t *testing.T, lib *content.Library, postings string) string {
	t.Helper()
	return runWithOptions(t, lib, postings, Options{})
}

// runWithOptions is runWithPostings with options (a store, say).
func runWithOptions(t *testing.T, lib *content.Library, postings string, opts Options) string {
	t.Helper()
	b := questions.DefaultBank(lib.Catalog())
	var in strings.Builder
	for _, q := range b.Questions {
		switch q.Kind.(type) {
		case questions.Postings:
			in.WriteString(postings)
		case questions.Allocation:
			in.WriteString(wholeWeekTo(q, "team_events"))
		default:
			in.WriteString("1\n")
		}
	}
	in.WriteString("\n") // enter at the review: the results
	var out bytes.Buffer
	if err := RunWith(strings.NewReader(in.String()), &out, b, lib, opts); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	return out.String()
}

// The results read aloud well: no bar pictures, and where the answers are
// kept with the command that prints the full results from them.
func TestAccessibleResultsForAScreenReader(t *testing.T) {
	t.Parallel()
	lib, _ := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	st := store.Open(t.TempDir())
	got := runWithOptions(t, lib, "\n", Options{Store: st, Now: testcheck.Today})
	if strings.ContainsAny(got, "█░") {
		t.Errorf("the results draw bars:\n%s", got)
	}
	if !strings.Contains(got, "Your answers are saved in "+st.Path()+". The full results: certpath quiz --details --answers "+files.QuotePath(st.Path())) {
		t.Errorf("the results do not say where the answers are:\n%s", got)
	}
}
