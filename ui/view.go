package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Minimum terminal size for the full layout.
const (
	minWidth  = 40
	minHeight = 10
	wideWidth = 100 // side by side from this width, stacked below
)

// rect is a pane's inner area on the screen, for mouse hits.
type rect struct{ x, y, w, h int }

func (r rect) has(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// panes are where the list and the detail are drawn.
type panes struct{ list, detail rect }

// layout sizes the panes from the window and the open lines: side by side
// when wide, stacked when narrow.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	m.search.SetWidth(max(10, m.width-3))
	m.prompt.input.SetWidth(max(10, m.width-len(m.prompt.input.Prompt)-2))
	h := m.height - 1 - lipgloss.Height(m.footerView()) // header and footer
	if m.mode != modeBrowse {
		h-- // search line or prompt
	}
	if m.status != "" {
		h--
	}
	h = max(h, 6)
	if m.width >= wideWidth {
		lw := m.width * 11 / 20
		m.panes.list = rect{1, 2, lw - 2, h - 2}
		m.panes.detail = rect{lw + 1, 2, m.width - lw - 2, h - 2}
	} else {
		lh := max(4, h*2/5)
		m.panes.list = rect{1, 2, m.width - 2, lh - 2}
		m.panes.detail = rect{1, lh + 2, m.width - 2, h - lh - 2}
	}
	m.list.resize(m.panes.list.w, m.panes.list.h)
	m.picker.resize(m.panes.list.w, m.panes.list.h)
	m.detail.resize(m.panes.detail.w, m.panes.detail.h)
}

// mouse scrolls the pane under the wheel and selects the clicked row.
func (m *Model) mouse(msg tea.MouseMsg) {
	mo := msg.Mouse()
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		step := 0
		switch msg.Button {
		case tea.MouseWheelUp:
			step = -1
		case tea.MouseWheelDown:
			step = 1
		}
		if m.panes.detail.has(mo.X, mo.Y) {
			m.detail.scroll(3 * step)
			return
		}
		m.list.move(step)
		m.syncDetail()
	case tea.MouseClickMsg:
		switch {
		case m.panes.list.has(mo.X, mo.Y):
			m.setFocus(focusList)
			m.list.click(mo.Y - m.panes.list.y)
			m.syncDetail()
		case m.panes.detail.has(mo.X, mo.Y):
			m.setFocus(focusDetail)
			m.detail.click(mo.Y - m.panes.detail.y)
		}
	}
}

// View implements tea.Model. It renders and nothing else.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (m Model) render() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		msg := fmt.Sprintf("Terminal too small: %dx%d. dateline needs %dx%d. Enlarge the window, or q to quit.", m.width, m.height, minWidth, minHeight)
		return clip(wrap(msg, m.width), m.width, m.height)
	}
	if m.loading {
		return m.loadingView()
	}
	if m.tl == nil { // nothing could be loaded; the program is quitting
		return clip(wrap(fmt.Sprint(m.err), m.width), m.width, m.height)
	}
	st := m.styles
	lb, db := st.borderFocus, st.border
	if m.focus == focusDetail && m.mode == modeBrowse {
		lb, db = db, lb
	}
	left := m.list.view(m.focus == focusList || m.mode == modeSearch)
	if m.mode == modePicker {
		left = m.picker.view()
	}
	listBox := lb.Render(left)
	detailBox := db.Render(m.detail.view(m.focus == focusDetail && m.mode == modeBrowse))
	var body string
	if m.width >= wideWidth {
		body = lipgloss.JoinHorizontal(lipgloss.Top, listBox, detailBox)
	} else {
		body = lipgloss.JoinVertical(lipgloss.Left, listBox, detailBox)
	}
	parts := []string{m.headerView(), body}
	switch m.mode {
	case modeSearch:
		parts = append(parts, m.search.View())
	case modeExport, modeConfirm:
		parts = append(parts, m.prompt.view(st, m.mode == modeConfirm, m.width))
	}
	if m.status != "" {
		s := st.status
		if m.statusErr {
			s = st.errLine
		}
		parts = append(parts, s.Render(clean(m.status)))
	}
	parts = append(parts, m.footerView())
	return clip(strings.Join(parts, "\n"), m.width, m.height)
}

// headerView is the title, the counts and the active filters.
func (m Model) headerView() string {
	st := m.styles
	s := st.title.Render("dateline") + st.header.Render(fmt.Sprintf("  %d of %s · %s · %s",
		len(m.view), plural(len(m.tl.Events), "event"), plural(m.nsrc, "source"), plural(len(m.tl.Articles), "article")))
	if !m.filter.IsZero() {
		s += "  " + st.filter.Render(clean(m.filter.String()))
	}
	return s
}

// footerView is the one-line help, or every key after ?.
func (m Model) footerView() string {
	switch {
	case m.mode == modePicker:
		return m.help.ShortHelpView(m.keys.pickerHelp())
	case m.mode == modeSearch && m.searchErr != "":
		return m.styles.errLine.Render(clean(m.searchErr))
	case m.mode == modeSearch:
		return m.help.ShortHelpView(m.keys.searchHelp())
	case m.showHelp:
		return m.help.FullHelpView(m.keys.FullHelp())
	}
	return m.help.ShortHelpView(m.keys.ShortHelp())
}

// loadingView shows how far loading has come.
func (m Model) loadingView() string {
	st := m.styles
	p := m.progress
	line := "Loading articles…"
	bar := ""
	if p.total > 0 {
		line = fmt.Sprintf("Loading articles… %d of %d files", p.done, p.total)
		if p.done >= p.total {
			line = fmt.Sprintf("Extracting events from %d files…", p.total)
		}
		w := min(40, m.width-4)
		n := w * p.done / p.total
		bar = st.title.Render(strings.Repeat("█", n)) + st.muted.Render(strings.Repeat("░", w-n))
	}
	box := lipgloss.JoinVertical(lipgloss.Left, st.title.Render("dateline"), "", st.header.Render(line), bar)
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, box)
}

// clip cuts s to at most w columns and h lines.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if width(l) > w {
			lines[i] = truncate(l, w)
		}
	}
	return strings.Join(lines, "\n")
}
