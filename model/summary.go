package model

import (
	"fmt"
	"strings"

	"certpath/catalog"
	"certpath/report"
	"certpath/words"
)

// Summary is a short plain summary of the last results shown, for the
// terminal's scrollback after the screens close: the top profile, the path
// with each step's money and the path's cost as the results say them, and
// where the answers and any export are saved. ok is false when no
// results were shown.
func (m *Model) Summary() (text string, ok bool) {
	o := m.c.outcome
	if o == nil {
		return "", false
	}
	var b strings.Builder
	top := o.Top()
	switch {
	case o.Fit.None && len(o.Fit.Closest) == 0:
		fmt.Fprintf(&b, "certpath: none of the %s roles matches your week yet; it shows none of their work.\n", words.Number(len(catalog.Profiles())))
	case o.Fit.None:
		// No share: 68% of a few points reads as a match.
		fmt.Fprintf(&b, "certpath: none of the %s roles matches your week yet; the closest is %s.\n", words.Number(len(catalog.Profiles())), catalog.ProfileName(o.Fit.Closest[0]))
	case o.Clash != nil:
		fmt.Fprintf(&b, "certpath: the postings you aim for point to %s and your week to %s; the path follows the postings, in %s.\n", catalog.ProfileName(o.Clash.Postings), catalog.ProfileName(o.Clash.Week), o.Context)
	default:
		fmt.Fprintf(&b, "certpath: %s fits your answers best (%.0f%% of all points), in %s.\n", top.Name, top.Share, o.Context)
	}
	if len(o.Path) > 0 {
		// Each step's money and the path's total in the results' words.
		g := report.AtAGlance(m.c.lib, *o)
		cost := map[int]string{}
		for _, ts := range g.Steps {
			cost[ts.Position] = ts.Cost
		}
		b.WriteString("Your path:\n")
		for _, st := range o.Path {
			name := m.c.bank.Catalog.Name(st.Cert)
			if st.Alternative != "" {
				name += " or " + m.c.bank.Catalog.Name(st.Alternative)
			}
			fmt.Fprintf(&b, "  %d. %s%s\n", st.Position, name, report.Mark(st.Kind))
			if c, ok := cost[st.Position]; ok {
				fmt.Fprintf(&b, "     %s\n", c)
			}
		}
		fmt.Fprintf(&b, "%s\n", g.PathCost)
	}
	// The state file is an answers file too, so the hint names it when the
	// answers are in it.
	answers := "FILE"
	if where := m.savedWhere(); where != "" && m.saveErr == nil {
		fmt.Fprintf(&b, "Your answers are saved in %s; run certpath again to change them.\n", where)
		answers = shellQuote(where)
	}
	if m.c.exported != "" {
		fmt.Fprintf(&b, "The full results are saved in %s.\n", m.c.exported)
	} else {
		fmt.Fprintf(&b, "For the full results with sources: certpath quiz --details --answers %s, or s on the results screen.\n", answers)
	}
	return b.String(), true
}

// shellQuote quotes a path for a POSIX shell when it needs quoting.
func shellQuote(p string) string {
	if !strings.ContainsAny(p, " '\"$`\\!*?&;|<>(){}[]#~\t") {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
