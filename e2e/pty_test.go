package e2e

import (
	"bytes"
	"certpath/content"
	"certpath/internal/testcheck"
	"certpath/questions"
	"certpath/store"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// binary builds certpath once for the tests that run it as a person would.
func binary(t *testing.T) string { return binaryB(t) }

func binaryB(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "certpath-bin")
		if err != nil {
			buildErr = err
			return
		}
		builtPath = filepath.Join(dir, "certpath")
		out, err := exec.Command("go", "build", "-o", builtPath, "..").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtPath
}

var (
	buildOnce sync.Once
	builtPath string
	buildErr  error
)

// session is certpath running in a pseudo-terminal that answers no queries:
// it never reports a background colour or a cursor position.
type session struct {
	cmd   *exec.Cmd
	pty   *os.File
	mu    sync.Mutex
	out   bytes.Buffer
	start time.Time
}

func startSession(t *testing.T, env []string, args ...string) *session {
	return startSessionB(t, binaryB(t), env, args...)
}

func startSessionB(t testing.TB, bin string, env []string, args ...string) *session {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	s := &session{cmd: cmd, start: time.Now()}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Fatal(err)
	}
	s.pty = f
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
		f.Close()
	})
	return s
}

// waitFor waits until the screen output contains text and returns how long
// that took since the start; it gives up after limit.
func (s *session) waitFor(t testing.TB, text string, limit time.Duration) time.Duration {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		found := bytes.Contains(s.out.Bytes(), []byte(text))
		s.mu.Unlock()
		if found {
			return time.Since(s.start)
		}
		time.Sleep(500 * time.Microsecond) // fine enough to time a first frame
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t.Fatalf("%q did not appear within %v; output so far:\n%q", text, limit, s.out.String())
	return 0
}

func (s *session) size() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Len()
}

// stop ends the program at once.
func (s *session) stop() {
	_ = s.cmd.Process.Kill()
	_, _ = s.cmd.Process.Wait()
	s.pty.Close()
}

func (s *session) send(t testing.TB, keys string) {
	t.Helper()
	if _, err := io.WriteString(s.pty, keys); err != nil {
		t.Fatal(err)
	}
}

func TestFirstFrameOnASilentTerminal(t *testing.T) {
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()})
	took := s.waitFor(t, "certpath", 15*time.Second)
	t.Logf("first frame after %v", took)
	if took > time.Second {
		t.Fatalf("the first frame took %v on a terminal that answers no queries; it must come within a second", took)
	}
}

func TestKilledMidQuizResumes(t *testing.T) {
	state := t.TempDir()
	env := []string{"XDG_STATE_HOME=" + state}
	s := startSession(t, env)
	s.waitFor(t, "which agile certification next", 15*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "Question 1 of", 15*time.Second)
	// The renderer redraws only changed cells, so screen text arrives in
	// pieces; what matters here is what reached the disk, so wait on that.
	saved := filepath.Join(state, "certpath", "answers.yaml")
	waitSaved := func(text string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for {
			data, _ := os.ReadFile(saved)
			if strings.Contains(string(data), text) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%q was not saved: %q", text, data)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	s.send(t, " \r")
	waitSaved("postings.focus: [backlog]")
	s.send(t, " \r")
	waitSaved("postings.certs: [popm]")
	s.send(t, "\x1b[B\r") // down, enter
	waitSaved("postings.safe: preferred")
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_, _ = s.cmd.Process.Wait()

	again := startSession(t, env)
	again.waitFor(t, "You have 3 saved answers", 15*time.Second)
	again.send(t, "\r")
	again.waitFor(t, "in those postings span?", 15*time.Second)
	info, err := os.Stat(saved)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("state file: %v, mode %v", err, info.Mode().Perm())
	}
}

func TestNoTerminalExitsTwo(t *testing.T) {
	for _, args := range [][]string{nil, {"certs"}} {
		cmd := exec.Command(binary(t), args...)
		cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+t.TempDir())
		cmd.Stdin = strings.NewReader("")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		start := time.Now()
		done := make(chan error, 1)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 2 {
				t.Fatalf("%v: want exit status 2, got %v", args, err)
			}
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: certpath hung without a terminal", args)
		}
		if took := time.Since(start); took > time.Second {
			t.Fatalf("%v: took %v to give up without a terminal; the limit is a second", args, took)
		}
		if out.Len() != 0 || strings.Contains(errOut.String(), "\x1b") || !strings.Contains(errOut.String(), "quiz --answers") || !strings.Contains(errOut.String(), "--accessible") {
			t.Fatalf("%v: stdout %q, stderr %q", args, out.String(), errOut.String())
		}
	}
}

func TestAccessibleFromAPipe(t *testing.T) {
	// certpath --accessible and certpath quiz --accessible are one mode.
	for _, args := range [][]string{{"--accessible"}, {"quiz", "--accessible"}} {
		cmd := exec.Command(binary(t), args...)
		cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+t.TempDir())
		cmd.Stdin = strings.NewReader("1\n")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(errOut.String(), "input ended") {
			t.Fatalf("%v, short piped input: %v, %s", args, err, errOut.String())
		}
		if strings.Contains(out.String(), "\x1b") || !strings.Contains(out.String(), "Question 2 of") {
			t.Fatalf("%v, accessible output: %q", args, out.String())
		}
	}
}

func TestPanicRestoresTheTerminal(t *testing.T) {
	state := t.TempDir()
	s := startSession(t, []string{"XDG_STATE_HOME=" + state, "CERTPATH_TEST_PANIC_KEY=ctrl+t"})
	s.waitFor(t, "which agile certification next", 15*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "emphasize?", 15*time.Second)
	s.send(t, " \r")
	s.waitFor(t, "certifications do those postings name?", 15*time.Second)
	s.send(t, "\x14") // ctrl+t
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Fatalf("after a panic the status must be 1, got %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("certpath did not exit after a panic")
	}
	s.waitFor(t, "\x1b[?1049l", time.Second) // the alternate screen was left
	s.waitFor(t, "Your answers are saved in "+filepath.Join(state, "certpath", "answers.yaml"), time.Second)
}

// TestQuitFromResultsLeavesASummary is issue 14's "results vanish on exit":
// quitting from the results prints a short summary after the screens close.
func TestQuitFromResultsLeavesASummary(t *testing.T) {
	s, state := startAtResults(t, binary(t))
	s.send(t, "q")
	if err := s.cmd.Wait(); err != nil {
		t.Fatalf("quitting from the results must exit 0: %v", err)
	}
	time.Sleep(50 * time.Millisecond)
	s.mu.Lock()
	out := s.out.String()
	s.mu.Unlock()
	leave := strings.LastIndex(out, "\x1b[?1049l") // the alternate screen closes
	if leave < 0 {
		t.Fatalf("no alternate screen exit in %q", out)
	}
	// The summary wraps between words to the terminal: compare words.
	after := strings.Join(strings.Fields(out[leave:]), " ")
	for _, want := range []string{"certpath: your answers point to Product Owner", "Your path:", "1. SAFe Product Owner/Product Manager (POPM)", "Your answers are saved in " + filepath.Join(state, "certpath")} {
		if !strings.Contains(after, want) {
			t.Errorf("after the screens close the terminal lacks %q:\n%q", want, after)
		}
	}
}

// TestSecondInstanceKeepsItsOwnFile is issue 15's seventh item: two certpath
// programs with the same state folder overwrote each other.
func TestSecondInstanceKeepsItsOwnFile(t *testing.T) {
	state := t.TempDir()
	env := []string{"XDG_STATE_HOME=" + state}
	first := startSession(t, env)
	first.waitFor(t, "certpath", 15*time.Second)
	// The lock is taken by the load that follows the first frame: wait for
	// the first question, which needs that load, before the second starts.
	first.send(t, "\r")
	first.waitFor(t, "emphasize?", 15*time.Second)
	first.send(t, " \r") // one answer
	second := startSession(t, env)
	second.waitFor(t, "Another certpath is using your saved answers", 15*time.Second)
	second.send(t, "\r \r")
	time.Sleep(300 * time.Millisecond)
	files, _ := filepath.Glob(filepath.Join(state, "certpath", "answers*.yaml"))
	if len(files) != 2 {
		t.Fatalf("want the usual file and a session file, found %v", files)
	}
}

// TestUnwritableStateIsToldAtStart is issue 15's ninth item: with nowhere to
// save, the person learned it only at quit.
func TestUnwritableStateIsToldAtStart(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(blocker, []byte("x"), 0o600)
	s := startSession(t, []string{"XDG_STATE_HOME=" + blocker})
	s.waitFor(t, "certpath cannot save in", 15*time.Second)
}

// startAtResults starts certpath with examples/answers.yaml saved, resumes
// them and opens the results (every question is answered, so resuming opens
// the review, and enter there the results). It returns the session and its
// state folder.
func startAtResults(t testing.TB, bin string) (*session, string) {
	t.Helper()
	state := t.TempDir()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	bank := questions.DefaultBank(lib.Catalog())
	data, err := os.ReadFile("../examples/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	answers, err := questions.ParseAnswers(bank, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Open(filepath.Join(state, "certpath")).Save(bank, answers, 1, testcheck.Today()); err != nil {
		t.Fatal(err)
	}
	s := startSessionB(t, bin, []string{"XDG_STATE_HOME=" + state})
	s.waitFor(t, "saved answers", 15*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "Review your answers", 15*time.Second)
	s.send(t, "\r")
	s.waitFor(t, "commended path", 15*time.Second) // the header keeps the "Re" of "Review"
	return s, state
}

// since is the output written after the first n bytes.
func (s *session) since(n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()[n:]
}

// On a terminal, certs show prints text, not markdown's marks; piped, it
// prints markdown.
func TestCertsShowReadsOnATerminal(t *testing.T) {
	s := startSession(t, nil, "certs", "show", "psm-i")
	s.waitFor(t, "Sources", 15*time.Second)
	if err := s.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	out := s.out.String()
	s.mu.Unlock()
	if strings.Contains(out, "**") || strings.Contains(out, "## ") {
		t.Fatalf("markdown marks on a terminal:\n%s", out)
	}
	piped, err := exec.Command(binary(t), "certs", "show", "psm-i").Output()
	if err != nil || !strings.Contains(string(piped), "## ") {
		t.Fatalf("piped, certs show prints markdown: %v\n%s", err, piped)
	}
}

// TestAccessiblePasteThatStartsBlank: on a terminal, a posting pasted into
// accessible mode that starts with a blank line is read as a posting, not
// taken for a skip with its lines answering the next question; an enter on
// its own still skips.
func TestAccessiblePasteThatStartsBlank(t *testing.T) {
	s := startSession(t, []string{"XDG_STATE_HOME=" + t.TempDir()}, "--accessible")
	for i := range 4 {
		s.waitFor(t, fmt.Sprintf("Question %d of", i+1), 15*time.Second)
		s.send(t, "1\r")
	}
	s.waitFor(t, "press enter to skip", 15*time.Second)
	// One write, as a terminal's paste arrives.
	s.send(t, "\r\rScrum Master\rFacilitate sprint planning and retrospectives.\r.\r")
	s.waitFor(t, "Read 1 pasted posting", 15*time.Second)
	s.mu.Lock()
	out := s.out.String()
	s.mu.Unlock()
	if strings.Contains(out, "Skipped.") {
		t.Fatalf("the paste was taken for a skip:\n%s", out)
	}
}
