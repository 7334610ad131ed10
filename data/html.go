package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the pages the article extractor works on; larger
// ones are reported rather than ground through.
const maxHTMLElements = 100_000

// maxHTMLDepth is how deeply HTML may nest (golang.org/x/net/html's own limit).
const maxHTMLDepth = 512

// parseHTML extracts the main article of a web page: its text with
// paragraphs separated by blank lines, and its metadata from meta tags,
// JSON-LD and the canonical link. Navigation, scripts, styles, asides,
// related links and footers are left out.
func parseHTML(in input) (Article, error) {
	doc, err := parseHTMLDoc(in.data, in.contentType)
	if err != nil {
		return Article{}, err
	}
	if n := countElements(doc); n > maxHTMLElements {
		return Article{}, fmt.Errorf("HTML page too large to extract an article from: %d elements, the limit is %d", n, maxHTMLElements)
	}
	m := readMeta(doc)
	base := firstNonEmpty(absURL(in.url, ""), savedFrom(in.data))
	a := Article{Path: in.path, PublishedFrom: FromNone}
	a.URL = firstNonEmpty(absURL(m.canonical, base), absURL(m.get("og:url"), base), absURL(m.ld.url, base), base)
	a.Outlet = firstNonEmpty(m.get("og:site_name"), m.ld.publisher, m.get("publisher"), m.get("dc.publisher"), m.get("dcterms.publisher"), m.get("citation_publisher"), m.get("application-name"))
	a.Title = firstNonEmpty(m.get("og:title"), m.get("twitter:title"), m.ld.headline, m.get("dc.title"), m.title)
	if d, ok := m.published(); ok {
		a.Published, a.PublishedFrom = d, FromHTMLMeta
	}

	pruneChrome(doc)
	var pageURL *url.URL
	if a.URL != "" {
		pageURL, _ = url.Parse(a.URL)
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	ra, rerr := p.ParseAndMutate(doc, pageURL)
	var body *html.Node
	if rerr == nil && ra.Node != nil {
		body = ra.Node
		if body.Parent != nil {
			body = body.Parent
		}
		a.Title = firstNonEmpty(a.Title, ra.Title)
		a.Outlet = firstNonEmpty(a.Outlet, ra.SiteName)
		if a.Published.IsZero() && ra.PublishedTime != nil {
			if d, ok := dayOf(*ra.PublishedTime); ok {
				a.Published, a.PublishedFrom = d, FromHTMLMeta
			}
		}
	} else {
		body = doc // the extractor found nothing: fall back to the page without its chrome
	}
	if a.Published.IsZero() && !m.shown.IsZero() {
		a.Published, a.PublishedFrom = m.shown, FromText // a date shown in the byline
	}
	title, site := splitSiteSuffix(a.Title, a.Outlet, a.URL, m.h1)
	a.Title = title
	a.Outlet = firstNonEmpty(a.Outlet, site)
	a.Text = htmlText(body)
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: the page has no readable paragraphs", ErrNoText)
	}
	a, err = finish(a)
	return addLinks(a, anchorLinks(body, a.URL)), err
}

// anchorLinks returns the absolute http(s) targets of the links in n.
func anchorLinks(n *html.Node, base string) []string {
	var links []string
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "a" {
			if u := absURL(attr(d, "href"), base); u != "" {
				links = append(links, u)
			}
		}
	}
	return links
}

// chromeTags never hold the article text.
var chromeTags = map[string]bool{
	"nav": true, "aside": true, "footer": true, "form": true, "noscript": true, "iframe": true,
	"dialog": true, "template": true, "button": true, "select": true, "menu": true,
}

// chromeRoles are ARIA roles of page chrome.
var chromeRoles = map[string]bool{
	"navigation": true, "contentinfo": true, "complementary": true, "search": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "banner": true,
}

// pruneClassRe matches the class or id of page chrome.
var pruneClassRe = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|navigation|menu|masthead|toolbar|top-bar|topbar|footer|cookies?|consent|gdpr|newsletter|signup|subscribe|subscription|share|sharing|social|related|recommended|trending|most-read|popular|promo|advert|advertisement|ads|ad-slot|sponsored|breadcrumbs?|comments?|sidebar|paywall|popup|modal|skip-link|tags)([-_ ]|$)`)

// bylineClassRe matches the class of a byline ("By Jane Doe, 23 February
// 2024"): its date is read by readMeta, its text is not the article's.
var bylineClassRe = regexp.MustCompile(`(?i)byline|author|dateline|writtenby|p-author`)

// pruneChrome removes navigation, banners, asides, footers, forms, share
// bars, related links and comment sections before the article extractor
// scores the page, so that a short article does not pull them in; short
// bylines go too. An element holding several paragraphs of text is never
// removed by its class.
func pruneChrome(doc *html.Node) {
	var drop []*html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "html", "head", "body", "main", "article", "h1":
			continue
		}
		byTag := chromeTags[n.Data] || chromeRoles[strings.ToLower(attr(n, "role"))] ||
			hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true")
		byClass := pruneClassRe.MatchString(attr(n, "class")) || pruneClassRe.MatchString(attr(n, "id"))
		byline := (bylineClassRe.MatchString(attr(n, "class")) || strings.Contains(strings.ToLower(attr(n, "itemprop")), "author") ||
			hasToken(attr(n, "rel"), "author")) && textLen(n, 120) < 120
		if byTag || byline || byClass && !substantial(n) {
			drop = append(drop, n)
		}
	}
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// substantial reports whether n holds two or more real paragraphs.
func substantial(n *html.Node) bool {
	count := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "p" && textLen(d, 100) >= 100 {
			if count++; count >= 2 {
				return true
			}
		}
	}
	return false
}

// textLen counts the non-space text bytes under n, stopping at limit.
func textLen(n *html.Node, limit int) int {
	total := 0
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			if total += len(strings.TrimSpace(d.Data)); total >= limit {
				break
			}
		}
	}
	return total
}

// savedFrom reads the address a browser notes in a saved page:
// <!-- saved from url=(0046)https://example.com/news/2024/07/25/story -->.
func savedFrom(b []byte) string {
	head := b[:min(len(b), 1024)]
	i := bytes.Index(head, []byte("saved from url=("))
	if i < 0 {
		return ""
	}
	rest := head[i+len("saved from url=("):]
	j := bytes.IndexByte(rest, ')')
	if j < 0 {
		return ""
	}
	rest = rest[j+1:]
	if k := bytes.IndexAny(rest, " \t\r\n"); k >= 0 {
		rest = rest[:k]
	}
	rest = bytes.TrimSuffix(rest, []byte("-->"))
	return absURL(string(rest), "")
}

// parseHTMLDoc decodes the page (declared charset, else UTF-8, else
// Windows-1252) and parses it.
func parseHTMLDoc(b []byte, contentType string) (*html.Node, error) {
	var s string
	if utf8.Valid(b) {
		s = decode(b, "")
	} else {
		_, name, _ := charset.DetermineEncoding(b, contentType)
		s = decode(b, name)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		if strings.Contains(err.Error(), "exceeds") {
			return nil, fmt.Errorf("HTML nested deeper than %d elements: not a page that can be read", maxHTMLDepth)
		}
		return nil, fmt.Errorf("not readable HTML: %w", err)
	}
	return doc, nil
}

// countElements counts element nodes without recursion.
func countElements(doc *html.Node) int {
	n := 0
	for node := range doc.Descendants() {
		if node.Type == html.ElementNode {
			n++
		}
	}
	return n
}

// pageMeta is the metadata a page declares about itself.
type pageMeta struct {
	props     map[string]string // meta property/name/itemprop (lower case) -> content, first wins
	canonical string
	title     string
	timeAttr  string    // datetime of a <time pubdate> or <time itemprop=datePublished>
	h1        string    // text of the first <h1>
	shown     time.Time // a date shown in a byline or date element after the <h1>
	ld        ldArticle
}

func (m pageMeta) get(k string) string { return strings.TrimSpace(m.props[k]) }

// ldArticle is what JSON-LD says about the article.
type ldArticle struct {
	headline, published, publisher, url string
}

// publishedKeys are the meta names that carry a publication date, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
	"sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published",
}

// published returns the first publication date the page declares.
func (m pageMeta) published() (time.Time, bool) {
	cands := []string{m.get(publishedKeys[0]), m.get(publishedKeys[1]), m.ld.published}
	for _, k := range publishedKeys[2:] {
		cands = append(cands, m.get(k))
	}
	cands = append(cands, m.timeAttr)
	for _, c := range cands {
		if d, ok := parseDay(c); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// readMeta collects meta tags, the canonical link, the <title>, JSON-LD and
// dated <time> elements of a page.
func readMeta(doc *html.Node) pageMeta {
	m := pageMeta{props: map[string]string{}}
	hasH1 := false
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "h1" {
			hasH1 = true
			break
		}
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "meta":
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if _, seen := m.props[key]; key != "" && !seen {
				m.props[key] = attr(n, "content")
			}
		case "link":
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = attr(n, "href")
			}
		case "title":
			if m.title == "" && n.FirstChild != nil && outsideSVG(n) {
				m.title = n.FirstChild.Data
			}
		case "time":
			if m.timeAttr == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
				m.timeAttr = attr(n, "datetime")
			}
		case "h1":
			if m.h1 == "" {
				m.h1 = htmlText(n)
			}
		}
		if m.shown.IsZero() && (m.h1 != "" || !hasH1) && (dateClassRe.MatchString(attr(n, "class")) || dateClassRe.MatchString(attr(n, "id"))) {
			if t := htmlText(n); len(t) <= 200 {
				if d, ok := inferPublished(t); ok {
					m.shown = d
				}
			}
		}
		switch n.Data {
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil && m.ld.published == "" {
				if ld, ok := readLD([]byte(n.FirstChild.Data)); ok {
					m.ld = ld
				}
			}
		}
	}
	return m
}

// outsideSVG reports whether n is not inside an <svg> (which has <title>s of its own).
func outsideSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "svg" {
			return false
		}
	}
	return true
}

// dateClassRe matches the class or id of the element that shows an article's
// date or byline.
var dateClassRe = regexp.MustCompile(`(?i)(^|[-_ ])(date|dateline|time|timestamp|byline|published|pubdate|post-meta|article-meta|entry-meta|meta-info)([-_ ]|$)`)

// articleTypes are the schema.org types a news page describes itself with.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"report": true, "liveblogposting": true,
}

// readLD finds the article object in a JSON-LD block (an object, an array
// or an @graph) and reads its headline, dates, publisher and URL.
func readLD(b []byte) (ldArticle, bool) {
	var v any
	if err := json.Unmarshal(bytes.TrimSpace(b), &v); err != nil {
		return ldArticle{}, false
	}
	// An article type wins over a WebPage that merely contains it.
	var article, page ldArticle
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if article.published != "" || depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if kind := ldKind(x["@type"]); kind != "" {
				found := ldArticle{
					headline:  ldString(x["headline"]),
					published: firstNonEmpty(ldString(x["datePublished"]), ldString(x["dateCreated"])),
					publisher: ldName(x["publisher"]),
					url:       firstNonEmpty(ldString(x["url"]), ldID(x["mainEntityOfPage"])),
				}
				switch {
				case kind == "article" && (article.headline == "" || found.published != ""):
					article = found
				case kind == "page" && page.published == "":
					page = found
				}
			}
			for _, k := range slices.Sorted(maps.Keys(x)) { // sorted: the same page gives the same answer
				if k != "publisher" && k != "author" {
					visit(x[k], depth+1)
				}
			}
		}
	}
	visit(v, 0)
	switch {
	case article.published != "" || article.headline != "":
		return article, true
	case page.published != "" || page.headline != "":
		return page, true
	}
	return ldArticle{}, false
}

// ldKind says whether a schema.org @type is an article ("article"), a web
// page ("page") or something else ("").
func ldKind(t any) string {
	switch x := t.(type) {
	case string:
		switch l := strings.ToLower(x); {
		case l == "webpage" || l == "itempage":
			return "page"
		case articleTypes[l]:
			return "article"
		}
	case []any:
		kind := ""
		for _, e := range x {
			if k := ldKind(e); k == "article" || kind == "" {
				kind = k
			}
		}
		return kind
	}
	return ""
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

func ldName(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return ldString(x["name"])
	case []any:
		if len(x) > 0 {
			return ldName(x[0])
		}
	}
	return ldString(v)
}

func ldID(v any) string {
	if x, ok := v.(map[string]any); ok {
		return ldString(x["@id"])
	}
	return ldString(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// absURL resolves ref against base and keeps it only if it is http(s).
func absURL(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// titleSeps separate a page title from the site name appended to it.
var titleSeps = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " • "}

// splitSiteSuffix removes a " | Site" suffix from a title and returns the
// site it named. A " - " suffix is removed only when it names the outlet or
// the host, or when what precedes it is the page's <h1>, since headlines
// use dashes too.
func splitSiteSuffix(title, outlet, pageURL, h1 string) (string, string) {
	host := ""
	if u, err := url.Parse(pageURL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if head == "" || site == "" {
			continue
		}
		known := outlet != "" && sameName(site, outlet) || host != "" && sameName(site, host) ||
			host != "" && sameName(site+".com", host) || h1 != "" && sameName(head, h1)
		short := len(strings.Fields(site)) <= 4 && len(strings.Fields(head)) >= 2
		if known || short && (sep == " | " || sep == " :: " || sep == " · " || sep == " • ") {
			return head, site
		}
	}
	return title, ""
}

// sameName compares names ignoring case, spaces and punctuation.
func sameName(a, b string) bool {
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	return norm(a) == norm(b) && norm(a) != ""
}
