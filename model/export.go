package model

import (
	"path/filepath"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"certpath/files"
)

// exportScreen asks where to save the results, with a path filled in: the
// last folder used (or the current one) and today's date. It never replaces
// a file: a taken name gets a number.
type exportScreen struct {
	c     *common
	doc   string
	input textinput.Model
	width int
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

func (s *exportScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, s.c.keys.Next):
			path := files.ExpandHome(s.input.Value())
			return s, tea.Batch(s.c.back(nil), s.c.post(exportMsg{doc: s.doc, path: path}))
		case key.Matches(k, s.c.keys.Back):
			return s, s.c.back(nil)
		}
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return s, cmd
}

func (s *exportScreen) View() string {
	return "\n" + s.input.View() + "\n\n" + s.c.st.Hint.Width(max(1, s.width-1)).Render("An existing file is never replaced: a number is added to the name. The folder must exist.")
}

func (s *exportScreen) SetSize(width, _ int) tea.Cmd {
	s.width = width
	s.input.SetWidth(max(1, width-len(s.input.Prompt)-1))
	return nil
}

func (s *exportScreen) Title() string  { return "Save the results" }
func (s *exportScreen) Status() string { return "" }
func (s *exportScreen) Typing() bool   { return true }

// ShortHelp is save or cancel.
func (s *exportScreen) ShortHelp() []key.Binding {
	save, cancel := s.c.keys.Next, s.c.keys.Back
	save.SetHelp("enter", "save")
	cancel.SetHelp("esc", "cancel")
	return []key.Binding{save, cancel, s.c.keys.ForceQuit}
}

// FullHelp is the short help.
func (s *exportScreen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
