package postings

import (
	"os"
	"testing"
)

// TestMain lets this test binary act as the PDF reader child, as main does
// for certpath.
func TestMain(m *testing.M) {
	ServeChild()
	os.Exit(m.Run())
}
