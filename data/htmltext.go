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
		if (n.Data == "p" || n.Data == "li") && linkBlock(n) {
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
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			n := spaceAt(s, j)
			if n == 0 {
				break
			}
			j += n
		}
		if j > i {
			w.space = true
		}
		k := j
		for k < len(s) && spaceAt(s, k) == 0 {
			k++
		}
		if k > j {
			if w.space {
				w.writeSpace()
			}
			w.sb.WriteString(s[j:k])
			w.space = false
		}
		i = k
	}
}

// spaceAt returns the length of the white space (ASCII or a no-break
// space) that starts s[i:], or 0.
func spaceAt(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return 1
	case 0xc2:
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	}
	return 0
}

func (w *textWriter) writeSpace() {
	if n := w.sb.Len(); n > 0 {
		if last := w.sb.String()[n-1]; last != '\n' && last != ' ' {
			w.sb.WriteByte(' ')
		}
	}
}

// linkBlock reports whether a short paragraph or list item is mostly a
// link with at most a short lead-in ("Read more: ..."): a pointer to
// another story, not text of this one.
func linkBlock(n *html.Node) bool {
	var total, linked, other int
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		l := len(strings.TrimSpace(d.Data))
		total += l
		if total > 300 {
			return false
		}
		if inLink(d, n) {
			linked += l
		} else {
			other += len(strings.Trim(d.Data, " \t\n\r:-–—|»›>.,"))
		}
	}
	return linked > 0 && other <= 20 && linked*2 >= total
}

// inLink reports whether d sits inside an <a> below top.
func inLink(d, top *html.Node) bool {
	for p := d.Parent; p != nil && p != top; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "a" {
			return true
		}
	}
	return false
}
