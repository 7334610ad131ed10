package data

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// Front matter keys, best first, for each article field.
var (
	fmTitle     = []string{"title", "headline"}
	fmPublished = []string{"date", "published", "publishdate", "publish_date", "pubdate", "published_at", "datepublished"}
	fmOutlet    = []string{"source", "outlet", "publisher", "site", "site_name"}
	fmURL       = []string{"url", "link", "canonical", "canonicalurl", "canonical_url", "source_url", "original_url"}
)

// maxFrontMatter bounds the front matter handed to the YAML and TOML decoders.
const maxFrontMatter = 64 << 10

var errFrontMatterSize = errors.New("front matter too large to decode")

// parseMarkdown reads a Markdown article with optional YAML (---) or TOML
// (+++) front matter; without front matter a plain-text header block is
// still recognised. Markdown syntax is reduced to plain text.
func parseMarkdown(path, s string) (Article, error) {
	meta, body, found := splitFrontMatter(s)
	if !found {
		a, err := parseText(path, demarkdown(s))
		return withMarkdownLinks(a, s), err
	}
	a := Article{Path: path, PublishedFrom: FromNone}
	a.Title = metaString(meta, fmTitle)
	a.Outlet = metaString(meta, fmOutlet)
	a.URL = absURL(metaString(meta, fmURL), "")
	if d, ok := fmDate(meta); ok {
		a.Published, a.PublishedFrom = d, FromFrontMatter
	}
	a.Text = unescapeEntities(readDateline(&a, demarkdown(body)))
	a, err := finish(a)
	return withMarkdownLinks(a, body), err
}

// splitFrontMatter separates a front matter block from the body. A block
// that is not valid YAML or TOML is read as "key: value" lines.
func splitFrontMatter(s string) (map[string]any, string, bool) {
	var fence string
	switch {
	case strings.HasPrefix(s, "---\n"):
		fence = "---"
	case strings.HasPrefix(s, "+++\n"):
		fence = "+++"
	default:
		return nil, s, false
	}
	rest := s[4:]
	var block, body string
	for off := 0; off < len(rest); {
		line, _, _ := strings.Cut(rest[off:], "\n")
		if t := strings.TrimSpace(line); t == fence || fence == "---" && t == "..." {
			block, body = rest[:off], rest[min(len(rest), off+len(line)+1):]
			break
		}
		off += len(line) + 1
		if off >= len(rest) {
			return nil, s, false // never closed: a rule, not front matter
		}
	}
	meta := map[string]any{}
	err := errFrontMatterSize
	switch {
	case len(block) > maxFrontMatter:
		// Real front matter is small; a huge block is read as plain lines.
	case fence == "+++":
		_, err = toml.Decode(block, &meta)
	default:
		err = yaml.Unmarshal([]byte(block), &meta)
	}
	if err != nil {
		meta = map[string]any{}
		for line := range strings.Lines(block) {
			if k, v, ok := strings.Cut(line, ":"); ok {
				meta[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
	}
	lower := make(map[string]any, len(meta))
	for k, v := range meta {
		lower[strings.ToLower(k)] = v
	}
	return lower, body, true
}

// metaString returns the first non-empty string among keys of a decoded
// record (front matter or JSON): an object such as {"name": "Reuters"}
// gives its name, a list its first string.
func metaString(meta map[string]any, keys []string) string {
	for _, k := range keys {
		switch v := meta[k].(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s
			}
		case map[string]any:
			if s, ok := v["name"].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		case []any:
			if len(v) > 0 {
				if s, ok := v[0].(string); ok {
					return strings.TrimSpace(s)
				}
			}
		}
	}
	return ""
}

func fmDate(meta map[string]any) (time.Time, bool) {
	for _, k := range fmPublished {
		switch v := meta[k].(type) {
		case time.Time:
			return dayOf(v)
		case string:
			if d, ok := parseDay(v); ok {
				return d, true
			}
		case fmt.Stringer: // TOML local dates and times
			if d, ok := parseDay(v.String()); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

var (
	mdImage      = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink       = regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	mdRefDef     = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	mdStrong     = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmph       = regexp.MustCompile(`(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_]([\s).,;:!?]|$)`)
	mdCode       = regexp.MustCompile("`([^`]+)`")
	mdHeading    = regexp.MustCompile(`^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$`)
	mdRule       = regexp.MustCompile(`^\s{0,3}([-*_])(\s*([-*_])){2,}\s*$`)
	mdSetext     = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdList       = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,9}[.)])\s+`)
	mdQuote      = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdEscape     = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|])`)
	mdLinkTarget = regexp.MustCompile(`\]\(\s*<?(https?://[^)\s>]+)`)
)

// demarkdown reduces Markdown to plain text: headings, emphasis, links,
// images, quotes, list markers and code fences give way to their text.
func demarkdown(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	fenced := false
	prevText := false
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\n")
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced {
			sb.WriteString(line + "\n")
			continue
		}
		first := byte(0)
		if t != "" {
			first = t[0]
		}
		if !strings.ContainsRune("#-*_=+>[0123456789", rune(first)) {
			line = inlineMarkdown(line)
			sb.WriteString(line + "\n")
			prevText = t != ""
			continue
		}
		switch {
		case prevText && mdSetext.MatchString(line):
			sb.WriteString("\n")
			prevText = false
			continue
		case mdRule.MatchString(line), mdRefDef.MatchString(line):
			sb.WriteString("\n")
			prevText = false
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			sb.WriteString("\n" + inlineMarkdown(m[1]) + "\n\n")
			prevText = false
			continue
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdList.ReplaceAllString(line, "")
		line = inlineMarkdown(line)
		sb.WriteString(line + "\n")
		prevText = strings.TrimSpace(line) != ""
	}
	return sb.String()
}

func inlineMarkdown(s string) string {
	if !strings.ContainsAny(s, "[]!*_`\\") {
		return s
	}
	if strings.Contains(s, "![") {
		s = mdImage.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "](") {
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "`") {
		s = mdCode.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = mdStrong.ReplaceAllString(s, "$2")
	}
	if strings.ContainsAny(s, "*_") {
		s = mdEmph.ReplaceAllString(s, "$1$2$3")
	}
	if strings.Contains(s, "\\") {
		s = mdEscape.ReplaceAllString(s, "$1")
	}
	return s
}

// withMarkdownLinks adds the targets of Markdown links, which demarkdown
// removed from the text, to the article's links.
func withMarkdownLinks(a Article, src string) Article {
	var links []string
	for _, m := range mdLinkTarget.FindAllStringSubmatch(src, -1) {
		links = append(links, m[1])
	}
	return addLinks(a, links)
}

// addLinks appends the links a does not have yet; an article that failed
// to load (no text) is left alone.
func addLinks(a Article, links []string) Article {
	if a.Text == "" || len(links) == 0 {
		return a
	}
	seen := make(map[string]bool, len(a.Links)+len(links))
	for _, l := range a.Links {
		seen[l] = true
	}
	for _, l := range links {
		if !seen[l] {
			seen[l] = true
			a.Links = append(a.Links, l)
		}
	}
	return a
}
