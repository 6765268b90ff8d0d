package termguard

import "golang.org/x/sys/unix"

// The requests that read and set a terminal's settings.
const (
	ioctlReadTermios  = unix.TCGETS
	ioctlWriteTermios = unix.TCSETS
)
