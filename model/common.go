package model

import (
	"time"

	"charm.land/bubbles/v2/key"

	"certpath/content"
	"certpath/planner"
	"certpath/questions"
)

// common is what every screen reads: the bank, the content, the answers, the
// styles, the keys. The root owns it and is the only writer; screens hold a
// pointer so a new background or a new answer reaches them without rebuilding.
type common struct {
	bank    questions.Bank
	lib     *content.Library
	opts    Options
	answers questions.Answers
	// st is swapped in place when the terminal reports its background.
	st      *theme
	keys    keyMap
	showAll bool // the full help is open
	// exportDir is the folder of the last export, offered for the next one.
	exportDir string
	// exported is the last file the results were saved to.
	exported string
	// outcome is the last result shown, for the summary printed at the end.
	outcome *planner.Outcome
	// mouse is wheel scrolling on: the mouse is captured, so selecting text
	// needs shift. Off by default, so text can be selected.
	mouse    bool
	renderer *renderer
	frames   *frameCache
	// pages writes the certification pages (package page, but for tests).
	pages pageWriter
}

func (c *common) now() time.Time {
	if c.opts.Now != nil {
		return c.opts.Now()
	}
	return time.Now()
}

// glamourStyle is the style documents render in now.
func (c *common) glamourStyle() string { return c.st.Glamour }

// helpBinding says what ? does now: show every key, or go back to one line.
func (c *common) helpBinding() key.Binding {
	b := c.keys.Global.Help
	if c.showAll {
		b.SetHelp("?", "fewer keys")
	}
	return b
}

// globalBindings are shown on every screen's full help.
func (c *common) globalBindings() []key.Binding {
	return []key.Binding{c.helpBinding(), c.keys.Global.Quit}
}
