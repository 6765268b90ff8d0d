package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"certpath/questions"
	"certpath/words"
)

// Session files are answers-ID.yaml beside answers.yaml, each with its lock
// answers-ID.lock, held while its certpath runs. The lock is a file of its
// own because the answers file is replaced on every save.
const (
	sessionPrefix = "answers-"
	sessionLock   = ".lock"
	sessionFile   = ".yaml"
)

// sessionID is unique to one instance: the time, the process and a random
// part, so two certpaths started in the same second never share one.
func sessionID(now time.Time) string {
	var r [4]byte
	_, _ = rand.Read(r[:])
	return now.UTC().Format("20060102-150405") + "-" + strconv.Itoa(os.Getpid()) + "-" + hex.EncodeToString(r[:])
}

// OpenSession returns a store that keeps its answers in a file of its own
// in dir, for a second instance while another holds the usual file. The
// name is taken by creating its lock file (O_EXCL), so no other instance
// can take it, and held until the process ends.
func OpenSession(dir string, now time.Time) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	for range 100 {
		id := sessionID(now)
		lockPath := filepath.Join(dir, sessionPrefix+id+sessionLock)
		f, err := openLock(lockPath, true)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := lockFile(f); err != nil {
			f.Close()
			return nil, err
		}
		// A start that cleared away a lock file it found unheld, between
		// its creation and its lock, leaves this one unlinked: take another.
		mine, _ := f.Stat()
		there, err := os.Lstat(lockPath)
		if _, taken := os.Lstat(filepath.Join(dir, sessionPrefix+id+sessionFile)); err != nil || !os.SameFile(mine, there) || taken == nil {
			f.Close()
			continue
		}
		return &Store{dir: dir, file: sessionPrefix + id + sessionFile, lock: f}, nil
	}
	return nil, fmt.Errorf("no session file name was free in %s", dir)
}

// Session says the store keeps a session file, not the usual one.
func (s *Store) Session() bool { return s.file != fileName }

// Close lets go of the store's lock, as the end of the process does.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

// left is a session file no running certpath holds.
type left struct {
	id, path string
	lock     *os.File // held while it is looked at; nil when it had none
}

// leftSessions lists the session files in dir whose certpath has ended,
// holding each one's lock until release. A session still running, or one
// whose lock is not a plain file, is left alone.
func leftSessions(dir string) []left {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	ids := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, sessionPrefix) {
			continue
		}
		for _, ext := range []string{sessionLock, sessionFile} {
			if id, ok := strings.CutSuffix(strings.TrimPrefix(name, sessionPrefix), ext); ok && id != "" {
				ids[id] = true
			}
		}
	}
	var out []left
	for id := range ids {
		l := left{id: id, path: filepath.Join(dir, sessionPrefix+id+sessionFile)}
		f, err := openLock(filepath.Join(dir, sessionPrefix+id+sessionLock), false)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			continue
		default:
			if lockFile(f) != nil {
				f.Close()
				continue // its certpath is running
			}
			l.lock = f
		}
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// remove deletes a left session: its answers and its lock.
func (l left) remove() {
	os.Remove(l.path)
	l.release(true)
}

// release lets go of its lock, deleting the lock file with del.
func (l left) release(del bool) {
	if l.lock == nil {
		return
	}
	if del {
		os.Remove(l.lock.Name())
	}
	l.lock.Close()
}

// adopt offers the newest answers an ended session kept, when they are newer
// than the usual file's: the session file becomes the usual file, and the
// usual file's answers are kept under a session name of their own, so
// nothing is lost. The caller holds the usual file's lock.
func (s *Store) adopt(b questions.Bank, l Loaded, now time.Time) Loaded {
	sessions := leftSessions(s.dir)
	defer func() {
		for _, ls := range sessions {
			ls.release(false)
		}
	}()
	best, notes := newestLeft(b, sessions)
	l.Notes = append(l.Notes, notes...)
	if best == nil || (len(l.Answers) > 0 && !best.saved.After(l.Saved)) {
		return l
	}
	note := "These are the answers another certpath kept in " + best.path + "; they are in " + s.Path() + " now."
	if _, err := os.Lstat(s.Path()); err == nil {
		aside := filepath.Join(s.dir, sessionPrefix+sessionID(now)+sessionFile)
		if err := os.Link(s.Path(), aside); err != nil {
			l.Notes = append(l.Notes, fmt.Sprintf("The answers another certpath kept in %s are newer, but %s could not be kept aside (%v), so they are left there.", best.path, s.Path(), err))
			return l
		}
		note += " The earlier answers from " + s.Path() + " are kept in " + aside + "."
	}
	if err := os.Rename(best.path, s.Path()); err != nil {
		l.Notes = append(l.Notes, fmt.Sprintf("The answers another certpath kept in %s could not be taken up (%v); the file is left as it is.", best.path, err))
		return l
	}
	best.release(true)
	forgetLock(sessions, best.id)
	return best.loaded(note)
}

// leftAnswers are the answers an ended session kept, as Decode read them.
type leftAnswers struct {
	left
	answers questions.Answers
	saved   time.Time
	dropped []string
}

// newestLeft reads the sessions' answers and returns the newest that has
// any (nil if none has), with a note for each session file that could not
// be read. A session that never saved has its lock deleted and let go.
func newestLeft(b questions.Bank, sessions []left) (best *leftAnswers, notes []string) {
	for i, ls := range sessions {
		info, err := os.Lstat(ls.path)
		if errors.Is(err, fs.ErrNotExist) {
			ls.release(true) // it never saved: nothing to keep
			sessions[i].lock = nil
			continue
		}
		if err != nil || !info.Mode().IsRegular() || info.Size() > MaxStateBytes {
			continue
		}
		data, err := readCapped(ls.path, MaxStateBytes)
		if err != nil {
			continue
		}
		answers, when, dropped, err := Decode(b, data)
		if err != nil {
			notes = append(notes, fmt.Sprintf("The answers another certpath kept in %s could not be read (%v); the file is left as it is.", ls.path, err))
			continue
		}
		if len(answers) > 0 && (best == nil || when.After(best.saved)) {
			best = &leftAnswers{ls, answers, when, dropped}
		}
	}
	return best, notes
}

// forgetLock marks the lock of session id as let go already.
func forgetLock(sessions []left, id string) {
	for i := range sessions {
		if sessions[i].id == id {
			sessions[i].lock = nil
		}
	}
}

// loaded is what a start-up offers once these answers are the usual file's,
// with note saying where they came from.
func (a *leftAnswers) loaded(note string) Loaded {
	out := Loaded{Answers: a.answers, Saved: a.saved}
	if len(a.dropped) > 0 {
		out.Notes = append(out.Notes, droppedNote(len(a.dropped), len(a.answers)))
	}
	out.Notes = append(out.Notes, note)
	return out
}

// clearSessions deletes every ended session, for --fresh.
func (s *Store) clearSessions() {
	for _, ls := range leftSessions(s.dir) {
		ls.remove()
	}
}

// Start opens the saved answers for one certpath in dir: the usual file when
// this is the only certpath using it (with the newest answers an ended
// session kept), a session file of its own when another holds it, nothing
// to save in (but the answers it can read) when the folder takes no file.
// fresh starts over: the usual file and ended sessions are deleted when this
// certpath holds them, and nothing saved is offered.
func Start(dir string, b questions.Bank, fresh bool, now time.Time, writable func(*Store) error) (*Store, Loaded, error) {
	main := Open(dir)
	none := Loaded{Answers: questions.Answers{}}
	// readable offers what can be read without holding the file.
	readable := func(note string) Loaded {
		l := none
		if !fresh {
			if info, err := os.Lstat(main.Path()); err == nil && info.Mode().IsRegular() {
				l = main.Load(b, now)
			}
		}
		l.Notes = append(l.Notes, note)
		return l
	}
	if err := writable(main); err != nil {
		return nil, readable(fmt.Sprintf("certpath cannot save in %s (%v): your answers are kept only while it runs.", words.Literal(dir), err)), nil
	}
	switch err := main.Lock(); {
	case errors.Is(err, ErrLocked):
		// Another certpath is running with the same answers: this one reads
		// them but keeps its own in a session file, so neither overwrites
		// the other.
		session, serr := OpenSession(dir, now)
		if serr != nil {
			return nil, readable(fmt.Sprintf("Another certpath is using your saved answers in %s, and no session file could be made beside it (%v): your answers are kept only while this one runs.", main.Path(), serr)), nil
		}
		note := "Another certpath is using your saved answers in " + main.Path() + ". This one keeps its answers separately in " + session.Path() + ", so neither overwrites the other."
		if fresh {
			note = "Starting over. Another certpath is using your saved answers in " + main.Path() + ", so they are left as they are; this one keeps its answers separately in " + session.Path() + "."
		}
		return session, readable(note), nil
	case err != nil:
		return nil, readable(fmt.Sprintf("certpath could not lock %s (%v): your answers are kept only while it runs.", dir, err)), nil
	}
	if fresh {
		if err := main.Clear(); err != nil {
			main.Close()
			return nil, Loaded{}, fmt.Errorf("--fresh could not delete %s: %w", main.Path(), err)
		}
		main.clearSessions()
	}
	l := main.Load(b, now)
	if l.Unusable {
		main.Close()
		return nil, l, nil
	}
	if !fresh {
		l = main.adopt(b, l, now)
	}
	return main, l, nil
}
