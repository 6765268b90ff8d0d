package content

import (
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Library {
	t.Helper()
	lib, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestPOPMSummaryShowsDisputedPassMarks(t *testing.T) {
	lib := mustLoad(t)
	c, _ := lib.Cert("popm")
	doc := lib.Summary(c)
	containsAll(t, "POPM summary", doc,
		"**Exam questions:** 45 (sources agree: [S5] version 5.1, undated source, issuer; [S36] version 6.0, undated source, third party)",
		"**Exam minutes:** 90 (sources agree:",
		"**Pass mark** (sources disagree, all values shown)",
		"73% (33 of 45) (version 5.1, undated source, issuer) [S5]",
		"80% (36 of 45) (version 6.0, undated source, third party) [S36]",
		"80% (as of 2026-06, third party) [SEED]",
		"77% (undated source, third party, version not stated) [S42]",
		"**Verify before you register.** Figures change and sources disagree: check Scaled Agile's page, https://support.scaledagile.com/",
		"[S5] Scaled Agile support: Exam Study Guide POPM (5.1) (issuer, undated): https://",
	)
}

func TestEverySummaryCitesEveryValue(t *testing.T) {
	lib := mustLoad(t)
	if n := len(lib.Certs()); n != 19 {
		t.Fatalf("%d certifications loaded, want 19", n)
	}
	for _, c := range lib.Certs() {
		doc := lib.Summary(c)
		for _, line := range strings.Split(doc, "\n") {
			isFact := strings.HasPrefix(line, "- **") && strings.Contains(line, ":** ")
			isSubFact := strings.HasPrefix(line, "  - ")
			if !isFact && !isSubFact {
				continue
			}
			dated := strings.Contains(line, "as of ") || strings.Contains(line, "undated source")
			cited := dated && strings.Contains(line, "[S")
			if !cited && !strings.Contains(line, "unknown: ") && !strings.HasSuffix(line, "all values shown):") {
				t.Errorf("%s: a fact without date and source: %q", c.ID, line)
			}
		}
		if !strings.Contains(doc, "Verify before you register") || !strings.Contains(doc, "## Sources") {
			t.Errorf("%s: the summary must end with its sources and tell the reader to verify", c.ID)
		}
	}
}

func TestCompareTable(t *testing.T) {
	lib := mustLoad(t)
	a, _ := lib.Cert("psm-i")
	b, _ := lib.Cert("csm")
	doc := lib.Compare(a, b)
	containsAll(t, "compare", doc,
		"| | PSM I | CSM |",
		"| **Exam** | 80 questions, 60 minutes, pass: 85% | 50 questions, 60 minutes, pass: 74% (37 of 50) |",
		"| **Primary outcome** |",
		"| **Typical artifacts** |",
		"| **Events it leans on** |",
		"| **Renewal** | none: the certification does not expire; none |",
		"| **Next step** | Professional Scrum Master II (PSM II) | Advanced Certified ScrumMaster (A-CSM) |",
	)
	p, _ := lib.Cert("popm")
	if !strings.Contains(lib.Compare(p, b), "73% (33 of 45) / 80% (36 of 45) / 77% (sources disagree)") {
		t.Error("a disputed figure must show every value in the comparison")
	}
}

func TestSameFigureInOtherWordsIsNotADispute(t *testing.T) {
	lib := mustLoad(t)
	ssm, _ := lib.Cert("ssm")
	if ssm.Exam.PassMark.Disputed() {
		t.Fatal("73% and 73% (33 of 45) say the same thing")
	}
	if got := ssm.Exam.PassMark.Dated(); got != "73% [S3, undated; S10, undated]" {
		t.Fatalf("Dated() = %q", got)
	}
	popm, _ := lib.Cert("popm")
	if !popm.Exam.PassMark.Disputed() {
		t.Fatal("73%, 80% and 77% are a dispute")
	}
}

// containsAll reports every wanted piece a document lacks, then the document.
func containsAll(t *testing.T, what, doc string, wants ...string) {
	t.Helper()
	missing := false
	for _, want := range wants {
		if !strings.Contains(doc, want) {
			t.Errorf("%s lacks %q", what, want)
			missing = true
		}
	}
	if missing {
		t.Logf("%s:\n%s", what, doc)
	}
}
