package timeline

import (
	"slices"
	"sort"
	"strings"

	"dateline/data"
	"dateline/timeline/actors"
	"dateline/timeline/temporal"
)

// draft is one dated statement of one article, before merging. A build holds one for
// every dated statement of every article, so a draft is small and holds no pointers: its
// date and place are indexes into tables the build shares (see tables), its summary is
// made again for the one report an event shows (see clauseSummary), and what only
// merging reads, its actors and words, is kept apart (see mergeInput).
type draft struct {
	article   int32 // index into the articles
	sentStart int32 // byte span of the sentence in the article text
	sentEnd   int32
	exprStart int32 // byte span of the date expression
	exprEnd   int32
	date      int32 // index into tables.dates: start (and end of a range) of the date
	place     int32 // index into tables.places; 0: none
	kind      sentenceKind
	open      bool // the date is an open range ("since ...")
	approx    bool // the date is hedged
	cutLeft   bool // the summary is cut on the left: it starts with "…"
}

// dateKey is a date as drafts have it: the TIMEX3 value of its start and of the end of a
// range ("from 2011 to 2015"), or "".
type dateKey struct{ value, end string }

// dateEntry is a date of tables.dates, parsed.
type dateEntry struct {
	dateKey
	from   Date // ParseDate(value)
	to     Date // ParseDate(end), when hasEnd
	hasEnd bool
}

func newDateEntry(k dateKey) dateEntry {
	e := dateEntry{dateKey: k}
	e.from, _ = ParseDate(k.value) // k.value was parsed when its draft was made
	if k.end != "" {
		var err error
		e.to, err = ParseDate(k.end)
		e.hasEnd = err == nil
	}
	return e
}

// tables holds what the drafts of a build share, by index.
type tables struct {
	dates  []dateEntry
	places []string      // canonical place names; places[0] is "" (none)
	names  []string      // canonical actor names
	kinds  []actors.Kind // per actor of names: its kind
}

// date returns the date of d.
func (tb *tables) date(d *draft) Date {
	e := &tb.dates[d.date]
	date := e.from
	date.Approx = d.approx
	if d.open {
		date = date.Since()
	} else if e.hasEnd {
		date = date.Until(e.to)
	}
	return date
}

// prec returns the precision of the date of d.
func (tb *tables) prec(d *draft) Precision { return tb.dates[d.date].from.Precision }

// mergeInput is what merging reads of the drafts and nothing after it: per draft, its
// actors and the words of its clause.
type mergeInput struct {
	words []wordSig // per draft: content words of the clause, without the date expression
	off   []int32   // per draft and one more: its actors are ids[off[i]:off[i+1]]
	ids   []int32   // indexes into tables.names: the distinct actors of each clause
}

// actors returns the actors of draft i.
func (in *mergeInput) actors(i int32) []int32 { return in.ids[in.off[i]:in.off[i+1]] }

// extractor turns the articles' dated statements into drafts. One per goroutine: it
// keeps what it extracts, in the order it read the articles, and numbers dates, places
// and actors in its own tables until extractAll joins them (see extractAll).
type extractor struct {
	sc     actors.Scanner
	known  map[string]actors.Actor // every actor met, by canonical name
	cands  []candidate             // buffer of sentenceDrafts
	sents  []sentence              // buffer of extract
	clause []int32                 // buffer of sentenceDrafts: the actors of a clause
	spans  []clauseSpan            // buffer of sentenceDrafts: the clauses of its dates

	chunks []*chunk // what it extracted, with local date, place and actor indexes
	drafts int      // how many drafts the chunks hold
	ids    []int32  // the actors of every draft, in turn

	dateIDs  map[dateKey]int32
	dates    []dateKey
	placeIDs map[string]int32
	places   []string
	nameIDs  map[string]int32
	names    []string
}

func newExtractor() *extractor {
	return &extractor{
		known:   map[string]actors.Actor{},
		dateIDs: map[dateKey]int32{}, placeIDs: map[string]int32{"": 0}, places: []string{""},
		nameIDs: map[string]int32{},
	}
}

// chunkSize is how many drafts a chunk holds.
const chunkSize = 1024

// chunk holds drafts an extractor made. Extractors store drafts in chunks rather than
// growing slices, so that keeping them makes no garbage and joining them can free them
// as it goes.
type chunk struct {
	drafts [chunkSize]draft
	words  [chunkSize]wordSig // per draft
	nids   [chunkSize]uint8   // per draft: how many of the extractor's ids are its actors
}

// add stores a draft with its words and the number of its actors (in x.ids).
func (x *extractor) add(d draft, words wordSig, nids int) {
	i := x.drafts % chunkSize
	if i == 0 {
		x.chunks = append(x.chunks, new(chunk))
	}
	c := x.chunks[len(x.chunks)-1]
	c.drafts[i], c.words[i], c.nids[i] = d, words, uint8(nids)
	x.drafts++
}

// intern returns the index of v in list, adding it when it is new.
func intern[K comparable](ids map[K]int32, list *[]K, v K) int32 {
	id, ok := ids[v]
	if !ok {
		id = int32(len(*list))
		ids[v] = id
		*list = append(*list, v)
	}
	return id
}

// extract appends the drafts of one article and returns how many there are.
func (x *extractor) extract(idx int, a *data.Article) int {
	n := x.drafts
	text := a.Text
	x.sents = segmentInto(x.sents[:0], text)
	sents := x.sents
	if len(sents) == 0 {
		return 0
	}
	timexes := joinTimexes(text, temporal.Tag(text, temporal.Ref{DCT: a.Published}))
	if len(timexes) == 0 {
		return 0
	}
	scan := x.sc.Scan(text)
	for _, m := range scan.Mentions {
		if k, ok := x.known[m.Actor.Name]; !ok || k.Affiliation == "" && m.Actor.Affiliation != "" {
			x.known[m.Actor.Name] = m.Actor
		}
	}
	ti, mi, pi := 0, 0, 0
	for _, s := range sents {
		for ti < len(timexes) && timexes[ti].Start < s.start {
			ti++
		}
		tj := ti
		for tj < len(timexes) && timexes[tj].End <= s.end {
			tj++
		}
		if tj == ti {
			continue
		}
		for mi < len(scan.Mentions) && scan.Mentions[mi].Start < s.start {
			mi++
		}
		mj := mi
		for mj < len(scan.Mentions) && scan.Mentions[mj].End <= s.end {
			mj++
		}
		for pi < len(scan.Places) && scan.Places[pi].Start < s.start {
			pi++
		}
		pj := pi
		for pj < len(scan.Places) && scan.Places[pj].End <= s.end {
			pj++
		}
		x.sentenceDrafts(idx, text, s, timexes[ti:tj], scan.Mentions[mi:mj], scan.Places[pi:pj])
		ti = tj
	}
	return x.drafts - n
}

// candidate is a date expression that may date a statement.
type candidate struct {
	t temporal.Timex
	d Date
	// background: the date sets a scene rather than dates a statement, when the sentence
	// has another: a baseline ("the first such meeting since 2011") or the span something
	// holds for ("a package covering 2024 to 2027").
	background bool
	since      bool // "since September 2015": an open range
}

// sentenceDrafts adds the drafts of one sentence: one per date expression that dates a
// statement.
func (x *extractor) sentenceDrafts(idx int, text string, s sentence, txs []temporal.Timex, ms []actors.Mention, ps []actors.Place) {
	sent := text[s.start:s.end]
	if s.start < 100 {
		// "BAMAKO, 29 January 2024 — ...": where the report was filed, not where its
		// events happened.
		if e := datelineEnd(sent); e > 0 {
			for len(ps) > 0 && ps[0].End <= s.start+e {
				ps = ps[1:]
			}
		}
	}
	cands := x.cands[:0]
	defer func() { x.cands = cands[:0] }()
	for k := 0; k < len(txs); k++ {
		t := txs[k]
		rs := t.Start - s.start
		if t.Type != temporal.Date && t.Type != temporal.Time || vagueValues[t.Value] {
			continue
		}
		w0, w1 := around(sent, rs, t.End-s.start)
		if t.Relative && inQuotes(sent[w0:w1], rs-w0) || inAttribution(sent[w0:w1], rs-w0) || inDateline(text, t.Start, t.End) {
			continue
		}
		v := t.Value
		if len(v) > 10 && v[10] == 'T' {
			v = v[:10] // an event is dated to the day at most: "9 a.m. Tuesday" is Tuesday
		}
		d, err := ParseDate(v)
		if err != nil {
			continue
		}
		switch t.Mod {
		case "APPROX":
			d.Approx = true // "around"
		case "START", "MID", "END":
			// "early 2023", "mid-March", "late last year"; but "early Friday" is that day.
			d.Approx = d.Precision != Day
		}
		since, background := false, false
		if w := wordBefore(sent, rs); w == "since" {
			d = d.Since()
			since = true
		} else if k+1 < len(txs) && rangeJoint(w, text[t.End:txs[k+1].Start]) {
			// "from 2011 to 2015", "between March 2020 and June 2021", "covering 2024 to
			// 2027": one range. "from" alone is a baseline ("fell 8% from a year ago"),
			// not a start.
			if e, err := ParseDate(txs[k+1].Value); err == nil && e.Start().After(d.Start()) {
				d = d.Until(e)
				t.End, t.Text = txs[k+1].End, text[t.Start:txs[k+1].End]
				k++
				background = spanOfValidity(sent, rs)
			}
		}
		// "2011-2015", "the winter of 2022-2023": a hyphen joins a second date.
		if !since && d.End == "" && k+1 < len(txs) && (text[t.End:txs[k+1].Start] == "-" || text[t.End:txs[k+1].Start] == "–") {
			if e, err := ParseDate(txs[k+1].Value); err == nil && e.Start().After(d.Start()) {
				if d.Precision != Season { // a season's second year is part of its name
					d = d.Until(e)
					background = spanOfValidity(sent, rs)
				}
				t.End, t.Text = txs[k+1].End, text[t.Start:txs[k+1].End]
				k++
			}
		}
		if n := len(cands); n > 0 && cands[n-1].d.Value == d.Value && cands[n-1].d.End == d.End {
			continue // "on Wednesday ... on Wednesday": one statement
		}
		cands = append(cands, candidate{t, d, background, since})
	}
	if len(cands) > 1 {
		// "the first meeting since 2011" next to "In December 2022": background, not an event.
		// A state since a date ("tensions have been high since the 1990s, when ... in
		// 1996") is an event of its own, unless its summary would tell of another date's
		// ("hosted Assad, whom he has propped up since 2011, on Wednesday").
		for i := range cands {
			c := &cands[i]
			if !c.since {
				continue
			}
			if _, ws := prevWord(sent, c.t.Start-s.start); sinceBaseline(sent, ws) {
				c.background = true
			} else {
				sum, _, _ := clauseSummary(text, s.start, s.end, c.t.Start, c.t.End, true)
				for j := range cands {
					if j != i && strings.Contains(sum, cands[j].t.Text) {
						c.background = true
						break
					}
				}
			}
		}
		k := 0
		for _, c := range cands {
			if !c.background {
				cands[k] = c
				k++
			}
		}
		if k > 0 {
			cands = cands[:k]
		}
	}
	if len(cands) > 1 {
		// "toured in January, meeting Ruto on 3 January": the finer date says it.
		drop := 0 // bit k: cands[k] holds a finer date (few dates a sentence: 64 is plenty)
		for k := range cands {
			if k < 64 && containsFiner(text, cands, k) {
				drop |= 1 << k
			}
		}
		k := 0
		for i, c := range cands {
			if i >= 64 || drop&(1<<i) == 0 {
				cands[k] = c
				k++
			}
		}
		cands = cands[:k]
	}
	spans := x.spans[:0] // per candidate: its summary and the span of its clause
	for _, c := range cands {
		sum, cs, ce := clauseSummary(text, s.start, s.end, c.t.Start, c.t.End, len(cands) > 1)
		spans = append(spans, clauseSpan{sum, s.start + cs, s.start + ce})
	}
	x.spans = spans
	for ci, c := range cands {
		sum, cs, ce := spans[ci].sum, spans[ci].start-s.start, spans[ci].end-s.start
		rs, re := c.t.Start-s.start, c.t.End-s.start
		d := draft{
			article:   int32(idx),
			sentStart: int32(s.start), sentEnd: int32(s.end), kind: s.kind,
			exprStart: int32(c.t.Start), exprEnd: int32(c.t.End),
			date: intern(x.dateIDs, &x.dates, dateKey{c.d.Value, strings.TrimPrefix(c.d.End, "..")}),
			open: c.d.End == "..", approx: c.d.Approx,
			cutLeft: strings.HasPrefix(sum, "…"),
			place:   intern(x.placeIDs, &x.places, clausePlace(ps, s.start+cs, s.start+ce, s.start, s.end, c.t.Start, c.t.End, spans, ci)),
		}
		clause := x.clauseActors(x.clause[:0], ms, s.start+cs, s.start+ce, spans, ci)
		if len(cands) > 1 {
			// Several dates: each takes the actors named up to it since the date before
			// ("Greece and Turkey in 1952, Germany in 1955 and Spain in 1982").
			lo, hi := s.start+cs, c.t.End
			if ci > 0 {
				lo = max(lo, cands[ci-1].t.End)
			}
			if seg := within(ms, lo, hi); len(seg) > 0 {
				clause = x.distinctActors(clause[:0], seg)
			}
		}
		if len(clause) > maxEventActors {
			clause = clause[:maxEventActors]
		}
		x.clause = clause
		x.ids = append(x.ids, clause...)
		var words wordSig
		if cs <= rs && re <= ce {
			words.addWords(text[s.start+cs : s.start+rs])
			words.addWords(text[s.start+re : s.start+ce])
		} else {
			words.addWords(text[s.start+cs : s.start+ce])
		}
		x.add(d, words, len(clause))
	}
}

// clauseSummary summarizes the sentence text[start:end] around the date expression at
// text[es:ee] (see summarize; several: the sentence dates other events too), and returns the span of the sentence of the clause the
// summary was taken from (the summary may leave out part of it). It reads only what a long sentence has around the expression, after the dateline
// of an article's first sentence.
func clauseSummary(text string, start, end, es, ee int, several bool) (sum string, cs, ce int) {
	sent := text[start:end]
	rs, re := es-start, ee-start
	w0, w1 := around(sent, rs, re)
	from := w0
	if start < 100 {
		from = max(datelineEnd(sent), w0)
	}
	if rs < from {
		from = w0
	}
	sum, _, _, cs, ce = summarizeClause(sent[from:w1], rs-from, re-from, several)
	return sum, cs + from, ce + from
}

// clauseSpan is the summary of a date of a sentence and the span of its clause in the
// text.
type clauseSpan struct {
	sum        string
	start, end int
}

// clauseActors appends to out the distinct actors mentioned in [start, end), or in the
// rest of the sentence when the clause names none (ms: the sentence's mentions, in order;
// a very long sentence is read only around the clause). The rest of the sentence is
// what the clauses of its other dates leave (spans: the clauses of the sentence's
// dates, this one's at own): "juntas that seized power in a wave of coups between 2020
// and 2023, formed the Alliance of Sahel States in September" does not name who staged
// the coups.
func (x *extractor) clauseActors(out []int32, ms []actors.Mention, start, end int, spans []clauseSpan, own int) []int32 {
	out = x.distinctActors(out, within(ms, start, end))
	if len(out) > 0 {
		return out
	}
	rest := within(ms, start-maxContext, end+maxContext)
	if len(spans) == 1 {
		return x.distinctActors(out, rest)
	}
	for _, m := range rest {
		other := false
		for k, sp := range spans {
			if k != own && sp.start <= m.Start && m.End <= sp.end {
				other = true
				break
			}
		}
		if !other {
			out = x.distinctActors(out, []actors.Mention{m})
		}
	}
	return out
}

// distinctActors appends to out the actors of ms that it lacks, in order.
func (x *extractor) distinctActors(out []int32, ms []actors.Mention) []int32 {
	for _, m := range ms {
		id := intern(x.nameIDs, &x.names, m.Actor.Name)
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// within returns the mentions of ms (in order) that lie in [start, end).
func within(ms []actors.Mention, start, end int) []actors.Mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= start })
	j := i
	for j < len(ms) && ms[j].End <= end {
		j++
	}
	return ms[i:j]
}

// clausePlace returns the place of the event a date expression [es, ee) tells: of the
// places its clause [start, end) names, the nearest to the date ("after talks in Paris,
// they met in Cairo on Tuesday"); else the nearest in the rest of its sentence
// [ss, se) that no other date's clause holds. A place from another sentence never is.
func clausePlace(ps []actors.Place, start, end, ss, se, es, ee int, spans []clauseSpan, self int) string {
	if p, ok := nearestPlace(ps, start, end, es, ee, nil, self); ok {
		return p
	}
	lo, hi := max(ss, start-maxContext), min(se, end+maxContext)
	if p, ok := nearestPlace(ps, lo, hi, es, ee, spans, self); ok {
		return p
	}
	return ""
}

// nearestPlace returns the place in [lo, hi) nearest the expression [es, ee), skipping
// places inside the clause of a date other than spans[self]. A place after the date
// counts as a little farther: news names the place first ("met in Cairo on Tuesday").
func nearestPlace(ps []actors.Place, lo, hi, es, ee int, spans []clauseSpan, self int) (string, bool) {
	best, bestDist := "", -1
	for k := sort.Search(len(ps), func(k int) bool { return ps[k].Start >= lo }); k < len(ps) && ps[k].End <= hi; k++ {
		p := ps[k]
		if otherClause(spans, self, p.Start, p.End) {
			continue
		}
		d := 0
		switch {
		case p.End <= es:
			d = es - p.End
		case p.Start >= ee:
			d = (p.Start - ee) * 3 / 2
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = p.Name, d
		}
	}
	return best, bestDist >= 0
}

// otherClause reports whether [a, b) lies in the clause of a date other than spans[self]
// and not in spans[self]'s own.
func otherClause(spans []clauseSpan, self, a, b int) bool {
	if self < len(spans) && a >= spans[self].start && b <= spans[self].end {
		return false
	}
	for i, sp := range spans {
		if i != self && a >= sp.start && b <= sp.end {
			return true
		}
	}
	return false
}

// maxContext is how far around a date expression a very long sentence (a page without
// full stops) is read, so that work stays linear in the text.
const maxContext = 400

// around returns the part of sent, cut at spaces, that is read around sent[rs:re]: all of
// it unless it is very long.
func around(sent string, rs, re int) (int, int) {
	if len(sent) <= 2*maxContext {
		return 0, len(sent)
	}
	lo, hi := max(0, rs-maxContext), min(len(sent), re+maxContext)
	if lo > 0 {
		if i := strings.IndexByte(sent[lo:rs], ' '); i >= 0 {
			lo += i + 1
		}
	}
	if hi < len(sent) {
		if i := strings.LastIndexByte(sent[re:hi], ' '); i >= 0 {
			hi = re + i
		}
	}
	return lo, hi
}

// containsFiner reports whether another date of list lies inside list[k] at a finer
// precision, so that it tells list[k]'s statement more precisely. A range ("between 2020
// and 2023", "since the 1990s") is a statement of its own; "the end of last year" holds
// only what lies in the year's last third; and two dates ordered by a word between them
// ("last week, after capturing Minova on 21 January") date two events.
func containsFiner(text string, list []candidate, k int) bool {
	d := list[k].d
	if d.End != "" {
		return false
	}
	start, last := d.Start(), d.Last()
	switch list[k].t.Mod {
	case "START", "MID", "END":
		days := int(last.Sub(start).Hours()/24) + 1
		switch list[k].t.Mod {
		case "START":
			last = start.AddDate(0, 0, days/3-1)
		case "MID":
			start, last = start.AddDate(0, 0, days/3), start.AddDate(0, 0, 2*days/3-1)
		case "END":
			start = start.AddDate(0, 0, 2*days/3)
		}
	}
	t := list[k].t
	for i, c := range list {
		if i == k || c.d.Precision <= d.Precision || c.d.Start().Before(start) || c.d.Last().After(last) {
			continue
		}
		lo, hi := t.End, c.t.Start
		if c.t.Start < t.Start {
			lo, hi = c.t.End, t.Start
		}
		if lo < hi && sequenced(text[lo:hi]) {
			continue
		}
		return true
	}
	return false
}
