package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"certpath/content"
	"certpath/internal/testbank"
	"certpath/planner"
	"certpath/report"
)

// costPart is one part of a three-year cost as JSON carries it.
type costPart struct {
	What    string `json:"what"`
	State   string `json:"state"`
	Why     string `json:"why"`
	Figures []struct {
		Value   string   `json:"value"`
		Amount  int      `json:"amount_usd"`
		Tier    string   `json:"tier"`
		Sources []string `json:"sources"`
	} `json:"figures"`
}

// stateWords is what each JSON state reads as on every page; a confirmed
// amount is its figure alone.
var stateWords = map[string]string{
	"confirmed": "", "not_confirmed": "not confirmed", "sources_disagree": "sources disagree", "not_published": "not published",
}

// money reports a part that costs or may cost something: the headline
// names it; a confirmed or unconfirmed $0 is only in the details.
func (p costPart) money() bool {
	return p.State == "not_published" || p.State == "sources_disagree" || len(p.Figures) > 0 && p.Figures[0].Amount > 0
}

// Every part of every certification's three-year cost reads the same state
// in JSON (certs show), on the summary page (its cost lines) and in the
// headline (the path step's cost), and an unconfirmed figure is shown with
// its amount and its tier wherever its state is.
func TestEveryViewSaysTheSameCostState(t *testing.T) {
	t.Parallel()
	lib := testbank.Library()
	states := map[string]bool{}
	for _, c := range lib.Certs() {
		id := string(c.ID)
		parts := showCost(t, id)
		md, err := execute(t, "certs", "show", id, "--format", "markdown")
		if err != nil {
			t.Fatal(err)
		}
		headline := report.Timeline(lib, []planner.Step{{Position: 1, Cert: c.ID, Kind: planner.KindCore}})[0].Cost
		for _, p := range parts {
			states[p.State] = true
			checkCostPart(t, id, p, headline, costLine(md, p.What), md)
		}
	}
	for s := range stateWords {
		if !states[s] {
			t.Errorf("no cost part is %s: the test checks less than it says", s)
		}
	}
}

// checkCostPart fails where one part of a certification's cost reads
// another state in the summary's line or the headline than in JSON, or an
// unconfirmed figure is shown without its amount, its tier or its reason (the page says each reason once).
func checkCostPart(t *testing.T, id string, p costPart, headline, line, page string) {
	t.Helper()
	said, ok := stateWords[p.State]
	if !ok {
		t.Errorf("%s %s: JSON state %q is none of %v", id, p.What, p.State, stateWords)
		return
	}
	if !strings.Contains(line, said) && (p.State != "not_confirmed" || !strings.Contains(line, content.Mark)) {
		t.Errorf("%s %s is %s in JSON, yet the summary says %q", id, p.What, p.State, line)
	}
	if p.money() && !strings.Contains(headline, said) {
		t.Errorf("%s %s is %s in JSON, yet the headline says %q", id, p.What, p.State, headline)
	}
	if p.State != "not_confirmed" && p.State != "sources_disagree" {
		return
	}
	for _, f := range p.Figures {
		amount := fmt.Sprintf("$%d", f.Amount)
		if f.Amount > 0 && (!strings.Contains(headline, amount) || !strings.Contains(line, amount)) {
			t.Errorf("%s %s: %s is %s; headline %q, summary %q", id, p.What, amount, p.State, headline, line)
		}
		// Tier C is the reason; a tier A or B figure says why it is not
		// confirmed, its tier under Sources.
		if p.State == "not_confirmed" && ((f.Tier == "C") != strings.Contains(line, "tier C") || f.Tier != "C" && !saysWhy(page, p.Why)) {
			t.Errorf("%s %s: tier %s (%s), yet the summary says %q", id, p.What, f.Tier, p.Why, line)
		}
	}
}

// saysWhy reports whether a page's Facts give every part of a reason
// ("a; b"): a page says each part once, at the first figure it holds for.
func saysWhy(page, why string) bool {
	_, facts, _ := strings.Cut(page, "## Facts")
	for _, part := range strings.Split(why, "; ") {
		if !strings.Contains(facts, part) {
			return false
		}
	}
	return true
}

// showCost is a certification's three-year cost as certs show prints it in
// JSON.
func showCost(t *testing.T, id string) []costPart {
	t.Helper()
	out, err := execute(t, "certs", "show", id, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Cost struct{ Parts []costPart } `json:"three_year_cost"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	return v.Cost.Parts
}

// factNames are the Facts entries of a certs show page that may give each
// part of the three-year cost, first found first: the page says the cost's
// sum at a glance and each part's figure, sources and hedge under Facts
// ("Exam" where there is no exam).
var factNames = map[string][]string{"course": {"Course price"}, "exam": {"Exam fee", "Exam"}, "renewals": {"Renewal fee"}}

// costLine is what a certs show page says of one part of the three-year
// cost: the glance's cost row, then the part's Facts entry with its nested
// lines ("- **Course price:** ...").
func costLine(md, what string) string {
	_, glance, _ := strings.Cut(md, "**Three-year cost:**")
	glance, _, _ = strings.Cut(glance, "\n")
	_, facts, _ := strings.Cut(md, "## Facts")
	for _, name := range factNames[what] {
		_, after, ok := strings.Cut(facts, "- **"+name+":**")
		if !ok {
			continue
		}
		b := strings.Builder{}
		b.WriteString(glance + "\n")
		for i, l := range strings.Split(after, "\n") {
			if i > 0 && !strings.HasPrefix(l, "  ") {
				break
			}
			b.WriteString(l + "\n")
		}
		return b.String()
	}
	return ""
}

// POPM's price, a tier C figure (S42), reads the same in the headline, the
// details, the summary and JSON: about $995, not confirmed, tier C. The
// headline said "price not confirmed" while the details showed the figure.
func TestPOPMPriceReadsAlikeEverywhere(t *testing.T) {
	t.Parallel()
	md, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--details", "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	step, _, _ := strings.Cut(md[strings.Index(md, "1. **POPM**"):], "\n")
	const said = "about $995 course and exam, $300 renewals in 3 years [S42], not confirmed (tier C)"
	if !strings.Contains(step, said) {
		t.Errorf("the headline does not say POPM's price as %q:\n%s", said, step)
	}
	details := md[strings.Index(md, "## Each step in detail"):]
	if !strings.Contains(details, "about $995 for course and exam [S42], not confirmed (tier C)") {
		t.Errorf("the details do not say POPM's price as the headline does:\n%s", details)
	}
	show, err := execute(t, "certs", "show", "popm", "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	line := costLine(show, "course")
	for _, want := range []string{"about $995", content.Mark, "tier C"} {
		if !strings.Contains(line, want) {
			t.Errorf("the summary's course line lacks %q: %q", want, line)
		}
	}
	js, err := execute(t, "quiz", "--answers", "../examples/answers.yaml", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Timeline []struct{ Cost string }
		PathCost struct{ Parts []costPart } `json:"path_cost"`
	}
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Timeline) == 0 || !strings.Contains(step, v.Timeline[0].Cost) || !strings.Contains(v.Timeline[0].Cost, said) {
		t.Errorf("JSON's timeline cost is not the headline's: %+v\n%s", v.Timeline, step)
	}
	found := false
	for _, p := range v.PathCost.Parts {
		if p.What == "POPM course" {
			found = true
			if p.State != "not_confirmed" || len(p.Figures) != 1 || p.Figures[0].Amount != 995 || p.Figures[0].Tier != "C" || strings.Join(p.Figures[0].Sources, ",") != "S42" {
				t.Errorf("JSON's POPM course: %+v", p)
			}
		}
	}
	if !found {
		t.Errorf("JSON's path cost has no POPM course: %s", js)
	}
}

// The states JSON carries are stable strings, one per state, and the same
// in certs show and the quiz: PMP's exam fee for non-members has two
// values, its course price none, its renewal fee one tier C figure; PSM I's
// exam fee is confirmed.
func TestCostStatesAreStableStrings(t *testing.T) {
	t.Parallel()
	want := map[string]map[string]string{
		"pmp":   {"course": "not_published", "exam": "sources_disagree", "renewals": "not_confirmed"},
		"psm-i": {"exam": "confirmed"},
	}
	for id, parts := range want {
		got := map[string]string{}
		for _, p := range showCost(t, id) {
			got[p.What] = p.State
		}
		for what, state := range parts {
			if got[what] != state {
				t.Errorf("%s %s: state %q, want %q", id, what, got[what], state)
			}
		}
	}
}
