package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"certpath/internal/testcheck"
)

// validate catches classes of mistakes, not cases: each row breaks a copy of
// the embedded content in one way and names what validate must say.
func TestValidateCatchesClasses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		break_ func(fstest.MapFS)
		want   []string
	}{
		{"a source cited for a certification it is not about",
			edit("certs/pspo-i.md", `{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S31, as_of: undated}`),
			[]string{`certs/pspo-i.md: exam_fee: value "$200" cites S31, which is about psm-i, not pspo-i; cite a source about pspo-i, or add nearest:`}},
		{"nearest on a source that is about the certification itself",
			edit("certs/pspo-i.md", `{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S61, as_of: undated, nearest: "PSM I"}`),
			[]string{`is marked nearest: "PSM I", but S61 is about pspo-i itself`}},
		{"a value cites an ID missing from sources.yaml",
			edit("certs/pspo-i.md", `{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S999, as_of: undated}`),
			[]string{`certs/pspo-i.md: exam_fee: value "$200" cites source "S999", which is not in sources.yaml`}},
		{"the text cites an ID missing from sources.yaml",
			edit("certs/psm-i.md", `{value: "it does not expire", source: S32, as_of: undated}`, `{value: "it does not expire", source: S32, as_of: undated, note: "so says S998"}`),
			[]string{"certs/psm-i.md: the text cites S998, which is not in sources.yaml"}},
		{"a figure marked confirmed with only a tier C source",
			edit("certs/psm-i.md", `{value: "it does not expire", source: S32, as_of: undated}`, `{value: "it does not expire", source: S32, as_of: undated, note: "confirmed by Scrum.org"}`),
			[]string{`certs/psm-i.md: renewal: value "it does not expire" says it is confirmed, but its only source S32 is tier C`}},
		{"an excluded domain",
			edit("sources.yaml", `url: "https://obiikriationz.com/`, `url: "https://eatsip365.com/`),
			[]string{"sources.yaml: S61: url https://eatsip365.com/", "is on the excluded domain eatsip365.com"}},
		{"a source dated in the future",
			edit("sources.yaml", `date: "2024-01-24", checked: "2026-11-22"`, `date: "2027-01", checked: "2026-11-22"`),
			[]string{"sources.yaml: S83: date 2027-01 is after today (2026-12-07)"}},
		{"a source read in the future",
			edit("sources.yaml", `date: "2024-01-24", checked: "2026-11-22"`, `date: "2024-01-24", checked: "2026-12-08"`),
			[]string{"sources.yaml: S83: checked 2026-12-08 is after today (2026-12-07)"}},
		{"a value's source dated in the future",
			edit("certs/pspo-i.md", `{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S61, as_of: "2027"}`),
			[]string{`certs/pspo-i.md: exam_fee: value "$200" has as_of 2027, after today (2026-12-07)`}},
		{"more quoted figures of one page than sources check compares",
			edit("certs/psm-i.md", "course_required:\n", "course_required:\n"+strings.Repeat(`  - {value: "yes", source: S31, as_of: undated, note: "a variant", quote: "a quote about Scrum"}`+"\n", 100)),
			[]string{"certs/psm-i.md: 107 figures quote S31, more than the 100 quotes sources check compares with one page; keep quote: on at most 100 of them"}},
		{"a source that says nothing of what it is about",
			edit("sources.yaml", `tier: C, date: "2024-01-24", checked: "2026-11-22", about: [pmp]}`, `tier: C, date: "2024-01-24", checked: "2026-11-22"}`),
			[]string{"sources.yaml: S83: about is missing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblems(t, tt.break_, tt.want) })
	}
}

// A source nobody cites loads, with a warning; a value that says it is
// the nearest one found may cite a source about another certification.
func TestValidateWarnsAndAcceptsNearest(t *testing.T) {
	t.Parallel()
	f := validFolder(t)
	edit("sources.yaml", "S1: {", `S900: {title: "Nobody cites me", url: "https://example.org/page", tier: B, date: undated, checked: "2026-11-22", about: [popm]}`+"\nS1: {")(f)
	edit("certs/pspo-i.md", `{value: "$200", source: S61, as_of: undated}`, `{value: "$200", source: S31, as_of: undated, nearest: "PSM I's page"}`)(f)
	lib, err := Load(f, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	testcheck.ContainsAll(t, "warnings", strings.Join(lib.Warnings(), "\n"), "sources.yaml: S900 (Nobody cites me) is cited by nothing")
	// The page citing both sources is page's test (TestANearestValueCitesBothSources).
}
