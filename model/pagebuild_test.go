package model

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"certpath/content"
)

// waitingPages writes pages that wait until the test lets them go: each
// build says it started on entered, then waits for release. Build n writes
// "build n".
type waitingPages struct {
	entered chan string
	release chan struct{}
	n       atomic.Int32
}

func newWaitingPages() *waitingPages {
	return &waitingPages{entered: make(chan string), release: make(chan struct{})}
}

func (w *waitingPages) page(what string) string {
	w.entered <- what
	<-w.release
	return fmt.Sprintf("# %s\n\nThis is build %d.\n", what, w.n.Add(1))
}

func (w *waitingPages) writer() pageWriter {
	return pageWriter{
		summary: func(_ *content.Library, c content.Cert) string { return w.page(c.Short) },
		compare: func(_ *content.Library, a, b content.Cert) pageDocs {
			return pageDocs{wide: w.page(a.Short + " and " + b.Short)}
		},
	}
}

// pressWhileBuilding presses a key that opens a page and returns the
// commands it asked for, not yet run. It fails when the key's Update started
// building the page itself: the screen's thread would wait for the page, and
// no key would be answered until it is written.
func pressWhileBuilding(t *testing.T, m *Model, w *waitingPages, k string) tea.Cmd {
	t.Helper()
	answered := make(chan tea.Cmd, 1)
	go func() {
		_, cmd := m.Update(keyMsg(k))
		answered <- cmd
	}()
	select {
	case cmd := <-answered:
		return cmd
	case what := <-w.entered:
		close(w.release)
		<-answered
		t.Fatalf("%s: the page of %s was built inside Update, on the screen's thread: keys wait for it", k, what)
	}
	return nil
}

// startBuild runs the commands of a key in the background, as Bubble Tea
// does, and returns once the page's build has started and waits: the
// messages come on the returned channel when the build is let go.
func startBuild(t *testing.T, w *waitingPages, cmd tea.Cmd) (what string, msgs <-chan []tea.Msg) {
	t.Helper()
	out := make(chan []tea.Msg, 1)
	go func() { out <- runAll(cmd) }()
	return <-w.entered, out
}

// built is the pageBuiltMsg among msgs.
func built(t *testing.T, msgs []tea.Msg) pageBuiltMsg {
	t.Helper()
	for _, msg := range msgs {
		if b, ok := msg.(pageBuiltMsg); ok {
			return b
		}
	}
	t.Fatalf("no page was built: %v", msgs)
	return pageBuiltMsg{}
}

// TestKeysAreAnsweredWhileAPageIsBuilt is N2 of hostile-inputs-3: a page
// that takes long to build (a body of 520,000 short lines took 86 s) froze
// the screen, and q and ctrl+c pressed after 3 s took effect after 81 s.
// The page is built in a command: the key that opens it is answered at once
// with "Building the page…", q, ctrl+c and esc are answered while the build
// waits, and a page that arrives for a screen already left is dropped,
// even when the same certification was opened again meanwhile.
func TestKeysAreAnsweredWhileAPageIsBuilt(t *testing.T) {
	t.Parallel()
	m := newBrowser(t, 80, 24)
	w := newWaitingPages()
	m.c.pages = w.writer()

	cmd := pressWhileBuilding(t, m, w, "enter")
	mustContain(t, m, "summary", "Building the page…", "esc back to list")
	first, firstMsgs := startBuild(t, w, cmd)
	// The build waits; the keys do not.
	if !quits(m, "q") || !quits(m, "ctrl+c") {
		t.Fatal("q and ctrl+c must quit the browser while a page is being built")
	}
	m = press(t, m, "esc")
	mustContain(t, m, "Certifications by issuer")

	// The same certification again: a new page, built anew.
	cmd = pressWhileBuilding(t, m, w, "enter")
	again, againMsgs := startBuild(t, w, cmd)
	if again != first {
		t.Fatalf("the second enter opened %s, not %s", again, first)
	}
	close(w.release)
	stale, fresh := built(t, <-firstMsgs), built(t, <-againMsgs)
	if stale.docs.wide == fresh.docs.wide {
		t.Fatal("the two builds wrote the same page; the test cannot tell them apart")
	}
	m = update(t, m, stale)
	mustContain(t, m, first+" summary", "Building the page…")
	mustNotContain(t, m, "This is build")
	m = update(t, m, fresh)
	want := strings.TrimSpace(strings.SplitAfter(fresh.docs.wide, "\n\n")[1])
	mustContain(t, m, want)
	mustNotContain(t, m, "Building the page…")
}

// TestAComparisonIsBuiltOffTheScreensThread: c on a second certification
// opens the comparison at once and builds it in a command.
func TestAComparisonIsBuiltOffTheScreensThread(t *testing.T) {
	t.Parallel()
	m := press(t, newBrowser(t, 100, 30), "c", "down")
	w := newWaitingPages()
	m.c.pages = w.writer()
	cmd := pressWhileBuilding(t, m, w, "c")
	mustContain(t, m, "Building the page…")
	what, msgs := startBuild(t, w, cmd)
	close(w.release)
	m = update(t, m, built(t, <-msgs))
	mustContain(t, m, what, "This is build 1.")
}
