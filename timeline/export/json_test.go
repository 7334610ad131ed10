package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"dateline/data"
	"dateline/timeline"
)

// The schema of the events and articles of the JSON export, as structs: what
// appendEvent and appendArticle write, field by field.

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

func articleJSON(a *data.Article) jsonArticle {
	return jsonArticle{ID: Clean(a.ID), Path: Clean(a.Path), Title: Clean(a.Title),
		Outlet: Clean(a.Outlet), URL: Clean(a.URL), Published: day(a.Published), PublishedFrom: a.PublishedFrom}
}

// writeJSONReflect is WriteJSON through encoding/json: the reference its output must equal.
func writeJSONReflect(w io.Writer, v View) error {
	t := v.Timeline
	j := newJSONWriter(bufio.NewWriter(w))
	j.array("events", len(v.Events), func(k int) any { return eventJSON(&t.Events[v.Events[k]]) })
	actors := Actors(v)
	j.array("actors", len(actors), func(k int) any { return actors[k] })
	j.array("articles", len(t.Articles), func(k int) any { return articleJSON(&t.Articles[k]) })
	return j.close()
}

// checkJSONReflect fails t when WriteJSON and writeJSONReflect write v differently.
func checkJSONReflect(t *testing.T, v View) {
	t.Helper()
	var got, want bytes.Buffer
	if err := WriteJSON(&got, v); err != nil {
		t.Fatal(err)
	}
	if err := writeJSONReflect(&want, v); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("WriteJSON differs from encoding/json: %s", firstDiff(got.String(), want.String()))
	}
}

func TestWriteJSONAgreesWithEncodingJSON(t *testing.T) {
	adv, _ := adversarial()
	for name, tl := range map[string]*timeline.Timeline{"fixture": fixture(), "adversarial": adv, "big": bigTimeline(300),
		"empty": {}, "no sources": {Events: []timeline.Event{{ID: "x", Date: timeline.MustDate("2024")}}}} {
		t.Run(name, func(t *testing.T) { checkJSONReflect(t, View{Timeline: tl, Events: all(tl)}) })
	}
}

func FuzzAppendString(f *testing.F) {
	for _, a := range attacks {
		f.Add(a)
	}
	f.Add("<a href=\"x\">&amp;</a>\u2028\u2029\xff\xc2\b\f\x00\x7f\\")
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendString(nil, s); string(got) != string(want) {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
		checkJSONReflect(t, View{Timeline: oneEvent(s, s), Events: []int{0}})
	})
}
