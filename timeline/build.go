package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"dateline/data"
	"dateline/timeline/actors"
)

// Build extracts the dated events of every article and merges the ones that
// report the same thing into a Timeline. Articles are read in parallel on all
// cores; the result does not depend on how many there are.
func Build(articles []data.Article) *Timeline {
	t := &Timeline{Articles: articles}
	drafts, known := extractAll(articles)
	kinds := func(name string) actors.Kind { return known[name].Kind }
	groups := groupByDate(drafts)
	clusters := make([][]cluster, len(groups))
	parallel(len(groups), func(_ int, next func() (int, bool)) {
		for g, ok := next(); ok; g, ok = next() {
			clusters[g] = mergeGroup(drafts, groups[g], kinds)
		}
	})
	n := 0
	for _, cs := range clusters {
		n += len(cs)
	}
	events := make([]Event, 0, n)
	first := make([]int, 0, n) // per event: its first draft, for a stable order
	for _, cs := range clusters {
		for i := range cs {
			events = append(events, assemble(articles, drafts, &cs[i]))
			first = append(first, cs[i].members[0])
		}
	}
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &events[order[i]], &events[order[j]]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c < 0
		}
		return first[order[i]] < first[order[j]]
	})
	t.Events = make([]Event, len(events))
	for i, k := range order {
		t.Events[i] = events[k]
	}
	t.index(known)
	return t
}

// extractAll returns the drafts of all articles in article order, and every actor met.
func extractAll(articles []data.Article) ([]*draft, map[string]actors.Actor) {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(articles)))
	xs := make([]extractor, workers)
	per := make([][]*draft, len(articles))
	parallel(len(articles), func(w int, next func() (int, bool)) {
		x := &xs[w]
		x.known = map[string]actors.Actor{}
		for i, ok := next(); ok; i, ok = next() {
			x.drafts = x.drafts[:0]
			x.extract(i, &articles[i])
			per[i] = append([]*draft(nil), x.drafts...)
		}
	})
	n := 0
	for _, p := range per {
		n += len(p)
	}
	drafts := make([]*draft, 0, n)
	for _, p := range per {
		drafts = append(drafts, p...)
	}
	known := map[string]actors.Actor{}
	for i := range xs {
		for name, a := range xs[i].known {
			if k, ok := known[name]; !ok || k.Affiliation == "" && a.Affiliation != "" {
				known[name] = a
			}
		}
	}
	return drafts, known
}

// parallel runs work on every core, each worker taking indexes in [0, n) from next.
func parallel(n int, work func(worker int, next func() (int, bool))) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var counter atomic.Int64
	next := func() (int, bool) {
		i := int(counter.Add(1)) - 1
		return i, i < n
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { work(w, next) })
	}
	wg.Wait()
}

// groupByDate groups draft indexes by the start of their date (same value, hence same
// precision), each group in draft order, groups in order of first appearance.
func groupByDate(drafts []*draft) [][]int {
	index := map[string]int{}
	var groups [][]int
	for i := range drafts {
		k := drafts[i].value
		g, ok := index[k]
		if !ok {
			g = len(groups)
			index[k] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// assemble makes the event of a cluster: the date, summary and place of its most
// telling report (running text before captions and headlines, whole clauses before cut
// ones), the actors of all reports and every report as a source.
func assemble(articles []data.Article, drafts []*draft, c *cluster) Event {
	best := c.members[0]
	rank := func(d *draft) int {
		r := 0
		if d.kind != bodySentence {
			r += 2
		}
		if strings.HasPrefix(d.summary, "…") {
			r++
		}
		return r
	}
	for _, m := range c.members[1:] {
		if rank(drafts[m]) < rank(drafts[best]) {
			best = m
		}
	}
	b := drafts[best]
	e := Event{Date: b.date(), Summary: b.summary, Place: b.place, Actors: c.actors}
	if e.Place == "" {
		for _, m := range c.members {
			if p := drafts[m].place; p != "" {
				e.Place = p
				break
			}
		}
	}
	// An open range and a point with the same start: the range says more.
	if c.open && e.Date.End == "" {
		for _, m := range c.members {
			if drafts[m].open {
				e.Date = e.Date.Since()
				break
			}
		}
	}
	e.Sources = make([]Source, len(c.members))
	for i, m := range c.members {
		d := drafts[m]
		a := &articles[d.article]
		e.Sources[i] = Source{
			Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Path: a.Path, Published: a.Published,
			Sentence:   a.Text[d.sentStart:d.sentEnd],
			Expression: a.Text[d.exprStart:d.exprEnd],
			SentStart:  int(d.sentStart), SentEnd: int(d.sentEnd), ExprStart: int(d.exprStart), ExprEnd: int(d.exprEnd),
		}
	}
	e.ID = eventID(&e)
	return e
}

func eventID(e *Event) string {
	h := sha256.New()
	h.Write([]byte(e.Date.String()))
	s := e.Sources[0]
	h.Write([]byte(s.Article))
	fmt.Fprintf(h, "%d:%d", s.SentStart, s.ExprStart)
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// index precomputes what filters read: per event, the folded text words match (summary,
// actors, place and the first report's sentence) and the folded outlets (the file path
// when an outlet is unknown); per folded actor name, its events.
func (t *Timeline) index(known map[string]actors.Actor) {
	t.actorEvents = map[string][]int{}
	t.search = make([]string, len(t.Events))
	t.outlets = make([]string, len(t.Events))
	counts := map[string]int{}
	folded := map[string]string{}
	fold := func(s string) string {
		f, ok := folded[s]
		if !ok {
			f = actors.Fold(s)
			folded[s] = f
		}
		return f
	}
	var sb strings.Builder
	for i := range t.Events {
		e := &t.Events[i]
		sb.Reset()
		sb.WriteString(e.Summary)
		for _, a := range e.Actors {
			counts[a]++
			k := fold(a)
			t.actorEvents[k] = append(t.actorEvents[k], i)
			sb.WriteString("\n")
			sb.WriteString(a)
		}
		sb.WriteString("\n")
		sb.WriteString(e.Place)
		sb.WriteString("\n")
		sb.WriteString(e.Sources[0].Sentence)
		t.search[i] = actors.Fold(sb.String())
		sb.Reset()
		seen := map[string]bool{}
		for _, s := range e.Sources {
			name := s.Outlet
			if name == "" {
				name = s.Path
			}
			if !seen[name] {
				seen[name] = true
				sb.WriteString(fold(name))
				sb.WriteString("\n")
			}
		}
		t.outlets[i] = sb.String()
	}
	// Every actor recognized is listed, those without a dated event with a count of 0.
	for name, a := range known {
		t.Actors = append(t.Actors, Actor{Name: name, Kind: string(a.Kind), Aliases: a.Aliases, Affiliation: a.Affiliation, Events: counts[name]})
	}
	sort.Slice(t.Actors, func(i, j int) bool {
		if t.Actors[i].Events != t.Actors[j].Events {
			return t.Actors[i].Events > t.Actors[j].Events
		}
		return t.Actors[i].Name < t.Actors[j].Name
	})
}
