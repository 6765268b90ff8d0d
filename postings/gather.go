package postings

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"certpath/termtext"
	"certpath/words"
)

// The caps on what one reading keeps, the same wherever postings are given
// (the screens, accessible mode, the command line): each posting is at most
// MaxBytes, there are at most MaxPostings, together at most MaxTotal, which
// bounds the state file and every save.
const (
	// MaxPostings is how many postings one reading keeps.
	MaxPostings = 20
	// MaxTotal caps the text of all postings of one reading: 4 MiB.
	MaxTotal = 4 << 20
	// MaxTotalBytes is MaxTotal.
	MaxTotalBytes = MaxTotal
)

// GatherDeadline bounds one Gather: every file, PDF and link together
// (each link has LinkTimeout, each PDF PDFDeadline, of it). A variable so
// that tests can shorten it.
var GatherDeadline = 30 * time.Second

// PastedName names a pasted posting, before its number.
const PastedName = "pasted posting"

// Sources say where Gather may read from.
type Sources struct {
	// Pasted is text a person pasted: one or more postings, separated by
	// lines of three or more dashes. It is read before the inputs.
	Pasted string
	// Offline refuses links: nothing leaves the computer.
	Offline bool
	// Client fetches links; nil is NewClient().
	Client *http.Client
	// Stdin is read for "-".
	Stdin io.Reader
	// Clipboard reads a posting from the clipboard too, after the inputs.
	Clipboard bool
	// Kept are postings read before, from files and links, kept as they
	// were read (the file may be gone, the page changed): they come after
	// the pasted text and before the inputs, and count against the caps.
	Kept []Text
}

// Problem is one line about an input: one that could not be read, or one
// read only in part (a note), or postings left out by the caps.
type Problem struct {
	Message string
	// Unreachable says a link failed on the site's or the network's side
	// (a status other than 200, no answer, no connection): nothing in how
	// certpath was run was wrong, and running it differently would not help.
	Unreachable bool
	// Failed is the kind of input the line says could not be read ("link",
	// "file" or "input"), "" for a line about no one input that failed.
	Failed string
	// NotRead is how many inputs the line says were left unread, at a cap
	// or at the deadline.
	NotRead int
}

// Messages are the problems' lines, in order.
func Messages(problems []Problem) []string {
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.Message
	}
	return out
}

// Unread says in a few words how many inputs the problems say were not
// read, failed ones by kind: "3 links failed, 17 not read", "1 file and 2
// links failed"; "" when none.
func Unread(problems []Problem) string {
	var kinds, parts []string
	failed := map[string]int{}
	notRead := 0
	for _, p := range problems {
		if p.Failed != "" {
			if failed[p.Failed] == 0 {
				kinds = append(kinds, p.Failed)
			}
			failed[p.Failed]++
		}
		notRead += p.NotRead
	}
	for _, k := range kinds {
		parts = append(parts, words.Count(failed[k], k))
	}
	if len(parts) > 0 {
		parts = []string{words.List(parts) + " failed"}
	}
	if notRead > 0 {
		parts = append(parts, fmt.Sprintf("%d not read", notRead))
	}
	return strings.Join(parts, ", ")
}

// Gather reads postings from what a person gave: the pasted text in
// src.Pasted, the postings kept from before in src.Kept, then files (text, HTML, PDF), links, or "-" for standard
// input, then the clipboard when src.Clipboard, and keeps what the caps
// allow (Cap). Each input that fails gets one
// problem, naming it and the reason, and never stops the others. It is the
// one reader of postings: the screens, accessible mode and the command line
// all read through it, so they keep the same and say the same.
func Gather(ctx context.Context, inputs []string, src Sources) (texts []Text, problems []Problem) {
	texts, problems = readPasted(src.Pasted)
	texts = append(texts, src.Kept...)
	client := src.Client
	if client == nil {
		client = NewClient()
	}
	count, total := len(texts), 0
	for _, t := range texts {
		total += len(t.Text)
	}
	ctx, cancel := context.WithTimeout(ctx, GatherDeadline)
	defer cancel()
	// Reading stops at the caps and the deadline, so a thousand files named
	// cost no more than twenty, and what was not read is named.
	for i, in := range inputs {
		if ctx.Err() != nil {
			problems = append(problems, Problem{Message: fmt.Sprintf("reading the postings took over %s; %s from %s on %s not read",
				seconds(GatherDeadline), words.Count(len(inputs)-i, "input"), termtext.Sanitize(in), wasWere(len(inputs)-i)), NotRead: len(inputs) - i})
			break
		}
		if count >= MaxPostings {
			problems = append(problems, Problem{Message: fmt.Sprintf("only the first %d postings are used; %s from %s on %s not read",
				MaxPostings, words.Count(len(inputs)-i, "input"), termtext.Sanitize(in), wasWere(len(inputs)-i)), NotRead: len(inputs) - i})
			break
		}
		var p Text
		var note string
		var err error
		switch {
		case in == "-" && src.Stdin != nil:
			p, note, err = Read(ctx, "standard input", src.Stdin)
		case IsLink(in) && src.Offline:
			problems = append(problems, Problem{Message: termtext.Sanitize(in) + ": links are off (--offline); save the page and give the file instead", Failed: "link"})
			continue
		case IsLink(in):
			p, note, err = Fetch(ctx, client, in)
		default:
			p, note, err = ReadFile(ctx, in)
		}
		// Every line passes the sanitizer: a message may quote what came
		// from outside (a status line, a file name, a library's error).
		if note != "" {
			problems = append(problems, Problem{Message: termtext.Sanitize(note)})
		}
		if err != nil {
			var u unreachableError
			problems = append(problems, Problem{Message: termtext.Sanitize(err.Error()), Unreachable: errors.As(err, &u), Failed: inputKind(in)})
			continue
		}
		if total+len(p.Text) > MaxTotal {
			problems = append(problems, Problem{Message: fmt.Sprintf("the postings hold more than 4 MiB of text together: the first %s (%s) are used; %s from %s on %s dropped",
				words.Count(count, "posting"), words.Bytes(total), words.Count(len(inputs)-i, "input"), termtext.Sanitize(p.Name), wasWere(len(inputs)-i)), NotRead: len(inputs) - i})
			break
		}
		count, total = count+1, total+len(p.Text)
		texts = append(texts, p)
	}
	if src.Clipboard {
		p, note, err := ReadClipboard()
		if note != "" {
			problems = append(problems, Problem{Message: termtext.Sanitize(note)})
		}
		if err != nil {
			problems = append(problems, Problem{Message: termtext.Sanitize(err.Error()), Failed: "input"})
		} else {
			texts = append(texts, p)
		}
	}
	texts, capped := Cap(texts)
	for _, c := range capped {
		problems = append(problems, Problem{Message: c})
	}
	return texts, problems
}

// inputKind is what Unread calls an input: a link, a file, or (standard
// input) an input.
func inputKind(in string) string {
	switch {
	case IsLink(in):
		return "link"
	case in == "-":
		return "input"
	}
	return "file"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// readPasted reads pasted text as postings, split at lines of dashes and
// named "pasted posting 1", "pasted posting 2"; a part over MaxBytes keeps
// its first MiB.
func readPasted(text string) (texts []Text, problems []Problem) {
	n := 0
	for _, part := range splitPasted(text) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		n++
		if len(part) > MaxBytes {
			cut := MaxBytes
			for cut > 0 && !utf8.RuneStart(part[cut]) {
				cut--
			}
			problems = append(problems, Problem{Message: fmt.Sprintf("%s %d is over the 1 MiB a posting can be: its first %s are used, the other %s dropped", PastedName, n, words.Bytes(cut), words.Bytes(len(part)-cut))})
			part = part[:cut]
		}
		clean, err := Check([]byte(part), false)
		if err != nil {
			problems = append(problems, Problem{Message: fmt.Sprintf("%s %d: %v", PastedName, n, err)})
			continue
		}
		texts = append(texts, Text{Name: fmt.Sprintf("%s %d", PastedName, n), Text: clean})
	}
	return texts, problems
}

// splitPasted splits pasted text into postings at lines made of three or
// more dashes.
func splitPasted(text string) []string {
	var parts []string
	var cur strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(line)
		if len(t) >= 3 && strings.Trim(t, "-") == "" {
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	return append(parts, cur.String())
}

// Cap keeps what one reading holds: the first MaxPostings, and of those the
// first that fit MaxTotal together. problems say what was dropped.
func Cap(ps []Text) (kept []Text, problems []string) {
	if len(ps) > MaxPostings {
		problems = append(problems, fmt.Sprintf("only the first %d postings are used; %s dropped", MaxPostings, words.Count(len(ps)-MaxPostings, "posting")+map[bool]string{true: " was", false: " were"}[len(ps)-MaxPostings == 1]))
		ps = ps[:MaxPostings]
	}
	total := 0
	for i, p := range ps {
		if total += len(p.Text); total > MaxTotal {
			problems = append(problems, fmt.Sprintf("the postings hold more than 4 MiB of text together; only the first %d are used", i))
			ps = ps[:i]
			break
		}
	}
	return ps, problems
}

// Origin says where a posting came from, by the name Gather gave it:
// "pasted" (pasted text, the clipboard, standard input), "link" or "file".
func Origin(p Text) string {
	lower := strings.ToLower(p.Name)
	switch {
	case strings.HasPrefix(lower, PastedName), lower == "clipboard", lower == "stdin", lower == "-":
		return "pasted"
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
		return "link"
	}
	return "file"
}

// LooksLikePaths reports whether words typed on one line are file paths or
// links even where a file is missing: every word names a folder (holds a /
// or \\, or starts with ~), is a link, or ends in a posting's file
// extension. A posting's first line, such as "Scrum Master / Agile Coach",
// has words that do not.
func LooksLikePaths(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		ext := strings.ToLower(filepath.Ext(w))
		switch {
		case w == "/" || w == `\`:
			return false
		case IsLink(w), strings.ContainsAny(w, `/\`), strings.HasPrefix(w, "~"):
		case ext == ".txt" || ext == ".pdf" || ext == ".html" || ext == ".htm" || ext == ".md":
		default:
			return false
		}
	}
	return true
}
