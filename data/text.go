package data

import (
	"bufio"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Errors a file can be rejected with; callers may branch on them with errors.Is.
var (
	ErrEmpty  = errors.New("file is empty")
	ErrBinary = errors.New("file looks binary, not text")
)

// headerKeys are the metadata fields a plain-text header block may carry.
var headerKeys = map[string]string{
	"title": "title", "headline": "title",
	"outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
	"date": "published", "published": "published", "pubdate": "published",
	"url": "url", "link": "url",
	"byline": "byline", "author": "byline", "by": "byline",
}

// bylineRe matches a dateline such as " date 2024-07-25 By Euronews with AP".
var bylineRe = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\s+By\s+(.+?)\s*$`)

// ParseText reads a plain-text article: an optional header block of
// "Key: value" lines ended by a blank line, then the body.
func ParseText(path string, b []byte) (Article, error) {
	if len(b) == 0 || len(strings.TrimSpace(string(b))) == 0 {
		return Article{}, ErrEmpty
	}
	if looksBinary(b) {
		return Article{}, ErrBinary
	}
	s := cleanText(b)
	a := Article{Path: path, PublishedFrom: FromNone}
	body := s
	if meta, rest, ok := splitHeader(s); ok {
		body = rest
		a.Title = meta["title"]
		a.Outlet = meta["outlet"]
		a.URL = meta["url"]
		if d, ok := parseDay(meta["published"]); ok {
			a.Published, a.PublishedFrom = d, FromHeader
		}
	}
	// A leading dateline line ("date 2024-07-25 By Euronews with AP") is metadata, not text.
	if first, rest, _ := strings.Cut(strings.TrimLeft(body, "\n"), "\n"); bylineRe.MatchString(first) {
		m := bylineRe.FindStringSubmatch(first)
		if a.Published.IsZero() {
			if d, ok := parseDay(m[1]); ok {
				a.Published, a.PublishedFrom = d, FromHeader
			}
		}
		if a.Outlet == "" {
			a.Outlet = outletFromByline(m[2])
		}
		body = rest
	}
	a.Text = strings.TrimSpace(body)
	if a.Text == "" {
		return Article{}, ErrEmpty
	}
	if a.Published.IsZero() {
		if d, ok := inferPublished(a.Text); ok {
			a.Published, a.PublishedFrom = d, FromText
		}
	}
	a.Links = findLinks(a.Text)
	a.ID = contentID(a.URL, a.Text)
	return a, nil
}

// splitHeader separates a "Key: value" header block from the body. Every
// line before the first blank line must be a known key for it to count.
func splitHeader(s string) (map[string]string, string, bool) {
	meta := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64*1024), len(s)+1)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		n += len(line) + 1
		if strings.TrimSpace(line) == "" {
			if len(meta) == 0 {
				return nil, s, false
			}
			if n > len(s) {
				n = len(s)
			}
			return meta, s[n:], true
		}
		k, v, ok := strings.Cut(line, ":")
		field, known := headerKeys[strings.ToLower(strings.TrimSpace(k))]
		if !ok || !known {
			return nil, s, false
		}
		meta[field] = strings.TrimSpace(v)
	}
	return nil, s, false
}

// outletFromByline turns "Euronews with AP" into "Euronews".
func outletFromByline(s string) string {
	for _, sep := range []string{" with ", " and ", ","} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// parseDay reads a publication date in the common machine formats.
func parseDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "2 January 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// datedCaptionRe finds a full written date such as "July 24, 2024" or "24 July 2024".
var datedCaptionRe = regexp.MustCompile(`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})|(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}))\b`)

// inferPublished guesses the publication date from the first full date in
// the opening lines (a dated caption or dateline). It never uses the clock.
func inferPublished(text string) (time.Time, bool) {
	head := text
	if len(head) > 600 {
		head = head[:600]
	}
	m := datedCaptionRe.FindStringSubmatch(head)
	if m == nil {
		return time.Time{}, false
	}
	if m[1] != "" {
		return parseDay(m[1] + " " + m[2] + ", " + m[3])
	}
	return parseDay(m[4] + " " + m[5] + " " + m[6])
}

var linkRe = regexp.MustCompile(`https?://[^\s<>"')\]]+`)

func findLinks(text string) []string {
	links := linkRe.FindAllString(text, -1)
	for i, l := range links {
		links[i] = strings.TrimRight(l, ".,;:")
	}
	return links
}

// looksBinary reports whether b holds NUL bytes or mostly non-text bytes.
func looksBinary(b []byte) bool {
	n := min(len(b), 8000)
	ctl := 0
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > n
}

// cleanText makes b valid UTF-8 (invalid bytes are read as Windows-1252),
// normalises line ends and drops control characters.
func cleanText(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	s := string(b)
	s = strings.TrimPrefix(s, "\ufeff")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = cp1252(s[i])
		}
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			sb.WriteByte('\n')
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case r == '\u00a0':
			sb.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// control characters never reach the text
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			// bidi overrides and isolates
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// cp1252 decodes one Windows-1252 byte (a superset of Latin-1's printable range).
func cp1252(c byte) rune {
	if c >= 0x80 && c < 0xa0 {
		if r := cp1252High[c-0x80]; r != 0 {
			return r
		}
		return utf8.RuneError
	}
	return rune(c)
}

var cp1252High = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// FileError reports why one input could not be loaded.
type FileError struct {
	Input string
	Err   error
}

func (e *FileError) Error() string { return fmt.Sprintf("%s: %v", e.Input, e.Err) }
func (e *FileError) Unwrap() error { return e.Err }

// ErrorList collects per-input errors; Err returns nil when it is empty.
type ErrorList []*FileError

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
