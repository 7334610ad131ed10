package temporal

import (
	"strings"
	"time"
)

// Rules for the periods of business news: "the third quarter",
// "third-quarter", "the year-earlier period", "fiscal 1990".

// ruleQuarter: "the third quarter", "third-quarter", "the first half of
// 1998", "the fourth quarter of next year", "the quarter", "the latest
// quarter", "the year-earlier quarter", "the fiscal first quarter".
func ruleQuarter(p *parser, i int, out *match) bool {
	if p.is(i, "year") && p.punct(i-1, '-') && p.adj(i) && p.adj(i-1) && p.is(i-2, "prior") && (p.is(i+1, "period") || p.is(i+1, "quarter")) {
		// "the prior-year period", read at "year" ("prior" is too common a
		// word for the lexicon): the topic quarter a year before.
		c, ok := p.quarterContext(i)
		if !ok {
			return false
		}
		c.y--
		*out = match{end: i + 2, typ: Date, value: c.String(), rel: true, lead: 2 + boolInt(p.key(i-3, kThe))}
		return true
	}
	if p.is(i, "quarter") && p.is(i-1, "holiday") && !p.t(i).lx.plural {
		// "the holiday quarter": the calendar's fourth, this year's until
		// the spring reports on last year's.
		base, ok := p.base()
		if !ok {
			return false
		}
		y := base.Year()
		if base.Month() <= 3 && p.tense(i) <= 0 {
			y--
		}
		pt := point{y: y, n: 4, g: gQuarter}
		*out = match{end: i + 1, typ: Date, value: pt.String(), rel: true, lead: 1 + boolInt(p.key(i-2, kThe))}
		return true
	}
	j := i
	the := p.key(j, kThe)
	if the {
		j++
	}
	if the && (p.key(j, kSame) || p.isAny(j, "corresponding", "comparable", "like")) && (p.is(j+1, "period") || p.is(j+1, "quarter")) {
		// "the corresponding period last year", "the same quarter a year
		// earlier": the quarter reported on, a year before.
		if e, ok := p.yearBack(j + 2); ok {
			if c, ok := p.quarterContext(i); ok {
				c.y--
				*out = match{end: e, typ: Date, value: c.String(), rel: true}
				return true
			}
		}
	}
	which := 0 // 0 stated or context, 1 current, -1 a year before
	latest := false
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
			latest = true
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
	if latest && the && p.is(j, "period") {
		// "the latest period": the quarter the earnings report is about.
		c, ok := p.quarterContext(i)
		if !ok {
			return false
		}
		*out = match{end: j + 1, typ: Date, value: c.String(), rel: true}
		return true
	}
	statedYear := 0
	if the && p.t(j).kind == tNum {
		if y, e, ok := p.yearAt(j); ok {
			statedYear, j = y, e // "the 1988 second quarter"
			if p.is(j, "period") {
				// "the 1988 period": that year's part the text is about.
				c, ok := p.quarterContext(i)
				if !ok {
					return false
				}
				c.y = y
				*out = match{end: j + 1, typ: Date, value: c.String(), rel: true}
				return true
			}
		}
	}
	q, calendar := 0, false
	if m1, k1, ok := p.monthAt(j); ok && the && p.punct(k1, '-') && p.adj(k1) && p.adj(k1+1) {
		// "the July-September quarter": a quarter of the calendar.
		if m2, k2, ok := p.monthAt(k1 + 1); ok && (m1-1)%3 == 0 && m2 == m1+2 && p.is(k2, "quarter") {
			q, j, calendar = (m1-1)/3+1, k2, true
		}
	} else if ok && the && m1%3 == 0 && p.is(k1, "quarter") && !p.t(k1).lx.plural {
		// "the June quarter", as Australia names a quarter by its last month.
		q, j, calendar = m1/3, k1, true
	}
	byQuarters := false
	if q > 0 {
	} else if the && p.halfByQuarters(j) {
		// "the first two quarters of 1990", "the last two quarters": a half.
		q, byQuarters = 1, true
		if p.key(j, kLast) || p.is(j, "final") {
			q = 2
		}
		j += 2
	} else if n := p.nthAt(j); n > 0 && n <= 4 {
		q = n
		j++
	} else if (p.key(j, kLast) || p.is(j, "final")) && the && (p.is(j+1, "quarter") || p.is(j+1, "half")) && p.is(j+2, "of") {
		q = 4 // "the last quarter of 1989", "the final quarter of fiscal 2026"; a half is fixed below
		if p.is(j+1, "half") {
			q = 2
		}
		j++
	}
	hyph := false
	if q > 0 && p.punct(j, '-') && p.adj(j) {
		j++
		hyph = true
	}
	u, plural, e, ok := p.unitAt(j)
	if byQuarters {
		u, plural = uHalf, false
	}
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
	if u == uHalf && !hyph && p.is(e, "of") && p.cls(e+1, cMonth) && p.t(e+1).cap && !p.nested {
		// "a milder second half of December": the month's end.
		var m match
		p.nested = true
		ok := p.best(e+1, &m) && m.typ == Date && len(m.value) == 7 && m.value[4] == '-'
		p.nested = false
		if !ok {
			return false
		}
		m.mod = "START"
		if q == 2 {
			m.mod = "END"
		}
		*out = m
		return true
	}
	if q == 0 && p.punct(e, '-') && p.adj(e) {
		return false // "the quarter-to-quarter comparison"
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
	y, rel, fiscalYear := noYear, true, false
	if statedYear != 0 {
		y, rel = statedYear, false
	} else if fy, fe, ok := p.fiscalYearAt(e); ok {
		// "the third quarter of fiscal 2024", "THIRD QUARTER FISCAL 2024",
		// "the first half of FY24": named by the fiscal year.
		y, rel, e, fiscalYear = fy, false, fe, true
	} else if p.is(e, "of") || p.punct(e, ',') && p.t(e+1).kind == tNum {
		if yy, ee, ok := p.yearAt(e + 1); ok {
			y, rel, e = yy, false, ee
		} else if dir, ok := p.relWord(e + 1); ok && p.is(e+2, "year") && hasBase {
			y, e = base.Year()+dir, e+3
		} else if p.is(e, "of") && p.key(e+1, kThe) && p.is(e+2, "year") && !p.t(e+2).lx.plural && hasBase && !p.ref.Narrative {
			y, e = base.Year(), e+3 // "the first half of the year"
		} else if p.is(e, "of") && p.key(e+1, kThe) && p.key(e+2, kFiscal) && !p.is(e+3, "year") && hasBase && !p.ref.Narrative {
			y, e = p.fiscalNow(i, base), e+3 // "the first half of the fiscal"
		} else if k := e + 2 + boolInt(p.key(e+2, kCurrent) || p.key(e+2, kFull)); p.is(e, "of") && p.key(e+1, kThe) && p.fiscalAt(k) && p.is(k+1, "year") && hasBase && !p.ref.Narrative {
			y, e = p.fiscalNow(i, base), k+2 // "the second half of the (current) fiscal year"
		} else if p.is(e, "of") && p.key(e+1, kThat) && p.is(e+2, "year") && p.hasAnc && p.anchor.y != noYear {
			y, e = p.anchor.y, e+3 // "the fourth quarter of that year"
		} else if p.is(e, "of") && p.centuryAt(e+1) {
			return false // "the first half of the 20th century": the century's
		} else if nx := p.t(e + 2); g == gHalf && p.is(e, "of") && (p.key(e+1, kThe) || p.isAny(e+1, "its", "their", "his", "her")) && nx.kind == tWord && !nx.cap && (nx.lx.cls == cNone || nx.lx.cls == cHoliday) && !p.isAny(e+2, "season", "campaign", "term", "session", "decade", "century", "millennium") {
			return false // "the first half of the new tax bills", "of the match": a half of a thing
		}
	} else if yy, ee, ok := p.yearAt(e); ok && !hyph {
		y, rel, e = yy, false, ee
	} else if yy, ok := p.pairedYear(e); ok {
		y, rel = yy, false // "results for the fourth quarter and fiscal year 2025": that year's quarter
	}
	if v := i - 1 - boolInt(p.key(i-1, kThe)); y == noYear && g == gHalf && (p.isAny(v, "covered", "ran", "run", "walked", "raced", "jogged", "swam", "cycled") || p.is(v, "of") && p.isAny(v-1, "much", "most") && p.isAny(v-2, "covered", "ran", "run", "walked", "raced", "jogged", "swam", "cycled")) {
		return false // "walked much of the second half", "covered the second half in 62:08": a race's half
	}
	if y == noYear && (p.gameReport() || p.playScored(i)) {
		return false // "led by 10 points in the third quarter"
	}
	var before point
	restated := false
	if p.punct(i-1, ',') {
		before, restated = p.quarterBefore(i - 1)
	}
	var pt point
	switch {
	case y != noYear && q == 0 && statedYear != 0 && g == gQuarter:
		// "the 1988 quarter": that year's quarter the text is about.
		c, ok := p.quarterContext(i)
		if !ok {
			return false
		}
		pt = point{y: y, n: c.n, g: g}
	case y != noYear:
		pt = point{y: y, n: max(q, 1), g: g}
	case q > 0 && hasBase && g == gQuarter && !calendar && p.lastQFiscal && p.lastQTok > 0 && i-p.lastQTok < quarterReach:
		// In a report on "the third quarter of fiscal 2024", "the fourth
		// quarter" is that fiscal year's, whatever the calendar says.
		c := p.lastQ
		y = c.y
		if tense := p.tense(i); q < c.n && tense > 0 {
			y++
		} else if q > c.n && tense < 0 {
			y--
		}
		pt = point{y: y, n: q, g: g}
		fiscalYear = true
	case q > 0 && hasBase && !calendar && !p.ref.Narrative && p.fyText():
		// A text that labels periods by fiscal year ("H1FY26") means its
		// "the second half" in the current fiscal year too.
		pt = point{y: p.fiscalNow(i, base), n: q, g: g}
		fiscalYear = true
	case q > 0 && hasBase && restated:
		// "the year-ago quarter, the second quarter ended Oct. 31": the same
		// quarter told again, in that year.
		pt = point{y: before.y, n: q, g: g}
	case q == 1 && g == gQuarter && hasBase && !calendar && !p.ref.Narrative && base.Month() >= time.April && !p.aprilYear() && p.fiscalAhead(base.Year()):
		// In a report that speaks of "fiscal 2027" in October 2026, "the
		// fiscal first quarter" is that fiscal year's: the first quarter of
		// a fiscal year already running, or of the next. A later quarter
		// may still be the last fiscal year's ("the fiscal fourth quarter").
		pt = point{y: base.Year() + 1, n: q, g: g}
		fiscalYear = true
	case q > 0 && hasBase && g == gQuarter && p.quarterEnd(e) != noYear:
		// "the fiscal fourth quarter, the three months ended Feb. 28": the
		// quarter as numbered, in the year it ended; numbered by a fiscal
		// year when the calendar's quarter of its end is another ("the
		// fiscal fourth quarter ended June 30").
		pt = point{y: p.quarterEnd(e), n: q, g: g}
		fiscalYear = fiscalYear || !p.punct(e, ',') && (p.endMonth-1)/3+1 != q
	case q > 0 && hasBase:
		y = cur.y
		if q > cur.n && (p.tense(i) < 0 || p.tense(i) == 0 && (g != gQuarter || p.quarterGone(base, q))) && !p.outlookFor(i) {
			// In January, "the third quarter" has just ended; in June "the
			// third quarter" no verb places is the one ahead, nearer than
			// last year's.
			y--
		} else if q == cur.n && g == gQuarter && int(base.Month())%3 != 0 && p.tense(i) < 0 && p.verbAt > 0 && !p.presentPerfect(p.verbAt-1) && !p.isAny(e, "so", "to", "ended", "ending", "ends", "through") && !(p.punct(e, ',') && (p.isAny(e+1, "ended", "ending", "which") || p.key(e+1, kThe))) && !p.cls(i, cMonth) && !p.cls(i+1, cMonth) && !p.textHas(&p.earnings, "a share", "per share", "earnings", "net income") && p.yearInSentence(i, y-1) && !p.outlookFor(i) {
			// "Growth in calendar 2024 was 0.1% after output shrank in the
			// first quarter", told in February: a quarter not yet over
			// cannot have done so; last year's, told in the sentence. Not
			// in a company's results, where "the fourth quarter" reported
			// in November is a fiscal year's just ended.
			y--
		} else if prep := p.prepBefore(i); q < cur.n && g == gQuarter && !p.ref.Narrative && (p.isAny(prep, "through", "until", "till", "in", "by") || p.is(prep, "of") && p.isAny(prep-1, "end", "close", "start", "middle")) && !p.punct(e, '-') && !p.attributiveAt(e) && p.tense(i) > 0 && !p.textHas(&p.earnings, "a share", "per share", "earnings", "net income") {
			// "agreed on Sunday to keep its output cuts in place through the
			// end of the first quarter", told in November: next year's.
			y++
		}
		pt = point{y: y, n: q, g: g}
	case q > 0:
		pt = point{y: noYear, n: q, g: g}
	case which == 1:
		pt = cur
		if q, ok := p.fiscalCurrent(i); ok && g == gQuarter {
			pt, fiscalYear = q, true
		}
	default:
		// "the quarter": the one the text is about, else the last one
		// reported.
		if c, ok := p.quarterContext(i); ok && g == gQuarter && !latest {
			pt, fiscalYear = c, p.lastQFiscal
		} else if q, ok := p.quarterEndsOn(e, base); ok && hasBase && g == gQuarter && !p.fyText() {
			pt = q // "days before the quarter ends on March 31": the quarter that date ends
		} else if hasBase {
			pt = shift(base, u, -1)
		} else {
			pt = cur
		}
	}
	if which == -1 && pt.y != noYear {
		pt.y--
	}
	if which == 0 && pt.y != noYear && (p.key(e, kA) || p.is(e, "one")) && p.is(e+1, "year") && (p.key(e+2, kAgo) || p.key(e+2, kEarlier)) {
		pt.y-- // "the quarter a year ago"
		e += 3
		which = -1
	}
	m := match{end: e, typ: Date, value: pt.String(), rel: rel, fiscal: fiscalYear}
	if (g == gQuarter || g == gHalf) && pt.y != noYear && which != -1 {
		m.pt, m.hasPt = pt, true
	}
	*out = m
	return true
}

// yearInSentence reports that the sentence of token i told year y before
// i, as an expression of that year.
func (p *parser) yearInSentence(i, y int) bool {
	k := i - 1
	for ; k > 0 && k > i-60 && !p.sentenceEnd(k-1) && !p.t(k).nl; k-- {
	}
	from := int(p.t(k).start)
	want := pad(y, 4)
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= from; n-- {
		if v := p.out[n].Value; len(v) == 4 && v == want && p.out[n].Type == Date {
			return true
		}
	}
	return false
}

// quarterGone reports that quarter q of the year before base ended nearer
// base than q of base's year begins.
func (p *parser) quarterGone(base time.Time, q int) bool {
	end := time.Date(base.Year()-1, time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC)
	start := time.Date(base.Year(), time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
	return base.Sub(end) <= start.Sub(base)
}

// fiscalCurrent returns the quarter "the current quarter" or "this
// quarter" at i names in a report on a quarter labeled by a fiscal year
// that runs ahead of the calendar: after results for "the fiscal first
// quarter" of fiscal 2027, "the quarter ended Sept. 30", reported in
// October 2026, the fiscal year's second.
func (p *parser) fiscalCurrent(i int) (point, bool) {
	c, ok := p.quarterContext(i)
	if !ok || !p.lastQFiscal || c != p.fqEnded || !p.hasDCT || c.y <= p.dct.Year() || p.tense(i) < 0 {
		return point{}, false
	}
	return point{y: c.y + c.n/4, n: c.n%4 + 1, g: gQuarter}, true
}

// quarterEnd returns the year of the day a quarter told before token e
// ended, when an apposition at e restates it by its months: ", the three
// months ended Feb. 28"; noYear if none does.
//
// A quarter the end day follows directly ("the fiscal fourth quarter ended
// June 30") is in the year most of its months fall in: "the fourth quarter
// ended Jan. 31" is the year before's.
func (p *parser) quarterEnd(e int) int {
	k := e
	restated := p.punct(k, ',') && p.key(k+1, kThe) && p.is(k+3, "months") && (p.is(k+2, "three") || p.t(k+2).kind == tNum && p.t(k+2).num == 3 && !p.t(k+2).sep)
	if restated {
		k += 4
	}
	if !p.isAny(k, "ended", "ending") || p.nested {
		return noYear
	}
	var m match
	p.nested = true
	ok := (ruleMonthDay(p, k+1, &m) || ruleDayMonth(p, k+1, &m)) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear
	p.nested = false
	if !ok {
		return noYear
	}
	p.endMonth = m.pt.m
	if !restated && m.pt.m == 1 {
		return m.pt.y - 1
	}
	return m.pt.y
}

// ruleFiscal: "the fiscal year", "the current fiscal year", "fiscal year
// 1990", "the latest fiscal year", "year-end".
func ruleFiscal(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	dir := 0
	switch {
	case p.key(j, kLatest) || p.key(j, kLast) || p.key(j, kPrevious):
		dir = -1
		j++
	case p.key(j, kCurrent) || p.key(j, kThis) || (p.key(j, kFull) || p.is(j, "whole")) && j > i && p.key(j+1, kFiscal):
		j++ // "the full fiscal"
	case p.key(j, kNext) || p.key(j, kComing) || p.is(j, "new") && j > i && p.fiscalAt(j+1) && p.is(j+2, "year"):
		dir = 1 // "The new fiscal year begins Oct. 1"
		j++
	}
	base, ok := p.base()
	if p.is(j, "year") && (p.punct(j+1, '-') && p.adj(j+1) && p.is(j+2, "end") || p.is(j+1, "end")) && j == i {
		e := j + 2 + boolInt(p.punct(j+1, '-'))
		if !ok || !p.isAny(i-1, "by", "since", "at", "before", "after", "until", "till", "through", "from", "to", "around", "near", "toward", "towards", "in") {
			// Only a time something is done by or counted from: "complete
			// the sale by year-end"; not "its year-end payout", "when
			// year-end net was", "changed its year-end".
			return false
		}
		*out = match{end: e, typ: Date, value: pad(base.Year(), 4), mod: "END", rel: true}
		return true
	}
	if j == i && p.is(j, "year") && p.punct(j+1, '-') && p.adj(j+1) && p.is(j+2, "to") && p.punct(j+3, '-') && p.is(j+4, "date") && ok {
		// "up 1.8% year-to-date": this year so far.
		*out = match{end: j + 5, typ: Date, value: pad(base.Year(), 4), rel: true}
		return true
	}
	if j == i && p.is(j, "year") && p.is(j+1, "to") && p.is(j+2, "date") && !p.key(j-1, kThe) && !p.determiner(j-1) && ok && !p.ref.Narrative {
		// "is up 5.9% year to date"
		*out = match{end: j + 3, typ: Date, value: pad(base.Year(), 4), rel: true}
		return true
	}
	if j == i && p.punct(j+1, '\'') && p.is(j+2, "s") && p.is(j+3, "end") && (p.is(j, "year") || p.is(j, "month")) {
		if !ok {
			return false
		}
		// "by year's end", "at month's end"
		g := gYear
		if p.is(j, "month") {
			g = gMonth
		}
		*out = match{end: j + 4, typ: Date, value: at(base, g).String(), mod: "END", rel: true}
		return true
	}
	if p.key(j, kFiscal) && j > i && (j > i+1 || !p.key(i, kThe)) && ok && !p.is(j+1, "year") && !fiscalNoun(p.word(j+1)) && p.t(j+1).kind != tNum {
		// "the current fiscal", "the last fiscal", "last fiscal": the fiscal
		// year as a noun.
		*out = match{end: j + 1, typ: Date, value: pad(p.fiscalNow(i, base)+dir, 4), rel: true}
		return true
	}
	if !p.fiscalAt(j) || !p.is(j+1, "year") || p.t(j+1).lx.plural {
		return false
	}
	e := j + 2
	if y, ye, yok := p.yearAt(e); yok {
		*out = match{end: ye, typ: Date, value: pad(y, 4)}
		return true
	}
	if !ok || i == j && dir == 0 {
		return false // "fiscal year" alone is a unit, not a date
	}
	if j == i+1 && p.is(e, "ending") && p.cls(e+1, cMonth) && p.t(e+1).cap {
		// "the fiscal year ending March 2028": the year that ends then,
		// named by its end.
		k := p.skipDot(e + 2)
		if n := p.t(k); n.kind == tNum && n.ndig <= 2 {
			k++
			if p.punct(k, ',') {
				k++
			}
		}
		if y, _, ok := p.yearAt(k); ok {
			*out = match{end: e, typ: Date, value: pad(y, 4)}
			return true
		}
	}
	if j == i+1 && p.yearSpan(i, e) {
		*out = match{end: e, typ: Duration, value: "P1Y", rel: true} // "the fiscal year ended June 30"
		return true
	}
	if y, ok := p.yearEnding(e); ok && dir == 0 {
		// "the financial year that ends on June 30": the year of its end.
		*out = match{end: e, typ: Date, value: pad(y, 4), rel: true}
		return true
	}
	*out = match{end: e, typ: Date, value: pad(p.fiscalNow(i, base)+dir, 4), rel: true}
	return true
}

// yearEnding reads "that ends on June 30" (or "that begins July 1") at k,
// after a fiscal year, and returns the year it ends in, which names it.
func (p *parser) yearEnding(k int) (int, bool) {
	begins := p.isAny(k+1, "begins", "began", "starts", "started", "opens")
	if !p.isAny(k, "that", "which") || !begins && !p.isAny(k+1, "ends", "ended", "closes", "closed") {
		return 0, false
	}
	j := k + 2
	if p.isAny(j, "on", "in") {
		j++
	}
	if !p.cls(j, cMonth) || !p.t(j).cap {
		return 0, false
	}
	d := 0
	if n := p.t(j + 1); n.kind == tNum && n.ndig <= 2 {
		d = n.number()
	}
	y, ok := p.guessYear(j, p.t(j).lx.val(), d)
	if begins && p.t(j).lx.val() > 1 {
		y++ // "the fiscal year that begins July 1" ends, and is named, a year on
	}
	return y, ok && y != noYear
}

// fiscalNow returns the year that names the current fiscal year: the
// calendar year, or the fiscal year of the quarter an earnings report is
// about when its name runs ahead ("Q2FY24" reported in October 2023).
func (p *parser) fiscalNow(i int, base time.Time) int {
	y := base.Year()
	if e, ok := p.yearJustEnded(); ok && p.tense(i) <= 0 {
		// "profit for the financial year to June 30 ..., after margins held
		// up in the second half", told in August: the halves of the year
		// just ended, named by the year it ended in.
		return e.Year()
	}
	if c, ok := p.quarterContext(i); ok && c.y > y {
		y = c.y
	} else if base.Month() >= time.April && p.aprilYear() {
		// An Indian or British "financial year" runs from April and is named
		// by the year it ends in: in August 2019 the current one is 2019-20.
		y++
	}
	return y
}

// yearJustEnded returns the last day of a financial year told as ended in
// the four months before the reference: "for the financial year to June
// 30", "in the fiscal year ended March 31".
func (p *parser) yearJustEnded() (time.Time, bool) {
	if !p.hasDCT || p.ref.Narrative {
		return time.Time{}, false
	}
	for _, x := range p.out {
		v := x.Value
		if x.Type != Date || len(v) != 10 || v[4] != '-' || x.Start < 9 {
			continue
		}
		pre := p.text[max(0, x.Start-12):x.Start]
		if !strings.HasSuffix(pre, "year to ") && !strings.HasSuffix(pre, "year ended ") && !strings.HasSuffix(pre, "year ending ") {
			continue
		}
		d, err := time.Parse("2006-01-02", v)
		if err == nil && !d.After(p.dct) && p.dct.Sub(d) <= 120*24*time.Hour {
			return d, true
		}
	}
	return time.Time{}, false
}

// fiscalAt reports "fiscal" at j, or "financial" before "year".
func (p *parser) fiscalAt(j int) bool {
	return p.key(j, kFiscal) || p.is(j, "financial") && p.is(j+1, "year")
}

// aprilYear reports a text whose fiscal years run from April: it speaks of
// the "financial year" or counts money in crore and lakh.
func (p *parser) aprilYear() bool {
	return p.textHas(&p.april, "financial year", "crore", "lakh", "Rs ", "₹")
}

// centuryAt reports a century or a decade at k: "the 20th century", "the
// '80s".
func (p *parser) centuryAt(k int) bool {
	if p.nested {
		return false
	}
	if p.key(k, kThe) && p.is(k+1, "decade") {
		return true // "the second half of the decade": not a half of this year
	}
	var m match
	p.nested = true
	ok := p.best(k, &m)
	if !ok && p.key(k, kThe) {
		ok = p.best(k+1, &m) // "the '80s"
	}
	p.nested = false
	return ok && m.typ == Date && len(m.value) <= 3 && m.value[0] >= '0' && m.value[0] <= '9'
}

// gameWords are words only a match report uses.
var gameWords = []string{"halftime", "half-time", "touchdown", "quarterback", "field goal", "kickoff",
	"kick-off", "goalkeeper", "three-pointer", "free throw", "penalty kick", "stoppage time", "injury time", "power play"}

// gameReport reports whether the text reports a match: its quarters and halves
// are periods of play, not of the year.
func (p *parser) gameReport() bool {
	if p.game == 0 && (strings.IndexByte(p.text, '$') >= 0 || strings.IndexByte(p.text, '%') >= 0) {
		// Money and percentages: business news, whose quarters are the
		// year's (and one pass each instead of one per game word).
		p.game = 1
	}
	return p.textHas(&p.game, gameWords...)
}

// fiscalNoun reports a noun that "fiscal" qualifies: "the current fiscal
// policy" is no fiscal year.
func fiscalNoun(w string) bool {
	switch w {
	case "policy", "policies", "deficit", "deficits", "stimulus", "plan", "plans", "position", "situation",
		"rules", "rule", "discipline", "cliff", "package", "measures", "tightening", "space", "consolidation",
		"framework", "target", "targets", "outlook", "health", "crisis", "budget", "years", "quarter", "quarters",
		"half", "period", "month", "months", "stance", "pressure", "pressures", "gap", "responsibility":
		return true
	}
	return false
}

// halfByQuarters reports "first two quarters of" or "last two quarters of"
// at j: a half of the year told in quarters.
func (p *parser) halfByQuarters(j int) bool {
	first := p.cls(j, cOrd) && p.t(j).lx.val() == 1
	return (first || p.key(j, kLast) || p.is(j, "final")) && p.is(j+1, "two") && p.is(j+2, "quarters") && p.is(j+3, "of")
}

// yearBack reads "last year", "a year ago", "a year earlier", "of the
// previous year" at k and returns the token after it.
func (p *parser) yearBack(k int) (int, bool) {
	if p.is(k, "of") || p.is(k, "in") {
		k++
	}
	switch {
	case p.key(k, kLast) && p.is(k+1, "year"):
		return k + 2, true
	case (p.key(k, kA) || p.is(k, "one")) && p.is(k+1, "year") && (p.key(k+2, kAgo) || p.key(k+2, kEarlier)):
		return k + 3, true
	case p.key(k, kThe) && (p.key(k+1, kPrevious) || p.is(k+1, "prior")) && p.is(k+2, "year"):
		return k + 3, true
	}
	return 0, false
}

// outlookFor reports a quarter at i that a forward-looking noun asks for:
// "forward bookings for the third quarter", "guidance for the fourth
// quarter": the quarter ahead, not the last one of that name.
func (p *parser) outlookFor(i int) bool {
	if p.is(i-1, "through") && p.isAny(i-2, "booked", "sold", "covered") {
		return true // "orders for its chips were booked through the third quarter"
	}
	if !p.is(i-1, "for") {
		return false
	}
	switch p.word(i - 2) {
	case "bookings", "guidance", "outlook", "forecast", "forecasts", "projections", "expectations", "target", "targets", "estimates", "orders", "plans":
		return true
	}
	return false
}

// pairedYear reads the year named after a period and "and" at e: "the
// fourth quarter and fiscal year 2025", "fourth quarter and full year
// 2025", "the quarter and fiscal 2025".
func (p *parser) pairedYear(e int) (int, bool) {
	if !p.is(e, "and") {
		return 0, false
	}
	k := e + 1
	for n := 0; n < 4 && (p.key(k, kFull) || p.key(k, kFiscal) || p.is(k, "calendar") || p.is(k, "year") && !p.t(k).lx.plural || p.punct(k, '-') && p.adj(k)); n++ {
		k++
	}
	if k == e+1 {
		return 0, false
	}
	if y, _, ok := p.yearAt(k); ok {
		return y, true
	}
	return 0, false
}

// playScored reports a quarter or half at i that a score told just before
// it in its sentence makes a period of play, in a text whose money hides
// that it reports a match: "scored 14 of his 31 points in the fourth
// quarter".
func (p *parser) playScored(i int) bool {
	for j := i - 1; j >= 0 && j > i-12 && !p.sentenceEnd(j); j-- {
		t := p.t(j)
		if t.kind != tWord || t.cap || t.end-t.start < 5 {
			continue
		}
		switch t.c {
		case 's', 't', 'r', 'a', 'q', 'b', 'g':
			if p.isAny(j, "scored", "scoring", "touchdown", "touchdowns", "rebounds", "assists", "quarterback", "turnovers", "baskets", "goals") {
				return true
			}
		}
	}
	return false
}

// quarterEndsOn reads "ends on March 31" after a bare quarter ending
// before token e: the calendar quarter that ends on that day, in the year
// nearest base.
func (p *parser) quarterEndsOn(e int, base time.Time) (point, bool) {
	if !p.isAny(e, "ends", "ending", "closes", "ended", "closed") {
		return point{}, false
	}
	k := e + 1
	if p.is(k, "on") {
		k++
	}
	m, next, ok := p.monthAt(k)
	if !ok {
		return point{}, false
	}
	d, _, ok := p.dayAt(next)
	if !ok || m%3 != 0 || d < 28 {
		return point{}, false
	}
	y := base.Year()
	end := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if diff := end.Sub(base).Hours() / 24; diff > 183 {
		y--
	} else if diff < -183 {
		y++
	}
	return point{y: y, n: m / 3, g: gQuarter}, true
}

// moonNear reports the moon named within a few words before token i, or a
// list of its phases: "the moon, just past first quarter", "Full moon: Dec.
// 23\nLast quarter: Dec. 30".
func (p *parser) moonNear(i int) bool {
	for k := i - 1; k >= 0 && k > i-12; k-- {
		if p.is(k, "moon") || p.is(k, "moons") {
			return true
		}
	}
	return false
}
