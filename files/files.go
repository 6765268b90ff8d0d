// Package files writes the files certpath produces for people: exports and
// --output. A regular file is written atomically, a symlink is followed to
// the file it names, a device or FIFO (/dev/stdout, /dev/null) is written in
// place and never replaced, and a missing folder is an error, never created.
package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

// WriteOutput writes data to path the way a command line tool's -o does: a
// regular file (new or existing) is replaced atomically; a symlink is
// resolved and the file it names written; anything that is not a regular
// file (a device, a FIFO) is written in place, never replaced; a folder is
// refused. It returns the path written.
func WriteOutput(path string, data []byte) (string, error) {
	path = ExpandHome(path)
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return path, fmt.Errorf("%s is a folder; give a file name", path)
	case err == nil && !info.Mode().IsRegular():
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return path, err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return path, err
		}
		return path, f.Close()
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return path, err
	}
	if err := checkFolder(path); err != nil {
		return path, err
	}
	perm := fs.FileMode(0o644)
	if info != nil {
		perm = info.Mode().Perm()
	}
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return path, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return path, err
	}
	syncDir(filepath.Dir(path))
	return path, nil
}

// WriteNew writes data to path without ever replacing a file: when path is
// taken it tries path-2, path-3 and so on (before the extension) and returns
// the path it wrote. The file appears whole or not at all.
func WriteNew(path string, data []byte) (string, error) {
	path = ExpandHome(path)
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
			return try, err
		}
	}
	return path, fmt.Errorf("%s and 999 numbered names beside it are taken", path)
}

// writeTemp writes data to a synced temporary file beside path.
func writeTemp(path string, data []byte, perm fs.FileMode) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return "", err
	}
	name := tmp.Name()
	fail := func(err error) (string, error) {
		tmp.Close()
		os.Remove(name)
		return "", err
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
		return "", err
	}
	return name, nil
}

// syncDir makes a rename or link in dir survive a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
