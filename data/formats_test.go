package data

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseHTMLMeta(t *testing.T) {
	body := `<body><article><p>` + strings.Repeat("The ministers met in Geneva to discuss the ceasefire and the return of refugees. ", 8) + `</p></article></body>`
	tests := []struct {
		name, head, url        string
		title, outlet, wantURL string
		published              time.Time
		from                   string
	}{
		{"json-ld graph", `<title>Talks in Geneva - Daily Star</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"Talks in Geneva","datePublished":"2023-03-02T10:00:00Z","publisher":{"name":"Daily Star"},"mainEntityOfPage":{"@id":"https://star.example/talks"}}]}</script>`, "",
			"Talks in Geneva", "Daily Star", "https://star.example/talks", day(2023, 3, 2), FromHTMLMeta},
		{"json-ld article inside a web page", `<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2019-01-01","mainEntity":{"@type":"NewsArticle","headline":"Inner","datePublished":"2023-04-05","publisher":{"@type":"Organization","name":"Inner Post","foundingDate":"1901-01-01"}}}]</script>`, "",
			"Inner", "Inner Post", "", day(2023, 4, 5), FromHTMLMeta},
		{"json-ld web page only", `<script type="application/ld+json">{"@type":"WebPage","name":"x","datePublished":"2022-08-09"}</script>`, "",
			"", "", "", day(2022, 8, 9), FromHTMLMeta},
		{"title suffix with outlet", `<title>Talks in Geneva – Daily Star</title><meta property="og:site_name" content="Daily Star">`, "",
			"Talks in Geneva", "Daily Star", "", time.Time{}, FromNone},
		{"pipe suffix names the outlet", `<title>Talks in Geneva | Daily Star</title>`, "",
			"Talks in Geneva", "Daily Star", "", time.Time{}, FromNone},
		{"dash suffix after the h1 text", `<title>Talks in Geneva - Daily Star</title></head><body><h1>Talks in Geneva</h1>`, "",
			"Talks in Geneva", "Daily Star", "", time.Time{}, FromNone},
		{"dash in a headline stays", `<title>Talks in Geneva - what we know</title>`, "",
			"Talks in Geneva - what we know", "", "", time.Time{}, FromNone},
		{"host suffix", `<title>Talks in Geneva - star.example</title>`, "https://www.star.example/a",
			"Talks in Geneva", "star.example", "https://www.star.example/a", time.Time{}, FromNone},
		{"time pubdate and relative canonical", `<title>Talks</title><link rel="canonical" href="/talks?id=1">`, "https://star.example/x/y",
			"Talks", "star.example", "https://star.example/talks?id=1", time.Time{}, FromNone},
		{"meta name date", `<meta name="pubdate" content="2022-11-05"><meta name="date" content="2001-01-01">`, "",
			"", "", "", day(2022, 11, 5), FromHTMLMeta},
		{"saved from url comment", `<title>Saved</title>`, "",
			"Saved", "saved.example", "https://saved.example/news/story", time.Time{}, FromNone},
		{"publisher and dc meta", `<meta name="publisher" content="Harbour Post"><meta name="DC.title" content="Port strike ends"><meta name="DC.date.issued" content="2020-09-14">`, "",
			"Port strike ends", "Harbour Post", "", day(2020, 9, 14), FromHTMLMeta},
		{"javascript canonical ignored", `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://star.example/og">`, "",
			"", "star.example", "https://star.example/og", time.Time{}, FromNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + tt.head + "</head>" + body + "</html>"
			if strings.HasPrefix(tt.name, "saved from") {
				page = "<!-- saved from url=(0032)https://saved.example/news/story -->\n" + page
			}
			a, err := parseHTML(input{path: "p.html", data: []byte(page), url: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Outlet != tt.outlet || a.URL != tt.wantURL {
				t.Errorf("got title %q outlet %q url %q, want %q %q %q", a.Title, a.Outlet, a.URL, tt.title, tt.outlet, tt.wantURL)
			}
			if !a.Published.Equal(tt.published) || a.PublishedFrom != tt.from {
				t.Errorf("got published %v from %q, want %v from %q", a.Published, a.PublishedFrom, tt.published, tt.from)
			}
		})
	}
}

func TestParseHTMLTimeElementAndInference(t *testing.T) {
	page := `<html><body><article><time pubdate datetime="2021-06-01T08:00:00Z">June 1</time><p>Short piece.</p></article></body></html>`
	a, err := parseHTML(input{path: "p.html", data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(day(2021, 6, 1)) || a.PublishedFrom != FromHTMLMeta {
		t.Errorf("got %v from %q, want 2021-06-01 from html meta", a.Published, a.PublishedFrom)
	}
	page = `<html><body><p>Leaders in Moscow, Russia, July 24, 2024</p><p>They met on Wednesday.</p></body></html>`
	if a, err = parseHTML(input{path: "p.html", data: []byte(page)}); err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(day(2024, 7, 24)) || a.PublishedFrom != FromText {
		t.Errorf("got %v from %q, want 2024-07-24 inferred from text", a.Published, a.PublishedFrom)
	}
}

func TestParseHTMLCharsets(t *testing.T) {
	tests := []struct {
		name, ctype string
		data        []byte
		want        string
	}{
		{"windows-1251 meta", "", []byte("<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf3\xf2\xe8\xed \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff.</p></body></html>"), "Путин встретился."},
		{"latin-1 header", "text/html; charset=iso-8859-1", []byte("<p>R\xe9union \xe0 Gen\xe8ve.</p>"), "Réunion à Genève."},
		{"undeclared cp1252", "", []byte("<p>\x93Quoted\x94 caf\xe9.</p>"), "“Quoted” café."},
		{"utf-8 mislabelled latin-1", "text/html; charset=iso-8859-1", []byte("<p>Réunion à Genève.</p>"), "Réunion à Genève."},
		{"entities and nbsp", "", []byte("<p>Tom&nbsp;&amp;&nbsp;Jerry &#8212; &lt;b&gt; &#27;[31m</p>"), "Tom & Jerry — <b>"}, // the escaped SGR sequence goes whole
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseHTML(input{path: "p.html", data: tt.data, contentType: tt.ctype})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("got %q, want %q", a.Text, tt.want)
			}
		})
	}
}

func TestHTMLFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"<h2>Headline</h2><p>Body <b>bold</b> and <a href='x'>link</a>.</p>", "Headline\n\nBody bold and link."},
		{"Line one<br>line two", "Line one\nline two"},
		{"<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"},
		{"<p>Text</p><script>evil()</script><style>p{}</style><nav>Menu</nav><div class=\"share-bar\">Share</div>", "Text"},
		{"plain &amp; simple", "plain & simple"},
		{"<pre>a  b\n c</pre>", "a  b\n c"},
		{"<p>Read more: <a href='/x'>Another story from 2019</a></p><p>Body, with <a href='/y'>a link</a> inside.</p>", "Body, with a link inside."},
		{"<ul><li><a href='/a'>Related on 1 May 2020</a></li></ul><p>Kept.</p>", "Kept."},
	}
	for _, tt := range tests {
		if got := htmlFragmentText(tt.in); got != tt.want {
			t.Errorf("htmlFragmentText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseFeedVariants(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		title    string
		pub      time.Time
		from     string
		text     string
	}{
		{"rss 1.0", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Old Wire</title></channel><item><title>Vote held</title><link>https://old.example/1</link><dc:date>2019-05-26T10:00:00+02:00</dc:date><description>The vote was held on Sunday.</description></item></rdf:RDF>`,
			1, "Vote held", day(2019, 5, 26), FromFeed, "The vote was held on Sunday."},
		{"item without date or text", `<rss><channel><title>W</title><item><title>Only a headline on 3 March 2023</title></item></channel></rss>`,
			1, "Only a headline on 3 March 2023", day(2023, 3, 3), FromText, "Only a headline on 3 March 2023"},
		{"latin-1 feed", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Le Fil</title><item><title>R\xe9union</title><pubDate>Mon, 01 Jul 2024 10:00:00 +0200</pubDate><description>Caf\xe9 cr\xe8me.</description></item></channel></rss>",
			1, "Réunion", day(2024, 7, 1), FromFeed, "Café crème."},
		{"wordpress trailer", `<rss><channel><title>W</title><item><title>T</title><description><![CDATA[<p>Talks began on Monday.</p><p>The post <a href="x">T</a> appeared first on W.</p><p><a href="y">Continue reading →</a></p>]]></description></item></channel></rss>`,
			1, "T", time.Time{}, FromNone, "Talks began on Monday."},
		{"html entities in plain xml", `<rss><channel><title>W</title><item><title>A&nbsp;B</title><description>x &amp;amp; y</description></item></channel></rss>`,
			1, "A B", time.Time{}, FromNone, "x & y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := parseFeed(input{path: "f.xml", data: []byte(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tt.n {
				t.Fatalf("got %d items, want %d", len(arts), tt.n)
			}
			a := arts[0]
			if a.Title != tt.title || a.Text != tt.text || !a.Published.Equal(tt.pub) || a.PublishedFrom != tt.from {
				t.Errorf("got title %q text %q published %v from %q, want %q %q %v %q", a.Title, a.Text, a.Published, a.PublishedFrom, tt.title, tt.text, tt.pub, tt.from)
			}
		})
	}
	for _, bad := range []string{`<rss><channel><title>Empty</title></channel></rss>`, `<urlset></urlset>`, `<?xml version="1.0"?>`} {
		if _, err := parseFeed(input{path: "f.xml", data: []byte(bad)}); err == nil {
			t.Errorf("parseFeed(%q): got no error, want one", bad)
		}
	}
}

func TestParseMarkdownVariants(t *testing.T) {
	tests := []struct {
		name, in, title, outlet, url string
		pub                          time.Time
		from, text                   string
	}{
		{"yaml quoted date and publisher map", "---\ntitle: 'Vote: a recount'\ndate: \"2024-05-01T09:00:00+02:00\"\npublisher:\n  name: The Chronicle\nlink: https://chron.example/vote\n---\nThe recount began.",
			"Vote: a recount", "The Chronicle", "https://chron.example/vote", day(2024, 5, 1), FromFrontMatter, "The recount began."},
		{"toml local date", "+++\ntitle = \"Budget\"\ndate = 2023-10-02\nsource = \"Ledger\"\n+++\nThe budget passed.",
			"Budget", "Ledger", "", day(2023, 10, 2), FromFrontMatter, "The budget passed."},
		{"invalid yaml read as lines", "---\ntitle: Bad: yaml: [\ndate: 2022-02-24\n---\nInvasion began.",
			"Bad: yaml: [", "", "", day(2022, 2, 24), FromFrontMatter, "Invasion began."},
		{"unclosed fence is a rule", "---\nJust text after a rule on 1 May 2020.",
			"", "", "", day(2020, 5, 1), FromText, "Just text after a rule on 1 May 2020."},
		{"no front matter, header block", "Title: Header\nDate: 2021-01-06\n\n# Heading\n\nBody **bold**.",
			"Header", "", "", day(2021, 1, 6), FromHeader, "Heading\n\nBody bold."},
		{"front matter without date", "---\ntitle: Undated\n---\nNo date here.",
			"Undated", "", "", time.Time{}, FromNone, "No date here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseMarkdown("a.md", cleanText([]byte(tt.in)))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("got title %q outlet %q url %q, want %q %q %q", a.Title, a.Outlet, a.URL, tt.title, tt.outlet, tt.url)
			}
			if !a.Published.Equal(tt.pub) || a.PublishedFrom != tt.from || a.Text != tt.text {
				t.Errorf("got published %v from %q text %q, want %v %q %q", a.Published, a.PublishedFrom, a.Text, tt.pub, tt.from, tt.text)
			}
		})
	}
}

func TestDemarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Title #\nText", "Title\n\nText"},
		{"Title\n=====\nText", "Title\n\nText"},
		{"**bold** and *em* and __strong__ and _it_", "bold and em and strong and it"},
		{"snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"},
		{"[link](https://a.example \"t\") and ![img](x.png)", "link and "},
		{"> quoted\n> more", "quoted\nmore"},
		{"- one\n* two\n1. three", "one\ntwo\nthree"},
		{"```go\ncode *here*\n```", "code *here*"},
		{"a\n\n---\n\nb", "a\n\n\n\nb"},
		{"[ref]: https://a.example\ntext with `code`", "text with code"},
		{`escaped \*stars\*`, "escaped *stars*"},
	}
	for _, tt := range tests {
		if got := strings.Trim(demarkdown(tt.in), "\n"); got != tt.want {
			t.Errorf("demarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseJSONVariants(t *testing.T) {
	arts, errs := parseJSON(input{path: "a.json", data: []byte(`[{"headline":"One","date":"2024-01-02","source":"S","content":"First."},{"title":"Two"},{"text":"Third."}]`)})
	if len(arts) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "item 2") {
		t.Errorf("array: got %d articles and %v, want 2 and an error for item 2", len(arts), errs)
	}
	if len(arts) > 0 && (arts[0].Title != "One" || arts[0].Outlet != "S" || !arts[0].Published.Equal(day(2024, 1, 2))) {
		t.Errorf("array: got %+v", arts[0])
	}
	arts, errs = parseJSON(input{path: "a.json", data: []byte("{\n  \"title\": \"Pretty\",\n  \"text\": \"Printed over lines.\"\n}\n")})
	if len(arts) != 1 || len(errs) != 0 || arts[0].Title != "Pretty" {
		t.Errorf("pretty object: got %d articles and %v", len(arts), errs)
	}
	arts, errs = parseJSON(input{path: "news.json", data: []byte(`{"status":"ok","totalResults":2,"articles":[{"source":{"id":null,"name":"BBC News"},"title":"Vote held","url":"https://bbc.example/vote","publishedAt":"2024-07-04T21:00:00Z","content":"Polls closed on Thursday."},{"title":"Second","description":"Counting began on Friday."}]}`)})
	if len(arts) != 2 || len(errs) != 0 || arts[0].Outlet != "BBC News" || !arts[0].Published.Equal(day(2024, 7, 4)) || arts[1].Text != "Counting began on Friday." {
		t.Errorf("wrapped articles: got %+v and %v", arts, errs)
	}
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf(`{"text": broken %d}`, i))
	}
	lines = append(lines, `{"text":"Survivor."}`)
	arts, errs = parseJSON(input{path: "a.jsonl", data: []byte(strings.Join(lines, "\n"))})
	if len(arts) != 1 || len(errs) != maxLineErrors+1 {
		t.Errorf("many bad lines: got %d articles and %d errors, want 1 and %d", len(arts), len(errs), maxLineErrors+1)
	}
	if len(errs) > 0 && (errs[0].Line != 1 || errs[maxLineErrors-1].Line != maxLineErrors || !strings.Contains(errs[maxLineErrors].Error(), "10 more bad lines")) {
		t.Errorf("many bad lines: got %v", errs)
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2024-07-25", day(2024, 7, 25)},
		{"2024-07-25T23:30:00-04:00", day(2024, 7, 25)},
		{"2024-07-25T23:30:00.123Z", day(2024, 7, 25)},
		{"2024-07-25 08:00:00", day(2024, 7, 25)},
		{"Thu, 25 Jul 2024 08:00:00 GMT", day(2024, 7, 25)},
		{"Sun, 7 Jul 2024 18:30:00 +0000", day(2024, 7, 7)},
		{"July 25, 2024", day(2024, 7, 25)},
		{"25 July 2024", day(2024, 7, 25)},
		{"Jul. 25, 2024", day(2024, 7, 25)},
		{"2024-07-25 at 10:00", day(2024, 7, 25)},
		{"July 25, 2024 10:30 AM EDT", day(2024, 7, 25)},
		{"Updated: Thursday 25 July 2024", day(2024, 7, 25)},
		{"yesterday", time.Time{}},
		{"0001-01-01", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDay(tt.in)
		if !got.Equal(tt.want) || ok == tt.want.IsZero() {
			t.Errorf("parseDay(%q) = %v, %v, want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseHTMLShortPageChrome(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"short article among chrome", `<!DOCTYPE html><html><head><title>Short news | Site</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div class="cookie-notice">We use cookies. Updated 5 May 2021.</div>
<main><article><h1>Short news</h1><p>The minister resigned on Friday after the vote.</p><p>Elections are due in June 2025.</p></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Minister appointed on 2 February 2022</a></li></ul></aside></main>
<footer><p>© 2024 Site. Founded 1990.</p></footer><script>var x = "2019-01-01";</script></body></html>`,
			"The minister resigned on Friday after the vote.\n\nElections are due in June 2025."},
		{"short article with a byline paragraph", `<html><head><title>Sanctions agreed</title></head><body><article><h1>Sanctions agreed</h1><p class="byline">By Maria Rossi, 23 February 2024</p><p>Governments approved the package on Friday.</p></article></body></html>`,
			"Governments approved the package on Friday."},
		{"divs only", `<html><body><div id="nav"><a href="/">Home</a> <a href="/b">Blog</a></div><div>Just one line about the 2020 election.</div><div class="site-footer">Copyright 1999</div></body></html>`,
			"Just one line about the 2020 election."},
		{"article container with a chrome-like class stays", `<html><body><div class="content has-sidebar"><p>` + strings.Repeat("Long paragraph of reporting about the talks. ", 4) + `</p><p>` + strings.Repeat("Another paragraph of reporting on the talks. ", 4) + `</p></div></body></html>`,
			strings.TrimSpace(strings.Repeat("Long paragraph of reporting about the talks. ", 4)) + "\n\n" + strings.TrimSpace(strings.Repeat("Another paragraph of reporting on the talks. ", 4))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseHTML(input{path: "p.html", data: []byte(tt.page)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("got %q, want %q", a.Text, tt.want)
			}
		})
	}
}

func TestInferPublished(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Leaders in Moscow, Russia, July 24, 2024\nText", day(2024, 7, 24)},
		{"MOSCOW (July 24, 2024) — Talks", day(2024, 7, 24)},
		{"Published 3 March 2023. Talks began.", day(2023, 3, 3)},
		{"On (24 July 2024), talks", day(2024, 7, 24)},
		{"Due 31 June 2024, which does not exist", time.Time{}},
		{"In July 2024 talks began on July 24", time.Time{}},
		{"May 5, 20245 is no year", time.Time{}},
		{strings.Repeat("x", 600) + " July 24, 2024", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := inferPublished(tt.in)
		if !got.Equal(tt.want) || ok == tt.want.IsZero() {
			t.Errorf("inferPublished(%.40q) = %v, %v, want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseMHTML(t *testing.T) {
	page := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://x.example/p\r\n\r\nPHA+Q2Fm6SBvd25lcnMg\r\nd2VsY29tZWQgdGhlbS48L3A+\r\n--b--\r\n"
	arts, errs := parse(input{path: "p.mht", data: []byte(page)})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Text != "Café owners welcomed them." || arts[0].URL != "https://x.example/p" {
		t.Errorf("got %+v, %v, want the decoded Latin-1 paragraph and its location", arts, errs)
	}
	if _, errs := parse(input{path: "p.mht", data: []byte("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello")}); len(errs) != 1 || !strings.Contains(errs[0].Error(), "MHTML") {
		t.Errorf("got %v, want an MHTML error", errs)
	}
}

func TestParseHTMLLinks(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://news.example/a/story"></head><body><article><p>The <a href="/reports/1">report</a> and the <a href="https://un.example/doc">UN text</a> (see https://un.example/doc) and <a href="mailto:x@y">mail</a>.</p></article></body></html>`
	a, err := parseHTML(input{path: "p.html", data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://un.example/doc", "https://news.example/reports/1"}
	if fmt.Sprint(a.Links) != fmt.Sprint(want) {
		t.Errorf("got links %v, want %v", a.Links, want)
	}
}

func TestOutletFromURL(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://apnews.com/article/syria-russia-1", "AP"},
		{"https://www.reuters.com/world/middle-east/x", "Reuters"},
		{"https://www.bbc.co.uk/news/world-1", "BBC"},
		{"https://edition.cnn.com/2024/07/24/world", "CNN"},
		{"https://www.euronews.com/2024/07/25/putin", "Euronews"},
		{"http://news.example.org/story", "news.example.org"},
		{"https://www.local-paper.example/story", "local-paper.example"},
		{"https://m.local-paper.example/story", "local-paper.example"},
		{"https://example.org./x", "example.org"},
		{"https://192.168.1.4/x", ""},
		{"https://[::1]/x", ""},
		{"file:///tmp/a.html", ""},
		{"javascript:alert(1)", ""},
		{"not a url", ""},
		{"", ""},
	} {
		if got := outletFromURL(c.url); got != c.want {
			t.Errorf("outletFromURL(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
