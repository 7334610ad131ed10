package ui

import (
	"slices"
	"strings"

	"dateline/timeline"
)

// index answers the filters of the interface from tables built once, off
// the interface's goroutine, when the timeline loads. It selects exactly
// what Timeline.Query selects (a test holds it to that) but reads flat
// arrays instead of the events, and narrows from its last answer when a
// keystroke only adds to the query.
type index struct {
	tl *timeline.Timeline
	// text is every event's folded search text, each followed by a NUL;
	// event i's text is text[at[i]:at[i+1]-1]. src is the same for sources.
	text, src   string
	at, srcAt   []int32
	start, last []int64 // per event: first and last day of its date, as Unix seconds
	// per actor of tl.Actors: folded name and aliases, NUL separated, and
	// the ascending events it takes part in.
	actorKey    []string
	actorEvents [][]int32

	// The last filter answered and its answer, for narrowing.
	lastF    timeline.Filter
	lastView []int
	hasLast  bool
}

// newIndex builds the tables for tl.
func newIndex(tl *timeline.Timeline) *index {
	n := len(tl.Events)
	x := &index{tl: tl, at: make([]int32, n+1), srcAt: make([]int32, n+1),
		start: make([]int64, n), last: make([]int64, n)}
	var text, src strings.Builder
	for i := range tl.Events {
		x.at[i], x.srcAt[i] = int32(text.Len()), int32(src.Len())
		text.WriteString(tl.SearchText(i))
		text.WriteByte(0)
		src.WriteString(tl.SourceText(i))
		src.WriteByte(0)
		d := tl.Events[i].Date
		x.start[i], x.last[i] = d.Start().Unix(), d.Last().Unix()
	}
	x.at[n], x.srcAt[n] = int32(text.Len()), int32(src.Len())
	x.text, x.src = text.String(), src.String()
	pos := make(map[string]int, len(tl.Actors))
	x.actorKey = make([]string, len(tl.Actors))
	x.actorEvents = make([][]int32, len(tl.Actors))
	for i, a := range tl.Actors {
		pos[a.Name] = i
		parts := append([]string{a.Name}, a.Aliases...)
		x.actorKey[i] = timeline.Fold(strings.Join(parts, "\x00"))
	}
	for i := range tl.Events {
		for _, name := range tl.Events[i].Actors {
			if a, ok := pos[name]; ok {
				x.actorEvents[a] = append(x.actorEvents[a], int32(i))
			}
		}
	}
	return x
}

// actorsMatching returns the positions in tl.Actors of the actors whose
// name or an alias contains q, ignoring case and diacritics.
func (x *index) actorsMatching(q string) []int {
	fq := timeline.Fold(strings.TrimSpace(q))
	out := make([]int, 0, len(x.actorKey))
	for i, k := range x.actorKey {
		if strings.Contains(k, fq) {
			out = append(out, i)
		}
	}
	return out
}

// query returns the events f selects, in display order.
func (x *index) query(f timeline.Filter) []int {
	var cand []int
	if x.hasLast && narrows(f, x.lastF) {
		cand = x.lastView
	}
	out := x.filter(f, cand)
	x.lastF, x.lastView, x.hasLast = f, out, true
	return out
}

// filter applies f to the candidates, or to every event when cand is nil.
func (x *index) filter(f timeline.Filter, cand []int) []int {
	for _, q := range f.Actors {
		cand = x.withActor(q, cand)
	}
	for _, w := range f.Words {
		cand = x.containing(x.text, x.at, []string{timeline.Fold(w)}, cand)
	}
	if len(f.Sources) > 0 {
		srcs := make([]string, len(f.Sources))
		for i, s := range f.Sources {
			srcs[i] = timeline.Fold(s)
		}
		cand = x.containing(x.src, x.srcAt, srcs, cand)
	}
	if f.From.IsZero() && f.To.IsZero() {
		if cand == nil {
			cand = x.all()
		}
		return cand
	}
	from, to := int64(-1<<63), int64(1<<63-1)
	if !f.From.IsZero() {
		from = f.From.Start().Unix()
	}
	if !f.To.IsZero() {
		to = f.To.Last().Unix()
	}
	if cand == nil {
		cand = x.all()
	}
	out := make([]int, 0, len(cand))
	for _, i := range cand {
		if x.last[i] >= from && x.start[i] <= to {
			out = append(out, i)
		}
	}
	return out
}

func (x *index) all() []int {
	out := make([]int, len(x.start))
	for i := range out {
		out[i] = i
	}
	return out
}

// withActor keeps the candidates with an actor whose name or alias
// contains q.
func (x *index) withActor(q string, cand []int) []int {
	var set []int32
	for _, a := range x.actorsMatching(q) {
		set = append(set, x.actorEvents[a]...)
	}
	slices.Sort(set)
	set = slices.Compact(set)
	out := make([]int, 0, len(set))
	if cand == nil {
		for _, i := range set {
			out = append(out, int(i))
		}
		return out
	}
	for i, j := 0, 0; i < len(cand) && j < len(set); {
		switch c, s := cand[i], int(set[j]); {
		case c < s:
			i++
		case c > s:
			j++
		default:
			out = append(out, c)
			i++
			j++
		}
	}
	return out
}

// containing keeps the candidates whose text (NUL-separated in all, event
// i at at[i]) contains one of the needles. Without candidates it scans all
// in one pass, jumping to the next event after each hit.
func (x *index) containing(all string, at []int32, needles []string, cand []int) []int {
	if cand != nil {
		out := make([]int, 0, len(cand))
		for _, i := range cand {
			s := all[at[i]:at[i+1]]
			for _, n := range needles {
				if strings.Contains(s, n) {
					out = append(out, i)
					break
				}
			}
		}
		return out
	}
	hit := make([]bool, len(at)-1)
	for _, n := range needles {
		for off := 0; off < len(all); {
			j := strings.Index(all[off:], n)
			if j < 0 {
				break
			}
			e := eventAt(at, off+j)
			hit[e] = true
			off = int(at[e+1])
		}
	}
	out := make([]int, 0, len(hit)/4)
	for i, h := range hit {
		if h {
			out = append(out, i)
		}
	}
	return out
}

// eventAt returns the event whose text holds byte p.
func eventAt(at []int32, p int) int {
	i, _ := slices.BinarySearch(at, int32(p)+1)
	return i - 1
}

// narrows reports whether every event f selects is also selected by g, so
// that g's answer can be filtered instead of the whole timeline: the same
// actors, sources and dates, and every word of g inside a word of f.
func narrows(f, g timeline.Filter) bool {
	if !slices.Equal(f.Actors, g.Actors) || !slices.Equal(f.Sources, g.Sources) ||
		!sameDate(f.From, g.From) || !sameDate(f.To, g.To) {
		return false
	}
	for _, w := range g.Words {
		fw := timeline.Fold(w)
		found := false
		for _, v := range f.Words {
			if strings.Contains(timeline.Fold(v), fw) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func sameDate(a, b timeline.Date) bool {
	return a.Value == b.Value && a.End == b.End && a.Approx == b.Approx
}
