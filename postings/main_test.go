package postings

import (
	"os"
	"testing"
	"time"
)

// TestMain lets this test binary act as the PDF and HTML reader child, as
// main does for certpath.
//
// The PDF and HTML deadlines are a minute here, in the tests and in their
// children (whose CPU limit follows them), rather than 5 s: under the race
// detector, beside parallel tests, a readable PDF took over 5 s and read as
// "could not be read within 5 s". Only the tests of the deadline itself shorten it.
func TestMain(m *testing.M) {
	PDFDeadline = time.Minute
	HTMLDeadline = time.Minute
	ServeChild()
	os.Exit(m.Run())
}
