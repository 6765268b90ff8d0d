// Package termguard puts the terminal back when certpath's screens end
// without doing it themselves. Bubble Tea restores the terminal on every way
// out it sees (quit, a signal, a panic it catches), but after the Go
// runtime's fatal errors (out of memory, a stack overflow, a panic in a
// goroutine of its own) or a SIGKILL nothing in the process runs: the
// terminal was left in the alternate screen, the cursor hidden, keys neither
// echoed nor read by line (hostile-inputs-3, N1).
//
// So a guard, this same program started again as a child (Serve), keeps the
// terminal's settings from before the screens and waits. The program says
// when it is done (Guard.Stop); if it ends without saying so, the guard puts
// the settings back, leaves the alternate screen, shows the cursor, and says
// in one line why certpath stopped and where the answers are. While the
// screens run, the program's standard error goes to the guard: the screens
// would hide what is written there anyway, the runtime writes its last words
// there ("fatal error: out of memory"), and the guard acts on them while the
// dying program is still writing its trace, before the shell prints its
// prompt. A program that ends well gets what it wrote there printed after
// the screens, as before.
package termguard

import (
	"os"
	"regexp"
	"strings"

	"certpath/termtext"
)

// childEnv names the child this program is started as; postings uses the
// same variable, with "pdf", for its PDF reader.
const (
	childEnv   = "CERTPATH_CHILD"
	childGuard = "terminal"
)

// Serve makes this program able to guard the terminal. Call it first in
// main (and in the TestMain of tests that start a guard): when the process
// was started as a guard, it guards and exits, and Serve never returns.
func Serve() {
	if os.Getenv(childEnv) == childGuard {
		os.Exit(serve())
	}
}

// The guard's messages from the program, one a line on its standard input
// after the terminal's settings.
const (
	// noteCmd sets the sentence said after a crash (where the answers are).
	noteCmd = "note "
	// doneCmd says the program restored the terminal itself.
	doneCmd = "done"
)

// lastWordsRE finds the line in which the runtime says why the program ends:
// a fatal error, an unrecovered panic, or a signal that kills it with a
// trace ("SIGQUIT: quit", "SIGSEGV: segmentation violation").
var lastWordsRE = regexp.MustCompile(`^(fatal error: |panic: |SIG[A-Z]+: )`)

// lastWords reports whether a line of standard error says the program is
// ending, and what it says, without the trailing CR that Bubble Tea's raw
// mode adds.
func lastWords(line string) (string, bool) {
	line = strings.TrimRight(line, "\r\n")
	return line, lastWordsRE.MatchString(line)
}

// maxReason bounds the runtime's words quoted in the line: a panic's value
// can be long.
const maxReason = 200

// stoppedLine is what the guard says once it restored the terminal: why the
// program stopped, when its last words say so, and the program's note.
func stoppedLine(reason, note string) string {
	reason = strings.TrimSpace(termtext.Sanitize(reason))
	if r := []rune(reason); len(r) > maxReason {
		reason = string(r[:maxReason]) + "…"
	}
	line := "certpath stopped without closing its screens (it was killed, or ran out of memory); the terminal was restored."
	if reason != "" {
		line = "certpath stopped on an error it could not recover from (" + reason + "); the terminal was restored."
	}
	if note = strings.TrimSpace(termtext.Sanitize(note)); note != "" {
		line += " " + note
	}
	return line + "\n"
}
