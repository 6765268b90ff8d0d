// Package store keeps the quiz's answers on disk between runs: every answer
// is written as soon as it is given, atomically, readable only by its owner.
package store

import (
	"bytes"
	"certpath/internal/yamlbudget"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"go.yaml.in/yaml/v3"

	"certpath/files"
	"certpath/postings"
	"certpath/questions"
	"certpath/words"
)

// fileName is the saved state inside the state directory.
const fileName = "answers.yaml"

// Dir returns the state directory: $XDG_STATE_HOME/certpath, else the
// platform's default (~/.local/state on Linux and BSD, Application Support
// on macOS, %LocalAppData% on Windows).
// A relative XDG_STATE_HOME is ignored, as the XDG specification says.
func Dir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "certpath"), nil
	}
	switch runtime.GOOS {
	case "windows", "darwin":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		if runtime.GOOS == "windows" {
			if local := os.Getenv("LocalAppData"); local != "" {
				d = local
			}
		}
		return filepath.Join(d, "certpath", "state"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "certpath"), nil
}

// Store saves and loads the answers in one directory. Saves may come from
// several commands at once; a save older than the last one written is
// skipped, so the file always holds the newest answers.
type Store struct {
	dir, file string
	mu        sync.Mutex // one write at a time
	written   uint64
	lastErr   error
	// requested is the newest save asked for: an older save still waiting
	// for the lock is skipped, so only the newest state is marshalled.
	requested atomic.Uint64
	inflight  sync.WaitGroup
	lock      *os.File
	// name is whose answers these are, saved with them (SetName).
	name string
}

// SetName says whose answers these are: every save from now on writes the
// name with them (an answers file's name:, which certpath team reads).
func (s *Store) SetName(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.name = name
}

// MaxStateBytes bounds the state file that is read back: the answers, with
// postings capped at postings.MaxTotal, fit inside it even when
// every character of the postings is written escaped in two bytes (a
// double-quoted text of tabs and line breaks).
const MaxStateBytes = 2*postings.MaxTotal + 1<<20

// Open returns the store for a directory; nothing is created until a save.
func Open(dir string) *Store { return &Store{dir: dir, file: fileName} }

// Path is where the answers are saved.
func (s *Store) Path() string { return filepath.Join(s.dir, s.file) }

// Writable creates the state folder if it is missing and checks that a file
// can be written in it, so a person learns at start, not at quit, that
// nothing would be saved.
// The error says why in words, never naming the file it tried.
func (s *Store) Writable() error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("the folder could not be created: %s", folderCause(err))
	}
	f, err := os.CreateTemp(s.dir, ".probe-*")
	if err != nil {
		return errors.New(folderCause(err))
	}
	f.Close()
	if err := os.Remove(f.Name()); err != nil {
		return errors.New(folderCause(err))
	}
	return nil
}

// folderCause says in words why a folder takes no file, without the name
// of the file tried.
func folderCause(err error) string {
	switch {
	case errors.Is(err, syscall.EROFS):
		return "it is on a read-only file system"
	case errors.Is(err, fs.ErrPermission):
		return "you may not write in it"
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full"
	case errors.Is(err, syscall.ENOTDIR):
		return "a file is in its path where a folder should be"
	}
	return files.Cause(err).Error()
}

// Wait waits up to d for the saves in flight, then says whether every save
// asked for is on disk and why not.
func (s *Store) Wait(d time.Duration) (saved bool, err error) {
	done := make(chan struct{})
	go func() { s.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		return false, fmt.Errorf("saving took longer than %v", d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr == nil && s.written >= s.requested.Load(), s.lastErr
}

// saved is the file's layout: a header, then the answers in the answers-file
// format, so a saved file can also be given to certpath quiz --answers. A
// file of another version (questions.SavedFormat) is set aside, not misread.
type saved struct {
	Version int       `yaml:"version"`
	Saved   time.Time `yaml:"saved"`
	Answers yaml.Node `yaml:"answers"`
}

// ErrSuperseded says a save was not written because a newer one is written
// or about to be: its answers are not on disk, and need not be.
var ErrSuperseded = errors.New("a newer save took the place of this one")

// Save writes the answers atomically (a temporary file, fsync, rename) with
// mode 0600. seq orders saves: a save with a seq not above the last one
// written, or below one asked for since, does nothing and returns
// ErrSuperseded.
func (s *Store) Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error {
	s.inflight.Add(1)
	defer s.inflight.Done()
	for {
		old := s.requested.Load()
		if seq <= old || s.requested.CompareAndSwap(old, seq) {
			break
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq <= s.written || seq < s.requested.Load() {
		return ErrSuperseded // a newer save is on its way, or on disk
	}
	err := s.write(b, a, now)
	var trimmed *Trimmed
	if errors.As(err, &trimmed) {
		s.lastErr, s.written = nil, seq // saved, without some postings
		return err
	}
	s.lastErr = err
	if err == nil {
		s.written = seq
	}
	return err
}

// Trimmed says a save was written without some postings: whole, they would
// have made a state file over MaxStateBytes, which the next start would not
// read. Every other answer is saved; the postings left out are kept while
// certpath runs. Save returns it, and the save counts as done.
type Trimmed struct {
	Path string
	// Dropped names the postings left out of the file.
	Dropped []string
	// Kept counts the postings saved.
	Kept int
	// Saved are the answers as the file holds them.
	Saved questions.Answers
}

func (t *Trimmed) Error() string {
	return fmt.Sprintf("the postings are too large to save whole (a state file can be at most %d MiB), so %s %s left out of %s: %s. Every answer is saved, and the postings are used while certpath runs",
		MaxStateBytes>>20, words.Count(len(t.Dropped), "posting"), map[bool]string{true: "was", false: "were"}[len(t.Dropped) == 1], t.Path, strings.Join(t.Dropped, ", "))
}

// write marshals and writes the answers; the caller holds the lock. The
// document is built as YAML nodes and written by the YAML library's encoder
// in one pass: no text is built by hand or parsed back on the way.
func (s *Store) write(b questions.Bank, a questions.Answers, now time.Time) error {
	answers, err := questions.AnswersFileNode(b, questions.AnswersFile{Name: s.name, Answers: a})
	if err != nil {
		return err
	}
	doc := saved{Version: questions.SavedFormat, Saved: now.UTC().Truncate(time.Second), Answers: *answers}
	// Texts are tagged as strings (questions.TextNode), so text that is not
	// UTF-8 is an error here, never written as !!binary.
	data, err := yaml.Marshal(doc)
	if err != nil {
		return fmt.Errorf("the answers could not be written as YAML: %v", err)
	}
	// YAML escapes some text (an emoji takes 10 bytes), so 4 MiB of
	// postings can encode past what Load reads back. Such a file is never
	// written: postings are left out, the last first, until it fits.
	var trimmed *Trimmed
	if len(data) > MaxStateBytes {
		a = a.Clone()
		trimmed = &Trimmed{Path: s.Path()}
		for len(data) > MaxStateBytes {
			if !dropLastPosting(b, a, trimmed) {
				return fmt.Errorf("the answers would make a state file of %s, over the %d MiB certpath reads back; nothing was saved", words.Bytes(len(data)), MaxStateBytes>>20)
			}
			if answers, err = questions.AnswersFileNode(b, questions.AnswersFile{Name: s.name, Answers: a}); err != nil {
				return err
			}
			doc.Answers = *answers
			if data, err = yaml.Marshal(doc); err != nil {
				return fmt.Errorf("the answers could not be written as YAML: %v", err)
			}
		}
		for _, ans := range a {
			trimmed.Kept += len(ans.Postings)
		}
		trimmed.Saved = a
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	// The state file is replaced, never followed: a symlink there is not
	// the person's file to write through.
	if err := files.Replace(s.Path(), data, 0o600); err != nil {
		return err
	}
	if trimmed != nil {
		return trimmed
	}
	return nil
}

// dropLastPosting leaves out the last posting of the last postings answer
// in the bank's order, noting its name; false when there is none.
func dropLastPosting(b questions.Bank, a questions.Answers, t *Trimmed) bool {
	for i := len(b.Questions) - 1; i >= 0; i-- {
		id := b.Questions[i].ID
		ans, ok := a[id]
		if !ok || len(ans.Postings) == 0 {
			continue
		}
		last := ans.Postings[len(ans.Postings)-1]
		t.Dropped = append([]string{last.Name}, t.Dropped...)
		ans.Postings = ans.Postings[: len(ans.Postings)-1 : len(ans.Postings)-1]
		a[id] = ans
		return true
	}
	return false
}

// Loaded is what a start-up found on disk.
type Loaded struct {
	Answers questions.Answers
	// Name is whose answers they are, when the file says ("" otherwise).
	Name  string
	Saved time.Time
	// Notes say what was set aside or dropped, for the welcome screen.
	Notes []string
	// Unusable says the state file is not a regular file: it must be
	// neither read nor saved over.
	Unusable bool
}

// Load reads the saved answers. A missing file is no answers; a corrupt one,
// or one of another format, is renamed aside with a note, never an error
// that stops the program; answers to questions no longer asked are dropped
// with a note and the rest kept.
func (s *Store) Load(b questions.Bank, now time.Time) Loaded {
	info, err := os.Stat(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return Loaded{Answers: questions.Answers{}}
	}
	if err == nil && !info.Mode().IsRegular() {
		// A FIFO or a device is never read: it could block or never end.
		return Loaded{Answers: questions.Answers{}, Unusable: true, Notes: []string{fmt.Sprintf("%s is not a regular file, so certpath did not read it and will not save over it; starting fresh, and nothing is saved.", words.Literal(s.Path()))}}
	}
	if err == nil && info.Size() > MaxStateBytes {
		err = fmt.Errorf("it is %s, over the %d MiB a state file can be", words.Bytes(int(min(info.Size(), 1<<40))), MaxStateBytes>>20)
	}
	var data []byte
	if err == nil {
		data, err = readCapped(s.Path(), MaxStateBytes)
	}
	if err != nil && info != nil && info.Mode().IsRegular() && info.Size() > MaxStateBytes {
		return s.setAside(err, now)
	}
	if err != nil {
		return Loaded{Answers: questions.Answers{}, Notes: []string{fmt.Sprintf("Could not read the saved answers in %s (%v); starting fresh.", words.Literal(s.Path()), files.Cause(err))}}
	}
	d, err := decode(b, data)
	if err != nil {
		return s.setAside(err, now)
	}
	answers, dropped := d.answers, d.dropped
	l := Loaded{Answers: answers, Name: d.name, Saved: d.saved}
	if len(dropped) > 0 {
		l.Notes = append(l.Notes, droppedNote(len(dropped), len(answers)))
	}
	return l
}

// setAside renames a state file that could not be read (why: err) beside
// itself, so a fresh start never overwrites it, and says where it went.
func (s *Store) setAside(err error, now time.Time) Loaded {
	aside := fmt.Sprintf("%s.unreadable-%s", s.Path(), now.UTC().Format("20060102-150405"))
	where := words.Literal(aside)
	if rerr := os.Rename(s.Path(), aside); rerr != nil {
		where = fmt.Sprintf("(could not move it: %v)", files.Cause(rerr))
	}
	return Loaded{Answers: questions.Answers{}, Notes: []string{fmt.Sprintf("The saved answers could not be read (%v). The file was set aside as %s; starting fresh.", err, where)}}
}

// Decode parses a saved file. It is separate from Load so that it can be
// fuzzed without touching the disk.
func Decode(b questions.Bank, data []byte) (questions.Answers, time.Time, []string, error) {
	d, err := decode(b, data)
	return d.answers, d.saved, d.dropped, err
}

// decoded is a saved file read: its answers, whose they are, when they were
// saved, and what was dropped.
type decoded struct {
	answers questions.Answers
	name    string
	saved   time.Time
	dropped []string
}

func decode(b questions.Bank, data []byte) (decoded, error) {
	if err := yamlbudget.Check(data); err != nil {
		return decoded{}, fmt.Errorf("not a certpath state file: %v", err)
	}
	var doc saved
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		// An answers file (certpath quiz --answers) put where the state
		// file goes is read as one: the two are one format.
		if a, dropped, perr := questions.ParseAnswersLenient(b, data); perr == nil && len(a) > 0 {
			var raw any
			_ = yaml.Unmarshal(data, &raw)
			return decoded{answers: a, name: questions.NameFromValue(raw), dropped: dropped}, nil
		}
		return decoded{}, fmt.Errorf("not a certpath state file: %v", err)
	}
	if doc.Version != questions.SavedFormat {
		return decoded{}, fmt.Errorf("format version %d, this certpath reads %d", doc.Version, questions.SavedFormat)
	}
	// The answers are read from the parsed nodes, never written out as text
	// and parsed again.
	var raw any
	if doc.Answers.Kind != 0 {
		if err := doc.Answers.Decode(&raw); err != nil {
			return decoded{}, fmt.Errorf("not a certpath state file: %v", err)
		}
	}
	answers, dropped, err := questions.AnswersFromValue(b, raw)
	if err != nil {
		return decoded{}, err
	}
	return decoded{answers: answers, name: questions.NameFromValue(raw), saved: doc.Saved, dropped: dropped}, nil
}

// Clear deletes the saved answers, for a fresh start.
func (s *Store) Clear() error {
	err := os.Remove(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// droppedNote says how many saved answers were dropped and how many kept,
// with the verbs agreeing.
func droppedNote(dropped, kept int) string {
	verb := "no longer fit the questions and were dropped"
	if dropped == 1 {
		verb = "no longer fits the questions and was dropped"
	}
	return fmt.Sprintf("%s %s; %s kept.", words.Count(dropped, "saved answer"), verb, words.Count(kept, "other answer")+map[bool]string{true: " was", false: " were"}[kept == 1])
}

// readCapped reads at most limit bytes of a file, an error past them.
func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("it is over the %d MiB a state file can be", limit>>20)
	}
	return data, err
}

// ErrLocked says another certpath holds the saved answers.
var ErrLocked = errors.New("another certpath is using the saved answers")

// Lock takes an advisory lock on the state folder for this process, so two
// certpath programs never write the same file. It returns ErrLocked when
// another holds it; the lock goes with the process.
func (s *Store) Lock() error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	f, err := openLock(filepath.Join(s.dir, "answers.lock"), false)
	if errors.Is(err, fs.ErrNotExist) {
		f, err = openLock(filepath.Join(s.dir, "answers.lock"), true)
		if errors.Is(err, fs.ErrExist) { // another made it just now
			f, err = openLock(filepath.Join(s.dir, "answers.lock"), false)
		}
	}
	if err != nil {
		return err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return err
	}
	s.lock = f
	return nil
}
