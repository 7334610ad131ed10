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
	"time"

	"dateline/data"
	"dateline/timeline/actors"
)

// Build extracts the dated events of every article and merges the ones that
// report the same thing into a Timeline. Articles are read in parallel on all
// cores; the result does not depend on how many there are.
func Build(articles []data.Article) *Timeline {
	t := &Timeline{Articles: articles}
	drafts, known := extractAll(articles)
	linkAcross(drafts, known)
	kinds := func(name string) actors.Kind { return known[name].Kind }
	groups := groupByDate(drafts)
	// Merge each date's reports in parallel, nest coarse dates into finer ones, then
	// assemble the events in parallel.
	clusters := make([][]cluster, len(groups))
	parallel(len(groups), func(_ int, next func() (int, bool)) {
		for g, ok := next(); ok; g, ok = next() {
			clusters[g] = mergeGroup(drafts, groups[g], kinds)
		}
	})
	nestByPrecision(drafts, clusters, kinds)
	evs := make([][]Event, len(groups))
	firsts := make([][]int, len(groups)) // per event: its first draft, for a stable order
	parallel(len(groups), func(_ int, next func() (int, bool)) {
		for g, ok := next(); ok; g, ok = next() {
			for i := range clusters[g] {
				c := &clusters[g][i]
				if len(c.members) == 0 {
					continue // nested into a finer date
				}
				evs[g] = append(evs[g], assemble(articles, drafts, c))
				firsts[g] = append(firsts[g], c.members[0])
			}
		}
	})
	type ref struct{ g, i int }
	var refs []ref
	for g := range evs {
		for i := range evs[g] {
			refs = append(refs, ref{g, i})
		}
	}
	sort.Slice(refs, func(i, j int) bool {
		a, b := refs[i], refs[j]
		if c := evs[a.g][a.i].Date.Compare(evs[b.g][b.i].Date); c != 0 {
			return c < 0
		}
		return firsts[a.g][a.i] < firsts[b.g][b.i]
	})
	t.Events = make([]Event, len(refs))
	for k, r := range refs {
		t.Events[k] = evs[r.g][r.i]
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

// linkAcross gives a person known in one article by a single name ("President Tinubu")
// the full name another article gives ("Bola Tinubu"), when exactly one full name ends
// with it and their affiliations do not disagree.
func linkAcross(drafts []*draft, known map[string]actors.Actor) {
	full := map[string][]string{} // folded last word -> full names of people
	for name, a := range known {
		if a.Kind == actors.Person && strings.Contains(name, " ") {
			last := name[strings.LastIndexByte(name, ' ')+1:]
			k := actors.Fold(last)
			full[k] = append(full[k], name)
		}
	}
	to := map[string]string{}
	for name, a := range known {
		if a.Kind != actors.Person || strings.Contains(name, " ") {
			continue
		}
		cands := full[actors.Fold(name)]
		if len(cands) != 1 {
			continue
		}
		b := known[cands[0]]
		if a.Affiliation != "" && b.Affiliation != "" && a.Affiliation != b.Affiliation {
			continue
		}
		to[name] = cands[0]
	}
	if len(to) == 0 {
		return
	}
	for _, d := range drafts {
		changed := false
		for i, a := range d.actors {
			if f, ok := to[a]; ok {
				d.actors[i], changed = f, true
			}
		}
		if changed {
			seen := map[string]bool{} // "Tinubu ... Bola Tinubu" in one clause: one actor
			k := 0
			for _, a := range d.actors {
				if !seen[a] {
					seen[a] = true
					d.actors[k] = a
					k++
				}
			}
			d.actors = d.actors[:k]
		}
	}
	for short := range to {
		delete(known, short)
	}
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
		if drafts[i].end != "" {
			k += "/" + drafts[i].end
		}
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
	finest := Precision(0) // nested clusters: the finest date is the event's
	if len(c.members) > 1 {
		for _, m := range c.members {
			if p := drafts[m].prec; p > finest {
				finest = p
			}
		}
	}
	rank := func(d *draft) int {
		r := 0
		if finest > 0 && d.prec < finest {
			r += 4
		}
		if c.open && !d.open {
			r += 2 // the event is a range: its summary says "since"
		}
		if d.kind != bodySentence {
			r += 2
		}
		if strings.HasPrefix(d.summary, "…") {
			r++
		}
		return r
	}
	for _, m := range c.members[1:] {
		rm, rb := rank(drafts[m]), rank(drafts[best])
		// Equally telling: the earliest published report, the likeliest original.
		if rm < rb || rm == rb && published(articles, drafts[m]).Before(published(articles, drafts[best])) {
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

// published returns the publication date of a draft's article (zero when unknown, which
// sorts first only against other unknowns: an unknown date never wins over a known one).
func published(articles []data.Article, d *draft) time.Time {
	p := articles[d.article].Published
	if p.IsZero() {
		return farFuture
	}
	return p
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
	t.search = make([]string, len(t.Events))
	t.outlets = make([]string, len(t.Events))
	parallel(len(t.Events), func(_ int, next func() (int, bool)) {
		var sb strings.Builder
		folded := map[string]string{}
		seen := map[string]bool{}
		for i, ok := next(); ok; i, ok = next() {
			e := &t.Events[i]
			sb.Reset()
			sb.WriteString(e.Summary)
			for _, a := range e.Actors {
				sb.WriteString("\n")
				sb.WriteString(a)
			}
			sb.WriteString("\n")
			sb.WriteString(e.Place)
			sb.WriteString("\n")
			src := e.Sources[0]
			w0, w1 := around(src.Sentence, src.ExprStart-src.SentStart, src.ExprEnd-src.SentStart)
			sb.WriteString(src.Sentence[w0:w1])
			t.search[i] = actors.Fold(sb.String())
			sb.Reset()
			clear(seen)
			for _, s := range e.Sources {
				name := s.Outlet
				if name == "" {
					name = s.Path
				}
				if seen[name] {
					continue
				}
				seen[name] = true
				f, ok := folded[name]
				if !ok {
					f = actors.Fold(name)
					folded[name] = f
				}
				sb.WriteString(f)
				sb.WriteString("\n")
			}
			t.outlets[i] = sb.String()
		}
	})
	t.actorEvents = map[string][]int{}
	counts := map[string]int{}
	folded := map[string]string{}
	for i := range t.Events {
		for _, a := range t.Events[i].Actors {
			counts[a]++
			k, ok := folded[a]
			if !ok {
				k = actors.Fold(a)
				folded[a] = k
			}
			t.actorEvents[k] = append(t.actorEvents[k], i)
		}
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
	t.actorNames = make([][]string, len(t.Actors))
	for i, a := range t.Actors {
		names := []string{actors.Fold(a.Name)}
		for _, al := range a.Aliases {
			names = append(names, actors.Fold(al))
		}
		t.actorNames[i] = names
	}
}
