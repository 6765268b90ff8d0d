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

// The budget of one PDF. ledongthuc/pdf trusts the file: a damaged or
// hostile PDF of a few hundred bytes can make it recurse until the stack
// overflows, allocate tens of gigabytes, or follow a loop forever, and Go
// cannot recover from the first two nor stop the third. So a PDF is read by
// a child: this same program, started again with childEnv set, which reads
// the PDF on its standard input and writes the text on its standard output.
// The child has PDFDeadline to answer and, on Linux, pdfMemory of heap; it
// is killed when it misses either, and the parent gives one line.
const (
	childEnv  = "CERTPATH_CHILD"
	pdfMemory = 512 << 20
	// exitPDFProblem is the child's status for a PDF it could read to a
	// clear problem, written on its standard output.
	exitPDFProblem = 3
)

// PDFDeadline bounds one PDF's reading; a variable so that tests can
// shorten it.
var PDFDeadline = 5 * time.Second

// childReady is set by ServeChild: the program's main (or a test binary's
// TestMain) calls it first, so this executable can act as the child.
var childReady bool

// ServeChild makes this program able to read PDFs in a child. Call it first
// in main (and in TestMain): when the process was started as a PDF reader it
// reads, writes and exits, and ServeChild never returns. A program that
// never calls it reads PDFs in-process, without the budget.
func ServeChild() {
	childReady = true
	if os.Getenv(childEnv) != "pdf" {
		return
	}
	limitChild(pdfMemory, PDFDeadline)
	// A recursion fails at 64 MiB of stack, not at Go's 1 GB.
	debug.SetMaxStack(64 << 20)
	data, err := io.ReadAll(io.LimitReader(os.Stdin, MaxBytes+1))
	if err != nil || len(data) > MaxBytes {
		os.Stdout.WriteString("this PDF could not be handed to its reader; paste the posting's text instead")
		os.Exit(exitPDFProblem)
	}
	text, err := readPDF(data)
	if err != nil {
		os.Stdout.WriteString(err.Error())
		os.Exit(exitPDFProblem)
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
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("this PDF could not be read (certpath cannot find its own program: %v); paste the posting's text instead", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), PDFDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), childEnv+"=pdf")
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
		return "", fmt.Errorf("this PDF could not be read within %s; paste the posting's text instead", seconds(PDFDeadline))
	case err == nil:
		return out.String(), nil
	case errors.As(err, &exit) && exit.ExitCode() == exitPDFProblem:
		msg := strings.TrimSpace(termtext.Sanitize(out.String()))
		if msg == "" || strings.Contains(msg, "\n") {
			msg = "this PDF could not be read; paste the posting's text instead"
		}
		return "", errors.New(msg)
	case errors.As(err, &exit):
		// A fatal error, or the memory limit: the file made the reader fail.
		return "", errors.New("this PDF is damaged and could not be read (its reader ran out of memory or failed); paste the posting's text instead")
	}
	return "", fmt.Errorf("this PDF could not be read (its reader did not start: %v); paste the posting's text instead", err)
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
