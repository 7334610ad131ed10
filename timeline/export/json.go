package export

import (
	"bufio"
	"io"
	"sort"
	"time"

	"dateline/timeline"
)

// The JSON document (`dateline export -f json`) is one object with the
// arrays events, actors and articles. Every key is always present; unknown
// strings are "" and empty lists are [].

type jsonEvent struct {
	ID        string       `json:"id"`
	Date      string       `json:"date"`
	Precision string       `json:"precision"`
	End       string       `json:"end"`
	Approx    bool         `json:"approx"`
	Summary   string       `json:"summary"`
	Actors    []string     `json:"actors"`
	Place     string       `json:"place"`
	Sources   []jsonSource `json:"sources"`
}

type jsonSource struct {
	Article    string `json:"article"`
	Title      string `json:"title"`
	Outlet     string `json:"outlet"`
	URL        string `json:"url"`
	Published  string `json:"published"`
	Sentence   string `json:"sentence"`
	Expression string `json:"expression"`
}

type jsonArticle struct {
	ID            string `json:"id"`
	Path          string `json:"path"`
	Title         string `json:"title"`
	Outlet        string `json:"outlet"`
	URL           string `json:"url"`
	Published     string `json:"published"`
	PublishedFrom string `json:"published_from"`
}

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
func WriteJSON(w io.Writer, v View) error {
	t := v.Timeline
	j := newJSONWriter(bufio.NewWriter(w))
	j.array("events", len(v.Events), func(k int) any { return eventJSON(&t.Events[v.Events[k]]) })
	actors := Actors(v)
	j.array("actors", len(actors), func(k int) any { return actors[k] })
	j.array("articles", len(t.Articles), func(k int) any {
		a := &t.Articles[k]
		return jsonArticle{ID: Clean(a.ID), Path: Clean(a.Path), Title: Clean(a.Title),
			Outlet: Clean(a.Outlet), URL: Clean(a.URL), Published: day(a.Published), PublishedFrom: a.PublishedFrom}
	})
	return j.close()
}

func eventJSON(e *timeline.Event) jsonEvent {
	je := jsonEvent{ID: Clean(e.ID), Date: e.Date.Value, Precision: e.Date.Precision.String(), End: e.Date.End,
		Approx: e.Date.Approx, Summary: Clean(e.Summary), Actors: cleanAll(e.Actors), Place: Clean(e.Place),
		Sources: []jsonSource{}}
	for k := range e.Sources {
		s := &e.Sources[k]
		je.Sources = append(je.Sources, jsonSource{Article: Clean(s.Article), Title: Clean(s.Title), Outlet: Clean(s.Outlet),
			URL: Clean(s.URL), Published: day(s.Published), Sentence: Clean(s.Sentence), Expression: Clean(s.Expression)})
	}
	return je
}

func cleanAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = Clean(s)
	}
	return out
}
