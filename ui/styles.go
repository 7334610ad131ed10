package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// styles are every style the interface draws with, built from one palette
// with light and dark variants. No other file builds styles or colours.
type styles struct {
	title, header, filter, muted, status, errLine lipgloss.Style
	year, date, marker, summary                   lipgloss.Style
	selected, selectedDim                         lipgloss.Style
	label, actor, outlet, link, sentence, expr    lipgloss.Style
	border, borderFocus                           lipgloss.Style
	help                                          help.Styles
}

// newStyles builds the styles for a dark or light terminal background.
func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	var (
		accent = ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B4A1FF"))
		text   = ld(lipgloss.Color("#1F1F28"), lipgloss.Color("#E6E6EE"))
		muted  = ld(lipgloss.Color("#6B6B7B"), lipgloss.Color("#8E8EA0"))
		year   = ld(lipgloss.Color("#9A4A00"), lipgloss.Color("#FFB86C"))
		good   = ld(lipgloss.Color("#1E7A3C"), lipgloss.Color("#7EE29B"))
		link   = ld(lipgloss.Color("#0B5CAD"), lipgloss.Color("#7CC4FF"))
		hlBg   = ld(lipgloss.Color("#FFE8A3"), lipgloss.Color("#5C4A00"))
		selBg  = ld(lipgloss.Color("#E4DEFF"), lipgloss.Color("#3A3360"))
		bad    = ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6E7A"))
		line   = ld(lipgloss.Color("#C8C8D0"), lipgloss.Color("#44445A"))
	)
	base := lipgloss.NewStyle()
	return styles{
		title:       base.Bold(true).Foreground(accent),
		header:      base.Foreground(muted),
		filter:      base.Bold(true).Foreground(year),
		muted:       base.Foreground(muted),
		status:      base.Foreground(good),
		errLine:     base.Bold(true).Foreground(bad),
		year:        base.Bold(true).Foreground(year),
		date:        base.Foreground(accent),
		marker:      base.Foreground(good),
		summary:     base.Foreground(text),
		selected:    base.Bold(true).Reverse(false).Background(selBg).Foreground(text),
		selectedDim: base.Background(selBg).Foreground(muted),
		label:       base.Bold(true).Foreground(muted),
		actor:       base.Bold(true).Foreground(text),
		outlet:      base.Bold(true).Foreground(accent),
		link:        base.Underline(true).Foreground(link),
		sentence:    base.Foreground(text),
		expr:        base.Bold(true).Background(hlBg).Foreground(text),
		border:      base.Border(lipgloss.RoundedBorder()).BorderForeground(line),
		borderFocus: base.Border(lipgloss.RoundedBorder()).BorderForeground(accent),
		help:        help.DefaultStyles(isDark),
	}
}
