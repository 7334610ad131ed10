package timeline

import (
	"sort"
	"strings"

	"dateline/data"
	"dateline/timeline/actors"
	"dateline/timeline/temporal"
)

// draft is one dated statement of one article, before merging. It is kept small: a
// build holds one for every dated statement of every article.
type draft struct {
	article      int32 // index into the articles
	sentStart    int32 // byte span of the sentence in the article text
	sentEnd      int32
	exprStart    int32 // byte span of the date expression
	exprEnd      int32
	kind         sentenceKind
	prec         Precision // of the date
	open, approx bool      // the date is an open range ("since ..."); it is hedged
	value        string    // TIMEX3 value of the date (its start)
	end          string    // TIMEX3 value of the end of a range ("from 2011 to 2015"), or ""
	summary      string
	actors       []string // canonical names of the actors of the clause
	place        string
	words        wordSig // content words of the clause, without the date expression
}

// date returns the date of d.
func (d *draft) date() Date {
	date, _ := ParseDate(d.value) // d.value was parsed when d was made
	date.Approx = d.approx
	if d.open {
		date = date.Since()
	} else if d.end != "" {
		if e, err := ParseDate(d.end); err == nil {
			date = date.Until(e)
		}
	}
	return date
}

// draftChunk is how many drafts an extractor allocates at once; drafts never move, so
// merging can point at them.
const draftChunk = 1024

// extractor turns the articles' dated statements into drafts. One per goroutine.
type extractor struct {
	sc     actors.Scanner
	known  map[string]actors.Actor // every actor met, by canonical name
	chunk  []draft                 // free drafts
	cands  []candidate             // buffer of sentenceDrafts
	drafts []*draft                // the drafts of the current article
}

// newDraft returns a zero draft that stays where it is.
func (x *extractor) newDraft() *draft {
	if len(x.chunk) == 0 {
		x.chunk = make([]draft, draftChunk)
	}
	d := &x.chunk[0]
	x.chunk = x.chunk[1:]
	return d
}

// extract appends the drafts of one article to x.drafts.
func (x *extractor) extract(idx int, a *data.Article) {
	text := a.Text
	sents := segment(text)
	if len(sents) == 0 {
		return
	}
	timexes := joinTimexes(text, temporal.Tag(text, temporal.Ref{DCT: a.Published}))
	if len(timexes) == 0 {
		return
	}
	scan := x.sc.Scan(text)
	for _, m := range scan.Mentions {
		if k, ok := x.known[m.Actor.Name]; !ok || k.Affiliation == "" && m.Actor.Affiliation != "" {
			x.known[m.Actor.Name] = m.Actor
		}
	}
	out := x.drafts
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
		out = x.sentenceDrafts(out, idx, text, s, timexes[ti:tj], scan.Mentions[mi:mj], scan.Places[pi:pj])
		ti = tj
	}
	x.drafts = out
}

// candidate is a date expression that may date a statement.
type candidate struct {
	t     temporal.Timex
	d     Date
	since bool // "since September 2015": an open range
}

// sentenceDrafts appends the drafts of one sentence: one per date expression that dates
// a statement.
func (x *extractor) sentenceDrafts(out []*draft, idx int, text string, s sentence, txs []temporal.Timex, ms []actors.Mention, ps []actors.Place) []*draft {
	sent := text[s.start:s.end]
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
		case "APPROX", "START", "MID", "END":
			d.Approx = true // "around", "early", "mid-", "late"
		}
		since := false
		switch w := wordBefore(sent, rs); w {
		case "from", "between":
			// "from 2011 to 2015", "between March 2020 and June 2021": one range.
			if k+1 < len(txs) && rangeJoint(w, text[t.End:txs[k+1].Start]) {
				if e, err := ParseDate(txs[k+1].Value); err == nil && e.Start().After(d.Start()) {
					d = d.Until(e)
					t.End, t.Text = txs[k+1].End, text[t.Start:txs[k+1].End]
					k++
					break
				}
			}
			// "from" alone is a baseline ("fell 8% from a year ago"), not a start.
		case "since":
			d = d.Since()
			since = true
		}
		// "2011-2015", "the winter of 2022-2023": a hyphen joins a second date.
		if !since && d.End == "" && k+1 < len(txs) && (text[t.End:txs[k+1].Start] == "-" || text[t.End:txs[k+1].Start] == "–") {
			if e, err := ParseDate(txs[k+1].Value); err == nil && e.Start().After(d.Start()) {
				if d.Precision != Season { // a season's second year is part of its name
					d = d.Until(e)
				}
				t.End, t.Text = txs[k+1].End, text[t.Start:txs[k+1].End]
				k++
			}
		}
		if n := len(cands); n > 0 && cands[n-1].d.Value == d.Value && cands[n-1].d.End == d.End {
			continue // "on Wednesday ... on Wednesday": one statement
		}
		cands = append(cands, candidate{t, d, since})
	}
	if len(cands) > 1 {
		// "the first meeting since 2011" next to "In December 2022": background, not an event.
		k := 0
		for _, c := range cands {
			if !c.since {
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
		for k, c := range cands {
			if k < 64 && containsFiner(c.d, cands) {
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
	lead := 0
	if s.start < 100 {
		lead = datelineEnd(sent)
	}
	for ci, c := range cands {
		rs, re := c.t.Start-s.start, c.t.End-s.start
		w0, w1 := around(sent, rs, re)
		from := max(lead, w0)
		if rs < from {
			from = w0
		}
		sum, cs, ce := summarize(sent[from:w1], rs-from, re-from)
		cs, ce = cs+from, ce+from
		dr := x.newDraft()
		*dr = draft{
			article:   int32(idx),
			sentStart: int32(s.start), sentEnd: int32(s.end), kind: s.kind,
			exprStart: int32(c.t.Start), exprEnd: int32(c.t.End),
			value: c.d.Value, open: c.d.End == "..", approx: c.d.Approx, prec: c.d.Precision,
			end:     strings.TrimPrefix(c.d.End, ".."),
			summary: sum,
		}
		dr.actors = x.clauseActors(ms, s.start+cs, s.start+ce)
		if len(cands) > 1 {
			// Several dates: each takes the actors named up to it since the date before
			// ("Greece and Turkey in 1952, Germany in 1955 and Spain in 1982").
			lo, hi := s.start+cs, c.t.End
			if ci > 0 {
				lo = max(lo, cands[ci-1].t.End)
			}
			if seg := x.clauseActors(within(ms, lo, hi), lo, hi); len(seg) > 0 && len(within(ms, lo, hi)) > 0 {
				dr.actors = seg
			}
		}
		if len(dr.actors) > maxEventActors {
			dr.actors = dr.actors[:maxEventActors]
		}
		dr.place = clausePlace(ps, s.start+cs, s.start+ce)
		if cs <= rs && re <= ce {
			dr.words.addWords(sent[cs:rs])
			dr.words.addWords(sent[re:ce])
		} else {
			dr.words.addWords(sent[cs:ce])
		}
		out = append(out, dr)
	}
	return out
}

// clauseActors returns the distinct actors mentioned in [start, end), or in the whole
// sentence when the clause names none (ms: the sentence's mentions, in order; a very
// long sentence is read only around the clause).
func (x *extractor) clauseActors(ms []actors.Mention, start, end int) []string {
	var out []string
	add := func(m actors.Mention) {
		for _, a := range out {
			if a == m.Actor.Name {
				return
			}
		}
		out = append(out, m.Actor.Name)
	}
	for _, m := range within(ms, start, end) {
		add(m)
	}
	if len(out) == 0 {
		for _, m := range within(ms, start-maxContext, end+maxContext) {
			add(m)
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

// clausePlace returns the first place named in [start, end), else near it in the sentence.
func clausePlace(ps []actors.Place, start, end int) string {
	i := sort.Search(len(ps), func(k int) bool { return ps[k].Start >= start })
	if i < len(ps) && ps[i].End <= end {
		return ps[i].Name
	}
	j := sort.Search(len(ps), func(k int) bool { return ps[k].Start >= start-maxContext })
	if j < len(ps) && ps[j].End <= end+maxContext {
		return ps[j].Name
	}
	return ""
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

// containsFiner reports whether a date of the list other than d lies inside d at a finer
// precision.
func containsFiner(d Date, list []candidate) bool {
	for _, c := range list {
		if c.d.Precision > d.Precision && !c.d.Start().Before(d.Start()) && !c.d.Last().After(d.Last()) {
			return true
		}
	}
	return false
}
