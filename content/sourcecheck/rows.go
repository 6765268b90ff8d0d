package sourcecheck

import (
	"bytes"
	"strings"

	"certpath/termtext"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxRows caps the table rows kept from one page.
const maxRows = 2000

// tableRows are an HTML page's table rows as lines of text, cells apart:
// "Retake Fee $50". The page reader writes a row's cells with nothing
// between them ("Retake Fee$50", "Number of Questions4560"), which hides
// where one number ends and the next starts. One pass of the tokenizer,
// no tree: the bytes are at most the reader's budget, and nesting costs
// nothing. Rows with fewer than two cells are left out (the reader's line
// is the same).
func tableRows(data []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(data))
	var r rowReader
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		name, _ := z.TagName()
		r.token(z, tt, atom.Lookup(name))
	}
	r.endRow()
	return r.rows
}

// rowReader gathers table rows token by token (see tableRows).
type rowReader struct {
	rows, cells []string
	cell        strings.Builder
	inCell      bool
	// skip counts the open scripts and styles, whose text is no cell's.
	skip int
}

func (r *rowReader) token(z *html.Tokenizer, tt html.TokenType, a atom.Atom) {
	start, end := tt == html.StartTagToken, tt == html.EndTagToken
	switch {
	case tt == html.TextToken && r.inCell && r.skip == 0:
		r.cell.Write(z.Text())
	case a == atom.Br && r.inCell:
		r.cell.WriteByte(' ')
	case a == atom.Script || a == atom.Style:
		if start {
			r.skip++
		} else if end && r.skip > 0 {
			r.skip--
		}
	case (a == atom.Td || a == atom.Th) && (start || end):
		r.endCell()
		r.inCell = start
	case (a == atom.Tr || a == atom.Table) && (start || end):
		r.endRow()
	}
}

func (r *rowReader) endCell() {
	if r.inCell {
		if t := strings.Join(strings.Fields(r.cell.String()), " "); t != "" {
			r.cells = append(r.cells, t)
		}
		r.cell.Reset()
		r.inCell = false
	}
}

func (r *rowReader) endRow() {
	r.endCell()
	if len(r.cells) >= 2 && len(r.rows) < maxRows {
		r.rows = append(r.rows, termtext.Sanitize(strings.Join(r.cells, " ")))
	}
	r.cells = r.cells[:0]
}
