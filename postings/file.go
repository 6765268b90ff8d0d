// Package postingfile reads job postings from files and standard input: at
// most 1 MiB each, checked and sanitized, with errors that name the file.
package postings

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadFile reads one posting from a file: at most 1 MiB, checked and
// sanitized. note says when only part of the file was read. Every error
// names the file and what would be accepted.
func ReadFile(path string) (p Text, note string, err error) {
	name := Sanitize(path)
	info, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return p, "", fmt.Errorf("%s: cannot read it: %v", name, err)
	}
	if info.IsDir() {
		return p, "", fmt.Errorf("%s: is a folder; give a text file with a job posting", name)
	}
	f, err := os.Open(path)
	if err != nil {
		return p, "", fmt.Errorf("%s: cannot open it: %v", name, err)
	}
	defer f.Close()
	return Read(name, f)
}

// Read reads one posting from r (a file or standard input).
func Read(name string, r io.Reader) (p Text, note string, err error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return p, "", fmt.Errorf("%s: cannot read it: %v", name, err)
	}
	truncated := len(data) > MaxBytes
	if truncated {
		data = data[:MaxBytes]
		note = fmt.Sprintf("%s: it is over 1 MiB; only the first MiB was analysed", name)
	}
	text, err := Check(data, truncated)
	if err != nil {
		return p, "", fmt.Errorf("%s: %v", name, err)
	}
	return Text{Name: name, Text: text}, note, nil
}
