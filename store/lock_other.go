//go:build !unix

package store

import "os"

// lockFile does nothing where advisory locks are not available: two
// instances there write in turn, the newest state winning.
func lockFile(*os.File) error { return nil }

// openLock opens a lock file, creating it new with create.
func openLock(path string, create bool) (*os.File, error) {
	flags := os.O_RDWR
	if create {
		flags |= os.O_CREATE | os.O_EXCL
	}
	return os.OpenFile(path, flags, 0o600)
}
