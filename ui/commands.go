package ui

import (
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"

	"dateline/timeline"
	"dateline/timeline/export"
)

// progressMsg reports loading progress: done of total input files read.
type progressMsg struct{ done, total int }

// loadedMsg carries the built timeline (nil when nothing loaded) and the
// per-file problems.
type loadedMsg struct {
	tl   *timeline.Timeline
	idx  *index // built in the background too
	errs []error
}

// progress carries the latest loading report from the loader's
// goroutines to the interface: reports coalesce, the last one always arrives.
type progress struct {
	mu     sync.Mutex
	latest progressMsg
	ready  chan struct{} // one pending wake-up; closed when loading ends
}

func newProgress() *progress { return &progress{ready: make(chan struct{}, 1)} }

// report records done of total files and wakes the waiting command.
func (p *progress) report(done, total int) {
	p.mu.Lock()
	if done >= p.latest.done {
		p.latest = progressMsg{done, total}
	}
	p.mu.Unlock()
	select {
	case p.ready <- struct{}{}:
	default:
	}
}

// loadCmd runs load in the background, reporting its progress to p, and
// returns the timeline with its index.
func loadCmd(load Loader, p *progress) tea.Cmd {
	return func() tea.Msg {
		defer close(p.ready)
		tl, errs := load(p.report)
		var idx *index
		if tl != nil {
			idx = newIndex(tl)
		}
		return loadedMsg{tl: tl, errs: errs, idx: idx}
	}
}

// waitProgress waits for the next progress report; it returns nil once
// loading is over.
func waitProgress(p *progress) tea.Cmd {
	return func() tea.Msg {
		if _, ok := <-p.ready; !ok {
			return nil
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.latest
	}
}

// loaded installs the timeline, or quits when there is none.
func (m Model) loaded(msg loadedMsg) (tea.Model, tea.Cmd) {
	m.loading = false
	if msg.tl == nil {
		m.err = fmt.Errorf("no article could be loaded: %w", firstErr(msg.errs))
		return m, tea.Quit
	}
	m.tl, m.idx = msg.tl, msg.idx
	m.list.dateW = msg.idx.dateW
	if len(msg.errs) > 0 {
		s := fmt.Sprintf("skipped %d file(s): %v", len(msg.errs), msg.errs[0])
		if len(msg.errs) > 1 {
			s += fmt.Sprintf(" (and %d more)", len(msg.errs)-1)
		}
		m.status, m.statusErr = s+" · esc dismisses", true
	}
	m.applyFilter()
	m.layout()
	return m, nil
}

func firstErr(errs []error) error {
	if len(errs) == 0 {
		return fmt.Errorf("no input")
	}
	return errs[0]
}

// openedMsg reports that a link was handed to the browser.
type openedMsg struct {
	url string
	err error
}

// copiedMsg reports that an event was sent to the clipboard.
type copiedMsg struct{ date string }

// result shows the outcome of a command in the status line.
func (m Model) result(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.statusErr = false
	switch msg := msg.(type) {
	case openedMsg:
		m.status = "opened " + msg.url
		if msg.err != nil {
			m.status, m.statusErr = fmt.Sprintf("could not open %s: %v", msg.url, msg.err), true
		}
	case copiedMsg:
		m.status = "copied the " + msg.date + " event as Markdown"
	case exportedMsg:
		m.mode = modeBrowse
		m.status = fmt.Sprintf("wrote %d events to %s", msg.events, msg.path)
		if msg.err != nil {
			m.status, m.statusErr = msg.err.Error(), true
		}
	case existsMsg:
		m.mode = modeConfirm
		m.prompt.path = msg.path
	}
	m.layout()
	return m, nil
}

// openLink opens the selected event's first http(s) source link.
func (m Model) openLink() tea.Cmd {
	e := m.current()
	if e == nil {
		return nil
	}
	for _, s := range e.Sources {
		if u := webURL(s.URL); u != "" {
			return openCmd(u)
		}
	}
	return func() tea.Msg {
		return openedMsg{url: "a link", err: fmt.Errorf("this event's sources have no http(s) link")}
	}
}

// webURL returns u when it is an http or https URL free of control
// characters, else "".
func webURL(u string) string {
	l := strings.ToLower(u)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return ""
	}
	if clean(u) != u || strings.ContainsAny(u, " \"'`<>\\") {
		return ""
	}
	return u
}

// openCmd starts the system browser on u, its output discarded so that it
// cannot draw over the interface.
func openCmd(u string) tea.Cmd {
	return func() tea.Msg {
		var c *exec.Cmd
		switch runtime.GOOS {
		case "darwin":
			c = exec.Command("open", u)
		case "windows":
			c = exec.Command("rundll32", "url.dll,FileProtocolHandler", u)
		default:
			c = exec.Command("xdg-open", u)
		}
		c.Stdin, c.Stdout, c.Stderr = nil, nil, nil // /dev/null
		if err := c.Start(); err != nil {
			return openedMsg{url: u, err: err}
		}
		go c.Wait() //nolint:errcheck // the browser's exit status is of no interest
		return openedMsg{url: u}
	}
}

// copyEvent copies the selected event as Markdown with OSC 52.
func (m Model) copyEvent() tea.Cmd {
	e := m.current()
	if e == nil {
		return nil
	}
	md := eventMarkdown(e)
	date := e.Date.Label()
	return tea.Sequence(tea.SetClipboard(md), func() tea.Msg { return copiedMsg{date: date} })
}

// eventMarkdown renders one event the way the Markdown export does.
func eventMarkdown(e *timeline.Event) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "- **%s**: %s\n", e.Date.Label(), export.Escape(e.Summary))
	if len(e.Actors) > 0 {
		fmt.Fprintf(&sb, "  - Actors: %s\n", export.Escape(strings.Join(e.Actors, ", ")))
	}
	if e.Place != "" {
		fmt.Fprintf(&sb, "  - Place: %s\n", export.Escape(e.Place))
	}
	for _, s := range e.Sources {
		name := s.Outlet
		if name == "" {
			name = s.Title
		}
		fmt.Fprintf(&sb, "  > %s — %s", export.Escape(strings.Join(strings.Fields(s.Sentence), " ")), export.Escape(name))
		if u := webURL(s.URL); u != "" {
			fmt.Fprintf(&sb, ", <%s>", u)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}
