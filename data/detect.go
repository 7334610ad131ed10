package data

import (
	"bytes"
	"encoding/json"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// input is the raw bytes of one source and what is known about them.
type input struct {
	path        string // path, "-" or the URL as given
	data        []byte // read for this input alone; never changed once read (see decode)
	contentType string // from the HTTP response, if any
	url         string // final URL after redirects, if fetched
}

// format is the kind of document an input holds.
type format int

const (
	formatText format = iota
	formatMarkdown
	formatHTML
	formatFeed
	formatJSON
	formatMHTML
)

// detect decides the format from the content first and, when the content
// does not say, from the Content-Type and the file extension.
func detect(in input) format {
	head := in.data[:min(len(in.data), 2048)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	var (
		buf   [2048]byte
		lower []byte // head with ASCII letters in lower case, when it can be markup, front matter or JSON
	)
	if len(head) > 0 && strings.IndexByte("<-+{[", head[0]) >= 0 {
		lower = asciiLower(buf[:0], head)
	}
	switch {
	case isMHTML(head):
		return formatMHTML
	case bytes.HasPrefix(lower, []byte("<?xml")):
		if root := xmlRoot(lower); root == "html" {
			return formatHTML
		}
		return formatFeed
	case hasAnyPrefix(lower, "<rss", "<feed", "<rdf:rdf"):
		return formatFeed
	case hasAnyPrefix(lower, "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article"):
		return formatHTML
	case bytes.HasPrefix(lower, []byte("<!--")) && (bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html"))):
		return formatHTML // a browser's "saved from url" comment before the page
	case hasAnyPrefix(lower, "---\n", "---\r\n", "+++\n", "+++\r\n"):
		return formatMarkdown
	case len(lower) > 0 && (lower[0] == '{' || lower[0] == '['):
		if looksJSON(in.data) {
			return formatJSON
		}
	}
	if mt, _, err := mime.ParseMediaType(in.contentType); err == nil {
		switch {
		case mt == "text/html" || mt == "application/xhtml+xml":
			return formatHTML
		case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.HasSuffix(mt, "/xml"):
			return formatFeed
		case mt == "text/markdown":
			return formatMarkdown
		}
	}
	switch strings.ToLower(filepath.Ext(in.path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	case ".rss", ".atom", ".xml":
		return formatFeed
	case ".md", ".markdown", ".mdown", ".mkd":
		return formatMarkdown
	case ".json", ".jsonl", ".ndjson":
		return formatJSON
	case ".mht", ".mhtml":
		return formatMHTML
	}
	if bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<p>")) || bytes.Contains(lower, []byte("<div"))) {
		return formatHTML
	}
	return formatText
}

// asciiLower appends b to dst with the ASCII letters in lower case. Every
// marker detect looks for is ASCII, so other bytes are left as they are
// (bytes.ToLower would decode and map every rune of the head).
func asciiLower(dst, b []byte) []byte {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func hasAnyPrefix(b []byte, prefixes ...string) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// xmlRoot returns the lower-case name of the first element of an XML prologue.
func xmlRoot(b []byte) string {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return ""
		}
		b = b[i+1:]
		if b[0] == '?' || b[0] == '!' {
			continue
		}
		end := bytes.IndexAny(b, " \t\r\n>/")
		if end < 0 {
			return string(b)
		}
		return string(b[:end])
	}
}

// looksJSON reports whether b is a JSON document or its first line a JSON value.
func looksJSON(b []byte) bool {
	if json.Valid(b) {
		return true
	}
	first, _, _ := bytes.Cut(bytes.TrimLeft(b, " \t\r\n\ufeff"), []byte("\n"))
	return json.Valid(bytes.TrimSpace(first))
}

// parse turns one input into articles. Errors for the whole input carry
// Line 0; errors for single records of a JSON lines file carry their line.
func parse(in input) ([]Article, []*FileError) {
	in.data = fromUTF16(in.data)
	if len(bytes.TrimSpace(in.data)) == 0 {
		return nil, []*FileError{{Err: ErrEmpty}}
	}
	if looksBinary(in.data) {
		return nil, []*FileError{{Err: binaryReason(in.data)}}
	}
	var (
		arts []Article
		errs []*FileError
		err  error
	)
	switch detect(in) {
	case formatHTML:
		var a Article
		a, err = parseHTML(in)
		arts = []Article{a}
	case formatMHTML:
		var a Article
		a, err = parseMHTML(in)
		arts = []Article{a}
	case formatFeed:
		arts, err = parseFeed(in)
	case formatJSON:
		arts, errs = parseJSON(in)
	case formatMarkdown:
		var a Article
		a, err = parseMarkdown(in.path, decode(in.data, ""))
		arts = []Article{a}
	default:
		var a Article
		a, err = parseText(in.path, decode(in.data, ""))
		arts = []Article{a}
	}
	if err != nil {
		return nil, []*FileError{{Err: err}}
	}
	for i := range arts {
		if arts[i].URL == "" && in.url != "" && len(arts) == 1 {
			arts[i].URL = in.url
			arts[i].ID = contentID(arts[i].URL, arts[i].Text)
		}
	}
	return arts, errs
}

// decode returns b as clean UTF-8 text. Valid UTF-8 is taken as it is;
// otherwise a declared charset (e.g. from an HTML meta tag or an XML
// declaration) is used, and failing that stray bytes are read as
// Windows-1252, a superset of Latin-1.
//
// Clean text is returned without a copy, sharing b's memory: b is the
// input's own buffer, read for it and never changed afterwards.
func decode(b []byte, declared string) string {
	if !utf8.Valid(b) && declared != "" {
		if enc, name := charset.Lookup(declared); enc != nil && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(b); err == nil {
				b = out
			}
		}
	}
	return cleanString(unsafe.String(unsafe.SliceData(b), len(b)))
}

// binaryReason names what a binary file probably is, so the user knows why it was skipped.
func binaryReason(b []byte) error {
	return &binaryError{what: binaryKind(b)}
}

// binaryKinds are the magic numbers of binary formats people may keep next to articles.
var binaryKinds = []struct{ magic, name string }{
	{"%PDF", "a PDF document"}, {"PK\x03\x04", "a ZIP archive or Office document"},
	{"\x89PNG", "a PNG image"}, {"\xff\xd8\xff", "a JPEG image"}, {"GIF8", "a GIF image"},
	{"\x1f\x8b", "a gzip archive"}, {"\x7fELF", "a program"}, {"MZ", "a Windows program"},
	{"SQLite format", "an SQLite database"}, {"\xd0\xcf\x11\xe0", "an old Office document"},
}

// binaryKind names the binary format b starts with, or returns "".
func binaryKind(b []byte) string {
	for _, k := range binaryKinds {
		if len(b) >= len(k.magic) && string(b[:len(k.magic)]) == k.magic {
			return k.name
		}
	}
	return ""
}

// binaryError is ErrBinary with what the file seems to be.
type binaryError struct{ what string }

func (e *binaryError) Error() string {
	if e.what == "" {
		return "file looks binary, not text: dateline reads text, Markdown, HTML, RSS/Atom and JSON lines"
	}
	return "file looks binary (" + e.what + "), not text: convert it to text or HTML first"
}
func (e *binaryError) Is(target error) bool { return target == ErrBinary }

// fromUTF16 converts text with a UTF-16 byte order mark to UTF-8.
func fromUTF16(b []byte) []byte {
	var enc *unicode.Endianness
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		le := unicode.LittleEndian
		enc = &le
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		be := unicode.BigEndian
		enc = &be
	default:
		return b
	}
	out, err := unicode.UTF16(*enc, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return b
	}
	return out
}
