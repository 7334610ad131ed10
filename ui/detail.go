package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"dateline/timeline"
)

// detail shows one event: date, summary, actors, place and every source
// with its sentence, the date expression highlighted. While it has the
// focus, one source is selected (marked ▸): j/k move the mark, o and y act
// on that source.
type detail struct {
	st            *styles
	event         *timeline.Event
	lines         []string // rendered lines, rebuilt on change and resize
	srcLines      []int    // per source: the line its block starts on
	words         []string // folded search words, highlighted
	sel           int      // the selected source
	focused       bool     // the pane has the focus: the selection shows
	offset        int
	width, height int
}

func (d *detail) setEvent(e *timeline.Event) {
	if e != d.event {
		d.offset, d.sel = 0, 0
	}
	d.event = e
	d.render()
}

// setFocused shows or hides the selected-source mark.
func (d *detail) setFocused(on bool) {
	if on != d.focused {
		d.focused = on
		d.render()
	}
}

// source returns the selected source, when there is an event.
func (d *detail) source() (timeline.Source, int, bool) {
	if d.event == nil || d.sel >= len(d.event.Sources) {
		return timeline.Source{}, 0, false
	}
	return d.event.Sources[d.sel], d.sel, true
}

func (d *detail) resize(w, h int) {
	d.width, d.height = max(1, w), max(1, h)
	d.render()
}

// update moves the source mark for j/k, scrolling past the first and
// last source, and scrolls for the other movement keys.
func (d detail) update(msg tea.KeyPressMsg, k KeyMap) (detail, tea.Cmd) {
	n := len(d.srcLines)
	switch {
	case key.Matches(msg, k.Up) && d.sel > 0:
		d.choose(d.sel - 1)
	case key.Matches(msg, k.Down) && d.sel < n-1:
		d.choose(d.sel + 1)
	case key.Matches(msg, k.Up):
		d.offset--
	case key.Matches(msg, k.Down):
		d.offset++
	case key.Matches(msg, k.PageUp):
		d.offset -= d.height
	case key.Matches(msg, k.PageDown):
		d.offset += d.height
	case key.Matches(msg, k.Top):
		d.choose(0)
		d.offset = 0
	case key.Matches(msg, k.Bottom):
		d.choose(n - 1)
		d.offset = len(d.lines)
	}
	d.clamp()
	return d, nil
}

// choose selects source n and scrolls its block into view.
func (d *detail) choose(n int) {
	if n < 0 || n >= len(d.srcLines) {
		return
	}
	d.sel = n
	d.render()
	a, b := d.srcLines[n], len(d.lines)
	if n+1 < len(d.srcLines) {
		b = d.srcLines[n+1] - 1 // the blank line before the next block
	}
	switch {
	case a < d.offset:
		d.offset = a
	case b > d.offset+d.height:
		d.offset = min(a, b-d.height)
	}
	d.clamp()
}

// click selects the source whose block holds the given line of the pane.
func (d *detail) click(line int) {
	l := d.offset + line
	for n := len(d.srcLines) - 1; n >= 0; n-- {
		if d.srcLines[n] <= l {
			d.sel = n
			d.render()
			return
		}
	}
}

// scroll moves the view by n lines.
func (d *detail) scroll(n int) {
	d.offset += n
	d.clamp()
}

func (d *detail) clamp() { d.offset = max(0, min(d.offset, len(d.lines)-d.height)) }

func (d *detail) render() {
	d.lines, d.srcLines = nil, nil // never reused: an earlier copy of the model may still read them
	if d.st == nil {
		return
	}
	if d.event == nil {
		d.lines = []string{d.st.muted.Render(truncate("Nothing selected.", d.width))}
		return
	}
	e, st, w := d.event, d.st, d.width
	add := func(spans ...span) { d.lines = append(d.lines, wrapSpans(w, spans...)...) }
	// labeled draws "Label   value" with the value's further lines indented under it.
	labeled := func(label string, value span) {
		const indent = "        "
		for i, l := range wrapSpans(max(1, w-len(indent)), value) {
			if i == 0 {
				d.lines = append(d.lines, st.label.Render(label)+l)
			} else {
				d.lines = append(d.lines, indent+l)
			}
		}
	}
	head := []span{{e.Date.Label(), st.title}}
	if v := e.Date.String(); v != e.Date.Label() {
		head = append(head, span{"  " + v, st.muted})
	}
	add(head...)
	add(markSpans(d.words, st.match, span{clean(e.Summary), st.summary})...)
	d.lines = append(d.lines, "")
	if len(e.Actors) > 0 {
		labeled("Actors  ", span{clean(strings.Join(e.Actors, ", ")), st.actor})
	}
	if e.Place != "" {
		labeled("Place   ", span{clean(e.Place), st.actor})
	}
	count := fmt.Sprintf("%d from %s", len(e.Sources), plural(e.Corroboration(), "outlet"))
	if d.focused {
		count += " · j/k pick · o open"
	}
	labeled("Sources ", span{count, st.muted})
	for n, s := range e.Sources {
		d.lines = append(d.lines, "")
		d.srcLines = append(d.srcLines, len(d.lines))
		name := s.Outlet
		if name == "" {
			name = "Unknown outlet"
		}
		head := []span{{fmt.Sprintf("[%d] %s", n+1, clean(name)), st.outlet}}
		if d.focused && n == d.sel {
			head = []span{{"▸ ", st.check}, {fmt.Sprintf("[%d] %s", n+1, clean(name)), st.selected}}
		}
		if s.Title != "" {
			head = append(head, span{" — ", st.muted}, span{clean(s.Title), st.summary})
		}
		if !s.Published.IsZero() {
			head = append(head, span{" · " + s.Published.Format("2 Jan 2006"), st.muted})
		}
		add(head...)
		if u := webURL(s.URL); u != "" {
			d.lines = append(d.lines, st.link.Hyperlink(u).Render(truncate(u, w)))
		} else if u := clean(s.URL); u != "" {
			add(span{u, st.muted})
		} else if s.Path != "" {
			add(span{clean(s.Path), st.muted})
		}
		add(markSpans(d.words, st.match, sentenceSpans(st, s)...)...)
	}
}

// sentenceSpans is a source sentence in quotes with its date expression
// marked.
func sentenceSpans(st *styles, s timeline.Source) []span {
	a, b := s.ExprStart-s.SentStart, s.ExprEnd-s.SentStart
	if a < 0 || b > len(s.Sentence) || a >= b {
		return []span{{"“" + clean(s.Sentence) + "”", st.sentence}}
	}
	return []span{
		{"“" + clean(s.Sentence[:a]), st.sentence},
		{clean(s.Sentence[a:b]), st.expr},
		{clean(s.Sentence[b:]) + "”", st.sentence},
	}
}

// span is a run of plain text and the style it is drawn in.
type span struct {
	text  string
	style lipgloss.Style
}

// wrapSpans wraps the text of the spans to w columns as plain text, then
// styles every piece of every line, so a style never bleeds past a line
// end into the border.
func wrapSpans(w int, spans ...span) []string {
	var sb strings.Builder
	ends := make([]int, len(spans))
	for i, s := range spans {
		sb.WriteString(s.text)
		ends[i] = sb.Len()
	}
	plain := sb.String()
	var out []string
	pos := 0
	for _, l := range strings.Split(wrap(plain, w), "\n") {
		i := strings.Index(plain[pos:], l)
		if i < 0 { // wrapping changed the text: draw it unstyled rather than wrong
			out = append(out, l)
			continue
		}
		x, y := pos+i, pos+i+len(l)
		pos = y
		var line strings.Builder
		start := 0
		for k, end := range ends {
			if lo, hi := max(x, start), min(y, end); lo < hi {
				line.WriteString(spans[k].style.Render(plain[lo:hi]))
			}
			start = end
		}
		out = append(out, line.String())
	}
	return out
}

// view draws the visible lines; when more follow, the last line says how
// many and how to reach them.
func (d *detail) view(focused bool) string {
	lines := make([]string, 0, d.height)
	for i := d.offset; i < len(d.lines) && len(lines) < d.height; i++ {
		lines = append(lines, d.lines[i])
	}
	if more := len(d.lines) - d.offset - d.height; more > 0 && d.height > 1 {
		how := "tab, then j"
		if focused {
			how = "j or pgdn"
		}
		lines[len(lines)-1] = d.st.muted.Render(truncate(fmt.Sprintf("↓ %d more lines · %s", more+1, how), d.width))
	}
	for len(lines) < d.height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		if pad := d.width - width(l); pad > 0 {
			lines[i] = l + strings.Repeat(" ", pad)
		}
	}
	return strings.Join(lines, "\n")
}

// plural writes "1 source", "2 sources".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
