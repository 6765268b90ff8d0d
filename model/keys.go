package model

import (
	"charm.land/bubbles/v2/key"

	"certpath/model/field"
)

// keyMap holds every key certpath answers to; each screen shows the subset it
// uses in the help line.
type keyMap struct {
	field.KeyMap
	Next, Back, Help, Quit, ForceQuit, Yes, No key.Binding
	Scroll, Page, Ends                         key.Binding
	Open, Mark, Export                         key.Binding
	Resume, StartOver, Start, Change           key.Binding
	Read, Filter, ApplyFilter, CancelFilter    key.Binding
	DeleteAnswers, KeepAnswers                 key.Binding
	Mouse, Submit, Suspend                     key.Binding
}

// newKeyMap returns the default keys.
func newKeyMap() keyMap {
	return keyMap{
		KeyMap:        field.NewKeyMap(),
		Next:          key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Back:          key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back")),
		Help:          key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:          key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Yes:           key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes, quit")),
		No:            key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no, stay")),
		Scroll:        key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "scroll")),
		Page:          key.NewBinding(key.WithKeys("pgup", "pgdown", "space", "b", "f"), key.WithHelp("pgup/pgdn", "page")),
		Ends:          key.NewBinding(key.WithKeys("home", "end", "g", "G"), key.WithHelp("g/G", "top/bottom")),
		Open:          key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "summaries")),
		Mark:          key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Export:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save")),
		Resume:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "resume")),
		StartOver:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start over")),
		Start:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Change:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change")),
		DeleteAnswers: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "delete and start over")),
		KeepAnswers:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "keep them")),
		Suspend:       key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Submit:        key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "read")),
		Mouse:         key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "wheel scrolling on/off")),
		Read:          key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Filter:        key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ApplyFilter:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply filter")),
		CancelFilter:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}
