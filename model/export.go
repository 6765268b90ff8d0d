package model

import (
	"path/filepath"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"certpath/files"
)

// exportScreen asks where to save the results, with a path filled in: the
// last folder used (or the current one) and today's date. It never replaces
// a file: a taken name gets a number.
type exportScreen struct {
	c      *common
	doc    string
	input  textinput.Model
	width  int
	height int
	// err is why the last save failed; the path typed stays for a fix.
	err string
	// saving is set from enter until the save reports back.
	saving bool
}

func newExportScreen(c *common, doc string) *exportScreen {
	dir := c.exportDir
	if dir == "" {
		dir = c.opts.ExportDir
	}
	if dir == "" {
		dir = "."
	}
	in := textinput.New()
	in.Prompt = "Save to: "
	in.SetValue(filepath.Join(dir, "certpath-results-"+c.now().Format("2006-01-02")+".md"))
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	in.Focus()
	return &exportScreen{c: c, doc: doc, input: in}
}

// Update saves on enter and stays open until the save reports back: on an
// error the prompt keeps the path typed, with the error under it, so a
// wrong folder is fixed rather than typed again; on success it closes and
// the results say where the file went.
func (s *exportScreen) Update(msg tea.Msg) reply {
	switch msg := msg.(type) {
	case exportedMsg:
		s.saving = false
		if msg.err != nil {
			s.err = msg.note().text + " Change the path and press enter again, or esc to cancel."
			// The error shows here, as this screen's status, until the
			// path is changed; the root's copy of it goes.
			return asks(noteMsg{})
		}
		return asks(backMsg{}, msg.note())
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, s.c.keys.Export.Save):
			if s.saving {
				return reply{}
			}
			s.saving, s.err = true, ""
			path := files.ExpandHome(s.input.Value())
			return asks(exportMsg{doc: s.doc, path: path})
		case key.Matches(msg, s.c.keys.Export.Cancel):
			return asks(backMsg{})
		}
		s.err = ""
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return runs(cmd)
}

// View is the path, then what saving does when there is room for it: a
// short window with an error under the path keeps the path and the error,
// which says what to fix, and the help line.
func (s *exportScreen) View() string {
	out := "\n" + s.input.View()
	hint := s.c.st.Hint.Width(max(1, s.width-1)).Render("An existing file is never replaced: a number is added to the name. The folder must exist.")
	if lipgloss.Height(out)+1+lipgloss.Height(hint) <= s.height {
		out += "\n\n" + hint
	}
	return out
}

func (s *exportScreen) SetSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.input.SetWidth(max(1, width-len(s.input.Prompt)-1))
	// The input scrolls a path wider than itself only when its cursor
	// moves: setting it in place makes it fit the new width now, so the
	// row is never wider than the window (the terminal would cut it).
	s.input.SetCursor(s.input.Position())
	return nil
}

func (s *exportScreen) Title() string  { return "Save the results" }
func (s *exportScreen) Status() string { return s.err }
func (s *exportScreen) Typing() bool   { return true }

// ShortHelp is save or cancel.
func (s *exportScreen) ShortHelp() []key.Binding {
	keys := s.c.keys.Export
	return []key.Binding{keys.Save, keys.Cancel, s.c.keys.Global.ForceQuit}
}

// FullHelp is the short help.
func (s *exportScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
