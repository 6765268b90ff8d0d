// Package postingfile reads job postings from files and standard input: at
// most 1 MiB each, checked and sanitized, with errors that name the file.
package postingfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"certpath/questions"
)

// ReadPostingFile reads one posting from a file: at most 1 MiB, checked and
// sanitized. note says when only part of the file was read. Every error
// names the file and what would be accepted.
func ReadPostingFile(path string) (p questions.PostingText, note string, err error) {
	name := questions.SanitizePosting(path)
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
	return ReadPosting(name, f)
}

// ReadPosting reads one posting from r (a file or standard input).
func ReadPosting(name string, r io.Reader) (p questions.PostingText, note string, err error) {
	data, err := io.ReadAll(io.LimitReader(r, questions.MaxPostingBytes+1))
	if err != nil {
		return p, "", fmt.Errorf("%s: cannot read it: %v", name, err)
	}
	truncated := len(data) > questions.MaxPostingBytes
	if truncated {
		data = data[:questions.MaxPostingBytes]
		note = fmt.Sprintf("%s: it is over 1 MiB; only the first MiB was analysed", name)
	}
	text, err := questions.CheckPosting(data, truncated)
	if err != nil {
		return p, "", fmt.Errorf("%s: %v", name, err)
	}
	return questions.PostingText{Name: name, Text: text}, note, nil
}
