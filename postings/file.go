package postings

import (
	"bytes"
	"certpath/termtext"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ReadFile reads one posting from a file: plain text, a saved web page
// (.html, .htm, or anything that sniffs as HTML) reduced to the posting's
// own text, or a PDF's text layer. At most 1 MiB is read; note says when
// only part of the file was. Every error names the file and what would be
// accepted. A device, a FIFO or a folder is refused without reading. A web
// page is read within what is left of ctx.
func ReadFile(ctx context.Context, path string) (p Text, note string, err error) {
	name := termtext.Sanitize(path)
	info, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return p, "", fmt.Errorf("%s: cannot read it: %v", name, err)
	}
	switch {
	case info.IsDir():
		return p, "", fmt.Errorf("%s: is a folder; give a text, HTML or PDF file with a job posting", name)
	case !info.Mode().IsRegular():
		return p, "", fmt.Errorf("%s: is not a regular file (a device or a pipe); give a text, HTML or PDF file", name)
	}
	f, err := os.Open(path)
	if err != nil {
		return p, "", fmt.Errorf("%s: cannot open it: %v", name, err)
	}
	defer f.Close()
	return readAs(ctx, name, strings.ToLower(filepath.Ext(path)), f)
}

// Read reads one posting from r (standard input, say): plain text, HTML or
// PDF, told apart by their first bytes.
func Read(ctx context.Context, name string, r io.Reader) (p Text, note string, err error) {
	return readAs(ctx, name, "", r)
}

// readAs reads at most MaxBytes and hands them to the reader for their kind.
func readAs(ctx context.Context, name, ext string, r io.Reader) (p Text, note string, err error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return p, "", fmt.Errorf("%s: cannot read it: %v", name, err)
	}
	truncated := len(data) > MaxBytes
	if truncated {
		data = data[:MaxBytes]
	}
	switch {
	case ext == ".pdf" || bytes.HasPrefix(data, []byte("%PDF-")):
		if truncated {
			return p, "", fmt.Errorf("%s: this PDF is over 1 MiB, more than a posting needs; save the posting's page as text or paste its text instead", name)
		}
		text, err := PDFText(data)
		if err != nil {
			return p, "", fmt.Errorf("%s: %v", name, err)
		}
		// A font may map a glyph to NUL: noise in the text, not a sign
		// of a binary file.
		data = bytes.ReplaceAll([]byte(text), []byte{0}, nil)
	case ext == ".html" || ext == ".htm" || LooksLikeHTML(data):
		text, flat, err := HTMLText(ctx, data)
		if err != nil {
			return p, "", fmt.Errorf("%s: %v", name, err)
		}
		data = []byte(text)
		if flat {
			note = flatNote
		}
	}
	if truncated {
		note = strings.TrimSuffix("it is over 1 MiB; only the first MiB was analysed; "+note, "; ")
	}
	if note != "" {
		note = name + ": " + note
	}
	text, err := Check(data, truncated)
	if err != nil {
		return p, "", fmt.Errorf("%s: %w", name, err)
	}
	return Text{Name: name, Text: text}, note, nil
}
