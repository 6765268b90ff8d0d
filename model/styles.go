package model

import (
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
