package store

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"certpath/postings"
	"certpath/questions"
	"certpath/termtext"
)

// What "Save then Load gives back every answer" means here, exactly:
//
//   - An answer as the quiz holds it comes back identical, field for field:
//     every way a posting gets in (typed, pasted, read from a file or the
//     clipboard) runs it through termtext.Sanitize first, so the texts the
//     quiz holds are sanitized ones, and those come back byte for byte,
//     whatever they contain: leading blank lines and spaces, tabs, ---, #,
//     ": ", quotes, \n, U+2028, U+2029, emoji, a MiB of it.
//   - A text that never went through the sanitizer (\r\n, \r, U+0085,
//     escape sequences) still saves; Load sanitizes it as every other way in
//     does, so it comes back as termtext.Sanitize made it.
//   - Two spellings of the same answer are one: an empty list is no list,
//     and a 0% share is no share (the allocation writes only the shares
//     taken).
//
// A skipped question (the optional postings) is an answer too, and is kept.

// pieces are what people paste, and what YAML reads as syntax.
var pieces = []string{
	"", " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085",
	"---", "...", "# not a comment", "#", ": ", ":", "- ", "? ", "|", "|-", "|+", ">", ">-", "'", "\"", "''", "\\",
	"\\n", "{", "}", "[", "]", ",", "&anchor", "*alias", "!tag", "!!binary", "%YAML 1.2", "@", "`", "<<",
	"yes", "no", "on", "null", "~", "true", "123", "0x1F", "1e3", ".inf", "-", "=",
	"😀", "👩‍💻", "é", "中文", "עברית", "\u00a0", "\ufeff", "\x1b[31m", "\x1b]0;title\x07", "\x7f", "\u200b",
	"Scrum Master", "Own the product backlog.", "Facilitate sprint planning and retrospectives",
	"SAFe", "Release Train Engineer", "PMP",
}

// randomText joins up to n pieces.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range r.IntN(n + 1) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// heldText is a posting as the quiz holds it: sanitized, never blank.
func heldText(raw string) string {
	text := termtext.Sanitize(raw)
	if strings.TrimSpace(text) == "" {
		text += "Scrum Master"
	}
	return text
}

// shapes build an answer in one of the ways an Answer can hold one, from a
// question's own choices; a kind's answers are the shapes its Check takes.
var shapes = map[string]func(r *rand.Rand, q questions.Question) questions.Answer{
	"choice": func(r *rand.Rand, q questions.Question) questions.Answer {
		c := q.Kind.Choices(q)
		if len(c) == 0 {
			return questions.Answer{}
		}
		return questions.Answer{Choice: c[r.IntN(len(c))].ID}
	},
	"choices": func(r *rand.Rand, q questions.Question) questions.Answer {
		var a questions.Answer
		for _, i := range r.Perm(len(q.Kind.Choices(q)))[:r.IntN(len(q.Kind.Choices(q))+1)] {
			a.Choices = append(a.Choices, q.Kind.Choices(q)[i].ID)
		}
		return a
	},
	"level": func(r *rand.Rand, q questions.Question) questions.Answer {
		return questions.Answer{Level: r.IntN(max(1, len(q.Kind.Choices(q))))}
	},
	"allocation": func(r *rand.Rand, q questions.Question) questions.Answer {
		c := q.Kind.Choices(q)
		if len(c) == 0 {
			return questions.Answer{}
		}
		a := questions.Answer{Allocation: map[string]int{}}
		left := questions.AllocationTotal
		for left > 0 {
			v := 1 + r.IntN(left)
			a.Allocation[c[r.IntN(len(c))].ID] += v
			left -= v
		}
		if r.IntN(4) == 0 {
			a.Allocation[c[r.IntN(len(c))].ID] += 0 // a 0% share, as a slider left at zero writes
		}
		return a
	},
	"postings": func(r *rand.Rand, q questions.Question) questions.Answer {
		var a questions.Answer
		for i := range r.IntN(4) {
			name := termtext.Sanitize(randomText(r, 3))
			if name == "" {
				name = fmt.Sprintf("posting %d", i+1)
			}
			a.Postings = append(a.Postings, postings.Text{Name: name, Text: heldText(randomText(r, 40))})
		}
		return a
	},
}

// randomAnswer is an answer that q accepts in one of the shapes, and the
// shape's name; ok is false when the shape does not fit q's kind (its Check
// refuses it, or the kind ignores what it holds).
func randomAnswer(r *rand.Rand, q questions.Question, shape string) (a questions.Answer, ok bool) {
	a = shapes[shape](r, q)
	if q.Check(a) != nil {
		return a, false
	}
	// A shape the kind ignores reads like no answer at all.
	zero := reflect.DeepEqual(normal(a), normal(questions.Answer{}))
	return a, zero || q.Describe(a) != q.Describe(questions.Answer{})
}

// randomAnswers answers most questions of the bank, each in a shape its kind
// takes; kinds records which kinds got an answer that is not empty.
func randomAnswers(r *rand.Rand, b questions.Bank, kinds map[string]int) questions.Answers {
	names := []string{"choice", "choices", "level", "allocation", "postings"}
	out := questions.Answers{}
	for _, q := range b.Questions {
		if r.IntN(5) == 0 {
			continue
		}
		for _, i := range r.Perm(len(names)) {
			if a, ok := randomAnswer(r, q, names[i]); ok {
				out[q.ID] = a
				if !reflect.DeepEqual(normal(a), normal(questions.Answer{})) {
					kinds[q.Kind.Name()]++
				}
				break
			}
		}
	}
	return out
}

// normal is an answer with its two spellings of nothing made one (see the
// top of this file).
func normal(a questions.Answer) questions.Answer {
	a = a.Clone()
	if len(a.Choices) == 0 {
		a.Choices = nil
	}
	maps.DeleteFunc(a.Allocation, func(_ string, v int) bool { return v == 0 })
	if len(a.Allocation) == 0 {
		a.Allocation = nil
	}
	if len(a.Postings) == 0 {
		a.Postings = nil
	}
	return a
}

// roundTrip saves want, loads it and reports every answer that did not come
// back as it went in.
func roundTrip(t *testing.T, b questions.Bank, want questions.Answers) {
	t.Helper()
	s := Open(t.TempDir())
	if err := s.Save(b, want, 1, now); err != nil {
		t.Fatalf("save: %v", err)
	}
	l := s.Load(b, now)
	if len(l.Notes) > 0 {
		data, _ := os.ReadFile(s.Path())
		t.Fatalf("load: %v\nthe file:\n%.2000s", l.Notes, data)
	}
	for id, a := range want {
		got, ok := l.Answers[id]
		if !ok {
			t.Errorf("%s: lost", id)
			continue
		}
		if !reflect.DeepEqual(normal(got), normal(a)) {
			t.Errorf("%s: saved %#v\nloaded %#v", id, normal(a), normal(got))
		}
	}
	for id := range l.Answers {
		if _, ok := want[id]; !ok {
			t.Errorf("%s: loaded but never answered", id)
		}
	}
}

// TestSaveLoadGivesBackEveryAnswer is issue 23's first item: a posting that
// starts with a blank line made every later save fail.
func TestSaveLoadGivesBackEveryAnswer(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	r := rand.New(rand.NewPCG(23, 1))
	kinds := map[string]int{}
	for i := range 300 {
		a := randomAnswers(r, b, kinds)
		t.Run(fmt.Sprint(i), func(t *testing.T) { roundTrip(t, b, a) })
	}
	for _, k := range questions.Kinds() {
		if kinds[k.Name()] < 20 {
			t.Errorf("kind %s got %d answers: teach shapes to build its answers", k.Name(), kinds[k.Name()])
		}
	}
}

// TestSaveLoadTheIssuesPostings saves the postings of the issue, each on its
// own, so a failure names the one that broke.
func TestSaveLoadTheIssuesPostings(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	line := "\tLead the Agile Release Train: \"PI planning\" #1\u2028\n"
	big := strings.Repeat(line, (postings.MaxBytes-1)/len(line))
	for name, text := range map[string]string{
		"blank first line":   "\nScrum Master\nFacilitate events.\n",
		"spaces first":       "   Scrum Master\n   Facilitate events.",
		"tab first":          "\tScrum Master\n",
		"blank lines at end": "Scrum Master\n\n\n",
		"only line breaks":   "Scrum\u2028Master\u2029Team",
		"yaml syntax":        "--- \n# c\nkey: value\n- item\n...\n|\n>\n'\"",
		"emoji":              "Scrum Master 😀\n👩‍💻 remote",
		"a MiB":              "\n" + big,
	} {
		t.Run(name, func(t *testing.T) {
			roundTrip(t, b, questions.Answers{questions.QPostingsText: {Postings: []postings.Text{{Name: name, Text: heldText(text)}}}})
		})
	}
	t.Run("four MiB", func(t *testing.T) {
		var ps []postings.Text
		for i := range 4 {
			ps = append(ps, postings.Text{Name: fmt.Sprint(i), Text: heldText("\nScrum Master" + strings.Repeat("\t\n", (postings.MaxBytes-13)/2))})
		}
		roundTrip(t, b, questions.Answers{questions.QPostingsText: {Postings: ps}})
	})
}

// TestSaveLoadUnsanitizedText: text that never went through the sanitizer
// saves, and comes back as the sanitizer makes it.
func TestSaveLoadUnsanitizedText(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	r := rand.New(rand.NewPCG(23, 2))
	for range 200 {
		raw := randomText(r, 30) + "Scrum Master"
		s := Open(t.TempDir())
		a := questions.Answers{questions.QPostingsText: {Postings: []postings.Text{{Name: "p", Text: raw}}}}
		if err := s.Save(b, a, 1, now); err != nil {
			t.Fatalf("%q: %v", raw, err)
		}
		got := s.Load(b, now).Answers[questions.QPostingsText].Postings
		if len(got) != 1 || got[0].Text != termtext.Sanitize(raw) {
			t.Fatalf("%q came back as %+v", raw, got)
		}
	}
}

// FuzzSaveLoad saves a posting of any text with other answers picked by
// seed, and checks they all come back. Seeds are in testdata/fuzz/FuzzSaveLoad.
func FuzzSaveLoad(f *testing.F) {
	b := testBank(f)
	f.Fuzz(func(t *testing.T, name, text string, seed uint64) {
		if len(text) > postings.MaxBytes {
			return
		}
		a := randomAnswers(rand.New(rand.NewPCG(seed, 0)), b, map[string]int{})
		if name = termtext.Sanitize(name); name == "" {
			name = "posting 1"
		}
		a[questions.QPostingsText] = questions.Answer{Postings: []postings.Text{{Name: name, Text: heldText(text)}}}
		roundTrip(t, b, a)
	})
}

// TestStateFileIsAnAnswersFile is issue 23's fourth item: the state file,
// given to certpath quiz --answers, failed with 19 problems.
func TestStateFileIsAnAnswersFile(t *testing.T) {
	t.Parallel()
	b := testBank(t)
	all := questions.Answers{}
	r := rand.New(rand.NewPCG(23, 3))
	for _, q := range b.Questions {
		for {
			if a, ok := randomAnswer(r, q, []string{"choice", "choices", "level", "allocation", "postings"}[r.IntN(5)]); ok {
				all[q.ID] = a
				break
			}
		}
	}
	s := Open(t.TempDir())
	if err := s.Save(b, all, 1, now); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(s.dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	got, err := questions.ParseAnswers(b, data)
	if err != nil {
		t.Fatalf("the state file is not an answers file: %v", err)
	}
	for id, a := range all {
		if !reflect.DeepEqual(normal(got[id]), normal(a)) {
			t.Errorf("%s: %#v read as %#v", id, a, got[id])
		}
	}
	// Half way through the quiz, it says what is missing, and only that.
	delete(all, b.Questions[len(b.Questions)-1].ID)
	if err := s.Save(b, all, 2, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(s.Path())
	_, err = questions.ParseAnswers(b, data)
	if err == nil || !strings.Contains(err.Error(), "1 problem") || !strings.Contains(err.Error(), b.Questions[len(b.Questions)-1].ID+": missing") {
		t.Fatalf("a state file with one question unanswered: %v", err)
	}
	// Another format is named, not misread as answers.
	_, err = questions.ParseAnswers(b, []byte("version: 9\nanswers: {}\n"))
	if err == nil || !strings.Contains(err.Error(), "format version 9") {
		t.Fatalf("a state file of another version: %v", err)
	}
}
