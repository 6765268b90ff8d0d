package model

import (
	"time"

	"certpath/content"
	"certpath/questions"
	"certpath/store"
)

// Smallest window certpath draws its screens in; below it, it says so.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Start says which screen the program opens on.
type Start int

// The screens certpath can start on.
const (
	// StartQuiz opens the welcome screen of the guided quiz.
	StartQuiz Start = iota
	// StartBrowser opens the list of certification summaries.
	StartBrowser
	// StartDocument opens Options.Document in the results' pager, alone:
	// esc and q quit (certpath team).
	StartDocument
)

// Options are what the command line hands the quiz.
type Options struct {
	// GlamourStyle is GLAMOUR_STYLE: a style name or a JSON style file.
	GlamourStyle string
	// Start is the first screen.
	Start Start
	// Document is the markdown StartDocument shows, under DocumentTitle.
	Document, DocumentTitle string
	// Store saves every answer as it is given; nil saves nothing.
	Store Saver
	// Resume holds answers saved by an earlier run, offered on the welcome
	// screen, and notes about what was set aside.
	Resume store.Loaded
	// ExportDir is where s writes the results; empty means the current folder.
	ExportDir string
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
	// PanicKey, when set, is a key that panics: the tests use it to check
	// that a crash restores the terminal and says where the answers are.
	PanicKey string
	// CrashKey, when set, is a key that crashes the program the way
	// nothing in it can recover from (a stack overflow in a goroutine of
	// its own, a fatal error): the tests use it to check that the terminal
	// is restored all the same.
	CrashKey string
	// Offline refuses links in the postings step: nothing is sent anywhere.
	Offline bool
	// Width and Height are the terminal's size when the program starts, if
	// known, so that the first frame is laid out for it; Bubble Tea's own
	// report comes a moment later. Zero means 80x24 until then.
	Width, Height int
	// FirstFrame, when set, is called once, in a goroutine of its own, as
	// the first frame is drawn: work that must not share the processor
	// with that frame starts then.
	FirstFrame func()
	// ResizeSettle is how long the window size must hold still before a
	// document is rendered again for the new width, so a burst of resizes
	// renders once. Zero renders at once.
	ResizeSettle time.Duration
}

// Setup is what the screens after the welcome need: the bank over the
// content's catalogue, the content, and the saved answers with their store.
type Setup struct {
	Bank   questions.Bank
	Lib    *content.Library
	Store  Saver
	Resume store.Loaded
}
