//go:build !linux

package e2e

import "testing"

// dirWatch on systems without inotify: the tests that wait for a file to
// be saved run on Linux, where CI runs them.
type dirWatch struct{}

func watchDir(t testing.TB, dir string) *dirWatch {
	t.Skip("waiting on a folder's changes needs inotify (Linux)")
	return nil
}

func (w *dirWatch) waitUntil(t testing.TB, what string, ok func() bool) {}
