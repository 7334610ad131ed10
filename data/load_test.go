package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLoadCorpusMetadata(t *testing.T) {
	arts, _ := Load(context.Background(), []string{"testdata/corpus"}, Options{})
	byTitle := map[string]Article{}
	for _, a := range arts {
		byTitle[a.Title] = a
	}
	tests := []struct {
		title, outlet, url string
		published          time.Time
		from, textPrefix   string
	}{
		{"Putin hosts Assad in Moscow as Middle East tensions rise", "Global Ledger", "https://www.globalledger.example/world/2024/07/25/putin-assad-moscow", day(2024, 7, 25), FromHTMLMeta, "Russian President Vladimir Putin hosted"},
		{"Erdoğan says he is ready to meet Assad", "Harbour Post", "https://harbourpost.example/2024/07/07/erdogan-assad", day(2024, 7, 7), FromFeed, "Turkish President"},
		{"Kremlin confirms Putin–Assad talks", "Harbour Post", "https://harbourpost.example/2024/07/25/kremlin-putin-assad", day(2024, 7, 25), FromFeed, "The Kremlin said on Thursday"},
		{"Assad in Moscow & talks on the region", "North Wire", "https://northwire.example/2024/07/24/assad-moscow", day(2024, 7, 24), FromFeed, "Syrian President"},
		{"Ankara weighs normalisation", "North Wire", "https://northwire.example/2024/07/12/ankara", day(2024, 7, 12), FromFeed, "Turkish officials"},
		{"Assad visits Moscow", "Euronews", "https://www.euronews.com/2024/07/25/assad-visits-moscow", day(2024, 7, 25), FromFrontMatter, "Assad visits Moscow\n\nRussia's head of state met the Syrian president"},
		{"Turkey signals thaw with Syria", "Bosphorus Daily", "https://bosphorus.example/turkey-syria-thaw", day(2024, 7, 8), FromFrontMatter, "Erdoğan said on Sunday"},
		{"Putin meets Assad", "Wire One", "https://wire.example/1", day(2024, 7, 24), FromHeader, "Vladimir Putin met"},
		{"Erdogan & Assad", "Wire Two", "https://wire.example/3", day(2024, 7, 7), FromHeader, "Erdogan said on Sunday he could meet Assad.\n\nTies were cut in 2011."},
		{"Unix time", "Wire Three", "", day(2024, 7, 24), FromHeader, "Talks resumed"},
		{"Réunion à Moscou", "Le Journal", "", day(2024, 7, 25), FromHeader, "Le président syrien a rencontré Vladimir Poutine à Moscou mercredi. “Les tensions montent”"},
		{"Assad and Putin meet in Moscow", "", "", time.Time{}, FromNone, "Assad and Putin meet in Moscow\n\nSyrian President"},
		{"Talks resume", "News Example", "https://news.example/2024/talks", day(2024, 7, 25), FromHTMLMeta, "Negotiators met again in Doha on Wednesday, the mediators said. The talks had stalled in March 2024.\n\nCafé owners"},
		{"Sudan army and RSF agree to talks in Jeddah", "The Daily Courier", "", day(2023, 5, 6), FromText, "Representatives of Sudan's army"},
	}
	if len(arts) != len(tests) {
		t.Errorf("got %d articles, want %d", len(arts), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			a, ok := byTitle[tt.title]
			if !ok {
				t.Fatalf("no article titled %q", tt.title)
			}
			if a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("got outlet %q url %q, want %q %q", a.Outlet, a.URL, tt.outlet, tt.url)
			}
			if !a.Published.Equal(tt.published) || a.PublishedFrom != tt.from {
				t.Errorf("got published %v from %q, want %v from %q", a.Published, a.PublishedFrom, tt.published, tt.from)
			}
			if !strings.HasPrefix(a.Text, tt.textPrefix) {
				t.Errorf("got text %q, want prefix %q", a.Text, tt.textPrefix)
			}
		})
	}
}

func TestHTMLBoilerplateDropped(t *testing.T) {
	tests := []struct {
		file  string
		junk  []string
		paras int
	}{
		{"boilerplate.html", []string{"cookies", "Accept all", "World", "Search", "Home", "Related stories", "Most read",
			"Share on", "Advertisement", "All rights reserved", "Privacy", "dataLayer", "loadAd", "font-family", "2019", "1999", "20 July 2024"}, 5},
		{"no-meta-page.htm", []string{"Sign in", "Subscribe", "briefing", "tote bag", "Read more", "evacuate", "More on Sudan",
			"30 April", "Tags:", "comments", "Peace now", "Trending", "Markets", "Copyright", "1901", "Sam Ahmed"}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/corpus/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := parseHTML(input{path: tt.file, data: b})
			if err != nil {
				t.Fatal(err)
			}
			for _, junk := range tt.junk {
				if strings.Contains(a.Text, junk) {
					t.Errorf("boilerplate %q in the text:\n%s", junk, a.Text)
				}
			}
			if paras := strings.Split(a.Text, "\n\n"); len(paras) != tt.paras {
				t.Errorf("got %d paragraphs, want %d separated by blank lines:\n%s", len(paras), tt.paras, a.Text)
			}
		})
	}
}

// badDir writes a folder with one good article and every kind of bad input.
func badDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Talks resumed on 15 July 2024."))
	write("empty.txt", nil)
	write("blank.md", []byte("\n \n\t\n"))
	write("random.bin", []byte("\x01\x02\x03\x04\x05\x06\x07\x08 not text at all \x0e\x0f\x10\x11\x12\x13"))
	write("report.pdf.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream"))
	write("huge.txt", []byte(strings.Repeat("Talks went on. ", 200_000)))
	write("deep.html", []byte(strings.Repeat("<div>", 600)+"text"))
	write("wide.html", []byte("<html><body>"+strings.Repeat("<span>x</span>", maxHTMLElements+10)+"</body></html>"))
	write("sitemap.xml", []byte(`<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>`))
	write(".hidden.txt", []byte("hidden text"))
	write(".git/HEAD", []byte("ref: refs/heads/main"))
	write("photo.jpg", []byte("\xff\xd8\xff\xe0"))
	write("style.css", []byte("body{}"))
	write("sub/nested.md", []byte("Nested text on 1 May 2024."))
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadBadInputs(t *testing.T) {
	dir := badDir(t)
	arts, errs := Load(context.Background(), []string{dir, filepath.Join(dir, "nope.txt")}, Options{MaxBytes: 2 << 20})
	if len(arts) != 2 || !strings.HasPrefix(arts[0].Text, "Talks resumed") || !strings.HasPrefix(arts[1].Text, "Nested text") {
		t.Fatalf("got %d articles, want good.txt and sub/nested.md", len(arts))
	}
	want := map[string]string{
		"empty.txt":      "file is empty",
		"blank.md":       "file is empty",
		"random.bin":     "looks binary",
		"report.pdf.txt": "a PDF document",
		"huge.txt":       "2.9 MiB is over the 2 MiB limit",
		"deep.html":      "nested deeper than 512",
		"wide.html":      "too large to extract",
		"sitemap.xml":    "not an RSS or Atom feed",
		"dangling.txt":   "broken symbolic link",
		"nope.txt":       "no such file or folder",
	}
	got := map[string]string{}
	for _, e := range errs {
		got[filepath.Base(e.Input)] = e.Error()
		if !strings.HasPrefix(e.Error(), e.Input+": ") {
			t.Errorf("error %q does not start with its input", e)
		}
	}
	for name, frag := range want {
		if !strings.Contains(got[name], frag) {
			t.Errorf("%s: got error %q, want one containing %q", name, got[name], frag)
		}
	}
	if len(errs) != len(want) {
		t.Errorf("got %d errors, want %d: %v", len(errs), len(want), got)
	}
	for _, e := range errs {
		if filepath.Base(e.Input) == "huge.txt" && !errors.Is(e, ErrTooLarge) {
			t.Errorf("huge.txt: got %v, want ErrTooLarge", e.Err)
		}
		if filepath.Base(e.Input) == "random.bin" && !errors.Is(e, ErrBinary) {
			t.Errorf("random.bin: got %v, want ErrBinary", e.Err)
		}
	}
}

func TestLoadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their permissions")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(p, []byte("secret"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, errs := Load(context.Background(), []string{p}, Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "permission denied") {
		t.Errorf("got %v, want a permission error", errs)
	}
}

func TestLoadNotAFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := Load(context.Background(), []string{filepath.Join(p, "inside.txt")}, Options{})
	if len(errs) != 1 || errs[0].Input != filepath.Join(p, "inside.txt") {
		t.Errorf("got %v, want one error naming the path", errs)
	}
}

func TestLoadOrderAndProgress(t *testing.T) {
	dir := t.TempDir()
	const n = 60
	var inputs []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		if err := os.WriteFile(p, fmt.Appendf(nil, "Article %d was published on 3 March 2023.", i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Input order first, then path order inside a folder; each file once.
	inputs = append(inputs, filepath.Join(dir, "a050.txt"), dir, filepath.Join(dir, "a010.txt"))
	var (
		mu    sync.Mutex
		calls []int
	)
	arts, errs := Load(context.Background(), inputs, Options{Workers: 4, Progress: func(done, total int) {
		mu.Lock()
		defer mu.Unlock()
		if total != n {
			t.Errorf("got total %d, want %d", total, n)
		}
		calls = append(calls, done)
	}})
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	if len(arts) != n {
		t.Fatalf("got %d articles, want %d", len(arts), n)
	}
	if !strings.HasPrefix(arts[0].Text, "Article 50 ") {
		t.Errorf("got first %q, want Article 50", arts[0].Text)
	}
	for i, a := range arts[1:] {
		want := fmt.Sprintf("a%03d.txt", i)
		if i >= 50 {
			want = fmt.Sprintf("a%03d.txt", i+1)
		}
		if filepath.Base(a.Path) != want {
			t.Fatalf("article %d: got %s, want %s", i+1, a.Path, want)
		}
	}
	for i, d := range calls {
		if d != i+1 {
			t.Fatalf("progress call %d reported %d done, want %d", i, d, i+1)
		}
	}
	if len(calls) != n {
		t.Errorf("got %d progress calls, want %d", len(calls), n)
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := badDir(t)
	arts, errs := Load(ctx, []string{dir}, Options{})
	if len(arts) != 0 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("got %d articles and %v, want none and one cancellation error", len(arts), errs)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, path, ctype, data string
		want                    format
	}{
		{"html by content in a .txt", "a.txt", "", "<!DOCTYPE html><html><body><p>x</p></body></html>", formatHTML},
		{"html by extension", "a.htm", "", "<p>Just a fragment</p>", formatHTML},
		{"html after a saved-from comment", "a.txt", "", "<!-- saved from url=(0022)https://x.example/ -->\n<html><body><p>x</p></body></html>", formatHTML},
		{"html by content type", "https://x.example/a", "text/html; charset=utf-8", "Hello", formatHTML},
		{"rss", "feed", "", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>", formatFeed},
		{"atom with BOM", "feed.xml", "", "\ufeff<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", formatFeed},
		{"xhtml", "a.xml", "", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", formatHTML},
		{"yaml front matter in a .txt", "a.txt", "", "---\ntitle: x\n---\nBody", formatMarkdown},
		{"toml front matter", "a", "", "+++\ntitle = \"x\"\n+++\nBody", formatMarkdown},
		{"json lines", "export", "", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", formatJSON},
		{"json array", "a.txt", "", "[{\"text\":\"a\"}]", formatJSON},
		{"bracketed text is text", "a.txt", "", "[Reuters] Talks resumed.", formatText},
		{"markdown by extension", "a.md", "", "# Title\n\nBody", formatMarkdown},
		{"plain", "a.txt", "", "Talks resumed on Monday.", formatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detect(input{path: tt.path, contentType: tt.ctype, data: []byte(tt.data)}); got != tt.want {
				t.Errorf("got format %d, want %d", got, tt.want)
			}
		})
	}
}

func TestLoadDropsDuplicates(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "copy-of-a.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("URL: https://x.example/a\n\nSame text."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, errs := Load(context.Background(), []string{dir}, Options{})
	if len(arts) != 1 || errs.Err() != nil || filepath.Base(arts[0].Path) != "a.txt" {
		t.Errorf("got %d articles and %v, want a.txt once", len(arts), errs)
	}
}

func TestLoadFolderWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"page_files/logo.txt", "photo.png", ".hidden.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("not an article"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, errs := Load(context.Background(), []string{dir}, Options{})
	if len(arts) != 0 || len(errs) != 1 || errs[0].Input != dir || !strings.Contains(errs[0].Error(), "no article files") {
		t.Errorf("got %d articles and %v, want one error naming the folder", len(arts), errs)
	}
}

func TestFileErrorIsPrintable(t *testing.T) {
	e := &FileError{Input: "evil\x1b]0;title\x07.txt", Line: 2, Err: errors.New("bad \u202e\x9b char \xff")}
	if got, want := e.Error(), "evil?]0;title?.txt: line 2: bad ?? char ?"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadBadFixtures loads the good corpus beside testdata/bad, where every
// file is broken in its own way: each is named with a reason, the rest load.
func TestLoadBadFixtures(t *testing.T) {
	good, _ := Load(context.Background(), []string{"testdata/corpus"}, Options{})
	arts, errs := Load(context.Background(), []string{"testdata/corpus", "testdata/bad"}, Options{})
	if len(arts) != len(good) || len(good) == 0 {
		t.Errorf("got %d articles, want the %d of the good corpus", len(arts), len(good))
	}
	want := map[string]string{
		"blank.md":       "testdata/bad/blank.md: file is empty",
		"broken.jsonl":   "testdata/bad/broken.jsonl: line 1: not valid JSON",
		"broken.jsonl#2": "testdata/bad/broken.jsonl: line 2: not an article: want a JSON object, got a JSON array",
		"dangling.txt":   "testdata/bad/dangling.txt: broken symbolic link: its target missing-target.txt does not exist",
		"deep.html":      "testdata/bad/deep.html: HTML nested deeper than 512 elements",
		"empty-feed.rss": "testdata/bad/empty-feed.rss: no article text found: the feed has no items",
		"empty.txt":      "testdata/bad/empty.txt: file is empty",
		"random.bin":     "testdata/bad/random.bin: file looks binary, not text",
		"report.pdf":     "testdata/bad/report.pdf: file looks binary (a PDF document), not text: convert it to text or HTML first",
		"screenshot.txt": "testdata/bad/screenshot.txt: file looks binary (a PNG image)",
		"sitemap.xml":    "testdata/bad/sitemap.xml: XML document with root <urlset> is not an RSS or Atom feed",
	}
	got := map[string]string{}
	for _, e := range errs {
		if strings.HasPrefix(e.Input, "testdata/corpus") {
			continue // the corpus's own bad JSON lines
		}
		key := filepath.Base(e.Input)
		if e.Line > 1 {
			key += fmt.Sprintf("#%d", e.Line)
		}
		got[key] = e.Error()
	}
	for k, w := range want {
		if !strings.HasPrefix(got[k], w) {
			t.Errorf("%s: got %q, want %q...", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d errors for testdata/bad, want %d: %v", len(got), len(want), got)
	}
}

func TestLoadErrorsInInputOrder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	first, last := filepath.Join(dir, "first-missing.txt"), filepath.Join(dir, "last-missing.txt")
	_, errs := Load(context.Background(), []string{first, dir, last}, Options{})
	var got []string
	for _, e := range errs {
		got = append(got, filepath.Base(e.Input))
	}
	if want := []string{"first-missing.txt", "empty.txt", "last-missing.txt"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got errors for %v, want %v", got, want)
	}
}
