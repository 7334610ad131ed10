package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestViewShowsEventsAndDetail(t *testing.T) {
	s := screen(sized(t, 120, 30))
	for _, want := range []string{"dateline", "6 of 6 events", "2011 · 1 event", " since Sep 2015 2● Russia", "Mar 2023",
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

func TestHelp(t *testing.T) {
	m := sized(t, 120, 30)
	short := screen(m)
	m = press(m, "?")
	full := screen(m)
	for _, want := range []string{"previous year", "next year", "page up", "toggle actor", "top", "bottom", "export", "copy", "open", "pick a source"} {
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
		for _, keys := range [][]string{nil, {"?"}, {"/"}, {"a"}, {"e"}, {"G", "tab", "j"},
			{"/", "z", "z", "z"}, {"a", "z", "z", "z"}} {
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

func TestCtrlCQuitsFromInputs(t *testing.T) {
	for _, open := range []string{"/", "a", "e"} {
		_, cmd := press(sized(t, 80, 24), open).Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
		if cmd == nil {
			t.Fatalf("%s then ctrl+c: no command", open)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s then ctrl+c did not quit", open)
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

func TestWrapSpansRestylesEveryLine(t *testing.T) {
	st := newStyles(true, false)
	spans := []span{{"“Putin and Assad last met in Moscow in ", st.sentence}, {"March 2023", st.expr}, {", the Kremlin said.”", st.sentence}}
	lines := wrapSpans(20, spans...)
	var plain []string
	for _, l := range lines {
		p := ansi.Strip(l)
		plain = append(plain, p)
		if w := ansi.StringWidth(p); w > 20 {
			t.Errorf("line of %d columns: %q", w, p)
		}
		if p != "" && !strings.HasPrefix(l, "\x1b[") {
			t.Errorf("line %q does not open its style", p)
		}
		if !strings.HasSuffix(l, "m") {
			t.Errorf("line %q does not close its style", p)
		}
	}
	if got, want := strings.Join(plain, " "), "“Putin and Assad last met in Moscow in March 2023, the Kremlin said.”"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var hl []string
	for _, l := range lines {
		if strings.Contains(l, st.expr.Render("March")) || strings.Contains(l, st.expr.Render("March 2023")) {
			hl = append(hl, ansi.Strip(l))
		}
	}
	if len(hl) == 0 {
		t.Errorf("the date expression is not highlighted: %q", lines)
	}
}

// TestRandomKeysNeverBreakTheScreen presses random keys and resizes the
// window at random: no panic, and every frame fits the terminal.
func TestRandomKeysNeverBreakTheScreen(t *testing.T) {
	keys := []string{"j", "k", "g", "G", "[", "]", "/", "a", "e", "esc", "enter", "tab", "space", "backspace",
		"?", "up", "down", "x", "z", "n", "y", "ğ", "1"}
	r := rand.New(rand.NewPCG(7, 11))
	m := sized(t, 80, 24)
	w, h := 80, 24
	for i := range 3000 {
		var msg tea.Msg = keyMsg(keys[r.IntN(len(keys))]) // commands are not run: no file is written
		if r.IntN(20) == 0 {
			w, h = 1+r.IntN(160), 1+r.IntN(50)
			msg = tea.WindowSizeMsg{Width: w, Height: h}
		}
		m, _ = m.Update(msg)
		s := screen(m)
		if lines := strings.Split(s, "\n"); len(lines) > h {
			t.Fatalf("step %d at %dx%d: %d lines", i, w, h, len(lines))
		}
		for _, l := range strings.Split(s, "\n") {
			if ansi.StringWidth(l) > w {
				t.Fatalf("step %d at %dx%d: line of %d columns: %q", i, w, h, ansi.StringWidth(l), l)
			}
		}
	}
}
