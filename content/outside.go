package content

import (
	"fmt"
	"io/fs"
	"strings"

	"certpath/catalog"
)

// OutsideFile is the content file of the certifications certpath does not
// cover but names when a posting or an answer does (CAPM, KMP, ICAgile's
// ICP family, PSD, PSK, PRINCE2, CEC, CTC): a YAML list, one entry each.
const OutsideFile = "outside.yaml"

// readOutside reads and decodes outside.yaml. The file is required: the
// postings question's coaching option is one of its entries, and answers
// files name that option.
func readOutside(fsys fs.FS) ([]catalog.Outside, []string) {
	data, err := readContent(fsys, OutsideFile)
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: %v; it lists the certifications certpath names but does not cover (copy it from the built-in content)", OutsideFile, err)}
	}
	var list []catalog.Outside
	if err := decodeStrict(data, &list); err != nil {
		return nil, []string{fmt.Sprintf("%s: %v", OutsideFile, err)}
	}
	return list, checkControls(OutsideFile, list)
}

// checkOutsideSources lists the problems of the outside entries' lines with
// the sources: a source not in sources.yaml or on a page dated after today;
// a line resting on a tier C source that does not say it is not confirmed;
// a line that states a figure with no source for it.
func checkOutsideSources(lib *Library, list []catalog.Outside) []string {
	var out []string
	for _, x := range list {
		where := fmt.Sprintf("%s: %s", OutsideFile, x.ID)
		if x.Source == "" {
			if n := lineFigures(lib.catalog, x.Line); len(n) > 0 {
				out = append(out, fmt.Sprintf("%s: the line states a figure (%s); give the source that states it as source:", where, strings.Join(n, ", ")))
			}
			continue
		}
		src, ok := lib.sources[x.Source]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s: source %q is not in sources.yaml", where, x.Source))
		case src.Tier == "C" && !strings.Contains(x.Line, "not confirmed"):
			out = append(out, fmt.Sprintf("%s: the line rests on %s, a tier C source, so it must say the fact is not confirmed", where, x.Source))
		}
	}
	return out
}

// lineFigures lists the numbers a line states, leaving out those that are
// part of a certification's short name (PRINCE2).
func lineFigures(cat catalog.Catalog, line string) []string {
	for _, c := range cat.Certs() {
		line = strings.ReplaceAll(line, c.Short, "")
	}
	for _, x := range cat.Outside() {
		line = strings.ReplaceAll(line, x.Short, "")
	}
	return Numbers(line)
}
