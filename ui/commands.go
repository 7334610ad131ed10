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

// copiedMsg reports that an event was sent to the clipboard, with the
// number of the source whose link was added (0 for none).
type copiedMsg struct {
	date   string
	source int
}

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
		if msg.source > 0 {
			m.status += fmt.Sprintf(" with source [%d]", msg.source)
		}
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

// openLink opens the link of the source selected in the detail pane when
// that pane has the focus, else the selected event's first http(s) link.
// Nothing but http and https is ever opened.
func (m Model) openLink() tea.Cmd {
	e := m.current()
	if e == nil {
		return nil
	}
	if s, n, ok := m.detail.source(); ok && m.focus == focusDetail {
		if u := webURL(s.URL); u != "" {
			return openCmd(m.browse, u)
		}
		return func() tea.Msg {
			return openedMsg{url: "a link", err: fmt.Errorf("source [%d] has no http(s) link", n+1)}
		}
	}
	for _, s := range e.Sources {
		if u := webURL(s.URL); u != "" {
			return openCmd(m.browse, u)
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

// openCmd hands u to the browser and reports how that went.
func openCmd(browse func(string) error, u string) tea.Cmd {
	return func() tea.Msg { return openedMsg{url: u, err: browse(u)} }
}

// startBrowser starts the system browser on u, its output discarded so
// that it cannot draw over the interface.
func startBrowser(u string) error {
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
		return err
	}
	go c.Wait() //nolint:errcheck // the browser's exit status is of no interest
	return nil
}

// copyEvent copies the selected event as Markdown with OSC 52; when the
// detail pane has the focus, a last line gives the selected source's link.
func (m Model) copyEvent() tea.Cmd {
	md, msg, ok := m.copyText()
	if !ok {
		return nil
	}
	return tea.Sequence(tea.SetClipboard(md), func() tea.Msg { return msg })
}

// copyText is what y copies and the report of it.
func (m Model) copyText() (string, copiedMsg, bool) {
	e := m.current()
	if e == nil {
		return "", copiedMsg{}, false
	}
	md := eventMarkdown(e)
	msg := copiedMsg{date: e.Date.Label()}
	if s, n, ok := m.detail.source(); ok && m.focus == focusDetail {
		msg.source = n + 1
		md += sourceLinkMarkdown(s, n)
	}
	return md, msg, true
}

// sourceLinkMarkdown is the Markdown line naming source n and its link.
func sourceLinkMarkdown(s timeline.Source, n int) string {
	name := s.Outlet
	if name == "" {
		name = s.Title
	}
	line := fmt.Sprintf("  - Source [%d]: %s", n+1, export.Escape(strings.Join(strings.Fields(name), " ")))
	if u := webURL(s.URL); u != "" {
		line += fmt.Sprintf(", <%s>", u)
	}
	return line + "\n"
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
