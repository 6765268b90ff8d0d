package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"certpath/internal/testcheck"
)

// withQuote gives psm-i's pass mark a quote, the way a maintainer adds one.
func withQuote(quote string) func(fstest.MapFS) {
	return func(f fstest.MapFS) {
		stripQuotes(f, "certs/psm-i.md")
		data := string(f["certs/psm-i.md"].Data)
		line := `- {value: "85%", source: S31, as_of: undated`
		i := strings.Index(data, line)
		if i < 0 {
			panic("certs/psm-i.md has no pass mark line from S31")
		}
		end := i + strings.Index(data[i:], "}")
		f["certs/psm-i.md"].Data = []byte(data[:end] + `, quote: "` + quote + `"` + data[end:])
	}
}

func TestQuotesAreChecked(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		quote string
		want  string // "" loads
	}{
		{"holds the number", "a score of 85% is required to pass", ""},
		{"a number spelled out past twelve is not read", "eighty-five percent", `does not hold its number (85)`},
		{"another number", "a score of 80% is required to pass", `value "85%" has a quote that does not hold its number (85)`},
		{"too long", "85% " + strings.Repeat("and so on ", 30) + "to the end", "keep it to the words that support the figure, at most 240"},
		{"line break", `85%\nof it`, "with a line break"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := validFolder(t)
			withQuote(tt.quote)(f)
			lib, err := Load(f, WithClock(testcheck.Today))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				c, _ := lib.Cert("psm-i")
				if c.Exam.PassMark[0].Quote != tt.quote {
					t.Fatalf("quote read as %q", c.Exam.PassMark[0].Quote)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load() = %v, want %q", err, tt.want)
			}
		})
	}
	f := validFolder(t)
	edit("certs/psm-i.md", `{value: unknown, note: "each trainer sets it"}`, `{value: unknown, note: "each trainer sets it", quote: "from $1,000"}`)(f)
	if _, err := Load(f, WithClock(testcheck.Today)); err == nil || !strings.Contains(err.Error(), "has a quote but no source") {
		t.Fatalf("a quote on an unknown value: %v", err)
	}
}

func TestNumbers(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"$1,000 per attempt":        "1000",
		"73% (33 of 45)":            "73 33 45",
		"a two-day (16 hour) class": "16 2",
		"none":                      "",
		"version 5.1":               "5.1",
	} {
		if got := strings.Join(Numbers(in), " "); got != want {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTierAFiguresWithoutAQuoteWarn(t *testing.T) {
	t.Parallel()
	f := validFolder(t)
	withQuote("85%")(f)
	lib, err := Load(f, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	after := 0
	for _, w := range lib.Warnings() {
		if strings.HasPrefix(w, "certs/psm-i.md: exam.pass_mark:") {
			after++
		}
	}
	base, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range base.Warnings() {
		for _, tierC := range []string{"S32", "S33", "S34"} {
			if strings.Contains(w, " from "+tierC+" ") {
				t.Errorf("a tier C figure is warned about: %s", w)
			}
		}
	}
	if after != 0 {
		t.Fatalf("a quoted tier-A figure still warns: %q", lib.Warnings())
	}
	noQuote := validFolder(t)
	stripQuotes(noQuote, "certs/psm-i.md")
	bare, err := Load(noQuote, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range bare.Warnings() {
		found = found || strings.HasPrefix(w, `certs/psm-i.md: exam.pass_mark: value "85%" from S31 (tier A, issuer) has no quote`)
	}
	if !found {
		t.Fatalf("a tier-A figure without a quote must warn: %q", bare.Warnings())
	}
}

// stripQuotes removes every quote from one certification file.
func stripQuotes(f fstest.MapFS, name string) {
	lines := strings.Split(string(f[name].Data), "\n")
	for i, l := range lines {
		if j := strings.Index(l, `, quote: "`); j >= 0 {
			k := strings.LastIndex(l, `"}`)
			lines[i] = l[:j] + l[k+1:]
		}
	}
	f[name].Data = []byte(strings.Join(lines, "\n"))
}

func TestCheckedFile(t *testing.T) {
	t.Parallel()
	id := "psm-i/exam.pass_mark/S31"
	folder := func(checked string) fstest.MapFS {
		f := validFolder(t)
		withQuote("85%")(f)
		if checked != "" {
			f[CheckedFile] = &fstest.MapFile{Data: []byte(checked)}
		}
		return f
	}
	if _, err := Load(folder(""), WithClock(testcheck.Today)); err != nil {
		t.Fatal(err)
	}
	data, err := RecordChecked(map[string]string{"psm-i/exam.questions/S31": "2026-11-01"}, []string{id}, []string{"psm-i/exam.questions/S31"}, "2026-11-20")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# Written by") || !strings.Contains(string(data), id+": \"2026-11-20\"") || strings.Contains(string(data), "exam.questions") {
		t.Fatalf("checked.yaml reads:\n%s", data)
	}
	// What the summary then says is page's test (TestACheckedQuoteIsDatedUnderSources).
	if _, err := Load(folder(string(data)), WithClock(testcheck.Today)); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, want string }{
		{id + ": \"2026-12-08\"\n", "2026-12-08 is after today (2026-12-07)"},
		{id + ": \"last week\"\n", `"last week" is not a day`},
		{"psm-i/exam.pass_mark/S99: \"2026-11-20\"\n", "psm-i/exam.pass_mark/S99 names no sourced figure"},
		{"psm-i/exam.questions/S31: \"2026-11-20\"\n", "psm-i/exam.questions/S31 has no quote"},
		{"- a list\n", "it must map figure IDs"},
	} {
		_, err := Load(folder(tt.file), WithClock(testcheck.Today))
		var verr *ValidationError
		if !errors.As(err, &verr) || !strings.Contains(err.Error(), "checked.yaml: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("checked.yaml %q: %v, want %q", tt.file, err, tt.want)
		}
	}
	if _, err := Load(folder(checkedHeader), WithClock(testcheck.Today)); err != nil {
		t.Fatalf("a checked.yaml with only its header: %v", err)
	}
}
