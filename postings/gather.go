package postings

import (
	"context"
	"io"
	"net/http"
)

// Sources say where Gather may read from.
type Sources struct {
	// Offline refuses links: nothing leaves the computer.
	Offline bool
	// Client fetches links; nil is NewClient().
	Client *http.Client
	// Stdin is read for "-".
	Stdin io.Reader
}

// Gather reads postings from what a person named: files (text, HTML, PDF),
// links, or "-" for standard input. Each input that fails gets one line in
// problems, naming it and the reason, and never stops the others.
func Gather(ctx context.Context, inputs []string, src Sources) (texts []Text, problems []string) {
	client := src.Client
	if client == nil {
		client = NewClient()
	}
	for _, in := range inputs {
		var p Text
		var note string
		var err error
		switch {
		case in == "-" && src.Stdin != nil:
			p, note, err = Read("standard input", src.Stdin)
		case IsLink(in) && src.Offline:
			problems = append(problems, Sanitize(in)+": links are off (--offline); save the page and give the file instead")
			continue
		case IsLink(in):
			p, note, err = Fetch(ctx, client, in)
		default:
			p, note, err = ReadFile(in)
		}
		if note != "" {
			problems = append(problems, note)
		}
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		texts = append(texts, p)
	}
	return texts, problems
}
