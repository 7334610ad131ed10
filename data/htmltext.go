package data

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags hold no article text: code, media, forms and page chrome.
var skipTags = map[string]bool{
	"head": true, "script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"math": true, "canvas": true, "iframe": true, "object": true, "embed": true, "video": true,
	"audio": true, "picture": true, "img": true, "button": true, "select": true, "textarea": true,
	"input": true, "form": true, "nav": true, "aside": true, "footer": true, "dialog": true, "menu": true,
}

// chromeRe matches the class or id of page chrome that is not in skipTags:
// share bars, feed flares, cookie banners, newsletter boxes, related links.
var chromeRe = regexp.MustCompile(`(?i)(^|[-_ ])(share|sharing|social|feedflare|cookie|consent|newsletter|subscribe|related|promo|advert|ad-slot|ads|sponsor|breadcrumbs?|comments?|sidebar|paywall|popup|modal)([-_ ]|$)`)

// blockTags start a new paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"pre": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"figure": true, "figcaption": true, "table": true, "tr": true, "hr": true, "address": true,
	"details": true, "summary": true, "caption": true, "body": true, "center": true,
}

// htmlText renders the text of n: each block element its own paragraph,
// paragraphs separated by blank lines, <br> a line break, runs of spaces
// collapsed. Chrome (scripts, styles, navigation, asides, footers, forms)
// is skipped.
func htmlText(n *html.Node) string {
	var w textWriter
	w.node(n, false)
	return tidyLines(w.sb.String())
}

// htmlFragmentText renders an HTML fragment such as a feed item's description.
func htmlFragmentText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return tidyLines(unescapeEntities(s))
	}
	var w textWriter
	for _, n := range nodes {
		w.node(n, false)
	}
	return tidyLines(w.sb.String())
}

type textWriter struct {
	sb    strings.Builder
	space bool // a space is pending before the next word
}

func (w *textWriter) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipTags[n.Data] || hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") ||
			chromeRe.MatchString(attr(n, "class")) || chromeRe.MatchString(attr(n, "id")) {
			return
		}
		switch {
		case n.Data == "br":
			w.sb.WriteByte('\n')
			w.space = false
			return
		case blockTags[n.Data]:
			w.paragraph()
			defer w.paragraph()
			if n.Data == "pre" {
				pre = true
			}
		case n.Data == "td" || n.Data == "th":
			w.space = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, pre)
	}
}

func (w *textWriter) paragraph() {
	w.sb.WriteString("\n\n")
	w.space = false
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		w.sb.WriteString(s)
		return
	}
	for i, f := range strings.Fields(s) {
		if i > 0 || w.space || startsWithSpace(s) {
			w.writeSpace()
		}
		w.sb.WriteString(f)
		w.space = false
	}
	if endsWithSpace(s) {
		w.space = true
	}
}

func (w *textWriter) writeSpace() {
	if n := w.sb.Len(); n > 0 {
		if last := w.sb.String()[n-1]; last != '\n' && last != ' ' {
			w.sb.WriteByte(' ')
		}
	}
}

func startsWithSpace(s string) bool { return s != "" && strings.ContainsAny(s[:1], " \t\n\r\f") }
func endsWithSpace(s string) bool {
	return s != "" && strings.ContainsAny(s[len(s)-1:], " \t\n\r\f")
}
