//go:build !unix

package files

import (
	"fmt"
	"io/fs"
	"os"
)

// checkWritable refuses a file with no write permission.
func checkWritable(path string, info fs.FileInfo) error {
	if info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only; make it writable or choose another path", path)
	}
	return nil
}

// linked cannot tell hard links here.
func linked(fs.FileInfo) bool { return false }

func openDevice(path string, _ bool) (*os.File, error) { return os.OpenFile(path, os.O_WRONLY, 0) }

func isReadOnlyFS(error) bool { return false }
