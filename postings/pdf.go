package postings

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDFText reads a PDF's text layer with ledongthuc/pdf, a small pure-Go
// extractor. An encrypted, image-only or broken PDF gets one clear error,
// never a crash.
func PDFText(data []byte) (text string, err error) {
	defer func() {
		// The extractor panics on some malformed files; a posting must
		// never take the program down.
		if r := recover(); r != nil {
			text, err = "", errors.New("this PDF is damaged and could not be read; paste the posting's text instead")
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "encrypt") {
			return "", errors.New("this PDF is encrypted; open it, copy the posting's text and paste it instead")
		}
		return "", fmt.Errorf("this PDF could not be read (%v); paste the posting's text instead", err)
	}
	plain, err := r.GetPlainText()
	if err != nil {
		return "", fmt.Errorf("this PDF's text could not be read (%v); paste the posting's text instead", err)
	}
	raw, err := io.ReadAll(io.LimitReader(plain, MaxBytes))
	if err != nil {
		return "", fmt.Errorf("this PDF's text could not be read (%v); paste the posting's text instead", err)
	}
	if strings.TrimSpace(string(raw)) == "" {
		return "", errors.New("no text layer: this PDF is a scan; paste the text instead")
	}
	return string(raw), nil
}
