package content

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"certpath/questions"
)

func TestEmbeddedContentLoads(t *testing.T) {
	lib, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range questions.Profiles() {
		page, ok := lib.Profile(p.ID)
		if !ok {
			t.Fatalf("no page for %s", p.ID)
		}
		if page.Name != p.Name {
			t.Errorf("%s: page calls it %q, the bank calls it %q", p.ID, page.Name, p.Name)
		}
		if !strings.Contains(page.Body, "## Day to day") || len(page.Certs) == 0 {
			t.Errorf("%s: the page needs a day-to-day section and the certifications that fit", p.ID)
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
		{"unknown field", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\nname: Scrum Master\nsummary: x\nsalary: 1\n---\n")
		}, []string{"field salary not found"}},
		{"unknown cert", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: scrum-master\nname: Scrum Master\nsummary: x\ncerts: [psm-i, psm-iv]\n---\n")
		}, []string{`"psm-iv", which is not a known certification`}},
		{"id does not match file", func(f fstest.MapFS) {
			f["profiles/scrum-master.md"].Data = []byte("---\nid: agile-coach\nname: Scrum Master\nsummary: x\n---\n")
		}, []string{"does not match the file name", `"agile-coach" is used twice`}},
		{"missing profile", func(f fstest.MapFS) { delete(f, "profiles/agile-leader.md") }, []string{"profiles/agile-leader.md: missing"}},
		{"two problems at once", func(f fstest.MapFS) {
			delete(f, "profiles/agile-leader.md")
			f["profiles/scrum-master.md"].Data = []byte("# no front matter\n")
		}, []string{"agile-leader.md: missing", "scrum-master.md: no front matter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := validFolder(t)
			tt.break_(f)
			_, err := Load(f)
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("Load() = %v, want a ValidationError", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}
