package cli

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// readmeCommandRE finds a certpath command line the README shows, in a
// code block or in backticks: "certpath certs show popm --format text".
var readmeCommandRE = regexp.MustCompile("(?m)(?:^|`|\\|\\s)certpath((?: [^`\\n#|]*)?)")

// readmeFlagRE finds a flag in such a line.
var readmeFlagRE = regexp.MustCompile(`(?:^|[\s\[])(--[a-z][a-z-]*)`)

// sharedFlags mean the same on every command that takes them: given once
// in the README, they are documented for all.
var sharedFlags = []string{"content", "offline", "no-color", "accessible"}

// readmeCommands reads every certpath command line of the README: the
// commands each names (its words up to the first that is no command) and
// the flags it gives.
func readmeCommands(t *testing.T, root *cobra.Command) (commands, flags map[string]bool) {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	commands, flags = map[string]bool{}, map[string]bool{}
	for _, m := range readmeCommandRE.FindAllStringSubmatch(string(data), -1) {
		words := strings.Fields(m[1])
		cmd := root
		for _, w := range words {
			if strings.HasPrefix(w, "-") {
				continue
			}
			sub, _, err := cmd.Find([]string{w})
			if err != nil || sub == cmd {
				break
			}
			cmd = sub
			commands[cmd.CommandPath()] = true
		}
		commands[cmd.CommandPath()] = true
		for _, f := range readmeFlagRE.FindAllStringSubmatch(m[1], -1) {
			flags[cmd.CommandPath()+" "+f[1]] = true
		}
	}
	return commands, flags
}

// walkCommands calls visit for every command of the tree that help lists.
func walkCommands(c *cobra.Command, visit func(*cobra.Command)) {
	visit(c)
	for _, sub := range c.Commands() {
		if !sub.Hidden {
			walkCommands(sub, visit)
		}
	}
}

// flagOf reports whether a command takes a flag, its own or inherited.
func flagOf(c *cobra.Command, name string) bool {
	if name == "version" && c.Parent() == nil {
		// fang gives the root --version when it runs.
		return true
	}
	c.InitDefaultHelpFlag()
	return c.Flags().Lookup(name) != nil || c.InheritedFlags().Lookup(name) != nil
}

// The README and the command tree agree: every command and flag a certpath
// line of the README gives exists, on that command, and every command and
// flag of the tree is in the README.
func TestREADMENamesEveryCommandAndFlag(t *testing.T) {
	t.Parallel()
	root := testRoot()
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	commands, flags := readmeCommands(t, root)
	for f := range flags {
		path, name, _ := strings.Cut(f, " --")
		cmd, _, err := root.Find(strings.Fields(path)[1:])
		if err != nil || !flagOf(cmd, name) {
			t.Errorf("README: %s gives --%s, which %s does not take", path, name, path)
		}
	}
	given := map[string]bool{}
	for f := range flags {
		path, name, _ := strings.Cut(f, " --")
		given[name] = true
		// A persistent flag given anywhere is documented for every command.
		given[path+" --"+name] = true
	}
	walkCommands(root, func(c *cobra.Command) {
		if c.Name() == "help" || c.Parent() != nil && c.Parent().Name() == "completion" {
			return
		}
		if !commands[c.CommandPath()] {
			t.Errorf("README never shows %q", c.CommandPath())
		}
		c.InitDefaultHelpFlag()
		c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
			shared := slices.Contains(sharedFlags, f.Name) && given[f.Name]
			if !given[c.CommandPath()+" --"+f.Name] && !shared && f.Name != "help" {
				t.Errorf("README never gives %s --%s", c.CommandPath(), f.Name)
			}
		})
		c.PersistentFlags().VisitAll(func(f *pflag.Flag) {
			if !given[f.Name] && f.Name != "help" {
				t.Errorf("README never gives --%s", f.Name)
			}
		})
	})
}
