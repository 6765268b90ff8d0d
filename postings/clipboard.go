package postings

import (
	"certpath/termtext"
	"certpath/words"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// ClipboardTimeout bounds one clipboard read; a variable so that tests can
// shorten it.
var ClipboardTimeout = 3 * time.Second

// ReadClipboard reads a posting from the system clipboard, at most MaxBytes
// of it (note then says only the first MiB is used) and within
// ClipboardTimeout. The clipboard tool (xclip, xsel, wl-paste, pbpaste...)
// is run here, so a tool that hangs or writes without end is stopped. Where
// there is none, the error says so and what to do instead.
func ReadClipboard() (p Text, note string, err error) {
	args := pasteCommand()
	if args == nil {
		return p, "", errors.New("no clipboard is available here (on Linux it needs xclip, xsel or wl-clipboard); paste with your terminal instead")
	}
	ctx, cancel := context.WithTimeout(context.Background(), ClipboardTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	kill := ownGroup(cmd)
	// Once MaxBytes are read, the tool is stopped: the rest is never read.
	out := &capped{max: MaxBytes + 1, full: kill}
	stderr := &capped{max: 512}
	cmd.Stdout, cmd.Stderr = out, stderr
	cmd.WaitDelay = 500 * time.Millisecond
	err = cmd.Run()
	truncated := out.Len() > MaxBytes
	switch {
	case truncated:
		// The tool was stopped at the cap; what it said after is moot.
	case ctx.Err() != nil:
		return p, "", fmt.Errorf("the clipboard did not answer within %s; paste with your terminal instead", seconds(ClipboardTimeout))
	case errors.Is(err, exec.ErrWaitDelay):
		// The tool ended well, but a process it started still held its
		// output: that one is stopped, and what the tool printed is kept.
		kill()
		if out.Len() == 0 {
			return p, "", fmt.Errorf("the clipboard could not be read (%s ended without printing anything, leaving a process of its own running); paste with your terminal instead", args[0])
		}
		note = fmt.Sprintf("the clipboard tool %s ended but left a process of its own holding its output open; certpath used the %s it printed and stopped that process", args[0], words.Bytes(out.Len()))
	case err != nil:
		why := strings.TrimSpace(termtext.Sanitize(stderr.String()))
		if i := strings.IndexByte(why, '\n'); i >= 0 {
			why = why[:i]
		}
		if why == "" {
			why = err.Error()
		}
		return p, "", fmt.Errorf("the clipboard could not be read (%s: %s); paste with your terminal instead", args[0], why)
	}
	data := out.Bytes()
	if truncated {
		data = data[:MaxBytes]
		note = "the clipboard holds over 1 MiB; only its first MiB is used"
	}
	if strings.TrimSpace(string(data)) == "" {
		return p, "", errors.New("the clipboard is empty; copy the posting's text first")
	}
	text, err := Check(data, truncated)
	if err != nil {
		return p, "", errors.New("the clipboard: " + err.Error())
	}
	return Text{Name: "clipboard", Text: text}, note, nil
}
