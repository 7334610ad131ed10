package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxLineErrors is how many bad JSON lines of one file are reported one by one.
const maxLineErrors = 20

// Record field names, best first, for each article field.
var (
	jsonTitle     = []string{"title", "headline", "name"}
	jsonURL       = []string{"url", "link", "href", "canonical_url"}
	jsonPublished = []string{"published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "published_time", "time", "timestamp"}
	jsonOutlet    = []string{"outlet", "source", "site", "publisher", "site_name", "siteName"}
	jsonText      = []string{"text", "content", "body", "article", "html", "description", "summary"}
)

// parseJSON reads JSON lines (one article object a line), a JSON array of
// article objects or a single article object. A bad line is reported with
// its line number and the other lines still load.
func parseJSON(in input) ([]Article, []*FileError) {
	s := decode(in.data, "")
	trimmed := strings.TrimSpace(s)
	if json.Valid([]byte(trimmed)) { // one JSON document, not JSON lines
		switch trimmed[0] {
		case '[':
			var recs []json.RawMessage
			if err := json.Unmarshal([]byte(trimmed), &recs); err == nil {
				return jsonRecords(in.path, recs)
			}
		case '{':
			if recs, ok := jsonWrapped([]byte(trimmed)); ok {
				return jsonRecords(in.path, recs)
			}
			a, err := jsonArticle(in.path, []byte(trimmed))
			if err != nil {
				return nil, []*FileError{{Err: err}}
			}
			return []Article{a}, nil
		}
	}
	var (
		arts []Article
		errs []*FileError
		bad  int
	)
	n := 0
	for line := range strings.Lines(s) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		a, err := jsonArticle(in.path, []byte(line))
		if err != nil {
			bad++
			if bad <= maxLineErrors {
				errs = append(errs, &FileError{Line: n, Err: err})
			}
			continue
		}
		arts = append(arts, a)
	}
	if bad > maxLineErrors {
		errs = append(errs, &FileError{Err: fmt.Errorf("%d more bad lines not listed", bad-maxLineErrors)})
	}
	return arts, errs
}

// jsonListKeys name the array of articles in an API response or export
// such as {"status": "ok", "articles": [...]}.
var jsonListKeys = []string{"articles", "items", "entries", "posts", "results", "data", "documents", "stories"}

// jsonWrapped returns the article array of a wrapper object.
func jsonWrapped(b []byte) ([]json.RawMessage, bool) {
	var obj map[string]json.RawMessage
	if json.Unmarshal(b, &obj) != nil {
		return nil, false
	}
	for _, k := range jsonListKeys {
		var recs []json.RawMessage
		if raw, ok := obj[k]; ok && json.Unmarshal(raw, &recs) == nil && len(recs) > 0 {
			return recs, true
		}
	}
	return nil, false
}

// jsonRecords reads the objects of a JSON array, naming bad ones by position.
func jsonRecords(path string, recs []json.RawMessage) ([]Article, []*FileError) {
	var (
		arts []Article
		errs []*FileError
	)
	for i, r := range recs {
		a, err := jsonArticle(path, r)
		if err != nil {
			if len(errs) < maxLineErrors {
				errs = append(errs, &FileError{Err: fmt.Errorf("item %d: %w", i+1, err)})
			}
			continue
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 && len(errs) == 0 {
		errs = append(errs, &FileError{Err: fmt.Errorf("%w: the JSON array is empty", ErrNoText)})
	}
	return arts, errs
}

// jsonArticle reads one article object.
func jsonArticle(path string, b []byte) (Article, error) {
	var rec map[string]any
	if err := json.Unmarshal(b, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Article{}, fmt.Errorf("not an article: want a JSON object, got a JSON %s", te.Value)
		}
		return Article{}, fmt.Errorf("not valid JSON: %w", err)
	}
	a := Article{Path: path, PublishedFrom: FromNone}
	a.Title = metaString(rec, jsonTitle)
	a.URL = absURL(metaString(rec, jsonURL), "")
	a.Outlet = metaString(rec, jsonOutlet)
	if d, ok := jsonDate(rec); ok {
		a.Published, a.PublishedFrom = d, FromHeader
	}
	text := metaString(rec, jsonText)
	if looksHTML(text) {
		a.Text = htmlFragmentText(text)
	} else {
		a.Text = unescapeEntities(text)
	}
	a, err := finish(a)
	if err != nil {
		return Article{}, fmt.Errorf("%w: the record has no %q field (or it is empty)", ErrNoText, "text")
	}
	return a, nil
}

// jsonDate reads the publication date: a date string or Unix seconds.
func jsonDate(rec map[string]any) (time.Time, bool) {
	for _, k := range jsonPublished {
		switch v := rec[k].(type) {
		case string:
			if d, ok := parseDay(v); ok {
				return d, true
			}
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				return unixDay(n)
			}
		case float64:
			return unixDay(v)
		}
	}
	return time.Time{}, false
}

// unixDay reads Unix seconds (or milliseconds, when too large for seconds).
func unixDay(n float64) (time.Time, bool) {
	if n > 1e11 {
		n /= 1000
	}
	if n < 0 || n > 1e10 {
		return time.Time{}, false
	}
	return dayOf(time.Unix(int64(n), 0).UTC())
}

// looksHTML reports whether s carries HTML markup rather than plain text.
func looksHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 4096)])
	for _, tag := range []string{"<p>", "<p ", "<br", "</p>", "<div", "</a>", "<li>", "<h1", "<h2", "<figure"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	return false
}
