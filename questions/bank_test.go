package questions

import (
	"certpath/catalog"
	"certpath/postings"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

func TestDefaultBankIsValid(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if n := len(b.Questions); n < 12 {
		t.Fatalf("the bank has %d questions; the quiz needs both sections covered", n)
	}
	sections := map[Section]int{}
	kinds := map[string]int{}
	for _, q := range b.Questions {
		sections[q.Section]++
		kinds[q.Kind.Name()]++
	}
	for _, s := range []Section{SectionPostings, SectionWeek} {
		if sections[s] == 0 {
			t.Errorf("no question in section %q", s)
		}
	}
	for _, k := range Kinds() {
		if kinds[k.Name()] == 0 {
			t.Errorf("no question of kind %q", k.Name())
		}
	}
}

func TestEveryProfileCanBeReached(t *testing.T) {
	t.Parallel()
	reach := map[catalog.ProfileID]float64{}
	for _, q := range defaultBank().Questions {
		for p, w := range q.Effect.Profiles {
			reach[p] += w
		}
		for _, o := range q.Options {
			for p, w := range o.Profiles {
				reach[p] += w
			}
		}
	}
	for _, p := range catalog.Profiles() {
		if reach[p.ID] <= 0 {
			t.Errorf("no answer adds to %s", p.ID)
		}
	}
}

func TestValidateRejectsBrokenBanks(t *testing.T) {
	t.Parallel()
	ok := Question{ID: "a", Kind: SingleChoice{}, Options: []Option{{ID: "x"}, {ID: "y"}}}
	tests := []struct {
		name string
		qs   []Question
		want string
	}{
		{"duplicate question", []Question{ok, ok}, "duplicate ID"},
		{"no kind", []Question{{ID: "b", Options: ok.Options}}, "no kind"},
		{"unknown certification", []Question{{ID: "b", Kind: SingleChoice{}, Options: []Option{{ID: "x", Cert: "psm-iv"}, {ID: "y"}}}}, `names certification "psm-iv"`},
		{"too few options", []Question{{ID: "b", Kind: MultiChoice{}, Options: []Option{{ID: "x"}}}}, "at least two options"},
		{"scale with options", []Question{{ID: "b", Kind: Frequency{}, Options: ok.Options}}, "takes no options"},
		{"duplicate option", []Question{{ID: "b", Kind: SingleChoice{}, Options: []Option{{ID: "x"}, {ID: "x"}}}}, "duplicate option"},
		{"unknown profile", []Question{{ID: "b", Kind: SingleChoice{}, Options: []Option{{ID: "x", Effect: eff(pw{"wizard": 1}, nil)}, {ID: "y"}}}}, `unknown profile "wizard"`},
		{"unknown framework", []Question{{ID: "b", Kind: Frequency{}, Effect: eff(nil, fw{"less": 1})}}, `unknown framework "less"`},
		{"unknown trait", []Question{{ID: "b", Kind: SingleChoice{}, Options: []Option{{ID: "x", Traits: traits("juggles")}, {ID: "y"}}}}, `trait "juggles" is not one of`},
		{"unknown trait threshold", []Question{{ID: "b", Kind: Frequency{}, Thresholds: map[catalog.Trait]int{"juggles": 3}}}, `trait "juggles" is not one of`},
		{"unknown certification in a group", []Question{{ID: "b", Kind: MultiChoice{}, Options: []Option{{ID: "x", Certs: []catalog.CertID{"psm-i", "psm-iv"}}, {ID: "y"}}}}, `names certification "psm-iv"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Bank{Questions: tt.qs, Catalog: defaultBank().Catalog}.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestCheckAnswers(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	q := func(id string) Question { x, _ := b.Question(id); return x }
	tests := []struct {
		name string
		q    Question
		a    Answer
		want string // "" means valid
	}{
		{"single ok", q(QOrgSAFe), Answer{Choice: "yes"}, ""},
		{"single unknown", q(QOrgSAFe), Answer{Choice: "maybe"}, `"maybe" is not an option`},
		{"multi ok", q(QPostingFocus), Answer{Choices: []string{"backlog", "roadmap"}}, ""},
		{"multi twice", q(QPostingFocus), Answer{Choices: []string{"backlog", "backlog"}}, "chosen twice"},
		{"none with others", q(QHeldCerts), Answer{Choices: []string{"none", "csm"}}, "cannot be combined"},
		{"scale ok", q(QTeamEvents), Answer{Level: 5}, ""},
		{"scale out of range", q(QTeamEvents), Answer{Level: 6}, "out of range"},
		{"allocation ok", q(QWeekTime), Answer{Allocation: map[string]int{"backlog": 60, "delivery": 40}}, ""},
		{"allocation short", q(QWeekTime), Answer{Allocation: map[string]int{"backlog": 60}}, "add up to 60%"},
		{"allocation unknown", q(QWeekTime), Answer{Allocation: map[string]int{"golf": 100}}, `"golf" is not an activity`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Check(tt.a)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Check() = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Check() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestPostingsOptionsFollowTheCatalogue: the postings question offers
// what the catalogue gives it, so a catalogue without a certification has no
// option for it and still makes a valid bank, and options shared by several
// certifications name each of them.
func TestPostingsOptionsFollowTheCatalogue(t *testing.T) {
	t.Parallel()
	var certs []catalog.Cert
	for _, c := range defaultBank().Catalog.Certs() {
		if c.ID != catalog.RTE {
			certs = append(certs, c)
		}
	}
	b := DefaultBank(catalog.New(certs))
	if err := b.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	q, _ := b.Question(QPostingCerts)
	if _, ok := q.Option("rte"); ok {
		t.Fatal("the postings question offers rte, which the catalogue lacks")
	}
	full, _ := defaultBank().Question(QPostingCerts)
	if o, ok := full.Option("rte"); !ok || o.Cert != catalog.RTE {
		t.Fatalf("the full catalogue's rte option = %+v, %v", o, ok)
	}
	o, ok := full.Option("psm_csm")
	if !ok || !slices.Equal(o.Certs, []catalog.CertID{catalog.PSMI, catalog.CSM}) || o.Label != "PSM or CSM" {
		t.Fatalf("psm_csm = %+v, %v; want PSM I and CSM under one label", o, ok)
	}
	if last := full.Options[len(full.Options)-1]; last.ID != "none" || !last.Exclusive {
		t.Fatalf("the last option is %+v, want none", last)
	}
}

// The coaching option is content's (outside.yaml), not the bank's: it
// keeps the ID, label, weight and trait answers files and the planner know,
// and stands for the three certifications it names, which a reading of the
// answers reports with the answer's label; "PMP or PRINCE2" stands for
// PRINCE2 as well as PMP.
func TestPostingsOptionsNameCertificationsOutsideTheCatalogue(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	q, _ := b.Question(QPostingCerts)
	o, ok := q.Option("coaching_cert")
	if !ok || o.Label != "A coaching certification (ICP-ACC, CEC, CTC)" || o.Profiles[catalog.AgileCoach] != 2.5 ||
		!slices.Equal(o.Traits, []catalog.Trait{catalog.TraitPostingsCoachingCert}) || !slices.Equal(o.Outside, []catalog.OutsideID{"icp-acc", "cec", "ctc"}) {
		t.Fatalf("coaching_cert = %+v, %v", o, ok)
	}
	if pmp, _ := q.Option("pmp"); pmp.Cert != catalog.PMP || !slices.Equal(pmp.Outside, []catalog.OutsideID{"prince2"}) {
		t.Fatalf("pmp = %+v", pmp)
	}
	if q.Options[len(q.Options)-2].ID != "coaching_cert" {
		t.Errorf("the coaching option is not just before none: %v", q.OptionIDs())
	}
	example, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old := strings.Replace(string(example), "postings.certs: [popm]", "postings.certs: [coaching_cert, pmp]", 1)
	a, err := ParseAnswers(b, []byte(old))
	if err != nil || old == string(example) {
		t.Fatalf("an answers file naming coaching_cert no longer parses: %v", err)
	}
	r := b.Read(a)
	want := map[catalog.OutsideID]string{"icp-acc": o.Label, "cec": o.Label, "ctc": o.Label, "prince2": "PMP or PRINCE2"}
	if !maps.Equal(r.Outside, want) || !r.Named[catalog.PMP] || !r.Shows(catalog.TraitPostingsCoachingCert) {
		t.Fatalf("reading %+v, want outside %v", r, want)
	}
}

// TestEveryKindRoundTrips checks that each kind, on a question of its own,
// encodes an answer it accepts into an answers file and decodes it back.
func TestEveryKindRoundTrips(t *testing.T) {
	t.Parallel()
	b := defaultBank()
	seen := map[string]bool{}
	for _, q := range b.Questions {
		if seen[q.Kind.Name()] {
			continue
		}
		seen[q.Kind.Name()] = true
		a := sampleAnswer(q)
		if err := q.Check(a); err != nil {
			t.Fatalf("%s: the sample answer does not fit: %v", q.ID, err)
		}
		data, err := MarshalAnswers(Bank{Questions: []Question{q}, Catalog: b.Catalog}, Answers{q.ID: a})
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := ParseAnswersLenient(Bank{Questions: []Question{q}, Catalog: b.Catalog}, data)
		if err != nil || q.Describe(back[q.ID]) != q.Describe(a) {
			t.Errorf("%s (%s): %q read back as %q (%v)", q.ID, q.Kind.Name(), q.Describe(a), q.Describe(back[q.ID]), err)
		}
	}
	for _, k := range Kinds() {
		if !seen[k.Name()] {
			t.Errorf("kind %s has no question in the default bank, so nothing exercises it", k.Name())
		}
	}
}

// sampleAnswer is an answer that fits q, built from its kind's choices.
func sampleAnswer(q Question) Answer {
	choices := q.Kind.Choices(q)
	switch q.Kind.(type) {
	case MultiChoice:
		return Answer{Choices: []string{choices[0].ID}}
	case Frequency:
		return Answer{Level: 2}
	case Allocation:
		return Answer{Allocation: map[string]int{choices[0].ID: 100}}
	case Postings:
		return Answer{Postings: []postings.Text{{Name: "a.txt", Text: "Facilitate sprint planning and retrospectives."}}}
	}
	return Answer{Choice: choices[0].ID}
}

// The postings question's title covers files and links, not only pastes: it
// is what the full results name the analyzer's findings after.
func TestPostingsTitleCoversEveryWayToGiveThem(t *testing.T) {
	t.Parallel()
	q, _ := defaultBank().Question(QPostingsText)
	if strings.Contains(strings.ToLower(q.Title), "pasted") {
		t.Fatalf("title %q speaks of pastes only", q.Title)
	}
}

// TestContentPhrasesNameTheirCertifications: the postings question's
// analyzer is built from the catalogue, so each certification's phrases in
// its content file name it in a posting (PSM II not also as PSM I).
func TestContentPhrasesNameTheirCertifications(t *testing.T) {
	t.Parallel()
	q, _ := defaultBank().Question(QPostingsText)
	k, ok := q.Kind.(Postings)
	if !ok {
		t.Fatalf("%s is not a postings question", QPostingsText)
	}
	r := k.Analyzer().Analyze("", "Requirements: SAFe POPM or SSM; PSM II, A-CSM, Certified ScrumMaster, PMP and PMI-ACP welcome. PSPO-I a plus. PAL helps.")
	for _, id := range []catalog.CertID{catalog.POPM, catalog.SSM, catalog.PSMII, catalog.ACSM, catalog.CSM, catalog.PMP, catalog.PMIACP, catalog.PSPOI, catalog.PALI} {
		if !slices.Contains(r.CertsNamed, id) {
			t.Errorf("%s not recognised; got %v", id, r.CertsNamed)
		}
	}
	if slices.Contains(r.CertsNamed, catalog.PSMI) {
		t.Errorf("PSM II must not also count as PSM I: %v", r.CertsNamed)
	}
}
