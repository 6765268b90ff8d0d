//go:build race

package report

// raceOn: the race detector slows the generated-people tests about tenfold,
// so they walk a third of the people (and still every table person).
const raceOn = true
