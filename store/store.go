// Package store keeps the quiz's answers on disk between runs: every answer
// is written as soon as it is given, atomically, readable only by its owner.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"certpath/questions"
	"certpath/words"
)

// fileName is the saved state inside the state directory.
const fileName = "answers.yaml"

// formatVersion is the saved file's version; a file of another version is
// set aside, not misread.
const formatVersion = 1

// Dir returns the state directory: $XDG_STATE_HOME/certpath, else the
// platform's default (~/.local/state on Linux and BSD, Application Support
// on macOS, %LocalAppData% on Windows).
func Dir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
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
	dir     string
	mu      sync.Mutex
	written uint64
}

// Open returns the store for a directory; nothing is created until a save.
func Open(dir string) *Store { return &Store{dir: dir} }

// Path is where the answers are saved.
func (s *Store) Path() string { return filepath.Join(s.dir, fileName) }

// saved is the file's layout: a header, then the answers in the answers-file
// format, so a saved file can also be given to certpath quiz --answers.
type saved struct {
	Version int       `yaml:"version"`
	Saved   time.Time `yaml:"saved"`
	Answers yaml.Node `yaml:"answers"`
}

// Save writes the answers atomically (a temporary file, fsync, rename) with
// mode 0600. seq orders saves: a save with a seq not above the last one
// written does nothing.
func (s *Store) Save(b questions.Bank, a questions.Answers, seq uint64, now time.Time) error {
	body, err := questions.MarshalAnswers(b, a)
	if err != nil {
		return err
	}
	var node yaml.Node
	if err := yaml.Unmarshal(body, &node); err != nil {
		return err
	}
	doc := saved{Version: formatVersion, Saved: now.UTC().Truncate(time.Second)}
	if len(node.Content) > 0 {
		doc.Answers = *node.Content[0]
	}
	data, err := yaml.Marshal(doc)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq <= s.written {
		return nil
	}
	if err := WriteFileAtomic(s.Path(), data, 0o600); err != nil {
		return err
	}
	s.written = seq
	return nil
}

// Loaded is what a start-up found on disk.
type Loaded struct {
	Answers questions.Answers
	Saved   time.Time
	// Notes say what was set aside or dropped, for the welcome screen.
	Notes []string
}

// Load reads the saved answers. A missing file is no answers; a corrupt one,
// or one of another format, is renamed aside with a note, never an error
// that stops the program; answers to questions no longer asked are dropped
// with a note and the rest kept.
func (s *Store) Load(b questions.Bank, now time.Time) Loaded {
	data, err := os.ReadFile(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return Loaded{Answers: questions.Answers{}}
	}
	if err != nil {
		return Loaded{Answers: questions.Answers{}, Notes: []string{fmt.Sprintf("Could not read the saved answers (%v); starting fresh.", err)}}
	}
	answers, when, dropped, err := Decode(b, data)
	if err != nil {
		aside := fmt.Sprintf("%s.unreadable-%s", s.Path(), now.UTC().Format("20060102-150405"))
		if rerr := os.Rename(s.Path(), aside); rerr != nil {
			aside = "(could not move it: " + rerr.Error() + ")"
		}
		return Loaded{Answers: questions.Answers{}, Notes: []string{fmt.Sprintf("The saved answers could not be read (%v). The file was set aside as %s; starting fresh.", err, aside)}}
	}
	l := Loaded{Answers: answers, Saved: when}
	if len(dropped) > 0 {
		l.Notes = append(l.Notes, droppedNote(len(dropped), len(answers)))
	}
	return l
}

// Decode parses a saved file. It is separate from Load so that it can be
// fuzzed without touching the disk.
func Decode(b questions.Bank, data []byte) (questions.Answers, time.Time, []string, error) {
	var doc saved
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, time.Time{}, nil, fmt.Errorf("not a certpath state file: %v", err)
	}
	if doc.Version != formatVersion {
		return nil, time.Time{}, nil, fmt.Errorf("format version %d, this certpath reads %d", doc.Version, formatVersion)
	}
	body, err := yaml.Marshal(&doc.Answers)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	if doc.Answers.Kind == 0 {
		body = nil
	}
	answers, dropped, err := questions.ParseAnswersLenient(b, body)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	return answers, doc.Saved, dropped, nil
}

// Clear deletes the saved answers, for a fresh start.
func (s *Store) Clear() error {
	err := os.Remove(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so a reader sees the old file or the new one, never
// half of one.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // the rename itself survives a crash once the folder is synced
		d.Close()
	}
	return nil
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
