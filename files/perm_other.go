//go:build !unix

package files

import (
	"certpath/words"
	"fmt"
	"io/fs"
	"os"
)

// checkWritable refuses a file with no write permission.
func checkWritable(path string, info fs.FileInfo) error {
	if info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only; make it writable or choose another path", words.Literal(path))
	}
	return nil
}

// linked cannot tell hard links here.
func linked(fs.FileInfo) bool { return false }

func openDevice(path string, _ bool) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	return f, writeError(path, err)
}

func isReadOnlyFS(error) bool { return false }

// dupDescriptor: descriptors other than the standard streams cannot be
// named here.
func dupDescriptor(n int) (*os.File, error) {
	return nil, fmt.Errorf("descriptor %d cannot be written here; give a file name", n)
}

func isBadDescriptor(error) bool { return false }
