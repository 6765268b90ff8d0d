package cli

import (
	"certpath/files"
	"certpath/words"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// checkOutput refuses an --output path that cannot be written before any
// work is done: a missing folder or a folder given as the file is a mistake
// in the command (status 2), named with what would work.
func checkOutput(path string) error {
	if path == "" {
		return nil
	}
	full := files.ExpandHome(path)
	if info, err := os.Stat(full); err == nil && info.IsDir() {
		return inputf("--output %s is a folder; give a file name in it, such as %s", words.Literal(path), words.Literal(filepath.Join(path, "results.md")))
	}
	dir := filepath.Dir(full)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return inputf("--output %s: the folder %s does not exist; create it first or choose another path", words.Literal(path), words.Literal(dir))
	case err == nil && !info.IsDir():
		return inputf("--output %s: %s is not a folder; choose another path", words.Literal(path), words.Literal(dir))
	}
	return nil
}

// checkNotInput refuses an --output that is a file the command reads: the
// answers file or a file of the --content folder, which the results would
// replace. Files are compared as files (os.SameFile), not as paths, so a
// symlink, a ./ path, a hard link or a descriptor path (/dev/fd/3) naming
// one is caught too, and so is the file standard input reads for --answers -.
func checkNotInput(output string, stdin io.Reader, answers, contentDir string) error {
	if output == "" {
		return nil
	}
	out, err := os.Stat(files.ExpandHome(output))
	if err != nil || !out.Mode().IsRegular() {
		return nil
	}
	var in fs.FileInfo
	if f, ok := stdin.(*os.File); ok && answers == "-" {
		in, err = f.Stat()
	} else {
		in, err = os.Stat(answers)
	}
	if err == nil && os.SameFile(in, out) {
		return inputf("--output %s is the answers file (--answers %s): the results would replace it; give another file for the results", words.Literal(output), words.Literal(answers))
	}
	if contentDir == "" {
		return nil
	}
	var found string
	_ = filepath.WalkDir(contentDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if in, err := os.Stat(path); err == nil && os.SameFile(in, out) {
			found = path
			return filepath.SkipAll
		}
		return nil
	})
	if found != "" {
		return inputf("--output %s is %s, a file of the content folder (--content %s): the results would replace it; give a file outside that folder", words.Literal(output), words.Literal(found), words.Literal(contentDir))
	}
	return nil
}

// MaxAnswersBytes caps an answers file: a full set of answers with postings
// is far smaller, and nothing bigger is read into memory.
const MaxAnswersBytes = 1 << 20

// readInput reads a named file, or standard input for "-", up to
// MaxAnswersBytes; a folder, a device or a FIFO is refused without reading.
func readInput(stdin io.Reader, path string) ([]byte, error) {
	name := path
	var r io.Reader = stdin
	if path == "-" {
		name = "standard input"
	} else {
		info, err := os.Stat(path)
		switch {
		case err != nil:
			return nil, inputf("cannot read %s: %v", path, errors.Unwrap(err))
		case info.IsDir():
			return nil, inputf("%s is a folder; give an answers file", path)
		case !info.Mode().IsRegular():
			return nil, inputf("%s is not a regular file (a device or a pipe); give an answers file, or - for standard input", path)
		case info.Size() > MaxAnswersBytes:
			return nil, inputf("%s is %s; an answers file can be at most 1 MiB", path, words.Bytes(int(min(info.Size(), 1<<40))))
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, inputf("cannot read %s: %v", path, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxAnswersBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > MaxAnswersBytes {
		return nil, inputf("%s is over 1 MiB; an answers file can be at most 1 MiB", name)
	}
	return data, nil
}
