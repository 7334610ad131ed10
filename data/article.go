// Package data loads news articles from files, folders, standard input and
// URLs, detects their format, extracts their metadata and cleans their text.
//
// It knows nothing of timelines or terminals: its product is []Article.
package data

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Where an article's publication date came from (Article.PublishedFrom).
const (
	FromHeader      = "header"             // a "Date:" header line, the seeds' dateline, or a JSON record's field
	FromFrontMatter = "front matter"       // Markdown YAML or TOML front matter
	FromHTMLMeta    = "html meta"          // article:published_time, JSON-LD datePublished, <time pubdate> ...
	FromFeed        = "feed"               // an RSS pubDate or dc:date, an Atom published or updated
	FromText        = "inferred from text" // a full written date in the opening lines or a page's byline
	FromNone        = "none"               // unknown: the clock is never used
)

// Article is one loaded news article: clean UTF-8 text plus what is known
// about it. Unknown fields stay empty; nothing is invented.
type Article struct {
	ID            string    // stable, derived from the content
	Path          string    // file path, "-" for stdin, the URL as given, or "samples/NAME" for an embedded sample
	URL           string    // canonical URL when known
	Title         string    // without a " | Site" suffix
	Outlet        string    // publishing outlet, e.g. "Euronews"
	Published     time.Time // publication date (UTC midnight for a day); zero when unknown
	PublishedFrom string    // one of the From* constants
	Text          string    // body text, clean UTF-8, paragraphs separated by blank lines
	Links         []string  // http(s) links found in the article
}

// contentID derives a stable article ID from its text and URL.
func contentID(url, text string) string {
	h := sha256.New()
	// Hash through a small buffer rather than copying the whole text into a []byte.
	var buf [4096]byte
	for _, s := range [...]string{url, "\x00", text} {
		for len(s) > 0 {
			n := copy(buf[:], s)
			h.Write(buf[:n])
			s = s[n:]
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
