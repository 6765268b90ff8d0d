package cli

import (
	"bytes"
	"io"
	"os"
)

// helpWriter is standard output as the commands see it. Until a command
// runs it trims the spaces that pad fang's help lines to the width of their
// blocks (they wrap or smear in a narrow window and show in a diff); from
// PassThrough on it writes everything as it comes, so a prompt without a
// line break shows at once. It is a terminal file when standard output is
// one, so help keeps its colours.
type helpWriter struct {
	w       io.Writer
	file    *os.File
	line    []byte // the unfinished line while trimming
	through bool
}

func newHelpWriter(w io.Writer) *helpWriter {
	h := &helpWriter{w: w}
	h.file, _ = w.(*os.File)
	return h
}

// Write trims the spaces and tabs at the end of each line, until
// PassThrough.
func (h *helpWriter) Write(p []byte) (int, error) {
	if h.through {
		return h.w.Write(p)
	}
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			h.line = append(h.line, p...)
			break
		}
		h.line = append(bytes.TrimRight(append(h.line, p[:i]...), " \t"), '\n')
		if _, err := h.w.Write(h.line); err != nil {
			return 0, err
		}
		h.line, p = h.line[:0], p[i+1:]
	}
	return n, nil
}

// PassThrough writes what is left of a line and stops trimming.
func (h *helpWriter) PassThrough() {
	h.Flush()
	h.through = true
}

// Flush writes an unfinished last line.
func (h *helpWriter) Flush() {
	if len(h.line) > 0 {
		h.w.Write(bytes.TrimRight(h.line, " \t"))
		h.line = h.line[:0]
	}
}

// Fd, Read and Close make it a terminal file for colour detection when
// standard output is one.
func (h *helpWriter) Fd() uintptr {
	if h.file == nil {
		return ^uintptr(0)
	}
	return h.file.Fd()
}

func (h *helpWriter) Read(p []byte) (int, error) {
	if h.file == nil {
		return 0, io.EOF
	}
	return h.file.Read(p)
}

func (h *helpWriter) Close() error { return nil }
