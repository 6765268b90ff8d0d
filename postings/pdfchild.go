package postings

import (
	"bytes"
	"certpath/termtext"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

// The budget of one PDF or web page. ledongthuc/pdf trusts the file: a
// damaged or hostile PDF of a few hundred bytes can make it recurse until
// the stack overflows, allocate tens of gigabytes, or follow a loop forever,
// and Go cannot recover from the first two nor stop the third. The HTML
// parser is no better: a page can make it build millions of elements (see
// MaxHTMLElements) in ways no count made before parsing sees in full. So
// both are read by a child: this same program, started again with childEnv
// set to "pdf" or "html", which reads the file on its standard input and
// writes the text on its standard output. The child has its deadline
// (PDFDeadline, HTMLDeadline, or less when the caller's time runs out
// first) and, on Linux, childMemory of heap; it is killed when it misses
// either, and the parent gives one line.
const (
	childEnv    = "CERTPATH_CHILD"
	childMemory = 512 << 20
	// exitChildProblem is the child's status for a file it could read to a
	// clear problem, written on its standard output.
	exitChildProblem = 3
)

// PDFDeadline bounds one PDF's reading, HTMLDeadline one web page's; both
// variables so that tests can change them.
var (
	PDFDeadline  = 5 * time.Second
	HTMLDeadline = 10 * time.Second
)

// childReaders are what a child reads, by the value of childEnv, with the
// deadline its CPU limit follows.
var childReaders = map[string]struct {
	read     func([]byte) (string, error)
	deadline *time.Duration
}{
	"pdf":  {readPDF, &PDFDeadline},
	"html": {readHTML, &HTMLDeadline},
}

// childReady is set by ServeChild: the program's main (or a test binary's
// TestMain) calls it first, so this executable can act as the child.
var childReady bool

// ServeChild makes this program able to read PDFs and web pages in a child.
// Call it first in main (and in TestMain): when the process was started as a
// reader it reads, writes and exits, and ServeChild never returns. A program
// that never calls it reads them in-process, without the budget.
func ServeChild() {
	childReady = true
	reader, ok := childReaders[os.Getenv(childEnv)]
	if !ok {
		return
	}
	limitChild(childMemory, *reader.deadline)
	// A recursion fails at 64 MiB of stack, not at Go's 1 GB.
	debug.SetMaxStack(64 << 20)
	data, err := io.ReadAll(io.LimitReader(os.Stdin, MaxBytes+1))
	if err != nil || len(data) > MaxBytes {
		os.Stdout.WriteString("this file could not be handed to its reader; paste the posting's text instead")
		os.Exit(exitChildProblem)
	}
	text, err := reader.read(data)
	if err != nil {
		os.Stdout.WriteString(err.Error())
		os.Exit(exitChildProblem)
	}
	os.Stdout.WriteString(text)
	os.Exit(0)
}

// PDFText reads a PDF's text layer within the budget above. An encrypted,
// image-only, damaged or hostile PDF gets one clear error, never a crash
// nor a hang.
func PDFText(data []byte) (string, error) {
	if !childReady {
		return readPDF(data)
	}
	text, err := inChild(context.Background(), "pdf", data, PDFDeadline)
	var problem childProblem
	switch {
	case err == nil:
		return text, nil
	case errors.As(err, &problem):
		if problem == "" {
			return "", errors.New("this PDF could not be read; paste the posting's text instead")
		}
		return "", problem
	case errors.Is(err, errChildDeadline):
		return "", fmt.Errorf("this PDF could not be read within %s; paste the posting's text instead", seconds(PDFDeadline))
	case errors.Is(err, errChildFailed):
		// A fatal error, or the memory limit: the file made the reader fail.
		return "", errors.New("this PDF is damaged and could not be read (its reader ran out of memory or failed); paste the posting's text instead")
	}
	return "", fmt.Errorf("this PDF could not be read (%v); paste the posting's text instead", err)
}

// How a child can fail: its deadline passed, it failed (a fatal error, the
// memory limit), or it read the file to a problem (childProblem, its line;
// "" when it wrote none that reads as one). The caller's context ending
// first is that context's error; anything else is the child not starting.
var (
	errChildDeadline = errors.New("the reader's deadline passed")
	errChildFailed   = errors.New("the reader failed")
)

type childProblem string

func (p childProblem) Error() string { return string(p) }

// inChild reads data in a child of kind ("pdf", "html") within deadline and
// what is left of ctx, and returns the text it wrote.
func inChild(ctx context.Context, kind string, data []byte, deadline time.Duration) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("certpath cannot find its own program: %v", err)
	}
	own, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	cmd := exec.CommandContext(own, exe)
	cmd.Env = append(os.Environ(), childEnv+"="+kind)
	cmd.Stdin = bytes.NewReader(data)
	out := &capped{max: MaxBytes + 1}
	cmd.Stdout = out
	cmd.Stderr = io.Discard
	cmd.WaitDelay = time.Second
	childAttrs(cmd)
	// The parent-death signal (Linux) follows the thread that started the
	// child; this one stays until the child is done.
	runtime.LockOSThread()
	err = cmd.Run()
	runtime.UnlockOSThread()
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return "", ctx.Err()
	case own.Err() != nil:
		return "", errChildDeadline
	case err == nil:
		return out.String(), nil
	case errors.As(err, &exit) && exit.ExitCode() == exitChildProblem:
		msg := strings.TrimSpace(termtext.Sanitize(out.String()))
		if strings.Contains(msg, "\n") {
			msg = ""
		}
		return "", childProblem(msg)
	case errors.As(err, &exit):
		return "", errChildFailed
	}
	return "", fmt.Errorf("its reader did not start: %v", err)
}

// seconds says a duration as a person would: "5 s", "0.2 s".
func seconds(d time.Duration) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", d.Seconds()), "0"), ".") + " s"
}

// capped keeps the first max bytes written to it, so a child that writes
// too much never grows the parent. Past max it drops the rest, or, when
// full is set, calls it once and stops taking more. (The buffer is a field,
// not embedded: its ReadFrom would let io.Copy go past Write.)
type capped struct {
	buf    bytes.Buffer
	max    int
	full   func()
	called bool
}

func (c *capped) Write(p []byte) (int, error) {
	room := c.max - c.buf.Len()
	if room > 0 {
		c.buf.Write(p[:min(len(p), room)])
	}
	if c.full != nil && len(p) >= room {
		if !c.called {
			c.called = true
			c.full()
		}
		return max(room, 0), errCappedFull
	}
	return len(p), nil
}

func (c *capped) Len() int       { return c.buf.Len() }
func (c *capped) Bytes() []byte  { return c.buf.Bytes() }
func (c *capped) String() string { return c.buf.String() }

// errCappedFull ends the copy from a child stopped at its cap.
var errCappedFull = errors.New("output over the cap")
