// Command certpath helps people on agile teams choose their next
// certification: a guided quiz, a recommended path, and the summaries behind
// it. The commands live in package cli; this file only starts them.
package main

import (
	"context"
	"os"

	"certpath/cli"
	"certpath/internal/termguard"
	"certpath/postings"
)

// version is set by release builds (-ldflags "-X main.version=v1.2.3");
// empty means fang reads it from the build's module information.
var version = ""

func main() {
	// A PDF is read by this program started again as a child (see
	// postings.PDFText); that child does its work here and exits.
	postings.ServeChild()
	// The terminal's guard (see termguard) is this program too.
	termguard.Serve()
	os.Exit(cli.Execute(context.Background(), version))
}
