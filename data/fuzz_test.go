package data

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkArticles asserts what every loaded article guarantees, whatever the input.
func checkArticles(t *testing.T, arts []Article) {
	t.Helper()
	for _, a := range arts {
		if a.Text == "" || a.ID == "" {
			t.Fatalf("article with empty text or ID: %+v", a)
		}
		for _, s := range []string{a.Text, a.Title, a.Outlet, a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
			if strings.ContainsAny(s, "\x00\x1b\r\u009b\u202e") {
				t.Fatalf("control characters: %q", s)
			}
		}
		if strings.Contains(a.Title, "\n") || strings.Contains(a.Outlet, "\n") {
			t.Fatalf("line break in title or outlet: %q %q", a.Title, a.Outlet)
		}
		switch a.PublishedFrom {
		case FromNone:
			if !a.Published.IsZero() {
				t.Fatalf("published %v from none", a.Published)
			}
		case FromHeader, FromFrontMatter, FromHTMLMeta, FromFeed, FromText:
			if a.Published.IsZero() {
				t.Fatalf("no date, yet from %q", a.PublishedFrom)
			}
		default:
			t.Fatalf("unknown provenance %q", a.PublishedFrom)
		}
		if a.URL != "" && !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
			t.Fatalf("non-http URL %q", a.URL)
		}
	}
}

func addFile(f *testing.F, path string) {
	if b, err := os.ReadFile(path); err == nil {
		f.Add(b)
	}
}

func FuzzParseHTML(f *testing.F) {
	// Small seeds: the instrumented extractor is slow on whole pages.
	f.Add([]byte(`<html><head><title>a | b</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-01"}]}</script></head><body><p>x</p></body></html>`))
	f.Add([]byte("<p>\x93caf\xe9\x94 &#0; &#27;</p>"))
	f.Add([]byte(strings.Repeat("<div>", 520)))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseHTML(input{path: "f.html", data: b})
		if err == nil {
			checkArticles(t, []Article{a})
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	addFile(f, "testdata/corpus/world.rss")
	addFile(f, "testdata/corpus/wire.atom")
	f.Add([]byte(`<rdf:RDF><item><title>t</title><dc:date>2020-01-01</dc:date></item></rdf:RDF>`))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss><channel><item><title>\xf0</title></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, err := parseFeed(input{path: "f.xml", data: b})
		if err == nil {
			checkArticles(t, arts)
		}
	})
}

func FuzzParseJSON(f *testing.F) {
	addFile(f, "testdata/corpus/wire.jsonl")
	f.Add([]byte(`[{"text":"a","published":1e300},{"text":"<p>b</p>","url":"javascript:x"}]`))
	f.Add([]byte("{\"text\":\"\\u0000\\u001b x\",\"title\":\"a\\nb\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, errs := parseJSON(input{path: "f.jsonl", data: b})
		checkArticles(t, arts)
		for _, e := range errs {
			if e.Err == nil {
				t.Fatal("error without a cause")
			}
		}
	})
}

func FuzzParseMarkdown(f *testing.F) {
	addFile(f, "testdata/corpus/yaml-front.md")
	addFile(f, "testdata/corpus/toml-front.markdown")
	f.Add([]byte("---\ndate: !!timestamp 2001-12-14\ntitle: [a, b]\n---\n**x**"))
	f.Add([]byte("+++\ndate = 1979-05-27T07:32:00Z\n+++\n[a](b)"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseMarkdown("f.md", cleanText(b))
		if err == nil {
			checkArticles(t, []Article{a})
		}
	})
}

func FuzzParseMHTML(f *testing.F) {
	addFile(f, "testdata/corpus/saved-page.mhtml")
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html; charset=latin1\nContent-Transfer-Encoding: base64\n\nPHA+Q2Fm6TwvcD4=\n--b--\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseMHTML(input{path: "f.mhtml", data: b})
		if err == nil {
			checkArticles(t, []Article{a})
		}
	})
}

// FuzzParse runs format detection and whichever parser it picks.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2024-07-25"><title>T | S</title></head><body><nav>Menu</nav><p>Text on Monday.</p><footer>(c) 2019</footer></body></html>`))
	for _, p := range []string{"world.rss", "wire.atom", "wire.jsonl", "yaml-front.md", "latin1.txt", "plain.txt"} {
		addFile(f, "testdata/corpus/"+p)
	}
	f.Add([]byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00"))
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b--\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		arts, errs := parse(input{path: "f", data: b})
		checkArticles(t, arts)
		if len(arts) == 0 && len(errs) == 0 {
			t.Fatal("no article and no error")
		}
	})
}
