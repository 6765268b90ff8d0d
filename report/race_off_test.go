//go:build !race

package report

// raceOn: see race_on_test.go.
const raceOn = false
