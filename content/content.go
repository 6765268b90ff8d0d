// Package content knows what certpath shows: the embedded markdown summaries
// and the facts in their front matter, loaded once, validated and handed out
// by ID.
package content

import (
	"bytes"
	"certpath/internal/yamlbudget"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"certpath/catalog"
	"certpath/words"

	"go.yaml.in/yaml/v3"
)

//go:embed profiles/*.md certs/*.md *.yaml
var embedded embed.FS

// Embedded returns the content that ships inside the binary.
func Embedded() fs.FS { return embedded }

// Profile is a role profile's summary page.
type Profile struct {
	ID      catalog.ProfileID `yaml:"id"`
	Name    string            `yaml:"name"`
	Summary string            `yaml:"summary"`
	// Plan is what the planner reads: the tracks the profile climbs and
	// its cross-role partners.
	Plan catalog.ProfilePlan `yaml:",inline"`
	// Body is the markdown after the front matter.
	Body string `yaml:"-"`
}

// Library is a loaded, validated content folder. A library made by Lazy
// parses on first use, so start-up does not wait for it.
type Library struct {
	once     sync.Once
	lazy     fs.FS
	err      error
	profiles map[catalog.ProfileID]Profile
	certs    map[catalog.CertID]Cert
	sources  map[string]Source
	catalog  catalog.Catalog
	// warnings are what validation noticed but does not refuse.
	warnings []string
	// clock tells which values are current; nil is time.Now.
	clock func() time.Time
}

// Now is the library's today: the day that decides which values are current.
func (l *Library) Now() time.Time {
	if l.clock != nil {
		return l.clock()
	}
	return time.Now()
}

// SetClock fixes the library's today, for tests and for reading the facts as
// of another day.
func (l *Library) SetClock(now func() time.Time) { l.clock = now }

// Lazy returns a library that parses fsys the first time it is used, or
// when Preload runs (on another goroutine, say, while the first frame is
// drawn). Use it for the embedded content, which the tests validate; use
// Load for a folder a person gives, so its problems show before anything
// else.
func Lazy(fsys fs.FS, opts ...Option) *Library {
	l := &Library{lazy: fsys}
	for _, o := range opts {
		o(l)
	}
	return l
}

// Option sets how a library is loaded.
type Option func(*Library)

// WithClock fixes the library's today from the start, so that what its
// validation and its pages call current is the same on any day: tests pass
// a fixed day, and nothing else needs to.
func WithClock(now func() time.Time) Option { return func(l *Library) { l.clock = now } }

// Preload parses a lazy library now; it is safe to call from any goroutine.
func (l *Library) Preload() { l.ensure() }

// Err reports why a lazy library could not be parsed.
func (l *Library) Err() error {
	l.ensure()
	return l.err
}

func (l *Library) ensure() {
	l.once.Do(func() {
		if l.lazy == nil {
			return
		}
		loaded, err := Load(l.lazy, WithClock(l.clock))
		if err != nil {
			l.err = err
			l.profiles, l.certs, l.sources = map[catalog.ProfileID]Profile{}, map[catalog.CertID]Cert{}, map[string]Source{}
			return
		}
		l.profiles, l.certs, l.sources, l.catalog, l.warnings = loaded.profiles, loaded.certs, loaded.sources, loaded.catalog, loaded.warnings
	})
}

// Profile returns the summary of a role profile.
func (l *Library) Profile(id catalog.ProfileID) (Profile, bool) {
	l.ensure()
	p, ok := l.profiles[id]
	return p, ok
}

// Cert returns a certification's summary.
func (l *Library) Cert(id catalog.CertID) (Cert, bool) {
	l.ensure()
	c, ok := l.certs[id]
	return c, ok
}

// Certs returns every certification in catalogue order (grouped by issuer).
func (l *Library) Certs() []Cert {
	l.ensure()
	out := make([]Cert, 0, len(l.certs))
	for _, c := range l.catalog.Certs() {
		out = append(out, l.certs[c.ID])
	}
	return out
}

// Catalog returns the certifications' identities, for the question bank, the
// path rules and the analyzer.
func (l *Library) Catalog() catalog.Catalog {
	l.ensure()
	return l.catalog
}

// ProfileCerts lists the certifications that fit a profile, from the
// certifications' own profiles lists.
func (l *Library) ProfileCerts(id catalog.ProfileID) []catalog.CertID {
	return l.Catalog().ForProfile(id)
}

// Source returns a source by ID.
func (l *Library) Source(id string) (Source, bool) {
	l.ensure()
	s, ok := l.sources[id]
	return s, ok
}

// Load reads and validates every file of a content folder. Every problem is
// reported, not just the first, so a person correcting facts sees them all.
func Load(fsys fs.FS, opts ...Option) (*Library, error) {
	lib := &Library{profiles: map[catalog.ProfileID]Profile{}, certs: map[catalog.CertID]Cert{}, sources: map[string]Source{}}
	for _, o := range opts {
		o(lib)
	}
	var problems []string
	if data, err := readContent(fsys, "sources.yaml"); err != nil {
		problems = append(problems, fmt.Sprintf("sources.yaml: %v", err))
	} else if err := decodeStrict(data, &lib.sources); err != nil {
		problems = append(problems, fmt.Sprintf("sources.yaml: %v", err))
	} else {
		problems = append(problems, checkControls("sources.yaml", lib.sources)...)
	}
	excluded := catalog.ExcludedDomains()
	ids := make([]string, 0, len(lib.sources))
	for id := range lib.sources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		problems = append(problems, checkSource(id, lib.sources[id], excluded, lib.Now())...)
	}
	broken := map[string]bool{}
	budget := &pageBudget{}
	eachPage(fsys, "profiles", budget, &problems, broken, func(name string, data []byte) {
		var p Profile
		body, err := splitFrontMatter(data, &p)
		if err != nil {
			broken[name] = true
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			return
		}
		p.Body = body
		problems = append(problems, checkControls(name, p)...)
		problems = append(problems, checkProfile(name, p, lib.profiles)...)
		lib.profiles[p.ID] = p
	})
	eachPage(fsys, "certs", budget, &problems, broken, func(name string, data []byte) {
		var c Cert
		body, err := splitFrontMatter(data, &c)
		if err != nil {
			broken[name] = true
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			return
		}
		c.Body = body
		problems = append(problems, checkControls(name, c)...)
		if _, dup := lib.certs[c.ID]; dup {
			problems = append(problems, fmt.Sprintf("%s: id %q is used twice", name, c.ID))
		}
		resolveTiers(c, lib.sources)
		problems = append(problems, checkCert(name, c, lib.sources, lib.Now())...)
		lib.warnings = append(lib.warnings, quoteWarnings(name, c, lib.sources, lib.Now())...)
		lib.warnings = append(lib.warnings, quoteSupportWarnings(name, c)...)
		lib.certs[c.ID] = c
	})
	for _, want := range catalog.Profiles() {
		name := "profiles/" + string(want.ID) + ".md"
		if _, ok := lib.profiles[want.ID]; !ok && !broken[name] && !budget.full {
			problems = append(problems, fmt.Sprintf("%s: missing; every role profile needs a page", name))
		}
	}
	outside, bad := readOutside(fsys)
	problems = append(problems, bad...)
	lib.catalog = lib.buildCatalog().WithOutside(outside)
	problems = append(problems, lib.catalog.CheckOutside()...)
	problems = append(problems, checkOutsideSources(lib, outside)...)
	for _, want := range catalog.RuleCerts() {
		name := "certs/" + string(want) + ".md"
		if _, ok := lib.certs[want]; !ok && !broken[name] && !budget.full {
			problems = append(problems, fmt.Sprintf("%s: missing; the path rules name %s, so it needs a summary", name, want))
		}
	}
	problems = append(problems, checkReferences(lib)...)
	problems = append(problems, checkCitations(lib)...)
	problems = append(problems, checkQuotesPerSource(lib)...)
	lib.warnings = append(lib.warnings, uncitedSources(lib)...)
	lib.warnings = append(lib.warnings, offTopicTitles(lib)...)
	if checked, err := ReadChecked(fsys); err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", CheckedFile, err))
	} else {
		problems = append(problems, applyChecked(lib, checked)...)
	}
	problems = append(problems, lib.checkCatalog(budget.full)...)
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	return lib, nil
}

// buildCatalog gives the certifications' identities and the profiles'
// plans a catalogue.
func (l *Library) buildCatalog() catalog.Catalog {
	identities := make([]catalog.Cert, 0, len(l.certs))
	for _, c := range l.certs {
		for _, rules := range [][]catalog.Requirement{c.Rules.Requires, c.Rules.Recommends} {
			for i := range rules {
				rules[i].Confirmed = l.confirms(rules[i].Source)
			}
		}
		identities = append(identities, c.Cert)
	}
	plans := make([]catalog.ProfilePlan, 0, len(l.profiles))
	for id, p := range l.profiles {
		p.Plan.ID = id
		plans = append(plans, p.Plan)
	}
	return catalog.New(identities).WithProfiles(plans)
}

// confirms reports whether a source can confirm a rule on its own: a
// known source of tier A or B.
func (l *Library) confirms(id string) bool {
	src, ok := l.sources[id]
	return ok && src.Tier != "" && src.Tier != "C"
}

// checkCatalog lists the problems of the certifications' path rules and,
// when every page was read, of the plans and reasons that name them.
func (l *Library) checkCatalog(budgetFull bool) []string {
	out := l.catalog.CheckRules(func(id string) bool { _, ok := l.sources[id]; return ok })
	if !budgetFull {
		out = append(out, l.catalog.CheckPlans()...)
	}
	return out
}

// The budget of a content folder's pages, profiles and certifications
// together. The catalogue has a few dozen; a folder of thousands, or of
// hundreds of megabytes, is refused before it is read, not read whole.
const (
	MaxContentPages = 200
	MaxContentTotal = 8 << 20
)

// MaxPageWords caps a certification's whole page (certs show, as markdown
// or text, counted as wc -w counts): a page people read to choose between
// certifications reads in one sitting. validate refuses a certification
// whose page would reach it.
const MaxPageWords = 600

// pageBudget counts the pages and bytes read so far.
type pageBudget struct {
	pages, bytes int
	full         bool
}

// eachPage calls fn for every markdown file in dir, in name order, within
// the budget: past it, one problem says so and no other page is read.
func eachPage(fsys fs.FS, dir string, budget *pageBudget, problems *[]string, broken map[string]bool, fn func(name string, data []byte)) {
	files, err := fs.Glob(fsys, dir+"/*.md")
	if err != nil {
		*problems = append(*problems, fmt.Sprintf("%s: %v", dir, err))
		return
	}
	if budget.full {
		return
	}
	if budget.pages+len(files) > MaxContentPages {
		budget.full = true
		*problems = append(*problems, fmt.Sprintf("%s: %s, %d pages in all; a content folder can have at most %d pages (profiles and certs together), so none of these was read",
			dir, words.Count(len(files), "page"), budget.pages+len(files), MaxContentPages))
		return
	}
	sort.Strings(files)
	for i, name := range files {
		data, err := readContent(fsys, name)
		if err != nil {
			broken[name] = true
			*problems = append(*problems, fmt.Sprintf("%s: %v", words.Literal(name), err))
			continue
		}
		budget.pages++
		if budget.bytes += len(data); budget.bytes > MaxContentTotal {
			budget.full = true
			*problems = append(*problems, fmt.Sprintf("%s: the pages read so far hold over %s, all a content folder can hold; it and the %s after it in %s were not read",
				words.Literal(name), words.Bytes(MaxContentTotal), words.Count(len(files)-i-1, "page"), dir))
			return
		}
		// Messages name the file as words.Literal shows it; a name that
		// needs quoting is no certification's or profile's ID anyway.
		fn(words.Literal(name), data)
	}
}

func baseName(name string) string { return strings.TrimSuffix(path.Base(name), ".md") }

func checkProfile(name string, p Profile, seen map[catalog.ProfileID]Profile) []string {
	var out []string
	known := false
	for _, want := range catalog.Profiles() {
		known = known || want.ID == p.ID
	}
	switch {
	case !known:
		out = append(out, fmt.Sprintf("%s: id %q is not a known profile", name, p.ID))
	case baseName(name) != string(p.ID):
		out = append(out, fmt.Sprintf("%s: id %q does not match the file name", name, p.ID))
	}
	if _, dup := seen[p.ID]; dup {
		out = append(out, fmt.Sprintf("%s: id %q is used twice", name, p.ID))
	}
	if p.Name == "" || p.Summary == "" {
		out = append(out, fmt.Sprintf("%s: name and summary are required", name))
	}
	return out
}

// ValidationError lists every problem found in a content folder.
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("content has %s:\n  %s", words.Count(len(e.Problems), "problem"), strings.Join(e.Problems, "\n  "))
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
	if err := decodeStrict(rest[:end], v); err != nil {
		return "", fmt.Errorf("front matter: %v", err)
	}
	return strings.TrimLeft(string(rest[end+5:]), "\n"), nil
}

// decodeStrict parses YAML and rejects fields the type does not have, so a
// misspelt fact is reported instead of silently dropped.
func decodeStrict(data []byte, v any) error {
	if err := yamlbudget.Check(data); err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	return dec.Decode(v)
}

// checkReferences checks what certifications say of each other once all are
// loaded: leads_to and neighbours must name certifications that have a file.
func checkReferences(lib *Library) []string {
	var out []string
	for _, c := range lib.catalog.Certs() {
		x := lib.certs[c.ID]
		for _, ref := range append(slices.Clone(x.LeadsTo), x.Neighbours...) {
			if _, ok := lib.certs[ref]; !ok {
				out = append(out, fmt.Sprintf("certs/%s.md: leads_to or neighbours names %q, which has no certs/%s.md", c.ID, ref, ref))
			}
		}
	}
	return out
}

// MaxContentBytes caps one content file: the longest summary is a few kB.
const MaxContentBytes = 1 << 20

// readContent reads one content file: a regular file of at most
// MaxContentBytes (a device or a FIFO is refused without reading). Its
// bytes are not cleaned here: YAML escapes make control characters after
// decoding, so what was decoded is checked (see checkControls), and a file
// that holds one is refused, naming the field.
func readContent(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	switch {
	case err != nil:
		return nil, err
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("not a regular file (a device, a pipe or a folder); content files are text files")
	case info.Size() > MaxContentBytes:
		return nil, fmt.Errorf("%s; a content file can be at most 1 MiB", words.Bytes(int(min(info.Size(), 1<<40))))
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxContentBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxContentBytes {
		return nil, fmt.Errorf("over 1 MiB; a content file can be at most 1 MiB")
	}
	return data, nil
}
