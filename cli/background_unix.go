//go:build unix

package cli

import (
	"image/color"
	"os"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// canAsk: on this system certpath asks the terminal itself.
const canAsk = true

// askBackground asks the terminal on in and out for its background colour
// and waits at most wait for the answer; ok is false when none came. The
// device attributes are asked too: every terminal answers those, so one
// that does not know the colour question ends the wait at once.
func askBackground(in, out *os.File, wait time.Duration) (c color.Color, ok bool) {
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return nil, false
	}
	defer term.Restore(in.Fd(), state)
	if _, err := out.WriteString(ansi.RequestBackgroundColor + ansi.RequestPrimaryDeviceAttributes); err != nil {
		return nil, false
	}
	deadline := time.Now().Add(wait)
	var got []byte
	buf := make([]byte, 256)
	for len(got) < 4096 {
		left := time.Until(deadline)
		if left <= 0 {
			return nil, false
		}
		fds := []unix.PollFd{{Fd: int32(in.Fd()), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return nil, false
		}
		n, err = unix.Read(int(in.Fd()), buf)
		if err != nil || n == 0 {
			return nil, false
		}
		got = append(got, buf[:n]...)
		if c, done := backgroundAnswer(got); done {
			return c, c != nil
		}
	}
	return nil, false
}
