package postings

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The hostile PDFs of the audit (F1, F2), built here. Each is a few hundred
// bytes; each took the extractor down or round a loop forever.

const hostileText = "BT /F1 12 Tf 72 700 Td (Product Owner backlog refinement) Tj ET"

func hostileBase() map[int]string {
	return map[int]string{
		1: "<< /Type /Catalog /Pages 2 0 R >>",
		2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		3: "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
		4: fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(hostileText), hostileText),
	}
}

// tablePDF writes objs with a classic xref table; prevSelf makes the
// trailer's /Prev point at its own table, extraRows are appended to it.
func tablePDF(objs map[int]string, prevSelf bool, extraRows string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	ids := make([]int, 0, len(objs))
	for i := range objs {
		ids = append(ids, i)
	}
	sort.Ints(ids)
	offs := map[int]int{}
	for _, i := range ids {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i, objs[i])
	}
	x, n := b.Len(), ids[len(ids)-1]+1
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", n)
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "%010d 00000 n \n", offs[i])
	}
	b.WriteString(extraRows)
	prev := ""
	if prevSelf {
		prev = fmt.Sprintf(" /Prev %d", x)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", n, prev, x)
	return b.Bytes()
}

// objStmSelfPDF has an xref stream saying object 2 lives in object stream
// 2, that is in itself: the extractor recurses until the stack overflows.
func objStmSelfPDF() []byte {
	o := hostileBase()
	delete(o, 2)
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offs := map[int]int{}
	for _, i := range []int{1, 3, 4} {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i, o[i])
	}
	offs[5] = b.Len()
	rows := [][3]int{{0, 0, 0}, {1, offs[1], 0}, {2, 2, 0}, {1, offs[3], 0}, {1, offs[4], 0}, {1, offs[5], 0}}
	var data []byte
	for _, r := range rows {
		data = append(data, byte(r[0]))
		data = binary.BigEndian.AppendUint32(data, uint32(r[1]))
		data = binary.BigEndian.AppendUint16(data, uint16(r[2]))
	}
	fmt.Fprintf(&b, "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(data), data)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offs[5])
	return b.Bytes()
}

// contentsBombPDF names one deflated stream of 1 MiB of text a thousand
// times as the page's contents: a gigabyte of text from 7 KB.
func contentsBombPDF() []byte {
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	w.Write([]byte("BT "))
	line := "(" + strings.Repeat("A", 1000) + ") Tj\n"
	for range 1 << 10 {
		w.Write([]byte(line))
	}
	w.Write([]byte("ET"))
	w.Close()
	o := hostileBase()
	o[3] = "<< /Type /Page /Parent 2 0 R /Contents [" + strings.Repeat("4 0 R ", 1000) + "] >>"
	o[4] = fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes())
	return tablePDF(o, false, "")
}

// withPDFDeadline sets the PDF budget's deadline for one test.
func withPDFDeadline(t *testing.T, d time.Duration) {
	old := PDFDeadline
	PDFDeadline = d
	t.Cleanup(func() { PDFDeadline = old })
}

// TestHostilePDFsCannotKillTheReader (F1): a stack overflow or an
// allocation of gigabytes in the extractor ends its child, not certpath;
// the file gets one line. The deadline is long here, so each file meets the
// failure it was built for.
func TestHostilePDFsCannotKillTheReader(t *testing.T) {
	withPDFDeadline(t, time.Minute)
	// Each file has a child of its own, so they are read side by side (the
	// test itself is not parallel: it sets the deadline, which it puts
	// back only after these subtests are done).
	for name, data := range map[string][]byte{
		"object stream in itself": objStmSelfPDF(),
		"xref row at 900000000":   tablePDF(hostileBase(), false, "900000000 1\n0000000000 00000 n \n"),
		"a gigabyte of page text": contentsBombPDF(),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := PDFText(data)
			if err == nil || !strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
	// The budget leaves a good PDF alone.
	t.Run("a good PDF", func(t *testing.T) {
		t.Parallel()
		if text, err := PDFText(tablePDF(hostileBase(), false, "")); err != nil || !strings.Contains(text, "backlog refinement") {
			t.Errorf("a good PDF reads as %q, %v", text, err)
		}
	})
}

// TestLoopingPDFsMeetTheDeadline (F2): a /Prev that points at its own xref
// loops the extractor forever; the deadline (short here) ends it, in a file
// and through a link alike.
func TestLoopingPDFsMeetTheDeadline(t *testing.T) {
	withPDFDeadline(t, 300*time.Millisecond)
	loop := tablePDF(hostileBase(), true, "")
	want := "this PDF could not be read within 0.3 s; paste the posting's text instead"
	if _, err := PDFText(loop); err == nil || err.Error() != want {
		t.Errorf("a /Prev loop: %v", err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(loop)
	}))
	defer srv.Close()
	if _, _, err := Fetch(context.Background(), srv.Client(), srv.URL+"/loop.pdf"); err == nil || !strings.HasSuffix(err.Error(), want) {
		t.Errorf("a /Prev loop through a link: %v", err)
	}
}

// TestPDFMessagesSayWhatHappened (F24): each damaged PDF is named for what
// is wrong with it, in words, never with the library's internals (a type
// name, a doubled %) nor as a scan when it is not one.
func TestPDFMessagesSayWhatHappened(t *testing.T) {
	t.Parallel()
	many := hostileBase()
	many[2] = "<< /Type /Pages /Kids [" + strings.Repeat("3 0 R ", 600) + "] /Count 600 >>"
	selfLength := hostileBase()
	selfLength[4] = "<< /Length 4 0 R >>\nstream\n" + hostileText + "\nendstream"
	selfRef := hostileBase()
	selfRef[4] = "4 0 R"
	deep := hostileBase()
	c := "BT /F1 12 Tf 72 700 Td " + strings.Repeat("[", 400000) + " ET"
	deep[4] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c)
	fixture := fixturePDF()
	const unreadable = "this PDF's text could not be read (the file is damaged, or its fonts do not say which letters they draw); paste the posting's text instead"
	for name, tt := range map[string]struct {
		data []byte
		want string
	}{
		"600 pages":           {tablePDF(many, false, ""), "this PDF has over 500 pages, far more than a posting has; save the posting's own pages, or paste its text instead"},
		"cut in half":         {fixture[:len(fixture)/2], "this PDF is incomplete (its end is missing: was the download cut short?); paste the posting's text instead"},
		"a /Length of itself": {tablePDF(selfLength, false, ""), unreadable},
		"400,000-deep array":  {tablePDF(deep, false, ""), unreadable},
		"an object of itself": {tablePDF(selfRef, false, ""), "this PDF is damaged (its structure or its text could not be read); paste the posting's text instead"},
	} {
		if _, err := PDFText(tt.data); err == nil || err.Error() != tt.want {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestPDFWithNULReadsAsText: a font that maps a glyph to NUL put a NUL in
// the extracted text, and the PDF was refused as "a binary file; give a
// plain text file", wrong advice for a PDF. The NULs are dropped.
func TestPDFWithNULReadsAsText(t *testing.T) {
	t.Parallel()
	text := "BT /F1 12 Tf 72 700 Td (Product Owner \x08 backlog refinement) Tj ET"
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar\n<08> <0000>\nendbfchar\n" +
		"1 beginbfrange <20> <7E> <0020> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"
	objs := hostileBase()
	objs[3] = "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
	objs[4] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(text), text)
	objs[5] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
	objs[6] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap)
	path := filepath.Join(t.TempDir(), "nul.pdf")
	if err := os.WriteFile(path, tablePDF(objs, false, ""), 0o644); err != nil {
		t.Fatal(err)
	}
	p, _, err := ReadFile(context.Background(), path)
	if err != nil || !strings.Contains(p.Text, "Product Owner") || strings.ContainsRune(p.Text, 0) {
		t.Fatalf("ReadFile = %q, %v", p.Text, err)
	}
}
