package postings

import (
	"errors"
	"strings"

	"github.com/atotto/clipboard"
)

// ReadClipboard reads a posting from the system clipboard. Where there is
// none (no xclip, xsel or wl-clipboard on Linux, or no display), the error
// says so and what to do instead.
func ReadClipboard() (Text, error) {
	if clipboard.Unsupported {
		return Text{}, errors.New("no clipboard is available here (on Linux it needs xclip, xsel or wl-clipboard); paste with your terminal instead")
	}
	s, err := clipboard.ReadAll()
	if err != nil {
		return Text{}, errors.New("the clipboard could not be read (" + err.Error() + "); paste with your terminal instead")
	}
	if strings.TrimSpace(s) == "" {
		return Text{}, errors.New("the clipboard is empty; copy the posting's text first")
	}
	text, err := Check([]byte(s), false)
	if err != nil {
		return Text{}, errors.New("the clipboard: " + err.Error())
	}
	return Text{Name: "clipboard", Text: text}, nil
}
