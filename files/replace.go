package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"certpath/words"
)

// Rewrite replaces a file certpath keeps in a folder the user named (such
// as checked.yaml in a content folder) with data, atomically: a reader sees
// the old file or the new one. Unlike WriteOutput it follows nothing: a
// symlink at path is refused, so a link never carries the write out of the
// folder; so are a read-only file (even for root), a folder, a device and
// a FIFO. A missing file is created with mode 0644; a file keeps its mode.
func Rewrite(path string, data []byte) error {
	perm, err := rewritable(path)
	if err != nil {
		return err
	}
	return Replace(path, data, perm)
}

// CanRewrite says, before any work is done, why Rewrite would refuse path;
// nil when it would write it.
func CanRewrite(path string) error {
	_, err := rewritable(path)
	return err
}

// rewritable is the mode Rewrite gives path, or why it refuses it.
func rewritable(path string) (fs.FileMode, error) {
	name := words.Literal(path)
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0o644, checkFolder(path)
	case err != nil:
		return 0, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
	case info.Mode()&fs.ModeSymlink != 0:
		return 0, fmt.Errorf("%s is a symlink, and certpath writes it only as a file of its own there, never through a link; replace the link with a copy of its file", name)
	case info.IsDir():
		return 0, fmt.Errorf("%s is a folder; certpath writes a file there", name)
	case !info.Mode().IsRegular():
		return 0, fmt.Errorf("%s is not a regular file (a device or a pipe); certpath writes a file there", name)
	case info.Mode().Perm()&0o222 == 0:
		// Refused even for root, whom the system would let write it.
		return 0, fmt.Errorf("%s is read-only; make it writable (chmod u+w) for certpath to replace it", name)
	}
	if err := checkWritable(path, info); err != nil {
		return 0, err
	}
	return info.Mode().Perm(), nil
}
