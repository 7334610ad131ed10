package data

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
)

// rssItem is an item of an RSS 2.0 or RSS 1.0 (RDF) feed.
type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        string   `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Date        string   `xml:"date"` // dc:date
	Description string   `xml:"description"`
	Encoded     string   `xml:"encoded"` // content:encoded
	Source      string   `xml:"source"`
	Creator     []string `xml:"creator"`
}

// atomText is an Atom text construct: type text, html or xhtml.
type atomText struct {
	Type  string `xml:"type,attr"`
	Data  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// text renders the construct as plain text.
func (t atomText) text() string {
	switch strings.ToLower(t.Type) {
	case "html", "text/html":
		return htmlFragmentText(t.Data)
	case "xhtml", "application/xhtml+xml":
		return htmlFragmentText(t.Inner)
	}
	return tidyLines(unescapeEntities(t.Data))
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	Title     atomText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Issued    string     `xml:"issued"`
	Updated   string     `xml:"updated"`
	Summary   atomText   `xml:"summary"`
	Content   atomText   `xml:"content"`
	Source    struct {
		Title string `xml:"title"`
	} `xml:"source"`
}

// xmlFeed holds any of RSS 2.0, RSS 1.0 and Atom; the root element says which.
type xmlFeed struct {
	XMLName xml.Name
	Channel struct {
		Title string    `xml:"title"`
		Link  string    `xml:"link"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"` // RSS 1.0 puts items beside the channel
	Title   atomText    `xml:"title"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

// parseFeed reads an RSS or Atom feed; each item or entry becomes an
// article dated by the feed.
func parseFeed(in input) ([]Article, error) {
	d := xml.NewDecoder(bytes.NewReader(in.data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var f xmlFeed
	if err := d.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("not an RSS or Atom feed: no XML element found")
		}
		return nil, fmt.Errorf("not a readable RSS or Atom feed: %w", err)
	}
	var arts []Article
	switch strings.ToLower(f.XMLName.Local) {
	case "rss", "rdf":
		items := append(f.Channel.Items, f.Items...)
		outlet := f.Channel.Title
		for _, it := range items {
			if a, ok := rssArticle(in.path, outlet, it); ok {
				arts = append(arts, a)
			}
		}
	case "feed":
		outlet := f.Title.text()
		for _, e := range f.Entries {
			if a, ok := atomArticle(in.path, outlet, e); ok {
				arts = append(arts, a)
			}
		}
	default:
		return nil, fmt.Errorf("XML document with root <%s> is not an RSS or Atom feed", f.XMLName.Local)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%w: the feed has no items with a title or text", ErrNoText)
	}
	return arts, nil
}

func rssArticle(path, outlet string, it rssItem) (Article, bool) {
	a := Article{Path: path, Outlet: firstNonEmpty(it.Source, outlet)}
	a.Title = htmlFragmentText(it.Title)
	a.URL = firstNonEmpty(absURL(it.Link, ""), absURL(it.GUID, ""))
	for _, s := range []string{it.PubDate, it.Date} {
		if d, ok := parseDay(s); ok {
			a.Published, a.PublishedFrom = d, FromFeed
			break
		}
	}
	a.Text = htmlFragmentText(firstNonEmpty(it.Encoded, it.Description))
	return feedArticle(a)
}

func atomArticle(path, outlet string, e atomEntry) (Article, bool) {
	a := Article{Path: path, Outlet: firstNonEmpty(e.Source.Title, outlet)}
	a.Title = e.Title.text()
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			a.URL = absURL(l.Href, "")
			break
		}
	}
	a.URL = firstNonEmpty(a.URL, absURL(e.ID, ""))
	for _, s := range []string{e.Published, e.Issued, e.Updated} {
		if d, ok := parseDay(s); ok {
			a.Published, a.PublishedFrom = d, FromFeed
			break
		}
	}
	a.Text = e.Content.text()
	if a.Text == "" {
		a.Text = e.Summary.text()
	}
	return feedArticle(a)
}

// feedTrailerRe matches the lines feed software appends to an item's text.
var feedTrailerRe = regexp.MustCompile(`(?i)^(the post .* appeared first on .*|continue reading.*|read more.*|read the full (story|article).*|\[(…|\.\.\.)\])$`)

// dropFeedTrailers removes "The post ... appeared first on ..." and
// "Continue reading" lines.
func dropFeedTrailers(text string) string {
	if !strings.ContainsAny(text, "TtCcRr[") {
		return text
	}
	var keep []string
	for line := range strings.Lines(text) {
		if !feedTrailerRe.MatchString(strings.TrimSpace(line)) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}

// feedArticle finishes an item; an item with only a headline keeps the
// headline as its text.
func feedArticle(a Article) (Article, bool) {
	a.Text = dropFeedTrailers(a.Text)
	if strings.TrimSpace(a.Text) == "" {
		a.Text = a.Title
	}
	a, err := finish(a)
	return a, err == nil
}
