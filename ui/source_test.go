package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// withBrowser replaces the system browser with one that records the links
// it is given.
func withBrowser(m tea.Model, opened *[]string) tea.Model {
	mm := model(m)
	mm.browse = func(u string) error { *opened = append(*opened, u); return nil }
	return mm
}

const (
	euURL = "https://www.euronews.com/2024/07/25/putin-hosts-assad"
	apURL = "https://apnews.com/article/russia-syria-putin-assad"
)

func TestDetailChoosesSource(t *testing.T) {
	m := press(sized(t, 120, 40), "G") // 24 Jul 2024: Euronews, then AP
	if s := screen(m); strings.Contains(s, "▸") {
		t.Errorf("the source mark shows while the list has the focus:\n%s", s)
	}
	for _, tc := range []struct {
		keys []string
		sel  int
		mark string
	}{
		{[]string{"tab"}, 0, "▸ [1] Euronews"},
		{[]string{"j"}, 1, "▸ [2] AP"},
		{[]string{"j"}, 1, "▸ [2] AP"}, // past the last source: scrolls
		{[]string{"k"}, 0, "▸ [1] Euronews"},
		{[]string{"G"}, 1, "▸ [2] AP"},
		{[]string{"g"}, 0, "▸ [1] Euronews"},
	} {
		m = press(m, tc.keys...)
		if got := model(m).detail.sel; got != tc.sel {
			t.Errorf("after %v: got source %d, want %d", tc.keys, got, tc.sel)
		}
		s := screen(m)
		if !strings.Contains(s, tc.mark) || strings.Count(s, "▸") != 1 {
			t.Errorf("after %v: want one mark on %q:\n%s", tc.keys, tc.mark, s)
		}
		if id := model(m).current().ID; id != "e5" {
			t.Errorf("after %v: j/k in the detail moved the list to %s", tc.keys, id)
		}
	}
	m = press(m, "tab")
	if s := screen(m); strings.Contains(s, "▸") {
		t.Errorf("the source mark shows after tab back to the list:\n%s", s)
	}
	if m = press(m, "k", "j"); model(m).detail.sel != 0 {
		t.Errorf("a new event keeps source %d selected, want 0", model(m).detail.sel)
	}
}

func TestOpenActsOnTheChosenSource(t *testing.T) {
	var opened []string
	m := withBrowser(press(sized(t, 120, 40), "G"), &opened)
	m = run(t, m, keyMsg("o")) // list focus: the first link
	m = press(m, "tab", "j")
	m = run(t, m, keyMsg("o")) // detail focus, second source
	m = press(m, "k")
	m = run(t, m, keyMsg("o"))
	want := []string{euURL, apURL, euURL}
	if strings.Join(opened, " ") != strings.Join(want, " ") {
		t.Errorf("opened %q, want %q", opened, want)
	}
	if s := screen(m); !strings.Contains(s, "opened "+euURL) {
		t.Errorf("status does not say what was opened:\n%s", s)
	}
	// 15 Jul 2024: its only source has a javascript: link, never opened.
	opened = nil
	m = press(m, "tab", "k", "tab")
	m = run(t, m, keyMsg("o"))
	if len(opened) != 0 {
		t.Errorf("opened %q from a javascript: link", opened)
	}
	if s := screen(m); !strings.Contains(s, "source [1] has no http(s) link") {
		t.Errorf("o on a javascript: source:\n%s", s)
	}
}

func TestCopyAddsTheChosenSource(t *testing.T) {
	m := press(sized(t, 120, 40), "G")
	md, msg, _ := model(m).copyText()
	if strings.Contains(md, "Source [") || msg.source != 0 {
		t.Errorf("list focus: copied a source line:\n%s", md)
	}
	m = press(m, "tab", "j")
	md, msg, ok := model(m).copyText()
	if !ok || msg.source != 2 {
		t.Fatalf("detail focus on source 2: got source %d", msg.source)
	}
	for _, want := range []string{"**24 Jul 2024**", "> Putin hosted Assad", "  - Source [2]: AP, <" + apURL + ">\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("copied Markdown lacks %q:\n%s", want, md)
		}
	}
	m, _ = m.Update(msg)
	if s := screen(m); !strings.Contains(s, "copied the 24 Jul 2024 event as Markdown with source [2]") {
		t.Errorf("status after y:\n%s", s)
	}
}

func TestClickChoosesSource(t *testing.T) {
	m := press(sized(t, 120, 40), "G")
	p := model(m).panes.detail
	d := model(m).detail
	lines := strings.Split(d.view(false), "\n")
	row := -1
	for i, l := range lines {
		if strings.Contains(l, "[2] AP") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("source [2] not on screen:\n%s", screen(m))
	}
	m, _ = m.Update(tea.MouseClickMsg{X: p.x + 2, Y: p.y + row + 1, Button: tea.MouseLeft}) // its link line
	if mm := model(m); mm.focus != focusDetail || mm.detail.sel != 1 {
		t.Errorf("click on source 2: focus %d, source %d; want the detail and 1", mm.focus, mm.detail.sel)
	}
	if s := screen(m); !strings.Contains(s, "▸ [2] AP") {
		t.Errorf("clicked source not marked:\n%s", s)
	}
}

func TestChosenSourceScrollsIntoView(t *testing.T) {
	m := press(sized(t, 80, 16), "G", "tab") // stacked: a short detail pane
	m = press(m, "j")
	d := model(m).detail
	if a := d.srcLines[1]; a < d.offset || a >= d.offset+d.height {
		t.Errorf("source 2 starts on line %d, outside the view %d..%d", a, d.offset, d.offset+d.height)
	}
	if s := screen(m); !strings.Contains(s, "▸ [2] AP") {
		t.Errorf("chosen source not on screen:\n%s", s)
	}
}
