package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dateline/timeline"
)

func TestLoading(t *testing.T) {
	tl := fixture(t)
	var m tea.Model = New(func(func(int, int)) (*timeline.Timeline, []error) { return tl, nil }, timeline.Filter{}, Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ = m.Update(progressMsg{done: 3, total: 10})
	if s := screen(m); !strings.Contains(s, "3 of 10 files") {
		t.Errorf("progress not shown:\n%s", s)
	}
	m = press(m, "j", "/", "a") // ignored while loading
	m, _ = m.Update(loadedMsg{tl: tl, idx: newIndex(tl), errs: []error{os.ErrPermission, os.ErrNotExist}})
	s := screen(m)
	if !strings.Contains(s, "skipped 2 file(s)") || !strings.Contains(s, "6 of 6 events") {
		t.Errorf("loaded view lacks the events or the skipped files:\n%s", s)
	}
	if model(m).mode != modeBrowse {
		t.Errorf("keys pressed while loading opened mode %d", model(m).mode)
	}
	if s := screen(press(m, "esc")); strings.Contains(s, "skipped") {
		t.Errorf("esc did not dismiss the status line:\n%s", s)
	}
}

func TestLoadRunsTheLoader(t *testing.T) {
	tl := fixture(t)
	ch := newProgress()
	msg := loadCmd(func(p func(int, int)) (*timeline.Timeline, []error) {
		for i := range 5 {
			p(i+1, 5) // more reports than the interface reads: only the last counts
		}
		return tl, nil
	}, ch)()
	lm, ok := msg.(loadedMsg)
	if !ok || lm.tl != tl || lm.idx == nil {
		t.Fatalf("loadCmd returned %#v, want the timeline and its index", msg)
	}
	if p, ok := waitProgress(ch)().(progressMsg); !ok || p.done != 5 || p.total != 5 {
		t.Errorf("progress: got %v, want the last report 5 of 5", p)
	}
	if got := waitProgress(ch)(); got != nil {
		t.Errorf("after loading, waitProgress returned %v, want nil", got)
	}
}

func TestNothingLoadedQuitsWithError(t *testing.T) {
	var m tea.Model = New(nil, timeline.Filter{}, Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m, cmd := m.Update(loadedMsg{errs: []error{os.ErrNotExist}})
	if s := screen(m); !strings.Contains(s, "no article could be loaded") {
		t.Errorf("no timeline: view %q, want the error", s)
	}
	if cmd == nil || model(m).Err() == nil {
		t.Fatal("no timeline: want an error and a quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("no timeline: did not quit")
	}
}

func TestExportDefaultPath(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"", "timeline.md"},
		{"actor:erdogan", "timeline-erdogan.md"},
		{"actor:\"Bashar al-Assad\" from:2015", "timeline-bashar-al-assad-from-2015.md"},
	} {
		f, _ := timeline.ParseQuery(tc.q)
		if got := defaultExportPath(f); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestExportWritesTheViewAndAsksBeforeOverwriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "erdogan.md")
	m := typeText(press(sized(t, 120, 30), "/"), "erdogan")
	m = press(m, "enter", "e")
	if s := screen(m); !strings.Contains(s, "Export Markdown to: timeline-erdogan.md") {
		t.Errorf("no prompt with a default path:\n%s", s)
	}
	mm := model(m)
	mm.prompt.input.SetValue(path)
	m = run(t, mm, keyMsg("enter"))
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(body); exportedEvents(s) != 2 || !strings.Contains(s, "Erdoğan") || strings.Contains(s, "Kremlin") {
		t.Errorf("export is not the filtered view:\n%s", s)
	}
	if s := screen(m); !strings.Contains(s, "wrote 2 events to "+path) {
		t.Errorf("no report of the path written:\n%s", s)
	}
	// Again: the file exists, so it asks; n keeps it, y overwrites.
	m = press(m, "esc", "esc", "e")
	mm = model(m)
	mm.prompt.input.SetValue(path)
	m = run(t, mm, keyMsg("enter"))
	if s := screen(m); !strings.Contains(s, "exists. Overwrite it?") {
		t.Fatalf("no overwrite question:\n%s", s)
	}
	m = run(t, m, keyMsg("n"))
	if b, _ := os.ReadFile(path); string(b) != string(body) {
		t.Error("n overwrote the file")
	}
	m = run(t, m, keyMsg("enter"))
	m = run(t, m, keyMsg("y"))
	b, _ := os.ReadFile(path)
	if exportedEvents(string(b)) != 6 {
		t.Errorf("y did not overwrite with the whole view:\n%s", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestExportIntoAFolderAndErrors(t *testing.T) {
	dir := t.TempDir()
	m := press(sized(t, 120, 30), "e")
	mm := model(m)
	mm.prompt.input.SetValue(dir)
	m = run(t, mm, keyMsg("enter"))
	if _, err := os.Stat(filepath.Join(dir, "timeline.md")); err != nil {
		t.Errorf("export to a folder: %v", err)
	}
	m = press(m, "e")
	mm = model(m)
	mm.prompt.input.SetValue(filepath.Join(dir, "missing", "x.md"))
	m = run(t, mm, keyMsg("enter"))
	if s := screen(m); !strings.Contains(s, "export ") || !strings.Contains(s, "no such file") {
		t.Errorf("export into a missing folder: no error shown:\n%s", s)
	}
	if model(m).mode != modeBrowse {
		t.Errorf("after a failed export: mode %d, want browsing", model(m).mode)
	}
}

// run sends msg and then runs the returned command (and any command that
// answers) synchronously, feeding the results back.
func run(t *testing.T, m tea.Model, msg tea.Msg) tea.Model {
	t.Helper()
	for range 10 {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd == nil {
			return m
		}
		if msg = cmd(); msg == nil {
			return m
		}
	}
	t.Fatal("commands did not settle")
	return m
}

func TestCopyAndOpen(t *testing.T) {
	m := press(sized(t, 120, 30), "G") // 24 Jul 2024, two sources
	_, cmd := m.Update(keyMsg("y"))
	if cmd == nil {
		t.Fatal("y returned no command")
	}
	md := eventMarkdown(model(m).current())
	for _, want := range []string{"**24 Jul 2024**", "Actors: Vladimir Putin, Bashar al-Assad", "> Putin hosted Assad", "<https://apnews.com/"} {
		if !strings.Contains(md, want) {
			t.Errorf("copied Markdown lacks %q:\n%s", want, md)
		}
	}
	m = press(sized(t, 120, 30), "G", "k") // 15 Jul 2024: only a javascript: link
	m = run(t, m, keyMsg("o"))
	if s := screen(m); !strings.Contains(s, "no http(s) link") {
		t.Errorf("o on a javascript: link:\n%s", s)
	}
}

func TestWebURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://example.com/a", "https://example.com/a"},
		{"HTTP://example.com", "HTTP://example.com"},
		{"javascript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"https://example.com/\x1b]0;x\x07", ""},
		{"https://example.com/ a", ""},
	} {
		if got := webURL(tc.in); got != tc.want {
			t.Errorf("webURL(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// exportedEvents counts the events of a Markdown export.
func exportedEvents(md string) int {
	n := 0
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "- **") {
			n++
		}
	}
	return n
}
