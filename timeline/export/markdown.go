package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"dateline/timeline"
)

// WriteMarkdown writes v as a Markdown chronology: a title, a line with the
// sources and filters, a heading per year, each event with its date at its
// real precision, actors, quoted evidence and numbered source links.
func WriteMarkdown(w io.Writer, v View) error {
	bw := bufio.NewWriter(w)
	t := v.Timeline
	fmt.Fprintf(bw, "# Timeline\n\n")
	fmt.Fprintf(bw, "%d events from %d articles", len(v.Events), len(t.Articles))
	if !v.Filter.IsZero() {
		fmt.Fprintf(bw, "; filter: `%s`", strings.ReplaceAll(v.Filter.String(), "`", "'"))
	}
	bw.WriteString(".\n")
	refs := map[string]int{}
	var order []timeline.Source
	year := ""
	for _, i := range v.Events {
		e := &t.Events[i]
		if y := yearOf(e.Date); y != year {
			year = y
			fmt.Fprintf(bw, "\n## %s\n", year)
		}
		fmt.Fprintf(bw, "\n- **%s**: %s", e.Date.Label(), Escape(e.Summary))
		var nums []string
		for _, s := range e.Sources {
			key := s.Article
			n, ok := refs[key]
			if !ok {
				order = append(order, s)
				n = len(order)
				refs[key] = n
			}
			nums = append(nums, fmt.Sprintf("[%d]", n))
		}
		fmt.Fprintf(bw, " %s\n", strings.Join(dedupe(nums), ""))
		if len(e.Actors) > 0 {
			fmt.Fprintf(bw, "  - Actors: %s\n", Escape(strings.Join(e.Actors, ", ")))
		}
		if e.Place != "" {
			fmt.Fprintf(bw, "  - Place: %s\n", Escape(e.Place))
		}
		for _, s := range e.Sources {
			fmt.Fprintf(bw, "  > %s — %s\n", Escape(strings.Join(strings.Fields(s.Sentence), " ")), Escape(sourceName(s)))
		}
	}
	if len(order) > 0 {
		bw.WriteString("\n## Sources\n\n")
		for n, s := range order {
			fmt.Fprintf(bw, "%d. %s", n+1, Escape(sourceName(s)))
			if s.Title != "" {
				fmt.Fprintf(bw, ", *%s*", Escape(s.Title))
			}
			if !s.Published.IsZero() {
				fmt.Fprintf(bw, ", %s", s.Published.Format("2 January 2006"))
			}
			if u := safeURL(s.URL); u != "" {
				fmt.Fprintf(bw, ", <%s>", u)
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

func yearOf(d timeline.Date) string {
	switch d.Precision {
	case timeline.Century, timeline.Decade:
		return d.Label()
	}
	return d.Start().Format("2006")
}

func sourceName(s timeline.Source) string {
	switch {
	case s.Outlet != "":
		return s.Outlet
	case s.Title != "":
		return s.Title
	case s.Path != "":
		return s.Path
	}
	return "article " + s.Article
}

func dedupe(list []string) []string {
	var out []string
	for i, s := range list {
		if i == 0 || s != list[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// Escape makes article text inert in Markdown: it cannot open links, images,
// HTML, emphasis, code spans or headings.
func Escape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '~':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case '\n', '\r':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// safeURL returns u when it is an http(s) URL safe inside <...>, else "".
func safeURL(u string) string {
	l := strings.ToLower(u)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return ""
	}
	if strings.ContainsAny(u, "<> \n\t\"") {
		return ""
	}
	return u
}
