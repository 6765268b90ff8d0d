package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// These benchmarks run the built binary in a pseudo-terminal, as a person
// would. scripts/bench runs them with the others and prints the table.

// BenchmarkStartToFirstFrame: process start to the welcome screen drawn,
// 80x24 (target: 50 ms).
func BenchmarkStartToFirstFrame(b *testing.B) {
	bin := binaryB(b)
	for b.Loop() {
		s := startSessionB(b, bin, []string{"XDG_STATE_HOME=" + b.TempDir()})
		s.waitFor(b, "which agile certification next")
		s.stop()
	}
}

// BenchmarkFirstFrameFloor: certpath's first frame beside the floor, a bare
// Bubble Tea program built from the same go.mod (scripts/bare, so on the same
// Bubble Tea release) that draws one line, and gum choose when gum is on the
// PATH. The programs alternate, so a busy moment on the machine costs each the
// same; every iteration starts each once. Reports the medians and certpath's
// ratio to the floor (target: 1.2). A second floor, scripts/barelinked, is
// the same bare program linking the libraries certpath links: its start
// pays their package initialisation, which Go runs before main, so
// certpath's ratio to it (linked-ratio) is what certpath's own code adds.
// Run with -benchtime 11x or more.
func BenchmarkFirstFrameFloor(b *testing.B) {
	bin, bare, linked := binaryB(b), bareB(b, "bare"), bareB(b, "barelinked")
	gum, err := exec.LookPath("gum")
	if err != nil {
		b.Log("gum is not on the PATH; its column is left out")
	}
	first := func(bin, want string, env []string, args ...string) time.Duration {
		s := startSessionB(b, bin, env, args...)
		defer s.stop()
		return s.waitFor(b, want)
	}
	var bares, linkeds, ours, gums []time.Duration
	for b.Loop() {
		bares = append(bares, first(bare, "bare program ready", nil))
		linkeds = append(linkeds, first(linked, "bare program ready", nil))
		ours = append(ours, first(bin, "which agile certification next", []string{"XDG_STATE_HOME=" + b.TempDir()}))
		if gum != "" {
			gums = append(gums, first(gum, "PSPO", nil, "choose", "POPM", "SSM", "PSM", "PSPO"))
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(median(bares)), "bare-ms")
	b.ReportMetric(ms(median(ours)), "certpath-ms")
	b.ReportMetric(float64(median(ours))/float64(median(bares)), "ratio")
	b.ReportMetric(ms(median(linkeds)), "linked-ms")
	b.ReportMetric(float64(median(ours))/float64(median(linkeds)), "linked-ratio")
	if len(gums) > 0 {
		b.ReportMetric(ms(median(gums)), "gum-ms")
	}
}

// bareB builds a floor program, scripts/NAME, from certpath's go.mod.
func bareB(b *testing.B, name string) string {
	bare := filepath.Join(b.TempDir(), name)
	if out, err := exec.Command("go", "build", "-o", bare, "../scripts/"+name).CombinedOutput(); err != nil {
		b.Fatalf("building scripts/%s: %v\n%s", name, err, out)
	}
	return bare
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// BenchmarkKeyToFrame: a key pressed to its frame written, on a question
// screen; reports the 99th percentile (target: 17 ms).
func BenchmarkKeyToFrame(b *testing.B) {
	s := startSessionB(b, binaryB(b), []string{"XDG_STATE_HOME=" + b.TempDir()})
	defer s.stop()
	s.waitFor(b, "which agile certification next")
	s.send(b, "\r")
	s.waitFor(b, "emphasize?")
	time.Sleep(50 * time.Millisecond)
	var took []time.Duration
	keys := []string{"\x1b[B", "\x1b[A"} // down, up: each redraws the cursor row
	i := 0
	for b.Loop() {
		before := s.size()
		start := time.Now()
		s.send(b, keys[i%2])
		s.out.waitGrown(b, before)
		took = append(took, time.Since(start))
		i++
		// One key at a time, as typed, after a gap that is not a whole
		// number of frames: Bubble Tea writes frames on a 120 Hz tick (cli's
		// maxFPS), and after a pause wakes it on the same boundaries, so a
		// fixed gap would land every key at the same point between two
		// ticks and time that point, not the spread a person meets.
		time.Sleep(20*time.Millisecond + time.Duration(rand.Int64N(int64(50*time.Millisecond))))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkIdleCPU: CPU used per second by a settled program, one
// sub-benchmark a screen, each waiting for a key once its saves, renderings
// and the terminal's replies are done (target: under 1 ms/s on every
// screen). postings has the text area focused with its cursor in it, export
// a focused text input. bare is the bare Bubble Tea program on the same
// release (scripts/bare), the floor: what the release's renderer spends on a
// screen that never changes.
func BenchmarkIdleCPU(b *testing.B) {
	bin := binaryB(b)
	fresh := func(b *testing.B) *session {
		s := startSessionB(b, bin, []string{"XDG_STATE_HOME=" + b.TempDir()})
		s.waitFor(b, "which agile certification next")
		return s
	}
	// then starts a screen and goes on from it with keys, waiting for text.
	then := func(start func(*testing.B) *session, keys, want string) func(*testing.B) *session {
		return func(b *testing.B) *session {
			s := start(b)
			s.send(b, keys)
			s.waitFor(b, want)
			return s
		}
	}
	question := then(fresh, "\r", "emphasize?")
	results := func(b *testing.B) *session {
		s, _ := startAtResults(b, bin)
		return s
	}
	list := then(results, "o", "Certifications in your path")
	screens := []struct {
		name  string
		reach func(*testing.B) *session
	}{
		{"bare", func(b *testing.B) *session {
			s := startSessionB(b, bareB(b, "bare"), nil)
			s.waitFor(b, "bare program ready")
			return s
		}},
		{"welcome", fresh},
		{"question", question},
		// Four answers (space picks, enter goes on) reach the postings step.
		{"postings", then(question, strings.Repeat(" \r", 4), "Put a line of --- between")},
		{"results", results},
		{"list", list},
		{"summary", then(list, "\r", "POPM summary")},
		{"export", then(results, "s", "Save to:")},
	}
	for _, screen := range screens {
		b.Run(screen.name, func(b *testing.B) {
			s := screen.reach(b)
			defer s.stop()
			pid := s.cmd.Process.Pid
			settle(b, pid)
			var used, spent time.Duration
			for b.Loop() {
				t0, w0 := cpuTime(b, pid), time.Now()
				time.Sleep(time.Second)
				used += cpuTime(b, pid) - t0
				spent += time.Since(w0)
			}
			b.ReportMetric(float64(used.Microseconds())/1000/spent.Seconds(), "cpu-ms/s")
		})
	}
}

// settle waits until a half second of the program's CPU is within a tenth
// of the one before (or 5 s have gone), so that saves, renderings and the
// terminal's replies are not counted as idle work.
func settle(b *testing.B, pid int) {
	for prev, i := time.Duration(-1), 0; i < 10; i++ {
		t0 := cpuTime(b, pid)
		time.Sleep(500 * time.Millisecond)
		d := cpuTime(b, pid) - t0
		if prev >= 0 && (d-prev).Abs()*10 <= prev+time.Millisecond {
			return
		}
		prev = d
	}
}

// BenchmarkResultsMemory: resident memory once the results are on screen
// (target: 30 MB).
func BenchmarkResultsMemory(b *testing.B) {
	bin := binaryB(b)
	for b.Loop() {
		s, _ := startAtResults(b, bin)
		time.Sleep(500 * time.Millisecond) // the rendering arrives
		b.ReportMetric(rssMB(b, s.cmd.Process.Pid), "rss-MB")
		s.stop()
	}
}

// BenchmarkBinarySize builds the release binary (-trimpath -s -w) and
// reports its size (target: 12 MB).
func BenchmarkBinarySize(b *testing.B) {
	out := filepath.Join(b.TempDir(), "certpath")
	for b.Loop() {
		if msg, err := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "..").CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, msg)
		}
	}
	info, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(info.Size())/1e6, "MB")
}

// cpuTime is the user and system time a process has used, from /proc.
func cpuTime(b *testing.B, pid int) time.Duration {
	// Each thread's schedstat starts with its time on a CPU in nanoseconds;
	// /proc/PID/stat counts in 10 ms ticks, too coarse for an idle program.
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	var total time.Duration
	for _, task := range tasks {
		data, err := os.ReadFile(task)
		if err != nil {
			continue // the thread ended
		}
		ns, err := strconv.ParseInt(strings.Fields(string(data))[0], 10, 64)
		if err != nil {
			b.Fatalf("%s: %v", task, err)
		}
		total += time.Duration(ns)
	}
	if len(tasks) > 0 {
		return total
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	fields := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	utime, _ := strconv.Atoi(fields[11])
	stime, _ := strconv.Atoi(fields[12])
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}

func rssMB(b *testing.B, pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			kb, _ := strconv.Atoi(strings.Fields(line)[1])
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmRSS")
	return 0
}

// BenchmarkHelpOnSilentTerminal: certpath --help to its exit in a terminal
// that never answers the background question (target: under 0.3 s; fang
// alone waited 2 s on standard input and 2 s more on standard output).
func BenchmarkHelpOnSilentTerminal(b *testing.B) {
	bin := binaryB(b)
	for b.Loop() {
		s := startSessionB(b, bin, []string{"XDG_STATE_HOME=" + b.TempDir(), "GLAMOUR_STYLE="}, "--help")
		if code, _ := s.exit(b); code != 0 {
			b.Fatalf("exit %d", code)
		}
		s.stop()
	}
}

// BenchmarkNoTerminalGivesUp: certpath with no terminal, to its exit with
// status 2 and the hint to use --answers or --accessible (target: well
// under a second; TestNoTerminalExitsTwo checks what it says).
func BenchmarkNoTerminalGivesUp(b *testing.B) {
	bin := binaryB(b)
	state := b.TempDir()
	for b.Loop() {
		cmd := exec.Command(bin)
		cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state)
		cmd.Stdin = strings.NewReader("")
		if err := cmd.Run(); err == nil {
			b.Fatal("certpath with no terminal exited 0")
		}
	}
}
