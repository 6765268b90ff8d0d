package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// writeJSON prints v as indented JSON, the form every --format json uses.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
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
			return nil, usagef("cannot read %s: %v", path, errors.Unwrap(err))
		case info.IsDir():
			return nil, usagef("%s is a folder; give an answers file", path)
		case !info.Mode().IsRegular():
			return nil, usagef("%s is not a regular file (a device or a pipe); give an answers file, or - for standard input", path)
		case info.Size() > MaxAnswersBytes:
			return nil, usagef("%s is %d MiB; an answers file can be at most 1 MiB", path, info.Size()>>20)
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, usagef("cannot read %s: %v", path, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxAnswersBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > MaxAnswersBytes {
		return nil, usagef("%s is over 1 MiB; an answers file can be at most 1 MiB", name)
	}
	return data, nil
}
