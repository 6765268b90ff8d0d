package sourcecheck

import (
	"strings"
	"testing"

	"certpath/internal/testcheck"
)

func TestReportText(t *testing.T) {
	t.Parallel()
	res := func(cert, name, id string, v Verdict, page, moved, problem string) Result {
		return Result{Cert: cert, Name: name, ID: id, Value: "$200", Source: "S31", URL: "https://www.scrum.org/professional-scrum-master-i-certification",
			Quote: "Fee: $200 USD per attempt, and a very long sentence that goes on past the edge of an eighty-column terminal", Verdict: v, PageNow: page, MovedTo: moved, Problem: problem,
			read: v == StillSays || v == Changed || v == Moved, answered: v != Unreachable}
	}
	rep := NewReport("2026-11-23", []Result{
		res("psm-i", "PSM I", "psm-i/exam_fee/S31", StillSays, "Fee: $200", "", ""),
		res("psm-i", "PSM I", "psm-i/retake_fee/S31", Changed, "", "", ""),
		res("csm", "CSM", "csm/renewal/S40", Moved, "", "https://www.scrumalliance.org/renew", "the new page does not hold the quote"),
		res("csm", "CSM", "csm/exam.questions/S38", Gone, "", "", "the site answered 404 Not Found"),
		res("pmp", "PMP", "pmp/renewal/S137", Unreachable, "", "", "no answer within 10s (the --timeout budget)"),
	}, Skipped{Unquoted: 1, Earlier: 2})
	text := rep.Text(80)
	testcheck.ContainsAll(t, "the report", text,
		"PSM I\n  changed      psm-i/retake_fee/S31: $200\n",
		"page now  no sentence on the page shares its words",
		"CSM\n  moved        csm/renewal/S40: $200\n",
		"moved to  https://www.scrumalliance.org/renew\n",
		"the new page does not hold the quote",
		"  gone         csm/exam.questions/S38: $200\n",
		"why       the site answered 404 Not Found",
		"why       no answer within 10s (the --timeout budget)",
		"All                     1       1     1    1           1\n",
		"4 of 5 quoted figures need a look: 1 changed, 1 moved, 1 gone, 1 unreachable.\n",
		"Read 1 page on 2026-11-23. 1 current figure has no quote and was not checked.",
	)
	if strings.Contains(text, "psm-i/exam_fee/S31") {
		t.Error("a figure that still says its quote is counted, not listed")
	}
	for _, l := range strings.Split(text, "\n") {
		if len([]rune(l)) > 80 && !strings.Contains(l, "https://") {
			t.Errorf("wider than 80 columns: %q", l)
		}
	}
	narrow := rep.Text(40)
	testcheck.ContainsAll(t, "the report at 40 columns", narrow, "\nPSM I: 1 still says, 1 changed\nCSM: 1 moved, 1 gone\nPMP: 1 unreachable\n")
	for _, l := range strings.Split(narrow, "\n") {
		if len([]rune(l)) > 40 && !strings.Contains(l, "https://") {
			t.Errorf("wider than 40 columns: %q", l)
		}
	}
	if rep.Sources != 1 {
		// Every result above cites S31's ID; one page was read.
		t.Errorf("sources = %d", rep.Sources)
	}
	none := NewReport("2026-11-23", []Result{res("pmp", "PMP", "pmp/renewal/S137", Unreachable, "", "", "could not be fetched")}, Skipped{})
	if none.Sources != 0 || !strings.Contains(none.Total(), "Read 0 pages") {
		t.Errorf("no page was read, yet the report says %q", none.Total())
	}
}
