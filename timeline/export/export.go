// Package export writes a timeline view as Markdown (for reports), JSON and
// CSV (for tools) or TimelineJS (for the web).
//
// Every exporter treats article text as untrusted: terminal escapes and
// control characters are removed (Clean), Markdown is escaped so article
// text cannot create links or HTML (Escape), CSV cells cannot start a
// spreadsheet formula, and TimelineJS text is HTML-escaped. Only http and
// https URLs ever become links.
package export

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"dateline/timeline"
)

// Format names an export format.
type Format string

// The export formats.
const (
	Markdown   Format = "md"
	JSON       Format = "json"
	CSV        Format = "csv"
	TimelineJS Format = "timelinejs"
)

// Formats lists the valid format names, for usage messages.
var Formats = []Format{Markdown, JSON, CSV, TimelineJS}

// FormatNames returns the valid format names joined for a message: "md, json, csv or timelinejs".
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// ParseFormat checks a format name given by the user. It accepts the names
// in any case and "markdown" for md.
func ParseFormat(s string) (Format, error) {
	l := strings.ToLower(s)
	if l == "markdown" {
		l = "md"
	}
	for _, f := range Formats {
		if string(f) == l {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: use %s", s, FormatNames())
}

// Ext returns the usual file name extension of f, with its dot.
func (f Format) Ext() string {
	switch f {
	case Markdown:
		return ".md"
	case CSV:
		return ".csv"
	}
	return ".json"
}

// View is what an export writes: a timeline, the events selected from it
// in display order, and the filter that selected them.
type View struct {
	Timeline *timeline.Timeline
	Events   []int // indices into Timeline.Events
	Filter   timeline.Filter
	Title    string // document title; "" means "Timeline"
}

func (v View) title() string {
	if t := Clean(v.Title); t != "" {
		return t
	}
	return "Timeline"
}

// summaryLine says what the view holds: "3 of 24 events from 2 articles
// (Euronews, putin-hosts-assad.txt); filter: actor:putin."
func (v View) summaryLine() string {
	t := v.Timeline
	var sb strings.Builder
	if len(v.Events) == len(t.Events) {
		fmt.Fprintf(&sb, "%s from %s", plural(len(v.Events), "event"), plural(len(t.Articles), "article"))
	} else {
		fmt.Fprintf(&sb, "%d of %s from %s", len(v.Events), plural(len(t.Events), "event"), plural(len(t.Articles), "article"))
	}
	if names := v.sourceNames(8); names != "" {
		sb.WriteString(" (" + names + ")")
	}
	if v.Filter.IsZero() {
		sb.WriteString("; no filter.")
	} else {
		sb.WriteString("; filter: " + Clean(v.Filter.String()) + ".")
	}
	return sb.String()
}

// sourceNames lists the outlets (else titles or paths) of the articles,
// most articles first, at most max of them.
func (v View) sourceNames(max int) string {
	count := map[string]int{}
	var order []string
	for i := range v.Timeline.Articles {
		a := &v.Timeline.Articles[i]
		n := sourceName(&timeline.Source{Article: a.ID, Outlet: a.Outlet, Title: a.Title, Path: a.Path})
		if count[n] == 0 {
			order = append(order, n)
		}
		count[n]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	var parts []string
	for k, n := range order {
		if k == max {
			parts = append(parts, fmt.Sprintf("and %d more", len(order)-max))
			break
		}
		if count[n] > 1 {
			n = fmt.Sprintf("%s ×%d", n, count[n])
		}
		parts = append(parts, n)
	}
	return strings.Join(parts, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Write writes v to w in format f.
func Write(w io.Writer, f Format, v View) error {
	switch f {
	case Markdown:
		return WriteMarkdown(w, v)
	case JSON:
		return WriteJSON(w, v)
	case CSV:
		return WriteCSV(w, v)
	case TimelineJS:
		return WriteTimelineJS(w, v)
	}
	return fmt.Errorf("unknown format %q: use %s", f, FormatNames())
}
