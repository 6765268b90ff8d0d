//go:build darwin || freebsd || netbsd || openbsd

package termguard

import "golang.org/x/sys/unix"

// The requests that read and set a terminal's settings.
const (
	ioctlReadTermios  = unix.TIOCGETA
	ioctlWriteTermios = unix.TIOCSETA
)
