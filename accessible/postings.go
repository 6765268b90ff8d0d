package accessible

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"certpath/catalog"
	"certpath/files"
	"certpath/postings"
	"certpath/questions"
	"certpath/words"
)

// askPostings takes file paths, or the text of a posting pasted line by
// line and ended with a line holding only a full stop; enter alone skips.
func askPostings(r runner, _ questions.Question) (questions.Answer, bool, error) {
	for {
		text, err := r.line("Type the file paths of the postings (quote a path with spaces), or paste a posting's text and end it with a line holding only a full stop; press enter to skip: ")
		if err != nil {
			return questions.Answer{}, false, err
		}
		if text == "" {
			return questions.Answer{}, true, nil
		}
		if paths, err := files.SplitPaths(text); err == nil && allFiles(paths) {
			var a questions.Answer
			read, problems := postings.Gather(context.Background(), paths, postings.Sources{Offline: true})
			for _, p := range problems {
				r.say(p)
			}
			a.Postings = read
			if len(a.Postings) == 0 {
				r.say("None of those could be read. Type other paths, or press enter to skip.")
				continue
			}
			var capped []string
			a.Postings, capped = questions.CapPostings(a.Postings)
			for _, c := range capped {
				r.say(strings.ToUpper(c[:1]) + c[1:] + ".")
			}
			r.say(findings("Read "+words.Count(len(a.Postings), "posting"), a.Postings))
			return a, false, nil
		}
		// Not file paths: a pasted posting, read up to a line with a full
		// stop. It is kept up to the 1 MiB a posting can be, as a file is;
		// the lines past that are read and dropped, never held.
		var paste strings.Builder
		paste.WriteString(text)
		keptLines, droppedLines, dropped := 1, 0, 0
		for {
			more, err := r.line("")
			if err != nil && !errors.Is(err, ErrInputEnded) {
				return questions.Answer{}, false, err
			}
			if err != nil || more == "." {
				break
			}
			if droppedLines > 0 || paste.Len()+1+len(more) > postings.MaxBytes {
				droppedLines++
				dropped += len(more) + 1
				continue
			}
			paste.WriteString("\n" + more)
			keptLines++
		}
		if droppedLines > 0 {
			r.say(fmt.Sprintf("The pasted posting is over the 1 MiB a posting can be: its first %s (%s) are kept, the other %s (%s) dropped.",
				words.Count(keptLines, "line"), words.Bytes(paste.Len()), words.Count(droppedLines, "line"), words.Bytes(dropped)))
		}
		lines := []string{paste.String()}
		clean, err := postings.Check([]byte(strings.Join(lines, "\n")), false)
		if err != nil {
			r.say("The pasted posting: " + err.Error() + ". Paste it again, type file paths, or press enter to skip.")
			continue
		}
		a := questions.Answer{Postings: []postings.Text{{Name: "pasted posting", Text: clean}}}
		r.say(findings("Read 1 pasted posting", a.Postings))
		return a, false, nil
	}
}

// allFiles reports whether every path names an existing file.
func allFiles(paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			return false
		}
	}
	return true
}

// findings is what the analyzer read in the postings, in lines of plain
// text: the roles and frameworks across them, then each posting's own
// reading when there are several, as the screens show after reading them.
// read opens it ("Read 2 postings").
func findings(read string, ps []postings.Text) string {
	rep := postings.Default().AnalyzeAll(ps)
	them := map[bool]string{true: "it", false: "them"}[len(ps) == 1]
	if rep.Top() == "" {
		return read + "; no role signals found in " + them + ", so " + them + " will not change the results."
	}
	lines := []string{read + ". Roles: " + roleShares(rep.Profiles, 3) + ".", "Framework: " + frameworkShares(rep.Frameworks) + "."}
	if len(ps) == 1 {
		return strings.Join(append(lines, "Phrases: "+phrases(rep.Evidence)+"."), "\n")
	}
	for i, p := range ps {
		if i >= len(rep.Postings) {
			break
		}
		a := rep.Postings[i]
		if a.Top() == "" {
			lines = append(lines, p.Name+": no role signals found.")
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s; framework %s; phrases %s.", p.Name, roleShares(a.Profiles, 3), frameworkShares(a.Frameworks), phrases(a.Evidence)))
	}
	return strings.Join(lines, "\n")
}

// roleShares names the first n roles found, with their shares.
func roleShares(profiles []postings.PostingScore, n int) string {
	var out []string
	for _, s := range profiles {
		if s.Points > 0 && len(out) < n {
			out = append(out, fmt.Sprintf("%s %.0f%%", s.Name, s.Score))
		}
	}
	return strings.Join(out, ", ")
}

// frameworkShares names the frameworks found, with their shares.
func frameworkShares(fs []postings.FrameworkShare) string {
	var out []string
	for _, f := range fs {
		if f.Points > 0 {
			out = append(out, fmt.Sprintf("%s %.0f%%", catalog.FrameworkName(f.ID), f.Score))
		}
	}
	if len(out) == 0 {
		return "none found"
	}
	return strings.Join(out, ", ")
}

// phrases lists the phrases matched, with how often.
func phrases(evidence []postings.Evidence) string {
	var out []string
	for _, e := range evidence {
		out = append(out, fmt.Sprintf("%q %d×", e.Phrase, e.Count))
	}
	return strings.Join(out, ", ")
}
