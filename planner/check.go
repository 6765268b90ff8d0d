package planner

import (
	"fmt"
	"slices"
	"strings"

	"certpath/catalog"
	"certpath/questions"
)

// derived are the traits the planner works out itself rather than read
// from one answer.
var derived = []catalog.Trait{catalog.TraitNewToSAFe}

// Check reports the traits the content's conditions name (a certification's
// reasons, a profile's goals and partners) that no option or threshold of
// the bank shows: such a condition could never hold, or never fail, so its
// sentence or tracks would be said wrongly or never.
func Check(b questions.Bank) error {
	shown := map[catalog.Trait]bool{}
	for _, t := range derived {
		shown[t] = true
	}
	for _, q := range b.Questions {
		for t := range q.Thresholds {
			shown[t] = true
		}
		for _, o := range q.Options {
			for _, t := range o.Traits {
				shown[t] = true
			}
		}
	}
	var missing []string
	need := func(where string, w catalog.When) {
		for _, t := range slices.Concat(w.Shows, w.Lacks, w.ShowsAny) {
			if !shown[t] {
				missing = append(missing, fmt.Sprintf("%s names trait %q", where, t))
			}
		}
	}
	for _, c := range b.Catalog.Certs() {
		for i, r := range c.Reasons {
			need(fmt.Sprintf("certs/%s.md reasons %d", c.ID, i+1), r.When)
		}
	}
	for _, p := range catalog.Profiles() {
		plan, _ := b.Catalog.Plan(p.ID)
		for i, g := range slices.Concat(plan.Goals, plan.Partners) {
			need(fmt.Sprintf("profiles/%s.md goal %d", p.ID, i+1), g.When)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("no question of the bank shows what the content asks: %s", strings.Join(missing, "; "))
	}
	return nil
}
