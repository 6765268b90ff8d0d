//go:build !unix

package postings

import "os/exec"

// ownGroup kills only cmd itself where there are no process groups.
func ownGroup(cmd *exec.Cmd) (kill func()) {
	return func() { cmd.Process.Kill() }
}
