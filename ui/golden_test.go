package ui

import (
	"image/color"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"dateline/timeline"
)

// Golden screens, refreshed with go test ./ui -update.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"80x24", 80, 24, []string{"G"}},
		{"120x40", 120, 40, []string{"G"}},
		{"120x40_help", 120, 40, []string{"?"}},
		{"120x40_source", 120, 40, []string{"G", "tab", "j"}},
		{"80x24_picker", 80, 24, []string{"a", "a", "s", "s", "space"}},
		{"120x40_picker_in_view", 120, 40, []string{"/", "t", "o", ":", "2", "0", "2", "3", "enter", "a"}},
		{"120x40_search", 120, 40, []string{"/", "e", "r", "d", "o", "g", "a", "n"}},
		{"24x6", 24, 6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden.RequireEqual(t, screen(press(sized(t, tc.w, tc.h), tc.keys...)))
		})
	}
}

var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(38|48);[25];`)

func TestNoColorKeepsEmphasis(t *testing.T) {
	tl := fixture(t)
	var m tea.Model = New(nil, timeline.Filter{}, Options{NoColor: true})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m, _ = m.Update(loadedMsg{tl: tl, idx: newIndex(tl)})
	m = press(m, "G")
	raw := m.(Model).View().Content
	if colourSGR.MatchString(raw) {
		t.Errorf("NO_COLOR view carries colours: %q", colourSGR.FindString(raw))
	}
	for _, want := range []string{`\x1b\[1m`, `\x1b\[1;7m`, `\x1b\[1;4(;4)?m`} { // bold, selected row, date expression
		if !regexp.MustCompile(want).MatchString(raw) {
			t.Errorf("NO_COLOR view lacks emphasis %q", want)
		}
	}
	golden.RequireEqual(t, raw)
}

func TestLightBackground(t *testing.T) {
	m := press(sized(t, 80, 24), "G")
	dark := m.(Model).View().Content
	m, _ = m.Update(tea.BackgroundColorMsg{Color: color.White})
	light := m.(Model).View().Content
	if model(m).isDark {
		t.Fatal("a white background was taken for dark")
	}
	if light == dark {
		t.Fatal("the light view has the dark colours")
	}
	// The light accent (#5A3FC0) and text (#1F1F28) are dark on white.
	for _, want := range []string{"90;63;192", "31;31;40"} {
		if !strings.Contains(light, want) {
			t.Errorf("light view lacks colour %s", want)
		}
	}
	if strings.Contains(light, "230;230;238") { // dark-theme text colour
		t.Error("light view uses the dark theme's text colour")
	}
	golden.RequireEqual(t, light)
}

// TestNoEscapeSequencesReachTheScreen selects every event in wide and
// narrow layouts, with the picker and help open: the article's OSC title,
// CSI clear, C1 CSI and bidi override must never reach the output.
func TestNoEscapeSequencesReachTheScreen(t *testing.T) {
	bad := []string{"pwned", "owned", "\x1b]", "\x1b[2J", "\x07", "\u009b", "\u202e"}
	hyperlink := regexp.MustCompile(`\x1b\]8;;(https?://[^\x00-\x1f\x7f]*)?(\x07|\x1b\\)`)
	for _, sz := range [][2]int{{120, 40}, {80, 24}} {
		m := sized(t, sz[0], sz[1])
		for i := 0; i < 8; i++ {
			for _, view := range []tea.Model{m, press(m, "a"), press(m, "?"), press(m, "e")} {
				raw := hyperlink.ReplaceAllString(view.(Model).View().Content, "")
				for _, b := range bad {
					if strings.Contains(raw, b) {
						t.Fatalf("%dx%d event %d: view carries %q from an article", sz[0], sz[1], i, b)
					}
				}
			}
			m = press(m, "j")
		}
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain Erdoğan", "plain Erdoğan"},
		{"title\x1b]0;pwned\x07 rest", "title rest"},
		{"title\x1b]2;pwned\x1b\\ rest", "title rest"},
		{"clear\x1b[2J\x1b[Hscreen", "clearscreen"},
		{"c1\u009b31mred", "c131mred"},
		{"bidi \u202egnp.exe\u202c", "bidi gnp.exe"},
		{"line\nbreak\ttab", "line break tab"},
		{"bell\x07nul\x00del\x7f", "bellnuldel"},
	} {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}
