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

// offer picks the answers a start offers and names every other ended
// session's: the answers of the ended session named pick (its file's
// name), else the newest an ended session kept when they are newer than
// the usual file's, else the usual file's. Answers taken up from a session
// become the usual file, and the usual file's answers are kept under a
// session name of their own. Every ended session's answers not offered
// are named with their count, date and how to resume them; with fresh,
// nothing is taken up and nothing of theirs is deleted, for it was never
// offered. The caller holds the usual file's lock.
func (s *Store) offer(b questions.Bank, l Loaded, now time.Time, pick string, fresh bool) Loaded {
	sessions := leftSessions(s.dir)
	defer func() {
		for _, ls := range sessions {
			ls.release(false)
		}
	}()
	kept, notes := readLeft(b, sessions)
	if i := choose(kept, l, pick, fresh); i >= 0 {
		taken, aside, ok := s.takeUp(kept[i], l, now)
		l = taken
		if ok {
			forgetLock(sessions, kept[i].id)
			kept = append(kept[:i:i], kept[i+1:]...)
			if aside != nil {
				kept = append([]*leftAnswers{aside}, kept...)
			}
		}
	} else if pick != "" && !fresh {
		l.Notes = append(l.Notes, fmt.Sprintf("The answers in %s could not be resumed: no certpath that has ended kept them there any more.", words.Literal(filepath.Join(s.dir, pick))))
	}
	l.Notes = append(l.Notes, notes...)
	for _, k := range kept {
		l.Notes = append(l.Notes, k.keptNote())
	}
	return l
}

// choose says which of the ended sessions' answers (newest first) a start
// offers instead of the usual file's l, or -1.
func choose(kept []*leftAnswers, l Loaded, pick string, fresh bool) int {
	switch {
	case fresh:
		return -1
	case pick != "":
		for i, k := range kept {
			if filepath.Base(k.path) == pick {
				return i
			}
		}
		return -1
	case len(kept) > 0 && (len(l.Answers) == 0 || kept[0].saved.After(l.Saved)):
		return 0
	}
	return -1
}

// takeUp makes an ended session's answers the usual file's, keeping the
// usual file's answers l aside under a session name (returned, nil when
// the usual file held none). Without ok, nothing moved and l comes back
// with a note saying why.
func (s *Store) takeUp(best *leftAnswers, l Loaded, now time.Time) (Loaded, *leftAnswers, bool) {
	note := "These are the answers another certpath kept in " + words.Literal(best.path) + "; they are in " + words.Literal(s.Path()) + " now."
	var aside *leftAnswers
	if _, err := os.Lstat(s.Path()); err == nil {
		name := filepath.Join(s.dir, sessionPrefix+sessionID(now)+sessionFile)
		if err := os.Link(s.Path(), name); err != nil {
			l.Notes = append(l.Notes, fmt.Sprintf("The answers another certpath kept in %s were not taken up: %s could not be kept aside (%v), so they are left where they are.", words.Literal(best.path), words.Literal(s.Path()), err))
			return l, nil, false
		}
		if len(l.Answers) > 0 {
			aside = &leftAnswers{left: left{path: name}, answers: l.Answers, name: l.Name, saved: l.Saved, mine: true}
		}
	}
	if err := os.Rename(best.path, s.Path()); err != nil {
		l.Notes = append(l.Notes, fmt.Sprintf("The answers another certpath kept in %s could not be taken up (%v); the file is left as it is.", words.Literal(best.path), err))
		return l, nil, false
	}
	best.release(true)
	return best.loaded(note), aside, true
}

// leftAnswers are the answers an ended session kept, as Decode read them.
type leftAnswers struct {
	left
	answers questions.Answers
	name    string
	saved   time.Time
	dropped []string
	// mine marks the usual file's answers, just kept aside.
	mine bool
}

// keptNote names answers a start did not offer: how many, from when,
// where, and the command that resumes them.
func (a *leftAnswers) keptNote() string {
	when := ""
	if !a.saved.IsZero() {
		when = " from " + a.saved.Local().Format("2 Jan 2006 15:04")
	}
	are := " are "
	if len(a.answers) == 1 {
		are = " is "
	}
	what := words.Count(len(a.answers), "answer") + when + " that another certpath kept"
	if a.mine {
		what = "Your earlier " + words.Count(len(a.answers), "answer") + when
	}
	return fmt.Sprintf("%s%sin %s; to resume them instead, run\n    certpath --resume %s", what, are, words.Literal(a.path), words.Literal(filepath.Base(a.path)))
}

// readLeft reads the ended sessions' answers: those that hold any, newest
// first, and a note for each session file that could not be read (left as
// it is). A session that never saved has its lock deleted and let go; one
// whose file holds no answer at all is deleted: nothing is in it.
func readLeft(b questions.Bank, sessions []left) (kept []*leftAnswers, notes []string) {
	for i, ls := range sessions {
		info, err := os.Lstat(ls.path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			ls.release(true) // it never saved: nothing to keep
			sessions[i].lock = nil
			continue
		case err == nil && !info.Mode().IsRegular():
			err = errors.New("it is not a regular file")
		case err == nil && info.Size() > MaxStateBytes:
			err = fmt.Errorf("it is over the %d MiB a state file can be", MaxStateBytes>>20)
		}
		var data []byte
		if err == nil {
			data, err = readCapped(ls.path, MaxStateBytes)
		}
		var d decoded
		if err == nil {
			d, err = decode(b, data)
		}
		answers := d.answers
		switch {
		case err != nil:
			notes = append(notes, fmt.Sprintf("The answers another certpath kept in %s could not be read (%v); the file is left as it is.", words.Literal(ls.path), err))
		case len(answers) == 0 && len(d.dropped) == 0:
			ls.remove()
			sessions[i].lock = nil
		case len(answers) > 0:
			kept = append(kept, &leftAnswers{left: ls, answers: answers, name: d.name, saved: d.saved, dropped: d.dropped})
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].saved.After(kept[j].saved) })
	return kept, notes
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
	out := Loaded{Answers: a.answers, Name: a.name, Saved: a.saved}
	if len(a.dropped) > 0 {
		out.Notes = append(out.Notes, droppedNote(len(a.dropped), len(a.answers)))
	}
	out.Notes = append(out.Notes, note)
	return out
}

// Choice says what a start does with the saved answers.
type Choice struct {
	// Fresh starts over: the usual file is deleted and nothing saved is
	// offered. The answers ended sessions kept are left, and named.
	Fresh bool
	// Resume is the name of an ended session's file (see CheckResume):
	// its answers are offered instead of the newest.
	Resume string
}

// CheckResume checks that arg names the file of an ended session in dir,
// given as its name there or as a path, and returns its name. The error
// says what is wrong and what would be accepted.
func CheckResume(dir, arg string) (string, error) {
	path := arg
	if filepath.Base(arg) == arg {
		path = filepath.Join(dir, arg)
	}
	name := filepath.Base(path)
	id, _ := strings.CutSuffix(strings.TrimPrefix(name, sessionPrefix), sessionFile)
	info, err := os.Stat(path)
	folder, ferr := os.Stat(filepath.Dir(path))
	mine, merr := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("--resume %s: there is no such file; give the answers-….yaml file a start named, in %s", words.Literal(arg), words.Literal(dir))
	case err != nil:
		return "", fmt.Errorf("--resume %s: %v", words.Literal(arg), err)
	case ferr != nil || merr != nil || !os.SameFile(folder, mine) || !info.Mode().IsRegular() ||
		!strings.HasPrefix(name, sessionPrefix) || !strings.HasSuffix(name, sessionFile) || id == "":
		return "", fmt.Errorf("--resume %s is not answers another certpath kept in %s; give one of the answers-….yaml files a start named (certpath quiz --answers FILE scores an answers file)", words.Literal(arg), words.Literal(dir))
	}
	if f, err := openLock(filepath.Join(dir, sessionPrefix+id+sessionLock), false); err == nil {
		err = lockFile(f)
		f.Close()
		if errors.Is(err, ErrLocked) {
			return "", fmt.Errorf("--resume %s: the certpath that keeps these answers is still running; resume them once it has ended", words.Literal(arg))
		}
	}
	return name, nil
}

// Start opens the saved answers for one certpath in dir: the usual file when
// this is the only certpath using it (with the newest answers an ended
// session kept, or those how.Resume names), a session file of its own when
// another holds it, nothing to save in (but the answers it can read) when
// the folder takes no file. how.Fresh starts over: the usual file is
// deleted when this certpath holds it, and nothing saved is offered. Every
// ended session's answers not offered are named in the notes.
func Start(dir string, b questions.Bank, how Choice, now time.Time, writable func(*Store) error) (*Store, Loaded, error) {
	fresh := how.Fresh
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
			return nil, readable(fmt.Sprintf("Another certpath is using your saved answers in %s, and no session file could be made beside it (%v): your answers are kept only while this one runs.", words.Literal(main.Path()), serr)), nil
		}
		note := "Another certpath is using your saved answers in " + words.Literal(main.Path()) + ". This one keeps its answers separately in " + words.Literal(session.Path()) + ", so neither overwrites the other."
		if fresh {
			note = "Starting over. Another certpath is using your saved answers in " + words.Literal(main.Path()) + ", so they are left as they are; this one keeps its answers separately in " + words.Literal(session.Path()) + "."
		}
		if how.Resume != "" {
			note += " --resume takes effect once no other certpath is running."
		}
		return session, readable(note), nil
	case err != nil:
		return nil, readable(fmt.Sprintf("certpath could not lock %s (%v): your answers are kept only while it runs.", words.Literal(dir), err)), nil
	}
	if fresh {
		if err := main.Clear(); err != nil {
			main.Close()
			return nil, Loaded{}, fmt.Errorf("--fresh could not delete %s: %w", words.Literal(main.Path()), err)
		}
	}
	l := main.Load(b, now)
	if l.Unusable {
		main.Close()
		return nil, l, nil
	}
	return main, main.offer(b, l, now, how.Resume, fresh), nil
}
