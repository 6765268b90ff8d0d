package content

import (
	"fmt"
	"regexp"
	"strings"

	"certpath/words"
)

// This file is where money becomes words: a price in a facts list or a
// step's details (Line, PriceWords), a part of a three-year cost (Part
// String), and a certification's cost in a few words for the path's steps,
// the summaries and the comparison (Cost Words). The state's words and
// what qualifies them are written by Price.say alone.

// Line is a price as a list of facts shows it: each value with its
// markers and, in brackets, its notes, then the state; for a price nobody
// publishes, what was looked for.
func (p Price) Line(cites *Cites) string {
	if p.State == PriceNotPublished {
		return withNote(p.Words(cites), citeMarked(cites, p.missing))
	}
	return p.disagreeNote(p.say(func(f PriceFigure) string {
		return withNote(f.Value+forWhom(f)+markers(cites, f), citeMarked(cites, strings.Join(f.facts.Notes(), "; ")))
	}))
}

// disagreeNote adds, to a disagreement none of whose values is the
// issuer's, that none is: said where a price is shown in full, left out of
// the few words of a step.
func (p Price) disagreeNote(text string) string {
	if p.State == PriceDisagree && p.issuers() == "" {
		return withNote(text, "none of them is the issuer's")
	}
	return text
}

// PriceWords is a money figure's current values for a step's details or a
// table: each kind of person's price in the one vocabulary, "non-members
// $555 [S92, S95] or $675 [S98], sources disagree (...)"; with nil cites
// (a table whose sources are on each certification's page), no markers and
// no notes.
func (l *Library) PriceWords(fig Figure, cites *Cites) string {
	parts := l.byWhom(fig, func(g Group) string {
		pr := PriceOf(g)
		text := pr.Words(cites)
		if pr.State == PriceNotPublished && pr.missing != "" && cites != nil {
			text = withNote(text, citeMarked(cites, pr.missing))
		}
		return text
	})
	if len(parts) == 0 {
		return PriceNotPublished.Words()
	}
	return strings.Join(parts, "; ")
}

// String is a part in words, citing its sources: "Exam: $200 [S31] (the
// issuer's current page)", "Exam for non-members: $555 [S95, S92] or $675
// [S98], sources disagree (...)", "Course: about $995 for course and exam
// [S42] (the only price found), not confirmed (tier C)", "Renewals: $300
// [S42] ($100 a year; 3 renewals due in three years), not confirmed (tier
// C)", "Course: not published (price set by each trainer)".
func (p Part) String(cites *Cites) string {
	what := p.What
	if p.AppliesTo != "" {
		what += " for " + p.AppliesTo
	}
	note := citeMarked(cites, p.Note)
	if p.State == PriceNotPublished {
		return what + ": " + withNote(p.Words(cites), note)
	}
	return what + ": " + p.disagreeNote(p.say(func(f PriceFigure) string {
		amount, each := f.partText()
		return withNote(amount+markers(cites, f), joinNotes(each, note))
	}))
}

// partText is a figure as a part counts it, and the source's words when
// they are not the amount: "$0" for a part that costs nothing, the
// source's words where they are the amount, "$300" and "$100 a year" where
// it was multiplied.
func (f PriceFigure) partText() (amount, each string) {
	n, ok := Dollars(f.Value)
	switch {
	case f.Amount == 0:
		return "$0", ""
	case ok && n == f.Amount:
		return f.Value, ""
	}
	return fmt.Sprintf("$%d", f.Amount), f.Value
}

// Words is a cost in a few words, as a path's step, a summary and a
// comparison say it: the confirmed amounts ("$200 exam [S31]"), then what
// is not in any total, each in its state's words: "about $995 course, $300
// renewals in 3 years [S42], not confirmed (tier C)"; "exam for
// non-members: $555 [S92, S95] or $675 [S98], sources disagree (...)";
// "course price not published". "no fees" when nothing costs anything.
// With nil cites, no markers.
func (c Cost) Words(cites *Cites) string {
	var out, disagree, unpublished []string
	var unconfirmed []Part
	for _, p := range c.Parts {
		switch {
		case p.State == PriceConfirmed && p.Amount > 0:
			f := p.Figures[0]
			out = append(out, f.short()+" "+p.label()+forWhom(f)+markers(cites, f))
		case !p.apart():
		case p.State == PriceNotConfirmed:
			unconfirmed = append(unconfirmed, p)
		case p.State == PriceDisagree:
			disagree = append(disagree, p.label()+forWhom(p.Figures[0])+": "+p.say(func(f PriceFigure) string { return f.short() + p.sourced(cites, f) }))
		default:
			unpublished = append(unpublished, p.Noun())
		}
	}
	out = append(append(out, unconfirmedWords(unconfirmed, cites)...), disagree...)
	if len(unpublished) > 0 {
		out = append(out, words.List(unpublished)+" "+PriceNotPublished.Words())
	}
	if len(out) == 0 {
		return "no fees"
	}
	return strings.Join(out, "; ")
}

// unconfirmedWords says parts that are not confirmed, those qualified
// alike together, the state once after them: "about $995 course, $300
// renewals in 3 years [S42], not confirmed (tier C)". The markers follow
// each part unless every part of the group has the same ones.
func unconfirmedWords(parts []Part, cites *Cites) []string {
	var out []string
	for len(parts) > 0 {
		first := parts[0]
		var same, rest []Part
		for _, p := range parts {
			if p.qualifier() == first.qualifier() {
				same = append(same, p)
			} else {
				rest = append(rest, p)
			}
		}
		shared := true
		for _, p := range same {
			shared = shared && strings.Join(p.Figures[0].Sources, ",") == strings.Join(first.Figures[0].Sources, ",")
		}
		var each []string
		for _, p := range same {
			f := p.Figures[0]
			text := f.short() + " " + p.label() + forWhom(f)
			if !shared {
				text += markers(cites, f)
			}
			each = append(each, text)
		}
		joined := strings.Join(each, ", ")
		if shared {
			joined += markers(cites, first.Figures[0])
		}
		out = append(out, first.say(func(PriceFigure) string { return joined }))
		parts = rest
	}
	return out
}

// label is what a part is called after its amount: "exam", "renewals in 3
// years".
func (p Part) label() string {
	what := p.What
	if p.Kind == "course" && p.WithExam {
		what += " and exam"
	}
	if strings.HasSuffix(what, "renewals") {
		what += " in 3 years"
	}
	return what
}

// Noun is the price a part stands for: "course price", "exam fee",
// "renewal fee" (with its certification's name in a path's cost).
func (p Part) Noun() string {
	if noun, ok := map[string]string{"course": "course price", "exam": "exam fee", "renewals": "renewal fee"}[p.Kind]; ok {
		return strings.TrimSuffix(p.What, p.Kind) + noun
	}
	return p.What + " price"
}

// withNote puts a note in brackets after words.
func withNote(text, note string) string {
	if note == "" {
		return text
	}
	return text + " (" + note + ")"
}

// markedRE finds a citation marker in text already marked, "[S24]".
var markedRE = regexp.MustCompile(`\[(S\d+)\]`)

// citeMarked records the sources a note cites and returns it with its
// citations marked.
func citeMarked(cites *Cites, note string) string {
	note = MarkCites(note)
	if cites != nil {
		for _, m := range markedRE.FindAllStringSubmatch(note, -1) {
			cites.Add(m[1])
		}
	}
	return note
}

// Glance is a cost in a few words for a certification at a glance, each
// amount content does not confirm followed by Mark: "course about $995†,
// renewals $300†"; "exam for non-members $555† or $675†" where sources
// disagree; "course price not published". The reasons are said on the
// page below it.
func (c Cost) Glance() string {
	var out, unpublished []string
	for _, p := range c.Parts {
		switch {
		case p.State == PriceConfirmed && p.Amount > 0:
			out = append(out, p.What+forWhom(p.Figures[0])+" "+p.Figures[0].short()+p.due())
		case !p.apart():
		case p.State == PriceNotPublished:
			unpublished = append(unpublished, p.Noun())
		default:
			var each []string
			for _, f := range p.Figures {
				each = append(each, f.short()+Mark)
			}
			out = append(out, p.What+forWhom(p.Figures[0])+" "+strings.Join(each, " or ")+p.due())
		}
	}
	if len(unpublished) > 0 {
		out = append(out, words.List(unpublished)+" "+PriceNotPublished.Words())
	}
	if len(out) == 0 {
		return "no fees"
	}
	return strings.Join(out, ", ")
}

// due is " (3 due)" after a renewals amount, the renewals it counts.
func (p Part) due() string {
	if p.Due == "" {
		return ""
	}
	return " (" + p.Due + ")"
}

// MarkedLine is Line with Mark in place of "not confirmed" where the price
// is not confirmed, for a page whose legend explains the mark: "$100 a
// year [S42]† (tier C)".
func (p Price) MarkedLine(cites *Cites) string {
	if p.State != PriceNotConfirmed {
		return p.Line(cites)
	}
	f := p.Figures[0]
	note := joinNotes(citeMarked(cites, strings.Join(f.facts.Notes(), "; ")), p.qualifier())
	return withNote(f.Value+forWhom(f)+markers(cites, f)+Mark, note)
}
