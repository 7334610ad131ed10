package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"dateline/data"
	"dateline/timeline/actors"
	"dateline/timeline/temporal"
)

// Build extracts the dated events of every article and merges the ones that
// report the same thing into a Timeline.
func Build(articles []data.Article) *Timeline {
	t := &Timeline{Articles: articles}
	known := map[string]actors.Actor{}
	var events []Event
	for i := range articles {
		events = append(events, extract(&articles[i], known)...)
	}
	events = merge(events)
	sort.SliceStable(events, func(i, j int) bool {
		if c := events[i].Date.Compare(events[j].Date); c != 0 {
			return c < 0
		}
		return events[i].Summary < events[j].Summary
	})
	t.Events = events
	t.index(known)
	return t
}

// extract returns one event per dated statement of a.
func extract(a *data.Article, known map[string]actors.Actor) []Event {
	text := a.Text
	timexes := temporal.Tag(text, temporal.Ref{DCT: a.Published})
	mentions := actors.Find(text)
	for _, m := range mentions {
		known[m.Actor.Name] = m.Actor
	}
	var out []Event
	ti, mi := 0, 0
	for _, s := range segment(text) {
		sent := text[s.start:s.end]
		var names []string
		for mi < len(mentions) && mentions[mi].Start < s.start {
			mi++
		}
		for j := mi; j < len(mentions) && mentions[j].Start < s.end; j++ {
			names = appendUnique(names, mentions[j].Actor.Name)
		}
		seen := map[string]bool{}
		for ; ti < len(timexes) && timexes[ti].Start < s.end; ti++ {
			x := timexes[ti]
			if x.Start < s.start || (x.Type != temporal.Date && x.Type != temporal.Time) {
				continue
			}
			d, err := ParseDate(x.Value)
			if err != nil || seen[d.Value] {
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(strings.ToLower(text[s.start:x.Start])), "since") {
				d = d.Since()
			}
			seen[d.Value] = true
			out = append(out, Event{
				Date:    d,
				Summary: summarize(sent, x.Start-s.start, x.End-s.start),
				Actors:  names,
				Sources: []Source{{
					Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Path: a.Path, Published: a.Published,
					Sentence: sent, Expression: x.Text,
					SentStart: s.start, SentEnd: s.end, ExprStart: x.Start, ExprEnd: x.End,
				}},
			})
		}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// merge folds events from different articles that report the same thing:
// the same date and at least one shared actor.
func merge(events []Event) []Event {
	var out []Event
	byDate := map[string][]int{}
	for _, e := range events {
		key := e.Date.String()
		merged := false
		for _, i := range byDate[key] {
			if sameEvent(&out[i], &e) {
				out[i].Sources = append(out[i].Sources, e.Sources...)
				for _, a := range e.Actors {
					out[i].Actors = appendUnique(out[i].Actors, a)
				}
				merged = true
				break
			}
		}
		if !merged {
			byDate[key] = append(byDate[key], len(out))
			out = append(out, e)
		}
	}
	for i := range out {
		out[i].ID = eventID(&out[i])
	}
	return out
}

func sameEvent(a, b *Event) bool {
	for _, s := range a.Sources {
		if s.Article == b.Sources[0].Article {
			return false
		}
	}
	shared := 0
	for _, x := range a.Actors {
		for _, y := range b.Actors {
			if x == y {
				shared++
			}
		}
	}
	return shared >= min(2, len(a.Actors), len(b.Actors)) && shared > 0
}

func eventID(e *Event) string {
	h := sha256.New()
	h.Write([]byte(e.Date.String()))
	for _, s := range e.Sources[:1] {
		h.Write([]byte(s.Article))
		h.Write([]byte(s.Sentence))
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// index precomputes what filters read.
func (t *Timeline) index(known map[string]actors.Actor) {
	t.actorEvents = map[string][]int{}
	t.search = make([]string, len(t.Events))
	t.outlets = make([]string, len(t.Events))
	counts := map[string]int{}
	for i := range t.Events {
		e := &t.Events[i]
		var sb strings.Builder
		sb.WriteString(e.Summary)
		for _, a := range e.Actors {
			counts[a]++
			k := actors.Fold(a)
			t.actorEvents[k] = append(t.actorEvents[k], i)
			sb.WriteString("\n" + a)
		}
		var outlets []string
		for _, s := range e.Sources {
			sb.WriteString("\n" + s.Sentence + "\n" + s.Title)
			outlets = append(outlets, s.Outlet+" "+s.Title+" "+s.URL)
		}
		sb.WriteString("\n" + e.Place)
		t.search[i] = actors.Fold(sb.String())
		t.outlets[i] = actors.Fold(strings.Join(outlets, "\n"))
	}
	for name, n := range counts {
		a := known[name]
		t.Actors = append(t.Actors, Actor{Name: name, Kind: string(a.Kind), Aliases: a.Aliases, Affiliation: a.Affiliation, Events: n})
	}
	sort.Slice(t.Actors, func(i, j int) bool {
		if t.Actors[i].Events != t.Actors[j].Events {
			return t.Actors[i].Events > t.Actors[j].Events
		}
		return t.Actors[i].Name < t.Actors[j].Name
	})
}
