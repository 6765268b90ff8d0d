package model

import (
	"errors"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"certpath/catalog"
	"certpath/questions"
	"certpath/store"
)

// deferred builds the quiz the way the command line does: the welcome screen
// from the questions alone, and load counted, run only through Init.
func deferred(t *testing.T, setup Setup, err error) (*Model, *int) {
	t.Helper()
	calls := new(int)
	load := func() (Setup, error) {
		*calls++
		return setup, err
	}
	m := NewDeferred(questions.DefaultBank(catalog.Catalog{}), load, Options{})
	return update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}), calls
}

// loaded runs the model's Init and hands it the setup the load produced.
func loaded(t *testing.T, m *Model) *Model {
	t.Helper()
	for _, msg := range runAll(m.Init()) {
		if s, ok := msg.(setupMsg); ok {
			return update(t, m, s)
		}
	}
	t.Fatal("Init did not start the load")
	return m
}

func TestDeferredWelcomeIsDrawnBeforeTheLoad(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	m, calls := deferred(t, Setup{Bank: bank, Lib: testLib(t), Resume: store.Loaded{Answers: questions.Answers{}}}, nil)
	mustContain(t, m, "which agile certification next", fmt.Sprintf("certpath asks %d questions", len(bank.Questions)))
	if *calls != 0 {
		t.Fatalf("the load ran %d times before Init; the first frame must not wait for it", *calls)
	}
	m = loaded(t, m)
	if *calls != 1 {
		t.Fatalf("the load ran %d times, want once", *calls)
	}
	mustContain(t, m, "which agile certification next")
}

func TestKeysBeforeTheLoadWaitAndKeepTheirOrder(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	m, _ := deferred(t, Setup{Bank: bank, Lib: testLib(t), Resume: store.Loaded{Answers: questions.Answers{}}}, nil)
	// A fast typist: start, tick the first option of question 1, go on.
	m = press(t, m, "enter", "space", "enter")
	mustContain(t, m, "which agile certification next")
	if len(m.Answers()) != 0 {
		t.Fatal("a key was taken before the bank was loaded")
	}
	m = loaded(t, m)
	mustContain(t, m, fmt.Sprintf("Question 2 of %d", len(bank.Questions)))
	got, ok := m.Answers()[bank.Questions[0].ID]
	if !ok || len(got.Choices) != 1 || got.Choices[0] != bank.Questions[0].Options[0].ID {
		t.Fatalf("question 1 answered %+v (answered: %v), want its first option", got, ok)
	}
}

func TestDeferredLoadBringsTheResumeOffer(t *testing.T) {
	t.Parallel()
	bank := testBank(t)
	first := bank.Questions[0]
	saved := questions.Answers{first.ID: {Choices: []string{first.Options[0].ID}}}
	when := time.Date(2026, 11, 20, 9, 30, 0, 0, time.Local)
	m, _ := deferred(t, Setup{Bank: bank, Lib: testLib(t), Resume: store.Loaded{Answers: saved, Saved: when}}, nil)
	mustNotContain(t, m, "saved answer")
	m = loaded(t, m)
	mustContain(t, m, "You have 1 saved answer from 20 Nov 2026 09:30")
	m = press(t, m, "enter")
	if _, ok := m.Answers()[first.ID]; !ok {
		t.Fatal("enter on the offer did not resume the saved answer")
	}
}

func TestDeferredLoadErrorEndsTheProgram(t *testing.T) {
	t.Parallel()
	broken := errors.New("the question bank is broken: option popm names no certification")
	m, _ := deferred(t, Setup{}, broken)
	var quit bool
	for _, msg := range runAll(m.Init()) {
		if s, ok := msg.(setupMsg); ok {
			next, cmd := m.Update(s)
			m = next.(*Model)
			for _, out := range runAll(cmd) {
				_, isQuit := out.(tea.QuitMsg)
				quit = quit || isQuit
			}
		}
	}
	if !quit {
		t.Fatal("a failed load did not end the program")
	}
	if !errors.Is(m.LoadErr(), broken) {
		t.Fatalf("LoadErr() = %v, want %v", m.LoadErr(), broken)
	}
}

// Bubble Tea may draw the first frame before it reports the window's size:
// given the size at start, that frame is the one the report would bring,
// not one laid out for 80x24 or for nothing.
func TestFirstFrameIsLaidOutForTheWindow(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{120, 40}, {80, 24}, {40, 12}} {
		opts := Options{Width: size[0], Height: size[1]}
		load := func() (Setup, error) { return Setup{}, errors.New("not needed") }
		first := NewDeferred(questions.DefaultBank(catalog.Catalog{}), load, opts)
		before := first.View().Content
		after := update(t, first, tea.WindowSizeMsg{Width: size[0], Height: size[1]}).View().Content
		if before != after {
			t.Errorf("%dx%d: the first frame differs from the one after the size report:\n%s\n---\n%s", size[0], size[1], before, after)
		}
	}
}
