package content

import (
	"strings"
	"testing"

	"certpath/catalog"
)

// newCert is what a certification that joined the catalogue must show:
// its track and level, and the fact sheet's exam figures with their source,
// version and tier.
type newCert struct {
	id, short, track string
	level            int
	source, version  string
	questions, pass  string
	says             []string
}

// APM and SPC joined the catalogue (issue 33): each loads from its own file
// with the fact sheet's figures, its version and its issuer's page behind
// them, and what the sheet does not give says so rather than guessing.
func TestAPMAndSPCJoinTheCatalogue(t *testing.T) {
	lib := mustLoad(t)
	for _, c := range []newCert{
		{"apm", "APM", "safe-product", 2, "S22", "5.1", "60", "75% (45 of 60)", []string{"no 6.0 or AI-Empowered APM guide was found"}},
		{"spc", "SPC", "safe-consulting", 1, "S9", "AI-Empowered", "60", "83% (50 of 60)", []string{"SAFe Program Consultant", "Practice Consultant"}},
	} {
		checkNewCert(t, lib, c)
	}
	spc, _ := lib.Cert("spc")
	if got := lib.Brief(spc.RetakeFee, 0); !strings.Contains(got, "$250") {
		t.Errorf("SPC retake: %s", got)
	}
	if got := lib.Marked(spc.Renewal, &Cites{}, false); !strings.Contains(got, "160 hours of consulting") || !strings.Contains(got, "not confirmed: older FAQ") {
		t.Errorf("SPC renewal must give the older FAQ's hours and say it may not be current: %s", got)
	}
	popm, _ := lib.Cert("popm")
	if next, ok := lib.Catalog().Next(popm.ID); !ok || next != "apm" {
		t.Errorf("POPM leads to %q, want apm", next)
	}
}

func checkNewCert(t *testing.T, lib *Library, c newCert) {
	t.Helper()
	x, ok := lib.Cert(catalog.CertID(c.id))
	if !ok {
		t.Fatalf("%s is not in the catalogue", c.id)
	}
	if x.Short != c.short || x.Issuer != catalog.IssuerScaledAgile || string(x.Rules.Track) != c.track || x.Rules.Level != c.level {
		t.Errorf("%s: %s, %s, %s level %d", c.id, x.Short, x.Issuer, x.Rules.Track, x.Rules.Level)
	}
	for _, f := range []struct {
		name, want string
		fig        Figure
	}{{"questions", c.questions, x.Exam.Questions}, {"pass mark", c.pass, x.Exam.PassMark}} {
		v := f.fig[0]
		if v.Value != f.want || v.Source != c.source || v.Version != c.version || v.Tier() != "A" || v.Quote == "" {
			t.Errorf("%s %s: %+v, want %s from %s (tier A, version %s, quoted)", c.id, f.name, v, f.want, c.source, c.version)
		}
	}
	// Nothing in the sheet says who may take the course: not a guess.
	if p := x.Prerequisites[0]; p.Known() {
		t.Errorf("%s prerequisites %q: the fact sheet gives none", c.id, p.Value)
	}
	for _, s := range c.says {
		if !strings.Contains(x.OfficialNote, s) {
			t.Errorf("%s official note %q lacks %q", c.id, x.OfficialNote, s)
		}
	}
}
