// Package export writes a timeline view as Markdown, JSON, CSV or TimelineJS.
package export

import (
	"fmt"
	"io"
	"strings"

	"dateline/timeline"
)

// Format names an export format.
type Format string

// The export formats.
const (
	Markdown Format = "md"
	JSON     Format = "json"
)

// Formats lists the valid format names, for usage messages.
var Formats = []Format{Markdown, JSON}

// ParseFormat checks a format name given by the user.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q: use one of %s", s, strings.Join(names, ", "))
}

// View is what an export writes: a timeline, the events selected from it
// in display order, and the filter that selected them.
type View struct {
	Timeline *timeline.Timeline
	Events   []int // indices into Timeline.Events
	Filter   timeline.Filter
}

// Write writes v to w in format f.
func Write(w io.Writer, f Format, v View) error {
	switch f {
	case Markdown:
		return WriteMarkdown(w, v)
	case JSON:
		return WriteJSON(w, v)
	}
	return fmt.Errorf("unknown format %q", f)
}
