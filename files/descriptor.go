package files

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"certpath/words"

	"github.com/charmbracelet/x/term"
)

// namedStreams are the standard streams' own names.
var namedStreams = map[string]int{"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}

// descriptorOf says which open descriptor of this process path names:
// /dev/stdin, /dev/stdout, /dev/stderr, or N in /dev/fd/N,
// /proc/self/fd/N, /proc/thread-self/fd/N, /proc/PID/fd/N or
// /proc/PID/task/TID/fd/N (PID this process), also through a folder that
// is a symlink to one of those. Such a path is written through the
// descriptor, as a shell's redirect leaves it (so `3>>log` appends), never
// resolved to the file behind it and replaced. Another process's
// descriptor is an error: it cannot be written through.
func descriptorOf(path string) (int, bool, error) {
	path = filepath.Clean(path)
	if n, ok := namedStreams[path]; ok {
		return n, true, nil
	}
	n, err := strconv.Atoi(filepath.Base(path))
	if err != nil || n < 0 || strconv.Itoa(n) != filepath.Base(path) {
		return 0, false, nil
	}
	dir := filepath.Dir(path)
	switch dir {
	case "/dev/fd", "/proc/self/fd", "/proc/thread-self/fd":
		return n, true, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return 0, false, nil
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return 0, false, nil
	}
	if real == "/dev/fd" {
		return n, true, nil
	}
	pid, ok := procFDFolder(real)
	switch {
	case !ok:
		return 0, false, nil
	case pid != os.Getpid():
		return 0, false, fmt.Errorf("%s is an open file of another program (process %d), which certpath cannot write through; give the file's own path", words.Literal(path), pid)
	}
	return n, true, nil
}

// procFDFolder reads /proc/PID/fd or /proc/PID/task/TID/fd, the folders
// of a process's open descriptors, and returns PID.
func procFDFolder(dir string) (int, bool) {
	rest, ok := strings.CutPrefix(dir, "/proc/")
	if !ok {
		return 0, false
	}
	parts := strings.Split(rest, "/")
	if len(parts) == 4 && parts[1] == "task" && digits(parts[2]) {
		parts = []string{parts[0], parts[3]}
	}
	if len(parts) != 2 || parts[1] != "fd" || !digits(parts[0]) {
		return 0, false
	}
	pid, err := strconv.Atoi(parts[0])
	return pid, err == nil
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// stdStreams are the standard streams certpath writes as the variables
// the os package keeps for them.
var stdStreams = map[int]**os.File{1: &os.Stdout, 2: &os.Stderr}

// writeDescriptor writes data through open descriptor n, which path names.
// The descriptor is written as it is: one opened for appending appends, a
// pipe or a terminal is written in place; nothing is opened, truncated or
// replaced. For the screens (screens), the standard streams and any
// terminal are refused: the screens draw on it.
func writeDescriptor(path string, n int, data []byte, screens bool) error {
	if screens && n <= 2 {
		return errTerminal(path)
	}
	if f, ok := stdStreams[n]; ok {
		_, err := (*f).Write(data)
		return descriptorError(path, n, err)
	}
	f, err := dupDescriptor(n)
	if err != nil {
		return err
	}
	if screens && term.IsTerminal(f.Fd()) {
		f.Close()
		return errTerminal(path)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return descriptorError(path, n, err)
}

// errTerminal refuses the terminal the screens draw on.
func errTerminal(path string) error {
	return fmt.Errorf("%s is the terminal certpath is drawing on; give a file name", words.Literal(path))
}

// descriptorError says why a write through descriptor n failed.
func descriptorError(path string, n int, err error) error {
	switch {
	case err == nil:
		return nil
	case isBadDescriptor(err):
		return fmt.Errorf("descriptor %d is not open for writing; open it with %d>>FILE or give a file name", n, n)
	}
	return fmt.Errorf("writing %s (descriptor %d): %w", words.Literal(path), n, unwrapPath(err))
}
