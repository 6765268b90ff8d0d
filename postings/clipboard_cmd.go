package postings

import (
	"os"
	"os/exec"
	"runtime"
)

// pasteCommand is the tool that prints the clipboard, found as
// atotto/clipboard finds it (wl-paste under Wayland, then xclip, xsel,
// termux-clipboard-get, and powershell.exe under WSL; pbpaste on macOS),
// but looked up when it is needed, so a PATH set later counts; nil when
// there is none.
func pasteCommand() []string {
	candidates := [][]string{
		{"xclip", "-out", "-selection", "clipboard"},
		{"xsel", "--output", "--clipboard"},
		{"termux-clipboard-get"},
		{"powershell.exe", "Get-Clipboard"},
	}
	switch {
	case runtime.GOOS == "darwin":
		candidates = [][]string{{"pbpaste"}}
	case runtime.GOOS == "windows":
		candidates = [][]string{{"powershell.exe", "-NoProfile", "-Command", "Get-Clipboard -Raw"}}
	case os.Getenv("WAYLAND_DISPLAY") != "":
		candidates = append([][]string{{"wl-paste", "--no-newline"}}, candidates...)
	}
	for _, c := range candidates {
		if _, err := exec.LookPath(c[0]); err == nil {
			return c
		}
	}
	return nil
}
