package postings

import (
	"os/exec"
	"syscall"
	"time"
)

// limitChild caps the child's heap (RLIMIT_DATA counts what Go maps for its
// heap and stacks, not the address space it only reserves) and its CPU
// time, so a child whose parent is gone still ends.
func limitChild(memory uint64, deadline time.Duration) {
	syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: memory, Max: memory})
	cpu := uint64(deadline/time.Second) + 2
	syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: cpu, Max: cpu})
}

// childAttrs kills the child when the parent dies.
func childAttrs(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
