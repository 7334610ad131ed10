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
			if p.key(i+1, kFew) || p.key(i+1, kCouple) && p.is(i+2, "of") {
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
func ruleQuantity(p *parser, i int, out *match) bool {
	// Modifiers inside the extent ("nearly two years", "more than a
	// decade"); "about" and "almost" stay outside as in TimeBank but still
	// give the mod; "over" may mean "during" and gives none.
	j := i
	mod := ""
	switch {
	case p.key(j, kNearly):
		mod = "LESS_THAN"
		j++
	case p.key(j, kMore) && p.is(j+1, "than"):
		mod = "MORE_THAN"
		j += 2
	case p.key(j, kLess) && p.is(j+1, "than"):
		mod = "LESS_THAN"
		j += 2
	case p.is(j, "least") && p.is(j-1, "at"):
		return false // "at least" starts at "at"
	}
	if mod == "" && i > 0 && !p.key(i, kThe) && !p.key(i, kPast) {
		switch {
		case p.key(i-1, kAbout), p.is(i-1, "approximately"), p.is(i-1, "roughly"), p.is(i-1, "around"):
			mod = "APPROX"
		case p.key(i-1, kAlmost):
			mod = "LESS_THAN"
		}
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
	if !ok || p.punct(k, '/') && p.adj(k) {
		return false // "1/2 hours" is part of "5 1/2 hours"
	}
	if (p.is(k, "to") || p.is(k, "or")) && !p.adj(k) {
		if _, k2, ok := p.numberAt(k + 1); ok && p.cls(k2, cUnit) && p.t(k2).lx.plural {
			k = k2 // "two to three weeks": the first count, the whole extent
		}
	}
	half := false
	if p.t(k).kind == tNum && p.t(k).number() == 1 && p.punct(k+1, '/') && p.adj(k+1) && p.t(k+2).kind == tNum && p.t(k+2).number() == 2 && p.adj(k+2) {
		half = true // "2 1/2 years"
		k += 3
	}
	if p.punct(k, '-') && p.adj(k) {
		k++ // "two-year", "16-hour"
	}
	u, plural, e, ok := p.unitAt(k)
	if !ok || u == uHalf && n != 1 {
		return false
	}
	hyph := p.punct(e-2, '-') && p.adj(e-1)
	if !plural && !hyph && n > 100 {
		return false // "1988 second quarter", "the 1988 quarter"
	}
	if u == uQuarter && n < 2 || u == uHalf {
		return false // "a quarter of", "a half": fractions
	}
	if u == uYear && p.punct(e, '-') && p.adj(e) && (p.key(e+1, kEarlier) || p.key(e+1, kAgo)) {
		return false // "a year-earlier loss": the adjective is the expression
	}
	if p.punct(e, '-') && p.adj(e) && p.is(e+1, "old") || p.is(e, "old") || p.is(e, "olds") {
		return false // ages: "6-year-old", "52 years old"
	}
	if hyph && p.key(i, kThe) {
		return false // "the two-year plan": the adjective alone
	}
	_ = past
	// "two years ago", "three days earlier", "a year later".
	if p.key(e, kAgo) && n < 0 {
		// "several years ago", "a few months ago"
		*out = match{end: e + 1, typ: Date, value: "PAST_REF", mod: mod, rel: true}
		return true
	}
	if dir := p.agoWord(e); dir != 0 && n >= 0 {
		base, ok := p.base()
		d := dir
		if d == -2 {
			d = -1
		}
		if u == uHour || u == uMinute || u == uSecond {
			return false
		}
		if !ok {
			*out = match{end: e + 1, typ: Date, value: "XXXX", rel: true}
			return true
		}
		if u == uYear && n == 1 {
			if q, ok := p.quarterContext(i); ok {
				q.y += d
				*out = match{end: e + 1, typ: Date, value: q.String(), mod: mod, rel: true}
				return true
			}
		}
		if u == uDecade || u == uCentury {
			// "a decade ago" names a year, not a decade.
			u, n = uYear, n*10*(1+9*boolInt(u == uCentury))
		}
		pt := shift(base, u, d*n)
		*out = match{end: e + 1, typ: Date, value: pt.String(), mod: mod, pt: pt, hasPt: true, rel: true}
		return true
	}
	v := durationValue(n, u)
	if half && n >= 0 {
		v = halfDuration(n, u)
	}
	*out = match{end: e, typ: Duration, value: v, mod: mod}
	return true
}

// ruleVague: "recent years" (PAST_REF), "recent months", "the coming
// weeks", "several years", "many decades".
func ruleVague(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	recent, coming := p.key(j, kRecent), p.key(j, kComing)
	if !recent && !coming {
		return false
	}
	u, plural, e, ok := p.unitAt(j + 1)
	if !ok || !plural || u == uHalf || u == uQuarter {
		return false
	}
	if recent && u == uYear {
		*out = match{end: e, typ: Date, value: "PAST_REF", rel: true}
		return true
	}
	*out = match{end: e, typ: Duration, value: durationValue(-1, u)}
	return true
}

// halfDuration formats n and a half units: P2Y6M, PT5H30M, P3DT12H.
func halfDuration(n, u int) string {
	switch u {
	case uYear:
		return "P" + itoa(n) + "Y6M"
	case uMonth:
		return "P" + itoa(n) + "M15D"
	case uWeek:
		return "P" + itoa(7*n+3) + "DT12H"
	case uDay:
		return "P" + itoa(n) + "DT12H"
	case uHour:
		return "PT" + itoa(n) + "H30M"
	case uMinute:
		return "PT" + itoa(n) + "M30S"
	}
	return durationValue(n, u)
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
func ruleQuarter(p *parser, i int, out *match) bool {
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
	statedYear := 0
	if the && p.t(j).kind == tNum {
		if y, e, ok := p.yearAt(j); ok {
			statedYear, j = y, e // "the 1988 second quarter"
		}
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
			return false
		}
		if c, ok := p.quarterContext(i); ok {
			c.y--
			*out = match{end: e, typ: Date, value: c.String(), rel: true}
			return true
		}
		if base, ok := p.base(); ok {
			*out = match{end: e, typ: Date, value: pad(base.Year()-1, 4), rel: true}
			return true
		}
		return false
	}
	if !ok || plural || (u != uQuarter && u != uHalf) || u == uHalf && (q > 2 || q == 0) {
		return false
	}
	if q == 0 && !the && which == 0 {
		return false
	}
	if hyph && the {
		return false // "the third-quarter results": the adjective alone
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
	if statedYear != 0 {
		y, rel = statedYear, false
	} else if p.is(e, "of") || p.punct(e, ',') && p.t(e+1).kind == tNum {
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
	*out = m
	return true
}

// ruleSet: "daily", "every week", "each year", "annually".
func ruleSet(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord {
		return false
	}
	if t.lx.cls == cKey {
		switch t.lx.val() {
		case kDaily:
			*out = match{end: i + 1, typ: Set, value: "P1D", quant: "EVERY"}
			return true
		case kWeekly:
			*out = match{end: i + 1, typ: Set, value: "P1W", quant: "EVERY"}
			return true
		case kMonthly:
			*out = match{end: i + 1, typ: Set, value: "P1M", quant: "EVERY"}
			return true
		case kAnnually:
			*out = match{end: i + 1, typ: Set, value: "P1Y", quant: "EVERY"}
			return true
		case kEvery, kEach:
			if n, k, ok := p.numberAt(i + 1); ok && n > 1 {
				if u, _, e, ok := p.unitAt(k); ok {
					*out = match{end: e, typ: Set, value: durationValue(n, u), quant: "EVERY"}
					return true
				}
			}
			if u, plural, e, ok := p.unitAt(i + 1); ok && !plural {
				*out = match{end: e, typ: Set, value: durationValue(1, u), quant: "EVERY"}
				return true
			}
			if p.cls(i+1, cWeekday) {
				*out = match{end: i + 2, typ: Set, value: "XXXX-WXX-" + string(rune('0'+isoDay(p.t(i+1).lx.val()))), quant: "EVERY"}
				return true
			}
			if p.cls(i+1, cMonth) && !p.t(i+1).lx.abbr {
				*out = match{end: i + 2, typ: Set, value: "XXXX-" + pad(p.t(i+1).lx.val(), 2), quant: "EVERY"}
				return true
			}
		}
	}
	return false
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
	case p.key(i, kAm) || p.is(i, "a") && p.punct(i+1, '.') && p.is(i+2, "m"):
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
func ruleClock(p *parser, i int, out *match) bool {
	h, m, e, ok := p.clockAt(i)
	if !ok {
		return false
	}
	if i > 0 && p.adj(i) && p.t(i-1).kind != tPunct {
		return false
	}
	if p.isUpper(e) && p.t(e).end-p.t(e).start <= 4 && (p.is(e, "est") || p.is(e, "edt") || p.is(e, "gmt") || p.is(e, "utc") || p.is(e, "pst") || p.is(e, "pdt") || p.is(e, "cst") || p.is(e, "cdt") || p.is(e, "et")) {
		e++
	}
	day := "XXXX-XX-XX"
	if base, ok := p.base(); ok {
		day = at(base, gDay).String()
	}
	// A day after the time: "9 a.m. Tuesday", "5 p.m. EST, Nov. 9",
	// "10:30 a.m. yesterday".
	k := e
	if p.punct(k, ',') {
		k++
	}
	if p.dayAfterClock(k, out) {
		day, e = out.value, out.end
	}
	*out = match{end: e, typ: Time, value: day + "T" + pad(h, 2) + ":" + pad(m, 2), rel: true}
	return true
}

// dayAfterClock reads a day at k that a clock time refers to.
func (p *parser) dayAfterClock(k int, out *match) bool {
	t := p.t(k)
	if t.kind != tWord {
		return false
	}
	switch {
	case t.lx.cls == cWeekday && t.cap:
		return ruleWeekday(p, k, out) && out.typ == Date && len(out.value) == 10
	case t.lx.cls == cMonth && t.cap:
		return ruleMonthDay(p, k, out) && len(out.value) == 10
	case p.key(k, kToday) || p.key(k, kYesterday) || p.key(k, kTomorrow):
		return ruleDeictic(p, k, out) && out.typ == Date && len(out.value) == 10
	}
	return false
}

// ruleNoon: "noon", "midnight", "noon Thursday".
func ruleNoon(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cPart || (t.lx.val() != pNoon && t.lx.val() != pMidnight) {
		return false
	}
	hm := "12:00"
	if t.lx.val() == pMidnight {
		hm = "24:00"
	}
	day, e := "XXXX-XX-XX", i+1
	if base, ok := p.base(); ok {
		day = at(base, gDay).String()
	}
	if p.dayAfterClock(e, out) {
		day, e = out.value, out.end
	}
	*out = match{end: e, typ: Time, value: day + "T" + hm, rel: true}
	return true
}

// ruleCentury: "the 20th century", "the nineteenth century", "the 4th
// century BC", "eighteenth-century".
func ruleCentury(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	n := 0
	switch t := p.t(j); {
	case t.kind == tWord && t.lx.cls == cOrd:
		n, j = t.lx.val(), j+1
	case t.kind == tNum && !t.sep && t.ndig <= 2 && p.adj(j+1) && (p.is(j+1, "st") || p.is(j+1, "nd") || p.is(j+1, "rd") || p.is(j+1, "th")):
		n, j = t.number(), j+2
	default:
		return false
	}
	if p.punct(j, '-') && p.adj(j) {
		j++
	}
	if n == 0 || !p.is(j, "century") {
		return false
	}
	e := j + 1
	if p.key(e, kBC) {
		*out = match{end: e + 1, typ: Date, value: "BC" + pad(n-1, 2)}
		return true
	}
	if p.key(e, kAD) {
		e++
	}
	*out = match{end: e, typ: Date, value: pad(n-1, 2)}
	return true
}
