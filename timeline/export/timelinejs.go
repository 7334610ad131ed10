package export

import (
	"bufio"
	"html"
	"io"
	"strings"
	"time"

	"dateline/timeline"
)

// The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html):
// one object with a title slide and the events slides.

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
	Autolink    bool    `json:"autolink"`
}

type tlDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// WriteTimelineJS writes v as the JSON that TimelineJS3 loads: a title
// slide, then one slide per event in display order. Dates carry year, month
// and day only as far as the event's precision knows them; a quarter,
// season, half, week, decade or century spans start_date to end_date, and
// so does a range. The slide's display_date is the date as people read it
// ("since Sep 2015"), its group the event's first actor (TimelineJS puts
// the events of a group on the same rows), its headline the
// summary and its text the actors, place and every source's sentence with
// a link to the source. All text is HTML-escaped; autolink is off, so only
// the http and https URLs of sources become links.
func WriteTimelineJS(w io.Writer, v View) error {
	t := v.Timeline
	j := newJSONWriter(bufio.NewWriter(w))
	j.member("title", tlSlide{Text: tlText{
		Headline: html.EscapeString(v.title()),
		Text:     "<p>" + html.EscapeString(v.summaryLine()) + "</p>",
	}})
	j.array("events", len(v.Events), func(k int) any {
		e := &t.Events[v.Events[k]]
		s := tlSlide{DisplayDate: html.EscapeString(label(e.Date)), Text: tlText{Headline: html.EscapeString(Clean(e.Summary)), Text: slideHTML(e)}}
		s.StartDate, s.EndDate = tlDates(e.Date)
		if len(e.Actors) > 0 {
			s.Group = html.EscapeString(Clean(e.Actors[0]))
		}
		if id := Clean(e.ID); id != "" {
			s.UniqueID = "event-" + html.EscapeString(id)
		}
		return s
	})
	return j.close()
}

// slideHTML is the body of an event's slide.
func slideHTML(e *timeline.Event) string {
	var sb strings.Builder
	var meta []string
	if len(e.Actors) > 0 {
		meta = append(meta, "Actors: "+html.EscapeString(strings.Join(cleanAll(e.Actors), ", ")))
	}
	if p := Clean(e.Place); p != "" {
		meta = append(meta, "Place: "+html.EscapeString(p))
	}
	if len(meta) > 0 {
		sb.WriteString("<p>" + strings.Join(meta, " · ") + "</p>")
	}
	for k := range e.Sources {
		s := &e.Sources[k]
		sb.WriteString("<blockquote>“" + html.EscapeString(Clean(s.Sentence)) + "”</blockquote><p>— ")
		name := html.EscapeString(sourceName(s))
		if u := safeURL(s.URL); u != "" {
			sb.WriteString(`<a href="` + html.EscapeString(u) + `" target="_blank" rel="noopener noreferrer">` + name + "</a>")
		} else {
			sb.WriteString(name)
		}
		if title := Clean(s.Title); title != "" && title != sourceName(s) {
			sb.WriteString(", <i>" + html.EscapeString(title) + "</i>")
		}
		if !s.Published.IsZero() {
			sb.WriteString(", " + s.Published.Format("2 January 2006"))
		}
		sb.WriteString("</p>")
	}
	return sb.String()
}

// tlDates converts d to TimelineJS start and end dates at d's precision.
// end is nil for a single year, month or day and for an open range.
func tlDates(d timeline.Date) (start, end *tlDate) {
	if d.IsZero() {
		return nil, nil
	}
	start = tlDateAt(d.Start(), d.Precision)
	switch {
	case d.End == "..":
		return start, nil
	case d.End != "":
		if e, err := timeline.ParseDate(d.End); err == nil {
			return start, tlDateAt(e.Last(), e.Precision)
		}
		return start, nil
	}
	switch d.Precision {
	case timeline.Year, timeline.Month, timeline.Day:
		return start, nil
	}
	return start, tlDateAt(d.Last(), d.Precision)
}

// tlDateAt keeps the parts of day that precision p knows.
func tlDateAt(day time.Time, p timeline.Precision) *tlDate {
	td := &tlDate{Year: day.Year()}
	if p >= timeline.Half {
		td.Month = int(day.Month())
	}
	if p >= timeline.Week {
		td.Day = day.Day()
	}
	return td
}
