package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in         string
		title, outlet, u string
		published        time.Time
		from, textPrefix string
	}{
		{"header", "Title: Talks resume\nOutlet: Example News\nDate: 2024-07-25\nURL: https://example.com/a\n\nTalks resumed on Monday.",
			"Talks resume", "Example News", "https://example.com/a", day(2024, 7, 25), FromHeader, "Talks resumed"},
		{"no header", "Talks resumed on Monday.\nMore text.", "", "", "", time.Time{}, FromNone, "Talks resumed"},
		{"seed dateline", " date 2024-07-25 By Euronews with AP\n\nRussia's head of state met.", "", "Euronews", "", day(2024, 7, 25), FromHeader, "Russia's head"},
		{"empty header fields", "Title: \nOutlet: \nPublished: \nURL: \n\nBody here.", "", "", "", time.Time{}, FromNone, "Body here."},
		{"caption date inferred", "Leaders in Moscow, Russia, July 24, 2024\nThe leaders met on Wednesday.", "", "", "", day(2024, 7, 24), FromText, "Leaders in Moscow"},
		{"day month year inferred", "Published 3 March 2023. Talks began.", "", "", "", day(2023, 3, 3), FromText, "Published"},
		{"not a header: unknown key", "Note: this is text\n\nMore.", "Note: this is text", "", "", time.Time{}, FromNone, "Note: this is text"},
		{"headline line", "Talks resume in Doha\n\nNegotiators met.", "Talks resume in Doha", "", "", time.Time{}, FromNone, "Talks resume in Doha\n\nNegotiators"},
		{"caption is no headline", "Leaders in Doha\nNegotiators met.\n\nMore.", "", "", "", time.Time{}, FromNone, "Leaders in Doha"},
		{"sentence is no headline", "Negotiators met in Doha.\n\nMore.", "", "", "", time.Time{}, FromNone, "Negotiators met"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if a.Title != tt.title || a.Outlet != tt.outlet || a.URL != tt.u {
				t.Errorf("got title %q outlet %q url %q, want %q %q %q", a.Title, a.Outlet, a.URL, tt.title, tt.outlet, tt.u)
			}
			if !a.Published.Equal(tt.published) || a.PublishedFrom != tt.from {
				t.Errorf("got published %v from %q, want %v from %q", a.Published, a.PublishedFrom, tt.published, tt.from)
			}
			if !strings.HasPrefix(a.Text, tt.textPrefix) {
				t.Errorf("got text %q, want prefix %q", a.Text, tt.textPrefix)
			}
			if a.ID == "" {
				t.Error("got empty ID")
			}
		})
	}
}

func TestParseTextBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\n"), ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"header only", []byte("Title: x\n\n"), ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseText("x", tt.in); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"\ufeffhello", "hello"},
		{"caf\xe9 \x93quoted\x94", "café “quoted”"},
		{"bell\x07 esc\x1b[31mred\x1b[0m", "bell escred"},
		{"a\x1b]0;PWNED\x07b", "ab"},
		{"a\x1b]2;HACKED\x1b\\b", "ab"},
		{"clear\x1b[2J\x1b[H now", "clear now"},
		{"reset\x1bc done", "reset done"},
		{"c1 \u009b31mred \u009d0;t\u009cok", "c1 red ok"},
		{"unterminated \x1b]0;title\nnext line", "unterminated \nnext line"},
		{"trailing esc\x1b", "trailing esc"},
		{"csi stops at text \x1b[12Hello", "csi stops at text ello"},
		{"nb\u00a0sp", "nb sp"},
		{"rtl\u202eoverride", "rtloverride"},
		{"nul\x00byte", "nulbyte"},
		{"soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"},
		{"c1\u009b[31m", "c131m"}, // C1 CSI whose final byte is "["
		{"line\u2028sep", "line\nsep"},
		{"thin\u2009space", "thin space"},
		{"undefined \x81 byte", "undefined \ufffd byte"},
		{"already clean: caf\u00e9", "already clean: caf\u00e9"},
	}
	for _, tt := range tests {
		if got := cleanText([]byte(tt.in)); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseUTF16AndStrayNUL(t *testing.T) {
	utf16 := []byte("\xff\xfeT\x00a\x00l\x00k\x00s\x00 \x00o\x00n\x00 \x001\x00 \x00M\x00a\x00y\x00 \x002\x000\x002\x004\x00.\x00")
	arts, errs := parse(input{path: "u.txt", data: utf16})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != "Talks on 1 May 2024." {
		t.Errorf("UTF-16: got %v %v, want the decoded text", arts, errs)
	}
	text := []byte(strings.Repeat("A long enough article body. ", 10) + "\x00 stray NUL.")
	arts, errs = parse(input{path: "n.txt", data: text})
	if len(errs) != 0 || len(arts) != 1 || strings.Contains(arts[0].Text, "\x00") {
		t.Errorf("stray NUL: got %v %v, want the text without it", arts, errs)
	}
}

func TestSamples(t *testing.T) {
	arts, err := Samples()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d samples, want 2", len(arts))
	}
	byOutlet := map[string]Article{}
	for _, a := range arts {
		byOutlet[a.Outlet] = a
	}
	eu, ok := byOutlet["Euronews"]
	if !ok || !eu.Published.Equal(day(2024, 7, 25)) {
		t.Errorf("Euronews sample: got %+v", eu.Published)
	}
	if strings.Contains(eu.Text, "date 2024-07-25 By") {
		t.Error("the dateline line stayed in the Euronews text")
	}
	other := byOutlet[""]
	if !other.Published.Equal(day(2024, 7, 24)) || other.PublishedFrom != FromText {
		t.Errorf("first sample: got published %v from %q, want 2024-07-24 inferred from text", other.Published, other.PublishedFrom)
	}
}

func TestLoadReportsBadFilesAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Talks resumed on 15 July 2024."))
	write("empty.txt", nil)
	write("binary.txt", []byte("\x00\x01\x02\x03"))
	write(".hidden.txt", []byte("hidden text"))
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	done := 0
	arts, errs := Load(context.Background(), []string{dir, filepath.Join(dir, "nope.txt")}, Options{Progress: func(d, total int) { done = d }})
	if len(arts) != 1 || !strings.HasPrefix(arts[0].Text, "Talks resumed") {
		t.Fatalf("got %d articles, want only good.txt", len(arts))
	}
	if len(errs) != 4 {
		t.Errorf("got %d errors, want 4 (empty, binary, dangling, missing): %v", len(errs), errs)
	}
	for _, e := range errs {
		if e.Input == "" || e.Err == nil {
			t.Errorf("error without input or cause: %#v", e)
		}
	}
	if done == 0 {
		t.Error("progress was never reported")
	}
	if (ErrorList{}).Err() != nil {
		t.Error("empty ErrorList.Err() is not nil")
	}
}

func TestLoadStdinAndSizeLimit(t *testing.T) {
	arts, errs := Load(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("On Monday, talks began.")})
	if len(arts) != 1 || errs.Err() != nil {
		t.Fatalf("stdin: got %d articles, %v", len(arts), errs)
	}
	_, errs = Load(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(strings.Repeat("x", 100)), MaxBytes: 10})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "limit") {
		t.Errorf("got %v, want a size-limit error", errs)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("Title: x\nDate: 2024-07-25\n\nBody on 15 July."))
	f.Add([]byte(" date 2024-07-25 By Euronews with AP\n\nText"))
	f.Add([]byte("caf\xe9\r\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseText("fuzz", b)
		if err != nil {
			return
		}
		if a.Text == "" || a.ID == "" {
			t.Errorf("loaded article with empty text or ID")
		}
		if strings.ContainsAny(a.Text, "\x00\x1b\r") {
			t.Errorf("control characters in text: %q", a.Text)
		}
	})
}
