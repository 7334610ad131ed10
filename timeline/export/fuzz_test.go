package export

import (
	"bytes"
	"strings"
	"testing"

	"dateline/data"
	"dateline/timeline"
)

// oneEvent is a timeline with one event whose every text field is text and
// whose source links to url.
func oneEvent(text, url string) *timeline.Timeline {
	art := data.Article{ID: "f1", Path: text, URL: url, Title: text, Outlet: text, Published: tt(2024, 7, 25)}
	return &timeline.Timeline{
		Events: []timeline.Event{{ID: "e1", Date: timeline.MustDate("2024-07"), Summary: text, Actors: []string{text}, Place: text,
			Sources: []timeline.Source{src(art, text, text)}}},
		Actors:   []timeline.Actor{{Name: text, Kind: text, Aliases: []string{text}, Events: 1}},
		Articles: []data.Article{art},
	}
}

// FuzzExport checks every format against its invariants for arbitrary
// article text and URLs: Markdown stays inert, CSV reparses to one row per
// event with no formula cell, JSON is valid with the schema's keys, and
// TimelineJS is valid with only the tags and links it makes.
func FuzzExport(f *testing.F) {
	for _, a := range attacks {
		f.Add(a, "https://ok.example/"+a)
	}
	f.Add("", "")
	f.Add("plain", "javascript:alert(1)")
	f.Fuzz(func(t *testing.T, text, url string) {
		tl := oneEvent(text, url)
		v := View{Timeline: tl, Events: []int{0}, Title: text}
		urls := []string{url}
		for _, fm := range Formats {
			var b bytes.Buffer
			if err := Write(&b, fm, v); err != nil {
				t.Fatalf("Write %s: %v", fm, err)
			}
			out := b.String()
			var err error
			switch fm {
			case Markdown:
				err = checkMarkdownInert(out, urls)
			case CSV:
				err = checkCSV(out, 1)
			case JSON:
				err = checkJSON(out, 1)
			case TimelineJS:
				err = checkTimelineJS(out, 1, urls)
			}
			if err != nil {
				t.Fatalf("%s with text %q, url %q: %v\n%s", fm, text, url, err, out)
			}
		}
	})
}

// FuzzEscape checks that Escape loses nothing: removing its backslashes and
// word joiners gives back the (cleaned, one-line) input, and the result
// passes the inertness check.
func FuzzEscape(f *testing.F) {
	for _, a := range attacks {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Clean(s)
		e := Escape(s)
		if err := checkEscaped(e); err != nil {
			t.Fatalf("Escape(%q) = %q: %v", s, e, err)
		}
		if got := unescape(e); got != strings.ReplaceAll(s, "\u2060", "") {
			t.Fatalf("unescape(Escape(%q)) = %q", s, got)
		}
	})
}

func unescape(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		sb.WriteByte(s[i])
	}
	return strings.ReplaceAll(sb.String(), "\u2060", "")
}

// FuzzClean checks that Clean leaves no control character, is idempotent,
// returns valid UTF-8, and that its fast path agrees with the slow one.
func FuzzClean(f *testing.F) {
	for _, a := range attacks {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if err := checkNoControls(c); err != nil || strings.Contains(c, "\n") {
			t.Fatalf("Clean(%q) = %q: %v", s, c, err)
		}
		if isPlain(s) && clean(s) != s {
			t.Fatalf("isPlain(%q) but clean changes it to %q", s, clean(s))
		}
		if cc := Clean(c); cc != c {
			t.Fatalf("Clean is not idempotent: Clean(%q) = %q, Clean of that = %q", s, c, cc)
		}
	})
}
