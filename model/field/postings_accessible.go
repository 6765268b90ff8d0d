package field

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"certpath/files"
	"certpath/postings"
	"certpath/questions"
	"certpath/words"
)

// RunAccessible takes file paths or links, or the text of postings pasted
// line by line and ended with a line holding only a full stop; enter alone
// skips, or keeps the postings given before. Both are read by postings.Gather, as the screens read them.
func (p *Postings) RunAccessible(pr Prompter) (questions.Answer, bool, error) {
	for {
		text, err := pr.Line("Type the file paths of the postings (quote a path with spaces), or paste a posting's text and end it with a line holding only a full stop; press enter to skip: ")
		if err != nil {
			return questions.Answer{}, false, err
		}
		for text == "" {
			// An empty line is a skip, unless more lines came with it: a
			// pasted posting that starts with a blank line.
			if p, ok := pr.(Pending); !ok || !p.Pending() {
				// Enter alone keeps the postings given before, or skips.
				kept, ok := pr.Kept()
				return kept, !ok || len(kept.Postings) == 0, nil
			}
			if text, err = pr.Line(""); err != nil {
				return questions.Answer{}, false, err
			}
		}
		if !strings.ContainsFunc(text, unicode.IsLetter) {
			// "1" or "2": an answer meant for a numbered question. Read as
			// the first line of a paste, it would take every line after it
			// until a full stop.
			pr.Say(fmt.Sprintf("%q is not a file path or a posting: type the file paths of the postings, paste a posting's text and end it with a line holding only a full stop, or press enter to skip.", text))
			if err := pr.Miss(); err != nil {
				return questions.Answer{}, false, err
			}
			continue
		}
		var given []string
		pasted := ""
		if paths, err := files.SplitPaths(text); err == nil && allInputs(paths) {
			given = paths
		} else if pasted, err = readPastedLines(pr, text); err != nil {
			return questions.Answer{}, false, err
		}
		read, problems := postings.Gather(context.Background(), given, postings.Sources{Pasted: pasted, Offline: p.offline})
		for _, problem := range problems {
			pr.Say(words.Capitalize(problem.Message) + ".")
		}
		if len(read) == 0 {
			enter := "skip"
			if _, ok := pr.Kept(); ok {
				enter = "keep your answer"
			}
			pr.Say("None of those could be read. Type other paths, or press enter to " + enter + ".")
			continue
		}
		noun := "posting"
		if pasted != "" {
			noun = "pasted posting"
		}
		pr.Say(plainFindings("Read "+words.Count(len(read), noun), read, p.analyzer().Analyzer()))
		return questions.Answer{Postings: read}, false, nil
	}
}
