package export

import (
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"dateline/data"
	"dateline/timeline"
)

// attacks are strings an article could carry to break out of an export:
// Markdown and HTML injection, spreadsheet formulas, table pipes, code
// spans, autolinks and terminal escape sequences (OSC 8 links, OSC 0
// titles, CSI colours, C1 controls, bidi overrides).
var attacks = []string{
	"[click me](javascript:alert(1))",
	"![img](javascript:alert(2)) and ![x][1]",
	"<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(3)\">here</a>",
	"<!-- hidden --> <details open>shown</details> <javascript:alert(5)>",
	`=HYPERLINK("http://evil.example/x","click")`,
	"=cmd|' /C calc'!A0",
	"+1 555 0100",
	"-2+3",
	"@SUM(A1:A9)",
	"\t=1+1",
	"\r=1+1",
	"  =1+1 after blanks",
	"＝1+1 full width",
	"| a | b |\n|---|---|\n| c | d |",
	"`code` ``double`` \\`escaped\\`",
	"\x1b]8;;https://evil.example\x07terminal link\x1b]8;;\x07",
	"\x1b]0;pwned\x07title",
	"\x1b[31mred\x1b[0m \x1b[2J",
	"\u009b31mC1 CSI \u009d0;t\u009c",
	"\u202eevil\u202c \u2066isolate\u2069",
	"bob@evil.example mailto:bob@evil.example xmpp:bob@evil.example",
	"www.evil.example WWW.EVIL.EXAMPLE https://evil.example/path?q=1 <https://evil.example/auto>",
	"&amp; &#x3C;b&#x3E; &lt;p&gt; &copy;",
	"# heading\n## another\n> quote\n- item\n1. item\n---\n===",
	"[x]: javascript:alert(6) [^1] [^1]: note",
	":smile: :+1: 10:30",
	"$x^2$ and $$y$$",
	"~~strike~~ ***bold*** _em_ __strong__",
	"line\nbreak\r\nand\u2028separator",
	"\\ trailing backslash \\",
	"invalid \xff\xfe utf-8",
}

// adversarial returns a timeline whose every text field carries an attack.
func adversarial() (*timeline.Timeline, []string) {
	urls := []string{
		"javascript:alert(document.cookie)",
		"https://ok.example/a",
		"http://ok.example/b?x=1&y=2",
		"https://evil.example/\"><script>alert(1)</script>",
		"data:text/html,<script>alert(1)</script>",
		"https://evil.example/\x1b]8;;x\x07",
		"",
	}
	var arts []data.Article
	var events []timeline.Event
	dates := []string{"2011", "2013-05", "2015-09-30", "2019-Q2", "2020-W10", "201"}
	for i, a := range attacks {
		art := data.Article{ID: "adv" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Path: "adv/" + a, Title: a, Outlet: a,
			URL: urls[i%len(urls)], Published: tt(2024, 3, 1+i%28), PublishedFrom: data.FromHeader}
		arts = append(arts, art)
		d := timeline.MustDate(dates[i%len(dates)])
		if i%5 == 0 {
			d = d.Since()
		}
		events = append(events, timeline.Event{ID: a, Date: d, Summary: a, Actors: []string{a, "Russia"}, Place: a,
			Sources: []timeline.Source{src(art, a, a), src(arts[i/2], "Second source: "+a, a)}})
	}
	t := &timeline.Timeline{Events: events, Articles: arts}
	for _, a := range attacks {
		t.Actors = append(t.Actors, timeline.Actor{Name: a, Kind: a, Aliases: []string{a}, Events: 1})
	}
	t.Actors = append(t.Actors, timeline.Actor{Name: "Russia", Kind: "country", Events: len(attacks)})
	return t, urls
}

func TestAdversarialExports(t *testing.T) {
	tl, urls := adversarial()
	v := View{Timeline: tl, Events: all(tl), Title: attacks[0], Filter: timeline.Filter{Words: []string{attacks[2], attacks[15]}}}
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			out := string(write(t, f, v))
			var err error
			switch f {
			case Markdown:
				err = checkMarkdownInert(out, urls)
				if got := strings.Count(out, "\n## 20"); got < 4 {
					t.Errorf("got %d year headings, want at least 4", got)
				}
			case CSV:
				err = checkCSV(out, len(tl.Events))
			case JSON:
				err = checkJSON(out, len(tl.Events))
			case TimelineJS:
				err = checkTimelineJS(out, len(tl.Events), urls)
			}
			if err != nil {
				t.Fatalf("%s export is not inert: %v", f, err)
			}
			for _, bad := range []string{"javascript:alert(document", "data:text/html", "\x1b", "pwned\x07"} {
				if f != JSON && strings.Contains(out, bad) && !strings.Contains(out, `\`+bad) {
					if f == Markdown || f == TimelineJS {
						// Text may mention it; it must never be a link target.
						if strings.Contains(out, "("+bad) || strings.Contains(out, `href="`+bad) || strings.Contains(out, "<"+bad) {
							t.Errorf("%s links %q", f, bad)
						}
					}
				}
			}
		})
	}
	golden(t, "adversarial.md", write(t, Markdown, v))
	golden(t, "adversarial.csv", write(t, CSV, v))
}

// TestMarkdownInPandoc renders the adversarial export with pandoc, the way
// an analyst turns a report into HTML, when pandoc is installed: the only
// links are the sources' http(s) URLs and there is no raw HTML.
func TestMarkdownInPandoc(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		t.Skip("pandoc is not installed; checkMarkdownInert still runs in TestAdversarialExports")
	}
	tl, _ := adversarial()
	md := write(t, Markdown, View{Timeline: tl, Events: all(tl)})
	cmd := exec.Command(pandoc, "-f", "gfm", "-t", "html")
	cmd.Stdin = strings.NewReader(string(md))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	html := string(out)
	for _, m := range regexp.MustCompile(`<a [^>]*>`).FindAllString(html, -1) {
		if m != `<a href="https://ok.example/a">` && m != `<a href="http://ok.example/b?x=1&amp;y=2">` {
			t.Errorf("pandoc made a link from article text: %s", m)
		}
	}
	allowed := map[string]bool{"h1": true, "h2": true, "p": true, "ul": true, "ol": true, "li": true,
		"strong": true, "em": true, "blockquote": true, "a": true}
	for _, m := range regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)`).FindAllStringSubmatch(html, -1) {
		if !allowed[m[1]] {
			t.Errorf("pandoc output has a <%s> element", m[1])
		}
	}
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 24 July.", "plain text, 24 July."},
		{"[x](javascript:alert(1))", `\[x\](javascript:alert(1))`},
		{"<b>&amp;", `\<b\>\&amp;`},
		{"see https://x.example", `see https\://x.example`},
		{"www.x.example", `www\.x.example`},
		{"a@b.example", "a\\@\u2060b.example"},
		{":smile: at 10:30", `\:smile: at 10:30`},
		{"# no | table `code` $x$", `\# no \| table \` + "`" + `code\` + "`" + ` \$x\$`},
		{"two\nlines", "two lines"},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"Erdoğan – “quoted”", "Erdoğan – “quoted”"},
		{"a\x1b]8;;https://evil\x07link\x1b]8;;\x07b", "alinkb"},
		{"a\x1b]0;title\x1b\\b", "ab"},
		{"\x1b[1;31mred\x1b[0m", "red"},
		{"a\u009b31mb", "ab"},
		{"x\u202eevil\u202c", "xevil"},
		{"one\n\ntwo\tthree\r\n", "one two three"},
		{"\n lead", " lead"},
		{"bad\xffbyte", "bad\ufffdbyte"},
		{"bell\x07 del\x7f", "bell del"},
	} {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNeutralizeCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"Putin", "Putin"}, {"2024-07-24", "2024-07-24"},
		{"=1+1", "'=1+1"}, {"+1", "'+1"}, {"-2", "'-2"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"}, {"\r=1", "'\r=1"}, {"  =1", "'  =1"}, {"＝1", "'＝1"},
		{"a=1", "a=1"}, {"'quoted", "'quoted"},
	} {
		if got := NeutralizeCell(tc.in); got != tc.want {
			t.Errorf("NeutralizeCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTimelineJSDates(t *testing.T) {
	for _, tc := range []struct {
		in         timeline.Date
		start, end string
	}{
		{timeline.MustDate("2024-07-24"), "2024-7-24", ""},
		{timeline.MustDate("2023-03"), "2023-3", ""},
		{timeline.MustDate("2011"), "2011", ""},
		{timeline.MustDate("2013-Q1"), "2013-1", "2013-3"},
		{timeline.MustDate("2013-WI"), "2013-12", "2014-2"},
		{timeline.MustDate("2014-H2"), "2014-7", "2014-12"},
		{timeline.MustDate("2024-W29"), "2024-7-15", "2024-7-21"},
		{timeline.MustDate("201"), "2010", "2019"},
		{timeline.MustDate("19"), "1900", "1999"},
		{timeline.MustDate("2015-09").Since(), "2015-9", ""},
		{timeline.MustDate("2011").Until(timeline.MustDate("2015-06")), "2011", "2015-6"},
		{timeline.Date{}, "", ""},
	} {
		s, e := tlDates(tc.in)
		if got := fmtTL(s); got != tc.start {
			t.Errorf("tlDates(%s) start = %s, want %s", tc.in, got, tc.start)
		}
		if got := fmtTL(e); got != tc.end {
			t.Errorf("tlDates(%s) end = %s, want %s", tc.in, got, tc.end)
		}
	}
}

func fmtTL(d *tlDate) string {
	if d == nil {
		return ""
	}
	parts := []int{d.Year, d.Month, d.Day}
	var s []string
	for _, p := range parts {
		if p != 0 {
			s = append(s, strconv.Itoa(p))
		}
	}
	return strings.Join(s, "-")
}

func TestEventMarkdown(t *testing.T) {
	tl := fixture()
	got := EventMarkdown(&tl.Events[8])
	want := "- **Mar 2016**: Talks resumed in Geneva in March 2016 <https://example.com/world/geneva-talks> <https://example.org/international/sommet-à-genève>\n" +
		"  - Actors: United Nations, Syria\n" +
		"  - Place: Geneva\n" +
		"  > “Talks resumed in Geneva in March 2016.” (Reuters <https://example.com/world/geneva-talks>)\n" +
		"  >\n" +
		"  > “Les pourparlers ont repris à Genève en mars 2016.” (Le Monde <https://example.org/international/sommet-à-genève>)\n"
	if got != want {
		t.Errorf("EventMarkdown:\ngot:\n%s\nwant:\n%s", got, want)
	}
	adv, urls := adversarial()
	for i := range adv.Events {
		doc := "# Event\n\ncopied\n\n" + EventMarkdown(&adv.Events[i])
		if err := checkMarkdownInert(doc, urls); err != nil {
			t.Errorf("EventMarkdown of adversarial event %d: %v", i, err)
		}
	}
}

func TestIsPlainAgreesWithClean(t *testing.T) {
	for _, s := range append(attacks, "plain", "curly ’quotes’ – dash … ellipsis", "\u2028", "\u200e", "\u061c", "\u00a0nbsp", "\u0085") {
		if isPlain(s) != (clean(s) == s) {
			t.Errorf("isPlain(%q) = %v, but clean gives %q", s, isPlain(s), clean(s))
		}
	}
}
