package page

import (
	"strings"
	"testing"

	"certpath/catalog"
	"certpath/content"
	"certpath/internal/testcheck"
)

func TestCompareWhichFirstAndCost(t *testing.T) {
	lib := mustLoad(t)
	get := func(id string) content.Cert { c, _ := lib.Cert(catalog.CertID(id)); return c }
	for _, pair := range [][2]string{{"popm", "ssm"}, {"psm-i", "pspo-i"}, {"ssm", "csm"}, {"leading-safe", "popm"}, {"leading-safe", "ssm"}} {
		doc := Compare(lib, get(pair[0]), get(pair[1]))
		if !strings.Contains(doc, "\n**Which first:** ") {
			t.Errorf("compare %s %s has no Which first row", pair[0], pair[1])
		}
		checkSourcesListed(t, pair[0]+" vs "+pair[1], doc)
	}
	testcheck.ContainsAll(t, "compare", Compare(lib, get("psm-i"), get("csm")),
		"| **Course** | not required | required, 16 hours |",
		"| **Exam** | 80 questions, 60 minutes, pass mark 85% | 50 questions, 60 minutes, pass mark 74% |",
		"| **Renewal** | it does not expire† |",
		"| **Three-year cost** | exam $200 | renewals $100 (1 due), course price not published |",
		"\n"+content.Mark+" not confirmed: why is on each certification's page.\n",
		"| **Next step** | Professional Scrum Master II (PSM II) | Advanced Certified ScrumMaster (A-CSM) |",
	)
}
