package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// palette is the interface's colours. With NO_COLOR every colour is
// lipgloss.NoColor and the styles fall back on bold, underline and reverse.
// Every text colour reads at WCAG contrast 4.5:1 or more on its theme's
// background (white or black) and on the backgrounds text is drawn on
// (hlBg, findBg, selBg); the border colour at 3:1 (TestPaletteContrast).
type palette struct {
	accent, text, muted, year, good, link, hlBg, findBg, selBg, bad, line color.Color
}

// newPalette returns the colours for a dark or light background, or none.
func newPalette(isDark, noColor bool) palette {
	if noColor {
		n := lipgloss.NoColor{}
		return palette{n, n, n, n, n, n, n, n, n, n, n}
	}
	ld := lipgloss.LightDark(isDark)
	return palette{
		accent: ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B4A1FF")),
		text:   ld(lipgloss.Color("#1F1F28"), lipgloss.Color("#E6E6EE")),
		muted:  ld(lipgloss.Color("#5E5E6E"), lipgloss.Color("#A0A0B4")),
		year:   ld(lipgloss.Color("#9A4A00"), lipgloss.Color("#FFB86C")),
		good:   ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#7EE29B")),
		link:   ld(lipgloss.Color("#0B5CAD"), lipgloss.Color("#7CC4FF")),
		hlBg:   ld(lipgloss.Color("#FFE8A3"), lipgloss.Color("#5C4A00")),
		findBg: ld(lipgloss.Color("#BDEFD0"), lipgloss.Color("#1E5A3A")),
		selBg:  ld(lipgloss.Color("#E4DEFF"), lipgloss.Color("#312B55")),
		bad:    ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6E7A")),
		line:   ld(lipgloss.Color("#8A8A98"), lipgloss.Color("#5E5E76")),
	}
}

// styles are every style the interface draws with, built from one palette
// with light and dark variants. No other file builds styles or colours.
type styles struct {
	title, header, filter, muted, status, errLine lipgloss.Style
	year, date, marker, summary                   lipgloss.Style
	selected, selectedDim                         lipgloss.Style
	label, actor, outlet, link, sentence, expr    lipgloss.Style
	match, matchSel                               lipgloss.Style // search words
	check, prompt                                 lipgloss.Style
	border, borderFocus                           lipgloss.Style
	help                                          help.Styles
	input                                         textinput.Styles
}

// newStyles builds the styles for a dark or light terminal background;
// noColor keeps only emphasis (bold, underline, reverse).
func newStyles(isDark, noColor bool) styles {
	p := newPalette(isDark, noColor)
	base := lipgloss.NewStyle()
	selected := base.Bold(true).Background(p.selBg).Foreground(p.text)
	selectedDim := base.Background(p.selBg).Foreground(p.muted)
	expr := base.Bold(true).Background(p.hlBg).Foreground(p.text)
	match := base.Bold(true).Background(p.findBg).Foreground(p.text)
	matchSel := match
	if noColor {
		selected = base.Bold(true).Reverse(true)
		selectedDim = base.Reverse(true)
		expr = base.Bold(true).Underline(true)
		match = base.Underline(true)
		matchSel = selected.Underline(true)
	}
	st := styles{
		title:       base.Bold(true).Foreground(p.accent),
		header:      base.Foreground(p.muted),
		filter:      base.Bold(true).Foreground(p.year),
		muted:       base.Foreground(p.muted),
		status:      base.Foreground(p.good),
		errLine:     base.Bold(true).Foreground(p.bad),
		year:        base.Bold(true).Foreground(p.year),
		date:        base.Foreground(p.accent),
		marker:      base.Foreground(p.good),
		summary:     base.Foreground(p.text),
		selected:    selected,
		selectedDim: selectedDim,
		label:       base.Bold(true).Foreground(p.muted),
		actor:       base.Bold(true).Foreground(p.text),
		outlet:      base.Bold(true).Foreground(p.accent),
		link:        base.Underline(true).Foreground(p.link),
		sentence:    base.Foreground(p.text),
		expr:        expr,
		match:       match,
		matchSel:    matchSel,
		check:       base.Bold(true).Foreground(p.good),
		prompt:      base.Bold(true).Foreground(p.accent),
		border:      base.Border(lipgloss.RoundedBorder()).BorderForeground(p.line),
		borderFocus: base.Border(lipgloss.RoundedBorder()).BorderForeground(p.accent),
	}
	st.help = help.Styles{
		Ellipsis:       base.Foreground(p.muted),
		ShortKey:       base.Bold(true).Foreground(p.accent),
		ShortDesc:      base.Foreground(p.muted),
		ShortSeparator: base.Foreground(p.line),
		FullKey:        base.Bold(true).Foreground(p.accent),
		FullDesc:       base.Foreground(p.muted),
		FullSeparator:  base.Foreground(p.line),
	}
	state := textinput.StyleState{
		Text:        base.Foreground(p.text),
		Placeholder: base.Foreground(p.muted),
		Suggestion:  base.Foreground(p.muted),
		Prompt:      base.Bold(true).Foreground(p.accent),
	}
	st.input = textinput.Styles{Focused: state, Blurred: state}
	st.input.Cursor.Color = p.accent
	return st
}
