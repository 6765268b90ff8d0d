package postings

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// readPDF reads a PDF's text layer with ledongthuc/pdf, a small pure-Go
// extractor. An encrypted, image-only or broken PDF gets one clear error.
// It runs in the reader child (see PDFText): the extractor can die in ways
// recover does not catch (a stack overflow, an allocation of gigabytes) or
// loop forever on a damaged file.
func readPDF(data []byte) (text string, err error) {
	defer func() {
		// The extractor panics on some malformed files; a posting must
		// never take the program down.
		if r := recover(); r != nil {
			text, err = "", errors.New("this PDF is damaged and could not be read; paste the posting's text instead")
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		why := strings.ToLower(err.Error())
		switch {
		case strings.Contains(why, "encrypt"):
			return "", errors.New("this PDF is encrypted; open it, copy the posting's text and paste it instead")
		case strings.Contains(why, "eof"):
			return "", errors.New("this PDF is incomplete (its end is missing: was the download cut short?); paste the posting's text instead")
		}
		return "", errDamagedFile
	}
	pages, err := pdfPages(r)
	if err != nil {
		return "", err
	}
	var buf strings.Builder
	broken := false
	for i, p := range pages {
		text, ok, damaged := pageLines(p)
		broken = broken || damaged
		if !ok {
			// No positions to go by: take the text objects in order.
			if text, err = p.GetPlainText(nil); err != nil {
				return "", errDamagedFile
			}
		}
		if i > 0 {
			buf.WriteString("\n")
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
	if strings.TrimSpace(raw) == "" && (broken || drawsText(pages)) {
		// The pages say they draw text, or could not be walked: not a
		// scan, damage (or fonts that do not say which letters they draw).
		return "", errors.New("this PDF's text could not be read (the file is damaged, or its fonts do not say which letters they draw); paste the posting's text instead")
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

var (
	errDamagedPDF  = errors.New("this PDF's page tree is damaged (it loops or is too deep); paste the posting's text instead")
	errTooManyPDF  = fmt.Errorf("this PDF has over %d pages, far more than a posting has; save the posting's own pages, or paste its text instead", maxPDFPages)
	errDamagedFile = errors.New("this PDF is damaged (its structure or its text could not be read); paste the posting's text instead")
)

// pdfPages lists a PDF's pages in order, within the limits above.
func pdfPages(r *pdf.Reader) ([]pdf.Page, error) {
	var pages []pdf.Page
	nodes := 0
	var walk func(node pdf.Value, depth int) error
	walk = func(node pdf.Value, depth int) error {
		nodes++
		switch {
		case len(pages) > maxPDFPages:
			return errTooManyPDF
		case depth > maxPDFDepth || nodes > 4*maxPDFPages:
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

// pageLines lays a page's glyphs out as lines by where they sit, as a reader
// sees them: a glyph lower on the page than the one before starts a new line
// (a gap of two lines or more leaves blank lines, so line numbers match the
// same text saved as a file), and a gap wider than a space between glyphs on
// one line is a space. Many PDFs (ghostscript's, word processors') place
// every line with a move rather than a line break, so the text objects alone
// would run the whole page into one line. ok is false when the page has no
// positioned text, or its content stream could not be walked (damaged).
func pageLines(p pdf.Page) (text string, ok, damaged bool) {
	defer func() {
		if recover() != nil {
			text, ok, damaged = "", false, true
		}
	}()
	var glyphs []pdf.Text
	for _, g := range p.Content().Text {
		if strings.TrimRight(g.S, "\r\n") != "" {
			glyphs = append(glyphs, g)
		}
	}
	if len(glyphs) == 0 {
		return "", false, false
	}
	unit := lineHeight(glyphs)
	var lines []string
	var line strings.Builder
	prev := glyphs[0]
	line.WriteString(prev.S)
	for _, g := range glyphs[1:] {
		size := max(g.FontSize, 1)
		dy := prev.Y - g.Y
		switch {
		case math.Abs(dy) > size/2:
			lines = append(lines, strings.TrimRight(line.String(), " "))
			line.Reset()
			if dy > 0 && unit > 0 {
				for range min(max(int(math.Round(dy/unit)), 1), 3) - 1 {
					lines = append(lines, "")
				}
			}
		case gapBefore(prev, g):
			if !strings.HasSuffix(line.String(), " ") && g.S != " " {
				line.WriteByte(' ')
			}
		}
		line.WriteString(g.S)
		prev = g
	}
	lines = append(lines, strings.TrimRight(line.String(), " "))
	return strings.Join(lines, "\n"), true, false
}

// drawsText reports whether a page's content streams hold a text object
// (BT), or could not be read at all: a scan has neither.
func drawsText(pages []pdf.Page) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = true
		}
	}()
	for _, p := range pages {
		contents := p.V.Key("Contents")
		streams := []pdf.Value{contents}
		if contents.Kind() == pdf.Array {
			streams = nil
			for i := range min(contents.Len(), 64) {
				streams = append(streams, contents.Index(i))
			}
		}
		for _, c := range streams {
			if c.Kind() != pdf.Stream {
				continue
			}
			data, err := io.ReadAll(io.LimitReader(c.Reader(), MaxBytes))
			if err != nil || len(data) == 0 || bytes.Contains(data, []byte("BT")) {
				return true
			}
		}
	}
	return false
}

// lineHeight is the most common drop from one line to the next, the page's
// line spacing; 0 when every glyph sits on one line.
func lineHeight(glyphs []pdf.Text) float64 {
	counts := map[float64]int{}
	best, bestN := 0.0, 0
	for i := 1; i < len(glyphs); i++ {
		dy := glyphs[i-1].Y - glyphs[i].Y
		if dy <= max(glyphs[i].FontSize, 1)/2 {
			continue
		}
		d := math.Round(dy*2) / 2
		counts[d]++
		if n := counts[d]; n > bestN || n == bestN && d < best {
			best, bestN = d, n
		}
	}
	return best
}

// gapBefore says whether g sits far enough right of prev, on the same line,
// to stand for a space, or jumps back left (a new column or a new run).
// A font without widths gives glyphs no width; then an average glyph's
// width stands in.
func gapBefore(prev, g pdf.Text) bool {
	size := max(g.FontSize, 1)
	width, slack := prev.W, size*0.25
	if width <= 0 {
		width, slack = size*0.6, size*0.35
	}
	gap := g.X - (prev.X + width)
	return gap > slack || g.X < prev.X-size/2
}
