package catalog

import (
	"slices"
	"strings"
	"testing"
)

func TestFullNameAddsTheShortNameOnce(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		c    Cert
		want string
	}{
		{Cert{Name: "Certified ScrumMaster", Short: "CSM"}, "Certified ScrumMaster (CSM)"},
		{Cert{Name: "Leading SAFe (SAFe Agilist)", Short: "Leading SAFe"}, "Leading SAFe (SAFe Agilist)"},
		{Cert{Name: "Something"}, "Something"},
	} {
		if got := tt.c.FullName(); got != tt.want {
			t.Errorf("FullName() = %q, want %q", got, tt.want)
		}
	}
}

func TestCatalogOrderNextAndProfiles(t *testing.T) {
	t.Parallel()
	cat := New([]Cert{
		{ID: PSMII, Name: "PSM II", Order: 2, Profiles: []ProfileID{ScrumMaster, AgileCoach}},
		{ID: PSMI, Name: "PSM I", Order: 1, LeadsTo: []CertID{PSMII}, Profiles: []ProfileID{ScrumMaster}},
	})
	var ids []CertID
	for _, c := range cat.Certs() {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []CertID{PSMI, PSMII}) {
		t.Fatalf("order = %v", ids)
	}
	if next, ok := cat.Next(PSMI); !ok || next != PSMII {
		t.Fatalf("Next(psm-i) = %v, %v", next, ok)
	}
	if _, ok := cat.Next(PSMII); ok {
		t.Fatal("psm-ii leads nowhere here")
	}
	if got := cat.ForProfile(AgileCoach); !slices.Equal(got, []CertID{PSMII}) {
		t.Fatalf("ForProfile(agile-coach) = %v", got)
	}
	if cat.Name("nope") != "nope" {
		t.Fatal("an unknown ID names itself")
	}
	err := cat.Require("the rules", PSMI, RTE, RTE)
	if err == nil || !strings.Contains(err.Error(), "the rules name certifications the content does not have: rte;") {
		t.Fatalf("Require = %v", err)
	}
}

func TestExcludedDomainsAreRead(t *testing.T) {
	t.Parallel()
	got := ExcludedDomains()
	if len(got) < 10 {
		t.Fatalf("only %d excluded domains read: %v", len(got), got)
	}
	for _, d := range got {
		if !strings.Contains(d, ".") || strings.ContainsAny(d, " #\"") || d != strings.ToLower(d) {
			t.Errorf("%q is not a domain", d)
		}
	}
}

func TestTrackNames(t *testing.T) {
	t.Parallel()
	for name, want := range map[Track]bool{"scrum-master": true, "safe-rte": true, "pmi2": true, "": false, "Scrum": false, "scrum--master": false, "-x": false, "x-": false, "scrum master": false} {
		if got := trackName(name); got != want {
			t.Errorf("trackName(%q) = %v, want %v", name, got, want)
		}
	}
}
