package data

import (
	"encoding/binary"
	"html"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
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
// "Key: value" lines ended by a blank line, then the body. It rejects empty
// and binary input with ErrEmpty and ErrBinary.
func ParseText(path string, b []byte) (Article, error) {
	if len(strings.TrimSpace(string(b))) == 0 {
		return Article{}, ErrEmpty
	}
	if looksBinary(b) {
		return Article{}, binaryReason(b)
	}
	return parseText(path, cleanText(b))
}

// parseText reads clean plain text with an optional header block.
func parseText(path, s string) (Article, error) {
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
	a.Text = unescapeEntities(readDateline(&a, body))
	if a.Title == "" {
		a.Title = headline(a.Text)
	}
	return finish(a)
}

// headline returns the first line of text when it stands alone as a
// headline: short, without a closing full stop, followed by a blank line
// and more text. A caption running straight into the text is not one.
func headline(text string) string {
	text = strings.TrimLeft(text, " \t\n")
	first, rest, ok := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if !ok || len(first) == 0 || len(first) > 150 || !strings.HasPrefix(rest, "\n") || strings.TrimSpace(rest) == "" {
		return ""
	}
	if last, _ := utf8.DecodeLastRuneInString(first); strings.ContainsRune(".!?:;,…\"”'’", last) {
		return ""
	}
	return first
}

// readDateline takes a leading dateline line ("date 2024-07-25 By Euronews
// with AP") out of body into a's metadata; it is metadata, not text.
func readDateline(a *Article, body string) string {
	first, rest, _ := strings.Cut(strings.TrimLeft(body, " \t\n"), "\n")
	m := bylineRe.FindStringSubmatch(first)
	if m == nil {
		return body
	}
	if a.Published.IsZero() {
		if d, ok := parseDay(m[1]); ok {
			a.Published, a.PublishedFrom = d, FromHeader
		}
	}
	if a.Outlet == "" {
		a.Outlet = outletFromByline(m[2])
	}
	return rest
}

// finish tidies a parsed article: trims the text, infers a missing date
// from it, gathers its links and derives its ID. An article without text
// is an error.
func finish(a Article) (Article, error) {
	a.Text = tidyLines(cleanString(a.Text))
	if a.Text == "" {
		return Article{}, ErrNoText
	}
	// Metadata is often a substring of the whole decoded input; cloning it
	// lets that buffer go once parsing is done (only Text is kept).
	a.Title = strings.Clone(strings.Join(strings.Fields(cleanString(unescapeEntities(a.Title))), " "))
	a.Outlet = strings.Clone(strings.Join(strings.Fields(cleanString(a.Outlet)), " "))
	a.URL = strings.Clone(strings.TrimSpace(a.URL))
	if a.Outlet == "" {
		a.Outlet = outletFromURL(a.URL)
	}
	if a.PublishedFrom == "" {
		a.PublishedFrom = FromNone
	}
	if a.Published.IsZero() {
		a.PublishedFrom = FromNone
		if d, ok := inferPublished(a.Text); ok {
			a.Published, a.PublishedFrom = d, FromText
		}
	}
	a.Links = findLinks(a.Text)
	a.ID = contentID(a.URL, a.Text)
	return a, nil
}

// tidyLines trims trailing spaces on each line, collapses runs of blank
// lines to one and trims the whole text.
func tidyLines(s string) string {
	// Most texts need no more than their blank lines at the start and their
	// line breaks at the end taken off: they keep their memory.
	if t := strings.TrimRight(strings.TrimLeft(s, "\n"), " \t\n"); isTidy(t) {
		return t
	}
	return retidy(s)
}

// retidy is tidyLines, building a new string.
func retidy(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	blank := 0
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, " \t\n")
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if sb.Len() > 0 {
			if blank > 0 {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte('\n')
			}
		}
		blank = 0
		sb.WriteString(line)
	}
	return sb.String()
}

// isTidy reports whether tidyLines would return s as it is: s starts and
// ends with a line of text, no line ends with a space or tab, and lines of
// text are separated by one line break or by one empty line.
func isTidy(s string) bool {
	if s == "" {
		return true
	}
	blank := true // the line before was empty (or there was none)
	for len(s) > 0 {
		line := s
		i := strings.IndexByte(s, '\n')
		if i >= 0 {
			line, s = s[:i], s[i+1:]
			if len(s) == 0 {
				return false // a line break at the end
			}
		} else {
			s = ""
		}
		if len(line) == 0 {
			if blank {
				return false // empty at the start, or two empty lines in a row
			}
			blank = true
			continue
		}
		if c := line[len(line)-1]; c == ' ' || c == '\t' {
			return false
		}
		// Only a line starting with a space (of any kind) can be all spaces.
		if c := line[0]; (c <= ' ' || c >= utf8.RuneSelf) && strings.TrimSpace(line) == "" {
			return false
		}
		blank = false
	}
	return !blank
}

// unescapeEntities decodes HTML character references (&amp;, &#8217;)
// left in text copied from web pages.
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// splitHeader separates a "Key: value" header block from the body. Every
// line before the first blank line must be a known key for it to count.
func splitHeader(s string) (map[string]string, string, bool) {
	var meta map[string]string
	for off := 0; off < len(s); {
		line, _, found := strings.Cut(s[off:], "\n")
		next := off + len(line) + 1
		if strings.TrimSpace(line) == "" {
			if meta == nil {
				return nil, s, false
			}
			return meta, s[min(next, len(s)):], true
		}
		if !found {
			return nil, s, false
		}
		k, v, ok := strings.Cut(line, ":")
		field, known := headerKeys[strings.ToLower(strings.TrimSpace(k))]
		if !ok || !known {
			return nil, s, false
		}
		if meta == nil {
			meta = map[string]string{}
		}
		meta[field] = strings.TrimSpace(v)
		off = next
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

// dayLayouts are the machine and written date formats metadata comes in.
var dayLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 MST", "2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006", "2 Jan 2006", time.RFC822Z, time.RFC822, time.RubyDate, time.UnixDate, time.ANSIC,
	"January 2, 2006", "January 2 2006", "2 January 2006", "Jan 2, 2006", "Jan. 2, 2006", "Monday, January 2, 2006",
	"Monday, 2 January 2006", "2006/01/02", "02.01.2006", "20060102",
}

// parseDay reads a publication date in the common machine and written
// formats and keeps its calendar day (in the zone it was written in).
func parseDay(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		// The commonest form, which no layout before "2006-01-02" reads.
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return dayOf(t)
		}
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dayOf(t)
		}
	}
	// "2024-07-25 at 10:00", "July 25, 2024 10:30 AM": the day is enough.
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return dayOf(t)
		}
	}
	return inferPublished(s)
}

// dayOf keeps the calendar day of t, refusing years no article has.
func dayOf(t time.Time) (time.Time, bool) {
	y, m, d := t.Date()
	if y < 1800 || y > 2200 {
		return time.Time{}, false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
}

// monthNumbers maps the English month names to their numbers.
var monthNumbers = map[string]time.Month{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}

// inferPublished guesses the publication date from the first full written
// date ("July 24, 2024" or "24 July 2024") in the opening lines, as in a
// dated caption or dateline. It never uses the clock.
func inferPublished(text string) (time.Time, bool) {
	head := text[:min(len(text), 600)]
	words := strings.Fields(head)
	for i, w := range words {
		m, ok := monthNumbers[strings.TrimLeft(w, "([\"“‘'")]
		if !ok {
			continue
		}
		// Month D, YYYY
		if i+2 < len(words) && strings.HasSuffix(words[i+1], ",") {
			if d, ok := number(strings.TrimSuffix(words[i+1], ","), 1, 2); ok {
				if y, ok := number(strings.TrimRight(words[i+2], ".,;:!?)]\"”’'"), 4, 4); ok {
					return validDay(y, m, d)
				}
			}
		}
		// D Month YYYY
		if i > 0 && i+1 < len(words) {
			if d, ok := number(strings.TrimLeft(words[i-1], "([\"“‘'"), 1, 2); ok {
				if y, ok := number(strings.TrimRight(words[i+1], ".,;:!?)]\"”’'"), 4, 4); ok {
					return validDay(y, m, d)
				}
			}
		}
	}
	return time.Time{}, false
}

// number reads s as a decimal of minLen to maxLen digits.
func number(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// validDay builds a day, refusing dates that do not exist (31 June).
func validDay(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return dayOf(t)
}

var linkRe = regexp.MustCompile(`https?://[^\s<>"')\]]+`)

func findLinks(text string) []string {
	if !strings.Contains(text, "http") {
		return nil
	}
	links := linkRe.FindAllString(text, -1)
	for i, l := range links {
		links[i] = strings.TrimRight(l, ".,;:")
	}
	return links
}

// looksBinary reports whether b starts like a binary format or holds
// more than a few NUL and other control bytes; a stray NUL in text is
// cleaned, not rejected.
func looksBinary(b []byte) bool {
	if binaryKind(b) != "" {
		return true
	}
	head := b[:min(len(b), 8000)]
	ctl, i := 0, 0
	for ; i+8 <= len(head); i += 8 {
		// (w-0x20*ones)&^w has a high bit set if and only if a byte of w is under 0x20.
		if w := binary.LittleEndian.Uint64(head[i:]); (w-0x20*ones)&^w&highs != 0 {
			ctl += controls(head[i : i+8])
		}
	}
	ctl += controls(head[i:])
	return ctl*20 > len(head)
}

// controls counts the control bytes of b other than line breaks, tabs and form feeds.
func controls(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n
}

// cleanText makes b valid UTF-8 (invalid bytes are read as Windows-1252),
// normalises line ends and spaces and drops control characters, byte
// order marks, zero-width characters and bidi overrides.
func cleanText(b []byte) string { return cleanString(string(b)) }

// Actions of cleanString on a rune.
const (
	runeKeep = iota
	runeSpace
	runeNewline
	runeDrop
)

// runeAction says what cleanString does with a non-ASCII rune.
func runeAction(r rune) int {
	switch {
	case r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u3000' || r >= '\u2000' && r <= '\u200a':
		return runeSpace
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return runeNewline
	case r == '\u00ad' || r == '\u200b' || r == '\ufeff' || r == '\u2060':
		return runeDrop // soft hyphens, zero-width spaces and stray byte order marks
	case r >= 0x80 && r < 0xa0:
		return runeDrop // C1 control characters
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f:
		return runeDrop // bidi overrides, isolates and marks
	}
	return runeKeep
}

// cleanPrefix returns the length of the longest prefix of s that
// cleanString leaves alone.
func cleanPrefix(s string) int {
	for i := 0; i < len(s); {
		// Eight printable ASCII bytes at a time: most text is nothing else
		// for dozens of bytes between line breaks.
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || runeAction(r) != runeKeep {
			return i
		}
		i += size
	}
	return len(s)
}

// ones and highs have every byte of a word 0x01 and 0x80.
const ones, highs = 0x0101010101010101, 0x8080808080808080

// printable8 reports whether the eight bytes of s are all printable ASCII
// (0x20 to 0x7e), testing them at once as a word.
func printable8(s string) bool {
	_ = s[7]
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	if w&highs != 0 {
		return false
	}
	// With every byte under 0x80, (x-n)&^x has a byte's high bit set for some
	// byte of x under n, and for none when there is none.
	del := w ^ 0x7f*ones // a byte 0x7f becomes 0
	return ((w-0x20*ones)&^w|(del-ones)&^del)&highs == 0
}

// cleanString is cleanText for a string; clean input is returned as is.
func cleanString(s string) string {
	i := cleanPrefix(s)
	if i == len(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	sb.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c == 0x1b {
			i = escapeEnd(s, i+1)
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 >= len(s) || s[i+1] != '\n' {
					sb.WriteByte('\n')
				}
			case c >= 0x20 && c != 0x7f || c == '\n' || c == '\t':
				sb.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		valid := !(r == utf8.RuneError && size == 1)
		if !valid {
			r = cp1252(c)
		} else if r == 0x9b {
			i = csiEnd(s, i+size) // C1 control sequence introducer
			continue
		} else if r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f {
			i = stringEnd(s, i+size) // C1 DCS, SOS, OSC, PM, APC
			continue
		}
		switch runeAction(r) {
		case runeSpace:
			sb.WriteByte(' ')
		case runeNewline:
			sb.WriteByte('\n')
		case runeKeep:
			if valid {
				sb.WriteString(s[i : i+size])
			} else {
				sb.WriteRune(r)
			}
		}
		i += size
	}
	return sb.String()
}

// escapeEnd returns the index just past the terminal escape sequence whose
// ESC stands just before s[j], so that the whole sequence is dropped, not
// only its ESC: "\x1b]2;title\x07" and "\x1b[2J" leave nothing behind.
func escapeEnd(s string, j int) int {
	if j >= len(s) {
		return j
	}
	switch s[j] {
	case '[':
		return csiEnd(s, j+1)
	case ']', 'P', 'X', '^', '_':
		return stringEnd(s, j+1)
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++ // intermediate bytes
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		j++ // final byte
	}
	return j
}

// csiEnd skips a control sequence's parameter and intermediate bytes and
// its final byte. It stops early, keeping the byte, at anything else.
func csiEnd(s string, j int) int {
	for ; j < len(s); j++ {
		switch c := s[j]; {
		case c >= 0x40 && c <= 0x7e:
			return j + 1
		case c < 0x20 || c > 0x3f:
			return j
		}
	}
	return j
}

// maxEscapeString bounds how much an unterminated OSC, DCS, SOS, PM or APC
// string may swallow.
const maxEscapeString = 4096

// stringEnd skips an escape string up to its terminator (BEL, ESC \ or
// ST). An unterminated string ends at a line break or after
// maxEscapeString bytes, so it can never swallow an article.
func stringEnd(s string, j int) int {
	for k := j; k < len(s) && k-j < maxEscapeString; k++ {
		switch s[k] {
		case 0x07:
			return k + 1
		case '\n':
			return k
		case 0x1b:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2
			}
			return k
		case 0xc2:
			if k+1 < len(s) && s[k+1] == 0x9c {
				return k + 2
			}
		}
	}
	return min(len(s), j+maxEscapeString)
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
