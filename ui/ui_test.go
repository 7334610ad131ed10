package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/data"
	"dateline/timeline"
)

func fixture(t *testing.T) *timeline.Timeline {
	t.Helper()
	arts := []data.Article{
		{ID: "a1", Outlet: "Example News", Title: "Talks", Published: time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC),
			Text: "Vladimir Putin met Bashar al-Assad in Moscow on 24 July 2024. In March 2011, protests erupted in Syria."},
		{ID: "a2", Outlet: "Evil\x1b]0;pwned\x07 Outlet", Title: "Title\x1b[2J",
			Published: time.Date(2024, 7, 25, 0, 0, 0, 0, time.UTC),
			Text:      "Recep Tayyip Erdoğan spoke on 15 July 2024 \x1b]0;owned\x07 about Syria."},
	}
	return timeline.Build(arts)
}

func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "tab":
			msg = tea.KeyPressMsg{Code: tea.KeyTab}
		default:
			r := []rune(k)[0]
			msg = tea.KeyPressMsg{Code: r, Text: k}
		}
		m, _ = m.Update(msg)
	}
	return m
}

func screen(m tea.Model) string { return ansi.Strip(m.(Model).View().Content) }

func sized(t *testing.T, w, h int) tea.Model {
	tl := fixture(t)
	var m tea.Model = New(func(func(int, int)) (*timeline.Timeline, []error) { return tl, nil }, timeline.Filter{}, Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = m.Update(loadedMsg{tl: tl, idx: newIndex(tl)})
	return m
}

func TestViewShowsEventsAndDetail(t *testing.T) {
	s := screen(sized(t, 120, 30))
	for _, want := range []string{"dateline", "2011", "Mar 2011", "24 Jul 2024", "Sources"} {
		if !strings.Contains(s, want) {
			t.Errorf("view lacks %q:\n%s", want, s)
		}
	}
}

func TestMovementAndSearch(t *testing.T) {
	m := sized(t, 120, 30)
	first, _ := m.(Model).list.current()
	m = press(m, "j")
	second, _ := m.(Model).list.current()
	if first == second {
		t.Fatalf("j did not move: still on %d", first)
	}
	m = press(m, "/", "e", "r", "d", "o", "g", "a", "n")
	if got := len(m.(Model).view); got != 1 {
		t.Errorf("search erdogan: got %d events, want 1", got)
	}
	m = press(m, "esc")
	if got := len(m.(Model).view); got != len(m.(Model).tl.Events) {
		t.Errorf("esc: got %d events, want all %d", got, len(m.(Model).tl.Events))
	}
}

func TestNoEscapeSequencesReachTheScreen(t *testing.T) {
	m := sized(t, 120, 30)
	// Select every event in turn; the raw view must never carry the article's OSC or CSI.
	for i := 0; i < 4; i++ {
		raw := m.(Model).View().Content
		for _, bad := range []string{"pwned", "owned", "\x1b]0;", "\x1b[2J", "\x07"} {
			if strings.Contains(raw, bad) {
				t.Fatalf("view carries %q from an article", bad)
			}
		}
		m = press(m, "j")
	}
}

func TestTinyTerminal(t *testing.T) {
	s := screen(sized(t, 24, 6))
	if !strings.Contains(s, "too small") {
		t.Errorf("24x6: got %q, want a too-small message", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 24 {
			t.Errorf("line wider than the terminal: %q", l)
		}
	}
}

func TestQuit(t *testing.T) {
	_, cmd := sized(t, 80, 24).Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q did not quit")
	}
}
