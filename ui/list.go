package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// row is one line of the list: a year heading or an event.
type row struct {
	year  string // set for a heading
	event int    // index into Timeline.Events for an event row; event count for a heading
}

// list is the timeline list, grouped by year; only the visible window is drawn.
type list struct {
	st            *styles
	tl            *timeline.Timeline
	rows          []row
	eventRows     []int // positions in rows of the event rows
	cursor        int   // index into eventRows
	dateW         int   // width of the date column
	offset        int   // first row drawn
	width, height int
}

// setEvents shows the events of view (indices into tl.Events, in order)
// under their year headings, keeping the selected event when it is shown.
func (l *list) setEvents(tl *timeline.Timeline, years []string, view []int) {
	var keep = -1
	if i, ok := l.current(); ok {
		keep = i
	}
	l.tl = tl
	// New slices, never reused: an earlier copy of the model may still read the old ones.
	l.rows = make([]row, 0, len(view)+len(view)/16+1)
	l.eventRows = make([]int, 0, len(view))
	year := ""
	l.cursor = 0
	head := -1
	for _, i := range view {
		if y := years[i]; y != year {
			year = y
			head = len(l.rows)
			l.rows = append(l.rows, row{year: y})
		}
		l.rows[head].event++
		if i == keep {
			l.cursor = len(l.eventRows)
		}
		l.eventRows = append(l.eventRows, len(l.rows))
		l.rows = append(l.rows, row{event: i})
	}
	l.offset = 0
	l.scroll()
}

func yearHeading(d timeline.Date) string {
	switch d.Precision {
	case timeline.Century, timeline.Decade:
		return d.Label()
	}
	return d.Start().Format("2006")
}

func (l list) current() (int, bool) {
	if l.cursor < 0 || l.cursor >= len(l.eventRows) {
		return 0, false
	}
	return l.rows[l.eventRows[l.cursor]].event, true
}

func (l *list) resize(w, h int) {
	l.width, l.height = max(1, w), max(1, h)
	l.scroll()
}

func (l *list) move(n int) {
	l.cursor = max(0, min(len(l.eventRows)-1, l.cursor+n))
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
		l.move(-len(l.eventRows))
	case key.Matches(msg, k.Bottom):
		l.move(len(l.eventRows))
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

// jumpYear moves to the first event of the previous or next year group.
func (l *list) jumpYear(dir int) {
	if len(l.eventRows) == 0 {
		return
	}
	r := l.eventRows[l.cursor]
	head := r - 1
	for head > 0 && l.rows[head].year == "" {
		head--
	}
	if dir > 0 {
		for r++; r < len(l.rows) && l.rows[r].year == ""; r++ {
		}
		if r >= len(l.rows) {
			return
		}
		r++
	} else {
		if l.eventRows[l.cursor] != head+1 {
			r = head + 1
		} else {
			if head == 0 {
				return
			}
			for r = head - 1; r > 0 && l.rows[r].year == ""; r-- {
			}
			r++
		}
	}
	if i, ok := slices.BinarySearch(l.eventRows, r); ok {
		l.cursor = i
	}
	l.scroll()
}

// scroll keeps the cursor row (and its year heading when possible) visible.
func (l *list) scroll() {
	if len(l.eventRows) == 0 {
		l.offset = 0
		return
	}
	r := l.eventRows[l.cursor]
	if r-1 < l.offset {
		l.offset = max(0, r-1)
	}
	if r >= l.offset+l.height {
		l.offset = r - l.height + 1
	}
}

// click selects the event on the given line of the pane (a heading
// selects the event below it).
func (l *list) click(line int) {
	r := l.offset + line
	if r < 0 || r >= len(l.rows) {
		return
	}
	if l.rows[r].year != "" && r+1 < len(l.rows) {
		r++
	}
	if i, ok := slices.BinarySearch(l.eventRows, r); ok {
		l.cursor = i
		l.scroll()
	}
}

// view draws the visible window of rows; the selection is dimmed when the
// list does not have the focus.
func (l *list) view(focused bool) string {
	lines := make([]string, 0, l.height)
	if len(l.rows) == 0 {
		lines = append(lines, l.st.muted.Render(truncate("No events match. esc clears the filters.", l.width)))
	}
	sel := -1
	if len(l.eventRows) > 0 {
		sel = l.eventRows[l.cursor]
	}
	for r := l.offset; r < len(l.rows) && len(lines) < l.height; r++ {
		lines = append(lines, l.renderRow(r, r == sel, focused))
	}
	for len(lines) < l.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

func (l *list) renderRow(r int, selected, focused bool) string {
	rw := l.rows[r]
	if rw.year != "" {
		n := plural(rw.event, "event")
		head := l.st.year.Render(rw.year) + l.st.muted.Render(" · "+n+" ")
		if rule := l.width - ansi.StringWidth(rw.year+" · "+n+" "); rule > 0 {
			head += l.st.muted.Render(strings.Repeat("─", rule))
		}
		return truncate(head, l.width)
	}
	e := &l.tl.Events[rw.event]
	dw := max(l.dateW, 4)
	date := fmt.Sprintf(" %-*s ", dw, truncate(e.Date.Label(), dw))
	mark := "  "
	if n := e.Corroboration(); n > 1 {
		mark = fmt.Sprintf("%d●", min(n, 9))
	}
	rest := max(0, l.width-dw-5)
	sum := truncate(clean(e.Summary), rest)
	line := date + mark + " " + sum
	if pad := l.width - ansi.StringWidth(line); pad > 0 {
		line += strings.Repeat(" ", pad)
	}
	if selected && focused {
		return l.st.selected.Render(line)
	}
	if selected {
		return l.st.selectedDim.Render(line)
	}
	return l.st.date.Render(date) + l.st.marker.Render(mark) + " " + l.st.summary.Render(sum+strings.Repeat(" ", max(0, l.width-ansi.StringWidth(date+mark+" "+sum))))
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
