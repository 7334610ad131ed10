package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// detail shows one event: date, summary, actors, place and every source
// with its sentence, the date expression highlighted.
type detail struct {
	st            *styles
	event         *timeline.Event
	lines         []string // rendered lines, rebuilt on change and resize
	offset        int
	width, height int
}

func (d *detail) setEvent(e *timeline.Event) {
	if e != d.event {
		d.offset = 0
	}
	d.event = e
	d.render()
}

func (d *detail) resize(w, h int) {
	d.width, d.height = max(1, w), max(1, h)
	d.render()
}

func (d *detail) scrollKey(msg tea.KeyPressMsg, k KeyMap) {
	switch {
	case key.Matches(msg, k.Up):
		d.offset--
	case key.Matches(msg, k.Down):
		d.offset++
	case key.Matches(msg, k.PageUp):
		d.offset -= d.height
	case key.Matches(msg, k.PageDown):
		d.offset += d.height
	case key.Matches(msg, k.Top):
		d.offset = 0
	case key.Matches(msg, k.Bottom):
		d.offset = len(d.lines)
	}
	d.clamp()
}

// scroll moves the view by n lines.
func (d *detail) scroll(n int) {
	d.offset += n
	d.clamp()
}

func (d *detail) clamp() { d.offset = max(0, min(d.offset, len(d.lines)-d.height)) }

func (d *detail) render() {
	d.lines = d.lines[:0]
	if d.st == nil {
		return
	}
	if d.event == nil {
		d.lines = []string{d.st.muted.Render("Nothing selected.")}
		return
	}
	e, st, w := d.event, d.st, d.width
	add := func(s string) {
		d.lines = append(d.lines, strings.Split(ansi.Wrap(s, w, " "), "\n")...)
	}
	head := st.title.Render(e.Date.Label())
	if v := e.Date.String(); v != e.Date.Label() {
		head += st.muted.Render("  " + v)
	}
	add(head)
	add(st.summary.Render(clean(e.Summary)))
	d.lines = append(d.lines, "")
	if len(e.Actors) > 0 {
		add(st.label.Render("Actors  ") + st.actor.Render(clean(strings.Join(e.Actors, ", "))))
	}
	if e.Place != "" {
		add(st.label.Render("Place   ") + st.actor.Render(clean(e.Place)))
	}
	add(st.label.Render("Sources ") + st.muted.Render(fmt.Sprintf("%d from %s", len(e.Sources), plural(e.Corroboration(), "outlet"))))
	for n, s := range e.Sources {
		d.lines = append(d.lines, "")
		name := s.Outlet
		if name == "" {
			name = "Unknown outlet"
		}
		head := st.outlet.Render(fmt.Sprintf("[%d] %s", n+1, clean(name)))
		if s.Title != "" {
			head += st.muted.Render(" — ") + st.summary.Render(clean(s.Title))
		}
		if !s.Published.IsZero() {
			head += st.muted.Render(" · " + s.Published.Format("2 Jan 2006"))
		}
		add(head)
		if u := webURL(s.URL); u != "" {
			d.lines = append(d.lines, st.link.Hyperlink(u).Render(truncate(u, w)))
		} else if u := clean(s.URL); u != "" {
			add(st.muted.Render(u))
		} else if s.Path != "" {
			add(st.muted.Render(clean(s.Path)))
		}
		add(highlight(st, s))
	}
}

// highlight renders a source sentence with its date expression marked.
func highlight(st *styles, s timeline.Source) string {
	a, b := s.ExprStart-s.SentStart, s.ExprEnd-s.SentStart
	if a < 0 || b > len(s.Sentence) || a > b {
		return st.sentence.Render("“" + clean(s.Sentence) + "”")
	}
	return st.sentence.Render("“"+clean(s.Sentence[:a])) + st.expr.Render(clean(s.Sentence[a:b])) + st.sentence.Render(clean(s.Sentence[b:])+"”")
}

func (d *detail) view() string {
	lines := make([]string, 0, d.height)
	for i := d.offset; i < len(d.lines) && len(lines) < d.height; i++ {
		lines = append(lines, d.lines[i])
	}
	for len(lines) < d.height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		if pad := d.width - ansi.StringWidth(l); pad > 0 {
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
