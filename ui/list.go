package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// list is the timeline list, grouped by year; only the visible window is
// drawn. Rows are not stored: row r is a year heading or an event, found
// from the view and the positions in it where a year starts, so that a new
// filter costs one pass over the view and no allocation per event.
type list struct {
	st            *styles
	tl            *timeline.Timeline
	years         []string // per event of tl: its year heading
	events        []int    // the view: indices into tl.Events, ascending
	heads         []int    // positions in events where a year group starts
	words         []string // folded search words, highlighted in the summaries
	cursor        int      // position in events of the selected event
	dateW         int      // width of the date column
	offset        int      // first row drawn
	width, height int
}

// setEvents shows the events of view (indices into tl.Events, ascending)
// under their year headings, keeping the selected event when it is shown.
func (l *list) setEvents(tl *timeline.Timeline, years []string, view []int) {
	keep, had := l.current()
	l.tl, l.years, l.events = tl, years, view
	l.heads = nil // a new slice: an earlier copy of the model may still read the old one
	year := ""
	for p, i := range view {
		if y := years[i]; p == 0 || y != year {
			year = y
			l.heads = append(l.heads, p)
		}
	}
	l.cursor = 0
	if had {
		if p, ok := slices.BinarySearch(view, keep); ok {
			l.cursor = p
		}
	}
	l.offset = 0
	l.scroll()
}

// rows is the number of rows: every event and every heading.
func (l *list) rows() int { return len(l.events) + len(l.heads) }

// group returns the year group of the event at position p.
func (l *list) group(p int) int {
	k, ok := slices.BinarySearch(l.heads, p)
	if !ok {
		k--
	}
	return k
}

// rowOf returns the row of the event at position p.
func (l *list) rowOf(p int) int { return p + l.group(p) + 1 }

// at returns what row r shows: the group k of a heading, or the position p
// of an event.
func (l *list) at(r int) (k, p int, heading bool) {
	// Heading k sits at row heads[k]+k; find the last one at or before r.
	k = sort.Search(len(l.heads), func(k int) bool { return l.heads[k]+k > r }) - 1
	if l.heads[k]+k == r {
		return k, 0, true
	}
	return k, r - k - 1, false
}

// groupSize is the number of events in year group k.
func (l *list) groupSize(k int) int {
	end := len(l.events)
	if k+1 < len(l.heads) {
		end = l.heads[k+1]
	}
	return end - l.heads[k]
}

func yearHeading(d timeline.Date) string {
	switch d.Precision {
	case timeline.Century, timeline.Decade:
		return d.Label()
	}
	return d.Start().Format("2006")
}

// current returns the selected event's index in tl.Events.
func (l list) current() (int, bool) {
	if l.cursor < 0 || l.cursor >= len(l.events) {
		return 0, false
	}
	return l.events[l.cursor], true
}

func (l *list) resize(w, h int) {
	l.width, l.height = max(1, w), max(1, h)
	l.scroll()
}

func (l *list) move(n int) {
	l.cursor = max(0, min(len(l.events)-1, l.cursor+n))
	l.scroll()
}

// update moves the cursor for a movement key.
func (l list) update(msg tea.KeyPressMsg, k KeyMap) (list, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.Top):
		l.move(-len(l.events))
	case key.Matches(msg, k.Bottom):
		l.move(len(l.events))
	case key.Matches(msg, k.PageUp):
		l.move(-l.height)
	case key.Matches(msg, k.PageDown):
		l.move(l.height)
	case key.Matches(msg, k.PrevYear):
		l.jumpYear(-1)
	case key.Matches(msg, k.NextYear):
		l.jumpYear(1)
	}
	return l, nil
}

// jumpYear moves to the first event of the next year group, or of this
// group and then the previous one.
func (l *list) jumpYear(dir int) {
	if len(l.events) == 0 {
		return
	}
	k := l.group(l.cursor)
	switch {
	case dir > 0 && k+1 < len(l.heads):
		l.cursor = l.heads[k+1]
	case dir < 0 && l.cursor != l.heads[k]:
		l.cursor = l.heads[k]
	case dir < 0 && k > 0:
		l.cursor = l.heads[k-1]
	}
	l.scroll()
}

// scroll keeps the cursor row (and its year heading when possible) visible.
func (l *list) scroll() {
	if len(l.events) == 0 {
		l.offset = 0
		return
	}
	r := l.rowOf(l.cursor)
	if r-1 < l.offset {
		l.offset = max(0, r-1)
	}
	if r >= l.offset+l.height {
		l.offset = r - l.height + 1
	}
}

// click selects the event on the given line of the pane (a heading
// selects the first event under it).
func (l *list) click(line int) {
	r := l.offset + line
	if r < 0 || r >= l.rows() {
		return
	}
	k, p, heading := l.at(r)
	if heading {
		p = l.heads[k]
	}
	l.cursor = p
	l.scroll()
}

// view draws the visible window of rows; the selection is dimmed when the
// list does not have the focus.
func (l *list) view(focused bool) string {
	lines := make([]string, 0, l.height)
	if len(l.events) == 0 {
		lines = append(lines, l.st.muted.Render(truncate("No events match. esc clears the filters.", l.width)))
	}
	for r := l.offset; r < l.rows() && len(lines) < l.height; r++ {
		k, p, heading := l.at(r)
		if heading {
			lines = append(lines, l.renderHeading(k))
		} else {
			lines = append(lines, l.renderEvent(l.events[p], p == l.cursor, focused))
		}
	}
	for len(lines) < l.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// renderHeading draws the heading of year group k with its event count.
func (l *list) renderHeading(k int) string {
	year := l.years[l.events[l.heads[k]]]
	n := plural(l.groupSize(k), "event")
	head := l.st.year.Render(year) + l.st.muted.Render(" · "+n+" ")
	if rule := l.width - width(year+" · "+n+" "); rule > 0 {
		head += l.st.muted.Render(strings.Repeat("─", rule))
	}
	return truncate(head, l.width)
}

// renderEvent draws event i: date, corroboration marker, summary.
func (l *list) renderEvent(i int, selected, focused bool) string {
	e := &l.tl.Events[i]
	dw := max(l.dateW, 4)
	date := fmt.Sprintf(" %-*s ", dw, truncate(e.Date.Label(), dw))
	mark := "  "
	if n := e.Corroboration(); n > 1 {
		mark = fmt.Sprintf("%d●", min(n, 9))
	}
	rest := max(0, l.width-dw-5)
	sum := truncate(clean(e.Summary), rest)
	pad := strings.Repeat(" ", max(0, l.width-width(date)-width(mark)-1-width(sum)))
	if len(l.words) > 0 {
		row, hl := l.st.summary, l.st.match
		switch {
		case selected && focused:
			row, hl = l.st.selected, l.st.matchSel
		case selected:
			row, hl = l.st.selectedDim, l.st.matchSel
		}
		head := l.st.date.Render(date) + l.st.marker.Render(mark) + " "
		if selected {
			head = row.Render(date + mark + " ")
		}
		return head + renderSpans(markSpans(l.words, hl, span{sum + pad, row}))
	}
	switch {
	case selected && focused:
		return l.st.selected.Render(date + mark + " " + sum + pad)
	case selected:
		return l.st.selectedDim.Render(date + mark + " " + sum + pad)
	}
	return l.st.date.Render(date) + l.st.marker.Render(mark) + " " + l.st.summary.Render(sum+pad)
}

// width is the number of columns s takes: its length for printable ASCII,
// which most of a timeline is, else what ansi measures.
func width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// wrap breaks plain text into lines of at most w columns.
func wrap(s string, w int) string { return ansi.Wrap(s, max(1, w), " ") }

// truncate cuts plain text to w columns with an ellipsis.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
