//go:build race

package cli

// raceOn: the race detector slows whole-command walks about tenfold, so the
// quiz walk takes every third table person under it (the plain run takes
// them all).
const raceOn = true
