package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"certpath/content"
	"certpath/questions"
)

func newBrowser(t testing.TB, w, h int) Model {
	t.Helper()
	return newModelWith(t, w, h, Options{Start: StartBrowser})
}

func typeText(t testing.TB, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		m = press(t, m, string(r))
	}
	return m
}

func TestBrowserListsEveryCertificationByIssuer(t *testing.T) {
	m := newBrowser(t, 80, 24)
	mustContain(t, m, "Certifications by issuer", "19 certifications", "POPM · SAFe Product Owner/Product Manager", "Scaled Agile · Product Owner, Product Manager")
	if n := len(m.certs.list.Items()); n != 19 {
		t.Fatalf("%d items in the list, want 19", n)
	}
}

func TestBrowserFilterOpenAndReturn(t *testing.T) {
	m := newBrowser(t, 80, 24)
	m = press(t, m, "/")
	m = typeText(t, m, "pmp q?")
	if got := m.certs.list.FilterValue(); got != "pmp q?" {
		t.Fatalf("q and ? must type into the filter, not quit or toggle help; filter is %q", got)
	}
	for range 3 {
		m = press(t, m, "backspace")
	}
	m = press(t, m, "enter")
	if items := m.certs.list.VisibleItems(); len(items) == 0 || items[0].(certItem).cert.ID != "pmp" {
		t.Fatalf("filtering for pmp should rank PMP first; %d items", len(items))
	}
	m = press(t, m, "enter")
	if m.screen != summaryScreen || !m.summary.ready {
		t.Fatalf("enter should open the rendered summary; screen %d", m.screen)
	}
	mustContain(t, m, "PMP summary", "Project Management Professional")
	m = press(t, m, "esc")
	if m.screen != certListScreen || m.certs.list.FilterValue() != "pmp" {
		t.Fatal("esc should return to the list with its filter kept")
	}
}

func TestBrowserCompareTwo(t *testing.T) {
	m := newBrowser(t, 100, 30)
	m = press(t, m, "c")
	mustContain(t, m, "● POPM", "Marked POPM")
	m = press(t, m, "down", "c")
	if m.screen != compareScreen || !m.compare.ready {
		t.Fatalf("marking a second certification should open the comparison; screen %d", m.screen)
	}
	full := ansi.Strip(m.compare.vp.GetContent())
	for _, want := range []string{"POPM and SSM side by side", "Primary outcome", "Events it leans on", "Renewal", "Next step", "sources disagree"} {
		if !strings.Contains(full, want) {
			t.Errorf("comparison lacks %q", want)
		}
	}
	m = press(t, m, "esc")
	if m.screen != certListScreen || m.certs.marked != "" {
		t.Fatal("esc should return to the list with nothing marked")
	}
}

func TestMarkTwiceUnmarks(t *testing.T) {
	m := press(t, newBrowser(t, 80, 24), "c", "c")
	if m.certs.marked != "" || m.screen != certListScreen {
		t.Fatal("c twice on the same certification should unmark it")
	}
}

func TestResultsOpenPathSummariesAndReturnInPlace(t *testing.T) {
	m := answerAll(t, newTestModel(t, 80, 24))
	m = press(t, m, "enter", "pgdown")
	offset := m.results.vp.YOffset()
	if offset == 0 {
		t.Fatal("the results did not scroll")
	}
	m = press(t, m, "o")
	mustContain(t, m, "Certifications in your path")
	var ids []questions.CertID
	for _, it := range m.certs.list.Items() {
		ids = append(ids, it.(certItem).cert.ID)
	}
	var want []questions.CertID
	for _, st := range m.path {
		want = append(want, st.Cert)
		if st.Alternative != "" {
			want = append(want, st.Alternative)
		}
	}
	if fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Fatalf("picker lists %v, the path has %v", ids, want)
	}
	m = press(t, m, "enter")
	if m.screen != summaryScreen {
		t.Fatalf("enter in the path picker should open a summary:\n%s", visible(m))
	}
	mustContain(t, m, "summary", "back to results")
	m = press(t, m, "esc")
	if m.screen != resultsScreen || m.results.vp.YOffset() != offset {
		t.Fatalf("esc from a summary should return to the results where they were (offset %d, now %d)", offset, m.results.vp.YOffset())
	}
	m = press(t, m, "o", "esc")
	if m.screen != resultsScreen {
		t.Fatal("esc in the path picker should return to the results")
	}
}

// TestGoldenSummaries pins every summary as rendered at 80 columns, without
// colour. Regenerate with -update and read the diff.
func TestGoldenSummaries(t *testing.T) {
	lib, err := content.Load(content.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Certs() {
		t.Run(string(c.ID), func(t *testing.T) {
			out, err := RenderPlain(lib.Summary(c), 80-glamourGutter)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out)
		})
	}
}
