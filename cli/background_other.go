//go:build !unix

package cli

import (
	"image/color"
	"os"
	"time"
)

// canAsk: here fang asks the terminal, as it does by default.
const canAsk = false

func askBackground(*os.File, *os.File, time.Duration) (color.Color, bool) { return nil, false }
