package postings

import (
	"context"
	"errors"
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
	texts, found := GatherProblems(ctx, inputs, src)
	for _, p := range found {
		problems = append(problems, p.Message)
	}
	return texts, problems
}

// Problem is one line about an input: one that could not be read, or one
// read only in part (a note).
type Problem struct {
	Message string
	// Unreachable says a link failed on the site's or the network's side
	// (a status other than 200, no answer, no connection): nothing in how
	// certpath was run was wrong, and running it differently would not help.
	Unreachable bool
}

// GatherProblems is Gather with each problem told apart.
func GatherProblems(ctx context.Context, inputs []string, src Sources) (texts []Text, problems []Problem) {
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
			problems = append(problems, Problem{Message: Sanitize(in) + ": links are off (--offline); save the page and give the file instead"})
			continue
		case IsLink(in):
			p, note, err = Fetch(ctx, client, in)
		default:
			p, note, err = ReadFile(in)
		}
		if note != "" {
			problems = append(problems, Problem{Message: note})
		}
		if err != nil {
			var u unreachableError
			problems = append(problems, Problem{Message: err.Error(), Unreachable: errors.As(err, &u)})
			continue
		}
		texts = append(texts, p)
	}
	return texts, problems
}
