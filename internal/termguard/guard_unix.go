//go:build linux || darwin || freebsd || netbsd || openbsd

package termguard

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"
)

// Guard is the program's side of a guard.
type Guard struct {
	mu       sync.Mutex
	in, out  *os.File
	settings *unix.Termios
	note     string
	started  bool
	done     bool
	cmd      *exec.Cmd
	ctl      *os.File
	ack      *os.File // the guard's answers to notes
	// stderr is the program's own standard error, kept while fd 2 is the
	// pipe to the guard; -1 when fd 2 was not redirected.
	stderr int
	// pipes keeps a write to the pipe from killing the program should the
	// guard be gone: the write fails instead (see os/signal on SIGPIPE).
	pipes chan os.Signal
}

// New reads the settings of the terminal on in, which the guard restores
// (it writes the sequences that leave the screens to out). Call it before
// the screens change anything; the guard itself starts with Start. nil,
// when in is no terminal, guards nothing and takes every call.
func New(in, out *os.File) *Guard {
	settings, err := unix.IoctlGetTermios(int(in.Fd()), ioctlReadTermios)
	if err != nil {
		return nil
	}
	return &Guard{in: in, out: out, settings: settings, stderr: -1}
}

// Start starts the guard and sends the program's standard error to it
// until Stop. Starting this program again costs tens of milliseconds of
// processor time, which the screens' first frame should not share: call it
// once that frame is out. When the guard cannot start, the screens run
// unguarded, as before.
func (g *Guard) Start() {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.started || g.done {
		return
	}
	g.started = true
	if err := g.launch(); err != nil {
		g.cmd = nil
		return
	}
	if g.note != "" {
		g.sendNote()
	}
}

func (g *Guard) launch() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	// ctl carries the program's messages to the guard, ack the guard's
	// answers back, and errs the program's standard error to the guard.
	var opened []*os.File
	pipe := func() (r, w *os.File) {
		if err == nil {
			r, w, err = os.Pipe()
			opened = append(opened, r, w)
		}
		return r, w
	}
	ctlR, ctlW := pipe()
	ackR, ackW := pipe()
	errR, errW := pipe()
	if err != nil {
		closeAll(opened)
		return err
	}
	defer closeAll([]*os.File{ctlR, ackW, errR, errW})
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), childEnv+"="+childGuard)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = ctlR, ackW, os.Stderr
	cmd.ExtraFiles = []*os.File{g.in, g.out, errR} // fds 3, 4 and 5 in the guard
	// A process group of its own: the signals the terminal sends its
	// foreground group (ctrl+c before the screens take the keys, ctrl+z, a
	// hangup when a session leader ends) are not for the guard, which
	// might not have set them aside yet.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		closeAll([]*os.File{ctlW, ackR})
		return err
	}
	g.cmd, g.ctl, g.ack = cmd, ctlW, ackR
	if err := binary.Write(ctlW, binary.NativeEndian, g.settings); err != nil {
		g.end()
		return err
	}
	g.pipes = make(chan os.Signal, 1)
	signal.Notify(g.pipes, syscall.SIGPIPE)
	// fd 2 becomes the pipe, for the runtime's last words too; the
	// program's own standard error is kept, closed on exec. (Fd puts the
	// pipe in blocking mode, as a standard error is.)
	if saved, err := unix.FcntlInt(2, unix.F_DUPFD_CLOEXEC, 0); err == nil {
		if unix.Dup2(int(errW.Fd()), 2) == nil {
			g.stderr = saved
		} else {
			unix.Close(saved)
		}
	}
	return nil
}

// closeAll closes files, the nil ones aside.
func closeAll(files []*os.File) {
	for _, f := range files {
		if f != nil {
			f.Close()
		}
	}
}

// Note sets the sentence the guard adds after a crash: where the answers
// are saved. Once the guard runs, Note returns when the guard has it (or
// is gone), so a crash right after is told with it.
func (g *Guard) Note(text string) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.note = strings.ReplaceAll(text, "\n", " ")
	if g.cmd != nil && !g.done {
		g.sendNote()
	}
}

func (g *Guard) sendNote() {
	if _, err := io.WriteString(g.ctl, noteCmd+g.note+"\n"); err == nil {
		_, _ = g.ack.Read(make([]byte, 1))
	}
}

// stopWait bounds the wait for the guard to print what the program wrote on
// standard error and end.
const stopWait = 2 * time.Second

// Stop gives the program its standard error back, tells the guard the
// terminal was restored, and waits for the guard to print what the program
// wrote there meanwhile and end. Call it once the screens closed; after it,
// Start and Stop do nothing.
func (g *Guard) Stop() {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.done {
		return
	}
	g.done = true
	if g.cmd == nil {
		return
	}
	if g.stderr >= 0 {
		_ = unix.Dup2(g.stderr, 2)
		unix.Close(g.stderr)
	}
	_, _ = io.WriteString(g.ctl, doneCmd+"\n")
	g.end()
}

// end closes the program's ends of the pipes and waits for the guard to
// end, killing it past stopWait.
func (g *Guard) end() {
	g.ctl.Close()
	g.ack.Close()
	ended := make(chan struct{})
	go func() {
		_ = g.cmd.Wait()
		close(ended)
	}()
	select {
	case <-ended:
	case <-time.After(stopWait):
		_ = g.cmd.Process.Kill()
		<-ended
	}
	if g.pipes != nil {
		signal.Stop(g.pipes)
	}
}

// maxKept bounds what the guard keeps of the program's standard error, to
// print after the screens when the program ends well.
const maxKept = 64 << 10

// serve is the guard: it reads the terminal's settings, then the program's
// messages, and watches its standard error, until the program says it is
// done or ends.
func serve() int {
	// The guard outlives the program: a signal meant for the program is
	// not for it, and the guard, a background process group, must be let
	// set the terminal and write to it (SIGTTOU).
	signal.Ignore(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGTTOU, syscall.SIGTTIN, syscall.SIGPIPE)
	ctl := bufio.NewReader(os.Stdin)
	var settings unix.Termios
	if binary.Read(ctl, binary.NativeEndian, &settings) != nil {
		return 1
	}
	t := &terminal{in: os.NewFile(3, "terminal"), out: os.NewFile(4, "terminal"), settings: &settings}
	// Non-blocking, so that a read of the program's standard error can be
	// given a deadline.
	_ = unix.SetNonblock(5, true)
	w := watch(os.NewFile(5, "stderr"))
	msgs := readMessages(ctl)
	select {
	case reason := <-w.lastWords:
		// The program is dying: restore and say so now, while it writes
		// its trace, before the shell prints its prompt.
		t.restore(stoppedLine(reason, msgs.note()))
		<-msgs.ended
	case <-msgs.ended:
		if msgs.finished() {
			w.wait(stopWait)
			_, _ = os.Stderr.Write(w.kept())
			return 0
		}
		// Gone without a word: its last words may still be in the pipe.
		w.wait(stopWait)
		t.restore(stoppedLine(w.reason(), msgs.note()))
	}
	w.wait(stopWait)
	return 0
}

// terminal is the terminal the guard restores.
type terminal struct {
	in, out  *os.File
	settings *unix.Termios
}

// leaveScreens undoes what Bubble Tea sets up, as its own closing does:
// keyboard modes, the alternate screen, the hidden cursor, bracketed paste,
// focus reports, mouse capture and the window's title. Each is harmless
// where it was not set.
var leaveScreens = ansi.ResetModifyOtherKeys + ansi.PopKittyKeyboard(1) + ansi.ResetModeAltScreenSaveCursor +
	ansi.ShowCursor + ansi.ResetModeBracketedPaste + ansi.ResetModeFocusEvent + ansi.ResetModeMouseButtonEvent +
	ansi.ResetModeMouseAnyEvent + ansi.ResetModeMouseExtSgr + ansi.ResetModeUnicodeCore + ansi.SetWindowTitle("")

// restore puts the settings back, leaves the screens and says line.
func (t *terminal) restore(line string) {
	_ = unix.IoctlSetTermios(int(t.in.Fd()), ioctlWriteTermios, t.settings)
	_, _ = io.WriteString(t.out, leaveScreens)
	_, _ = io.WriteString(os.Stderr, line)
}

// messages are what the program said to the guard.
type messages struct {
	mu    sync.Mutex
	last  string
	clean bool
	// ended is closed when the program said it is done, or ended.
	ended chan struct{}
}

func readMessages(ctl *bufio.Reader) *messages {
	m := &messages{ended: make(chan struct{})}
	go func() {
		defer close(m.ended)
		for {
			line, err := ctl.ReadString('\n')
			line = strings.TrimSuffix(line, "\n")
			m.mu.Lock()
			switch {
			case err != nil:
			case line == doneCmd:
				m.clean = true
			case strings.HasPrefix(line, noteCmd):
				m.last = strings.TrimPrefix(line, noteCmd)
				_, _ = os.Stdout.WriteString("\n") // the program waits for it
			}
			m.mu.Unlock()
			if err != nil || line == doneCmd {
				return
			}
		}
	}()
	return m
}

func (m *messages) note() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.last
}

func (m *messages) finished() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.clean
}

// stderrWatch reads the program's standard error to its end: it keeps the
// first maxKept bytes and tells of the runtime's last words once.
type stderrWatch struct {
	mu        sync.Mutex
	buf       []byte
	words     string
	lastWords chan string
	eof       chan struct{}
	pipe      *os.File
}

func watch(pipe *os.File) *stderrWatch {
	w := &stderrWatch{lastWords: make(chan string, 1), eof: make(chan struct{}), pipe: pipe}
	go func() {
		defer close(w.eof)
		r := bufio.NewReader(pipe)
		for {
			line, err := r.ReadString('\n')
			w.take(line)
			if err != nil {
				return
			}
		}
	}()
	return w
}

func (w *stderrWatch) take(line string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if room := maxKept - len(w.buf); room > 0 {
		w.buf = append(w.buf, line[:min(room, len(line))]...)
	}
	if words, ok := lastWords(line); ok && w.words == "" {
		w.words = words
		w.lastWords <- words
	}
}

// wait waits for the end of the program's standard error, at most d: a
// child the program left running may hold it open.
func (w *stderrWatch) wait(d time.Duration) {
	if err := w.pipe.SetReadDeadline(time.Now().Add(d)); err != nil && !errors.Is(err, os.ErrNoDeadline) {
		return
	}
	<-w.eof
}

func (w *stderrWatch) kept() []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf
}

func (w *stderrWatch) reason() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.words
}
