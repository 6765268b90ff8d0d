package sourcecheck

import (
	"fmt"
	"strings"

	"certpath/words"

	"github.com/charmbracelet/x/ansi"
)

// Report is a whole check as JSON shows it.
type Report struct {
	// Day is the day the check ran, YYYY-MM-DD.
	Day string `json:"day"`
	// Sources is how many pages were read: a page that could not be (no
	// answer, an error status, a refused type) is not counted.
	Sources int `json:"sources"`
	// Counts has every verdict, zero or not.
	Counts map[Verdict]int `json:"counts"`
	// Skipped counts the values not checked.
	Skipped  Skipped  `json:"not_checked"`
	Verdicts []Result `json:"verdicts"`
}

// NewReport gathers a check's results.
func NewReport(day string, results []Result, skipped Skipped) Report {
	r := Report{Day: day, Counts: map[Verdict]int{}, Skipped: skipped, Verdicts: results}
	for _, v := range Verdicts() {
		r.Counts[v] = 0
	}
	for _, x := range results {
		r.Counts[x.Verdict]++
	}
	r.Sources = pages(results, func(x Result) bool { return x.read })
	if r.Verdicts == nil {
		r.Verdicts = []Result{}
	}
	return r
}

// Line is one page's verdicts on one plain line, for a log or a pipe:
// "S31  5 still say, 1 changed  https://…".
func Line(done, total int, results []Result) string {
	if len(results) == 0 {
		return ""
	}
	counts := map[Verdict]int{}
	for _, r := range results {
		counts[r.Verdict]++
	}
	return fmt.Sprintf("[%d/%d] %s %s: %s", done, total, results[0].Source, results[0].URL, countText(counts))
}

// countText is "5 still say, 1 changed", leaving out the zeros.
func countText(counts map[Verdict]int) string {
	var parts []string
	for _, v := range Verdicts() {
		if n := counts[v]; n > 0 {
			label := v.Label()
			if v == StillSays && n > 1 {
				label = "still say"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, label))
		}
	}
	return strings.Join(parts, ", ")
}

// Text is the report for a person: each figure that needs a look, grouped
// by certification, with what the page says now; then a table of verdicts
// by certification; then one line of totals. width wraps it (80 if 0).
func (r Report) Text(width int) string {
	if width <= 0 {
		width = 80
	}
	var b strings.Builder
	groups, names := r.byCert()
	for _, cert := range groups {
		var look []Result
		for _, x := range r.Verdicts {
			if x.Cert == cert && x.Verdict != StillSays {
				look = append(look, x)
			}
		}
		if len(look) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s\n", names[cert])
		for _, x := range look {
			head := fmt.Sprintf("  %-11s  %s: %s", x.Verdict.Label(), x.ID, x.Value)
			b.WriteString(wrap(head, width, 15) + "\n")
			field := func(label, text string) {
				if text != "" {
					b.WriteString(wrap(fmt.Sprintf("%15s%-10s%s", "", label, text), width, 25) + "\n")
				}
			}
			field("we quote", `"`+x.Quote+`"`)
			switch x.Verdict {
			case Changed:
				if x.PageNow == "" {
					field("page now", "no sentence on the page shares its words")
				} else {
					field("page now", `"`+x.PageNow+`"`)
				}
			case Moved:
				field("moved to", x.MovedTo)
				field("", x.Problem)
				if x.PageNow != "" && x.PageNow != x.Quote {
					field("page now", `"`+x.PageNow+`"`)
				}
			default:
				field("why", x.Problem)
			}
			field("source", x.Source+" "+x.URL)
		}
		b.WriteString("\n")
	}
	b.WriteString(r.table(groups, names, width))
	b.WriteString("\n" + wrap(r.Total(), width, 0) + "\n")
	return b.String()
}

// byCert lists the certifications in the order their figures came, and
// their short names.
func (r Report) byCert() ([]string, map[string]string) {
	var order []string
	names := map[string]string{}
	for _, x := range r.Verdicts {
		if _, ok := names[x.Cert]; !ok {
			order = append(order, x.Cert)
			names[x.Cert] = x.Name
		}
	}
	return order, names
}

// tableWidth is the width of the verdict table; a narrower terminal gets
// one line of counts per certification instead.
const tableWidth = 62

// table is the verdicts by certification, one row each and a total row.
func (r Report) table(order []string, names map[string]string, width int) string {
	var b strings.Builder
	if width < tableWidth {
		for _, cert := range order {
			counts := map[Verdict]int{}
			for _, x := range r.Verdicts {
				if x.Cert == cert {
					counts[x.Verdict]++
				}
			}
			b.WriteString(wrap(names[cert]+": "+countText(counts), width, 2) + "\n")
		}
		return b.String()
	}
	row := func(name string, counts map[Verdict]int) {
		fmt.Fprintf(&b, "%-14s", ansi.Truncate(name, 14, "…"))
		for _, v := range Verdicts() {
			fmt.Fprintf(&b, " %*d", len(v.Label()), counts[v])
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%-14s", "Certification")
	for _, v := range Verdicts() {
		b.WriteString(" " + v.Label())
	}
	b.WriteString("\n")
	for _, cert := range order {
		counts := map[Verdict]int{}
		for _, x := range r.Verdicts {
			if x.Cert == cert {
				counts[x.Verdict]++
			}
		}
		row(names[cert], counts)
	}
	row("All", r.Counts)
	return b.String()
}

// Total is the check in one sentence.
func (r Report) Total() string {
	n := len(r.Verdicts)
	skipped := ""
	switch {
	case r.Skipped.Unquoted == 1:
		skipped = " 1 current figure has no quote and was not checked."
	case r.Skipped.Unquoted > 1:
		skipped = fmt.Sprintf(" %d current figures have no quote and were not checked.", r.Skipped.Unquoted)
	}
	read := fmt.Sprintf(" Read %s on %s.", words.Count(r.Sources, "page"), r.Day)
	if r.Counts[StillSays] == n {
		return fmt.Sprintf("All %s still say what certpath says.%s%s", words.Count(n, "quoted figure"), read, skipped)
	}
	return r.Look() + "." + read + skipped
}

// Look says how many figures need a look and why: "2 of 4 quoted figures
// need a look: 2 changed".
func (r Report) Look() string {
	look := map[Verdict]int{}
	for v, c := range r.Counts {
		if v != StillSays {
			look[v] = c
		}
	}
	n := len(r.Verdicts)
	return fmt.Sprintf("%d of %s need a look: %s", n-r.Counts[StillSays], words.Count(n, "quoted figure"), countText(look))
}

// wrap breaks s at spaces to lines of at most width columns (a longer
// word, an address, stays whole), indenting every line after the first by
// indent.
func wrap(s string, width, indent int) string {
	if width-indent < 20 {
		indent = 0
	}
	var b strings.Builder
	col := 0
	for i, w := range strings.Split(s, " ") {
		n := ansi.StringWidth(w)
		switch {
		case i == 0:
		case col+1+n > width && col > indent:
			b.WriteString("\n" + strings.Repeat(" ", indent))
			col = indent
			if w == "" {
				continue
			}
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}
