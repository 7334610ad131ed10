package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dateline/timeline"
)

func TestMatches(t *testing.T) {
	for _, tc := range []struct {
		s     string
		words []string
		want  []string // the matched pieces of s, in order
	}{
		{"Erdoğan said he could invite Assad", []string{"erdogan"}, []string{"Erdoğan"}},
		{"ERDOĞAN met Erdoğan", []string{"erdogan"}, []string{"ERDOĞAN", "Erdoğan"}},
		{"Erdog\u0306an, decomposed", []string{"erdogan"}, []string{"Erdog\u0306an"}},
		{"Ende der Straße", []string{"strasse"}, []string{"Straße"}},
		{"die Straße", []string{"s"}, []string{"S", "ß"}},
		{"the İstanbul talks", []string{"istanbul"}, []string{"İstanbul"}},
		{"Putin and Assad met", []string{"assad", "putin"}, []string{"Putin", "Assad"}},
		{"aaaa", []string{"aa"}, []string{"aaaa"}}, // overlapping hits merge
		{"Kremlin talks", []string{"krem", "emlin"}, []string{"Kremlin"}},
		{"no hit here", []string{"erdogan"}, nil},
		{"nothing to look for", nil, nil},
		{"“quoted” Élysée", []string{"elysee"}, []string{"Élysée"}},
	} {
		var got []string
		for _, r := range matches(tc.s, tc.words) {
			got = append(got, tc.s[r[0]:r[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("matches(%q, %q): got %q, want %q", tc.s, tc.words, got, tc.want)
		}
	}
}

func FuzzMatches(f *testing.F) {
	f.Add("Erdoğan said he could invite Assad", "erdogan")
	f.Add("Ende der Straße", "ss")
	f.Add("Erdog\u0306an", "og")
	f.Add("\xff\xfeinvalid", "in")
	f.Fuzz(func(t *testing.T, s, w string) {
		w = timeline.Fold(w)
		if w == "" {
			return
		}
		last := 0
		for _, r := range matches(s, []string{w}) {
			a, b := r[0], r[1]
			if a < last || a >= b || b > len(s) {
				t.Fatalf("matches(%q, %q): bad range %d..%d after %d", s, w, a, b, last)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[a]) || (b < len(s) && !utf8.RuneStart(s[b]))) {
				t.Fatalf("matches(%q, %q): %d..%d splits a rune", s, w, a, b)
			}
			if !strings.Contains(timeline.Fold(s[a:b]), w) && utf8.ValidString(s[a:b]) {
				t.Fatalf("matches(%q, %q): %q does not hold the word", s, w, s[a:b])
			}
			last = b
		}
	})
}

func TestMarkSpansKeepsTextAndStyles(t *testing.T) {
	st := newStyles(true, false)
	spans := []span{{"“Putin hosted Assad at the Kremlin on ", st.sentence}, {"24 July 2024", st.expr}, {", the Kremlin said.”", st.sentence}}
	out := markSpans([]string{"kremlin", "on 24"}, st.match, spans...)
	var text, hit []string
	for _, s := range out {
		text = append(text, s.text)
		if s.style.GetBackground() == st.match.GetBackground() {
			hit = append(hit, s.text)
		}
	}
	if got, want := strings.Join(text, ""), "“Putin hosted Assad at the Kremlin on 24 July 2024, the Kremlin said.”"; got != want {
		t.Errorf("text: got %q, want %q", got, want)
	}
	if got, want := strings.Join(hit, "|"), "Kremlin|on |24|Kremlin"; got != want {
		t.Errorf("highlighted: got %q, want %q", got, want)
	}
	if out[len(out)-1].style.GetForeground() != st.sentence.GetForeground() {
		t.Error("the text after the last match lost its style")
	}
}

func TestSearchHighlightsWords(t *testing.T) {
	for _, q := range []string{"erdogan", "ERDOĞAN", "Erdoğan"} {
		m := typeText(press(sized(t, 120, 40), "/"), q)
		mm := model(m)
		raw := mm.View().Content
		hit := mm.styles.match.Render("Erdoğan")
		if n := strings.Count(raw, hit); n < 3 { // list row, detail summary, detail sentence
			t.Errorf("search %q: %d highlighted Erdoğan, want at least 3:\n%s", q, n, raw)
		}
		if strings.Contains(screen(m), "Erdogan") {
			t.Errorf("search %q: highlighting changed the text", q)
		}
	}
	const findBg = "48;2;30;90;58" // the dark theme's #1E5A3A
	if !strings.Contains(model(typeText(press(sized(t, 120, 40), "/"), "putin")).View().Content, findBg) {
		t.Fatalf("search putin: no %s background in the view", findBg)
	}
	if strings.Contains(model(sized(t, 120, 40)).View().Content, findBg) {
		t.Error("a view without a search has highlighted words")
	}
	// Qualifiers are not words: actor:putin highlights nothing.
	m := typeText(press(sized(t, 120, 40), "/"), "actor:putin")
	if raw := model(m).View().Content; strings.Contains(raw, model(m).styles.match.Render("Putin")) {
		t.Error("actor:putin highlights Putin as a search word")
	}
}

func TestMatchStyleDiffersFromExpression(t *testing.T) {
	for _, noColor := range []bool{false, true} {
		st := newStyles(true, noColor)
		a, b := st.match.Render("x"), st.expr.Render("x")
		if a == b || a == "x" {
			t.Errorf("noColor=%v: match style %q, expression style %q", noColor, a, b)
		}
		if st.matchSel.Render("x") == st.selected.Render("x") {
			t.Errorf("noColor=%v: a match in the selected row looks like the row", noColor)
		}
	}
}

func TestSearchWords(t *testing.T) {
	f := timeline.Filter{Words: []string{"Erdoğan", " ", "", "İSTANBUL"}, Actors: []string{"putin"}}
	if got, want := searchWords(f), []string{"erdogan", "istanbul"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("searchWords: got %q, want %q", got, want)
	}
}
