// Package content knows what certpath shows: the embedded markdown summaries
// and the facts in their front matter, loaded once, validated and handed out
// by ID.
package content

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"certpath/questions"

	"go.yaml.in/yaml/v3"
)

//go:embed profiles/*.md
var embedded embed.FS

// Embedded returns the content that ships inside the binary.
func Embedded() fs.FS { return embedded }

// Profile is a role profile's summary page.
type Profile struct {
	ID      questions.ProfileID `yaml:"id"`
	Name    string              `yaml:"name"`
	Summary string              `yaml:"summary"`
	Certs   []questions.CertID  `yaml:"certs"`
	// Body is the markdown after the front matter.
	Body string `yaml:"-"`
}

// Library is a loaded, validated content folder.
type Library struct {
	profiles map[questions.ProfileID]Profile
}

// Profile returns the summary of a role profile.
func (l *Library) Profile(id questions.ProfileID) (Profile, bool) {
	p, ok := l.profiles[id]
	return p, ok
}

// Load reads and validates every file of a content folder. Every problem is
// reported, not just the first, so a person correcting facts sees them all.
func Load(fsys fs.FS) (*Library, error) {
	lib := &Library{profiles: map[questions.ProfileID]Profile{}}
	var problems []string
	broken := map[string]bool{}
	files, err := fs.Glob(fsys, "profiles/*.md")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		var p Profile
		body, err := splitFrontMatter(data, &p)
		if err != nil {
			broken[name] = true
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		p.Body = body
		problems = append(problems, checkProfile(name, p, lib.profiles)...)
		lib.profiles[p.ID] = p
	}
	for _, want := range questions.Profiles() {
		if _, ok := lib.profiles[want.ID]; !ok && !broken["profiles/"+string(want.ID)+".md"] {
			problems = append(problems, fmt.Sprintf("profiles/%s.md: missing; every role profile needs a page", want.ID))
		}
	}
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	return lib, nil
}

func checkProfile(name string, p Profile, seen map[questions.ProfileID]Profile) []string {
	var out []string
	known := false
	for _, want := range questions.Profiles() {
		known = known || want.ID == p.ID
	}
	switch {
	case !known:
		out = append(out, fmt.Sprintf("%s: id %q is not a known profile", name, p.ID))
	case strings.TrimSuffix(path.Base(name), ".md") != string(p.ID):
		out = append(out, fmt.Sprintf("%s: id %q does not match the file name", name, p.ID))
	}
	if _, dup := seen[p.ID]; dup {
		out = append(out, fmt.Sprintf("%s: id %q is used twice", name, p.ID))
	}
	if p.Name == "" || p.Summary == "" {
		out = append(out, fmt.Sprintf("%s: name and summary are required", name))
	}
	for _, c := range p.Certs {
		if _, ok := questions.LookupCert(c); !ok {
			out = append(out, fmt.Sprintf("%s: certs names %q, which is not a known certification", name, c))
		}
	}
	return out
}

// ValidationError lists every problem found in a content folder.
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("content has %d problem(s):\n  %s", len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// splitFrontMatter parses the YAML between the leading "---" lines into v
// and returns the markdown that follows.
func splitFrontMatter(data []byte, v any) (string, error) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return "", fmt.Errorf("no front matter: the file must start with a line of three dashes")
	}
	rest := data[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return "", fmt.Errorf("front matter is not closed: add a line of three dashes after it")
	}
	dec := yaml.NewDecoder(bytes.NewReader(rest[:end]))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return "", fmt.Errorf("front matter: %v", err)
	}
	return strings.TrimLeft(string(rest[end+5:]), "\n"), nil
}
