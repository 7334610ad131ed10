package temporal

import "time"

// Rules for explicitly stated calendar dates: "March 15, 1998", "15 July",
// "March 2011", "1998", "11/02/89", "1998-08-07", "the 1990s".

// monthAt reports a month name at token i and the token after it (with the
// abbreviation's period).
func (p *parser) monthAt(i int) (m, next int, ok bool) {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cMonth || !t.cap {
		return 0, i, false
	}
	next = i + 1
	if t.lx.abbr {
		next = p.skipDot(next)
	} else if p.punct(next, '.') && p.adj(next) && t.end-t.start == 3 {
		next++ // "May." is not an abbreviation, leave it
		next--
	}
	return t.lx.val(), next, true
}

// dayAt reads a day of month at token i ("15", "15th", "fifteenth").
func (p *parser) dayAt(i int) (d, next int, ok bool) {
	t := p.t(i)
	switch {
	case t.kind == tNum && !t.sep && t.ndig <= 2 && t.number() >= 1 && t.number() <= 31:
		next = i + 1
		if p.adj(next) && (p.is(next, "st") || p.is(next, "nd") || p.is(next, "rd") || p.is(next, "th")) {
			next++
		}
		// A time or a score is not a day: "15:30", "3-2".
		if p.adj(next) && (p.punct(next, ':') && p.t(next+1).kind == tNum && p.adj(next+1) || p.punct(next, '%')) {
			return 0, i, false
		}
		return t.number(), next, true
	case t.kind == tWord && t.lx.cls == cOrd && t.lx.val() <= 31:
		return t.lx.val(), i + 1, true
	}
	return 0, i, false
}

// yearAt reads a four-digit year at token i (or "'98").
func (p *parser) yearAt(i int) (y, next int, ok bool) {
	t := p.t(i)
	if t.kind == tNum && !t.sep && t.ndig <= 4 && t.number() > 0 {
		// Era-marked years: "490 BC", "146 B.C.", "79 AD".
		if e, ok := p.eraAt(i+1, true); ok {
			return 1 - t.number(), e, true
		}
		if e, ok := p.eraAt(i+1, false); ok {
			return t.number(), e, true
		}
	}
	if t.kind == tNum && !t.sep && t.ndig == 4 && t.number() >= 1000 && t.number() <= 2199 {
		if p.adj(i+1) && p.t(i+1).kind == tWord {
			return 0, i, false
		}
		return t.number(), i + 1, true
	}
	if p.punct(i, '\'') && p.adj(i+1) && p.t(i+1).kind == tNum && p.t(i+1).ndig == 2 && !p.adj(i+2) {
		return 1900 + p.t(i+1).number(), i + 2, true
	}
	return 0, i, false
}

// eraAt reads "BC", "BCE", "B.C." (bc) or "AD", "A.D.", "CE" at i.
func (p *parser) eraAt(i int, bc bool) (next int, ok bool) {
	if bc {
		if p.key(i, kBC) && p.isUpper(i) {
			return i + 1, true
		}
		if p.is(i, "b") && p.t(i).cap && p.punct(i+1, '.') && p.is(i+2, "c") && p.t(i+2).cap {
			return p.skipDot(i + 3), true
		}
		return i, false
	}
	if p.key(i, kAD) && p.isUpper(i) {
		return i + 1, true
	}
	if p.is(i, "a") && p.t(i).cap && p.punct(i+1, '.') && p.is(i+2, "d") && p.t(i+2).cap {
		return p.skipDot(i + 3), true
	}
	return i, false
}

func validDay(y, m, d int) bool {
	if y == noYear {
		y = 2000 // leap year: allow February 29
	}
	return d >= 1 && d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// guessYear picks the year of an underspecified month (and day) near the
// reference: past tense looks back, future looks ahead, otherwise nearest.
func (p *parser) guessYear(i, m, d int) (int, bool) {
	base, ok := p.base()
	if !ok {
		return noYear, false
	}
	y := base.Year()
	day := d
	if d == 0 {
		day = 15
	}
	if !validDay(2000, m, day) {
		day = 28
	}
	here := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	diff := here.Sub(base).Hours() / 24
	// News mostly reports the recent past and announces the near future:
	// the nearest occurrence wins, and the tense tips dates a season away.
	lo, hi := -240.0, 120.0 // news reports the past more than it announces
	tense := 0
	if !p.ref.Narrative {
		tense = p.tense(i)
	}
	switch {
	case p.ref.Narrative && p.hasAnc:
		// History moves forward: after "June 1944", "in January" is 1945,
		// but a month or two back stays in the same year.
		lo, hi = -90, 275
	case tense == -1:
		hi = tenseSlack
		if d == 0 {
			hi = 20 // "collapsed in August" said in July: last year's August
		}
	case tense == 1:
		lo, hi = -tenseSlack, 240
		if d == 0 {
			lo = -20
		}
	}
	if diff > hi {
		y--
	} else if diff < lo {
		y++
	}
	return y, true
}

func datePoint(y, m, d int) point {
	switch {
	case d > 0:
		return point{y: y, m: m, d: d, g: gDay}
	case m > 0:
		return point{y: y, m: m, g: gMonth}
	}
	return point{y: y, g: gYear}
}

func dateMatch(end int, pt point, rel bool) match {
	return match{end: end, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
}

// ruleMonthDay: "March 15", "Jan. 8, 1998", "March 15th 1998".
func ruleMonthDay(p *parser, i int, out *match) bool {
	m, j, ok := p.monthAt(i)
	if !ok {
		return false
	}
	d, k, ok := p.dayAt(j)
	if !ok || p.t(j).kind != tNum {
		return false
	}
	if !validDay(noYear, m, d) {
		return false
	}
	l := k
	if p.punct(l, ',') {
		l++
	}
	if y, e, ok := p.yearAt(l); ok && validDay(y, m, d) {
		*out = dateMatch(e, point{y: y, m: m, d: d, g: gDay}, false)
		return true
	}
	if y, e, ok := p.yearPhrase(k); ok && validDay(y, m, d) {
		*out = dateMatch(e, point{y: y, m: m, d: d, g: gDay}, true)
		return true
	}
	y, rel := p.guessYear(i, m, d)
	*out = dateMatch(k, point{y: y, m: m, d: d, g: gDay}, rel)
	return true
}

// ruleDayMonth: "15 July", "15th of July 2011", "the 15th of July".
func ruleDayMonth(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	d, k, ok := p.dayAt(j)
	if !ok {
		return false
	}
	if p.is(k, "of") {
		k++
	}
	m, l, ok := p.monthAt(k)
	if !ok || !validDay(noYear, m, d) {
		return false
	}
	if p.t(j).kind == tWord && !p.is(k-1, "of") {
		return false // "first May" is not a date
	}
	yl := l
	if p.punct(yl, ',') && p.t(yl+1).kind == tNum {
		yl++
	}
	if y, e, ok := p.yearAt(yl); ok && validDay(y, m, d) {
		*out = dateMatch(e, point{y: y, m: m, d: d, g: gDay}, false)
		return true
	}
	y, rel := p.guessYear(i, m, d)
	*out = dateMatch(l, point{y: y, m: m, d: d, g: gDay}, rel)
	return true
}

// ruleMonthYear: "March 2011", "March of 2011", "March, 2011".
func ruleMonthYear(p *parser, i int, out *match) bool {
	m, j, ok := p.monthAt(i)
	if !ok {
		return false
	}
	if p.is(j, "of") || p.punct(j, ',') {
		j++
	}
	y, e, ok := p.yearAt(j)
	if !ok {
		return false
	}
	*out = dateMatch(e, point{y: y, m: m, g: gMonth}, false)
	return true
}

// monthAlone reports whether a bare month name at i is a date: "May" and
// "March" are also verbs and need a temporal context.
func (p *parser) monthAlone(i int) bool {
	t := p.t(i)
	if t.lx.abbr && !p.punct(i+1, '.') {
		return false
	}
	w := p.word(i)
	if w == "May" || w == "March" || w == "MAY" || w == "MARCH" {
		if i == 0 {
			return false
		}
		switch {
		case p.is(i-1, "in"), p.is(i-1, "since"), p.is(i-1, "until"), p.is(i-1, "by"), p.is(i-1, "from"),
			p.is(i-1, "through"), p.is(i-1, "of"), p.is(i-1, "between"), p.is(i-1, "and"), p.is(i-1, "to"),
			p.is(i-1, "on"), p.key(i-1, kLast), p.key(i-1, kNext), p.key(i-1, kThis), p.key(i-1, kEarly),
			p.key(i-1, kLate), p.key(i-1, kMid), p.key(i-1, kBefore), p.key(i-1, kAfter):
			return true
		}
		return false
	}
	return true
}

// ruleMonth: "in August" with the year guessed from the reference.
func ruleMonth(p *parser, i int, out *match) bool {
	m, j, ok := p.monthAt(i)
	if !ok || !p.monthAlone(i) {
		return false
	}
	if p.t(i).lx.abbr {
		j = i + 1 // leave a sentence-final period outside
	}
	if y, e, ok := p.yearPhrase(j); ok {
		*out = dateMatch(e, point{y: y, m: m, g: gMonth}, true)
		return true
	}
	y, rel := p.guessYear(i, m, 0)
	*out = dateMatch(j, point{y: y, m: m, g: gMonth}, rel)
	return true
}

// yearPhrase reads a year given in words after a month or a date: "this
// year", "last year", "of that year", "of the following year".
func (p *parser) yearPhrase(k int) (y, end int, ok bool) {
	of := p.is(k, "of")
	if of {
		k++
	}
	var base time.Time
	dir := 0
	switch {
	case p.key(k, kThis) || p.key(k, kLast) || p.key(k, kNext):
		dir, _ = p.relWord(k)
		base, ok = p.base()
		k++
	case of && p.key(k, kThat):
		base, ok = p.anaphor()
		k++
	case of && p.key(k, kThe) && (p.key(k+1, kSame) || p.key(k+1, kFollowing) || p.key(k+1, kPrevious)):
		base, ok = p.anaphor()
		if p.key(k+1, kFollowing) {
			dir = 1
		} else if p.key(k+1, kPrevious) {
			dir = -1
		}
		k += 2
	default:
		return 0, 0, false
	}
	if !ok || !p.is(k, "year") {
		return 0, 0, false
	}
	return base.Year() + dir, k + 1, true
}

// ruleYear: "1998", "fiscal 1989", "1990s", "the 1990s", "'90s", "490 BC".
func ruleYear(p *parser, i int, out *match) bool {
	j := i
	fiscal := false
	if p.key(j, kThe) {
		j++
	}
	if p.key(j, kFiscal) {
		fiscal = true
		j++
	}
	t := p.t(j)
	// Decades: "1990s", "'90s".
	if t.kind == tNum && !t.sep && (t.ndig == 4 || t.ndig == 3) && t.number()%10 == 0 && p.adj(j+1) && p.is(j+1, "s") {
		if p.adj(j) && !(j > 0 && p.punct(j-1, '-')) {
			return false
		}
		pt := point{n: t.number() / 10, g: gDecade}
		e := j + 2
		if be, ok := p.eraAt(e, true); ok {
			pt.n, e = -pt.n, be
		}
		*out = match{end: e, typ: Date, value: pt.String()}
		return true
	}
	if p.punct(j, '\'') && p.adj(j+1) && p.t(j+1).kind == tNum && p.t(j+1).ndig == 2 && p.t(j+1).number()%10 == 0 && p.adj(j+2) && p.is(j+2, "s") {
		pt := point{n: 190 + p.t(j+1).number()/10, g: gDecade}
		*out = match{end: j + 3, typ: Date, value: pt.String()}
		return true
	}
	if t.kind != tNum || t.sep || p.key(i, kThe) && !fiscal {
		return false
	}
	y, e, ok := p.yearAt(j)
	if ok && e > j+1 && p.t(j).kind == tNum {
		*out = dateMatch(e, point{y: y, g: gYear}, false) // "490 BC"
		return true
	}
	if !ok || p.t(j).kind != tNum {
		return false
	}
	if !p.plausibleYear(j, fiscal) {
		return false
	}
	m := dateMatch(e, point{y: y, g: gYear}, false)
	*out = m
	return true
}

// plausibleYear rejects four-digit numbers that are counts, codes or parts
// of identifiers: "2000 soldiers", "AP2010", "$1990", "1990-91" scores.
func (p *parser) plausibleYear(j int, fiscal bool) bool {
	t := p.t(j)
	if j > 0 && p.adj(j) {
		prev := p.t(j - 1)
		midHyphen := prev.kind == tPunct && prev.c == '-' && p.adj(j-1) && (p.key(j-2, kMid) || p.is(j-2, "pre") || p.is(j-2, "post") ||
			p.t(j-2).kind == tNum && p.t(j-2).ndig == 4 && p.t(j-2).number() < t.number()) // "1861-1863"
		if !midHyphen && (prev.kind == tWord || prev.kind == tNum || prev.kind == tPunct && (prev.c == '$' || prev.c == '#' || prev.c == '.' || prev.c == ':' || prev.c == '/' || prev.c == '-')) {
			return false
		}
	}
	if next := p.t(j + 1); p.adj(j+1) && next.kind == tPunct && (next.c == '%' || next.c == '/' || next.c == ':' && p.t(j+2).kind == tNum && p.adj(j+2)) {
		return false
	}
	if p.adj(j+1) && p.punct(j+1, '-') && p.t(j+2).kind == tNum && p.t(j+2).ndig != 2 && p.t(j+2).ndig != 4 {
		return false // phone numbers and codes
	}
	if fiscal {
		return true
	}
	if t.number() < 1500 || t.number() > 2100 {
		// Older years need an era or a preposition in front.
		return j > 0 && (p.is(j-1, "in") || p.is(j-1, "since") || p.is(j-1, "by") || p.is(j-1, "until")) && !p.plural(j+1)
	}
	return !p.plural(j + 1)
}

// plural reports a plural-looking noun at i ("soldiers"): "2000 soldiers" is
// a count, not a year.
func (p *parser) plural(i int) bool {
	t := p.t(i)
	if t.kind != tWord || t.cap || t.lx.cls != cNone {
		return t.kind == tWord && (t.lx.cls == cUnit && t.lx.plural || p.key(i, kPercent) || p.key(i, kMillion) || p.key(i, kBillion) || p.key(i, kThousand) || p.key(i, kHundred))
	}
	w := p.text[t.start:t.end]
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// ruleNumericDate: "11/02/89", "3/15/1998", "1998-08-07", "19980303".
func ruleNumericDate(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tNum || t.sep || (i > 0 && p.adj(i) && !p.punct(i-1, '(')) {
		return false
	}
	num := func(k, nd int) (int, bool) {
		u := p.t(k)
		return u.number(), u.kind == tNum && !u.sep && u.digits() <= nd && p.adj(k)
	}
	// ISO: YYYY-MM-DD [HH:MM]
	if t.ndig == 4 && p.punct(i+1, '-') && p.adj(i+1) {
		if m, ok := num(i+2, 2); ok && p.punct(i+3, '-') && p.adj(i+3) {
			if d, ok := num(i+4, 2); ok && m >= 1 && m <= 12 && validDay(t.number(), m, d) && !(p.adj(i+5) && (p.t(i+5).kind != tPunct || p.punct(i+5, '-'))) {
				pt := point{y: t.number(), m: m, d: d, g: gDay}
				if h, mi, e, ok := p.clockAt(i + 5); ok {
					v := pt.String() + "T" + pad(h, 2) + ":" + pad(mi, 2)
					*out = match{end: e, typ: Time, value: v, pt: pt, hasPt: true}
					return true
				}
				*out = dateMatch(i+5, pt, false)
				return true
			}
		}
		return false
	}
	// Compact: YYYYMMDD
	if t.ndig == 8 {
		y, m, d := t.number()/10000, t.number()/100%100, t.number()%100
		if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && validDay(y, m, d) && !p.adj(i+1) {
			*out = dateMatch(i+1, point{y: y, m: m, d: d, g: gDay}, false)
			return true
		}
		return false
	}
	// US: MM/DD/YY(YY)
	if t.ndig <= 2 && p.punct(i+1, '/') && p.adj(i+1) {
		d, ok := num(i+2, 2)
		if !ok || !p.punct(i+3, '/') || !p.adj(i+3) {
			return false
		}
		u := p.t(i + 4)
		if u.kind != tNum || u.sep || !p.adj(i+4) || (u.ndig != 2 && u.ndig != 4) || p.adj(i+5) && !p.punct(i+5, '.') && !p.punct(i+5, ',') {
			return false
		}
		y := u.number()
		if u.ndig == 2 {
			y += 1900
			if y < 1930 {
				y += 100
			}
		}
		if m := t.number(); m >= 1 && m <= 12 && validDay(y, m, d) {
			*out = dateMatch(i+5, point{y: y, m: m, d: d, g: gDay}, false)
			return true
		}
	}
	return false
}

// tenseSlack is how many days past the reference a past-tense date may lie
// (or before it a future-tense one) before it moves to another year.
const tenseSlack = 90
