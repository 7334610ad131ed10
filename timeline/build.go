package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"dateline/data"
	"dateline/timeline/actors"
)

// Build extracts the dated events of every article and merges the ones that
// report the same thing into a Timeline. Articles are read in parallel on all
// cores; the result does not depend on how many there are.
func Build(articles []data.Article) *Timeline {
	size := 0
	for i := range articles {
		size += len(articles[i].Text)
	}
	return build(articles, newPacer(size))
}

// build is Build, with p (nil: none) to collect garbage as it goes.
func build(articles []data.Article, p *pacer) *Timeline {
	t := &Timeline{Articles: articles}
	drafts, in, tb, known := extractAll(articles, p)
	groups := groupByDate(drafts, len(tb.dates))
	// Merge each date's reports in parallel, nest coarse dates into finer ones, then
	// assemble the events in parallel.
	clusters := make([][]cluster, len(groups))
	parallel(len(groups), func(_ int, next func() (int, bool)) {
		var mg merger
		for g, ok := next(); ok; g, ok = next() {
			clusters[g] = mg.mergeGroup(drafts, in, tb, groups[g])
			p.check()
		}
	})
	in, groups = nil, nil // what only merging reads
	nestByPrecision(drafts, tb, clusters)
	nestIntoRanges(drafts, tb, clusters)
	at := make([]int, len(clusters)+1) // the events of date g are evs[at[g]:at[g+1]]
	for g := range clusters {
		n := 0
		for i := range clusters[g] {
			if len(clusters[g][i].members) > 0 { // else nested into a finer date
				n++
			}
		}
		at[g+1] = at[g] + n
	}
	evs := make([]Event, at[len(clusters)])
	firsts := make([]int32, len(evs)) // per event: its first draft, for a stable order
	parallel(len(clusters), func(_ int, next func() (int, bool)) {
		for g, ok := next(); ok; g, ok = next() {
			k := at[g]
			for i := range clusters[g] {
				c := &clusters[g][i]
				if len(c.members) == 0 {
					continue
				}
				evs[k] = assemble(articles, drafts, tb, c)
				firsts[k] = c.members[0]
				k++
			}
			clusters[g] = nil
			p.check()
		}
	})
	order := make([]int32, len(evs)) // the events in date order
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if c := evs[a].Date.Compare(evs[b].Date); c != 0 {
			return c < 0
		}
		return firsts[a] < firsts[b]
	})
	permute(evs, order)
	t.Events = evs
	t.index(known, p)
	return t
}

// severalInSentence reports whether the sentence of drafts[i] dates other drafts too:
// they are its neighbours, as drafts come in the order of the text.
func severalInSentence(drafts []draft, i int32) bool {
	d := &drafts[i]
	same := func(j int32) bool {
		return j >= 0 && int(j) < len(drafts) && drafts[j].article == d.article && drafts[j].sentStart == d.sentStart
	}
	return same(i-1) || same(i+1)
}

// permute puts evs in the given order (evs[order[k]] moves to k) in place; it leaves
// order spoiled.
func permute(evs []Event, order []int32) {
	for k := range order {
		if order[k] < 0 {
			continue // already in place
		}
		held := evs[k]
		for j := int32(k); ; {
			from := order[j]
			order[j] = -1
			if from == int32(k) {
				evs[j] = held
				break
			}
			evs[j] = evs[from]
			j = from
		}
	}
}

// extractAll returns the drafts of all articles in article order, what merging reads
// of them, the tables they index and every actor met. Each core's extractor numbers
// dates, places and actors in its own tables; joining them here, in article order,
// numbers them for the build in order of first appearance, whatever core read what.
func extractAll(articles []data.Article, p *pacer) ([]draft, *mergeInput, *tables, map[string]actors.Actor) {
	type read struct{ worker, drafts int32 } // who read an article and how many drafts it has
	reads := make([]read, len(articles))
	xs := make([]*extractor, min(runtime.GOMAXPROCS(0), max(1, len(articles))))
	parallel(len(articles), func(w int, next func() (int, bool)) {
		x := newExtractor()
		xs[w] = x
		for i, ok := next(); ok; i, ok = next() {
			reads[i] = read{int32(w), int32(x.extract(i, &articles[i]))}
			p.check()
		}
	})
	known := map[string]actors.Actor{}
	n, nids := 0, 0
	for _, x := range xs {
		if x == nil {
			continue
		}
		n += x.drafts
		nids += len(x.ids)
		for name, a := range x.known {
			if k, ok := known[name]; !ok || k.Affiliation == "" && a.Affiliation != "" {
				known[name] = a
			}
		}
	}
	// Per extractor: its local indexes of dates, places and actors to the build's (-1:
	// not yet met), and how far its drafts and actors have been joined.
	type local struct {
		dates, places, names []int32
		draft, id            int
	}
	ls := make([]local, len(xs))
	unmet := func(n int) []int32 {
		l := make([]int32, n)
		for i := range l {
			l[i] = -1
		}
		return l
	}
	for w, x := range xs {
		if x != nil {
			ls[w] = local{dates: unmet(len(x.dates)), places: unmet(len(x.places)), names: unmet(len(x.names))}
		}
	}
	tb := &tables{places: []string{""}}
	var dates []dateKey
	dateIDs, placeIDs, nameIDs := map[dateKey]int32{}, map[string]int32{"": 0}, map[string]int32{}
	drafts := make([]draft, 0, n)
	in := &mergeInput{words: make([]wordSig, 0, n), off: make([]int32, 1, n+1), ids: make([]int32, 0, nids)}
	for _, r := range reads {
		x, l := xs[r.worker], &ls[r.worker]
		for k := l.draft; k < l.draft+int(r.drafts); k++ {
			c, i := x.chunks[k/chunkSize], k%chunkSize
			d := c.drafts[i]
			if l.dates[d.date] < 0 {
				l.dates[d.date] = intern(dateIDs, &dates, x.dates[d.date])
			}
			d.date = l.dates[d.date]
			if l.places[d.place] < 0 {
				l.places[d.place] = intern(placeIDs, &tb.places, x.places[d.place])
			}
			d.place = l.places[d.place]
			drafts = append(drafts, d)
			in.words = append(in.words, c.words[i])
			for _, a := range x.ids[l.id : l.id+int(c.nids[i])] {
				if l.names[a] < 0 {
					l.names[a] = intern(nameIDs, &tb.names, x.names[a])
				}
				in.ids = append(in.ids, l.names[a])
			}
			l.id += int(c.nids[i])
			in.off = append(in.off, int32(len(in.ids)))
			if i == chunkSize-1 {
				x.chunks[k/chunkSize] = nil // joined
			}
		}
		l.draft += int(r.drafts)
	}
	xs = nil // the extractors' chunks, ids and tables
	tb.dates = make([]dateEntry, len(dates))
	for i, k := range dates {
		tb.dates[i] = newDateEntry(k)
	}
	linkAcross(in, tb, nameIDs, known)
	tb.kinds = make([]actors.Kind, len(tb.names))
	for i, name := range tb.names {
		tb.kinds[i] = known[name].Kind
	}
	return drafts, in, tb, known
}

// linkAcross gives a person known in one article by a single name ("President Tinubu")
// the full name another article gives ("Bola Tinubu"), when exactly one full name ends
// with it and their affiliations do not disagree. nameIDs indexes tb.names.
func linkAcross(in *mergeInput, tb *tables, nameIDs map[string]int32, known map[string]actors.Actor) {
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
	ids := make([]int32, len(tb.names)) // per actor: the one it is linked to, or -1
	for i, name := range tb.names {
		ids[i] = -1
		if f, ok := to[name]; ok {
			ids[i] = intern(nameIDs, &tb.names, f)
		}
	}
	// Rename, and keep one of an actor named twice ("Tinubu ... Bola Tinubu" in one
	// clause), in place: a draft's actors only shrink.
	w := int32(0)
	for i := 0; i+1 < len(in.off); i++ {
		lo, hi := in.off[i], in.off[i+1]
		in.off[i] = w
		first := w
		for _, a := range in.ids[lo:hi] {
			if a < int32(len(ids)) && ids[a] >= 0 {
				a = ids[a]
			}
			if !slices.Contains(in.ids[first:w], a) {
				in.ids[w] = a
				w++
			}
		}
	}
	in.off[len(in.off)-1] = w
	in.ids = in.ids[:w]
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

// groupByDate groups draft indexes by their date (same start, hence same precision,
// and same end), each group in draft order. The build numbers dates in order of first
// appearance, so groups come in that order too.
func groupByDate(drafts []draft, dates int) [][]int32 {
	at := make([]int32, dates+1)
	for i := range drafts {
		at[drafts[i].date+1]++
	}
	for g := range dates {
		at[g+1] += at[g]
	}
	all := make([]int32, len(drafts))
	groups := make([][]int32, dates)
	for g := range groups {
		groups[g] = all[at[g]:at[g]:at[g+1]]
	}
	for i := range drafts {
		g := drafts[i].date
		groups[g] = append(groups[g], int32(i))
	}
	return groups
}

// assemble makes the event of a cluster: the date, summary and place of its most
// telling report (running text before captions and headlines, whole clauses before cut
// ones), the actors of all reports and every report as a source.
func assemble(articles []data.Article, drafts []draft, tb *tables, c *cluster) Event {
	best := c.members[0]
	finest := Precision(0) // nested clusters: the finest date is the event's
	if len(c.members) > 1 {
		for _, m := range c.members {
			if p := tb.prec(&drafts[m]); p > finest {
				finest = p
			}
		}
	}
	rank := func(d *draft) int {
		r := 0
		if finest > 0 && tb.prec(d) < finest {
			r += 4
		}
		if c.open && !d.open {
			r += 2 // the event is a range: its summary says "since"
		}
		if d.kind != bodySentence {
			r += 2
		}
		if d.cutLeft {
			r++
		}
		return r
	}
	for _, m := range c.members[1:] {
		rm, rb := rank(&drafts[m]), rank(&drafts[best])
		// Equally telling: the earliest published report, the likeliest original.
		if rm < rb || rm == rb && published(articles, &drafts[m]).Before(published(articles, &drafts[best])) {
			best = m
		}
	}
	b := &drafts[best]
	date := tb.date(b)
	if !b.open && !tb.dates[b.date].hasEnd {
		// A day nested into a range of days: the event spans the range.
		for _, m := range c.members {
			if d := &drafts[m]; !d.open && tb.dates[d.date].hasEnd {
				date = tb.date(d)
				break
			}
		}
	}
	summary, _, _ := clauseSummary(articles[b.article].Text, int(b.sentStart), int(b.sentEnd), int(b.exprStart), int(b.exprEnd), severalInSentence(drafts, best))
	e := Event{Date: date, Summary: summary, Place: tb.places[b.place]}
	if len(c.actors) > 0 {
		e.Actors = make([]string, len(c.actors))
		for i, a := range c.actors {
			e.Actors[i] = tb.names[a]
		}
	}
	if e.Place == "" {
		for _, m := range c.members {
			if p := tb.places[drafts[m].place]; p != "" {
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
		d := &drafts[m]
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

// appendFold appends actors.Fold(s) to dst. It folds ASCII itself and leaves each run
// of other bytes to actors.Fold: Fold works rune by rune, and an ASCII byte is a rune of
// its own that ends any rune before it, so the runs fold as they do in s.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		dst = append(dst, actors.Fold(s[i:j])...)
		i = j
	}
	return dst
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
	// The hash of e.Date.String(), the first source's article and "SentStart:ExprStart".
	var buf [128]byte
	b := append(buf[:0], e.Date.Value...)
	if e.Date.End != "" {
		b = append(append(b, '/'), e.Date.End...)
	}
	if e.Date.Approx {
		b = append(b, '~')
	}
	s := &e.Sources[0]
	b = append(b, s.Article...)
	b = strconv.AppendInt(b, int64(s.SentStart), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(s.ExprStart), 10)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6])
}

// indexBatch is how many events share one string of folded search and outlet text.
const indexBatch = 256

// index precomputes what filters read: per event, the folded text words match (summary,
// actors, place and the first report's sentence) and the folded outlets (the file path
// when an outlet is unknown); per folded actor name, its events. The texts of a batch of
// events are folded into one string, which their texts are parts of.
func (t *Timeline) index(known map[string]actors.Actor, p *pacer) {
	n := len(t.Events)
	t.search = make([]string, n)
	t.outlets = make([]string, n)
	parallel((n+indexBatch-1)/indexBatch, func(_ int, next func() (int, bool)) {
		var buf []byte
		var ends []int
		folded := map[string]string{} // actor, outlet or path -> folded
		fold := func(name string) string {
			f, ok := folded[name]
			if !ok {
				f = actors.Fold(name)
				folded[name] = f
			}
			return f
		}
		seen := map[string]bool{}
		for b, ok := next(); ok; b, ok = next() {
			lo, hi := b*indexBatch, min(n, (b+1)*indexBatch)
			buf, ends = buf[:0], ends[:0]
			for i := lo; i < hi; i++ {
				// actors.Fold(summary + "\n" + actor + ... + "\n" + place + "\n" + words):
				// it folds rune by rune, and a line feed ends any rune.
				e := &t.Events[i]
				buf = appendFold(buf, e.Summary)
				for _, a := range e.Actors {
					buf = append(buf, '\n')
					buf = append(buf, fold(a)...)
				}
				buf = append(buf, '\n')
				buf = appendFold(buf, e.Place)
				buf = append(buf, '\n')
				src := &e.Sources[0]
				w0, w1 := around(src.Sentence, src.ExprStart-src.SentStart, src.ExprEnd-src.SentStart)
				buf = appendFold(buf, src.Sentence[w0:w1])
				ends = append(ends, len(buf))
			}
			for i := lo; i < hi; i++ {
				clear(seen)
				for _, s := range t.Events[i].Sources {
					name := s.Outlet
					if name == "" {
						name = s.Path
					}
					if seen[name] {
						continue
					}
					seen[name] = true
					buf = append(buf, fold(name)...)
					buf = append(buf, '\n')
				}
				ends = append(ends, len(buf))
			}
			texts := string(buf)
			from := 0
			for k, end := range ends {
				if i := lo + k; i < hi {
					t.search[i] = texts[from:end]
				} else {
					t.outlets[i-(hi-lo)] = texts[from:end]
				}
				from = end
			}
			p.check()
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
