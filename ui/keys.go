package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the interface, with its help text.
// Every binding is set explicitly; nothing comes from a bubbles default.
type KeyMap struct {
	Move                                    key.Binding // for the footer: up and down together
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	PrevYear, NextYear                      key.Binding
	Search, Actors, Clear, Accept, Toggle   key.Binding
	Focus, Open, Copy, Export               key.Binding
	Help, Quit, Interrupt                   key.Binding
	// Inside the actor picker and the prompts, letters are typed, so only
	// these move, and esc cancels.
	PickUp, PickDown, Cancel, Yes key.Binding
}

// newKeyMap returns the key bindings of DESIGN.md.
func newKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Move:      b("↑↓/jk", "move", "up", "down", "j", "k"),
		Up:        b("↑/k", "up", "up", "k"),
		Down:      b("↓/j", "down", "down", "j"),
		Top:       b("g", "top", "g", "home"),
		Bottom:    b("G", "bottom", "G", "end"),
		PageUp:    b("pgup", "page up", "pgup"),
		PageDown:  b("pgdn", "page down", "pgdown"),
		PrevYear:  b("[", "previous year", "["),
		NextYear:  b("]", "next year", "]"),
		Search:    b("/", "search", "/"),
		Actors:    b("a", "actors", "a"),
		Clear:     b("esc", "clear filters", "esc"),
		Accept:    b("enter", "apply", "enter"),
		Toggle:    b("space", "toggle actor", "space"),
		Focus:     b("tab", "pane (detail: j/k pick a source)", "tab", "shift+tab"),
		Open:      b("o", "open", "o"),
		Copy:      b("y", "copy", "y"),
		Export:    b("e", "export", "e"),
		Help:      b("?", "keys", "?"),
		Quit:      b("q", "quit", "q", "ctrl+c"),
		Interrupt: b("ctrl+c", "quit", "ctrl+c"), // quits from inside the inputs too
		PickUp:    b("↑", "up", "up", "ctrl+p", "shift+tab"),
		PickDown:  b("↓", "down", "down", "ctrl+n", "tab"),
		Cancel:    b("esc", "cancel", "esc"),
		Yes:       b("y", "overwrite", "y", "Y"),
	}
}

// ShortHelp implements help.KeyMap: the one-line footer.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Search, k.Actors, k.Export, k.Copy, k.Open, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: every key, shown by ?.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.PrevYear, k.NextYear, k.Focus, k.Open, k.Copy, k.Export},
		{k.Search, k.Actors, k.Toggle, k.Accept, k.Clear},
		{k.Help, k.Quit},
	}
}

// searchHelp is the footer while the search line is open.
func (k KeyMap) searchHelp() []key.Binding {
	return []key.Binding{k.PickUp, k.PickDown, k.Accept, k.Clear}
}

// pickerHelp is the footer while the actor picker is open.
func (k KeyMap) pickerHelp() []key.Binding {
	return []key.Binding{k.PickUp, k.PickDown, k.Toggle, k.Accept, k.Cancel}
}
