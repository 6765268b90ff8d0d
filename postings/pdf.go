package postings

import (
	"bytes"
	"errors"
	"fmt"
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
	pages, err := pdfPages(r)
	if err != nil {
		return "", err
	}
	var buf strings.Builder
	for _, p := range pages {
		text, err := p.GetPlainText(nil)
		if err != nil {
			return "", fmt.Errorf("this PDF's text could not be read (%v); paste the posting's text instead", err)
		}
		buf.WriteString(text)
		if buf.Len() > MaxBytes {
			break
		}
	}
	// The extractor writes a line break at the start of every text object,
	// so its text starts with one that no line of the page stands for;
	// without trimming it every line number would be one too high.
	raw := strings.TrimLeft(buf.String(), "\n")
	if len(raw) > MaxBytes {
		raw = raw[:MaxBytes]
	}
	if strings.TrimSpace(raw) == "" {
		return "", errors.New("no text layer: this PDF is a scan; paste the text instead")
	}
	return raw, nil
}

// Limits on a PDF's page tree. The extractor's own walk trusts the tree's
// counts and follows a page that lists itself, or a parent chain that loops,
// forever; certpath walks the tree itself and refuses such a file.
const (
	maxPDFPages = 500
	maxPDFDepth = 32
)

var errDamagedPDF = errors.New("this PDF's page tree is damaged (it loops or is too deep); paste the posting's text instead")

// pdfPages lists a PDF's pages in order, within the limits above.
func pdfPages(r *pdf.Reader) ([]pdf.Page, error) {
	var pages []pdf.Page
	nodes := 0
	var walk func(node pdf.Value, depth int) error
	walk = func(node pdf.Value, depth int) error {
		nodes++
		if depth > maxPDFDepth || len(pages) > maxPDFPages || nodes > 4*maxPDFPages {
			return errDamagedPDF
		}
		switch node.Key("Type").Name() {
		case "Page":
			// A page's inherited keys are found by walking Parent links;
			// a chain that never ends would hang the extractor.
			v, steps := node, 0
			for ; !v.IsNull() && steps <= maxPDFDepth; steps++ {
				v = v.Key("Parent")
			}
			if steps > maxPDFDepth {
				return errDamagedPDF
			}
			pages = append(pages, pdf.Page{V: node})
		case "Pages":
			kids := node.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(r.Trailer().Key("Root").Key("Pages"), 0); err != nil {
		return nil, err
	}
	return pages, nil
}
