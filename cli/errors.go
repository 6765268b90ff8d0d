// Package cli is certpath's command line: the commands, their flags and
// their printers. main.go only hands it the context and the version.
package cli

import (
	"certpath/words"
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	ExitError   = 1
	ExitUsage   = 2
	ExitAborted = 130
	// ExitNoNetwork is sources check's status when no page answered: a
	// scheduled check tells a dead network from facts that need a look
	// (1).
	ExitNoNetwork = 3
)

// exitStatus is the status an error exits with.
func exitStatus(err error) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return ExitUsage
	case errors.Is(err, abortedError{}):
		return ExitAborted
	case errors.As(err, new(noNetworkError)):
		return ExitNoNetwork
	}
	return ExitError
}

// noNetworkError carries exit status 3: no page a check reads answered.
type noNetworkError struct{ msg string }

func (e noNetworkError) Error() string { return e.msg }

// abortedError carries exit status 130: the person left before finishing,
// or a signal stopped the program. It prints nothing.
type abortedError struct{}

func (abortedError) Error() string { return "aborted" }

// usageError carries exit status 2: the command, a flag or its input was wrong.
type usageError struct {
	err error
	// input marks a mistake in what the command was given (a file, a
	// folder, an ID): its message says what would work, and --help, which
	// knows none of that, would not help.
	input bool
}

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef is a mistake in how a command was called; the error is followed
// by where to read the command's usage.
func usagef(format string, args ...any) error { return usageError{err: fmt.Errorf(format, args...)} }

// inputf is a mistake in what a command was given; its message says what
// would work, and no pointer to --help follows it.
func inputf(format string, args ...any) error {
	return usageError{err: fmt.Errorf(format, args...), input: true}
}

// helpHint is the line after an error that --help would help with, naming
// the command that was run ("Try certpath analyze --help for usage."), or
// "" when help would not help: a failure, or an input problem whose message
// already says what would work.
func helpHint(err error, command string) string {
	var u usageError
	if !errors.As(err, &u) || u.input {
		return ""
	}
	return "Try " + command + " --help for usage."
}

// noArgs and exactArgs are cobra's argument checks, reporting as usage errors.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usagef("unknown command %q for %q", args[0], cmd.CommandPath())
		}
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s needs %s, got %d; certpath certs list shows them", cmd.CommandPath(), words.Count(n, "certification ID"), len(args))
		}
		return nil
	}
}
