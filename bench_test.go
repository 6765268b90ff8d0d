package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"certpath/content"
	"certpath/questions"
	"certpath/store"
)

// These benchmarks run the built binary in a pseudo-terminal, as a person
// would. scripts/bench runs them with the others and prints the table.

// BenchmarkStartToFirstFrame: process start to the welcome screen drawn,
// 80x24 (target: 50 ms).
func BenchmarkStartToFirstFrame(b *testing.B) {
	bin := binaryB(b)
	for b.Loop() {
		s := startSessionB(b, bin, []string{"XDG_STATE_HOME=" + b.TempDir()})
		s.waitFor(b, "which agile certification next", 5*time.Second)
		s.stop()
	}
}

// BenchmarkKeyToFrame: a key pressed to its frame written, on a question
// screen; reports the 99th percentile (target: 17 ms).
func BenchmarkKeyToFrame(b *testing.B) {
	s := startSessionB(b, binaryB(b), []string{"XDG_STATE_HOME=" + b.TempDir()})
	defer s.stop()
	s.waitFor(b, "which agile certification next", 5*time.Second)
	s.send(b, "\r")
	s.waitFor(b, "emphasize?", 5*time.Second)
	time.Sleep(50 * time.Millisecond)
	var took []time.Duration
	keys := []string{"\x1b[B", "\x1b[A"} // down, up: each redraws the cursor row
	i := 0
	for b.Loop() {
		before := s.size()
		start := time.Now()
		s.send(b, keys[i%2])
		for s.size() == before {
			if time.Since(start) > 2*time.Second {
				b.Fatal("no frame after a key")
			}
			time.Sleep(100 * time.Microsecond)
		}
		took = append(took, time.Since(start))
		i++
		time.Sleep(20 * time.Millisecond) // one key at a time, as typed
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
}

// BenchmarkIdleCPU: CPU used per second while a screen waits for a key
// (target: no work at all).
func BenchmarkIdleCPU(b *testing.B) {
	s := startSessionB(b, binaryB(b), []string{"XDG_STATE_HOME=" + b.TempDir()})
	defer s.stop()
	s.waitFor(b, "which agile certification next", 5*time.Second)
	time.Sleep(200 * time.Millisecond)
	var used time.Duration
	var spent time.Duration
	for b.Loop() {
		t0, w0 := cpuTime(b, s.cmd.Process.Pid), time.Now()
		time.Sleep(time.Second)
		used += cpuTime(b, s.cmd.Process.Pid) - t0
		spent += time.Since(w0)
	}
	b.ReportMetric(float64(used.Microseconds())/1000/spent.Seconds(), "cpu-ms/s")
}

// BenchmarkResultsMemory: resident memory once the results are on screen
// (target: 30 MB).
func BenchmarkResultsMemory(b *testing.B) {
	bin := binaryB(b)
	for b.Loop() {
		state := b.TempDir()
		lib, err := content.Load(content.Embedded())
		if err != nil {
			b.Fatal(err)
		}
		bank := questions.DefaultBank(lib.Catalog())
		answers, err := questions.ParseAnswers(bank, mustRead(b, "examples/answers.yaml"))
		if err != nil {
			b.Fatal(err)
		}
		if err := store.Open(filepath.Join(state, "certpath")).Save(bank, answers, 1, time.Now()); err != nil {
			b.Fatal(err)
		}
		s := startSessionB(b, bin, []string{"XDG_STATE_HOME=" + state})
		s.waitFor(b, "saved answers", 5*time.Second)
		s.send(b, "\r") // resume: every question is answered, so the review opens
		s.waitFor(b, "Review your answers", 5*time.Second)
		s.send(b, "\r") // the results
		s.waitFor(b, "Recommended path", 5*time.Second)
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
		if msg, err := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, ".").CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, msg)
		}
	}
	info, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(info.Size())/1e6, "MB")
}

func mustRead(b *testing.B, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// cpuTime is the user and system time a process has used, from /proc.
func cpuTime(b *testing.B, pid int) time.Duration {
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
