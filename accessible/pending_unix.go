//go:build unix

package accessible

import (
	"os"

	"golang.org/x/sys/unix"
)

// inputWaiting reports whether more of the input has already arrived on a
// terminal: a paste's lines come in together, a person's enter comes alone.
// A terminal hands the program one line per read, so the rest of a paste
// waits in it; pasteGap is how long certpath looks.
func inputWaiting(f *os.File) bool {
	fds := []unix.PollFd{{Fd: int32(f.Fd()), Events: unix.POLLIN}}
	n, err := unix.Poll(fds, int(pasteGap.Milliseconds()))
	return err == nil && n > 0 && fds[0].Revents&unix.POLLIN != 0
}
