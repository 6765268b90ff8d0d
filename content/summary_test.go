package content

import (
	"certpath/catalog"
	"certpath/internal/testcheck"
	"io/fs"
	"strings"
	"testing"
	"time"
)

func mustLoad(t *testing.T) *Library {
	t.Helper()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	lib.SetClock(func() time.Time { return time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC) })
	return lib
}

func TestNormalize(t *testing.T) {
	same := [][2]string{
		{"2 days", "16 hours"}, {"3 days", "24 hours"}, {"usually 2 days", "16 hours (2 days)"},
		{"80%", "36 of 45"}, {"73% (33 of 45)", "73%"}, {"$200", "$200, the price of a new attempt"},
		{"$1,000", "$1000"}, {"45", "45 questions"},
	}
	for _, p := range same {
		if Normalize(p[0], 45) != Normalize(p[1], 45) {
			t.Errorf("%q and %q should say the same: %q vs %q", p[0], p[1], Normalize(p[0], 45), Normalize(p[1], 45))
		}
	}
	different := [][2]string{{"73%", "80%"}, {"$555", "$675"}, {"2 days", "3 days"}, {"36 of 60", "80%"}}
	for _, p := range different {
		if Normalize(p[0], 45) == Normalize(p[1], 45) {
			t.Errorf("%q and %q should differ", p[0], p[1])
		}
	}
}

func TestHumanDateNeverBreaks(t *testing.T) {
	for in, want := range map[string]string{"2026-11-22": "22\u00a0Nov\u00a02026", "2024-02": "Feb\u00a02024", "2026": "2026"} {
		if got := HumanDate(in); got != want {
			t.Errorf("HumanDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestThreeYearCost(t *testing.T) {
	lib := mustLoad(t)
	get := func(id string) Cert { c, _ := lib.Cert(catalogID(id)); return c }
	if got := lib.Cost(get("psm-i")).Words(nil); got != "$200 exam" {
		t.Errorf("PSM I: %s", got)
	}
	// Two Scrum Alliance certifications renew for one fee: the higher one.
	path := lib.PathCost([]Cert{get("csm"), get("a-csm")})
	renewals := 0
	for _, p := range path.Parts {
		if strings.HasSuffix(p.What, "renewals") {
			renewals += p.Amount
		}
	}
	if renewals != 175 {
		t.Errorf("CSM and A-CSM renew for one $175 fee, got $%d in %+v", renewals, path.Parts)
	}
	// Parts not confirmed are listed apart, never counted.
	if popm := lib.Cost(get("popm")); len(popm.Apart()) != 2 || popm.ConfirmedUSD != 0 {
		t.Errorf("POPM's course price and renewal fee are tier C only: both must be listed apart, none counted: %+v", popm)
	}
}

func TestExcludedDomainsAreNotInTheContent(t *testing.T) {
	err := fs.WalkDir(Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := fs.ReadFile(Embedded(), path)
		for _, bad := range catalog.ExcludedDomains() {
			if strings.Contains(string(data), bad) {
				t.Errorf("%s mentions the excluded domain %s", path, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func catalogID(id string) catalog.CertID { return catalog.CertID(id) }

// An official page that is not the certification's own is not listed as if
// it were: the Sources line says it is the nearest one.
func TestSourcesSayWhenAPageIsOnlyTheNearest(t *testing.T) {
	lib := mustLoad(t)
	for _, c := range lib.Certs() {
		got := lib.SourcesMarkdown(&Cites{}, c)
		nearest := strings.Contains(got, "["+c.Short+"] "+c.Issuer+"'s nearest page")
		if nearest != (c.OfficialNote != "") {
			t.Errorf("%s (official note %q): %s", c.ID, c.OfficialNote, got)
		}
	}
}

// The two Scrum Alliance tracks have one fee structure (S40, S130): CSP-PO
// renews at the Professional level like CSP-SM, so A-CSPO then CSP-PO costs
// what A-CSM then CSP-SM does, and CSP-PO's prerequisites say what is not
// known about its months of Product Owner work rather than leave them out.
func TestProductOwnerTrackCostsWhatTheScrumMasterTrackDoes(t *testing.T) {
	lib := mustLoad(t)
	get := func(id string) Cert { c, _ := lib.Cert(catalogID(id)); return c }
	po, sm := lib.PathCost([]Cert{get("a-cspo"), get("csp-po")}), lib.PathCost([]Cert{get("a-csm"), get("csp-sm")})
	if po.ConfirmedUSD != sm.ConfirmedUSD || len(po.Apart()) != len(sm.Apart()) {
		t.Errorf("A-CSPO, CSP-PO: %s; A-CSM, CSP-SM: %s", po.Words(nil), sm.Words(nil))
	}
	if a, b := lib.Brief(get("csp-po").RenewalFee, 0), lib.Brief(get("csp-sm").RenewalFee, 0); a != b {
		t.Errorf("CSP-PO renews for %q, CSP-SM for %q", a, b)
	}
	pre := lib.Marked(get("csp-po").Prerequisites, &Cites{}, false)
	if !strings.Contains(pre, "months of Product Owner work") || !strings.Contains(pre, "not confirmed") {
		t.Errorf("CSP-PO prerequisites: %s", pre)
	}
}

// A page that is the official page of two certifications gets the same kind
// of label under each: Scrum Alliance's article on earning the A-CSM or
// A-CSPO was "own page" under A-CSM and "nearest page" under A-CSPO.
func TestASharedOfficialPageIsLabelledAlike(t *testing.T) {
	lib := mustLoad(t)
	certs := lib.Certs()
	shared := 0
	for i, a := range certs {
		for _, b := range certs[i+1:] {
			if a.OfficialPage != b.OfficialPage {
				continue
			}
			shared++
			la, lb := lib.SourcesMarkdown(&Cites{}, a), lib.SourcesMarkdown(&Cites{}, b)
			if strings.Contains(la, "own page") != strings.Contains(lb, "own page") {
				t.Errorf("%s and %s share %s but are labelled\n%s\n%s", a.ID, b.ID, a.OfficialPage, la, lb)
			}
			if strings.Contains(la, "own page") && !strings.Contains(la, "covers "+b.Short+" too") {
				t.Errorf("%s's own page is %s's too, yet: %s", a.ID, b.ID, la)
			}
		}
	}
	if shared == 0 {
		t.Fatal("no two certifications share an official page; the test checks nothing")
	}
}

// A figure the fact sheet does not confirm is neither counted nor read as
// fact though its source is tier B: PMI-ACP's $435 / $495 (S145) are not
// confirmed by PMI and may be outdated. Where such a pair is confirmed, the
// amount counted says whose price it is.
func TestAFigureContentDoesNotConfirmIsNotCounted(t *testing.T) {
	lib := mustLoad(t)
	acp, _ := lib.Cert(catalogID("pmi-acp"))
	for _, p := range lib.Cost(acp).Parts {
		if p.What == "exam" && (p.Known || p.State != PriceNotConfirmed || !strings.HasPrefix(p.Why, "PMI's fee page was not found")) {
			t.Errorf("PMI-ACP's exam fee counted: %+v", p)
		}
	}
	if m := lib.Marked(acp.ExamFee, &Cites{}, true); strings.Count(m, ", not confirmed (PMI's fee page was not found") != 2 {
		t.Errorf("PMI-ACP's exam fees read as fact: %s", m)
	}
	f := validFolder(t)
	for range 2 {
		edit("certs/pmi-acp.md", `, not_confirmed: "PMI's fee page was not found, and the trainer's page is undated and may be outdated"`, "")(f)
	}
	confirmed, err := Load(f, WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	acp, _ = confirmed.Cert(catalogID("pmi-acp"))
	for _, p := range confirmed.Cost(acp).Parts {
		if p.What == "exam" && (!p.Known || !strings.HasPrefix(p.String(&Cites{}), "exam for non-members: $495 [S145]")) {
			t.Errorf("a confirmed non-member fee: %s", p.String(&Cites{}))
		}
	}
}

// Content cites only sources the research fact sheet lists, S1 to S149 and,
// from its December 2026 update, S151 (/work/shared/facts/certifications.md,
// section 8); a page it does not list has no tier the research gave it.
// S150 (a trainer's PSM course page) was added outside it.
func TestEverySourceIsOnTheFactSheet(t *testing.T) {
	const lastOnFactSheet = 151
	lib := mustLoad(t)
	for id := range lib.sources {
		if n := sourceOrder(id); n > lastOnFactSheet {
			t.Errorf("%s is not on the fact sheet (it ends at S%d)", id, lastOnFactSheet)
		}
	}
}
