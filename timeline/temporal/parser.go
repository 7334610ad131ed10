package temporal

import "time"

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

// rule tries to recognize an expression starting at token i.
type rule func(p *parser, i int) (match, bool)

// parser holds the state of one Tag call.
type parser struct {
	text   string
	toks   []token
	ref    Ref
	hasDCT bool
	dct    time.Time
	anchor point // last fully stated date, for anaphora and narrative text
	hasAnc bool
	out    []Timex
}

// pad tokens let rules look ahead without bounds checks.
const lookahead = 8

func newParser(text string, ref Ref) *parser {
	toks := lex(text, make([]token, 0, len(text)/5+lookahead))
	n := len(toks)
	for k := 0; k < lookahead; k++ {
		toks = append(toks, token{start: len(text), end: len(text)})
	}
	p := &parser{text: text, toks: toks[:n+lookahead], ref: ref}
	p.toks = p.toks[:n+lookahead]
	if !ref.DCT.IsZero() {
		p.hasDCT = true
		y, m, d := ref.DCT.Date()
		p.dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return p
}

// n is the number of real tokens.
func (p *parser) n() int { return len(p.toks) - lookahead }

func (p *parser) run() []Timex {
	n := p.n()
	for i := 0; i < n; {
		t := &p.toks[i]
		if t.kind == tPunct && t.c != '\'' || t.kind == tWord && t.lx.cls == cNone {
			i++
			continue
		}
		best, ok := match{}, false
		for _, r := range rules {
			if m, got := r(p, i); got && m.end > i && (!ok || m.end > best.end) {
				best, ok = m, true
			}
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

func (p *parser) emit(m match) {
	s, e := p.toks[m.start].start, p.toks[m.end-1].end
	p.out = append(p.out, Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Value: m.value,
		Mod: m.mod, Quant: m.quant, Relative: m.rel})
	if m.hasPt && m.pt.y != noYear && (m.pt.g == gDay || m.pt.g == gMonth || m.pt.g == gYear) {
		p.anchor, p.hasAnc = m.pt, true
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
	t := &p.toks[i]
	return t.kind == tWord && t.lx.cls == cKey && t.lx.v == k
}

func (p *parser) cls(i int, c class) bool {
	t := &p.toks[i]
	return t.kind == tWord && t.lx.cls == c
}

func (p *parser) punct(i int, c byte) bool {
	t := &p.toks[i]
	return t.kind == tPunct && t.c == c
}

// adj reports that token i directly follows token i-1 (no space).
func (p *parser) adj(i int) bool {
	return i > 0 && i < p.n() && p.toks[i].start == p.toks[i-1].end
}

// lower reports whether token i is the lower-case word s.
func (p *parser) is(i int, s string) bool {
	t := &p.toks[i]
	if t.kind != tWord || t.end-t.start != len(s) {
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
func (p *parser) word(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

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
		if v := p.tenseOf(k); v != 0 {
			return v
		}
		if p.sentenceEnd(k) {
			break
		}
	}
	for k := i + 1; k < p.n() && k <= i+8; k++ {
		if p.sentenceEnd(k) {
			break
		}
		if v := p.tenseOf(k); v != 0 {
			return v
		}
	}
	return 0
}

func (p *parser) sentenceEnd(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.c {
	case '!', '?', ';':
		return true
	case '.':
		prev := &p.toks[max(k-1, 0)]
		return !(prev.kind == tWord && (prev.end-prev.start == 1 || prev.lx.abbr))
	}
	return false
}

func (p *parser) tenseOf(k int) int {
	t := &p.toks[k]
	if t.kind != tWord {
		return 0
	}
	if t.lx.cls == cKey {
		switch t.lx.v {
		case kWill, kShall:
			return 1
		case kSaid, kWas, kWere, kHad, kDid:
			return -1
		}
		return 0
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
