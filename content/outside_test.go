package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"certpath/catalog"
	"certpath/internal/testcheck"
)

// editOutside changes one entry of outside.yaml the way a person would,
// the file read and written back with the YAML library.
func editOutside(t *testing.T, id catalog.OutsideID, change func(*catalog.Outside)) func(fstest.MapFS) {
	t.Helper()
	return func(f fstest.MapFS) {
		var list []catalog.Outside
		if err := yaml.Unmarshal(f[OutsideFile].Data, &list); err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(list, func(x catalog.Outside) bool { return x.ID == id })
		if i < 0 {
			t.Fatalf("outside.yaml has no %s", id)
		}
		change(&list[i])
		data, err := yaml.Marshal(list)
		if err != nil {
			t.Fatal(err)
		}
		f[OutsideFile].Data = data
	}
}

func TestOutsideEntriesLoad(t *testing.T) {
	t.Parallel()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	cat := lib.Catalog()
	for _, id := range []catalog.OutsideID{"capm", "kmp", "icp", "icp-acc", "icp-atf", "ice-ac", "psd", "psk", "prince2", "cec", "ctc"} {
		x, ok := cat.LookupOutside(id)
		if !ok || x.Name == "" || x.Issuer == "" || x.Line == "" {
			t.Errorf("%s: %+v", id, x)
		}
	}
	capm, _ := cat.LookupOutside("capm")
	if src, ok := lib.Source(capm.Source); !ok || !strings.Contains(capm.Line, "35 hours") || src.Tier != "C" || !strings.Contains(capm.Line, "not confirmed") {
		t.Errorf("CAPM's line states PMP's 35 hours from %s (%+v), and says a tier C source leaves it not confirmed: %q", capm.Source, src, capm.Line)
	}
}

func TestLoadReportsBrokenOutsideEntries(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		break_ func(fstest.MapFS)
		want   []string
	}{
		{"no name", editOutside(t, "kmp", func(x *catalog.Outside) { x.Name = "" }), []string{"outside.yaml: entry 3 (kmp): name is missing"}},
		{"duplicate ID", editOutside(t, "psk", func(x *catalog.Outside) { x.ID = "psd" }), []string{`(psd): id "psd" is used twice`}},
		{"a certification's ID", editOutside(t, "cec", func(x *catalog.Outside) { x.ID = "csm" }), []string{`id "csm" is a certification of the catalogue`}},
		{"a tier C fact said as confirmed", editOutside(t, "capm", func(x *catalog.Outside) {
			x.Line = "PMI's entry-level credential; an active CAPM counts as PMP's 35 hours."
		}), []string{"outside.yaml: capm: the line rests on S82, a tier C source"}},
		{"a figure without a source", editOutside(t, "psk", func(x *catalog.Outside) { x.Line = "Scrum.org's Kanban exam; it costs $200." }),
			[]string{"outside.yaml: psk: the line states a figure (200)"}},
		{"a phrase that names a certification", editOutside(t, "psd", func(x *catalog.Outside) { x.Postings.Phrases = append(x.Postings.Phrases, "PSPO") }),
			[]string{`the phrase "PSPO" already names certs/`}},
		{"nothing names it", editOutside(t, "kmp", func(x *catalog.Outside) { x.Postings = catalog.InPostings{} }),
			[]string{"(kmp): postings has no phrase, exact phrase or option"}},
		{"the coaching option without its label", editOutside(t, "icp-acc", func(x *catalog.Outside) { x.Postings.Option.Label = "" }),
			[]string{`outside.yaml: icp-acc: postings: option "coaching_cert" has no label`}},
		{"an unknown source", editOutside(t, "ctc", func(x *catalog.Outside) { x.Source = "S999" }), []string{`outside.yaml: ctc: source "S999" is not in sources.yaml`}},
		{"the file missing", func(f fstest.MapFS) { delete(f, OutsideFile) }, []string{"outside.yaml: ", "copy it from the built-in content"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblems(t, tt.break_, tt.want) })
	}
}
