package actors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Russia’s Vladimir Putin hosted Bashar al-Assad in Moscow on Wednesday.",
		"Kremlin spokesman Dmitry Peskov said; the Syrian president agreed.",
		"President X- al-", "Mr. ", "in Moscow,", "U.S.", "\xff\xfeErdoğan", "Sudanese Foreign Minister Ali Ahmed. Ahmed",
		"The Alliance for Change (AFC) said. The AFC (", "Lord's Resistance Army (LRA)", "Moon Jae-in. Moon", "Maj Gen. Ali",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Scan(text)
		last := -1
		for _, m := range r.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
			if m.Start < last {
				t.Fatalf("mentions out of order at %d in %q", m.Start, text)
			}
			last = m.Start
			if m.Actor.Name == "" || m.Actor.Kind == "" {
				t.Fatalf("mention without actor: %+v", m)
			}
		}
		for _, p := range r.Places {
			if p.Start < 0 || p.Start >= p.End || p.End > len(text) || text[p.Start:p.End] != p.Text || p.Name == "" {
				t.Fatalf("bad place %+v in %q", p, text)
			}
		}
		if utf8.ValidString(text) {
			if f := Fold(text); Fold(f) != f || strings.ToLower(f) != f {
				t.Fatalf("Fold(%q) = %q is not idempotent or not lower case", text, f)
			}
		}
	})
}
