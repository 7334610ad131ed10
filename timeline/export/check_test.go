package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// The checkers below state what every export must guarantee whatever the
// article text: they are used by the adversarial tests and the fuzz targets.

// controlRune reports a rune no export may contain: C0 controls other than
// newline, DEL, C1 controls and bidi overrides.
func controlRune(r rune) bool {
	return (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func checkNoControls(out string) error {
	if !utf8.ValidString(out) {
		return fmt.Errorf("invalid UTF-8")
	}
	for i, r := range out {
		if controlRune(r) {
			return fmt.Errorf("control character %U at byte %d", r, i)
		}
	}
	return nil
}

var (
	mdLine = []*regexp.Regexp{
		regexp.MustCompile(`^$`),
		regexp.MustCompile(`^## \S.*$`),
		regexp.MustCompile(`^- \*\*[^*\\]+\*\*: .*$`),
		regexp.MustCompile(`^  - (Actors|Place): .*$`),
		regexp.MustCompile(`^  > “.*” \(.*\)$`),
		regexp.MustCompile(`^  >$`),
		regexp.MustCompile(`^\d+\. .+$`),
		regexp.MustCompile(`^\[\d+\]: <https?://[^\s<>]+>$`),
	}
	mdRef      = regexp.MustCompile(`\[\\\[\d+\\\]\]\[\d+\]`)
	mdAutolink = regexp.MustCompile(`<https?://[^\s<>]+>`)
	mdRefDef   = regexp.MustCompile(`^\[\d+\]: <https?://[^\s<>]+>$`)
	mdLabel    = regexp.MustCompile(`^- \*\*[^*\\]+\*\*: `)
	mdTitle    = regexp.MustCompile(`, \*((?:[^*\\]|\\.)*)\*`)
)

// checkMarkdownInert checks that a Markdown export has only the structure
// WriteMarkdown makes and that everything else is escaped text: no link,
// image, autolink, HTML, entity, emphasis, code, heading or table can come
// from article text, and only the given source URLs are links.
func checkMarkdownInert(md string, urls []string) error {
	if err := checkNoControls(md); err != nil {
		return err
	}
	allowed := map[string]bool{}
	for _, u := range urls {
		if s := safeURL(u); s != "" {
			allowed[s] = true
		}
	}
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "# ") || lines[1] != "" {
		return fmt.Errorf("no title and summary line at the top:\n%s", md)
	}
	for n, line := range lines {
		text := line
		switch {
		case n == 0:
			text = strings.TrimPrefix(line, "# ")
		case n == 2:
			// the summary line: plain escaped text
		default:
			ok := false
			for _, re := range mdLine {
				if re.MatchString(line) {
					ok = true
					break
				}
			}
			if !ok {
				return fmt.Errorf("line %d has a structure WriteMarkdown never writes: %q", n+1, line)
			}
			if line == "  >" {
				continue
			}
			if mdRefDef.MatchString(line) {
				u := line[strings.Index(line, "<")+1 : len(line)-1]
				if !allowed[u] {
					return fmt.Errorf("line %d links %q, which is not a source URL", n+1, u)
				}
				continue
			}
			text = mdLabel.ReplaceAllString(text, "")
			text = strings.TrimPrefix(text, "## ")
			text = strings.TrimPrefix(text, "  - ")
			text = strings.TrimPrefix(text, "  > ")
			if i := strings.Index(text, ". "); i > 0 && strings.Trim(text[:i], "0123456789") == "" {
				text = text[i+2:]
			}
			text = mdTitle.ReplaceAllString(text, ", $1")
		}
		text = mdRef.ReplaceAllString(text, "")
		for _, m := range mdAutolink.FindAllString(text, -1) {
			if !allowed[m[1:len(m)-1]] {
				return fmt.Errorf("line %d links %q, which is not a source URL", n+1, m)
			}
		}
		text = mdAutolink.ReplaceAllString(text, "")
		if err := checkEscaped(text); err != nil {
			return fmt.Errorf("line %d: %v: %q", n+1, err, line)
		}
	}
	return nil
}

// checkEscaped checks that inline text has every Markdown metacharacter
// backslash-escaped and no autolink or emoji trigger left.
func checkEscaped(s string) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			if i+1 >= len(s) {
				return fmt.Errorf("trailing backslash")
			}
			i++ // the escaped character
			continue
		}
		switch {
		case strings.IndexByte("`*_[]<>#|!~&$^", c) >= 0:
			return fmt.Errorf("unescaped %q at %d", c, i)
		case c == '@' && !strings.HasPrefix(s[i+1:], "\u2060"):
			return fmt.Errorf("@ without word joiner at %d", i)
		case c == ':' && (strings.HasPrefix(s[i+1:], "//") || isShortcode(s[i+1:])):
			return fmt.Errorf("unescaped autolink or emoji colon at %d", i)
		case c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			return fmt.Errorf("unescaped www. at %d", i)
		}
	}
	return nil
}

// checkCSV checks that out is RFC 4180 CSV with a header and rows events
// rows of the header's width, and that no cell can start a formula.
func checkCSV(out string, rows int) error {
	if err := checkNoControls(strings.ReplaceAll(out, "\r", "")); err != nil {
		return err
	}
	r := csv.NewReader(strings.NewReader(out))
	recs, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("does not reparse: %v", err)
	}
	if len(recs) != rows+1 {
		return fmt.Errorf("got %d records, want a header and %d rows", len(recs), rows)
	}
	for i, rec := range recs {
		if len(rec) != len(csvHeader) {
			return fmt.Errorf("record %d has %d cells, want %d", i, len(rec), len(csvHeader))
		}
		for _, cell := range rec {
			if cell == "" || cell[0] == '\'' {
				continue
			}
			if strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				return fmt.Errorf("record %d: cell %q starts a formula", i, cell)
			}
			first, _ := utf8.DecodeRuneInString(strings.TrimLeft(cell, " "))
			if strings.ContainsRune("=+-@＝＋－＠", first) {
				return fmt.Errorf("record %d: cell %q starts a formula after blanks", i, cell)
			}
		}
	}
	return nil
}

// checkJSON checks that out is one JSON object with exactly the keys of
// the schema and no control characters in any string.
func checkJSON(out string, events int) error {
	var doc map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	if dec.More() {
		return fmt.Errorf("more than one JSON value")
	}
	want := map[string][]string{
		"":         {"actors", "articles", "events"},
		"events":   {"actors", "approx", "date", "end", "id", "place", "precision", "sources", "summary"},
		"sources":  {"article", "expression", "outlet", "published", "sentence", "title", "url"},
		"actors":   {"aliases", "events", "first", "kind", "last", "name"},
		"articles": {"id", "outlet", "path", "published", "published_from", "title", "url"},
	}
	keys := func(m map[string]any) string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return strings.Join(ks, ",")
	}
	if got := keys(doc); got != strings.Join(want[""], ",") {
		return fmt.Errorf("top-level keys %s, want %v", got, want[""])
	}
	var walk func(path string, v any) error
	walk = func(path string, v any) error {
		switch v := v.(type) {
		case string:
			return checkNoControls(v)
		case []any:
			for _, x := range v {
				if err := walk(path, x); err != nil {
					return err
				}
			}
		case map[string]any:
			if w, ok := want[path]; ok {
				if got := keys(v); got != strings.Join(w, ",") {
					return fmt.Errorf("%s keys %s, want %v", path, got, w)
				}
			}
			for k, x := range v {
				if err := walk(k, x); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk("", doc); err != nil {
		return err
	}
	if n := len(doc["events"].([]any)); n != events {
		return fmt.Errorf("got %d events, want %d", n, events)
	}
	return nil
}

var (
	tlTags = regexp.MustCompile(`</?(p|blockquote|i)>|<a href="https?://[^"<>\s]+" target="_blank" rel="noopener noreferrer">|</a>`)
	tlHref = regexp.MustCompile(`<a href="([^"]*)"`)
)

// checkTimelineJS checks that out is TimelineJS3 JSON with one slide per
// event, that dates carry a year, and that the HTML of headlines and texts
// holds only the tags WriteTimelineJS makes, links only to source URLs.
func checkTimelineJS(out string, events int, urls []string) error {
	var doc struct {
		Title  *tlSlide  `json:"title"`
		Events []tlSlide `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	if doc.Title == nil {
		return fmt.Errorf("no title slide")
	}
	if len(doc.Events) != events {
		return fmt.Errorf("got %d slides, want %d", len(doc.Events), events)
	}
	allowed := map[string]bool{}
	for _, u := range urls {
		if s := safeURL(u); s != "" {
			allowed[html.EscapeString(s)] = true
		}
	}
	for i, s := range append([]tlSlide{*doc.Title}, doc.Events...) {
		if s.Autolink {
			return fmt.Errorf("slide %d: autolink is on", i)
		}
		if i > 0 && (s.StartDate == nil || s.StartDate.Year == 0 && s.DisplayDate == "") {
			return fmt.Errorf("slide %d has no start date", i)
		}
		for _, h := range []string{s.Text.Headline, s.Text.Text, s.DisplayDate, s.Group} {
			if err := checkNoControls(h); err != nil {
				return fmt.Errorf("slide %d: %v", i, err)
			}
			for _, m := range tlHref.FindAllStringSubmatch(h, -1) {
				if !allowed[m[1]] {
					return fmt.Errorf("slide %d links %q, which is not a source URL", i, m[1])
				}
			}
			if rest := tlTags.ReplaceAllString(h, ""); strings.ContainsAny(rest, `<>"'`) {
				return fmt.Errorf("slide %d: unescaped HTML in %q", i, rest)
			}
		}
	}
	return nil
}
