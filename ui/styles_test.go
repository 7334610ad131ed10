package ui

import (
	"image/color"
	"math"
	"testing"
)

// luminance is the WCAG 2 relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG 2 contrast ratio of two colours, from 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrast(t *testing.T) {
	for _, tc := range []struct{ a, b color.Color }{
		{color.White, color.Black},
		{color.White, color.White},
		{color.RGBA{0x77, 0x77, 0x77, 0xff}, color.White}, // WCAG's classic 4.48
	} {
		t.Logf("%v on %v: %.2f", tc.a, tc.b, contrast(tc.a, tc.b))
	}
	if got := contrast(color.White, color.Black); math.Abs(got-21) > 0.01 {
		t.Errorf("white on black: got %.2f, want 21", got)
	}
	if got := contrast(color.White, color.White); got != 1 {
		t.Errorf("white on white: got %.2f, want 1", got)
	}
	if got := contrast(color.RGBA{0x77, 0x77, 0x77, 0xff}, color.White); math.Abs(got-4.48) > 0.01 {
		t.Errorf("#777777 on white: got %.2f, want 4.48", got)
	}
}

// TestPaletteContrast holds every colour of both themes to WCAG 2: text
// colours at least 4.5:1 against the terminal background they are made for
// (white for the light theme, black for the dark one) and against the
// highlight backgrounds text is drawn on; the border colour at least 3:1.
func TestPaletteContrast(t *testing.T) {
	for _, tc := range []struct {
		theme string
		dark  bool
		bg    color.Color
	}{{"light", false, color.White}, {"dark", true, color.Black}} {
		p := newPalette(tc.dark, false)
		type pair struct {
			name   string
			fg, bg color.Color
			min    float64
		}
		pairs := []pair{
			{"accent", p.accent, tc.bg, 4.5}, {"text", p.text, tc.bg, 4.5}, {"muted", p.muted, tc.bg, 4.5},
			{"year", p.year, tc.bg, 4.5}, {"good", p.good, tc.bg, 4.5}, {"link", p.link, tc.bg, 4.5},
			{"bad", p.bad, tc.bg, 4.5}, {"line (borders)", p.line, tc.bg, 3},
			{"text on hlBg (date expression)", p.text, p.hlBg, 4.5},
			{"text on findBg (search match)", p.text, p.findBg, 4.5},
			{"text on selBg (selected row)", p.text, p.selBg, 4.5},
			{"muted on selBg (unfocused selected row)", p.muted, p.selBg, 4.5},
		}
		for _, c := range pairs {
			got := contrast(c.fg, c.bg)
			t.Logf("%s %s: %.2f", tc.theme, c.name, got)
			if got < c.min {
				t.Errorf("%s theme, %s: contrast %.2f, want at least %.1f", tc.theme, c.name, got, c.min)
			}
		}
	}
}
