package temporal

// Rules for quantities of time: "two years ago", "the past three months",
// "a decade", "every week", "the third quarter", "3 p.m.".

// numberAt reads a count at i: "3", "three", "twenty-five", "a", "several"
// (n = -1 for unknown counts).
func (p *parser) numberAt(i int) (n, next int, ok bool) {
	t := p.t(i)
	switch {
	case t.kind == tNum && !t.sep && t.ndig <= 4:
		if i > 0 && p.adj(i) && (p.punct(i-1, '$') || p.t(i-1).kind == tWord) {
			return 0, i, false
		}
		return t.number(), i + 1, true
	case t.kind == tNum && t.sep:
		return 0, i, false
	case t.kind != tWord:
		return 0, i, false
	case t.lx.cls == cNumber:
		n = t.lx.val()
		next = i + 1
		if n >= 20 && n%10 == 0 && p.punct(next, '-') && p.cls(next+1, cNumber) && p.t(next+1).lx.val() < 10 {
			n += p.t(next + 1).lx.val()
			next += 2
		} else if n >= 20 && n%10 == 0 && p.cls(next, cNumber) && p.t(next).lx.val() < 10 && p.t(next).lx.val() > 0 {
			n += p.t(next).lx.val()
			next++
		}
		return n, next, true
	case t.lx.cls == cKey:
		switch t.lx.val() {
		case kA, kAn:
			if p.key(i+1, kFew) || p.key(i+1, kCouple) && p.key(i+2, kOf) {
				if p.key(i+1, kCouple) {
					return 2, i + 3, true
				}
				return -1, i + 2, true
			}
			return 1, i + 1, true
		case kSeveral, kFew, kMany, kSome:
			return -1, i + 1, true
		}
	}
	return 0, i, false
}

// unitAt reads a unit of time at i, also the hyphenated adjective form
// "two-year".
func (p *parser) unitAt(i int) (u int, plural bool, next int, ok bool) {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cUnit {
		return 0, false, i, false
	}
	return t.lx.val(), t.lx.plural, i + 1, true
}

// ruleQuantity: "two years ago", "three days later", "two years", "a
// decade", "the past three months", "the first nine months", "two-year".
func ruleQuantity(p *parser, i int) (match, bool) {
	j := i
	mod := ""
	switch {
	case p.key(j, kAbout) || p.is(j, "approximately") || p.is(j, "roughly") || p.is(j, "some") && p.t(j+1).kind == tNum:
		mod = "APPROX"
		j++
	case p.key(j, kNearly) || p.key(j, kAlmost):
		mod = "LESS_THAN"
		j++
	case p.key(j, kMore) && p.key(j+1, kThan), p.key(j, kOver) && !p.key(j+1, kThe):
		mod = "MORE_THAN"
		j += 1 + boolInt(p.key(j, kMore))
	case p.key(j, kLess) && p.key(j+1, kThan):
		mod = "LESS_THAN"
		j += 2
	case p.is(j, "at") && (p.is(j+1, "least")):
		mod = "EQUAL_OR_MORE"
		j += 2
	}
	past := false
	if p.key(j, kThe) {
		j++
		if dir, ok := p.relWord(j); ok && dir != 0 {
			past = dir < 0
			j++
		} else if p.cls(j, cOrd) || p.is(j, "final") {
			j++
		}
	} else if dir, ok := p.relWord(j); ok && dir != 0 && p.key(j, kPast) {
		past = true
		j++
	}
	n, k, ok := p.numberAt(j)
	if !ok {
		return match{}, false
	}
	if p.punct(k, '-') && p.adj(k) {
		k++ // "two-year", "16-hour"
	}
	u, _, e, ok := p.unitAt(k)
	if !ok || u == uHalf && n != 1 {
		return match{}, false
	}
	if u == uQuarter && n < 2 || u == uHalf {
		return match{}, false // "a quarter of", "a half": fractions
	}
	hyph := p.punct(e-2, '-') && p.adj(e-1)
	if p.punct(e, '-') && p.adj(e) && p.is(e+1, "old") || p.is(e, "old") || p.is(e, "olds") {
		return match{}, false // ages: "6-year-old", "52 years old"
	}
	if hyph && p.key(i, kThe) {
		return match{}, false // "the two-year plan": the adjective alone
	}
	_ = past
	// "two years ago", "three days earlier", "a year later".
	if dir := p.agoWord(e); dir != 0 && n >= 0 {
		base, ok := p.base()
		d := dir
		if d == -2 {
			d = -1
		}
		if u == uHour || u == uMinute || u == uSecond {
			return match{end: e + 1, typ: Time, value: "PXX", mod: mod, rel: true}, ok && false
		}
		if !ok {
			return match{end: e + 1, typ: Date, value: "XXXX", rel: true}, true
		}
		if u == uYear && n == 1 {
			if q, ok := p.quarterContext(i); ok {
				q.y += d
				return match{end: e + 1, typ: Date, value: q.String(), mod: mod, rel: true}, true
			}
		}
		pt := shift(base, u, d*n)
		return match{end: e + 1, typ: Date, value: pt.String(), mod: mod, pt: pt, hasPt: true, rel: true}, true
	}
	return match{end: e, typ: Duration, value: durationValue(n, u), mod: mod}, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// agoWord reads "ago" (-1, DCT), "earlier"/"before" (-2, anchor), or
// "later"/"after" (+1, anchor) at i.
func (p *parser) agoWord(i int) int {
	switch {
	case p.key(i, kAgo):
		return -1
	case p.key(i, kEarlier) || p.key(i, kBefore) && !p.t(i+1).cap && p.t(i+1).kind != tNum && !p.key(i+1, kThe):
		return -2
	case p.key(i, kLater) || p.key(i, kAfter) && p.punct(i+1, ','):
		return 1
	}
	return 0
}

// ruleQuarter: "the third quarter", "third-quarter", "the first half of
// 1998", "the fourth quarter of next year", "the quarter", "the latest
// quarter", "the year-earlier quarter", "the fiscal first quarter".
func ruleQuarter(p *parser, i int) (match, bool) {
	j := i
	the := p.key(j, kThe)
	if the {
		j++
	}
	which := 0 // 0 stated or context, 1 current, -1 a year before
	for {
		switch {
		case p.key(j, kFiscal):
			j++
			if p.punct(j, '-') && p.adj(j) {
				j++
			}
			continue
		case p.key(j, kLatest) || p.key(j, kRecent) || p.is(j, "most") && p.key(j+1, kRecent):
			j += 1 + boolInt(p.is(j, "most"))
			continue
		case p.key(j, kCurrent) || p.key(j, kThis) && !the:
			which = 1
			j++
			continue
		case p.is(j, "year") && p.punct(j+1, '-') && p.adj(j+1) && (p.key(j+2, kEarlier) || p.key(j+2, kAgo)):
			which = -1
			j += 3
			continue
		}
		break
	}
	q := 0
	if p.cls(j, cOrd) && p.t(j).lx.val() <= 4 {
		q = p.t(j).lx.val()
		j++
	} else if p.is(j, "second") {
		q = 2
		j++
	}
	hyph := false
	if q > 0 && p.punct(j, '-') && p.adj(j) {
		j++
		hyph = true
	}
	u, plural, e, ok := p.unitAt(j)
	if q == 0 && which == -1 && !(ok && u == uQuarter) {
		// "year-earlier", "the year-ago period".
		e = j
		if p.is(j, "period") || p.is(j, "periods") {
			e = j + 1
		} else if the {
			return match{}, false
		}
		if c, ok := p.quarterContext(i); ok {
			c.y--
			return match{end: e, typ: Date, value: c.String(), rel: true}, true
		}
		if base, ok := p.base(); ok {
			return match{end: e, typ: Date, value: pad(base.Year()-1, 4), rel: true}, true
		}
		return match{}, false
	}
	if !ok || plural || (u != uQuarter && u != uHalf) || u == uHalf && (q > 2 || q == 0) {
		return match{}, false
	}
	if q == 0 && !the && which == 0 {
		return match{}, false
	}
	if hyph && the {
		return match{}, false // "the third-quarter results": the adjective alone
	}
	g := gQuarter
	if u == uHalf {
		g = gHalf
	}
	base, hasBase := p.base()
	cur := point{y: noYear, n: 1, g: g}
	if hasBase {
		cur = at(base, g)
	}
	y, rel := noYear, true
	if p.key(e, kOf) || p.punct(e, ',') && p.t(e+1).kind == tNum {
		if yy, ee, ok := p.yearAt(e + 1); ok {
			y, rel, e = yy, false, ee
		} else if dir, ok := p.relWord(e + 1); ok && p.is(e+2, "year") && hasBase {
			y, e = base.Year()+dir, e+3
		}
	} else if yy, ee, ok := p.yearAt(e); ok && !hyph {
		y, rel, e = yy, false, ee
	}
	var pt point
	switch {
	case y != noYear:
		pt = point{y: y, n: max(q, 1), g: g}
	case q > 0 && hasBase:
		y = cur.y
		if q > cur.n && p.tense(i) <= 0 {
			y-- // in January, "the fourth quarter" has just ended
		}
		pt = point{y: y, n: q, g: g}
	case q > 0:
		pt = point{y: noYear, n: q, g: g}
	case which == 1:
		pt = cur
	default:
		// "the quarter": the one the text is about, else the last one
		// reported.
		if c, ok := p.quarterContext(i); ok && g == gQuarter {
			pt = c
		} else if hasBase {
			pt = shift(base, u, -1)
		} else {
			pt = cur
		}
	}
	if which == -1 && pt.y != noYear {
		pt.y--
	}
	m := match{end: e, typ: Date, value: pt.String(), rel: rel}
	if g == gQuarter && pt.y != noYear && which != -1 {
		m.pt, m.hasPt = pt, true
	}
	return m, true
}

// ruleSet: "daily", "every week", "each year", "annually".
func ruleSet(p *parser, i int) (match, bool) {
	t := p.t(i)
	if t.kind != tWord {
		return match{}, false
	}
	if t.lx.cls == cKey {
		switch t.lx.val() {
		case kDaily:
			return match{end: i + 1, typ: Set, value: "P1D", quant: "EVERY"}, true
		case kWeekly:
			return match{end: i + 1, typ: Set, value: "P1W", quant: "EVERY"}, true
		case kMonthly:
			return match{end: i + 1, typ: Set, value: "P1M", quant: "EVERY"}, true
		case kAnnually:
			return match{end: i + 1, typ: Set, value: "P1Y", quant: "EVERY"}, true
		case kEvery, kEach:
			if n, k, ok := p.numberAt(i + 1); ok && n > 1 {
				if u, _, e, ok := p.unitAt(k); ok {
					return match{end: e, typ: Set, value: durationValue(n, u), quant: "EVERY"}, true
				}
			}
			if u, plural, e, ok := p.unitAt(i + 1); ok && !plural {
				return match{end: e, typ: Set, value: durationValue(1, u), quant: "EVERY"}, true
			}
			if p.cls(i+1, cWeekday) {
				return match{end: i + 2, typ: Set, value: "XXXX-WXX-" + string(rune('0'+isoDay(p.t(i+1).lx.val()))), quant: "EVERY"}, true
			}
			if p.cls(i+1, cMonth) && !p.t(i+1).lx.abbr {
				return match{end: i + 2, typ: Set, value: "XXXX-" + pad(p.t(i+1).lx.val(), 2), quant: "EVERY"}, true
			}
		}
	}
	return match{}, false
}

// clockAt reads a clock time at i: "15:30", "3 p.m.", "10:30 a.m.", "3pm".
func (p *parser) clockAt(i int) (h, m, next int, ok bool) {
	t := p.t(i)
	if t.kind != tNum || t.sep || t.ndig > 2 || t.number() > 24 {
		return 0, 0, i, false
	}
	h, next = t.number(), i+1
	colon := false
	if p.punct(next, ':') && p.adj(next) && p.t(next+1).kind == tNum && p.t(next+1).ndig == 2 && p.adj(next+1) {
		m = p.t(next + 1).number()
		if m > 59 {
			return 0, 0, i, false
		}
		next += 2
		colon = true
	}
	switch ap, e := p.ampm(next); ap {
	case 1:
		if h == 12 {
			h = 0
		}
		return h, m, e, h <= 12
	case 2:
		if h < 12 {
			h += 12
		}
		return h, m, e, h <= 24
	}
	if colon && !p.adj(next) {
		return h, m, next, true
	}
	return 0, 0, i, false
}

// ampm reads "a.m."/"am" (1) or "p.m."/"pm" (2) at i.
func (p *parser) ampm(i int) (int, int) {
	v := 0
	switch {
	case p.key(i, kAm) && !p.t(i).cap || p.is(i, "a") && p.punct(i+1, '.') && p.is(i+2, "m"):
		v = 1
	case p.key(i, kPm) || p.is(i, "p") && p.punct(i+1, '.') && p.is(i+2, "m"):
		v = 2
	default:
		return 0, i
	}
	e := i + 1
	if p.punct(i+1, '.') {
		e = i + 3
		if p.punct(e, '.') && p.adj(e) {
			e++
		}
	}
	return v, e
}

// ruleClock: "3 p.m.", "10:30 a.m. EST", "noon".
func ruleClock(p *parser, i int) (match, bool) {
	h, m, e, ok := p.clockAt(i)
	if !ok {
		return match{}, false
	}
	if i > 0 && p.adj(i) && p.t(i-1).kind != tPunct {
		return match{}, false
	}
	if p.isUpper(e) && p.t(e).end-p.t(e).start <= 4 && (p.is(e, "est") || p.is(e, "edt") || p.is(e, "gmt") || p.is(e, "utc") || p.is(e, "pst") || p.is(e, "pdt") || p.is(e, "cst") || p.is(e, "cdt") || p.is(e, "et")) {
		e++
	}
	day := "XXXX-XX-XX"
	if base, ok := p.base(); ok {
		day = at(base, gDay).String()
	}
	return match{end: e, typ: Time, value: day + "T" + pad(h, 2) + ":" + pad(m, 2), rel: true}, true
}

// rules are tried at every token that can start an expression; the longest
// match wins, the first rule on ties.
var rules = [...]ruleDef{
	{fNum, ruleNumericDate},
	{fMonth, ruleMonthDay},
	{fNum | fOrd | fKey, ruleDayMonth},
	{fMonth, ruleMonthYear},
	{fMonth, ruleMonth},
	{fNum | fKey | fApos, ruleYear},
	{fKey, ruleDeictic},
	{fKey, ruleRelUnit},
	{fWeekday, ruleWeekday},
	{fNum | fNumber | fKey, ruleQuantity},
	{fOrd | fKey | fUnit, ruleQuarter},
	{fKey, ruleSet},
	{fNum, ruleClock},
}
