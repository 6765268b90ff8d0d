package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// withNewCert is a copy of the built-in content with one certification
// added, from testdata/newcert, as a file and nothing else.
func withNewCert(t *testing.T) string {
	t.Helper()
	dir := contentCopy(t)
	data, err := os.ReadFile("testdata/newcert/example-leadership-ii.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "certs", "example-leadership-ii.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestANewCertificationIsOneFile adds a certification to a content folder
// through --content, with no Go change, and sees it checked by validate,
// listed by certs, offered by the postings question, named in a posting,
// and offered on a path with its own reason.
func TestANewCertificationIsOneFile(t *testing.T) {
	t.Parallel()
	dir := withNewCert(t)
	if out, err := execute(t, "--content", dir, "validate"); err != nil || !strings.Contains(out, "is valid") {
		t.Fatalf("validate: %v\n%s", err, out)
	}
	if out, err := execute(t, "--content", dir, "certs", "list"); err != nil || !strings.Contains(out, "Example Advanced Agile Leadership") {
		t.Fatalf("certs list does not list the new certification: %v\n%s", err, out)
	}
	if out, err := execute(t, "--content", dir, "questions"); err != nil || !strings.Contains(out, "eaal") {
		t.Fatalf("the postings question does not offer the new certification: %v\n%s", err, out)
	}

	posting := filepath.Join(t.TempDir(), "posting.txt")
	if err := os.WriteFile(posting, []byte("Agile leader wanted. EAAL or PAL-I required; you coach the leadership team."), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := execute(t, "--content", dir, "analyze", "--format", "json", posting)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Certs []string `json:"certifications_named"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || !slices.Contains(rep.Certs, "example-leadership-ii") {
		t.Fatalf("the posting's EAAL is not named: %v\n%s", err, out)
	}
	if out, _ := execute(t, "analyze", "--format", "json", posting); strings.Contains(out, "example-leadership-ii") {
		t.Fatal("the built-in content names a certification it does not have")
	}

	out, err = execute(t, "--content", dir, "quiz", "--answers", "testdata/newcert/leader.yaml", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Path []struct{ Cert, Reason, When string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var steps []string
	found := false
	for _, st := range got.Path {
		steps = append(steps, st.Cert+" ("+st.When+"): "+st.Reason)
		if st.Cert == "example-leadership-ii" {
			found = true
			if st.Reason != "EAAL takes the leadership you practise with managers a level further than PAL-I." {
				t.Errorf("the new certification's step has the reason %q, not its own", st.Reason)
			}
		}
	}
	if !found {
		t.Fatalf("the new certification is not on the leader's path:\n%s", strings.Join(steps, "\n"))
	}
}

// TestANewCertificationIsChecked: validate names a new certification's
// mistakes in its own file: a trait the bank does not know, a reason
// placeholder the report does not fill.
func TestANewCertificationIsChecked(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ from, to, want string }{
		{"shows: [coaches-leaders]", "shows: [juggles]", `trait "juggles" is not one of`},
		{"EAAL is the advanced leadership level after PAL-I.", "EAAL is {what} after PAL-I.", "placeholder"},
		{"{shows: [coaches-leaders], text:", "{lead: [wizard], text:", `profile "wizard" is not one of the eight`},
	} {
		dir := withNewCert(t)
		file := filepath.Join(dir, "certs", "example-leadership-ii.md")
		data, _ := os.ReadFile(file)
		if err := os.WriteFile(file, []byte(strings.Replace(string(data), tt.from, tt.to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := execute(t, "--content", dir, "validate")
		if err == nil || !strings.Contains(err.Error(), "certs/example-leadership-ii.md") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s -> %s: validate said %v, want the file named with %q", tt.from, tt.to, err, tt.want)
		}
	}
}

// TestANewTrackIsContent: a certification on a line of its own needs its
// file and the track named in the goals of the profiles it serves; no Go.
func TestANewTrackIsContent(t *testing.T) {
	t.Parallel()
	dir := withNewCert(t)
	edit := func(file, from, to string) {
		t.Helper()
		path := filepath.Join(dir, file)
		data, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(data), from) {
			t.Fatalf("%s has no %q: %v", file, from, err)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(data), from, to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("certs/example-leadership-ii.md", "track: leadership, level: 2", "track: example-leadership, level: 1")
	if _, err := execute(t, "--content", dir, "validate"); err == nil || !strings.Contains(err.Error(), `track "example-leadership" is in no profile's goals or partners`) {
		t.Fatalf("a track no profile climbs must be named: %v", err)
	}
	edit("profiles/agile-leader.md", "  - {tracks: [leadership]}", "  - {tracks: [leadership, example-leadership]}")
	if out, err := execute(t, "--content", dir, "validate"); err != nil {
		t.Fatalf("validate: %v\n%s", err, out)
	}
	out, err := execute(t, "--content", dir, "quiz", "--answers", "testdata/newcert/leader.yaml", "--format", "json")
	if err != nil || !strings.Contains(out, `"cert": "example-leadership-ii"`) {
		t.Fatalf("the certification on its new track is not on the leader's path: %v\n%s", err, out)
	}
}
