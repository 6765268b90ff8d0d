package content

import "testing"

// Each state has one stable name in JSON, read back as the same state, and
// a name that is none of them is an error, never a state.
func TestPriceStatesHaveStableNames(t *testing.T) {
	for want, name := range map[PriceState]string{
		PriceConfirmed: "confirmed", PriceNotConfirmed: "not_confirmed", PriceDisagree: "sources_disagree", PriceNotPublished: "not_published",
	} {
		text, err := want.MarshalText()
		if err != nil || string(text) != name {
			t.Errorf("%d writes %q (%v), want %q", want, text, err, name)
		}
		var got PriceState
		if err := got.UnmarshalText(text); err != nil || got != want {
			t.Errorf("%q reads back as %v (%v)", text, got, err)
		}
	}
	var s PriceState
	if err := s.UnmarshalText([]byte("unknown")); err == nil {
		t.Error("an unknown state reads without error")
	}
}

// A price nobody publishes is never counted, whatever else a part says: the
// zero state is not published.
func TestTheZeroPriceIsNotPublished(t *testing.T) {
	var p Part
	if p.State != PriceNotPublished || p.State.Words() != "not published" || !p.apart() {
		t.Errorf("the zero part is %v (%q), apart %v", p.State, p.State.Words(), p.apart())
	}
}
