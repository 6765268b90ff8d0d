package content

import (
	"bytes"
	"certpath/internal/testcheck"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"certpath/catalog"
)

func TestEmbeddedContentLoads(t *testing.T) {
	t.Parallel()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range catalog.Profiles() {
		page, ok := lib.Profile(p.ID)
		if !ok {
			t.Fatalf("no page for %s", p.ID)
		}
		if page.Name != p.Name {
			t.Errorf("%s: page calls it %q, the bank calls it %q", p.ID, page.Name, p.Name)
		}
		if !strings.Contains(page.Body, "## Day to day") || len(lib.ProfileCerts(p.ID)) == 0 {
			t.Errorf("%s: the page needs a day-to-day section and the certifications that fit", p.ID)
		}
	}
}

// edit returns a change that replaces old with new in one file; it fails the
// test if old is not there, so a test never passes by editing nothing.
func edit(name, old, new string) func(fstest.MapFS) {
	return func(f fstest.MapFS) {
		data := string(f[name].Data)
		if !strings.Contains(data, old) {
			panic(fmt.Sprintf("%s does not contain %q", name, old))
		}
		f[name].Data = []byte(strings.Replace(data, old, new, 1))
	}
}

// wantProblems breaks a copy of the embedded content and checks that
// loading it fails with a problem holding each of want.
func wantProblems(t *testing.T, break_ func(fstest.MapFS), want []string) {
	t.Helper()
	f := validFolder(t)
	break_(f)
	_, err := Load(f, WithClock(testcheck.Today))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load() = %v, want a ValidationError", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("want a problem containing %q, got:\n%v", w, err)
		}
	}
}

// validFolder copies the embedded profiles into a map so a test can break one.
func validFolder(t *testing.T) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Embedded(), path)
		out[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLoadReportsBrokenContent(t *testing.T) {
	t.Parallel()
	excluded := catalog.ExcludedDomains()[0]
	tests := []struct {
		name   string
		break_ func(fstest.MapFS)
		want   []string
	}{
		{"no front matter", func(f fstest.MapFS) { f["profiles/scrum-master.md"].Data = []byte("# Scrum Master\n") }, []string{"profiles/scrum-master.md: no front matter"}},
		{"unclosed front matter", func(f fstest.MapFS) { f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\n") }, []string{"not closed"}},
		{"bad yaml", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: [scrum\n---\nbody\n")
		}, []string{"profiles/scrum-master.md: front matter"}},
		{"a mapping over the YAML budget", func(f fstest.MapFS) {
			var keys strings.Builder
			for i := range 1001 {
				fmt.Fprintf(&keys, "  k%d: 1\n", i)
			}
			f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\nname: Scrum Master\nsummary: x\nextra:\n" + keys.String() + "---\n")
		}, []string{"profiles/scrum-master.md: front matter: the mapping at line 5 has 1001 keys; certpath reads at most 1000 in one mapping"}},
		{"unknown field", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\nname: Scrum Master\nsummary: x\nsalary: 1\n---\n")
		}, []string{"field salary not found"}},
		{"unknown profile in a cert", edit("certs/csm.md", "profiles: [scrum-master]", "profiles: [scrum-master, scrum-wizard]"), []string{`certs/csm.md: profiles names "scrum-wizard", which is not a known profile`}},
		{"profile pages do not list certs", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\nname: Scrum Master\nsummary: x\ncerts: [psm-i]\n---\n")
		}, []string{"field certs not found"}},
		{"missing order", edit("certs/csm.md", "order: 16\n", ""), []string{"certs/csm.md: order is missing"}},
		{"id does not match file", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: agile-coach\nname: Scrum Master\nsummary: x\n---\n")
		}, []string{"does not match the file name", `"agile-coach" is used twice`}},
		{"missing profile", func(f fstest.MapFS) { delete(f, "profiles/agile-leader.md") }, []string{"profiles/agile-leader.md: missing"}},
		{"missing cert", func(f fstest.MapFS) { delete(f, "certs/pmp.md") }, []string{"certs/pmp.md: missing"}},
		{"fact without as_of", edit("certs/popm.md", `source: S5, as_of: undated}`, `source: S5}`), []string{`certs/popm.md: exam.questions: value "45" needs as_of`}},
		{"bad as_of", edit("certs/csm.md", `{value: "50", source: S38, as_of: undated,`, `{value: "50", source: S38, as_of: "last spring",`), []string{"certs/csm.md: exam.questions", `got "last spring"`}},
		{"unknown source", edit("certs/csm.md", `{value: "50", source: S38`, `{value: "50", source: S999`), []string{`cites source "S999", which is not in sources.yaml`}},
		{"unknown without note", edit("certs/ssm.md", `{value: unknown, note: "each trainer sets it"}`, `{value: unknown}`), []string{"certs/ssm.md: course_price: an unknown value needs a note"}},
		{"missing figure", edit("certs/csm.md", "retake_fee:\n  - {value: \"$25 per attempt\", source: S38, as_of: undated, note: \"after the two included attempts (S38)\", quote: \"pay a 25 USD test attempt fee until you pass\"}\n", ""), []string{"certs/csm.md: retake_fee is missing"}},
		{"wrong issuer", edit("certs/csm.md", "issuer: Scrum Alliance", "issuer: Scrum Guild"), []string{`issuer is "Scrum Guild"; use one of Scaled Agile, Scrum.org, Scrum Alliance, PMI`}},
		{"bad cross-reference", edit("certs/csm.md", "leads_to: [a-csm]", "leads_to: [csp-xx]"), []string{`names "csp-xx", which has no certs/csp-xx.md`}},
		{"rules missing", edit("certs/csm.md", "rules: {track: scrum-master, level: 1, contexts: [scrum, safe_elsewhere, project]}\n", ""), []string{`certs/csm.md: rules: track is missing`, "certs/csm.md: rules: level is 0", "certs/csm.md: rules: contexts is empty"}},
		{"rule names an unknown certification", edit("certs/a-csm.md", "- {cert: csm, source: S39}", "- {cert: csm-x, source: S39}"), []string{`certs/a-csm.md: rules: requires names "csm-x", which has no certs/csm-x.md`}},
		{"hard rule without a source", edit("certs/a-csm.md", "- {cert: csm, source: S39}", "- {cert: csm}"), []string{`certs/a-csm.md: rules: the hard rule "csm" cites source "", which is not in sources.yaml`}},
		{"hard rule citing an unknown source", edit("certs/pmp.md", "- {hours: 35, note: of project management education, source: S83}", "- {hours: 35, note: of project management education, source: S999}"), []string{`the hard rule "35 hours of training (of project management education)" cites source "S999"`}},
		{"rules that make a cycle", edit("certs/psm-i.md", "rules: {track: scrum-master, level: 1, contexts", "rules: {track: scrum-master, level: 1, after: [psm-iii], contexts"), []string{"requires and after make a cycle: psm-i, psm-iii, psm-ii, psm-i"}},
		{"misspelt track", edit("certs/psm-i.md", "track: scrum-master", "track: scrum-mastr"), []string{`certs/psm-i.md: rules: track "scrum-mastr" is in no profile's goals or partners; use one of`}},
		{"goal on a track with no certification", edit("profiles/scrum-master.md", "tracks: [scrum-master]}", "tracks: [scrum-masters]}"), []string{`profiles/scrum-master.md: goal 2: track "scrum-masters" has no certification`}},
		{"unknown context", edit("certs/psm-i.md", "contexts: [scrum, safe_elsewhere, project]", "contexts: [scrum, kanban]"), []string{`context "kanban" is not one of safe_train, safe_elsewhere, scrum, project`}},
		{"experience in an unknown role", edit("certs/a-csm.md", "role: scrum-master", "role: wizard"), []string{`requires 12 months in role "wizard"`}},
		// The excluded domains come from catalog's list, so no content
		// file (tests included) names one.
		{"excluded domain", edit("sources.yaml", `url: "https://olusholaoluyomi.com/cert-safe-popm"`, `url: "https://`+excluded+`/renewing-your-certification"`), []string{"sources.yaml: S42: url https://" + excluded + "/renewing-your-certification is on the excluded domain " + excluded}},
		{"excluded subdomain", edit("sources.yaml", `url: "https://olusholaoluyomi.com/cert-safe-popm"`, `url: "http://exam-242586167.`+excluded+`/x"`), []string{"is on the excluded domain " + excluded}},
		{"not a web address", edit("sources.yaml", `url: "https://olusholaoluyomi.com/cert-safe-popm"`, `url: "javascript:alert(1)"`), []string{`sources.yaml: S42: url "javascript:alert(1)" must be an https://`}},
		{"unknown tier", edit("sources.yaml", `url: "https://olusholaoluyomi.com/cert-safe-popm", tier: C`, `url: "https://olusholaoluyomi.com/cert-safe-popm", tier: D`), []string{`sources.yaml: S42: tier "D" is not one of A, A-chapter, A-copy, B, C`}},
		{"disagreement without a note", edit("certs/pspo-i.md", `{value: "$200", source: S61`, `{value: "$250", source: S61`), []string{`certs/pspo-i.md: exam_fee: current values "$200" and "$250" differ for the same version and people; add a note`}},
		{"official page on a home page", edit("certs/csm.md", "official_page: https://www.scrumalliance.org/get-certified/practitioners/csm-certification/becoming-a-certified-scrummaster%c2%ae", "official_page: https://www.scrumalliance.org/"), []string{"certs/csm.md: official_page https://www.scrumalliance.org/ is a home page"}},
		{"impossible effective date", edit("certs/pmp.md", `effective_from: "2026-07-09", source: S86, as_of: "2026-01-31", note:`, `effective_from: "2026-07-32", source: S86, as_of: "2026-01-31", note:`), []string{`has effective_from "2026-07-32"; give a real date`}},
		{"impossible dates", edit("sources.yaml", `date: "2024-01-24", checked: "2026-11-22", about: [pmp]}`, `date: "2024-13-45", checked: "yesterday", about: [pmp]}`), []string{`sources.yaml: S83: date "2024-13-45" is not`, `sources.yaml: S83: checked "yesterday" must be`}},
		{"two problems at once", func(f fstest.MapFS) {
			delete(f, "profiles/agile-leader.md")
			f["profiles/scrum-master.md"].Data = []byte("# no front matter\n")
		}, []string{"agile-leader.md: missing", "scrum-master.md: no front matter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblems(t, tt.break_, tt.want) })
	}
}

func TestLazyLibraryLoadsOnFirstUse(t *testing.T) {
	t.Parallel()
	lib := Lazy(Embedded(), WithClock(testcheck.Today))
	go lib.Preload()
	if c, ok := lib.Cert("popm"); !ok || c.Short != "POPM" || lib.Err() != nil {
		t.Fatalf("lazy library: %v %v", ok, lib.Err())
	}
	broken := validFolder(t)
	delete(broken, "certs/pmp.md")
	bad := Lazy(broken)
	if _, ok := bad.Cert("popm"); ok || bad.Err() == nil || !strings.Contains(bad.Err().Error(), "certs/pmp.md: missing") {
		t.Fatalf("a broken lazy library must report why and hold nothing: %v", bad.Err())
	}
}

// TestContentFolderBudget (F8): a folder of more pages, or more bytes, than
// a content folder can hold is refused with one line, and the pages past
// the budget are never read (here each would be a problem of its own).
func TestContentFolderBudget(t *testing.T) {
	t.Parallel()
	f := validFolder(t)
	for i := range MaxContentPages {
		f[fmt.Sprintf("certs/zz%04d.md", i)] = &fstest.MapFile{Mode: fs.ModeNamedPipe}
	}
	_, err := Load(f)
	var verr *ValidationError
	if !errors.As(err, &verr) || len(verr.Problems) != 1 || !strings.HasPrefix(verr.Problems[0], "certs: ") ||
		!strings.HasSuffix(verr.Problems[0], "a content folder can have at most 200 pages (profiles and certs together), so none of these was read") {
		t.Fatalf("too many pages: %v", err)
	}

	f = validFolder(t)
	page := append([]byte("---\n"), bytes.Repeat([]byte("x"), MaxContentBytes-4)...)
	for i := range 10 {
		f[fmt.Sprintf("certs/zz%02d.md", i)] = &fstest.MapFile{Data: page}
	}
	_, err = Load(f)
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "certs/zz07.md: the pages read so far hold over 8.0 MiB, all a content folder can hold; it and the 2 pages after it in certs were not read") ||
		strings.Contains(err.Error(), "zz08") || strings.Contains(err.Error(), "missing") {
		t.Fatalf("too many bytes: %v", err)
	}

	// A file over the cap is named with its size, not a rounded one.
	f = validFolder(t)
	f["certs/psm-i.md"].Data = bytes.Repeat([]byte("x"), MaxContentBytes*3/2)
	if _, err = Load(f); err == nil || !strings.Contains(err.Error(), "certs/psm-i.md: 1.5 MiB; a content file can be at most 1 MiB") {
		t.Fatalf("an oversized page: %v", err)
	}
}

// A rule's confirmation is data, decided once from its source's tier: PMP's
// 35 hours and PMI-ACP's 28 rest on tier C pages, so they are not
// confirmed; every rule of a tier A or B source is.
func TestRulesCarryTheirConfirmation(t *testing.T) {
	t.Parallel()
	lib, err := Load(Embedded(), WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	hours := 0
	for _, c := range lib.Catalog().Certs() {
		for _, q := range append(append([]catalog.Requirement{}, c.Rules.Requires...), c.Rules.Recommends...) {
			src, _ := lib.Source(q.Source)
			if want := src.Tier == "A" || strings.HasPrefix(src.Tier, "A-") || src.Tier == "B"; q.Confirmed != want {
				t.Errorf("%s: the rule %q (source %s, tier %s) says confirmed %v", c.ID, q.String(), q.Source, src.Tier, q.Confirmed)
			}
			if q.Hours > 0 {
				hours++
				if q.Confirmed {
					t.Errorf("%s: the %d hours rest on a tier C page, yet read confirmed", c.ID, q.Hours)
				}
			}
		}
	}
	if hours != 2 {
		t.Errorf("found %d rules of hours; PMP and PMI-ACP have one each", hours)
	}
}
