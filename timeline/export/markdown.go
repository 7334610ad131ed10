package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"dateline/timeline"
)

// WriteMarkdown writes v as a Markdown chronology for a report: a title, a
// line naming the sources and the filter, a "## YEAR" heading per year and,
// per event, its date at its real precision, its summary, actors and place,
// the quoted evidence of every source and numbered source references, listed
// once at the end with outlet, title, date and URL.
//
// Text from articles is escaped (see Escape) so it cannot create links,
// images, headings, emphasis, tables or HTML; only the http and https URLs
// of the sources become links. The output reads the same on GitHub and in
// pandoc (-f gfm).
func WriteMarkdown(w io.Writer, v View) error {
	bw := bufio.NewWriter(w)
	t := v.Timeline
	refs := newRefs()
	for _, i := range v.Events {
		for k := range t.Events[i].Sources {
			refs.add(&t.Events[i].Sources[k])
		}
	}
	fmt.Fprintf(bw, "# %s\n\n%s\n", Escape(v.title()), Escape(v.summaryLine()))
	year := ""
	for _, i := range v.Events {
		e := &t.Events[i]
		if y := yearOf(e.Date); y != year {
			year = y
			fmt.Fprintf(bw, "\n## %s\n", Escape(year))
		}
		bw.WriteString("\n")
		writeEvent(bw, e, func(s *timeline.Source) string { return refs.marker(refs.number(s)) })
	}
	if len(refs.list) > 0 {
		bw.WriteString("\n## Sources\n\n")
		for n, s := range refs.list {
			fmt.Fprintf(bw, "%d. %s", n+1, Escape(sourceName(s)))
			if title := Clean(s.Title); title != "" && title != sourceName(s) {
				fmt.Fprintf(bw, ", *%s*", Escape(title))
			}
			if !s.Published.IsZero() {
				fmt.Fprintf(bw, ", %s", s.Published.Format("2 January 2006"))
			}
			if u := safeURL(s.URL); u != "" {
				fmt.Fprintf(bw, ", <%s>", u)
			}
			bw.WriteString("\n")
		}
		first := true
		for n, s := range refs.list {
			if u := safeURL(s.URL); u != "" {
				if first {
					bw.WriteString("\n")
					first = false
				}
				fmt.Fprintf(bw, "[%d]: <%s>\n", n+1, u)
			}
		}
	}
	return bw.Flush()
}

// EventMarkdown renders one event as a self-contained Markdown list item,
// the way WriteMarkdown does, with each source's http(s) URL inline instead
// of a numbered reference: for copying one event into a report.
func EventMarkdown(e *timeline.Event) string {
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	writeEvent(bw, e, func(s *timeline.Source) string {
		if u := safeURL(s.URL); u != "" {
			return "<" + u + ">"
		}
		return ""
	})
	bw.Flush()
	return sb.String()
}

// writeEvent writes e as a list item: date and summary, actors, place and
// the quoted sentence of every source followed by cite(source).
func writeEvent(bw *bufio.Writer, e *timeline.Event, cite func(*timeline.Source) string) {
	fmt.Fprintf(bw, "- **%s**: %s", Escape(label(e.Date)), Escape(Clean(e.Summary)))
	var seen []string
	for k := range e.Sources {
		if c := cite(&e.Sources[k]); c != "" && !slices.Contains(seen, c) {
			seen = append(seen, c)
			bw.WriteString(" " + c)
		}
	}
	bw.WriteString("\n")
	if len(e.Actors) > 0 {
		fmt.Fprintf(bw, "  - Actors: %s\n", Escape(strings.Join(cleanAll(e.Actors), ", ")))
	}
	if p := Clean(e.Place); p != "" {
		fmt.Fprintf(bw, "  - Place: %s\n", Escape(p))
	}
	for k := range e.Sources {
		s := &e.Sources[k]
		if k > 0 {
			bw.WriteString("  >\n")
		}
		fmt.Fprintf(bw, "  > “%s” (%s", Escape(Clean(s.Sentence)), Escape(sourceName(s)))
		if c := cite(s); c != "" {
			bw.WriteString(" " + c)
		}
		bw.WriteString(")\n")
	}
}

// refs numbers the cited articles in order of first citation.
type refs struct {
	num     map[string]int // Article ID -> number from 1
	list    []*timeline.Source
	markers []string // per number - 1
}

func newRefs() *refs { return &refs{num: map[string]int{}} }

func (r *refs) add(s *timeline.Source) {
	if _, ok := r.num[s.Article]; !ok {
		r.list = append(r.list, s)
		r.num[s.Article] = len(r.list)
		n := len(r.list)
		m := fmt.Sprintf(`\[%d\]`, n)
		if safeURL(s.URL) != "" {
			m = fmt.Sprintf(`[\[%d\]][%d]`, n, n)
		}
		r.markers = append(r.markers, m)
	}
}

func (r *refs) number(s *timeline.Source) int { return r.num[s.Article] }

// marker is the citation of source n: a reference-style link "[1]" when the
// source has a URL, the plain text "[1]" otherwise.
func (r *refs) marker(n int) string { return r.markers[n-1] }

// Escape makes s inert inline Markdown text for GitHub (cmark-gfm) and pandoc:
// it cannot open links, images, autolinks, HTML, entities, emphasis, code
// spans, strikethrough, math, emoji, table cells or headings. ASCII
// punctuation with a meaning gets a backslash; "://", ":name:" and "www." get
// an escaped ":" or "." so GFM does not autolink or replace them; "@" gets a word joiner (U+2060) after it, as
// no escape stops GFM's e-mail autolinks. Line breaks become spaces. s should
// already be Clean.
func Escape(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '~', '&', '$', '^':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case '@':
			sb.WriteString("\\@\u2060")
		case ':':
			if strings.HasPrefix(s[i+1:], "//") || isShortcode(s[i+1:]) {
				sb.WriteByte('\\')
			}
			sb.WriteByte(c)
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				sb.WriteByte('\\')
			}
			sb.WriteByte(c)
		case '\n', '\r':
			sb.WriteByte(' ')
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// isShortcode reports whether s starts with the rest of an emoji shortcode
// such as "smile:" (the opening colon already seen).
func isShortcode(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			return i > 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '+', c == '-':
		default:
			return false
		}
	}
	return false
}
