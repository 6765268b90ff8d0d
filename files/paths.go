package files

import (
	"certpath/words"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// SplitPaths splits what was typed in the Files field the way a shell would:
// spaces separate paths, quotes ('…' or "…") and backslashes keep spaces
// inside one, and a leading ~ is the home folder. A path dragged in from a
// file manager arrives in one of these forms.
func SplitPaths(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord, quote, escaped := false, rune(0), false
	for _, r := range s {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case r == '\\' && quote != '\'':
			escaped, inWord = true, true
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				out = append(out, ExpandHome(cur.String()))
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, errors.New("a quote is not closed: close it, or put a backslash before the quote mark")
	}
	if inWord || escaped {
		out = append(out, ExpandHome(cur.String()))
	}
	return out, nil
}

// QuotePath writes a path so SplitPaths, and a shell, read it back whole.
func QuotePath(p string) string {
	if !strings.ContainsAny(p, " \t'\"\\") {
		return p
	}
	r := strings.NewReplacer(`\`, `\\`, " ", `\ `, "'", `\'`, `"`, `\"`, "\t", "\\\t")
	return r.Replace(p)
}

// CompletePath completes the last path of a Files field: the one match, or
// the longest common start of several. It returns the new value and how
// many paths matched. A completion stops before a character a terminal
// would not show as itself (see words.Hidden), so a file name cannot put
// a control or text-direction character on the screen; hidden then says
// that a matching name holds one.
func CompletePath(value string) (done string, matched int, hidden bool) {
	cut := lastWordStart(value)
	partial, err := SplitPaths(value[cut:])
	if err != nil || len(partial) != 1 {
		return value, 0, false
	}
	matches, _ := filepath.Glob(globEscape(partial[0]) + "*")
	if len(matches) == 0 {
		return value, 0, false
	}
	sort.Strings(matches)
	path := matches[0]
	for _, m := range matches[1:] {
		path = commonPrefix(path, m)
	}
	if i := strings.IndexFunc(path, words.Hidden); i >= 0 {
		path, hidden = path[:i], true
	} else if len(matches) == 1 {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			path += string(filepath.Separator)
		}
	}
	if len(path) < len(partial[0]) {
		// The hidden character was in what was typed; leave it as it is.
		return value, len(matches), hidden
	}
	if strings.HasPrefix(value[cut:], "~") {
		if home, err := os.UserHomeDir(); err == nil && strings.HasPrefix(path, home) {
			return value[:cut] + "~" + QuotePath(strings.TrimPrefix(path, home)), len(matches), hidden
		}
	}
	return value[:cut] + QuotePath(path), len(matches), hidden
}

// lastWordStart is where the last path of a Files field starts: after the
// last space that is neither quoted nor escaped.
func lastWordStart(s string) int {
	start, quote, escaped := 0, rune(0), false
	for i, r := range s {
		switch {
		case escaped:
			escaped = false
		case r == '\\' && quote != '\'':
			escaped = true
		case quote != 0 && r == quote:
			quote = 0
		case quote == 0 && (r == '\'' || r == '"'):
			quote = r
		case quote == 0 && r == ' ':
			start = i + 1
		}
	}
	return start
}

func globEscape(p string) string {
	return strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`).Replace(p)
}

// commonPrefix is the longest start a and b share, in whole characters.
func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) {
		ra, size := utf8.DecodeRuneInString(a[n:])
		if rb, _ := utf8.DecodeRuneInString(b[n:]); ra != rb {
			break
		}
		n += size
	}
	return a[:n]
}
