package testcheck

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoTestReadsTheCalendar keeps issue 23's first item fixed: a golden held
// the day it was written because a test loaded the facts or built the program
// without a clock. Every test that loads the embedded facts must pass one
// (content.WithClock(testcheck.Today)); a load without options reads today.
func TestNoTestReadsTheCalendar(t *testing.T) {
	t.Parallel()
	unclocked := regexp.MustCompile(`(Load|Lazy)\((content\.)?Embedded\(\)\)`)
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "third_party" || d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			if unclocked.MatchString(line) {
				t.Errorf("%s:%d loads the facts on today's date; pass content.WithClock(testcheck.Today)", path, i+1)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
