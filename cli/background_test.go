package cli

import (
	"image/color"
	"testing"
)

func TestBackgroundAnswer(t *testing.T) {
	t.Parallel()
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	for _, c := range []struct {
		name, in string
		want     color.Color
		done     bool
	}{
		{"colour ended by BEL, then DA1", "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c", white, true},
		{"colour ended by ST", "\x1b]11;rgb:ffff/ffff/ffff\x1b\\", white, true},
		{"only the device attributes: the terminal does not know the question", "\x1b[?1;2c", nil, true},
		{"half an answer: wait for the rest", "\x1b]11;rgb:ff", nil, false},
		{"a key typed before the answer", "q\x1b]11;rgb:ffff/ffff/ffff\x07", white, true},
		{"a malformed colour, then DA1", "\x1b]11;nonsense\x07\x1b[?6c", nil, true},
		{"nothing yet", "", nil, false},
	} {
		got, done := backgroundAnswer([]byte(c.in))
		if done != c.done || (got == nil) != (c.want == nil) {
			t.Errorf("%s: got %v, done %v; want %v, %v", c.name, got, done, c.want, c.done)
			continue
		}
		if got != nil {
			r, g, b, _ := got.RGBA()
			wr, wg, wb, _ := c.want.RGBA()
			if r>>8 != wr>>8 || g>>8 != wg>>8 || b>>8 != wb>>8 {
				t.Errorf("%s: colour %v, want %v", c.name, got, c.want)
			}
		}
	}
}
