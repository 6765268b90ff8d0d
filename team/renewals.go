package team

import (
	"fmt"
	"slices"
	"strings"

	"certpath/catalog"
	"certpath/content"
	"certpath/questions"
)

// DueUnknown is the plain sentence every held certification's renewal
// carries: the plan cannot date it.
const DueUnknown = "when it falls due depends on when it was earned, which certpath does not ask: the date on the certificate, or in the issuer's account, would date it"

// Renewal is a certification a person already holds that must be renewed,
// with its cycle, what a renewal asks and its fee, each as content gives it
// with source markers. certpath does not ask when it was earned, so the
// plan does not date it, and its fee is in no total.
type Renewal struct {
	Person string         `json:"person"`
	Cert   catalog.CertID `json:"cert"`
	Name   string         `json:"name"`
	// EveryYears is how often it is renewed; 0 when no source gives the
	// rule.
	EveryYears int `json:"every_years"`
	// Asks is what each renewal asks ("20 Scrum Education Units [S40]"),
	// Fee its fee in the price's words ("$100 [S40]", "non-members $150
	// [S141], not confirmed (tier C)"); FeeUSD the fee of one renewal when
	// FeeConfirmed, 0 otherwise.
	Asks         string `json:"asks"`
	Fee          string `json:"fee"`
	FeeUSD       int    `json:"fee_usd"`
	FeeConfirmed bool   `json:"fee_confirmed"`
	// Tier is the tier of the confirmed fee's source ("A" the issuer's,
	// "B" an accredited trainer's); empty when the fee is not confirmed.
	Tier string `json:"tier,omitempty"`
	// IfDue is how many renewals could fall due within the plan's months
	// (every one of a yearly renewal over 24 months is two).
	IfDue int    `json:"if_due"`
	Due   string `json:"due"`
	// issuer: one Scrum Alliance fee renews all of a person's Scrum
	// Alliance certifications.
	issuer string
}

// renewals lists, for each person in order, each certification they hold
// that must be renewed (it expires: renewal_years above 0).
func renewals(lib *content.Library, b questions.Bank, members []Member, months int) []Renewal {
	out := []Renewal{}
	for _, m := range members {
		held := b.Read(m.Answers).Held
		for _, c := range lib.Certs() {
			if !held[c.ID] || c.RenewalYears <= 0 {
				continue
			}
			cites := &content.Cites{}
			fee := lib.RenewalFee(c)
			r := Renewal{Person: m.Name, Cert: c.ID, Name: c.Short, Asks: lib.Marked(c.Renewal, cites, false),
				Fee: lib.Marked(c.RenewalFee, cites, true), FeeConfirmed: fee.State == content.PriceConfirmed, Due: DueUnknown, issuer: c.Issuer}
			if r.FeeConfirmed {
				r.FeeUSD, r.Tier = fee.Amount, tierLetter(fee.Figures[0].Tier)
			}
			if fee.NoneFound() {
				r.Fee = feeNotFound(lib, fee.Missing())
			}
			if lib.RenewalRuleKnown(c) {
				r.EveryYears = c.RenewalYears
			}
			r.IfDue = (months + 12*c.RenewalYears - 1) / (12 * c.RenewalYears)
			out = append(out, r)
		}
	}
	return out
}

// tierLetter is a source's tier as the plan says it: "A" for the
// issuer's pages of every kind ("A-exam"), else as given.
func tierLetter(tier string) string {
	if strings.HasPrefix(tier, "A") {
		return "A"
	}
	return tier
}

// feeNotFound words a renewal fee no source confirms: "not found", with
// what was looked for; where content's note is the only figure a lesser
// page gives ("the only figure found, $100 a year, is on a POPM page
// [S42]"), the fee is not confirmed, and the figure's tier is said: "not
// confirmed: the only figure, $100 a year, is from a tier C page (S42)".
func feeNotFound(lib *content.Library, missing string) string {
	rest, only := strings.CutPrefix(missing, "the only figure found, ")
	figure, page, cut := strings.Cut(rest, ", is ")
	i := strings.LastIndex(page, "[")
	if only && cut && i >= 0 {
		id := strings.Trim(page[i:], "[]")
		if src, ok := lib.Source(id); ok && src.Tier != "" {
			return fmt.Sprintf("not confirmed: the only figure, %s, is from a tier %s page (%s)", figure, src.Tier, id)
		}
	}
	if missing == "" {
		// No source says the fee is unpublished: none was found.
		return "not found"
	}
	return "not found (" + missing + ")"
}

// ifAllDue is what the confirmed renewal fees would come to if every
// renewal fell due within the plan, a person's Scrum Alliance
// certifications renewed by one fee (the highest), and the renewals whose
// fee is not confirmed, named apart.
func ifAllDue(list []Renewal) (usd int, unsure []Renewal) {
	alliance := map[string]int{}
	for _, r := range list {
		switch {
		case !r.FeeConfirmed:
			unsure = append(unsure, r)
		case r.issuer == catalog.IssuerScrumAlliance:
			alliance[r.Person] = max(alliance[r.Person], r.FeeUSD*r.IfDue)
		default:
			usd += r.FeeUSD * r.IfDue
		}
	}
	for _, v := range alliance {
		usd += v
	}
	return usd, slices.Clip(unsure)
}
