package model

import (
	"charm.land/bubbles/v2/key"

	"certpath/model/field"
)

// keyMap is every key certpath answers to, one group per screen, like huh's
// KeyMap has one per field kind: a screen matches keys and draws its help
// from its own group, so enter is "start" on the welcome, "next" in the
// quiz, "change" in the review and "read" in the list, each bound once.
type keyMap struct {
	// Global are the keys every screen answers the same (the root's).
	Global globalKeys
	// Confirm answers the quit prompt.
	Confirm confirmKeys
	Welcome welcomeKeys
	Quiz    quizKeys
	// Field are the question widgets' keys.
	Field  field.KeyMap
	Review reviewKeys
	Doc    docKeys
	List   listKeys
	Export exportKeys
	WhatIf whatIfKeys
}

// whatIfKeys open the what-if view from the results, choose an answer,
// try a value, and keep or drop the change.
type whatIfKeys struct {
	Open, Choose, Try, Keep, Back key.Binding
}

// globalKeys mean the same on every screen.
type globalKeys struct {
	Help, Quit, ForceQuit, Suspend key.Binding
}

// confirmKeys answer the quit prompt.
type confirmKeys struct {
	Yes, No key.Binding
}

// welcomeKeys start the quiz, resume or start over, and scroll a welcome
// taller than the window.
type welcomeKeys struct {
	Start, Resume, StartOver, DeleteAnswers, KeepAnswers key.Binding
	Up, Down, PageUp, PageDown                           key.Binding
}

// quizKeys move between questions; the widget has the rest (Field).
type quizKeys struct {
	Next, Back, Submit key.Binding
}

// reviewKeys move through the answers and open one to change it.
type reviewKeys struct {
	Move, Up, Down, Top, Bottom, Change, Back key.Binding
}

// docKeys scroll a document (results, summaries) and act on it.
type docKeys struct {
	Scroll, Page, Ends, Back, Mouse, Open, Export key.Binding
}

// listKeys browse the certification list.
type listKeys struct {
	Move, Up, Down, Read, Mark, Filter, ApplyFilter, CancelFilter, Back key.Binding
}

// exportKeys save the results to a file or cancel.
type exportKeys struct {
	Save, Cancel key.Binding
}

// newKeyMap returns the default keys.
func newKeyMap() keyMap {
	f := field.NewKeyMap()
	back := key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back"))
	return keyMap{
		Global: globalKeys{
			Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
			Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
			ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
			Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		},
		Confirm: confirmKeys{
			Yes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes, quit")),
			No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no, stay")),
		},
		Welcome: welcomeKeys{
			Start:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
			Resume:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "resume")),
			StartOver:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start over")),
			DeleteAnswers: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "delete and start over")),
			KeepAnswers:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "keep them")),
			Up:            f.Up, Down: f.Down, PageUp: f.PageUp, PageDown: f.PageDown,
		},
		Quiz: quizKeys{
			Next:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
			Back:   back,
			Submit: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "read/skip")),
		},
		Field: f,
		Review: reviewKeys{
			Move: f.Move, Up: f.Up, Down: f.Down, Top: f.Top, Bottom: f.Bottom,
			Change: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change")),
			Back:   back,
		},
		Doc: docKeys{
			Scroll: key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "scroll")),
			Page:   key.NewBinding(key.WithKeys("pgup", "pgdown", "space", "b", "f"), key.WithHelp("pgup/pgdn", "page")),
			Ends:   key.NewBinding(key.WithKeys("home", "end", "g", "G"), key.WithHelp("g/G", "top/bottom")),
			Back:   back,
			Mouse:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "wheel scrolling on/off")),
			Open:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "summaries")),
			Export: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save")),
		},
		List: listKeys{
			Move: f.Move, Up: f.Up, Down: f.Down,
			Read:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
			Mark:         key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
			Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
			ApplyFilter:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply filter")),
			CancelFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
			Back:         back,
		},
		Export: exportKeys{
			Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
			Cancel: key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "cancel")),
		},
		WhatIf: whatIfKeys{
			Open:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "what if")),
			Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change")),
			Try:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "compare")),
			Keep:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep it")),
			Back:   back,
		},
	}
}
