package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// CheckedFile is the file in a content folder where certpath sources check
// --record keeps, for each figure whose quote it found on the page, the day
// it did. A folder without it loads as before.
const CheckedFile = "checked.yaml"

// checkedHeader opens the file, so a person who finds it knows what wrote
// it and what it means.
const checkedHeader = `# Written by "certpath sources check --record": for each figure (certification/
# figure/source) the day a check found its quote on the source's page. The
# figure's sources line then says "confirmed on" that day. Delete a line to
# drop the claim; validate checks every ID and date here.
`

// ReadChecked reads a content folder's checked.yaml, figure ID to day; nil
// when the folder has none.
func ReadChecked(fsys fs.FS) (map[string]string, error) {
	if _, err := fs.Stat(fsys, CheckedFile); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	data, err := readContent(fsys, CheckedFile)
	if err != nil {
		return nil, err
	}
	checked := map[string]string{}
	if err := decodeStrict(data, &checked); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%v; it must map figure IDs (cert/figure/source) to days as YYYY-MM-DD", err)
	}
	if bad := checkControls(CheckedFile, checked); len(bad) > 0 {
		return nil, fmt.Errorf("%s", strings.TrimPrefix(bad[0], CheckedFile+": "))
	}
	return checked, nil
}

// applyChecked marks each figure named in checked.yaml as confirmed on its
// day, and lists the entries that name no quoted figure or give a day that
// is not real or not yet come.
func applyChecked(lib *Library, checked map[string]string) []string {
	if len(checked) == 0 {
		return nil
	}
	today := lib.Now().Format(time.DateOnly)
	known := map[string]bool{}
	var out []string
	for _, c := range lib.certs {
		eachFact(c, func(id, _ string, x *Fact) {
			day, ok := checked[id]
			if !ok {
				return
			}
			known[id] = true
			switch {
			case !validDay(day):
				out = append(out, fmt.Sprintf("%s: %s: %q is not a day; give YYYY-MM-DD", CheckedFile, id, day))
			case day > today:
				out = append(out, fmt.Sprintf("%s: %s: %s is after today (%s); a figure can only be confirmed on a day that has come", CheckedFile, id, day, today))
			case x.Quote == "":
				out = append(out, fmt.Sprintf("%s: %s has no quote, so no check can have confirmed it; remove the line or add the quote", CheckedFile, id))
			default:
				x.Confirmed = day
			}
		})
	}
	ids := make([]string, 0, len(checked))
	for id := range checked {
		if !known[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		out = append(out, fmt.Sprintf("%s: %s names no sourced figure; IDs are certification/figure/source, as certpath sources check prints them", CheckedFile, id))
	}
	return out
}

// RecordChecked returns the checked.yaml that holds old (the file as it was,
// or nil) with each of confirmed set to day, the figures a check has just
// found still saying their quote, and without refuted, the figures whose
// page now says something else or is gone: an old confirmation must not
// outlive the page that gave it.
func RecordChecked(old map[string]string, confirmed, refuted []string, day string) ([]byte, error) {
	next := map[string]string{}
	for id, d := range old {
		next[id] = d
	}
	for _, id := range refuted {
		delete(next, id)
	}
	for _, id := range confirmed {
		next[id] = day
	}
	var b bytes.Buffer
	b.WriteString(checkedHeader)
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(next); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
