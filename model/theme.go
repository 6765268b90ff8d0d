package model

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/lipgloss/v2"

	"certpath/model/field"
	"certpath/render"
)

// theme is every style the program draws with, for one background, like
// huh's Theme: the widgets', the screens', bubbles' list and help, and the
// Glamour style documents render in, chosen beside them so that the text
// around a document reads on the same background. Each colour is defined
// once, in newTheme, and passes WCAG AA contrast on its background.
type theme struct {
	field.Styles
	Brand, Title, Section, Prompt, Hint, Error, Info, Frame lipgloss.Style
	// Help styles the help line and the full help.
	Help help.Styles
	// List and Items style the certification list (bubbles' list).
	List  list.Styles
	Items list.DefaultItemStyles
	// Glamour is the Glamour style name: GLAMOUR_STYLE when set, else dark
	// or light with the background.
	Glamour string
	isDark  bool
}

// newTheme returns the theme for a dark or light background; glamourEnv is
// GLAMOUR_STYLE. NO_COLOR needs no theme of its own: Bubble Tea drops the
// colours for such a terminal and keeps bold, underline and the shapes
// (● and ○, > and the bars), which say the same without colour.
func newTheme(isDark bool, glamourEnv string) *theme {
	ld := lipgloss.LightDark(isDark)
	var (
		accent   = ld(lipgloss.Color("#5A3FD6"), lipgloss.Color("#9F8CFF"))
		muted    = ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
		text     = ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#DDDDDD"))
		selected = ld(lipgloss.Color("#0B7A3E"), lipgloss.Color("#5FD787"))
		problem  = ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B"))
	)
	plain := lipgloss.NewStyle()
	f := field.Styles{
		Cursor:    plain.Foreground(accent).Bold(true),
		Selected:  plain.Foreground(selected),
		Normal:    plain,
		Muted:     plain.Foreground(muted),
		Bar:       plain.Foreground(accent),
		BarEmpty:  plain.Foreground(muted),
		Highlight: plain.Bold(true).Underline(true).Foreground(accent),
	}
	ls, is := listStyles(isDark, accent, muted, text)
	return &theme{
		Styles:  f,
		Brand:   plain.Bold(true).Foreground(accent),
		Title:   plain.Bold(true),
		Section: f.Muted,
		Prompt:  plain.Bold(true),
		Hint:    f.Muted,
		Error:   plain.Foreground(problem),
		Info:    f.Selected,
		Frame:   plain.Padding(0, 1),
		Help:    helpStyles(isDark),
		List:    ls,
		Items:   is,
		Glamour: render.Style(glamourEnv, isDark),
		isDark:  isDark,
	}
}

// helpStyles are bubbles' help styles with key and description colours that
// pass WCAG AA contrast on a dark or a light background.
func helpStyles(isDark bool) help.Styles {
	st := help.DefaultStyles(isDark)
	ld := lipgloss.LightDark(isDark)
	keyColor := ld(lipgloss.Color("#3A3A3A"), lipgloss.Color("#C8C8C8"))
	descColor := ld(lipgloss.Color("#5A5A5A"), lipgloss.Color("#A0A0A0"))
	sepColor := ld(lipgloss.Color("#7A7A7A"), lipgloss.Color("#808080"))
	st.ShortKey = st.ShortKey.Foreground(keyColor)
	st.FullKey = st.FullKey.Foreground(keyColor)
	st.ShortDesc = st.ShortDesc.Foreground(descColor)
	st.FullDesc = st.FullDesc.Foreground(descColor)
	st.ShortSeparator = st.ShortSeparator.Foreground(sepColor)
	st.FullSeparator = st.FullSeparator.Foreground(sepColor)
	st.Ellipsis = st.Ellipsis.Foreground(sepColor)
	return st
}

// listStyles are bubbles' list styles in certpath's colours (bubbles' own
// use a light pink and a near-white grey, which a light background cannot
// read). The page dots differ in shape as well as colour, ● for the page
// shown and ○ for the others, so they say where you are without colour too.
func listStyles(isDark bool, accent, muted, text color.Color) (list.Styles, list.DefaultItemStyles) {
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
