package timeline

import (
	"fmt"
	"sort"
	"strings"

	"dateline/data"
	"dateline/timeline/actors"
)

// Filter selects events. The zero Filter selects everything; every set
// field must match.
type Filter struct {
	Actors  []string // each must name an actor of the event, ignoring case and diacritics: a name or alias, else a word's start, else any part
	From    Date     // events ending before From are dropped; zero = unbounded
	To      Date     // events starting after To are dropped; zero = unbounded
	Words   []string // each must appear in the event's summary, first sentence, actors or place
	Sources []string // one must appear in an outlet of the event's sources (the path when the outlet is unknown)
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool {
	return len(f.Actors) == 0 && f.From.IsZero() && f.To.IsZero() && len(f.Words) == 0 && len(f.Sources) == 0
}

// And returns the filter that requires both f and g. A date bound set in g
// replaces f's.
func (f Filter) And(g Filter) Filter {
	f.Actors = append(append([]string(nil), f.Actors...), g.Actors...)
	f.Words = append(append([]string(nil), f.Words...), g.Words...)
	f.Sources = append(append([]string(nil), f.Sources...), g.Sources...)
	if !g.From.IsZero() {
		f.From = g.From
	}
	if !g.To.IsZero() {
		f.To = g.To
	}
	return f
}

// String describes f in the query syntax ParseQuery reads.
func (f Filter) String() string {
	var parts []string
	q := func(s string) string {
		if strings.ContainsAny(s, " \t") {
			return `"` + s + `"`
		}
		return s
	}
	for _, a := range f.Actors {
		parts = append(parts, "actor:"+q(a))
	}
	if !f.From.IsZero() {
		parts = append(parts, "from:"+f.From.Value)
	}
	if !f.To.IsZero() {
		parts = append(parts, "to:"+f.To.Value)
	}
	for _, s := range f.Sources {
		parts = append(parts, "source:"+q(s))
	}
	for _, w := range f.Words {
		parts = append(parts, q(w))
	}
	return strings.Join(parts, " ")
}

// ParseQuery reads a search line: words plus the qualifiers actor:NAME,
// from:DATE, to:DATE and source:NAME. Values with spaces take double quotes.
// Dates are YYYY, YYYY-MM or YYYY-MM-DD.
func ParseQuery(q string) (Filter, error) {
	var f Filter
	for _, tok := range tokens(q) {
		key, val, ok := strings.Cut(tok, ":")
		if !ok || val == "" {
			f.Words = append(f.Words, tok)
			continue
		}
		switch strings.ToLower(key) {
		case "actor":
			f.Actors = append(f.Actors, val)
		case "source":
			f.Sources = append(f.Sources, val)
		case "from", "to":
			d, err := ParseDate(val)
			if err != nil {
				return f, fmt.Errorf("%s:%s is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", key, val)
			}
			if key == "from" {
				f.From = d
			} else {
				f.To = d
			}
		default:
			f.Words = append(f.Words, tok)
		}
	}
	return f, nil
}

// tokens splits q at spaces, keeping "double quoted" runs together.
func tokens(q string) []string {
	var out []string
	var cur strings.Builder
	inQuote := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range q {
		switch {
		case r == '"':
			inQuote = !inQuote
		case (r == ' ' || r == '\t') && !inQuote:
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// Query returns the indices of the events f selects, in display order.
func (t *Timeline) Query(f Filter) []int {
	var cand []int
	if len(f.Actors) > 0 {
		for _, name := range f.Actors {
			set := t.eventsOfActor(name)
			if cand == nil {
				cand = set
			} else {
				cand = intersect(cand, set)
			}
			if len(cand) == 0 {
				return []int{}
			}
		}
	} else {
		cand = make([]int, len(t.Events))
		for i := range cand {
			cand[i] = i
		}
	}
	words := foldAll(f.Words)
	sources := foldAll(f.Sources)
	out := cand[:0:0]
	for _, i := range cand {
		if t.matches(i, f, words, sources) {
			out = append(out, i)
		}
	}
	return out
}

func (t *Timeline) matches(i int, f Filter, words, sources []string) bool {
	d := t.Events[i].Date
	if !f.From.IsZero() && d.last.Before(f.From.start) {
		return false
	}
	if !f.To.IsZero() && d.start.After(f.To.last) {
		return false
	}
	for _, w := range words {
		if !strings.Contains(t.search[i], w) {
			return false
		}
	}
	if len(sources) > 0 {
		ok := false
		for _, s := range sources {
			if strings.Contains(t.outlets[i], s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// ActorsMatching returns the canonical names of the actors whose name or
// alias contains q, ignoring case and diacritics.
func (t *Timeline) ActorsMatching(q string) []string {
	fq := actors.Fold(strings.TrimSpace(q))
	var out []string
	for i, a := range t.Actors {
		for _, n := range t.foldedNames(i) {
			if strings.Contains(n, fq) {
				out = append(out, a.Name)
				break
			}
		}
	}
	return out
}

// foldedNames returns the folded name and aliases of t.Actors[i].
func (t *Timeline) foldedNames(i int) []string {
	if i < len(t.actorNames) {
		return t.actorNames[i]
	}
	a := t.Actors[i] // a Timeline not made by Build
	names := []string{actors.Fold(a.Name)}
	for _, al := range a.Aliases {
		names = append(names, actors.Fold(al))
	}
	return names
}

// actorsFor returns the canonical names of the actors q names, most precise match first:
// the actors whose name or an alias is q (ignoring case and diacritics: "us" is the
// United States, not Russia; "syria" is not the Syrian Democratic Forces); else those
// with a word of a name or alias starting with q ("erdo"); else those containing q.
func (t *Timeline) actorsFor(q string) []string {
	fq := actors.Fold(strings.TrimSpace(q))
	var exact, prefix []string
	for i, a := range t.Actors {
		isExact, isPrefix := false, false
		for _, fn := range t.foldedNames(i) {
			if fn == fq {
				isExact = true
				break
			}
			if wordPrefix(fn, fq) {
				isPrefix = true
			}
		}
		switch {
		case isExact:
			exact = append(exact, a.Name)
		case isPrefix:
			prefix = append(prefix, a.Name)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	if len(prefix) > 0 {
		return prefix
	}
	return t.ActorsMatching(q)
}

// wordPrefix reports whether a word of s (split at spaces and hyphens) starts with p.
func wordPrefix(s, p string) bool {
	for i := 0; i < len(s); i++ {
		if (i == 0 || s[i-1] == ' ' || s[i-1] == '-') && strings.HasPrefix(s[i:], p) {
			return true
		}
	}
	return false
}

// eventsOfActor returns the ascending indices of events with an actor q names (actorsFor).
func (t *Timeline) eventsOfActor(q string) []int {
	var out []int
	for _, name := range t.actorsFor(q) {
		out = union(out, t.actorEvents[actors.Fold(name)])
	}
	if out == nil {
		out = []int{}
	}
	return out
}

func foldAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = actors.Fold(s)
	}
	return out
}

func intersect(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func union(a, b []int) []int {
	out := append(append([]int(nil), a...), b...)
	sort.Ints(out)
	w := 0
	for i, x := range out {
		if i == 0 || x != out[w-1] {
			out[w] = x
			w++
		}
	}
	return out[:w]
}

// Fold lowercases s and strips its diacritics the way every filter
// matches ("Erdoğan" -> "erdogan"), for callers that keep their own indexes.
func Fold(s string) string { return actors.Fold(s) }

// SearchText returns the folded text that query words match against for
// event i.
func (t *Timeline) SearchText(i int) string { return t.search[i] }

// SourceText returns the folded source names that source: qualifiers
// match against for event i.
func (t *Timeline) SourceText(i int) string { return t.outlets[i] }

// FromEvents returns the Timeline of events made elsewhere (sorted here by
// date) over articles, indexed for Query, for tests and tools that make
// their own events.
func FromEvents(events []Event, articles []data.Article) *Timeline {
	t := &Timeline{Events: events, Articles: articles}
	sort.SliceStable(t.Events, func(i, j int) bool { return t.Events[i].Date.Compare(t.Events[j].Date) < 0 })
	known := map[string]actors.Actor{}
	for _, e := range events {
		for _, a := range e.Actors {
			known[a] = actors.Actor{Name: a}
		}
	}
	t.index(known, nil)
	return t
}
