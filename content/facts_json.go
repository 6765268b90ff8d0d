package content

import "strings"

// FactView is one value as JSON shows it: when it holds, whether a tier A or B
// source carries it, and its sources.
type FactView struct {
	Value          string `json:"value"`
	Version        string `json:"version,omitempty"`
	AppliesTo      string `json:"applies_to,omitempty"`
	Status         string `json:"status"`
	EffectiveFrom  string `json:"effective_from,omitempty"`
	EffectiveUntil string `json:"effective_until,omitempty"`
	// Confirmed and Why are content's decision (Confirmation): for a
	// current value, the decision on its version's and people's values
	// together, the same one every page shows.
	Confirmed bool     `json:"confirmed"`
	Why       string   `json:"why,omitempty"`
	Nearest   string   `json:"nearest,omitempty"`
	Sources   []string `json:"sources"`
	Note      string   `json:"note,omitempty"`
	// Quote is the source's own words for the value; ConfirmedOn the day a
	// check last found them on its page (checked.yaml).
	Quote       string `json:"quote,omitempty"`
	ConfirmedOn string `json:"confirmed_on,omitempty"`
}

// CertView is a certification's facts as JSON shows them.
type CertView struct {
	ID            string                `json:"id"`
	Name          string                `json:"name"`
	Issuer        string                `json:"issuer"`
	OfficialPage  string                `json:"official_page"`
	OfficialNote  string                `json:"official_note,omitempty"`
	Facts         map[string][]FactView `json:"facts"`
	ThreeYearCost Cost                  `json:"three_year_cost"`
	Sources       []CitedSource         `json:"sources"`
}

// View is a certification's facts for JSON: every value with its status on
// the library's today, current values first.
func (l *Library) View(c Cert) CertView {
	l.ensure()
	v := CertView{ID: string(c.ID), Name: c.FullName(), Issuer: c.Issuer, OfficialPage: c.OfficialPage,
		OfficialNote: c.OfficialNote, Facts: map[string][]FactView{}, ThreeYearCost: l.Cost(c)}
	cites := &Cites{}
	q := l.QuestionCount(c)
	for _, f := range c.figures() {
		current, earlier, upcoming := f.fig.On(l.Now())
		decided := map[[2]string]Confirmation{}
		for _, g := range current.Groups() {
			decided[[2]string{g.Version, g.AppliesTo}] = g.Confirmation(q)
		}
		for _, part := range []struct {
			status string
			fig    Figure
		}{{"current", current}, {"upcoming", upcoming}, {"earlier", earlier}} {
			for _, x := range part.fig {
				conf := x.Confirmation()
				if part.status == "current" {
					conf = decided[[2]string{x.Version, x.AppliesTo}]
				}
				fv := FactView{Value: x.Value, Version: x.Version, AppliesTo: x.AppliesTo, Status: part.status,
					EffectiveFrom: x.EffectiveFrom, EffectiveUntil: x.EffectiveUntil, Note: x.Note, Sources: []string{},
					Confirmed: conf.Confirmed, Why: conf.Why, Nearest: x.Nearest, Quote: x.Quote, ConfirmedOn: x.Confirmed}
				if x.Source != "" {
					cites.Add(x.Source)
					fv.Sources = append(fv.Sources, x.Source)
				}
				key := strings.ReplaceAll(f.name, ".", "_")
				v.Facts[key] = append(v.Facts[key], fv)
			}
		}
	}
	for _, id := range c.TextCites() {
		cites.Add(id)
	}
	v.Sources = l.Sources(cites.IDs())
	return v
}
