package content

import (
	"strings"
	"testing"

	"certpath/internal/testcheck"
)

// A third party's page about [PMI] whose title names no PMI-ACP, cited for
// PMI-ACP's prerequisites (S103, a page about PMI-PBA in another language),
// gets a warning naming the source and the certification; the built-in
// content cites no such page.
func TestValidateWarnsOfATitleNotAboutItsCertification(t *testing.T) {
	t.Parallel()
	f := validFolder(t)
	edit("sources.yaml", "S1: {", `S103: {title: "KnowledgeMap: PMI certification process", url: "https://knowledgemap.pm/ru/certifications/pba/certification-process", tier: C, date: undated, checked: "2026-11-22", about: [PMI]}`+"\nS1: {")(f)
	edit("certs/pmi-acp.md", `    - {hours: 28, note: of agile training, source: S104}`, `    - {hours: 28, note: of agile training, source: S103}`)(f)
	lib, err := Load(f, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	testcheck.ContainsAll(t, "warnings", strings.Join(lib.Warnings(), "\n"),
		`certs/pmi-acp.md: cites S103 ("KnowledgeMap: PMI certification process") for PMI-ACP, but its title names neither PMI-ACP nor, as the issuer's own general page, PMI`)

	builtIn, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range builtIn.Warnings() {
		if strings.Contains(w, "certs/pmi-acp.md") && strings.Contains(w, "title names") {
			t.Errorf("PMI-ACP cites a page whose title is not about it: %s", w)
		}
	}
}

// An issuer's own page about all its certifications (tier A, about the
// issuer) may be cited for any of them; a title that names the
// certification by a phrase of its postings ("SAFe Agilist") names it.
func TestTitleNamesIssuerPagesAndPhrases(t *testing.T) {
	t.Parallel()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	sa, _ := lib.Cert("leading-safe")
	for _, tt := range []struct {
		src  Source
		want bool
	}{
		{Source{Title: "Scaled Agile: Certification basics", Tier: "A", About: []string{"Scaled Agile"}}, true},
		{Source{Title: "Some blog: Scaled Agile certification basics", Tier: "C", About: []string{"Scaled Agile"}}, false},
		{Source{Title: "Exam Study Guide (SAFe Agilist)", Tier: "A", About: []string{"leading-safe"}}, true},
		{Source{Title: "Exam Study Guide SA", Tier: "A", About: []string{"leading-safe"}}, false},
	} {
		if got := titleNames(tt.src, sa.Cert); got != tt.want {
			t.Errorf("titleNames(%q) = %v, want %v", tt.src.Title, got, tt.want)
		}
	}
}
