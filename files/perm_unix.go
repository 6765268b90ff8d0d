//go:build unix

package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"certpath/words"
)

// checkWritable refuses a file the caller may not write, as a shell's `>`
// would. The mode bits are read here, not left to open(2): root passes
// every permission check, but a file with no write bit is read-only to a
// person, and a rename would replace it regardless.
func checkWritable(path string, info fs.FileInfo) error {
	if info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only; make it writable (chmod u+w) or choose another path", words.Literal(path))
	}
	if os.Geteuid() != 0 {
		if err := syscall.Access(path, 2); err != nil {
			return fmt.Errorf("you may not write %s (%v); choose another path", words.Literal(path), err)
		}
	}
	return nil
}

// linked says a file must be written in place, not replaced by a new one:
// it has other hard links that must keep seeing it, or another owner a
// new file would not have.
func linked(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	return st.Nlink > 1 || int(st.Uid) != os.Geteuid() || int(st.Gid) != os.Getegid()
}

// openDevice opens a device or FIFO for writing. Without wait, a FIFO
// nobody reads is an error at once rather than a wait without end.
func openDevice(path string, wait bool) (*os.File, error) {
	if wait {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		return f, writeError(path, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if errors.Is(err, syscall.ENXIO) {
		return nil, fmt.Errorf("%s is a FIFO that no program is reading", words.Literal(path))
	}
	if err != nil {
		return nil, writeError(path, err)
	}
	// The descriptor goes back to blocking so a full pipe or a slow device
	// is waited for, not an error.
	if err := syscall.SetNonblock(int(f.Fd()), false); err != nil {
		f.Close()
		return nil, writeError(path, err)
	}
	return f, nil
}

// isReadOnlyFS says err is a read-only file system's.
func isReadOnlyFS(err error) bool { return errors.Is(err, syscall.EROFS) }

// dupDescriptor returns a copy of open descriptor n to write through. A
// descriptor certpath opened itself is refused: it is the program's own
// (its poller, a file it reads), not one the command was given. Every
// descriptor Go opens is close-on-exec; one a shell hands down never is.
func dupDescriptor(n int) (*os.File, error) {
	flags, err := unix.FcntlInt(uintptr(n), unix.F_GETFD, 0)
	if err != nil {
		return nil, fmt.Errorf("descriptor %d is not open; open it with %d>>FILE or give a file name", n, n)
	}
	if flags&unix.FD_CLOEXEC != 0 {
		return nil, fmt.Errorf("descriptor %d is one certpath opened itself, not one it was given; give a file name", n)
	}
	d, err := unix.FcntlInt(uintptr(n), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("descriptor %d could not be used: %w", n, err)
	}
	return os.NewFile(uintptr(d), "descriptor "+strconv.Itoa(n)), nil
}

// isBadDescriptor says a write failed because the descriptor is not open
// for writing.
func isBadDescriptor(err error) bool { return errors.Is(err, syscall.EBADF) }
