// Package files writes the files certpath produces for people (exports and
// --output) and its own state files. A person's file is written the way a
// shell redirect writes it: a symlink is followed (a dangling one creates its
// target), a path that names an open descriptor (/dev/stdout, /dev/fd/3,
// /proc/self/fd/3 and the like) is written through the descriptor (so
// `>> log` and `3>> log` append), a device or FIFO is written in place and
// never replaced, a read-only file is refused, even for root, a file with
// other hard links or another owner is written in place, and a missing
// folder is an error, never created. A regular file of one's own is
// replaced atomically.
package files

import (
	"certpath/words"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"
)

// ExpandHome turns a leading ~ into the home folder.
func ExpandHome(path string) string {
	if path == "~" || strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, strings.TrimPrefix(path, "~"))
		}
	}
	return path
}

// checkFolder says clearly when the folder a file goes to is missing.
func checkFolder(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("could not read the folder %s: %w", words.Literal(dir), unwrapPath(err))
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("the folder %s does not exist; create it first or choose another path", words.Literal(dir))
	case !info.IsDir():
		return fmt.Errorf("%s is not a folder", words.Literal(dir))
	}
	return nil
}

// resolve follows symlinks to the path they end at, which need not exist
// (a dangling symlink names the file to create). It stops at a path that
// names an open descriptor (see descriptorOf) and returns the descriptor,
// else -1. Symlinks in the folders on the way are left to the system.
func resolve(path string) (string, int, error) {
	for range 40 {
		if n, ok, err := descriptorOf(path); ok || err != nil {
			return path, n, err
		}
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, -1, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path, -1, err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path, -1, fmt.Errorf("%s is a symlink loop (more than 40 links); give the file itself", words.Literal(path))
}

// WriteOutput writes data to path as a shell's `>` would (see the package
// comment). It returns the path written.
func WriteOutput(path string, data []byte) (string, error) {
	path, fd, err := resolve(ExpandHome(path))
	if err != nil {
		return path, err
	}
	if fd >= 0 {
		return path, writeDescriptor(path, fd, data, false)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return path, fmt.Errorf("%s is a folder; give a file name", words.Literal(path))
	case err == nil && !info.Mode().IsRegular():
		return path, writeDevice(path, data, true)
	case err == nil:
		if err := checkWritable(path, info); err != nil {
			return path, err
		}
		if linked(info) {
			return path, writeInPlace(path, data)
		}
		err := Replace(path, data, info.Mode().Perm())
		if errors.Is(err, errNoTemp) {
			// A writable file in a folder that is not: a shell writes it, so
			// does certpath, in place.
			return path, writeInPlace(path, data)
		}
		return path, err
	case !errors.Is(err, fs.ErrNotExist):
		return path, writeError(path, err)
	}
	if err := checkFolder(path); err != nil {
		return path, err
	}
	return path, Replace(path, data, 0o644)
}

// WriteNew writes data to path without ever replacing a file: when path is
// taken by a regular file it tries path-2, path-3 and so on (before the
// extension) and returns the path it wrote; the file appears whole or not at
// all. A symlink is followed; a device or FIFO is written in place, never
// given a neighbour; the terminal certpath draws on is refused.
func WriteNew(path string, data []byte) (string, error) {
	path, fd, err := resolve(ExpandHome(path))
	if err != nil {
		return path, err
	}
	if fd >= 0 {
		return path, writeDescriptor(path, fd, data, true)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return path, fmt.Errorf("%s is a folder; give a file name", words.Literal(path))
	case err == nil && !info.Mode().IsRegular():
		for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
			if fi, ferr := f.Stat(); ferr == nil && os.SameFile(fi, info) && term.IsTerminal(f.Fd()) {
				return path, errTerminal(path)
			}
		}
		return path, writeDevice(path, data, false)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return path, writeError(path, err)
	}
	if err := checkFolder(path); err != nil {
		return path, err
	}
	tmp, err := writeTemp(path, data, 0o644)
	if err != nil {
		return path, err
	}
	defer os.Remove(tmp)
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext)
	for n := 1; n < 1000; n++ {
		try := path
		if n > 1 {
			try = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		err := os.Link(tmp, try)
		if err == nil {
			syncDir(filepath.Dir(try))
			return try, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return try, fmt.Errorf("could not create %s: %w", words.Literal(try), unwrapPath(err))
		}
	}
	return path, fmt.Errorf("%s and 999 numbered names beside it are taken", words.Literal(path))
}

// Replace writes data to a synced temporary file beside path and renames it
// over path, so a reader sees the old file or the new one, never half of one.
// A symlink at path is replaced, not followed: callers that follow one
// resolve it first. Errors name path, never the temporary file.
func Replace(path string, data []byte, perm fs.FileMode) error {
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // a no-op after the rename
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("could not replace %s: %w", words.Literal(path), unwrapPath(err))
	}
	syncDir(filepath.Dir(path))
	return nil
}

// errNoTemp says the folder takes no new file (a temporary one included).
var errNoTemp = errors.New("the folder takes no new file")

// writeTemp writes data to a synced temporary file beside path.
func writeTemp(path string, data []byte, perm fs.FileMode) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		err = unwrapPath(err)
		if errors.Is(err, fs.ErrPermission) || isReadOnlyFS(err) {
			return "", fmt.Errorf("could not create %s: %w (%w)", words.Literal(path), err, errNoTemp)
		}
		return "", fmt.Errorf("could not create %s: %w", words.Literal(path), err)
	}
	name := tmp.Name()
	fail := func(err error) (string, error) {
		tmp.Close()
		os.Remove(name)
		return "", writeError(path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fail(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return "", writeError(path, err)
	}
	return name, nil
}

// writeInPlace truncates and writes an existing file, as `>` does: its
// inode, links, owner and mode stay.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return writeError(path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return writeError(path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return writeError(path, err)
	}
	return writeError(path, f.Close())
}

// writeError names the file a write failed on, shown as words.Literal
// shows a name.
func writeError(path string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("could not write %s: %w", words.Literal(path), unwrapPath(err))
}

// writeDevice writes a device or FIFO in place; it is never created,
// truncated or replaced. With wait, a FIFO waits for its reader as a shell
// redirect does; without, a FIFO nobody reads is an error at once (the
// screens cannot wait on it).
func writeDevice(path string, data []byte, wait bool) error {
	f, err := openDevice(path, wait)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return writeError(path, err)
	}
	return writeError(path, f.Close())
}

// Cause is err without the *PathError or *LinkError wrapper: for a message
// that names the file itself, as words.Literal shows it.
func Cause(err error) error { return unwrapPath(err) }

// unwrapPath drops the *PathError or *LinkError wrapper, whose path may be
// a temporary file's that says nothing to a person.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// syncDir makes a rename or link in dir survive a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
