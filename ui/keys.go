package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the interface, with its help text.
type KeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	PrevYear, NextYear                      key.Binding
	Search, Clear, Accept                   key.Binding
	Focus, Help, Quit                       key.Binding
}

// newKeyMap returns the key bindings of DESIGN.md, every one set explicitly.
func newKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:       b("↑/k", "up", "up", "k"),
		Down:     b("↓/j", "down", "down", "j"),
		Top:      b("g", "top", "g", "home"),
		Bottom:   b("G", "bottom", "G", "end"),
		PageUp:   b("pgup", "page up", "pgup"),
		PageDown: b("pgdn", "page down", "pgdown"),
		PrevYear: b("[", "previous year", "["),
		NextYear: b("]", "next year", "]"),
		Search:   b("/", "search", "/"),
		Clear:    b("esc", "clear", "esc"),
		Accept:   b("enter", "keep search", "enter"),
		Focus:    b("tab", "switch pane", "tab"),
		Help:     b("?", "help", "?"),
		Quit:     b("q", "quit", "q", "ctrl+c"),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Search, k.Focus, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.PrevYear, k.NextYear, k.Focus},
		{k.Search, k.Accept, k.Clear},
		{k.Help, k.Quit},
	}
}
