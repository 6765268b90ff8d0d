//go:build unix

package postings

import (
	"os/exec"
	"syscall"
)

// ownGroup starts cmd in a process group of its own and makes its
// cancellation, and the returned kill, end the whole group: a clipboard
// tool that is a shell script leaves no child behind holding its output.
func ownGroup(cmd *exec.Cmd) (kill func()) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
	kill = func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.Cancel = func() error { kill(); return nil }
	return kill
}
