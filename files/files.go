// Package files writes the files certpath produces for people (exports and
// --output) and its own state files. A person's file is written the way a
// shell redirect writes it: a symlink is followed (a dangling one creates its
// target), /dev/stdout and /dev/stderr are the open descriptors (so `>> log`
// appends), a device or FIFO is written in place and never replaced, a
// read-only file is refused, even for root, a file with other hard links or
// another owner is written in place, and a missing folder is an error, never
// created. A regular file of one's own is replaced atomically.
package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
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
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("the folder %s does not exist; create it first or choose another path", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is not a folder", dir)
	}
	return nil
}

// stdStreams are the open descriptors a path can name. They are written as
// the descriptor, never resolved through /proc/self/fd to the file behind
// it: that file may be a log opened for appending.
var stdStreams = map[int]**os.File{1: &os.Stdout, 2: &os.Stderr}

// streamOf says which standard stream a path names: /dev/stdout,
// /dev/stderr, /dev/fd/N or /proc/self/fd/N for N 1 or 2.
func streamOf(path string) (int, bool) {
	switch path = filepath.Clean(path); path {
	case "/dev/stdout":
		return 1, true
	case "/dev/stderr":
		return 2, true
	}
	for _, dir := range []string{"/dev/fd/", "/proc/self/fd/"} {
		if n, err := strconv.Atoi(strings.TrimPrefix(path, dir)); strings.HasPrefix(path, dir) && err == nil {
			if _, ok := stdStreams[n]; ok {
				return n, true
			}
		}
	}
	return 0, false
}

// resolve follows symlinks to the path they end at, which need not exist
// (a dangling symlink names the file to create). It stops at a standard
// stream's name. Symlinks in the folders on the way are left to the system.
func resolve(path string) (string, error) {
	for range 40 {
		if _, ok := streamOf(path); ok {
			return path, nil
		}
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path, err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path, fmt.Errorf("%s is a symlink loop (more than 40 links); give the file itself", path)
}

// WriteOutput writes data to path as a shell's `>` would (see the package
// comment). It returns the path written.
func WriteOutput(path string, data []byte) (string, error) {
	path, err := resolve(ExpandHome(path))
	if err != nil {
		return path, err
	}
	if n, ok := streamOf(path); ok {
		_, err := (*stdStreams[n]).Write(data)
		return path, err
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return path, fmt.Errorf("%s is a folder; give a file name", path)
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
		return path, err
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
	path, err := resolve(ExpandHome(path))
	if err != nil {
		return path, err
	}
	if _, ok := streamOf(path); ok {
		return path, fmt.Errorf("%s is the terminal certpath is drawing on; give a file name", path)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return path, fmt.Errorf("%s is a folder; give a file name", path)
	case err == nil && !info.Mode().IsRegular():
		for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
			if fi, ferr := f.Stat(); ferr == nil && os.SameFile(fi, info) && term.IsTerminal(f.Fd()) {
				return path, fmt.Errorf("%s is the terminal certpath is drawing on; give a file name", path)
			}
		}
		return path, writeDevice(path, data, false)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return path, err
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
			return try, fmt.Errorf("could not create %s: %w", try, unwrapPath(err))
		}
	}
	return path, fmt.Errorf("%s and 999 numbered names beside it are taken", path)
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
		return fmt.Errorf("could not replace %s: %w", path, unwrapPath(err))
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
			return "", fmt.Errorf("could not create %s: %w (%w)", path, err, errNoTemp)
		}
		return "", fmt.Errorf("could not create %s: %w", path, err)
	}
	name := tmp.Name()
	fail := func(err error) (string, error) {
		tmp.Close()
		os.Remove(name)
		return "", fmt.Errorf("could not write %s: %w", path, unwrapPath(err))
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
		return "", fmt.Errorf("could not write %s: %w", path, unwrapPath(err))
	}
	return name, nil
}

// writeInPlace truncates and writes an existing file, as `>` does: its
// inode, links, owner and mode stay.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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
		return err
	}
	return f.Close()
}

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
