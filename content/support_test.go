package content

import (
	"strings"
	"testing"

	"certpath/internal/testcheck"
)

// Every quote holds up its whole value: each number and key word of a
// quoted value is in its quote, or in a second source's quote of the same
// value (a pass mark's count worked out from its percentage aside).
func TestEveryQuoteHoldsUpItsValue(t *testing.T) {
	t.Parallel()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	whole, part, none, bare := 0, 0, 0, 0
	for _, c := range lib.Certs() {
		all := quotedFacts(c)
		for _, q := range all {
			claims := claimsOf(q.figure, q.fact.Value, false)
			miss := q.unsupported(all)
			switch {
			case len(claims) == 0:
				bare++
			case len(miss) == 0:
				whole++
			case len(miss) == len(claims):
				none++
			default:
				part++
			}
			if len(miss) > 0 {
				t.Errorf("%s %s: value %q says %s, which its quote %q does not", c.ID, q.figure, q.fact.Value, claimWords(miss), q.fact.Quote)
			}
		}
	}
	t.Logf("quotes: %d hold up the whole value, %d part, %d none; %d values make no claim the check reads", whole, part, none, bare)
}

func TestClaimsOf(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ figure, text, want string }{
		{"renewal", "every 2 years, with 20 Scrum Education Units", "2, 20, a period in years"},
		{"exam.format", "open book, not proctored", "proctoring, open book"},
		{"prerequisites", "none", "that nothing is required"},
		{"exam_fee", "none", ""},
		{"exam.questions", "none: no exam", "an exam"},
	} {
		if got := claimWords(claimsOf(tt.figure, tt.text, false)); got != tt.want {
			t.Errorf("claimsOf(%q, %q) = %q, want %q", tt.figure, tt.text, got, tt.want)
		}
	}
	if got := derivedCount("74% (37 of 50)", "at least 74%", []string{"n:50"}); strings.Join(got, " ") != "n:37 n:50" {
		t.Errorf("a count worked out from the quoted percentage and question count: %q", got)
	}
	for _, tt := range []struct{ value, quote string }{
		{"74% (38 of 50)", "at least 74%"}, // 38 of 50 is 76%
		{"74% (37 of 50)", "at least 75%"}, // the page gives another percentage
	} {
		if got := derivedCount(tt.value, tt.quote, []string{"n:50"}); got != nil {
			t.Errorf("derivedCount(%q, %q) = %q, want none", tt.value, tt.quote, got)
		}
	}
}

// validate warns when a quote's numbers and key words are not in its value,
// and the other way round.
func TestValidateWarnsOfQuotesThatDoNotHoldUpTheirValue(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		old  string
		new  string
		want string
	}{
		{"a period the quote does not give",
			`{value: "85%", source: S31, as_of: undated`, `{value: "85%, every 2 years", source: S31, as_of: undated`,
			`certs/psm-i.md: exam.pass_mark: value "85%, every 2 years" says 2, a period in years, which its quote does not: "Passing score: 85%"`},
		{"a format the quote is silent on",
			`{value: "85%", source: S31, as_of: undated`, `{value: "85%, open book", source: S31, as_of: undated`,
			`certs/psm-i.md: exam.pass_mark: value "85%, open book" says open book, which its quote does not`},
		{"a quote that gives another number",
			`{value: "80", source: S31, as_of: undated, quote: "Number of Questions: 80"}`, `{value: "80", source: S31, as_of: undated, quote: "Number of Questions: 80 in 60 minutes, 45 of them hard"}`,
			`certs/psm-i.md: exam.questions: quote "Number of Questions: 80 in 60 minutes, 45 of them hard" says 45, which value "80" does not`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := validFolder(t)
			edit("certs/psm-i.md", tt.old, tt.new)(f)
			lib, err := Load(f, WithClock(testcheck.Today))
			if err != nil {
				t.Fatal(err)
			}
			testcheck.ContainsAll(t, "warnings", strings.Join(lib.Warnings(), "\n"), tt.want)
		})
	}
}

// A tier-A value content marks not confirmed needs no quote: no page's
// words hold it up, so "add the page's own words" would be wrong advice.
func TestANotConfirmedValueNeedsNoQuote(t *testing.T) {
	t.Parallel()
	f := validFolder(t)
	stripQuotes(f, "certs/psm-i.md")
	edit("certs/psm-i.md", `{value: "85%", source: S31, as_of: undated`, `{value: "85%", source: S31, as_of: undated, not_confirmed: "the page was not read"`)(f)
	lib, err := Load(f, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range lib.Warnings() {
		if strings.HasPrefix(w, "certs/psm-i.md: exam.pass_mark:") {
			t.Errorf("a not-confirmed value warns: %s", w)
		}
	}
}
