package cli

import (
	"fmt"
	"image/color"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"certpath/render"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

// backgroundWait is how long help waits for the terminal to say its
// background colour. A terminal that answers does so within a few
// milliseconds; one that never answers costs no more than this.
const backgroundWait = 150 * time.Millisecond

// helpColours picks help's colours for a light or dark background.
//
// fang asks the terminal itself (lipgloss.HasDarkBackground on standard
// input and output) and waits 2 s for each when the terminal does not
// answer. So certpath asks once, waits at most backgroundWait, and hands
// fang the answer through its colour scheme; while help is written,
// standard input is a file that is not a terminal, so fang does not ask
// again. Only help asks: nothing else fang draws needs the answer.
type helpColours struct {
	once  sync.Once
	dark  bool
	set   bool     // --help was given to the root
	stdin *os.File // the real standard input while fang sees another
}

// prepare decides the background, at most once, just before help is
// written: GLAMOUR_STYLE when it names one, else the terminal's answer,
// else dark (what fang assumes when there is none).
func (h *helpColours) prepare() {
	h.once.Do(func() {
		h.dark = true
		if dark, known := render.Background(os.Getenv("GLAMOUR_STYLE")); known {
			h.dark = dark
		} else if canAsk && isTerminal(os.Stdin) && isTerminal(os.Stdout) {
			if c, ok := askBackground(os.Stdin, os.Stdout, backgroundWait); ok {
				h.dark = tea.BackgroundColorMsg{Color: c}.IsDark()
			}
		}
		if canAsk && isTerminal(os.Stdin) {
			if null, err := os.Open(os.DevNull); err == nil {
				h.stdin, os.Stdin = os.Stdin, null
			}
		}
	})
}

// restore gives standard input back.
func (h *helpColours) restore() {
	if h.stdin != nil {
		os.Stdin.Close()
		os.Stdin, h.stdin = h.stdin, nil
	}
}

// scheme is fang's colour scheme for the background prepare found.
func (h *helpColours) scheme(lipgloss.LightDarkFunc) fang.ColorScheme {
	h.prepare()
	return fang.DefaultColorScheme(lipgloss.LightDark(h.dark))
}

// hook makes every way to help prepare first: -h and --help on the root
// (fang replaces the root's help function, so its flag is where to catch
// it), the help command, and every other command's help function, which
// comes before the root's.
func (h *helpColours) hook(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	flag := root.Flags().VarPF(helpFlag{h}, "help", "h", "help for "+root.Name())
	flag.NoOptDefVal = "true"
	for _, c := range root.Commands() {
		if c.Name() == "help" && c.Run != nil {
			run := c.Run
			c.Run = func(cmd *cobra.Command, args []string) {
				h.prepare()
				run(cmd, args)
			}
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			sub.SetHelpFunc(func(cmd *cobra.Command, args []string) {
				h.prepare()
				root.HelpFunc()(cmd, args)
			})
			walk(sub)
		}
	}
	walk(root)
}

// helpFlag is the root's --help: a bool flag that prepares when set.
type helpFlag struct{ h *helpColours }

func (f helpFlag) String() string {
	if f.h != nil && f.h.set {
		return "true"
	}
	return "false"
}

func (f helpFlag) Set(v string) error {
	set, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("--help takes true or false, not %q", v)
	}
	if f.h.set = set; set {
		f.h.prepare()
	}
	return nil
}

func (helpFlag) Type() string { return "bool" }

// backgroundAnswer reads a terminal's answers to the background and device
// attribute questions: the colour of an OSC 11 answer, and done once the
// device attributes (asked last, so answered last) have come, or the colour.
func backgroundAnswer(b []byte) (c color.Color, done bool) {
	p := ansi.NewParser()
	var state byte
	for len(b) > 0 {
		seq, _, n, next := ansi.DecodeSequence(b, state, p)
		if next == ansi.NormalState {
			switch {
			case ansi.HasOscPrefix(seq) && p.Command() == 11:
				if _, spec, ok := strings.Cut(string(p.Data()), ";"); ok {
					if c = ansi.XParseColor(spec); c != nil {
						return c, true
					}
				}
			case ansi.HasCsiPrefix(seq) && p.Command() == ansi.Command('?', 0, 'c'):
				return nil, true
			}
		}
		state = next
		b = b[n:]
	}
	return nil, false
}
