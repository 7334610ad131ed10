// Package ui is dateline's interactive terminal interface: a Bubble Tea
// program that shows a timeline as a list grouped by year beside a detail
// pane with every source, with search, help and keyboard navigation.
package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"dateline/timeline"
)

// Minimum terminal size for the full layout.
const (
	minWidth  = 30
	minHeight = 8
)

// focus is the pane that takes movement keys.
type focus int

const (
	focusList focus = iota
	focusDetail
)

// Model is the root model: it routes keys and sizes to the list, detail,
// search and help, and owns the filter.
type Model struct {
	tl     *timeline.Timeline
	base   timeline.Filter // filters from the command line
	filter timeline.Filter // base plus the search line
	view   []int           // event indices shown, in order

	width, height int
	isDark        bool
	styles        styles
	keys          KeyMap
	help          help.Model
	showHelp      bool

	list      list
	detail    detail
	focus     focus
	searching bool
	search    textinput.Model
	status    string
	statusErr bool
}

// New returns the root model showing tl, filtered by f.
func New(tl *timeline.Timeline, f timeline.Filter) Model {
	m := Model{tl: tl, base: f, isDark: true, keys: newKeyMap(), help: help.New()}
	m.search = textinput.New()
	m.search.Prompt = "/"
	m.search.Placeholder = "words, actor:NAME, from:2015, to:2023-06, source:NAME"
	m.restyle()
	m.applyFilter(f)
	return m
}

// Init implements tea.Model: it asks the terminal for its background colour.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.restyle()
		return m, nil
	case tea.KeyPressMsg:
		if m.searching {
			return m.updateSearch(msg)
		}
		return m.updateKeys(msg)
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelUp {
			m.list.move(-1)
		} else if msg.Button == tea.MouseWheelDown {
			m.list.move(1)
		}
		m.syncDetail()
	}
	return m, nil
}

// updateKeys handles a key press when no text input has focus.
func (m Model) updateKeys(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		m.layout()
	case key.Matches(msg, k.Search):
		m.searching = true
		m.layout()
		return m, m.search.Focus()
	case key.Matches(msg, k.Clear):
		m.status = ""
		if m.search.Value() != "" {
			m.search.SetValue("")
			m.applyFilter(m.base)
		}
	case key.Matches(msg, k.Focus):
		m.focus = 1 - m.focus
	case m.focus == focusDetail:
		m.detail.scrollKey(msg, k)
	default:
		m.list.key(msg, k)
		m.syncDetail()
	}
	return m, nil
}

// updateSearch handles a key press while the search line is open: the view
// narrows as the query changes; enter keeps it, esc clears it.
func (m Model) updateSearch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Accept):
		m.searching = false
		m.search.Blur()
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Clear):
		m.searching = false
		m.search.Blur()
		m.search.SetValue("")
		m.applyFilter(m.base)
		m.layout()
		return m, nil
	}
	var cmd tea.Cmd
	before := m.search.Value()
	m.search, cmd = m.search.Update(msg)
	if q := m.search.Value(); q != before {
		f, err := timeline.ParseQuery(q)
		if err != nil {
			m.status, m.statusErr = err.Error(), true
		} else {
			m.status = ""
			m.applyFilter(m.base.And(f))
		}
	}
	return m, cmd
}

// applyFilter re-filters the timeline and keeps the selection where it can.
func (m *Model) applyFilter(f timeline.Filter) {
	m.filter = f
	m.view = m.tl.Query(f)
	m.list.setEvents(m.tl, m.view)
	m.syncDetail()
}

func (m *Model) syncDetail() {
	if i, ok := m.list.current(); ok {
		m.detail.setEvent(&m.tl.Events[i])
	} else {
		m.detail.setEvent(nil)
	}
}

func (m *Model) restyle() {
	m.styles = newStyles(m.isDark)
	m.help.Styles = m.styles.help
	m.list.st = &m.styles
	m.detail.st = &m.styles
}

// layout sizes the panes: side by side when wide, stacked when narrow.
func (m *Model) layout() {
	h := m.height - 2 // header and footer
	if m.searching {
		h--
	}
	if m.showHelp {
		h -= lipgloss.Height(m.help.FullHelpView(m.keys.FullHelp())) - 1
	}
	m.help.SetWidth(m.width)
	m.search.SetWidth(max(10, m.width-4))
	if m.wide() {
		lw := m.width * 45 / 100
		m.list.resize(lw-2, h-2)
		m.detail.resize(m.width-lw-2, h-2)
	} else {
		lh := max(3, h/2)
		m.list.resize(m.width-2, lh-2)
		m.detail.resize(m.width-2, h-lh-2)
	}
}

func (m Model) wide() bool { return m.width >= 100 }

// View implements tea.Model.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "dateline"
	return v
}

func (m Model) render() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return clip(fmt.Sprintf("Terminal too small (%dx%d); dateline needs %dx%d. Resize, or q to quit.", m.width, m.height, minWidth, minHeight), m.width, m.height)
	}
	st := &m.styles
	lb, db := st.border, st.borderFocus
	if m.focus == focusList {
		lb, db = db, lb
	}
	listBox := lb.Render(m.list.view())
	detailBox := db.Render(m.detail.view())
	var body string
	if m.wide() {
		body = lipgloss.JoinHorizontal(lipgloss.Top, listBox, detailBox)
	} else {
		body = lipgloss.JoinVertical(lipgloss.Left, listBox, detailBox)
	}
	parts := []string{m.headerView(), body}
	if m.searching {
		parts = append(parts, m.search.View())
	}
	parts = append(parts, m.footerView())
	return clip(strings.Join(parts, "\n"), m.width, m.height)
}

func (m Model) headerView() string {
	st := &m.styles
	sources := 0
	for _, i := range m.view {
		sources += len(m.tl.Events[i].Sources)
	}
	s := st.title.Render("dateline") + st.header.Render(fmt.Sprintf("  %d of %d events · %d sources · %d articles", len(m.view), len(m.tl.Events), sources, len(m.tl.Articles)))
	if !m.filter.IsZero() {
		s += "  " + st.filter.Render(clean(m.filter.String()))
	}
	return s
}

func (m Model) footerView() string {
	if m.status != "" {
		if m.statusErr {
			return m.styles.errLine.Render(clean(m.status))
		}
		return m.styles.status.Render(clean(m.status))
	}
	if m.showHelp {
		return m.help.FullHelpView(m.keys.FullHelp())
	}
	return m.help.ShortHelpView(m.keys.ShortHelp())
}

// clip cuts s to at most w columns and h lines.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			lines[i] = truncate(l, w)
		}
	}
	return strings.Join(lines, "\n")
}
