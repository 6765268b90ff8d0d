package questions

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

const validYAML = `
postings.focus: [backlog, roadmap]
postings.certs: [popm]
postings.safe: required
postings.span: train
week.time: {backlog: 50, stakeholders: 30, delivery: 20}
week.team_events: never
week.refinement: daily
week.cross_team: 3
week.reporting: never
week.coaching: yearly
week.partners: customers
week.teams_per_product: train
week.org_safe: "yes"
week.safe_vocabulary: use
week.agile_months: 36to59
week.held_certs: [none]
postings.text:
  - name: team-lead.txt
    text: |
      Facilitate sprint planning and retrospectives.
      Remove impediments for two teams.
  - "Own the product backlog and write user stories."
`

func TestParseAnswersYAMLAndJSONAgree(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	fromYAML, err := ParseAnswers(b, []byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	json := `{"week.held_certs": ["none"], "week.agile_months": "36to59", "week.safe_vocabulary": "use",
	"week.org_safe": "yes", "week.teams_per_product": "train", "week.partners": "customers",
	"week.coaching": 1, "week.reporting": 0, "week.cross_team": "sprint", "week.refinement": "daily",
	"week.team_events": "never", "week.time": {"delivery": 20, "stakeholders": 30, "backlog": 50},
	"postings.span": "train", "postings.safe": "required", "postings.certs": ["popm"],
	"postings.focus": ["roadmap", "backlog"],
	"postings.text": [{"name": "team-lead.txt", "text": "Facilitate sprint planning and retrospectives.\nRemove impediments for two teams.\n"},
		"Own the product backlog and write user stories."]}`
	fromJSON, err := ParseAnswers(b, []byte(json))
	if err != nil {
		t.Fatal(err)
	}
	scores := func(a Answers) map[string]Scored {
		out := map[string]Scored{}
		for _, q := range b.Questions {
			out[q.ID] = q.Kind.Score(q, a[q.ID])
		}
		return out
	}
	if !reflect.DeepEqual(b.Read(fromYAML), b.Read(fromJSON)) || !reflect.DeepEqual(scores(fromYAML), scores(fromJSON)) {
		t.Fatal("the same answers in YAML and in JSON, in another order, were read differently")
	}
	if fromYAML[QCrossTeam].Level != 3 || fromYAML[QWeekTime].Allocation["backlog"] != 50 {
		t.Fatalf("parsed answers: %+v", fromYAML)
	}
}

func TestParseAnswersListsEveryProblem(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	broken := strings.NewReplacer(
		"postings.safe: required", "postings.safe: mandatory",
		"week.time: {backlog: 50, stakeholders: 30, delivery: 20}", "week.time: {backlog: 50, stakeholders: 30}",
		"week.refinement: daily", "week.refinement: hourly",
		"postings.focus: [backlog, roadmap]", "postings.focus: backlog",
		"week.agile_months: 36to59\n", "",
	).Replace(validYAML) + "week.salary: high\n"
	_, err := ParseAnswers(b, []byte(broken))
	var ae *AnswersError
	if !errors.As(err, &ae) {
		t.Fatalf("want an AnswersError, got %v", err)
	}
	for _, want := range []string{
		`postings.safe: "mandatory" is not an option; choose one of required, preferred, scrum_only, projects, unsure`,
		"week.time: the shares add up to 80%",
		`week.refinement: "hourly" is not a level`,
		`postings.focus: got the text "backlog"; give a list of: backlog, roadmap`,
		"week.agile_months: missing",
		"week.salary: unknown question; the questions are postings.focus",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%s", want, err)
		}
	}
	if len(ae.Problems) != 6 {
		t.Errorf("want 6 problems, got %d:\n%s", len(ae.Problems), err)
	}
}

func TestParseAnswersRejectsNonAnswers(t *testing.T) {
	t.Parallel()
	for name, data := range map[string]string{
		"empty":      "  \n",
		"not yaml":   "{postings.focus: [",
		"a list":     "- a\n- b\n",
		"plain text": "hello",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseAnswers(defaultBank(), []byte(data)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestMarshalAnswersRoundTrips(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	a, err := ParseAnswers(b, []byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	data, err := MarshalAnswers(b, a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseAnswers(b, data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if !reflect.DeepEqual(a, back) {
		t.Fatalf("round trip changed the answers:\n%s", data)
	}
	if !strings.HasPrefix(string(data), "postings.focus: [backlog, roadmap]\n") {
		t.Fatalf("saved answers should follow the bank's order:\n%s", data)
	}
}

func TestPostingsAreOptionalAndChecked(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	without := strings.Split(validYAML, "postings.text:")[0]
	a, err := ParseAnswers(b, []byte(without))
	if err != nil {
		t.Fatalf("the postings question is optional: %v", err)
	}
	if _, ok := a[QPostingsText]; ok {
		t.Fatal("a skipped optional question must stay unanswered")
	}
	for _, bad := range []string{"postings.text: 42\n", "postings.text: [{name: x}]\n", "postings.text: \"\\x1b[2J\"\n"} {
		_, err := ParseAnswers(b, []byte(without+bad))
		if err == nil || !strings.Contains(err.Error(), "postings.text") {
			t.Errorf("%q: want a postings.text problem, got %v", bad, err)
		}
	}
	full, _ := ParseAnswers(b, []byte(validYAML))
	if got := full[QPostingsText].Postings; len(got) != 2 || got[0].Name != "team-lead.txt" || got[1].Name != "posting 2" {
		t.Fatalf("postings = %+v", got)
	}
}

func FuzzParseAnswers(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzParseAnswers.
	b := defaultBank()
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(b, data)
		if err != nil {
			return
		}
		for _, q := range b.Questions {
			ans, ok := a[q.ID]
			if !ok && !q.Optional {
				t.Fatalf("accepted a file without %s", q.ID)
			}
			if ok {
				if err := q.Check(ans); err != nil {
					t.Fatalf("accepted an invalid answer: %v", err)
				}
			}
		}
		// Nothing accepted may panic when read or scored.
		b.Read(a)
		for _, q := range b.Questions {
			if ans, ok := a[q.ID]; ok {
				q.Kind.Score(q, ans)
			}
		}
	})
}

// TestOutOfRangeNumbersAreNamed is issue 15's ninth item: 1e300, .inf and a
// 20-digit number in the week were reported as -9223372036854775808%.
func TestOutOfRangeNumbersAreNamed(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	for _, v := range []string{"1e300", ".inf", "-.inf", ".nan", "99999999999999999999", "-5", "101"} {
		data := []byte("week.time: {backlog: " + v + "}\n")
		_, err := ParseAnswers(b, data)
		if err == nil || strings.Contains(err.Error(), "-9223372036854775808") || !strings.Contains(err.Error(), "0 to 100") {
			t.Errorf("%s: %v", v, err)
		}
	}
	if _, err := ParseAnswers(b, []byte("week.team_events: 99\n")); err == nil || !strings.Contains(err.Error(), "outside 0 to 5") {
		t.Errorf("a level of 99: %v", err)
	}
}

// TestErrorsListChoicesReadably: every kind names its choices as a list a
// person reads ("choose from backlog, roadmap, ..."), never in Go's slice
// syntax, and an option that stands alone is named by its label.
func TestErrorsListChoicesReadably(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	broken := strings.NewReplacer(
		"postings.safe: required", "postings.safe: mandatory",
		"postings.focus: [backlog, roadmap]", "postings.focus: [backlog, sorcery]",
		"week.time: {backlog: 50, stakeholders: 30, delivery: 20}", "week.time: {backlog: 50, stakeholders: 30, golf: 20}",
		"postings.certs: [popm]", "postings.certs: [none, popm]",
	).Replace(validYAML)
	_, err := ParseAnswers(b, []byte(broken))
	if err == nil {
		t.Fatal("accepted")
	}
	q := func(id string) Question { x, _ := b.Question(id); return x }
	for _, want := range []string{
		`postings.safe: "mandatory" is not an option; choose one of ` + strings.Join(q(QPostingSAFe).OptionIDs(), ", "),
		`postings.focus: "sorcery" is not an option; choose from ` + strings.Join(q(QPostingFocus).OptionIDs(), ", "),
		`week.time: "golf" is not an activity; use ` + strings.Join(q(QWeekTime).OptionIDs(), ", "),
		`postings.certs: “None named, or I have not looked” cannot be combined with other choices; give none alone, or only the others`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%s", want, err)
		}
	}
	if strings.ContainsAny(err.Error(), "[]") {
		t.Errorf("an error shows Go slice syntax:\n%s", err)
	}
	// A level out of range (only code can make one) reads the same way.
	if err := q(QRefinement).Check(Answer{Level: 9}); err == nil || strings.ContainsAny(err.Error(), "[]") || !strings.Contains(err.Error(), "never, ") {
		t.Errorf("frequency level out of range: %v", err)
	}
}

// TestManyUnknownKeysMakeOneReadableMessage (issue 27): an answers file of
// 100,000 unknown keys took 44 s (the YAML library compares every key of a
// mapping with those before it) and printed 36 MB, one line per key, each
// with the list of questions. Now a mapping over the budget is refused
// before decoding, unknown keys make one line naming the first ten, and at
// most maxShownProblems problems are listed.
func TestManyUnknownKeysMakeOneReadableMessage(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	keys := func(n int) string {
		var s strings.Builder
		for i := range n {
			fmt.Fprintf(&s, "k%d: 1\n", i)
		}
		return s.String()
	}
	_, err := ParseAnswers(b, []byte(keys(100_000)))
	if err == nil || !strings.Contains(err.Error(), "has 100000 keys; certpath reads at most 1000") {
		t.Fatalf("100,000 keys: %v", err)
	}
	_, err = ParseAnswers(b, []byte(keys(500)))
	msg := err.Error()
	if !strings.Contains(msg, "k0, k1, k10, k100, k101, k102, k103, k104, k105, k106 and 490 more: 500 unknown questions") || strings.Count(msg, "the questions are") != 1 {
		t.Fatalf("500 unknown keys:\n%s", msg)
	}
	many := &AnswersError{Problems: make([]string, 50)}
	if lines := strings.Count(many.Error(), "\n"); lines != maxShownProblems+1 || !strings.Contains(many.Error(), "… and 30 more problems") {
		t.Fatalf("50 problems make %d lines:\n%s", lines, many.Error())
	}
	_, dropped, err := ParseAnswersLenient(b, []byte(keys(30)))
	if err != nil || len(dropped) != 1 || !strings.HasSuffix(dropped[0], "and 20 more: no longer asked") {
		t.Fatalf("a state file's unknown keys: %q, %v", dropped, err)
	}
}

// TestOlderYearsAnswersStillRead: answers files written before issue 33
// give years under the old IDs; they read into today's questions, each band
// standing for the months it surely covers and as many as it may.
func TestOlderYearsAnswersStillRead(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	old := strings.Replace(validYAML, "week.agile_months: 36to59\n", "week.agile_years: 1to2\nweek.role_years: 3to5\n", 1)
	a, err := ParseAnswers(b, []byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if a[QAgileMonths].Choice != "1to2" || a[QRoleMonths].Choice != "3to5" {
		t.Fatalf("the older answers were not read into today's questions: %v / %v", a[QAgileMonths], a[QRoleMonths])
	}
	r := b.Read(a)
	if r.Agile != (Months{Months: 12, UpTo: 35, Known: true}) || r.Role != (Months{Months: 36, UpTo: 71, Known: true}) {
		t.Errorf("one to two years must read as 12 to 35 months and three to five as 36 to 71; got %+v and %+v", r.Agile, r.Role)
	}
	if !r.Agile.Straddles(24) || r.Agile.Straddles(12) || r.Agile.Straddles(36) || !r.Role.Straddles(60) {
		t.Error("a rule between a band's least and most months cannot be decided, and only such a rule")
	}
	// Today's key wins when a file gives both.
	both := strings.Replace(validYAML, "week.agile_months: 36to59\n", "week.agile_months: 36to59\nweek.agile_years: lt1\n", 1)
	if a, err := ParseAnswers(b, []byte(both)); err != nil || a[QAgileMonths].Choice != "36to59" {
		t.Errorf("with both keys, want today's answer 36to59; got %v, %v", a[QAgileMonths], err)
	}
	// Older bands are read, never offered.
	q, _ := b.Question(QAgileMonths)
	for _, c := range q.Kind.Choices(q) {
		if c.ID == "1to2" {
			t.Error("an older band is offered as a choice")
		}
	}
}

// The week's requirements and analysis (issue 36) came after answers files
// were written: one without it still loads, its share 0, and one with it
// reads it.
func TestWeekWithoutAnalysisStillLoads(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	a, err := ParseAnswers(b, []byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	if share := a[QWeekTime].Allocation["analysis"]; share != 0 {
		t.Errorf("an older week gives analysis %d%%, want 0", share)
	}
	withIt := strings.Replace(validYAML, "week.time: {backlog: 50, stakeholders: 30, delivery: 20}", "week.time: {analysis: 70, stakeholders: 30}", 1)
	if a, err := ParseAnswers(b, []byte(withIt)); err != nil || a[QWeekTime].Allocation["analysis"] != 70 {
		t.Errorf("a week with analysis: %v, %v", a[QWeekTime], err)
	}
}

// An answers file may say whose answers they are (name:); the name is
// written first, read back, never taken for a question, and a bad one is
// one problem among the file's others.
func TestAnswersFileName(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	a, err := ParseAnswers(b, []byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	data, err := MarshalAnswersFile(b, AnswersFile{Name: "Dana: Lee #2", Answers: a})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "name: 'Dana: Lee #2'\n") {
		t.Fatalf("the name should come first, quoted by the YAML writer:\n%s", data)
	}
	f, err := ReadAnswersFile(b, data)
	if err != nil || f.Name != "Dana: Lee #2" || !reflect.DeepEqual(f.Answers, a) {
		t.Fatalf("read back %q, %v", f.Name, err)
	}
	if _, err := ParseAnswers(b, data); err != nil {
		t.Fatalf("quiz --answers reads a named file: %v", err)
	}
	if _, dropped, err := ParseAnswersLenient(b, data); err != nil || len(dropped) > 0 {
		t.Fatalf("saved state with a name drops nothing: %v %v", dropped, err)
	}
	for _, bad := range []string{"name: [a, b]\n", "name: \"\"\n", "name: \"a\\tb\"\n", "name: " + strings.Repeat("x", MaxNameRunes+1) + "\n"} {
		_, err := ReadAnswersFile(b, []byte(bad+validYAML))
		var ae *AnswersError
		if !errors.As(err, &ae) || len(ae.Problems) != 1 || !strings.HasPrefix(ae.Problems[0], "name: ") {
			t.Errorf("%q: want one problem naming the name field, got %v", bad, err)
		}
	}
}
