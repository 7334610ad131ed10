package temporal

import (
	"math/bits"
	"time"
)

// match is what a rule recognized: tokens [start, end) and the value.
type match struct {
	end   int // token index after the expression
	start int // token index of the first token (set by the caller)
	typ   Type
	value string
	mod   string
	quant string
	rel   bool
	pt    point // the calendar point the expression names, if any
	hasPt bool
}

// parser holds the state of one Tag call.
type parser struct {
	scanner
	ref    Ref
	hasDCT bool
	dct    time.Time
	anchor point // last fully stated date, for anaphora and narrative text
	hasAnc bool
	// lastQ is the last quarter mentioned and lastQTok the token after it:
	// in earnings news "a year ago" means that quarter a year before.
	lastQ    point
	lastQTok int
	out      []Timex
}

func (p *parser) init(text string, ref Ref) {
	p.text, p.ref = text, ref
	p.eof = token{start: int32(len(text)), end: int32(len(text))}
	if !ref.DCT.IsZero() {
		p.hasDCT = true
		y, m, d := ref.DCT.Date()
		p.dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
}

// real reports whether i is a token of the text.
func (p *parser) real(i int) bool { return p.t(i).kind != 0 }

func (p *parser) run() []Timex {
	var best, pm match
	for i := 0; ; {
		t := p.t(i)
		if t.kind == 0 {
			break
		}
		if !t.trigger() {
			i++
			continue
		}
		ok := p.best(i, &best)
		if t.kind == tWord && t.lx.cls == cKey && p.prefixed(i, &pm) && (!ok || pm.end > best.end) {
			best, ok = pm, true
		}
		if !ok {
			i++
			continue
		}
		best.start = i
		p.emit(best)
		i = best.end
	}
	return p.out
}

// trigger reports whether an expression may start at t: a number, an
// apostrophe ("'90s") or a known word.
func (t *token) trigger() bool {
	switch t.kind {
	case tNum:
		return true
	case tWord:
		switch t.lx.cls {
		case cNone:
			return false
		case cKey:
			return t.lx.start
		case cHoliday, cMonth, cWeekday:
			return t.cap
		}
		return true
	}
	return t.c == '\''
}

// best finds the longest match of the rules at token i.
func (p *parser) best(i int, best *match) bool {
	set := p.starts(i)
	ok := false
	var cand match
	for ; set != 0; set &= set - 1 {
		if p.apply(ruleID(bits.TrailingZeros32(set)), i, &cand) && cand.end > i && (!ok || cand.end > best.end) {
			*best, ok = cand, true
		}
	}
	return ok
}

// prefixed matches a modifier followed by a date expression: "early
// 1990", "the end of the year", "mid-November", "the late 1970s".
func (p *parser) prefixed(i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cKey {
		return false
	}
	j := i
	if t.lx.val() == kThe {
		j++
	}
	t = p.t(j)
	if t.kind != tWord || t.lx.cls != cKey {
		return false
	}
	mod, of := "", false
	switch t.lx.val() {
	case kEarly:
		mod = "START"
	case kLate:
		mod = "END"
	case kMid:
		mod = "MID"
	case kEnd:
		mod, of = "END", true
	case kBeginning, kStart:
		mod, of = "START", true
	case kMiddle:
		mod, of = "MID", true
	default:
		return false
	}
	j++
	if of {
		if !p.is(j, "of") {
			return false
		}
		j++
	}
	if p.punct(j, '-') && p.adj(j) {
		j++
	}
	// "the end of the year", "the start of the month": the current one.
	if of && p.key(j, kThe) && p.cls(j+1, cUnit) && !p.t(j+1).lx.plural {
		if u := p.t(j + 1).lx.val(); u == uYear || u == uMonth || u == uWeek || u == uQuarter || u == uDecade || u == uCentury {
			base, ok := p.base()
			if !ok {
				return false
			}
			pt := at(base, unitGran(u))
			*out = match{end: j + 2, typ: Date, value: pt.String(), mod: mod, rel: true}
			return true
		}
	}
	if !p.best(j, out) || out.typ != Date || out.value == "PRESENT_REF" || out.value == "PAST_REF" || out.value == "FUTURE_REF" {
		return false
	}
	if out.mod == "" {
		out.mod = mod
	}
	return true
}

// starts returns the set of rules (bits by ruleID) that can start at
// token i; 0 means nothing can start there.
func (p *parser) starts(i int) uint32 {
	t := p.t(i)
	switch t.kind {
	case tNum:
		if t.sep || t.ndig > 4 && t.ndig != 8 {
			return 0 // "12,000", "3.5", "5551234"
		}
		return mNum
	case tPunct:
		if t.c == '\'' && p.t(i+1).kind == tNum && p.adj(i+1) {
			return mApos
		}
		return 0
	}
	switch t.lx.cls {
	case cMonth:
		return mMonth
	case cWeekday:
		return mWeekday
	case cUnit:
		return mUnit
	case cNumber:
		return mNumber
	case cOrd:
		return mOrd
	case cSeason:
		return mSeason
	case cPart:
		return mPart
	case cHoliday:
		return mHoliday
	case cKey:
		if !t.lx.start {
			return 0
		}
		if t.lx.det {
			// "the", "a", "over": only before a known word or a number.
			nx := p.t(i + 1)
			if (nx.kind == tWord && (nx.lx.cls == cNone || nx.lx.cls == cHoliday) || nx.kind == tPunct) && !p.is(i+1, "than") {
				return 0
			}
			if t.lx.val() == kThat && nx.lx.cls != cUnit && nx.lx.cls != cPart && !p.key(i+1, kSame) {
				return 0
			}
		}
		if t.lx.v == kThe {
			return theRules(p.t(i + 1))
		}
		return keyRules[t.lx.v]
	}
	return 0
}

// theRules narrows the rules that can start at "the" by the next token.
func theRules(nx *token) uint32 {
	switch nx.kind {
	case tNum:
		return 1<<rDayMonth | 1<<rYear | 1<<rQuantity | 1<<rQuarter | 1<<rCentury
	case tWord:
		switch nx.lx.cls {
		case cOrd:
			return 1<<rDayMonth | 1<<rQuarter | 1<<rCentury | 1<<rQuantity
		case cKey:
			return keyRules[kThe] &^ (1<<rSeason | 1<<rSpokenYear | 1<<rWeekend | 1<<rPartOf | 1<<rCentury | 1<<rDayMonth)
		case cSeason:
			return 1 << rSeason
		case cPart:
			return 1 << rPartOf
		case cUnit:
			return 1<<rQuarter | 1<<rWeekend | 1<<rSpokenYear
		case cNumber:
			return 1<<rQuantity | 1<<rSpokenYear
		}
	}
	return 0
}

func (p *parser) emit(m match) {
	s, e := int(p.t(m.start).start), int(p.t(m.end-1).end)
	if p.out == nil {
		// News has about one expression per 300 bytes.
		p.out = make([]Timex, 0, len(p.text)/256+4)
	}
	p.out = append(p.out, Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Value: m.value,
		Mod: m.mod, Quant: m.quant, Relative: m.rel})
	if m.hasPt && m.pt.y != noYear && (m.pt.g == gDay || m.pt.g == gMonth || m.pt.g == gYear) && !p.refines(m.pt) {
		p.anchor, p.hasAnc = m.pt, true
	}
	if m.hasPt && m.pt.g == gQuarter && m.pt.y != noYear {
		p.lastQ, p.lastQTok = m.pt, m.end
	}
}

// base is what relative expressions resolve against: the DCT, or the last
// mentioned date in narrative mode. ok is false when neither is known.
func (p *parser) base() (time.Time, bool) {
	if p.ref.Narrative && p.hasAnc {
		return p.anchor.time(), true
	}
	if p.hasDCT {
		return p.dct, true
	}
	if p.hasAnc {
		return p.anchor.time(), true
	}
	return time.Time{}, false
}

// anaphor is what "the same day" or "the following year" resolve against:
// the last mentioned date, else the DCT.
func (p *parser) anaphor() (time.Time, bool) {
	if p.hasAnc {
		return p.anchor.time(), true
	}
	return p.base()
}

// token helpers

func (p *parser) key(i, k int) bool {
	t := p.t(i)
	return t.kind == tWord && t.lx.cls == cKey && t.lx.val() == k
}

func (p *parser) cls(i int, c class) bool {
	t := p.t(i)
	return t.kind == tWord && t.lx.cls == c
}

func (p *parser) punct(i int, c byte) bool {
	t := p.t(i)
	return t.kind == tPunct && t.c == c
}

// adj reports that token i directly follows token i-1 (no space).
func (p *parser) adj(i int) bool {
	return i > 0 && p.real(i) && p.t(i).start == p.t(i-1).end
}

// lower reports whether token i is the lower-case word s.
func (p *parser) is(i int, s string) bool {
	t := p.t(i)
	if t.kind != tWord || int(t.end-t.start) != len(s) {
		return false
	}
	w := p.text[t.start:t.end]
	for k := 0; k < len(s); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[k] {
			return false
		}
	}
	return true
}

// word returns the text of token i.
func (p *parser) word(i int) string { return p.text[p.t(i).start:p.t(i).end] }

// skipDot skips an abbreviation's period directly after token i-1.
func (p *parser) skipDot(i int) int {
	if p.punct(i, '.') && p.adj(i) {
		return i + 1
	}
	return i
}

// tense guesses the tense around token i: -1 past, +1 future, 0 unknown.
func (p *parser) tense(i int) int {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if v := p.tenseOf(k, false); v != 0 {
			return v
		}
		if p.sentenceEnd(k) {
			break
		}
	}
	for k := i + 1; p.real(k) && k <= i+8; k++ {
		if p.sentenceEnd(k) {
			break
		}
		if v := p.tenseOf(k, true); v != 0 {
			return v
		}
	}
	return 0
}

func (p *parser) sentenceEnd(k int) bool {
	t := p.t(k)
	if t.kind != tPunct {
		return false
	}
	switch t.c {
	case '!', '?', ';':
		return true
	case '.':
		prev := p.t(max(k-1, 0))
		return !(prev.kind == tWord && (prev.end-prev.start == 1 || prev.lx.abbr))
	}
	return false
}

// tenseOf reads the tense a word marks; after the expression (ahead) only
// auxiliaries and past forms count: "On Friday, she set aside her plans".
func (p *parser) tenseOf(k int, ahead bool) int {
	t := p.t(k)
	if t.kind != tWord {
		return 0
	}
	if t.lx.cls == cKey && t.lx.val() == kFut && !ahead {
		return 1
	}
	switch {
	case p.is(k, "will"), p.is(k, "shall"), p.is(k, "would"):
		return 1
	case p.is(k, "said"), p.is(k, "was"), p.is(k, "were"), p.is(k, "had"), p.is(k, "did"):
		return -1
	}
	if t.lx.cls == cMonth && !t.cap && t.lx.val() == 5 {
		return 1 // the modal "may"
	}
	if t.lx.cls != cNone {
		return 0
	}
	w := p.text[t.start:t.end]
	if n := len(w); n > 4 && w[n-2] == 'e' && w[n-1] == 'd' {
		return -1
	}
	if p.is(k, "ll") && k > 0 && p.punct(k-1, '\'') {
		return 1
	}
	return 0
}

// quarterContext returns the quarter the text is about at token i, if one
// was mentioned recently.
func (p *parser) quarterContext(i int) (point, bool) {
	if p.lastQTok > 0 && i-p.lastQTok < quarterReach {
		return p.lastQ, true
	}
	return point{}, false
}

// refines reports whether the anchor already lies inside the coarser point
// pt: after "25 June 1950", a mention of "1950" keeps the day.
func (p *parser) refines(pt point) bool {
	if !p.hasAnc || pt.g <= p.anchor.g {
		return false
	}
	a := p.anchor
	switch pt.g {
	case gYear:
		return a.y == pt.y
	case gMonth:
		return a.y == pt.y && a.m == pt.m
	}
	return false
}

// quarterReach is how many tokens a quarter stays the topic of earnings
// news.
const quarterReach = 150
