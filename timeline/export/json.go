package export

import (
	"encoding/json"
	"io"
	"time"
)

type jsonDoc struct {
	Events   []jsonEvent   `json:"events"`
	Actors   []jsonActor   `json:"actors"`
	Articles []jsonArticle `json:"articles"`
}

type jsonEvent struct {
	ID        string       `json:"id"`
	Date      string       `json:"date"`
	Precision string       `json:"precision"`
	End       string       `json:"end,omitempty"`
	Approx    bool         `json:"approx"`
	Summary   string       `json:"summary"`
	Actors    []string     `json:"actors"`
	Place     string       `json:"place,omitempty"`
	Sources   []jsonSource `json:"sources"`
}

type jsonSource struct {
	Article    string `json:"article"`
	Title      string `json:"title"`
	Outlet     string `json:"outlet"`
	URL        string `json:"url"`
	Published  string `json:"published,omitempty"`
	Sentence   string `json:"sentence"`
	Expression string `json:"expression"`
}

type jsonActor struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	Events  int      `json:"events"`
}

type jsonArticle struct {
	ID            string `json:"id"`
	Path          string `json:"path"`
	Title         string `json:"title"`
	Outlet        string `json:"outlet"`
	URL           string `json:"url"`
	Published     string `json:"published,omitempty"`
	PublishedFrom string `json:"published_from"`
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// WriteJSON writes v as one JSON object with events, actors and articles
// (the schema of README.md).
func WriteJSON(w io.Writer, v View) error {
	t := v.Timeline
	doc := jsonDoc{Events: []jsonEvent{}, Actors: []jsonActor{}, Articles: []jsonArticle{}}
	counts := map[string]int{}
	for _, i := range v.Events {
		e := &t.Events[i]
		je := jsonEvent{ID: e.ID, Date: e.Date.Value, Precision: e.Date.Precision.String(), End: e.Date.End,
			Approx: e.Date.Approx, Summary: e.Summary, Actors: append([]string{}, e.Actors...), Place: e.Place}
		for _, s := range e.Sources {
			je.Sources = append(je.Sources, jsonSource{Article: s.Article, Title: s.Title, Outlet: s.Outlet, URL: s.URL,
				Published: day(s.Published), Sentence: s.Sentence, Expression: s.Expression})
		}
		for _, a := range e.Actors {
			counts[a]++
		}
		doc.Events = append(doc.Events, je)
	}
	for _, a := range t.Actors {
		if counts[a.Name] == 0 {
			continue
		}
		doc.Actors = append(doc.Actors, jsonActor{Name: a.Name, Kind: a.Kind, Aliases: append([]string{}, a.Aliases...), Events: counts[a.Name]})
	}
	for _, a := range t.Articles {
		doc.Articles = append(doc.Articles, jsonArticle{ID: a.ID, Path: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
			Published: day(a.Published), PublishedFrom: a.PublishedFrom})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
