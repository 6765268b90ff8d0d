package postings

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"certpath/words"
)

// The caps on all postings read together, in analyze, the quiz and the
// accessible mode alike: at most MaxPostings postings, of at most
// MaxTotalBytes of text together (each posting is at most MaxBytes).
// Gather stops reading when they are reached, so a thousand files named
// cost no more than twenty.
const (
	MaxPostings   = 20
	MaxTotalBytes = 4 << 20
)

// GatherDeadline bounds one Gather: every file, PDF and link together
// (each link has LinkTimeout, each PDF PDFDeadline, of it). A variable so
// that tests can shorten it.
var GatherDeadline = 30 * time.Second

// Sources say where Gather may read from.
type Sources struct {
	// Offline refuses links: nothing leaves the computer.
	Offline bool
	// Client fetches links; nil is NewClient().
	Client *http.Client
	// Stdin is read for "-".
	Stdin io.Reader
	// Held and HeldBytes are the postings, and their bytes, the caller
	// already holds (pasted ones, say): they count toward the caps.
	Held, HeldBytes int
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
	count, total := src.Held, src.HeldBytes
	ctx, cancel := context.WithTimeout(ctx, GatherDeadline)
	defer cancel()
	for i, in := range inputs {
		if ctx.Err() != nil {
			problems = append(problems, Problem{Message: fmt.Sprintf("reading the postings took over %s; %s from %s on %s not read",
				seconds(GatherDeadline), words.Count(len(inputs)-i, "input"), Sanitize(in), wasWere(len(inputs)-i))})
			break
		}
		if count >= MaxPostings {
			problems = append(problems, Problem{Message: fmt.Sprintf("only the first %d postings are used; %s from %s on %s not read",
				MaxPostings, words.Count(len(inputs)-i, "input"), Sanitize(in), wasWere(len(inputs)-i))})
			break
		}
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
		// Every line passes the sanitizer: a message may quote what came
		// from outside (a status line, a file name, a library's error).
		if note != "" {
			problems = append(problems, Problem{Message: Sanitize(note)})
		}
		if err != nil {
			var u unreachableError
			problems = append(problems, Problem{Message: Sanitize(err.Error()), Unreachable: errors.As(err, &u)})
			continue
		}
		if total+len(p.Text) > MaxTotalBytes {
			problems = append(problems, Problem{Message: fmt.Sprintf("the postings hold more than 4 MiB of text together: the first %s (%s) are used; %s from %s on %s dropped",
				words.Count(count, "posting"), words.Bytes(total), words.Count(len(inputs)-i, "input"), p.Name, wasWere(len(inputs)-i))})
			break
		}
		count, total = count+1, total+len(p.Text)
		texts = append(texts, p)
	}
	return texts, problems
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}
