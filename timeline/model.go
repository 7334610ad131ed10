// Package timeline turns articles into a chronology: dated events with
// their actors and sources, merged across outlets, sorted, indexed and
// filterable. A Timeline is immutable once built; filters return views.
//
// Build reads every article on all cores: it splits the text into sentences
// (segment.go: abbreviations, quotes, captions and photo credits, boilerplate),
// tags its temporal expressions (package temporal) and actors (package actors),
// and makes a draft of each dated statement (extract.go: durations, vague and
// quoted relative dates, attributions and datelines are not events; "since"
// opens a range; the summary is the clause that carries the date). Drafts with
// the same date that share actors and wording are merged (merge.go), and a
// report dated coarsely nests into the same event dated more finely (nest.go).
// A build keeps its memory near the input and what it makes: drafts hold no
// pointers and share their dates, places and actors by index, and Build asks
// for collections as it goes (pace.go).
package timeline

import (
	"time"

	"dateline/data"
)

// Source is one report of an event: the sentence of an article that says so.
type Source struct {
	Article    string    // Article.ID
	Title      string    // article title ("" when unknown)
	Outlet     string    // publishing outlet ("" when unknown)
	URL        string    // article URL ("" when unknown)
	Path       string    // where the article was loaded from
	Published  time.Time // article publication date; zero when unknown
	Sentence   string    // the sentence that reports the event
	Expression string    // the date expression within the sentence
	SentStart  int       // byte offsets of the sentence in the article text
	SentEnd    int
	ExprStart  int // byte offsets of the date expression in the article text
	ExprEnd    int
}

// Actor is a person, country, organization or group taking part in events.
type Actor struct {
	Name        string   // canonical name
	Kind        string   // "person", "country", "organization", "group"
	Aliases     []string // other names it goes by
	Affiliation string   // canonical name of the country or organization it belongs to
	Events      int      // number of events it takes part in
}

// Event is something that happened on a Date, as reported by one or more Sources.
type Event struct {
	ID      string   // stable across runs for the same input
	Date    Date     // when, at its real precision
	Summary string   // the clause that carries the date, trimmed to one line
	Actors  []string // canonical actor names
	Place   string   // where, when the text says so
	Sources []Source // every report, first-seen first
}

// Corroboration is the number of distinct outlets (or articles, when the
// outlet is unknown) that report e.
func (e *Event) Corroboration() int {
	seen := map[string]bool{}
	for _, s := range e.Sources {
		k := s.Outlet
		if k == "" {
			k = "article:" + s.Article
		}
		seen[k] = true
	}
	return len(seen)
}

// Article is an article a timeline is built from (data.Article), named here so that
// packages that read a Timeline need not import data.
type Article = data.Article

// Timeline is the built chronology. Treat it as read-only.
type Timeline struct {
	Events   []Event   // sorted by date
	Actors   []Actor   // sorted by event count, then name
	Articles []Article // the input, in load order

	actorEvents map[string][]int // folded actor name -> event indices, ascending
	actorNames  [][]string       // per actor of Actors: its folded name and aliases
	search      []string         // per event: folded text a query matches against
	outlets     []string         // per event: folded outlet names
}
