package export

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"time"

	"dateline/timeline"
)

// The JSON document (`dateline export -f json`) is one object with the
// arrays events, actors and articles. Every key is always present; unknown
// strings are "" and empty lists are []. The events and articles are written
// by appendEvent and appendArticle; json_test.go holds the structs they
// write (jsonEvent, jsonSource, jsonArticle) and checks that they agree.

// ActorRow is one actor of a view: who, how many of the view's events name
// it, and the dates of the first and last of them (EDTF strings).
type ActorRow struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	Events  int      `json:"events"`
	First   string   `json:"first"`
	Last    string   `json:"last"`

	FirstDate, LastDate timeline.Date `json:"-"` // First and Last as dates
}

// Actors returns the actors of v's events (with an empty filter, every
// actor recognized in the articles, those in no event with 0), most events first, then by
// name (the order of Timeline.Actors), with their counts and date span
// within v.
func Actors(v View) []ActorRow {
	t := v.Timeline
	type span struct {
		n           int
		first, last timeline.Date
	}
	spans := map[string]*span{}
	for _, i := range v.Events {
		e := &t.Events[i]
		for _, a := range e.Actors {
			s := spans[a]
			if s == nil {
				s = &span{first: e.Date, last: e.Date}
				spans[a] = s
			}
			s.n++
			if e.Date.Compare(s.first) < 0 {
				s.first = e.Date
			}
			if e.Date.Compare(s.last) > 0 {
				s.last = e.Date
			}
		}
	}
	rows := []ActorRow{}
	for _, a := range t.Actors {
		s := spans[a.Name]
		if s == nil {
			if !v.Filter.IsZero() {
				continue
			}
			s = &span{} // recognized in the articles, but in no dated event
		}
		aliases := make([]string, 0, len(a.Aliases))
		for _, al := range a.Aliases {
			aliases = append(aliases, Clean(al))
		}
		rows = append(rows, ActorRow{Name: Clean(a.Name), Kind: Clean(a.Kind), Aliases: aliases, Events: s.n,
			First: s.first.String(), Last: s.last.String(), FirstDate: s.first, LastDate: s.last})
	}
	// Timeline.Actors is ordered by count over the whole timeline; order by
	// count within the view, keeping that order for ties.
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Events > rows[j].Events })
	return rows
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// WriteJSON writes v as one indented JSON object with the keys events,
// actors and articles (the schema in README.md). Events are v's events in
// display order; actors are those named by them, with counts within v;
// articles are every article of the timeline, in load order. It streams:
// memory stays proportional to one event, not to the output.
//
// Events and articles, the bulk of a large export, are written field by field
// (appendEvent, appendArticle) rather than through reflection: the bytes are
// those json.MarshalIndent makes of jsonEvent and jsonArticle, at a fraction
// of the time and with no garbage.
func WriteJSON(w io.Writer, v View) error {
	t := v.Timeline
	j := newJSONWriter(bufio.NewWriter(w))
	j.arrayOf("events", len(v.Events), func(b []byte, k int) []byte { return appendEvent(b, &t.Events[v.Events[k]]) })
	actors := Actors(v)
	j.array("actors", len(actors), func(k int) any { return actors[k] })
	j.arrayOf("articles", len(t.Articles), func(b []byte, k int) []byte { return appendArticle(b, &t.Articles[k]) })
	return j.close()
}

// Line breaks and indents of the members of an array item, of what it holds, and so on.
const (
	in1 = "\n      "
	in2 = "\n        "
	in3 = "\n          "
)

// appendEvent appends e as an item of the events array: jsonEvent, indented.
func appendEvent(b []byte, e *timeline.Event) []byte {
	b = append(b, "{"+in1+`"id": `...)
	b = appendString(b, Clean(e.ID))
	b = append(b, ","+in1+`"date": `...)
	b = appendString(b, e.Date.Value)
	b = append(b, ","+in1+`"precision": `...)
	b = appendString(b, e.Date.Precision.String())
	b = append(b, ","+in1+`"end": `...)
	b = appendString(b, e.Date.End)
	b = append(b, ","+in1+`"approx": `...)
	b = strconv.AppendBool(b, e.Date.Approx)
	b = append(b, ","+in1+`"summary": `...)
	b = appendString(b, Clean(e.Summary))
	b = append(b, ","+in1+`"actors": `...)
	if len(e.Actors) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, '[')
		for k, a := range e.Actors {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, in2...)
			b = appendString(b, Clean(a))
		}
		b = append(b, in1+"]"...)
	}
	b = append(b, ","+in1+`"place": `...)
	b = appendString(b, Clean(e.Place))
	b = append(b, ","+in1+`"sources": `...)
	if len(e.Sources) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, '[')
		for k := range e.Sources {
			s := &e.Sources[k]
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, in2+"{"+in3+`"article": `...)
			b = appendString(b, Clean(s.Article))
			b = append(b, ","+in3+`"title": `...)
			b = appendString(b, Clean(s.Title))
			b = append(b, ","+in3+`"outlet": `...)
			b = appendString(b, Clean(s.Outlet))
			b = append(b, ","+in3+`"url": `...)
			b = appendString(b, Clean(s.URL))
			b = append(b, ","+in3+`"published": `...)
			b = appendDay(b, s.Published)
			b = append(b, ","+in3+`"sentence": `...)
			b = appendString(b, Clean(s.Sentence))
			b = append(b, ","+in3+`"expression": `...)
			b = appendString(b, Clean(s.Expression))
			b = append(b, in2+"}"...)
		}
		b = append(b, in1+"]"...)
	}
	return append(b, "\n    }"...)
}

// appendArticle appends a as an item of the articles array: jsonArticle, indented.
func appendArticle(b []byte, a *timeline.Article) []byte {
	b = append(b, "{"+in1+`"id": `...)
	b = appendString(b, Clean(a.ID))
	b = append(b, ","+in1+`"path": `...)
	b = appendString(b, Clean(a.Path))
	b = append(b, ","+in1+`"title": `...)
	b = appendString(b, Clean(a.Title))
	b = append(b, ","+in1+`"outlet": `...)
	b = appendString(b, Clean(a.Outlet))
	b = append(b, ","+in1+`"url": `...)
	b = appendString(b, Clean(a.URL))
	b = append(b, ","+in1+`"published": `...)
	b = appendDay(b, a.Published)
	b = append(b, ","+in1+`"published_from": `...)
	b = appendString(b, a.PublishedFrom)
	return append(b, "\n    }"...)
}

// appendDay appends day(t) as a JSON string.
func appendDay(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, `""`...)
	}
	b = append(b, '"')
	b = t.AppendFormat(b, "2006-01-02") // digits and dashes: nothing to escape
	return append(b, '"')
}

func cleanAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = Clean(s)
	}
	return out
}
