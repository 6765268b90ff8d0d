package model

import (
	"charm.land/bubbles/v2/list"
	"charm.land/lipgloss/v2"

	"certpath/model/field"
)

// styles are the screen styles, built for the terminal's background.
type styles struct {
	field.Styles
	Brand, Title, Section, Prompt, Hint, Error, Info, Frame lipgloss.Style
}

// newStyles returns the styles for a dark or light background.
func newStyles(isDark bool) *styles {
	s := buildStyles(isDark)
	return &s
}

func buildStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	f := field.NewStyles(isDark)
	accent := ld(lipgloss.Color("#5A3FD6"), lipgloss.Color("#9F8CFF"))
	return styles{
		Styles:  f,
		Brand:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Title:   lipgloss.NewStyle().Bold(true),
		Section: f.Muted,
		Prompt:  lipgloss.NewStyle().Bold(true),
		Hint:    f.Muted,
		Error:   lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B"))),
		Info:    f.Selected,
		Frame:   lipgloss.NewStyle().Padding(0, 1),
	}
}

// listStyles are bubbles' list styles in certpath's colours, which pass WCAG
// AA contrast on either background (bubbles' own use a light pink and a
// near-white grey). The page dots differ in shape as well as colour, ● for
// the page shown and ○ for the others, so they say where you are without
// colour too.
func listStyles(isDark bool) (list.Styles, list.DefaultItemStyles) {
	ld := lipgloss.LightDark(isDark)
	f := field.NewStyles(isDark)
	text := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#DDDDDD"))
	accent := ld(lipgloss.Color("#5A3FD6"), lipgloss.Color("#9F8CFF"))
	muted := f.Muted.GetForeground()

	ls := list.DefaultStyles(isDark)
	ls.StatusBar = ls.StatusBar.Foreground(muted)
	ls.StatusEmpty = ls.StatusEmpty.Foreground(muted)
	ls.StatusBarActiveFilter = ls.StatusBarActiveFilter.Foreground(text)
	ls.StatusBarFilterCount = ls.StatusBarFilterCount.Foreground(muted)
	ls.NoItems = ls.NoItems.Foreground(muted)
	ls.ArabicPagination = ls.ArabicPagination.Foreground(muted)
	ls.ActivePaginationDot = lipgloss.NewStyle().Foreground(text).SetString("●")
	ls.InactivePaginationDot = lipgloss.NewStyle().Foreground(muted).SetString("○")
	ls.DividerDot = ls.DividerDot.Foreground(muted)
	ls.Filter.Focused.Prompt = ls.Filter.Focused.Prompt.Foreground(accent)
	ls.Filter.Blurred.Prompt = ls.Filter.Blurred.Prompt.Foreground(accent)
	ls.Filter.Cursor.Color = accent

	is := list.NewDefaultItemStyles(isDark)
	is.NormalTitle = is.NormalTitle.Foreground(text)
	is.NormalDesc = is.NormalDesc.Foreground(muted)
	is.SelectedTitle = is.SelectedTitle.Foreground(accent).BorderForeground(accent).Bold(true)
	is.SelectedDesc = is.SelectedDesc.Foreground(accent).BorderForeground(accent)
	is.DimmedTitle = is.DimmedTitle.Foreground(muted)
	is.DimmedDesc = is.DimmedDesc.Foreground(muted)
	return ls, is
}
