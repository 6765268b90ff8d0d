package report

import (
	"testing"

	"certpath/planner"
)

// TestEveryReasonKeyHasItsSentence: a key added to the planner without a
// sentence here would be said as "next certification on your track".
func TestEveryReasonKeyHasItsSentence(t *testing.T) {
	t.Parallel()
	fallback := reasonFormat(planner.ReasonNextOnTrack)
	seen := map[string]planner.ReasonKey{}
	for _, k := range planner.ReasonKeys() {
		if k == planner.ReasonCert || k == planner.ReasonNextOnTrack {
			continue
		}
		f := reasonFormat(k)
		if f == fallback {
			t.Errorf("reason key %q has no sentence of its own", k)
		}
		if other, dup := seen[f]; dup {
			t.Errorf("reason keys %q and %q share a sentence", k, other)
		}
		seen[f] = k
	}
}
