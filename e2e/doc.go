// Package e2e holds certpath's end-to-end tests: they build the binary and
// drive it in a pseudo-terminal or through pipes, check what it links and
// how its release is configured, and time it in benchmarks (scripts/bench).
// It has no code of its own.
package e2e
