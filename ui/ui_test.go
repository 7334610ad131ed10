package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

func TestViewShowsEventsAndDetail(t *testing.T) {
	s := screen(sized(t, 120, 30))
	for _, want := range []string{"dateline", "6 of 6 events", "2011 · 1 event", "since Sep 2015", "Mar 2023",
		"15 Jul 2024", "24 Jul 2024", "Jul 2024", "2●", "Turkey, Syria", "Sources", "Euronews", "“Turkey and Syria"} {
		if !strings.Contains(s, want) {
			t.Errorf("view lacks %q:\n%s", want, s)
		}
	}
}

func TestMovement(t *testing.T) {
	m := sized(t, 120, 30)
	cur := func() string { e := model(m).current(); return e.ID }
	for _, tc := range []struct {
		keys []string
		want string
	}{
		{nil, "e1"},
		{[]string{"j"}, "e2"},
		{[]string{"down", "down"}, "e6"},
		{[]string{"k"}, "e3"},
		{[]string{"G"}, "e5"},
		{[]string{"g"}, "e1"},
		{[]string{"]"}, "e2"},
		{[]string{"]", "]"}, "e6"},
		{[]string{"["}, "e3"},
		{[]string{"[", "["}, "e1"},
	} {
		m = press(m, tc.keys...)
		if got := cur(); got != tc.want {
			t.Errorf("after %v: got %s, want %s", tc.keys, got, tc.want)
		}
	}
}

func TestSearchIsIncrementalAndDiacriticInsensitive(t *testing.T) {
	m := press(sized(t, 120, 30), "/")
	m = typeText(m, "erdo")
	if got := len(model(m).view); got != 2 {
		t.Errorf("/erdo: got %d events, want 2", got)
	}
	m = typeText(m, "gan")
	got := summaries(m)
	if len(got) != 2 || !strings.Contains(got[0], "Erdoğan") {
		t.Errorf("/erdogan: got %q, want the two Erdoğan events", got)
	}
	if s := screen(m); !strings.Contains(s, "2 of 6 events") || !strings.Contains(s, "/erdogan") {
		t.Errorf("/erdogan: header or search line missing:\n%s", s)
	}
	m = press(m, "enter")
	if model(m).mode != modeBrowse || len(model(m).view) != 2 {
		t.Errorf("enter: got mode %d with %d events, want browsing 2", model(m).mode, len(model(m).view))
	}
	m = press(m, "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc: got %d events, want all 6", got)
	}
}

func TestSearchQualifiers(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  []string // event IDs
	}{
		{"actor:assad", []string{"e3", "e6", "e4", "e5"}},
		{"actor:assad from:2024", []string{"e6", "e4", "e5"}},
		{"to:2015", []string{"e1", "e2"}},
		{"from:2016 to:2023-06", []string{"e2", "e3"}},
		{"source:euronews kremlin", []string{"e5"}},
		{"PUTIN moscow", []string{"e3", "e5"}},
		{"actor:\"recep tayyip\" invite", []string{"e4"}},
	} {
		m := typeText(press(sized(t, 120, 30), "/"), tc.query)
		var got []string
		for _, i := range model(m).view {
			got = append(got, model(m).tl.Events[i].ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("/%s: got %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestSearchErrorKeepsLastView(t *testing.T) {
	m := typeText(press(sized(t, 120, 30), "/"), "to:2015")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015: got %d events, want 2", got)
	}
	m = typeText(m, "-")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015- while typing: got %d events, want the last good 2", got)
	}
	if s := screen(m); !strings.Contains(s, "not a date") {
		t.Errorf("to:2015-: no hint on the search line:\n%s", s)
	}
	m = typeText(m, "09")
	if got := len(model(m).view); got != 2 {
		t.Errorf("to:2015-09: got %d events, want 2", got)
	}
	m = press(m, "backspace", "backspace", "backspace", "backspace", "backspace")
	if got := len(model(m).view); got != 6 {
		t.Errorf("to:20 (the 21st century): got %d events, want 6", got)
	}
}

func TestActorPicker(t *testing.T) {
	m := press(sized(t, 120, 30), "a")
	if s := screen(m); !strings.Contains(s, "Bashar al-Assad") || !strings.Contains(s, "Actor:") {
		t.Fatalf("picker not shown:\n%s", s)
	}
	m = typeText(m, "ERDOG")
	if got := len(model(m).picker.shown); got != 1 {
		t.Errorf("picker narrowed to %d actors, want 1", got)
	}
	m = press(m, "space", "backspace", "backspace", "backspace", "backspace", "backspace")
	m = typeText(m, "putin")
	m = press(m, "space", "enter")
	if got, want := model(m).picked, []string{"Recep Tayyip Erdoğan", "Vladimir Putin"}; !slices.Equal(got, want) {
		t.Errorf("picked %q, want %q", got, want)
	}
	if got := len(model(m).view); got != 0 {
		t.Errorf("Erdoğan and Putin together: got %d events, want 0", got)
	}
	m = press(m, "a", "down", "space", "enter") // untick Putin: he is listed second among the ticked
	_ = m
	m = press(sized(t, 120, 30), "a")
	m = typeText(m, "putin")
	m = press(m, "space", "enter")
	if got := summaries(m); len(got) != 2 {
		t.Errorf("actor Putin: got %q, want 2 events", got)
	}
	if s := screen(m); !strings.Contains(s, `actor:"Vladimir Putin"`) {
		t.Errorf("header does not show the actor filter:\n%s", s)
	}
	m = press(m, "a", "space", "esc")
	if got := len(model(m).view); got != 2 {
		t.Errorf("esc in the picker changed the filter: got %d events, want 2", got)
	}
	m = press(m, "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc: got %d events, want 6", got)
	}
}

func TestPickerShowsCounts(t *testing.T) {
	s := screen(press(sized(t, 120, 30), "a"))
	if !strings.Contains(s, "Bashar al-Assad") {
		t.Fatalf("no Assad in the picker:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Bashar al-Assad") && !strings.Contains(l, " 4") {
			t.Errorf("Assad's line lacks his count 4: %q", l)
		}
	}
}

func TestCommandLineFilter(t *testing.T) {
	f, err := timeline.ParseQuery("actor:erdogan")
	if err != nil {
		t.Fatal(err)
	}
	m := modelFor(t, fixture(t), f, 120, 30)
	if got := len(model(m).view); got != 2 {
		t.Errorf("--actor erdogan: got %d events, want 2", got)
	}
	if s := screen(m); !strings.Contains(s, "actor:erdogan") {
		t.Errorf("header lacks the command-line filter:\n%s", s)
	}
	m = typeText(press(m, "/"), "kremlin")
	if got := len(model(m).view); got != 0 {
		t.Errorf("--actor erdogan /kremlin: got %d, want 0", got)
	}
	m = press(m, "esc", "esc")
	if got := len(model(m).view); got != 6 {
		t.Errorf("esc twice: got %d events, want 6", got)
	}
}

func TestHelp(t *testing.T) {
	m := sized(t, 120, 30)
	short := screen(m)
	m = press(m, "?")
	full := screen(m)
	for _, want := range []string{"previous year", "next year", "page up", "toggle actor", "top", "bottom", "export", "copy", "open"} {
		if !strings.Contains(full, want) {
			t.Errorf("? does not list %q:\n%s", want, full)
		}
	}
	if strings.Contains(short, "previous year") {
		t.Error("the short footer lists every key")
	}
	if s := screen(press(m, "?")); s != short {
		t.Error("? again does not go back to the short footer")
	}
}

func TestFocusScrollsDetail(t *testing.T) {
	m := sized(t, 80, 12)
	m = press(m, "tab")
	if model(m).focus != focusDetail {
		t.Fatal("tab did not focus the detail pane")
	}
	m = press(m, "j")
	if model(m).detail.offset != 1 {
		t.Errorf("j in the detail: offset %d, want 1", model(m).detail.offset)
	}
	if id := model(m).current().ID; id != "e1" {
		t.Errorf("j in the detail moved the list to %s", id)
	}
}

func TestMouse(t *testing.T) {
	m := sized(t, 120, 30)
	p := model(m).panes.list
	m, _ = m.Update(tea.MouseClickMsg{X: p.x + 3, Y: p.y + 4, Button: tea.MouseLeft}) // rows: 2011, e1, 2015, e2, 2023, e3
	if id := model(m).current().ID; id != "e3" {
		t.Errorf("click on the sixth row selected %s, want e3", id)
	}
	m, _ = m.Update(tea.MouseWheelMsg{X: p.x + 3, Y: p.y + 1, Button: tea.MouseWheelDown})
	if id := model(m).current().ID; id != "e6" {
		t.Errorf("wheel down selected %s, want e6", id)
	}
}

func TestTinyTerminal(t *testing.T) {
	for _, sz := range [][2]int{{24, 6}, {1, 1}, {39, 30}, {120, 9}} {
		s := screen(sized(t, sz[0], sz[1]))
		if sz[0] > 1 && !strings.Contains(strings.Join(strings.Fields(s), " "), "too small") {
			t.Errorf("%dx%d: got %q, want a too-small message", sz[0], sz[1], s)
		}
		lines := strings.Split(s, "\n")
		if len(lines) > sz[1] {
			t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > sz[0] {
				t.Errorf("%dx%d: line wider than the terminal: %q", sz[0], sz[1], l)
			}
		}
	}
}

func TestEveryLineFits(t *testing.T) {
	for _, sz := range [][2]int{{40, 10}, {80, 24}, {99, 30}, {100, 30}, {120, 40}, {200, 60}} {
		for _, keys := range [][]string{nil, {"?"}, {"/"}, {"a"}, {"e"}, {"G", "tab", "j"}} {
			m := press(sized(t, sz[0], sz[1]), keys...)
			s := screen(m)
			lines := strings.Split(s, "\n")
			if len(lines) > sz[1] {
				t.Errorf("%dx%d %v: %d lines", sz[0], sz[1], keys, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%dx%d %v: line of %d columns: %q", sz[0], sz[1], keys, w, l)
				}
			}
		}
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: 'c', Mod: tea.ModCtrl}} {
		_, cmd := sized(t, 80, 24).Update(k)
		if cmd == nil {
			t.Fatalf("%v returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%v did not quit", k)
		}
	}
}

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
	m, cmd := m.Update(loadedMsg{errs: []error{os.ErrNotExist}})
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
	if s := string(body); !strings.Contains(s, "2 events") || !strings.Contains(s, "Erdoğan") || strings.Contains(s, "Kremlin") {
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
	if !strings.Contains(string(b), "6 events") {
		t.Errorf("y did not overwrite with the whole view:\n%s", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
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

func TestIndexAgreesWithQuery(t *testing.T) {
	tls := map[string]*timeline.Timeline{"fixture": fixture(t), "synthetic": syntheticTimeline(t, 3000)}
	queries := []string{"", "e", "er", "erdogan", "ERDOĞAN", "assad moscow", "actor:assad", "actor:putin actor:assad",
		"actor:nobody", "from:2015", "to:2023-06", "from:2000 to:2010", "source:euronews", "source:ap kremlin",
		"gas", "gas pipeline", "zz", "actor:\"al-assad\" from:2020 grain", "2011", "july", "ğ"}
	for name, tl := range tls {
		x := newIndex(tl)
		for _, q := range queries {
			f, err := timeline.ParseQuery(q)
			if err != nil {
				t.Fatal(err)
			}
			want := tl.Query(f)
			for pass := range 2 { // the second answer comes from memory
				if got := x.query(f); !slices.Equal(got, want) {
					t.Errorf("%s %q pass %d: got %d events, want %d", name, q, pass, len(got), len(want))
				}
			}
		}
	}
}
