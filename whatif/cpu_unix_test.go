//go:build unix

package whatif_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, over all its threads: a
// benchmark's figure that does not grow when other work shares the cores.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
