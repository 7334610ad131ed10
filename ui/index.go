package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// index answers the filters of the interface from tables built once, off
// the interface's goroutine, when the timeline loads. It selects exactly
// what Timeline.Query selects (a test holds it to that) but reads flat
// arrays instead of the events:
//   - per event, a 256-bit set of the bytes of its folded search text and a
//     1024-bit hashed set of its byte pairs and triples, so that a word is
//     looked for only in the texts that can contain it;
//   - per event, the first and last day of its date;
//   - per actor, the events it takes part in.
//
// It also narrows from its last answer when a keystroke only adds to the
// query, and remembers recent answers so that backspace costs nothing.
type index struct {
	tl *timeline.Timeline
	// sets[k][i] is word k of event i's sets: words 0-3 the byte set,
	// then gramWords words of n-grams. Column by column, a word's test
	// reads only the columns its own sets touch.
	sets        [setWords][]uint64
	start, last []int64  // per event: first and last day of its date, as Unix seconds
	year        []string // per event: the list's year heading
	dateW       int      // the widest date label, capped: the list's date column
	sources     []int32  // per event: number of sources
	// per actor of tl.Actors: folded name and aliases, NUL separated, and
	// the ascending events it takes part in.
	actorKey    []string
	actorEvents [][]int32

	// The last filter answered and its answer, for narrowing; recent
	// answers by filter.
	lastF   timeline.Filter
	last1   []int
	hasLast bool
	recent  []answer
}

// answer is a remembered query result.
type answer struct {
	key  string
	view []int
}

const (
	gramWords  = 16 // 1024 bits
	setWords   = 4 + gramWords
	recentSize = 32
	maxDateW   = 21 // "Mar 2023 – Jun 2023" fits; longer ranges are cut
)

// newIndex builds the tables for tl.
func newIndex(tl *timeline.Timeline) *index {
	n := len(tl.Events)
	x := &index{tl: tl, start: make([]int64, n), last: make([]int64, n), year: make([]string, n), sources: make([]int32, n)}
	for k := range x.sets {
		x.sets[k] = make([]uint64, n)
	}
	for i := range tl.Events {
		var set [setWords]uint64
		addGrams(set[:4], set[4:], tl.SearchText(i))
		for k, w := range set {
			x.sets[k][i] = w
		}
		x.sources[i] = int32(len(tl.Events[i].Sources))
		d := tl.Events[i].Date
		x.start[i], x.last[i] = d.Start().Unix(), d.Last().Unix()
		x.dateW = max(x.dateW, min(maxDateW, ansi.StringWidth(d.Label())))
		if i > 0 && sameYear(d, tl.Events[i-1].Date) {
			x.year[i] = x.year[i-1]
		} else {
			x.year[i] = yearHeading(d)
		}
	}
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

func sameYear(a, b timeline.Date) bool {
	return a.Precision == b.Precision && a.Start().Year() == b.Start().Year() && a.Precision > timeline.Decade
}

// addGrams sets in bs the bytes of s and in gs the hashes of its byte
// pairs and triples.
func addGrams(bs, gs []uint64, s string) {
	for j := 0; j < len(s); j++ {
		bs[s[j]>>6] |= 1 << (s[j] & 63)
		if j+1 < len(s) {
			h := gramHash(s[j], s[j+1], 0)
			gs[h>>6] |= 1 << (h & 63)
		}
		if j+2 < len(s) {
			h := gramHash(s[j], s[j+1], s[j+2])
			gs[h>>6] |= 1 << (h & 63)
		}
	}
}

func gramHash(a, b, c byte) uint32 {
	h := (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) * 0x27D4EB2F
	return h >> (32 - 10)
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

// actorCounts returns, per actor of tl.Actors, how many of its events are
// in view (ascending event indices).
func (x *index) actorCounts(view []int) []int32 {
	out := make([]int32, len(x.actorEvents))
	if len(view) == len(x.start) { // everything: the totals
		for a, ev := range x.actorEvents {
			out[a] = int32(len(ev))
		}
		return out
	}
	in := make([]bool, len(x.start))
	for _, i := range view {
		in[i] = true
	}
	for a, ev := range x.actorEvents {
		n := int32(0)
		for _, i := range ev {
			if in[i] {
				n++
			}
		}
		out[a] = n
	}
	return out
}

// query returns the events f selects, in display order.
func (x *index) query(f timeline.Filter) []int {
	key := f.String()
	for _, a := range x.recent {
		if a.key == key {
			x.lastF, x.last1, x.hasLast = f, a.view, true
			return a.view
		}
	}
	var cand []int
	if x.hasLast && len(x.last1) < len(x.start) && narrows(f, x.lastF) {
		cand = x.last1
	}
	out := x.filter(f, cand)
	x.lastF, x.last1, x.hasLast = f, out, true
	if len(x.recent) == recentSize {
		copy(x.recent, x.recent[1:])
		x.recent = x.recent[:recentSize-1]
	}
	x.recent = append(x.recent, answer{key, out})
	return out
}

// filter applies f to the candidates, or to every event when cand is nil.
func (x *index) filter(f timeline.Filter, cand []int) []int {
	for _, q := range f.Actors {
		cand = x.withActor(q, cand)
	}
	for _, w := range f.Words {
		cand = x.withWord(timeline.Fold(w), cand)
	}
	if len(f.Sources) > 0 {
		cand = x.withSource(f.Sources, cand)
	}
	if cand == nil {
		cand = x.all()
	}
	if f.From.IsZero() && f.To.IsZero() {
		return cand
	}
	from, to := int64(-1<<63), int64(1<<63-1)
	if !f.From.IsZero() {
		from = f.From.Start().Unix()
	}
	if !f.To.IsZero() {
		to = f.To.Last().Unix()
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

// withWord keeps the candidates (every event when cand is nil) whose
// search text contains the folded word w, reading only the texts whose
// byte and n-gram sets hold all of w's.
func (x *index) withWord(w string, cand []int) []int {
	var mask [setWords]uint64
	addGrams(mask[:4], mask[4:], w)
	var out []int // owned here, so filtered in place after the first column
	for k, m := range mask {
		if m == 0 {
			continue
		}
		col := x.sets[k]
		switch {
		case out != nil:
			keep := out[:0]
			for _, i := range out {
				if col[i]&m == m {
					keep = append(keep, i)
				}
			}
			out = keep
		case cand != nil:
			out = make([]int, 0, len(cand))
			for _, i := range cand {
				if col[i]&m == m {
					out = append(out, i)
				}
			}
		default:
			out = make([]int, 0, len(col)/4)
			for i, c := range col {
				if c&m == m {
					out = append(out, i)
				}
			}
		}
	}
	if out == nil { // an empty word: every candidate
		if cand == nil {
			return x.all()
		}
		return append([]int(nil), cand...)
	}
	keep := out[:0]
	for _, i := range out {
		if strings.Contains(x.tl.SearchText(i), w) {
			keep = append(keep, i)
		}
	}
	return keep
}

// withSource keeps the candidates with an outlet, title or URL containing
// one of the names.
func (x *index) withSource(names []string, cand []int) []int {
	folded := make([]string, len(names))
	for i, s := range names {
		folded[i] = timeline.Fold(s)
	}
	if cand == nil {
		cand = x.all()
	}
	out := make([]int, 0, len(cand))
	for _, i := range cand {
		s := x.tl.SourceText(i)
		for _, n := range folded {
			if strings.Contains(s, n) {
				out = append(out, i)
				break
			}
		}
	}
	return out
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
