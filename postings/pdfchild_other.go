//go:build !linux

package postings

import (
	"os/exec"
	"runtime/debug"
	"time"
)

// limitChild asks the runtime to stay under memory; only the deadline is
// enforced outside Linux.
func limitChild(memory uint64, _ time.Duration) {
	debug.SetMemoryLimit(int64(memory))
}

func childAttrs(*exec.Cmd) {}
