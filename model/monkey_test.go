package model

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// monkeyKeys covers every key any screen uses, and some none do.
var monkeyKeys = []string{
	"enter", "enter", "enter", "esc", "shift+tab", "up", "down", "down", "left", "right", "right",
	"space", "space", "x", "f", "tab", "pgdown", "backspace", "g", "G", "?", "o", "c", "s", "n",
	"/", "a", "j", "k", "h", "l", "1", "y", "b", "ctrl+j",
}

// TestMonkey sends thousands of random keys, pastes and resizes through the
// quiz and the browser and checks nothing panics and every frame fits the
// window. CERTPATH_MONKEY_SEED=n replays one seed.
func TestMonkey(t *testing.T) {
	t.Parallel()
	seeds := []uint64{1, 2, 3, 4}
	if s := os.Getenv("CERTPATH_MONKEY_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seeds = []uint64{n}
	}
	events := 1500
	if testing.Short() {
		events = 300
	}
	for _, seed := range seeds {
		for _, start := range []Start{StartQuiz, StartBrowser} {
			t.Run(fmt.Sprintf("seed=%d/start=%d", seed, start), func(t *testing.T) {
				t.Parallel()
				monkey(t, seed, start, events)
			})
		}
	}
}

func monkey(t *testing.T, seed uint64, start Start, events int) {
	rng := rand.New(rand.NewPCG(seed, uint64(start)))
	m := newModelWith(t, 80, 24, Options{Start: start, ExportDir: t.TempDir()})
	i := 0
	visited := map[string]int{}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic at event %d (replay with CERTPATH_MONKEY_SEED=%d): %v", i, seed, r)
		}
	}()
	w, h := 80, 24
	for ; i < events; i++ {
		var msg tea.Msg
		switch p := rng.IntN(100); {
		case p < 4:
			w, h = 1+rng.IntN(200), 1+rng.IntN(60)
			msg = tea.WindowSizeMsg{Width: w, Height: h}
		case p < 6:
			msg = pasted("Facilitate retrospectives.\x1b[2J\n---\nOwn the backlog.")
		case p < 7:
			msg = lightBackground
		case p < 8:
			msg = wheelDown()
		default:
			k := monkeyKeys[rng.IntN(len(monkeyKeys))]
			if k == "y" || k == "q" {
				continue // quitting would end the walk early
			}
			msg = keyMsg(k)
		}
		m = update(t, m, msg)
		if strings.Contains(visible(m), "Quit certpath?") {
			m = update(t, m, keyMsg("n"))
		}
		frame := visible(m)
		if lines := strings.Count(frame, "\n") + 1; w >= MinWidth && h >= MinHeight && lines > h {
			t.Fatalf("event %d (seed %d): a frame of %d lines in a %d-line window:\n%s", i, seed, lines, h, frame)
		}
		visited[strings.SplitN(frame, "\n", 2)[0]]++
	}
	t.Logf("%d distinct headers seen", len(visited))
}
