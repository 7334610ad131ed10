package temporal

import (
	"math"
	"strings"
	"time"
)

// Rules for explicitly stated calendar dates: "March 15, 1998", "15 July",
// "March 2011", "in August".

// monthAt reports a month name at token i and the token after it (with the
// abbreviation's period).
func (p *parser) monthAt(i int) (m, next int, ok bool) {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cMonth || !t.cap {
		return 0, i, false
	}
	if t.lx.val() == 3 && p.is(i-1, "long") && p.t(i-1).cap {
		return 0, i, false // China's "Long March 5B" rocket
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

func validDay(y, m, d int) bool {
	if y == noYear {
		y = 2000 // leap year: allow February 29
	}
	return d >= 1 && d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// guessYear picks the year of an underspecified month (and day) near the
// reference: past tense looks back, future looks ahead, otherwise nearest.
func (p *parser) guessYear(i, m, d int) (int, bool) {
	y, ok := p.guessYear1(i, m, d)
	if ok && y != noYear && !validDay(y, m, max(d, 1)) {
		y = p.leapYear(i, y)
	}
	return y, ok
}

// leapYear picks for a February 29 at token i, guessed in year y, the leap
// year nearest the reference that the tense allows.
func (p *parser) leapYear(i, y int) int {
	base, ok := p.base()
	if !ok {
		return y
	}
	tense := 0
	if !p.ref.Narrative {
		tense = p.tense(i)
	}
	best, bestD := y, math.MaxFloat64
	for c := y - 4; c <= y+4; c++ {
		if !validDay(c, 2, 29) {
			continue
		}
		days := time.Date(c, 2, 29, 0, 0, 0, 0, time.UTC).Sub(base).Hours() / 24
		if tense < 0 && days > 0 || tense > 0 && days < 0 {
			continue
		}
		if math.Abs(days) < bestD {
			best, bestD = c, math.Abs(days)
		}
	}
	return best
}

func (p *parser) guessYear1(i, m, d int) (int, bool) {
	if d != 0 && !p.ref.Narrative && p.hasDCT && p.inDateline(i) {
		// "NEW YORK, Oct 19 (Reuters) -": the day of the report, the one
		// nearest the reference, whatever the headline named.
		y := p.dct.Year()
		if diff := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(p.dct).Hours() / 24; diff > 183 {
			y--
		} else if diff < -183 {
			y++
		}
		return y, true
	}
	if !p.ref.Narrative && p.habitualDate(i) {
		return noYear, true // "usually begins in mid-October": any year's
	}
	if d == 0 && p.is(i-1, "from") && p.is(i+1, "to") && p.key(i+2, kNext) && p.hasDCT && !p.ref.Narrative {
		// "Tidewater sequel moved from December to next summer": a plan
		// moved on from a month still ahead.
		y := p.dct.Year()
		if m < int(p.dct.Month()) {
			y++
		}
		return y, true
	}
	if y, ok := p.possessiveYear(i, m, d); ok {
		return y, true // "next year's race would be held on Sept. 26"
	}
	if p.possEnd > 0 && p.possEnd <= i && i-p.possEnd <= 40 && !p.ref.Narrative && p.sameSentence(p.possEnd, i) && !p.punctBetween(p.possEnd, i, ';') && !p.punctBetween(p.possEnd, i, '"') &&
		!(p.hasDCT && p.possY == p.dct.Year() && time.Date(p.possY, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).After(p.dct) && p.verbAfterPast(p.possEnd+2, i)) {
		// "Last year's session opened on Jan. 31 and ran until April 6,
		// with a recess from Feb. 14 to March 12": the sentence is about
		// the year that opens it.
		return p.possY, true
	}
	if n := len(p.out); n > 0 && !p.ref.Narrative && (p.lastEnd == i-2 && p.punct(i-2, ',') && p.isAny(i-1, "on", "in") || p.lastEnd == i-1 && p.punct(i-1, ',') ||
		p.lastEnd == i-5 && p.punct(i-5, ',') && p.is(i-4, "on") && p.key(i-3, kThe) && p.cls(i-2, cPart) && p.is(i-1, "of")) && len(p.out[n-1].Value) == 4 && p.out[n-1].Type == Date {
		if y := atoiYear(p.out[n-1].Value); y != noYear {
			return y, true // "Easter falls late next year, on 16 April", "until 2029, on the night of June 25"
		}
	}
	if d != 0 && p.dayEnd > 0 && p.dayEnd <= i && i-p.dayEnd <= 20 && p.hasDCT && !p.ref.Narrative && p.day.y != noYear && p.day.g == gDay && m >= p.day.m && m-p.day.m <= 2 && p.day.y != p.dct.Year() && p.day.time().Sub(p.dct) > 60*24*time.Hour && p.sameSentence(p.dayEnd-1, i) && !p.lineBetween(p.dayEnd, i) {
		// "opens on Monday 24 April [2028], the half-term falls in the week
		// beginning 29 May": the year of the day ahead just told.
		return p.day.y, true
	}
	if a := p.anchor; d == 0 && p.hasAnc && p.hasDCT && !p.ref.Narrative && (a.g == gDay || a.g == gMonth) && a.y != noYear && p.dct.Year()-a.y >= 2 && m > a.m && p.is(i-1, "in") && p.opensSentence(i-1) && p.punct(i+1, ',') && p.withinSentence(p.ancEnd, i) && p.tense(i) < 0 {
		// "... declared contained on Sept. 18 [2018]. In November, the Camp
		// Fire destroyed the town": the story goes on in its year.
		return a.y, true
	}
	if y, ok := p.pastSpanYear(i, m, d); ok {
		return y, true // "set the fires between June 9 and Aug. 30, 2024. ... on July 27"
	}
	if y, ok := p.listMonthYear(i, m); ok && d == 0 {
		return y, true // "in February, April, June and late September"
	}
	if y, ok := p.yearJustTold(i); ok {
		return y, true // "the sixth launch this year, after missions in February"
	}
	if y, ok := p.pastSeasonYear(i, m); ok && d == 0 {
		return y, true // "We lived in a trailer that summer [1977] and cooked on a stove until September"
	}
	if y, ok := p.yearRuns(i); ok {
		return y, true // "The 2024 season, which runs from June 1 to Nov. 30"
	}
	if a := p.anchor; d == 0 && !p.ref.Narrative && p.hasAnc && p.hasDCT && a.g == gMonth && a.y != noYear && p.dct.Year()-a.y >= 2 && p.ancEnd <= i && i-p.ancEnd <= 20 && p.sameSentence(p.ancEnd-1, i) && p.t(p.ancEnd-1).kind == tNum && p.cls(i, cMonth) && p.key(i-1, kThe) && (p.monthModifies(i+1) || p.isAny(i+1, "election", "elections", "vote", "poll", "polls")) {
		// "He took office in November 2015, about two weeks after his party
		// won a majority in the October election": the month of an event,
		// near one told with its year long past in the same sentence, is
		// of that year.
		switch gap := m - a.m; {
		case gap >= -3 && gap <= 3:
			return a.y, true
		case gap >= 9:
			return a.y - 1, true
		case gap <= -9:
			return a.y + 1, true
		}
	}
	if y, ok := p.pastSentenceYear(i, m); ok {
		return y, true // "adjourned the hearing in February 2024 until May 13"
	}
	if l := p.last; !p.ref.Narrative && p.hasDCT && p.lastEnd > 0 && p.lastEnd <= i && i-p.lastEnd <= 25 && l.g == gMonth && l.y != noYear && p.dct.Year()-l.y >= 2 && m > l.m && p.sameSentence(p.lastEnd-1, i) && p.isAny(p.prepBefore(i), "until", "till", "through", "into") && p.tense(i) < 0 {
		// "By that August, 200 families were living in caravans, and the
		// road stayed shut until late September": a later month the
		// sentence runs on to is of the month's year long past.
		return l.y, true
	}
	if l := p.last; !p.ref.Narrative && p.lastEnd > 0 && p.lastEnd <= i && i-p.lastEnd <= 10 && l.g == gMonth && l.y != noYear && m <= l.m && l.m-m <= 2 && p.sameSentence(p.lastEnd-1, i) && p.isBetween(p.lastEnd, i, "including") {
		// "sold 9.8 trillion yen in April and May 2024, including 5.92
		// trillion yen on April 29": a day of the span just told.
		return l.y, true
	}
	if y, ok := p.fiscalBound(i, m); ok {
		return y, true // "The government's fiscal 2027 ends on Sept. 30"
	}
	if d != 0 && p.dayEnd > 0 && i-p.dayEnd <= 4 && p.day.y != noYear && p.day.g == gDay && p.day.m == m && p.day.d == d && p.restates(p.dayEnd, i) {
		// The day just told, restated: "Carnival Tuesday, 17 February",
		// "next year Carnival Tuesday is 9 February".
		return p.day.y, true
	}
	if l := p.last; d == 0 && p.lastEnd == i-1 && l.g == gMonth && l.y != noYear && p.cls(p.lastEnd-1, cMonth) && (p.punct(i-1, '-') && p.adj(i-1) && p.adj(i) || p.isAny(i-1, "to", "through")) && !p.ref.Narrative {
		// The end of a range of months takes its start's year: "the
		// four-month June-September season", "from October to March".
		if m < l.m {
			return l.y + 1, true
		}
		return l.y, true
	}
	if d != 0 && p.dayEnd == i-1 && p.day.y != noYear && p.day.g == gDay && (p.rangeLink(i-1) && !p.is(i-1, "or") || p.isAny(i-1, "until", "till")) {
		// The end of a range takes its start's year: "ran from January 14
		// to February 22", "from 28 December until 3 January".
		if m < p.day.m || m == p.day.m && d < p.day.d {
			return p.day.y + 1, true
		}
		return p.day.y, true
	}
	if d != 0 && !p.ref.Narrative && p.dayEnd > 0 && p.dayEnd < i && i-p.dayEnd <= 8 && p.day.y != noYear && p.day.g == gDay && p.sameSentence(p.dayEnd-1, i) && p.isBetween(p.dayEnd, i, "and") && p.listRun(p.dayEnd-1, i) {
		// A day listed after another: "go back on 31 October and
		// America's on 7 November", in the first one's year, or the next.
		if m < p.day.m {
			return p.day.y + 1, true
		}
		return p.day.y, true
	}
	if y, ok := p.seasonYear(i, m, d); ok {
		return y, true // "That spring, meeting in Venice on 29 and 30 May, ..."
	}
	if a := p.anchor; d != 0 && !p.ref.Narrative && p.hasAnc && p.hasDCT && a.g == gMonth && a.m == m && a.y != noYear && a.time().After(p.dct) && a.time().Sub(p.dct) < 366*24*time.Hour && i-p.ancEnd <= storyReach && p.withinSentence(p.ancEnd, i) && !p.lineBetween(p.ancEnd, i) && !p.periodEnd(i) {
		// "will host the next summit in November. Officials gave the dates
		// as Nov. 20 and 21": days of the month ahead just told; not of
		// "the next full vote is due in May 2030", years away.
		return a.y, true
	}
	if a := p.anchor; d != 0 && !p.ref.Narrative && p.hasAnc && p.hasDCT && a.g == gMonth && a.m == m && a.y != noYear && p.dct.Year()-a.y >= 2 && p.t(p.ancEnd).kind == tPunct && i-p.ancEnd <= 40 && p.withinSentences(p.ancEnd-1, i, 2) && p.tense(i) < 0 {
		// A day of the month of a past year just told: "boiling water for
		// five days in July of that year. That notice was lifted on July 23".
		return a.y, true
	}
	if d != 0 && p.hasAnc && !p.ref.Narrative && p.hasDCT && (p.anchor.g == gDay && p.anchor.m == m || p.hasPrevDay && p.prevDay.m == m) {
		if a, ok := p.dayAnchor(i); ok && a.y != noYear && a.m == m && d > a.d && d-a.d <= 14 && p.dct.Sub(a.time()) > 200*24*time.Hour && (p.withinSentences(p.ancEnd-1, i, 3) || p.clockEnd > p.ancEnd && p.withinSentences(p.clockEnd-1, i, 2)) && p.tense(i) < 0 {
			// "on the night of Oct. 19, 2025 ... Police arrested two of the
			// men within 48 hours, on Oct. 21": a later day of the month of
			// the story's day, told in the past, is of its year.
			return a.y, true
		}
	}
	if d != 0 && !p.ref.Narrative {
		// News names a day again without its year; history revisits
		// the same day of other years ("June 22, 1941" ... "June 22" of 1944).
		if y, ok := p.clauseYear(i); ok {
			return y, true // "in 2020 smoke kept one in force from Sept. 8 to 19"
		}
		if y, ok := p.toldYear(m, d); ok && !p.inDateline(i) && !(p.hasDCT && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(p.dct) && (p.tense(i) > 0 || p.nextInSentence(i))) {
			if sy, ok := p.datedStory(i, m, d); ok && y == p.dct.Year() {
				// The day of the dateline, named again in a story decades
				// old: "ran until early March 1957. The ministers met on the
				// morning of 25 March".
				return sy, true
			}
			return y, true // unless it is told as ahead: "Next decisions: April 30; June 11"
		}
		if y, ok := p.storyYear(i, m, d); ok {
			return y, true
		}
	}
	if d == 0 && !p.ref.Narrative && p.cls(i, cMonth) && p.determiner(i-1) && p.monthModifies(i+1) {
		if y, ok := p.toldMonth(i, m); ok {
			return y, true // "at their June 16-17 meeting ... the record of the June debate"
		}
	}
	if d == 0 && !p.ref.Narrative && p.hasDCT && p.cls(i, cMonth) && (p.futuresMonth(i+1) || p.is(i-1, "for") && p.isAny(i-2, "futures", "contract", "contracts", "delivery") && (p.is(i-2, "delivery") || p.commodity(i-3) || p.commodity(i-4))) {
		// ... and so is the month of "Brent crude futures for August".
		// "the March corn contract", "Corn for December delivery": a
		// contract month is the next one.
		y := p.dct.Year()
		if m < int(p.dct.Month()) {
			y++
		}
		return y, true
	}
	if d == 0 && !p.ref.Narrative {
		if y, ok := p.clauseYear(i); ok && p.plainYear() && !p.clauseBreak(p.ancEnd, i) {
			return y, true // "In 1972 he released it in April"
		}
		if y, ok := p.datedStory(i, m, 0); ok && p.dated.g == gDay && !p.saidInSentence(i) && !p.since(i) && !p.key(p.datedStart-1, kThe) && !p.inRelative(p.datedStart) {
			// "came ashore on 27 April 1912 ... A Board of Trade inquiry
			// opened in Cardiff in June": a month of a story decades old,
			// told after its day.
			return y, true
		}
		if a := p.anchor; p.hasAnc && (a.g == gDay || a.g == gMonth) && p.ancEnd <= i && p.sameSentence(p.ancEnd-1, i) && !(p.relativeBefore(p.ancStart) && p.punct(p.ancEnd, ',') && p.tenseOf(p.ancEnd+1, false) != 0) && !p.is(p.ancStart-1, "since") && !(p.key(p.ancStart-1, kThe) && p.is(p.ancStart-2, "since")) && !p.punct(i+1, '\'') && !p.isAny(p.prepBefore(i), "until", "till") {
			// "Cherbourg fell on June 26, 1944, but Caen held out into
			// July": a month of a story long past, in the sentence of its
			// day; not after a day that starts a span ("Since the October 7
			// attack") or ends a relative clause ("The ECB, which raised
			// rates from July 2022, left them at its October meeting"), nor
			// before "until".
			if y, ok := p.storyYear(i, m, 0); ok {
				return y, true
			}
		}
	}
	if d == 0 && p.is(i-1, "into") && p.hasDCT && !p.ref.Narrative && m > int(p.dct.Month()) && m-int(p.dct.Month()) <= 3 && !p.isAny(i+1, "of", "last", "next", "this") && p.t(i+1).kind != tNum && p.tense(i) < 0 &&
		(p.isAny(i-2, "delays", "disruption", "disruptions", "shortages", "queues", "backlogs", "closures") || p.t(i-2).kind == tWord && !p.t(i-2).cap && strings.HasSuffix(p.word(i-2), "ing") && !p.isAny(i-2, "being", "during", "bring", "thing", "spring", "morning", "evening")) {
		// "freight firms warning of delays into October" in September,
		// "a strike lasting into November": a span that runs on from now
		// into the months just ahead, though told in the past; not "demand
		// may have been pulled into October".
		return p.dct.Year(), true
	}
	return p.nearYear(i, m, d)
}

// possessiveYear returns the year of "this year's", "next year's" or
// "2019's" told just before token i in its clause, whose event the date
// at i dates: "at this year's celebration, on 15 August".
func (p *parser) possessiveYear(i, m, d int) (int, bool) {
	n := len(p.out)
	if n == 0 || p.ref.Narrative || p.lastEnd == 0 || i-p.lastEnd > 14 || !p.punct(p.lastEnd, '\'') || !p.is(p.lastEnd+1, "s") {
		return noYear, false
	}
	v := p.out[n-1].Value
	if l := p.last; len(v) == 7 && l.g == gSeason && l.y != noYear && p.out[n-1].Type == Date && p.sameSentence(p.lastEnd, i) && !p.clauseBreak(p.lastEnd, i) && !p.ref.Narrative {
		// "This winter's scheme runs from 1 November to 31 March": the
		// days nearest that season.
		mid := time.Date(l.y, time.Month(3*l.n+1), 15, 0, 0, 0, 0, time.UTC) // April, July, October, January
		best, bestD := noYear, time.Duration(0)
		for y := l.y - 1; y <= l.y+1; y++ {
			gap := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).Sub(mid).Abs()
			if best == noYear || gap < bestD {
				best, bestD = y, gap
			}
		}
		return best, true
	}
	if len(v) != 4 || p.out[n-1].Type != Date || !p.sameSentence(p.lastEnd, i) || p.clauseBreak(p.lastEnd, i) {
		return noYear, false
	}
	for k := p.lastEnd + 2; k < i; k++ {
		if p.punct(k, ';') || p.punct(k, '"') || p.is(k, "since") && k > p.lastEnd+2 {
			return noYear, false // ... nor "ahead of last year's pace since Ramadan began on Feb. 8"
		}
	}
	if p.deadlineFor(i, atoiYear(v)) {
		return noYear, false
	}
	y := atoiYear(v)
	if y != noYear && p.hasDCT && y == p.dct.Year() && time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).After(p.dct) && p.verbAfterPast(p.lastEnd+2, i) {
		// "This year's rates were announced in November": what was done
		// for this year was done before it, and November is still ahead.
		return noYear, false
	}
	return y, y != noYear
}

// verbAfterPast reports a verb of the past among tokens a to i-1: the
// clause's own, after a possessive.
func (p *parser) verbAfterPast(a, i int) bool {
	for k := a; k < i; k++ {
		if v := p.tenseOf(k, false); v != 0 {
			return v < 0
		}
	}
	return false
}

// deadlineFor reports a day at i told as a deadline ("by", "before") for
// the year ahead y named just before: "must file their bids for next
// year's coverage by June 2" comes before that year.
func (p *parser) deadlineFor(i, y int) bool {
	return p.is(p.lastStart-1, "for") && p.isAny(p.prepBefore(i), "by", "before") && p.hasDCT && y > p.dct.Year()
}

// yearJustTold returns the year of "this year", "last year" or "next
// year" told a few words before token i in its clause, with no verb
// between: "the sixth launch this year, after missions in February".
func (p *parser) yearJustTold(i int) (int, bool) {
	n := len(p.out)
	if n == 0 || p.ref.Narrative || p.lastEnd == 0 || p.lastEnd > i || i-p.lastEnd > 6 || p.lastEnd-p.lastStart != 2 || !p.is(p.lastStart+1, "year") || !(p.key(p.lastStart, kThis) || p.key(p.lastStart, kLast) || p.key(p.lastStart, kNext)) {
		return noYear, false
	}
	// "Last year the curve flattened in mid-August": a year that opens
	// the sentence dates its clause, verb and all.
	fronted := i-p.lastEnd <= 12 && (p.opensSentence(p.lastStart) || p.punct(p.lastStart-1, '"') && p.opensSentence(p.lastStart-1)) && !(p.punct(p.lastEnd, '\'') && p.is(p.lastEnd+1, "s")) // not "This year's rates
	for k := p.lastEnd; k <= i; k++ {
		if p.t(k).nl || k < i && (p.sentenceEnd(k) || p.punct(k, ';') || p.punct(k, '"') || p.t(k).kind == tWord && (!fronted && p.tenseOf(k, false) != 0 || p.isAny(k, "and", "but", "when", "while", "which", "that") || !fronted && p.isAny(k, "is", "are"))) {
			return noYear, false
		}
	}
	y := atoiYear(p.out[n-1].Value)
	if p.deadlineFor(i, y) {
		return noYear, false
	}
	return y, y != noYear
}

// pastSeasonYear returns the year of "that" season of a story years gone,
// told just before the month m at i in its sentence, when m falls after
// the season's start: "We lived in a borrowed trailer that summer [1977] and
// cooked on a camp stove until September".
func (p *parser) pastSeasonYear(i, m int) (int, bool) {
	l := p.last
	if p.ref.Narrative || !p.hasDCT || p.lastEnd == 0 || p.lastEnd > i || i-p.lastEnd > 14 || l.y == noYear || p.dct.Year()-l.y < 1 || !p.sameSentence(p.lastEnd-1, i) || l.g != gSeason {
		return noYear, false
	}
	start := [...]int{0, 3, 6, 9, 12}[min(max(l.n, 0), 4)]
	if start == 0 || m < start || p.tense(i) > 0 {
		return noYear, false
	}
	if p.key(p.lastStart, kThat) && p.dct.Year()-l.y >= 2 {
		return l.y, true // "that summer", the story's own season; not "the following spring"
	}
	if n := len(p.out); n > 0 && !p.out[n-1].Relative && m <= start+2 && p.tense(i) < 0 {
		return l.y, true // "In the spring of 2025 drivers staged walkouts in April and May": months of the season told with its year
	}
	return noYear, false
}

// yearRuns returns the year of a period told just before token i whose
// relative clause gives its span: "The 2024 season, which runs from June 1
// to Nov. 30", or tells what it did: "The 2003 heat, which peaked in early
// August".
func (p *parser) yearRuns(i int) (int, bool) {
	l := p.last
	if p.ref.Narrative || p.lastEnd == 0 || l.g != gYear || l.y == noYear || len(p.out) == 0 || p.out[len(p.out)-1].Relative || i-p.lastEnd > 8 || !p.sameSentence(p.lastEnd-1, i) {
		return noYear, false
	}
	k := p.lastEnd
	if p.t(k).kind == tWord && p.t(k).lx.cls == cNone && !p.isAny(k, "which", "that") {
		k++ // "the 2024 [season], which"
	}
	if p.punct(k, ',') {
		k++
	}
	if !p.isAny(k, "which", "that") {
		return noYear, false
	}
	if p.isAny(k+1, "runs", "ran", "run", "lasts", "lasted", "stretches", "stretched", "spans", "spanned") && p.isAny(k+2, "from", "between") && k+3 == i {
		return l.y, true
	}
	// "The 2003 heat, which peaked in early August": what a year long
	// past did, told in its relative clause.
	j := k + 3
	if p.key(j, kEarly) || p.key(j, kLate) || p.key(j, kMid) {
		j++
	}
	if p.hasDCT && p.dct.Year()-l.y >= 2 && p.tenseOf(k+1, false) < 0 && p.isAny(k+2, "in", "on", "during", "until", "through") && j == i {
		return l.y, true
	}
	return noYear, false
}

// pastSpanYear returns the year of a span of days told in the past a few
// sentences before token i ("between June 9 and Aug. 30, 2024") when day
// d of month m falls within it: the story of that span.
func (p *parser) pastSpanYear(i, m, d int) (int, bool) {
	if d == 0 || p.spanEnd == 0 || p.spanEnd > i || i-p.spanEnd > 90 || p.ref.Narrative || !p.hasDCT || p.dct.Sub(p.spanHi) < 60*24*time.Hour || !p.withinSentences(p.spanEnd-1, i, 3) || p.tense(i) >= 0 {
		return noYear, false
	}
	for y := p.spanLo.Year(); y <= p.spanHi.Year(); y++ {
		if !validDay(y, m, d) {
			continue
		}
		if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); !t.Before(p.spanLo) && !t.After(p.spanHi) {
			return y, true
		}
	}
	return noYear, false
}

// listMonthYear returns, for a month at token i that goes on a list of
// months ("in February, April, June and late September"), the year of
// the month before it, when it comes later in that year.
func (p *parser) listMonthYear(i, m int) (int, bool) {
	n := len(p.out)
	if n == 0 || p.ref.Narrative || p.lastEnd == 0 || p.lastEnd > i {
		return noYear, false
	}
	k := p.lastEnd
	if !(k == i-1 && (p.punct(k, ',') || p.isAny(k, "and", "or")) || k == i-2 && p.punct(k, ',') && p.isAny(k+1, "and", "or") || (p.key(i-1, kLate) || p.key(i-1, kEarly)) && k == i-2 && (p.punct(k, ',') || p.isAny(k, "and", "or"))) {
		return noYear, false
	}
	v := p.out[n-1].Value
	if len(v) != 7 || v[4] != '-' || v[5] < '0' || v[5] > '1' {
		return noYear, false
	}
	pm := int(v[5]-'0')*10 + int(v[6]-'0')
	y := atoiYear(v[:4])
	if y == noYear || m <= pm {
		return noYear, false
	}
	return y, true
}

// pastSentenceYear returns, for the end of a span ("until May 13") at
// token i, the year of a month or day told earlier in its sentence, years
// before the reference, when the sentence goes on in the past: "adjourned
// the hearing in February 2024 until May 13".
func (p *parser) pastSentenceYear(i, m int) (int, bool) {
	a := p.anchor
	if p.ref.Narrative || !p.hasAnc || !p.hasDCT || a.y == noYear || p.dct.Year()-a.y < 1 || i-p.ancEnd > 25 || p.ancEnd > i {
		return noYear, false
	}
	if a.g != gMonth && a.g != gDay || !p.isAny(i-1, "until", "till", "through") {
		return noYear, false
	}
	if !p.sameSentence(p.ancEnd, i) || !p.plainYear() || p.clauseBreak(p.ancEnd, i) || p.tense(i) >= 0 {
		return noYear, false
	}
	for k := p.ancEnd; k < i; k++ {
		if p.punct(k, '"') || p.punct(k, ';') || p.t(k).kind == tNum && p.t(k).ndig == 4 {
			return noYear, false
		}
	}
	y := a.y
	if m < a.m {
		y++ // "in November 2023 until March"
	}
	return y, true
}

// fiscalBound returns the year of a day that ends or begins the fiscal
// year told just before it: "fiscal 2027 ends on Sept. 30" (in 2027),
// "fiscal 2027 began on Oct. 1" (in 2026).
func (p *parser) fiscalBound(i, m int) (int, bool) {
	n := len(p.out)
	if n == 0 || p.ref.Narrative || p.lastEnd == 0 || i-p.lastEnd > 6 || !p.key(p.lastStart, kFiscal) && !p.key(p.lastStart+1, kFiscal) {
		return noYear, false
	}
	v := p.out[n-1].Value
	y := noYear
	if len(v) == 4 {
		y = atoiYear(v)
	}
	if y == noYear {
		return noYear, false
	}
	k := p.lastEnd
	if p.punct(k, ',') && p.isAny(k+1, "which", "that") {
		k += 2 // "fiscal 2027, which began on Oct. 1"
	}
	if i-k > 4 {
		return noYear, false
	}
	// A year that ends in the first quarter is named by the year it
	// starts in (Japan's, a retailer's: "fiscal 2026, which ends on Feb.
	// 28" of 2027); later ends name it by the end (the U.S. government's
	// "fiscal 2027 ends on Sept. 30", "began on Oct. 1" of 2026).
	// The tense settles it when only one of the two readings agrees with
	// it: "fiscal 2027 ended on Jan. 31", told in February 2027.
	pick := func(def, alt int, past bool) (int, bool) {
		if !p.hasDCT || def == alt {
			return def, true
		}
		at := func(y int) bool { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Before(p.dct) }
		if at(def) != past && at(alt) == past {
			return alt, true
		}
		return def, true
	}
	switch {
	case p.isAny(k, "ends", "ended", "ending", "end", "closes", "closed"):
		past := p.isAny(k, "ended", "closed")
		if m <= 3 {
			return pick(y+1, y, past)
		}
		return pick(y, y+1, past)
	case p.isAny(k, "begins", "began", "beginning", "begin", "starts", "started", "starting", "opened", "opens"):
		past := p.isAny(k, "began", "started", "opened")
		if m > 4 {
			return pick(y-1, y, past)
		}
		return pick(y, y-1, past)
	}
	return noYear, false
}

// futuresMonth reports a contract's words after a month ending before
// token k: "[March] corn contract", "[December] delivery", "[May] futures".
func (p *parser) futuresMonth(k int) bool {
	if p.commodity(k) && (p.isAny(k+1, "futures", "contract", "contracts") || p.priceMove(k+1)) && !p.isAny(k-2, "in", "since", "by", "during", "until", "till", "before", "after", "from", "through", "of", "on", "last", "this", "next", "early", "late", "mid") {
		return true // "December arabica rose 1.6%", "January robusta fell $18"
	}
	return p.nounWithin(k, 3, "contract", "contracts", "futures", "delivery", "loading", "shipment")
}

// commodity reports a raw material traded in futures at k: "arabica",
// "cocoa", "Brent".
func (p *parser) commodity(k int) bool {
	return p.isAny(k, "arabica", "robusta", "coffee", "cocoa", "sugar", "wheat", "corn", "soybeans", "soybean", "soymeal", "soyoil", "cotton", "crude", "gold", "silver", "copper", "platinum", "palladium", "cattle", "hogs", "oats", "canola", "rapeseed", "brent", "wti") && (!p.t(k).cap || p.isAny(k, "brent", "wti"))
}

// priceMove reports a verb telling how a price moved or closed at k: "rose",
// "settled".
func (p *parser) priceMove(k int) bool {
	return p.isAny(k, "rose", "fell", "gained", "lost", "settled", "closed", "ended", "slipped", "climbed", "eased", "added", "dropped", "jumped", "slid", "rallied", "firmed", "edged", "traded", "was", "were", "rises", "falls", "gains")
}

// inDateline reports a date at i in a story's dateline, "NEW YORK, Oct 19
// (Reuters) -": the day of the report, whatever day of another year the
// headline named.
func (p *parser) inDateline(i int) bool {
	k := i - 1
	if !p.punct(k, ',') {
		return false
	}
	for k--; k >= 0 && k >= i-10 && (p.t(k).kind == tWord && (p.isUpper(k) || p.t(k).cap && p.punct(k+1, ',')) || p.punct(k, ',') && p.t(k-1).kind == tWord || p.punct(k, '-') && p.adj(k) && p.adj(k+1)); k-- {
		// "COLLEVILLE-SUR-MER, France, June 6 (AFP)": a region or a
		// country after the city in capitals.
		if (p.t(k).nl || k == 0) && p.isUpper(k) {
			e := i + 1
			for e < i+4 && p.t(e).kind != tPunct {
				e++
			}
			return p.punct(e, '(') || p.punct(e, '-')
		}
	}
	return false
}

// opensFront reports a year at k that opens its sentence, or ends the
// adverbial clause or phrase that does: "When Labour last came to power,
// in 1997, Tony Blair's first Queen's Speech was delivered on 14 May", "In
// the last general election, in 2019, the schedule was announced on March
// 10".
func (p *parser) opensFront(k int) bool {
	if p.opensSentence(k) {
		return true
	}
	if !p.is(k-1, "in") || !p.punct(k-2, ',') {
		return false
	}
	for s := k - 3; s >= 0 && s > k-14; s-- {
		if p.t(s).kind == tPunct && !p.punct(s, '\'') {
			return false
		}
		if s == 0 || p.t(s).nl || p.sentenceEnd(s-1) {
			return p.isAny(s, "when", "after", "before", "as", "once", "while", "in", "at", "during")
		}
	}
	return false
}

// lineBetween reports a line break between tokens a and i: another
// paragraph.
func (p *parser) lineBetween(a, i int) bool {
	for k := a; k <= i; k++ {
		if p.t(k).nl {
			return true
		}
	}
	return false
}

// seasonYear returns the year of day d (0 for the month alone) of month
// m at token i, told in or after the sentence of a season of a year long
// past: "In April 1956 the report was done. That spring, meeting in
// Venice on 29 and 30 May, the ministers took it up".
func (p *parser) seasonYear(i, m, d int) (int, bool) {
	s := p.last
	if p.ref.Narrative || !p.hasDCT || s.g != gSeason || s.y == noYear || p.dct.Year()-s.y < 2 || p.lastEnd == 0 || i-p.lastEnd > 40 {
		return 0, false
	}
	same := p.sameSentence(p.lastStart, i)
	if !same && (p.key(p.lastStart, kLast) || p.key(p.lastStart, kThis) || p.key(p.lastStart, kNext)) {
		// "against £5.60 for gas last winter. My supplier's statement for
		// January, which arrived this week": a season told from now does
		// not carry its year to the next sentence's months.
		return 0, false
	}
	if !same && !(p.withinSentence(p.lastStart, i) && p.tense(i) < 0) {
		// "That summer, the Mendocino Complex burned 459,123 acres. It
		// ignited on July 27": the next sentence of its story too.
		return 0, false
	}
	if d == 0 {
		// A month, only the sentence after a season with its year: "The
		// worst season was the summer of 2022. After a winter with little
		// snow, dust darkened the ice in March".
		// A season whose year the context gave holds its own months: "In
		// the 2019 dispute, they planned walkouts over the summer. Strikes
		// set for late July and August were called off".
		if same || len(p.out) == 0 || p.out[len(p.out)-1].Relative && seasonOf(m) != s.n {
			return 0, false
		}
	} else if same && i-p.lastEnd > 25 || seasonOf(m) != s.n {
		return 0, false
	}
	if s.n == sWinter && m <= 2 {
		return s.y + 1, true // a winter is named by its December
	}
	return s.y, true
}

// seasonOf returns the northern season month m falls in.
func seasonOf(m int) int {
	switch m {
	case 3, 4, 5:
		return sSpring
	case 6, 7, 8:
		return sSummer
	case 9, 10, 11:
		return sFall
	}
	return sWinter
}

// datedStory places a day told without its year in a story decades old
// told over a paragraph: "The following weekend, millions crossed. ...
// Within weeks, the Brandenburg Gate reopened on 22 December": the days go
// forward from the last date told.
func (p *parser) datedStory(i, m, d int) (int, bool) {
	s := p.dated
	if !p.hasDCT || p.datedEnd == 0 || s.y == noYear || s.g > gMonth || p.dct.Year()-s.y < 10 || i-p.datedEnd > 3*storyReach ||
		!p.withinToldSentences(p.datedEnd, i, 3) || p.tense(i) >= 0 || p.ref.Narrative || p.hasAnc && p.ancEnd > p.datedEnd {
		return 0, false
	}
	y := s.y
	if time.Date(s.y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).Before(s.time().AddDate(0, 0, -90)) {
		y++ // "By Christmas ... A public inquiry opened in January": the next year's
	}
	if p.lineBetween(p.datedEnd, i) && time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).Before(s.time()) {
		// A story goes forward; a new paragraph that goes back is another:
		// "... switched it in December 2003.\n\nThe committee held rates
		// on 5 November".
		return 0, false
	}
	if s.g == gMonth && p.sameSentence(p.datedEnd-1, i) {
		// A month carries its year to the sentences after it ("ran until
		// early March 1957. The ministers met on 25 March"), not within its
		// own, where it may be a clause's aside ("Bashir, who seized power
		// in June 1989, was removed on 11 April").
		return 0, false
	}
	return y, true
}

// numberedDay reads the numbered day of a match or a journey at i (ordinal at
// j) whose date the text gives beside it: "going into tomorrow's fourth
// day", "Tuesday's fifth day", "decided on the fifth day, Monday".
func (p *parser) numberedDay(i, j int, out *match) bool {
	if p.ref.Narrative || p.nested {
		return false
	}
	e := j + 2
	if j == i && p.punct(i-2, '\'') && p.is(i-1, "s") && p.lastEnd == i-2 && p.last.g == gDay && p.last.y != noYear {
		*out = match{end: e, typ: Date, value: p.last.String(), pt: p.last, hasPt: true, rel: true}
		return true
	}
	if j == i+1 && p.punct(e, ',') && p.cls(e+1, cWeekday) && p.t(e+1).cap && !p.t(e+1).lx.plural {
		var m match
		p.nested = true
		ok := ruleWeekday(p, e+1, &m) && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear
		p.nested = false
		if ok {
			*out = match{end: e, typ: Date, value: m.pt.String(), pt: m.pt, hasPt: true, rel: true}
			return true
		}
	}
	return false
}

// withinToldSentences is withinSentences for a story told: what a witness
// says in quotation marks between its sentences does not move it on.
func (p *parser) withinToldSentences(k, i, n int) bool {
	ends, quoted := 0, false
	for j := k; j < i; j++ {
		if p.punct(j, '"') {
			quoted = !quoted
		} else if !quoted && p.sentenceEnd(j) {
			if ends++; ends > n {
				return false
			}
		}
	}
	return true
}

// monthOf reports a month at k, or "of" and a month: the day before it is
// that month's.
func (p *parser) monthOf(k int) bool {
	if p.is(k, "of") {
		k++
	}
	_, _, ok := p.monthAt(k)
	return ok
}

// monthDay returns day d told alone ("on the sixth") at token i: of the
// month of the last day told, if that lies within two months before the
// reference, else of the reference's month; a day past the reference's
// told in the past is the month before's, and one before it told ahead
// the month after's.
func (p *parser) monthDay(i, d int) (point, bool) {
	y, m := p.dct.Year(), int(p.dct.Month())
	if p.dayEnd > 0 && p.day.y != noYear && p.day.g == gDay {
		if ago := p.dct.Sub(p.day.time()).Hours() / 24; ago >= 0 && ago <= 62 {
			y, m = p.day.y, p.day.m
		}
	}
	if y == p.dct.Year() && m == int(p.dct.Month()) {
		switch tense := p.tense(i); {
		case tense < 0 && d > p.dct.Day():
			m--
		case tense > 0 && d < p.dct.Day():
			m++
		}
		if m == 0 {
			y, m = y-1, 12
		} else if m == 13 {
			y, m = y+1, 1
		}
	}
	if !validDay(y, m, d) {
		return point{}, false
	}
	return point{y: y, m: m, d: d, g: gDay}, true
}

// restates reports that the words from k to i join a day told to a date
// that names it again: ", ", "is", "will fall on", "falls on".
func (p *parser) restates(k, i int) bool {
	if p.punct(k, ',') && k+1 == i {
		return true
	}
	for j := k; j < i; j++ {
		if !p.isAny(j, "is", "was", "falls", "fell", "fall", "will", "on", "be") {
			return false
		}
	}
	return i > k
}

// storyLink reports an expression from token s to e that carries a story
// on from the date told: "the following days", "two days later", "the next
// morning".
func (p *parser) storyLink(s, e int) bool {
	for k := s; k < e; k++ {
		if p.key(k, kFollowing) || p.key(k, kLater) || p.isAny(k, "next", "afterwards", "afterward", "after") {
			return true
		}
	}
	return false
}

// insideAppositive reports a phrase starting at token k that lies inside a
// participle's aside set off by a comma: "Devereaux, taken 14th overall in
// the 2019 draft, averaged 24.1 points in December". The verb after the
// aside is the sentence's, not a participle of the thing of that year.
func (p *parser) insideAppositive(k int) bool {
	for j := k - 1; j >= 0 && j > k-10 && !p.sentenceEnd(j); j-- {
		if p.punct(j, ',') {
			return p.participle(j+1) || p.isAny(j+1, "taken", "chosen", "born", "known", "given", "written", "built", "made", "held", "seen", "drawn", "sold", "won", "beaten", "brought", "bought", "run", "begun", "grown", "shown")
		}
	}
	return false
}

// lastInYear reports that the expression told last names no year, or year
// y: "an hour later", counted from a clock time of this year, carries no
// story of 1992 on.
func (p *parser) lastInYear(y int) bool {
	n := len(p.out)
	if n == 0 {
		return true
	}
	v := p.out[n-1].Value
	if len(v) < 4 {
		return true
	}
	if ly := atoiYear(v[:4]); ly != noYear {
		return ly == y
	}
	return true
}

// sinceBegan reports a year at k that dates the start of a measure
// ("since records began in 1940", "since it opened in 1962"), a clause of
// its own, whose year is not that of the sentence's other dates.
func (p *parser) sinceBegan(k int) bool {
	if !p.is(k-1, "in") || !p.isAny(k-2, "began", "begun", "started", "opened", "launched", "arrived") {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-6; j-- {
		if p.is(j, "since") {
			return true
		}
		if p.t(j).kind == tPunct {
			return false
		}
	}
	return false
}

// storyYear places a day told without its year right after a full date years
// before the reference, as an explainer tells history inside news: "the Shah
// left on Jan 16, 1979, and Khomeini returned on Feb 1". The day goes
// forward from the date told, as narrative does.
func (p *parser) storyYear(i, m, d int) (int, bool) {
	if y, ok := p.clauseYear(i); ok {
		return y, true
	}
	if y, ok := p.datedStory(i, m, d); ok {
		return y, true
	}
	a := p.anchor
	if p.hasAnc && a.g == gYear && d != 0 && p.t(p.ancEnd-1).kind == tNum && p.t(p.ancEnd-1).ndig == 4 && p.hasDCT && !p.ref.Narrative && p.dct.Year()-a.y >= 30 && i-p.ancEnd <= storyReach && !p.sameSentence(p.ancEnd-1, i) && p.withinSentence(p.ancEnd, i) && p.tense(i) < 0 && !p.pastPerfect(i) {
		// "... made by Captain Matthew Webb in 1875. Webb set off from
		// Dover at 12.56pm on 24 August": the next sentence of a story of
		// a year long past goes on in that year.
		return a.y, true
	}
	// The sentence before may carry the story on: "... on June 6, 1944 ...
	// The following days brought little relief. Cherbourg fell on June 26".
	linked := p.hasAnc && p.lastEnd > p.ancEnd && i-p.lastEnd <= storyReach && p.withinSentence(p.lastEnd, i) && p.storyLink(p.lastStart, p.lastEnd) && p.lastInYear(a.y)
	if !p.hasAnc || a.g != gDay && a.g != gMonth && a.g != gSeason || i-p.ancEnd > storyReach && !linked || !p.hasDCT || p.dct.Year()-a.y < 2 && !(a.g == gMonth && p.dct.Year() > a.y) || p.tense(i) >= 0 {
		return 0, false // only a story told in the past
	}
	if !p.withinSentence(p.ancEnd, i) && !linked {
		return 0, false // more than one sentence away
	}
	if a.g == gSeason {
		// "By the summer of 1944, food was scarce. On Bastille Day,
		// thousands defied a ban": the day of that year; a winter's January
		// and February are of the year after its December.
		if a.n == sWinter && m <= 2 {
			return a.y + 1, true
		}
		return a.y, true
	}
	at := time.Date(a.y, time.Month(a.m), max(a.d, 1), 0, 0, 0, 0, time.UTC)
	here := time.Date(a.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if a.g == gMonth {
		// A month told ("unveiled it in March 2011, weeks after ..., and laid
		// the stone on April 2") carries its year only to a day soon after it
		// in the same sentence, told as the next step of the story.
		after := false
		for k := p.ancEnd; k < i; k++ {
			if p.sentenceEnd(k) && (a.m != m || !p.opensSentence(p.ancStart)) {
				// Only the same month, opening its sentence, is told on in
				// the next: "In December 2022, Moscow hosted the talks. The
				// meeting on Dec. 28 led to ...".
				return 0, false
			}
			after = after || p.is(k, "after")
		}
		// Or to a day told as what came before it: "approved in December
		// 1979, weeks after students stormed the embassy on Nov 4".
		if diff := here.Sub(at).Hours() / 24; diff < 0 && !(after && diff >= -92) || diff > 92 && !(d == 0 && p.yearToldBefore(a.y)) || p.pastPerfect(i) {
			// ... but a later month of a year the sentence told is of it:
			// "began in 2024 with the Riedbahn, which was closed from that
			// July and reopened in mid-December".
			return 0, false
		}
		return a.y, true
	}
	if diff := here.Sub(at).Hours() / 24; diff < -90 {
		return a.y + 1, true
	}
	return a.y, true
}

// pastActivityThrough reports "through" at k after a past verb of an
// activity that ran its course, a few words before in the clause: "We ran
// wards on agency staff through January", "the strike lasted through
// March"; not "voted to keep the government funded through December".
func (p *parser) pastActivityThrough(k int) bool {
	if !p.is(k, "through") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if p.t(j).kind == tPunct || p.is(j, "to") {
			return false
		}
		if p.isAny(j, "ran", "lasted", "continued", "stayed", "remained", "persisted", "struggled", "worked", "played") {
			return true
		}
	}
	return false
}

// yearToldBefore reports the year y told as a number earlier in the
// sentence of the anchor, within forty tokens.
func (p *parser) yearToldBefore(y int) bool {
	for k := p.ancStart - 1; k >= 0 && k > p.ancStart-40 && !p.sentenceEnd(k); k-- {
		if t := p.t(k); t.kind == tNum && t.ndig == 4 && !t.sep && t.number() == y {
			return true
		}
	}
	return false
}

// clauseYear returns the year of a month or day told in the clause of a
// year long past, told just before it.
func (p *parser) clauseYear(i int) (int, bool) {
	a := p.anchor
	if p.hasAnc && a.g == gYear && p.sinceBegan(p.ancStart) {
		return 0, false // "its hottest day since records began in 1940 on July 22"
	}
	if p.hasAnc && a.y != noYear && a.g >= gMonth && a.g <= gYear && p.hasDCT && p.dct.Year() > a.y && p.punct(p.ancEnd, ',') && p.isAny(p.ancEnd+1, "after", "following") && i-p.ancEnd <= 8 && p.sameSentence(p.ancEnd, i) && !p.ref.Narrative {
		// "The best chapters are set in the autumn of 2016, after the
		// referendum of 23 June": what a time gone came after is of its
		// year.
		return a.y, true
	}
	if p.hasAnc && a.g == gMonth && a.y != noYear && p.hasDCT && p.dct.Year() > a.y && p.punct(p.ancEnd, ',') && p.is(p.ancEnd+1, "when") && i-p.ancEnd <= 15 && p.sameSentence(p.ancEnd, i) && !p.ref.Narrative {
		// "The closures recall September 2020, when smoke from the Labor
		// Day fires gave Portland the worst air": the month's year.
		return a.y, true
	}
	if n := p.t(p.ancEnd); p.hasAnc && a.g == gMonth && a.y != noYear && p.hasDCT && p.dct.Year()-a.y >= 2 && n.kind == tWord && !n.cap && n.lx.cls == cNone && p.punct(p.ancEnd+1, ',') && p.isAny(p.ancEnd+2, "which", "when") && i-p.ancEnd <= 20 && p.sameSentence(p.ancEnd, i) && !p.ref.Narrative && p.tense(i) < 0 {
		// "the April 2021 frost, which followed a warm spell in late
		// March": the clause about that month's event is of its year.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && a.y > p.dct.Year() && a.y-p.dct.Year() <= 10 && p.isAny(p.ancStart-1, "in", "by") && i-p.ancEnd <= 12 && p.sameSentence(p.ancEnd, i) && p.clauseRun(p.ancEnd, i) && !p.ref.Narrative && p.tense(i) >= 0 {
		// "the next one in 2029 comes on the evening of June 25": a day in
		// the clause of a year ahead is of that year.
		return a.y, true
	}
	if y, ok := p.frontYear(i); ok && p.hasDCT && y > p.dct.Year() && y-p.dct.Year() <= 10 {
		// "In 2026, early closes are set for Nov. 27 and Christmas Eve": a
		// year ahead that opens the sentence dates its clause.
		return y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && (p.dct.Year()-a.y >= 2 || a.y == p.dct.Year()+1 && p.key(p.ancStart, kNext) || a.y == p.dct.Year()-1 && p.key(p.ancStart, kLast)) && p.punct(p.ancEnd, ',') && p.is(p.ancEnd+1, "when") && i-p.ancEnd <= 30 && p.sameSentence(p.ancEnd, i) && !p.ref.Narrative && !p.punctBetween(p.ancEnd+1, i, ';') && !p.isBetween(p.ancEnd+1, i, "before") && !p.isBetween(p.ancEnd+1, i, "so") {
		// "except in 2020, when the pandemic moved it to Dec. 3": the
		// clause about a year long past is of that year, whatever a move
		// ahead its verb tells.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year()-a.y >= 2 && i-p.ancEnd <= 60 && !p.ref.Narrative {
		// "... the collapse of the San Jose mine in 2010, when 33 men were
		// trapped. That collapse came on Aug. 5": the sentence that points
		// back with "That" tells of the year just told.
		if p.thatOpens(i, 16) && !p.sameSentence(p.ancEnd-1, i) && p.withinSentences(p.ancEnd-1, i, 2) && p.tense(i) < 0 {
			return a.y, true
		}
		// "The 2013 conclave, called after Benedict XVI resigned, lasted
		// just over 24 hours. It opened on the afternoon of March 12": the
		// pronoun that opens the next sentence is the thing of that year.
		if p.key(p.ancStart-1, kThe) && p.opensSentence(p.ancStart-1) && p.t(p.ancEnd).kind == tWord && !p.t(p.ancEnd).cap && p.t(p.ancEnd).lx.cls == cNone &&
			p.pronounOpens(i, 16) && !p.sameSentence(p.ancEnd-1, i) && p.withinSentence(p.ancEnd, i) && p.tense(i) < 0 {
			return a.y, true
		}
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year() > a.y && (i-p.ancEnd <= 15 || i-p.ancEnd <= 25 && p.opensFront(p.ancStart) && p.punct(p.ancEnd, ',') || i-p.ancEnd <= 30 && p.punct(p.ancEnd, ',') && p.is(p.ancEnd+1, "when")) && p.sameSentence(p.ancEnd, i) && (p.tense(i) < 0 || p.tense(i) == 0 && (p.dct.Year()-a.y >= 2 && p.opensFront(p.ancStart) && p.punct(p.ancEnd, ',') || p.punct(p.ancEnd, ',') && p.is(p.ancEnd+1, "when") || p.dct.Year()-a.y >= 2 && p.punct(p.ancEnd+1, ',') && p.is(p.ancEnd+2, "when"))) &&
		(p.punct(p.ancEnd, ',') && (p.is(p.ancEnd+1, "when") || p.opensFront(p.ancStart) || p.is(p.ancEnd+1, "on") && i == p.ancEnd+2) || p.punct(p.ancEnd, '\'') && p.is(p.ancEnd+1, "s") && !p.isBetween(p.ancEnd+2, i, "since") ||
			(p.key(p.ancStart-1, kThe) || p.punct(p.ancStart-2, '\'') && p.is(p.ancStart-1, "s")) && p.t(p.ancEnd).kind == tWord && !p.t(p.ancEnd).cap && p.punct(p.ancEnd+1, ',') && p.is(p.ancEnd+2, "when")) {
		// "Britain last saw totality in 1999, when the shadow crossed
		// Cornwall on the morning of 11 August", "In 2019, the firm opened
		// on May 3", "Last year's rush, which ran from January 14", "the
		// 1962 precedent, when deputies brought down Pompidou in the early
		// hours of October 5", "took effect the following year, on 1
		// January": the day of the year told.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year()-a.y >= 10 && i-p.ancEnd <= 25 && p.is(p.ancStart-1, "of") && p.t(p.ancStart-2).cap && p.punct(p.ancEnd, ',') && p.is(p.ancEnd+1, "which") && p.sameSentence(p.ancEnd, i) && p.tense(i) < 0 && !p.ref.Narrative {
		// "the Blizzard of 1996, which dropped 30.7 inches over two days
		// before it ended on the afternoon of Jan. 8": the named event's
		// year.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year()-a.y >= 2 && i-p.ancEnd <= 30 && p.is(p.ancStart-2, "in") && p.key(p.ancStart-1, kThe) && p.opensSentence(p.ancStart-2) &&
		p.t(p.ancEnd).kind == tWord && p.t(p.ancEnd).lx.cls == cNone && !p.t(p.ancEnd).cap && (p.punct(p.ancEnd+1, ',') || p.isAny(p.ancEnd+1, "that", "which") || p.t(p.ancEnd+1).kind == tWord && p.t(p.ancEnd+1).lx.cls == cNone && !p.t(p.ancEnd+1).cap && p.isAny(p.ancEnd+2, "that", "which")) && p.sameSentence(p.ancEnd, i) && p.tense(i) <= 0 {
		// ... and "In the 1945 air raid that burned the nave roof on the
		// night of 14 March"
		// "In the 2019 dispute, the drivers planned walkouts over the
		// summer", "In the 2022 midterms, Warnock beat Walker in a runoff
		// on Dec. 6": the sentence a past year's event opens is of that
		// year, unless it looks ahead.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && i-p.ancEnd <= 20 && p.opensSentence(p.ancStart) && p.is(p.ancStart, "this") == (a.y == p.dct.Year()) && p.tense(i) >= 0 && p.clauseRun(p.ancEnd, i) {
		// "This year Britain's clocks go back on 31 October", "Next year
		// the Games open on July 24": the year that opens the sentence.
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && i-p.ancEnd <= 25 && (p.dct.Year()-a.y >= 2 && p.is(p.ancStart-1, "in") || p.dct.Year()-a.y >= 1 && (p.opensSentence(p.ancStart) || p.is(p.ancStart-1, "of") && p.key(p.ancStart-3, kThe) && p.opensSentence(p.ancStart-3))) && p.tense(i) < 0 && p.clauseRun(p.ancEnd, i) {
		// "In 1972 he released it in April", "The fire of 2022 began on the
		// night of 15 April", "moved to Paris in 1988 and
		// opened a bistro in May", "A year earlier the monsoon arrived on
		// May 24": a month or day in the clause of a past year is that
		// year's; not across a comma ("The firm, founded in
		// 1998, reported a loss in April").
		return a.y, true
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year()-a.y >= 1 && (i-p.ancEnd <= 6 || i-p.ancEnd <= 10 && p.dct.Year()-a.y >= 10) && p.key(p.ancStart-1, kThe) && p.opensSentence(p.ancStart-1) &&
		p.t(p.ancEnd).kind == tWord && p.t(p.ancEnd).lx.cls == cNone && !p.t(p.ancEnd).cap && p.tense(i) < 0 && p.clauseRun(p.ancEnd, i) {
		return a.y, true // "The 2022 ban began on 23 August"
	}
	if p.hasAnc && a.g == gYear && p.hasDCT && p.dct.Year()-a.y >= 2 && i-p.ancEnd <= 30 && p.determiner(p.ancStart-1) &&
		p.t(p.ancEnd).kind == tWord && p.t(p.ancEnd).lx.cls == cNone && !p.t(p.ancEnd).cap && p.punct(p.ancEnd+1, ',') {
		if p.isAny(p.ancEnd+2, "on", "in") && i == p.ancEnd+3 {
			return a.y, true // "In the 2020 breakdown, on Oct. 1, ..."
		}
		if p.tense(i) >= 0 {
			return 0, false
		}
		k := p.titleAfter(p.ancEnd + 2)
		if !p.participle(k) || !p.clauseRun(k, i) || p.insideAppositive(p.ancStart) {
			return 0, false
		}
		// "a 1972 album, "Dust and Mercy," recorded in ten days and
		// released in April": what a thing of a year long past went
		// through, told by a participle.
		return a.y, true
	}
	return 0, false
}

// titleAfter skips a quoted title and its comma at k: `"Dust and Mercy,"`.
func (p *parser) titleAfter(k int) int {
	if !p.punct(k, '"') {
		return k
	}
	for j := k + 1; j < k+12 && p.real(j); j++ {
		if p.punct(j, '"') {
			if p.punct(j-1, ',') {
				return j + 1
			}
			if p.punct(j+1, ',') {
				return j + 2
			}
			return k
		}
	}
	return k
}

// participle reports a past participle at k: "recorded", "written".
func (p *parser) participle(k int) bool {
	w := p.word(k)
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast(w)
}

// plainYear reports an anchor that is one calendar year: not "fiscal
// 2016", which ends in another ("In fiscal 2016, which ended in March"),
// nor a season across two ("the 2023-24 season, when ... in January").
func (p *parser) plainYear() bool {
	if p.isAny(p.ancStart-1, "fiscal", "fy") {
		return false
	}
	for k := p.ancStart; k < p.ancEnd; k++ {
		if p.punct(k, '-') || p.punct(k, '/') || p.isAny(k, "fiscal", "fy", "to") {
			return false
		}
	}
	return true
}

// clauseBreak reports a new clause joined by a comma and a conjunction
// between tokens a and i: "since 2014, when Russia annexed Crimea, and
// soured further in March".
func (p *parser) clauseBreak(a, i int) bool {
	for k := a; k+1 < i; k++ {
		if p.punct(k, ',') && p.isAny(k+1, "and", "but", "while", "yet") {
			return true
		}
	}
	return false
}

// storyReach is how many tokens after a full date a day without its year
// takes that date's year.
const storyReach = 40

// nearYear guesses the year of month m (and day d, 0 if none) at token i
// from the reference date and the tense alone: a holiday recurs, so a day
// the text told in another year does not place it.
func (p *parser) nearYear(i, m, d int) (int, bool) {
	base, ok := p.base()
	if !ok {
		return noYear, false
	}
	y := base.Year()
	if k := p.prepBefore(i); (p.is(k, "ended") || p.is(k, "ending")) && p.is(k-1, "quarter") {
		if q, ok := p.quarterBefore(k); ok && !(p.lastQFiscal && q == p.lastQ) {
			// A quarter named by its fiscal year says nothing of the
			// calendar year its end falls in.
			//
			// "the second quarter ended Oct. 31": the year that puts the day
			// nearest the quarter's end.
			end := time.Date(q.y, time.Month(3*q.n), 28, 0, 0, 0, 0, time.UTC)
			gap := func(y int) time.Duration {
				return time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).Sub(end).Abs()
			}
			if gap(q.y+1) < gap(q.y) {
				return q.y + 1, true // "the fourth quarter ended Jan. 31"
			}
			return q.y, true
		}
	}
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
		if k := p.prepBefore(i); tense < 0 && !p.notUntil(k) && !p.pastActivityThrough(k) && (p.is(k, "through") || p.is(k, "until") || p.is(k, "till") || p.isAny(k, "before", "by") && d == 0 && p.reportedBefore(i) || p.is(k, "from") && !p.rangeLink(i+1) && !p.is(i+1, "through") && !p.is(i+1, "until")) {
			// "voted to keep the government funded through mid-December", "a
			// ballot that closed in January, giving the union a mandate until
			// mid-July": the end of a span, which the past verb does not
			// place; it lasts to the reference or beyond more often than not.
			tense = 0
			if !p.is(k, "from") {
				lo, hi = -120, 240
			}
		} else if tense == 0 && (p.is(k, "through") || p.is(k, "until") || p.is(k, "till")) && d == 0 && p.presentBefore(k) {
			// "The program covers the fiscal year through March", told in
			// August: a span under way ends ahead.
			lo, hi = -60, 300
		} else if tense == 0 && p.limitBefore(i) {
			tense = 1
		} else if tense == 0 && (p.isAny(k, "on", "from", "to") && p.isAny(k-1, "opening", "starting", "beginning", "running") || p.isAny(i-1, "beginning", "starting")) && !p.ref.Narrative {
			// ... and "covers the fiscal year beginning Jan. 1"
			tense = 1 // "plans 40 concerts over nine months, opening on 3 October"
		} else if p.nextNoun(k) {
			tense = 1 // "before the next scheduled review in mid-December"
		} else if tense > 0 && p.is(k, "from") && p.isAny(k-1, "up", "down") || tense > 0 && p.determiner(k) && p.is(k-1, "from") && p.isAny(k-2, "up", "down") || tense > 0 && p.is(k, "in") && p.upFromAmount(k-1) {
			// ... and "expects 3.9%, up from 3.4% in the June policy"
			tense = -1 // "now expects a profit of 68 billion yen, up from its May forecast"
		} else if tense == 0 && p.aheadBefore(i) {
			// "ED II closes on Jan. 1, with answers by mid-February. Most
			// colleges want regular applications in early January": a
			// calendar of what is ahead goes on ahead.
			lo, hi = -120, 240
		} else if tense > 0 && p.is(k, "from") && diff < 0 && diff > -92 && p.runningSpan(i, y, m, d, base) {
			// "The amnesty runs from March 1 through April 30", said on
			// March 12: the span under way.
			return y, true
		}
	}
	if tense == 0 && !p.ref.Narrative && p.hasDCT && p.hasAnc && p.ancEnd <= i && i-p.ancEnd <= 15 && p.anchor.g == gYear && p.anchor.y > p.dct.Year() && p.sameSentence(p.ancEnd-1, i) {
		tense = 1 // "raises the age to 64 by 2030, rising by three months a year from Sept. 1": a plan ahead
	}
	switch {
	case !p.ref.Narrative && p.periodEnd(i):
		// "its interim figures for the six months to June 30", "the year
		// to March": a reporting period ends before its results, whatever
		// the tense of their release.
		lo, hi = -300, 65
		if tense > 0 {
			hi = 190 // "would cut earnings for the six months to December 31", said in October
		}
	case p.ref.Narrative && p.hasAnc:
		// History moves forward: after "June 1944", "in January" is 1945,
		// but a month or two back stays in the same year.
		lo, hi = -90, 275
	case p.since(i):
		// "since February", "since early March": a start already past.
		hi = 0
		if d == 0 {
			hi = 16
		}
		lo = hi - 365
	case tense == -1:
		hi = tenseSlack
		if d == 0 {
			hi = 20 // "collapsed in August" said in July: last year's August
		} else if k := p.verbAt - 1; p.verbAt > 0 && k < i && (k >= i-3 || k >= i-6 && p.t(k+1).kind == tNum && !p.punctBetween(k, i, ',') || k >= i-10 && p.isAny(k-1, "was", "were") && p.sameSentence(k, i) || k >= i-10 && p.is(i-1, "on") && p.objectBetween(k, i-1) || k >= i-12 && p.is(i-1, "on") && p.clockPhraseBetween(k, i-1)) && (p.isAny(i-1, "on", "in") || k == i-1 || p.is(i-1, "of") && p.cls(i-2, cPart)) && (!p.futureInPast(k) || k >= i-2 && p.reporting(k)) && !p.isAny(k, "postponed", "delayed", "deferred", "adjourned", "pushed", "brought", "extended", "due", "fixed", "named", "chose", "picked", "targeted", "earmarked") && !p.arranged(k) && !p.is(i+2, "as") && !p.is(i+1, "as") {
			// "The firm collapsed on May 3", said in February: the verb
			// right before the day tells it happened; so does a passive a
			// few words back ("was recorded at Braemar on the morning of 3
			// February").
			hi = 7
		} else if k := p.prepBefore(i); p.is(k, "on") && p.opensSentence(k) {
			// "On 5 March prices fell", said in December: the day that
			// opens the sentence is the past verb's, though it follows.
			hi = 7
		}
		lo = hi - 365 // "In January, it brought in" said in November
	case tense == 1:
		lo = -tenseSlack
		if d == 0 {
			lo = -20
		} else if p.verbAt > 0 && p.verbAt-1 < i && p.sameSentence(p.verbAt-1, i) && !p.futureInPast(p.verbAt-1) {
			// "will be dissolved on 30 May", said in July: next May; "the
			// final is set for August 10", said in September: next August.
			// Only the future in the past ("said it would meet in June", "a
			// code originally due on 2 May") may name a day well before the
			// reference.
			lo = -7
		}
		hi = lo + 365
	}
	if diff > hi {
		y--
	} else if diff < lo {
		y++
	}
	return y, true
}

// upFromAmount reports "up from 3.4%" (or "down from") ending at k: the
// amount a figure is compared with.
func (p *parser) upFromAmount(k int) bool {
	for j := k; j >= 0 && j > k-4; j-- {
		if p.is(j, "from") {
			return p.isAny(j-1, "up", "down") && j < k
		}
		if !(p.t(j).kind == tNum || p.punct(j, '%') || p.isAny(j, "percent", "per", "cent", "billion", "million")) {
			return false
		}
	}
	return false
}

// objectBetween reports that the words from k+1 to e-1 are the object of
// the verb at k and what it did with it, with no clause or phrase of
// another time between: "sold his house on June 14", "tore his left
// hamstring running out a double on June 14".
func (p *parser) objectBetween(k, e int) bool {
	if !p.determiner(k+1) || e-k < 3 {
		return false
	}
	for j := k + 2; j < e; j++ {
		t := p.t(j)
		if t.kind != tWord || t.lx.cls != cNone && !p.determiner(j) || p.tenseOf(j, false) != 0 || p.isAny(j, "to", "for", "until", "by", "that", "which", "who", "and", "or", "but", "as", "when", "after", "before") {
			return false
		}
	}
	return true
}

// clockPhraseBetween reports that the words from the verb at k to e are
// a place and a clock time, which date the verb's event with the day
// after them: "appeared on screen at 2.40am on 15 May".
func (p *parser) clockPhraseBetween(k, e int) bool {
	j := e - 1
	for j > k && p.clockPart(j) {
		j--
	}
	if j == e-1 || !p.is(j, "at") || p.is(k, "to") || p.is(k-1, "to") {
		return false // nor an infinitive's: "was due to lapse at midnight on Dec. 31"
	}
	for n := k + 1; n < j; n++ {
		t := p.t(n)
		if t.kind != tWord || t.lx.cls != cNone && !p.determiner(n) || p.tenseOf(n, false) != 0 || p.isAny(n, "to", "for", "until", "by", "that", "which", "who", "and", "or", "but", "as", "when", "after", "before") {
			return false
		}
	}
	return true
}

// notUntil reports "until" at k after a negation in its clause: "did not
// start a match again until late March" tells when it did, in the past.
func (p *parser) notUntil(k int) bool {
	if !p.isAny(k, "until", "till") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8 && !p.sentenceEnd(j) && !p.punct(j, ','); j-- {
		if p.isAny(j, "not", "never") || p.punct(j, '\'') && p.is(j+1, "t") {
			return true
		}
	}
	return false
}

// reportedBefore reports a reporting verb ("said", "told") a few words
// before token i in its sentence: what it reports may look ahead ("said
// he saw no urgency to move before the fall").
func (p *parser) reportedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-20 && !p.sentenceEnd(k); k-- {
		if p.reporting(k) {
			return true
		}
	}
	return false
}

// aheadBefore reports that the last date the text told, a sentence or
// two before token i, lies ahead of the reference by more than a week.
func (p *parser) aheadBefore(i int) bool {
	l := p.last
	if !p.hasDCT || p.lastEnd == 0 || !p.withinSentences(p.lastEnd, i, 2) {
		return false
	}
	if (l.y == noYear || l.g != gDay && l.g != gMonth) && p.cls(i, cMonth) && p.t(p.skipDot(i+1)).kind == tNum {
		// A span told in between ("get a week-long fall break from Oct.
		// 12"): the last day told before it.
		for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-3; n-- {
			if x := p.out[n]; x.Type == Date && len(x.Value) == 10 && x.Value[4] == '-' {
				d, err := time.Parse("2006-01-02", x.Value)
				return err == nil && d.Sub(p.dct) > 7*24*time.Hour
			}
			if p.out[n].Type != Duration {
				return false
			}
		}
		return false
	}
	if l.y == noYear || l.g != gDay && l.g != gMonth {
		return false
	}
	return l.time().Sub(p.dct) > 7*24*time.Hour
}

// periodEnd reports a date at i that ends a reporting period: "the six
// months to June 30", "the 12 months ended March 31", "the year to March".
func (p *parser) periodEnd(i int) bool {
	k := p.prepBefore(i)
	return p.isAny(k, "to", "ended", "ending") && p.isAny(k-1, "months", "weeks", "year", "half", "period", "days")
}

// habitualDate reports a date at i that a habit recurs on rather than one
// year's: "the long rains that normally arrive in late March", "usually
// held in April", "runs from 1 June to 30 September each year".
func (p *parser) habitualDate(i int) bool {
	if p.isAny(p.prepBefore(i), "until", "till") {
		return false // "usually hold back new projects until January": this habit's coming end
	}
	if p.is(i-1, "again") || p.is(i-2, "again") && p.isAny(i-1, "on", "in") {
		return false // "the Fed, which meets eight times a year, gathers again on July 28": one meeting
	}
	if n := p.setOut; p.setEnd > 0 && n >= 0 && n < len(p.out) && p.out[n].Type == Set && !p.ref.Narrative && (p.setEnd == i-1 && p.is(i-1, "from") && p.is(i+1, "to") && p.cls(i+2, cMonth) || p.setEnd == i-3 && p.is(i-3, "from") && p.cls(i-2, cMonth) && p.is(i-1, "to")) && p.tense(i) == 0 && !p.isAny(p.setStart-2, "after", "before", "since", "while") && !p.isAny(p.setStart-3, "after", "before", "since", "while") {
		// "wardens walk the quay every evening from October to March": the
		// months a habit keeps, every year.
		return true
	}
	near := p.habitNear(i)
	for k := i - 1; near && k >= 0 && k >= i-24; k-- {
		t := p.t(k)
		if t.kind == tPunct && p.sentenceEnd(k) || t.kind == tNum && t.ndig == 4 && !t.sep {
			break
		}
		if t.kind != tWord {
			continue
		}
		if c := p.habitCue(k); c < 0 {
			break // "usually ..., but this year it came on June 3"
		} else if c > 0 {
			// "Studios used to dump their leftovers in September", "the
			// rains normally reach Mumbai by June 11 and New Delhi by June
			// 27"
			return k >= i-8 || p.listRun(k, i)
		}
	}
	if p.yearlySetBefore(i) || p.yearDefined(i) {
		return true
	}
	j := i
	if p.isAny(i+1, "and", "or") && p.cls(i+2, cMonth) {
		j = i + 2 // "July and August are usually its busiest months"
	}
	if p.isAny(j+1, "is", "are") && p.isAny(j+2, "usually", "normally", "typically", "traditionally") {
		// Not in a sentence about one year: "food insecurity this year,
		// and the lean season between June and August is usually the
		// hardest".
		for k := i - 1; k >= 0 && !p.sentenceEnd(k); k-- {
			if p.isAny(k, "this", "last", "next") || p.t(k).kind == tNum && p.t(k).end-p.t(k).start == 4 {
				return false
			}
		}
		return true
	}
	for k := i + 1; k <= i+7 && p.real(k); k++ {
		if p.sentenceEnd(k) || p.punct(k, ',') || p.isAny(k, "and", "but") && p.is(k+1, "to") {
			break // "starting Jan. 1 and to cap increases annually": another plan's habit
		}
		if (p.key(k, kEach) || p.key(k, kEvery)) && p.is(k+1, "year") || p.key(k, kAnnually) {
			return true
		}
		if k == i+2 && p.isAny(i+1, "is", "are") && p.isAny(k, "usually", "normally", "typically", "traditionally") {
			return true // "late October is usually the busiest stretch"
		}
	}
	return false
}

// listRun reports that tokens k to i hold only a list of dates and places
// joined by "by", "and", "in", commas: what a habit at k governs.
func (p *parser) listRun(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if p.punct(j, ';') || p.punct(j, '(') || p.isAny(j, "was", "were", "had", "did", "said", "is", "are", "has", "have", "been", "may", "might", "could", "would", "will", "with", "but") {
			return false
		}
	}
	return true
}

// yearlySetBefore reports a yearly SET told earlier in the sentence of the
// date at i, "twice a year", "every year": "sets out its plans twice a year,
// in a policy statement in February and in the budget speech in June". A
// date with its year, or "this year", breaks it off.
func (p *parser) yearlySetBefore(i int) bool {
	if p.setEnd == 0 || p.setEnd > i || i-p.setEnd > 25 || p.ref.Narrative || !p.sameSentence(p.setEnd-1, i) || p.setAdjective() {
		return false
	}
	if !p.yearlySet(p.setOut) || p.rateSet(p.setOut) {
		return false
	}
	for k := p.setEnd; k < i; k++ {
		if p.isAny(k, "this", "last", "next", "but") || p.t(k).kind == tNum && p.t(k).end-p.t(k).start == 4 {
			return false
		}
		if p.willWord(k) && p.punctBetween(p.setEnd, k, ',') {
			return false // "change twice a year, and they will go back on 27 October": the next time
		}
	}
	if p.punct(p.setEnd, ',') {
		for k := p.setStart - 1; k >= 0 && k >= p.setStart-4; k-- {
			if p.isAny(k, "which", "who") && p.punct(k-1, ',') {
				// "the regulator, which meets twice a year, would review
				// tariffs in December": the habit is the relative clause's.
				return false
			}
		}
	}
	return true
}

// rateSet reports that out[n] is the unit of a rate after an amount or a
// span, not a habit: "£1,812 a year for gas and electricity from October".
func (p *parser) rateSet(n int) bool {
	if n > 0 && p.out[n-1].Type == Duration && strings.TrimSpace(p.text[p.out[n-1].End:p.out[n].Start]) == "" {
		return true // "rising by three months a year from Sept. 1": a pace
	}
	b := p.out[n].Start
	for b > 0 && p.text[b-1] == ' ' {
		b--
	}
	for _, u := range []string{"bn", "m", "p"} {
		if k := b - len(u); k > 0 && p.text[k:b] == u && isDigit(p.text[k-1]) {
			return true // "£19bn a year", "60.97p a day"
		}
	}
	return b > 0 && (isDigit(p.text[b-1]) || p.text[b-1] == '%') // ... and "53% a year"
}

// yearlySet reports that out[n] is a SET a year long: "twice a year",
// "each year", "annually".
func (p *parser) yearlySet(n int) bool {
	if n < 0 || n >= len(p.out) {
		return false
	}
	x := p.out[n]
	// "every summer", "each June": a season or a month of every year.
	// ... and "every six months, on 1 April and 1 October": days of every
	// year that a half-yearly or quarterly habit keeps, named right after it.
	if x.Type == Set && (x.Value == "P6M" || x.Value == "P3M" || x.Value == "P1Q") {
		return p.punct(p.setEnd, ',') && p.is(p.setEnd+1, "on")
	}
	return x.Type == Set && (x.Value == "P1Y" || x.Value == "XXXX" || len(x.Value) == 7 && x.Value[:5] == "XXXX-")
}

// yearDefined reports a date at i that defines a kind of year in the
// present: "The province's fire year runs from April 1 to March 31", "whose
// fiscal year ends in September".
func (p *parser) yearDefined(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.sentenceEnd(k) {
			return false
		}
		if p.isAny(k, "runs", "ends", "begins", "starts") && p.is(k-1, "year") && p.isAny(k-2, "fiscal", "financial", "fire", "tax", "school", "academic", "budget") {
			if p.key(k-3, kThe) && p.isAny(k-4, "before", "after", "until", "till", "when", "once", "as") {
				return false // "moves money before the fiscal year ends on June 30": this one's end
			}
			return !p.isAny(k-3, "new", "next", "this", "coming", "current", "last") // not "The new fiscal year begins Oct. 1"
		}
	}
	return false
}

// rangeStart returns the point of the expression that opens a range whose
// end starts at token i: "June" in "between June and August".
func (p *parser) rangeStart(i int) (point, bool) {
	k := p.prepBefore(i) // "from mid-June to late August"
	if p.lastEnd != k || p.last.y == noYear || p.last.g != gMonth && p.last.g != gDay {
		return point{}, false
	}
	if !(p.is(k, "and") || p.is(k, "to") || p.is(k, "through") || p.is(k, "until") || p.punct(k, '-')) {
		return point{}, false
	}
	return p.last, true
}

// since reports "since" before the date at i, or before its modifier:
// "since February", "since early March", "since mid-January".
func (p *parser) since(i int) bool {
	return p.is(p.prepBefore(i), "since")
}

// prepBefore returns the token before the date at i and its modifier: "through"
// in "through mid-December".
func (p *parser) prepBefore(i int) int {
	k := i - 1
	if p.punct(k, '-') && p.adj(k) {
		k--
	}
	if p.key(k, kEarly) || p.key(k, kLate) || p.key(k, kMid) || p.key(k, kThe) {
		k--
	}
	if p.is(k, "of") && (p.key(k-1, kMiddle) || p.key(k-1, kEnd) || p.key(k-1, kStart) || p.key(k-1, kBeginning)) && p.key(k-2, kThe) {
		k -= 3 // "until the middle of May"
	}
	return k
}

// limitBefore reports a preposition before token i that makes the date a
// limit: "see no slowdown before the Lunar New Year", "must decide by
// March". Told in the present, such a limit is ahead.
func (p *parser) limitBefore(i int) bool {
	for i > 0 && p.t(i-1).kind == tWord && p.t(i-1).cap && p.t(i-1).lx.cls == cNone && !p.key(i-1, kThe) {
		i-- // "before the Lunar New Year", read from "New"
	}
	k := p.prepBefore(i)
	return p.is(k, "before") || p.is(k, "until") || p.is(k, "till") || p.is(k, "by")
}

// futureInPast reports a verb at k that looks ahead from a past time, so
// that what it names may already be past: "would", "could meet", "said"
// (of a future told then), "originally due".
func (p *parser) futureInPast(k int) bool {
	return p.isAny(k, "would", "should", "could", "might") || p.isAny(k-1, "would", "should", "could", "might") ||
		p.reporting(k) || p.isAny(k-1, "originally", "initially", "previously", "once")
}

// tenseSlack is how many days past the reference a past-tense date may lie
// (or before it a future-tense one) before it moves to another year.
const tenseSlack = 90

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
	if y, ok := p.inYearAfter(k); ok && validDay(y, m, d) {
		*out = dateMatch(k, point{y: y, m: m, d: d, g: gDay}, false) // "falls on April 16 in 2028"
		return true
	}
	y, rel := p.guessYear(i, m, d)
	if ry, ok := p.rangeYear(k, m, d); ok {
		y, rel = ry, true // the year is the range end's: "July 1 to July 10, 2024"
	} else if y != noYear && p.pastEvent(i, k) {
		if base, _ := p.base(); time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(base) {
			y-- // "The October 7 attacks shocked Israel", said in July
		}
	}
	*out = dateMatch(k, point{y: y, m: m, d: d, g: gDay}, rel)
	if p.t(k).kind == tNum && !p.t(k).nl {
		// (a time on the next line heads an entry of its own: a timeline's
		// "Tuesday, November 10\n14:20 A change was deployed")
		if h, mi, e, ok := p.clockAt(k); ok {
			// "May 8 1:00AM": the time of that day.
			out.end, out.typ = e, Time
			out.value += "T" + pad(h, 2) + ":" + pad(mi, 2)
		}
	}
	return true
}

// pastEvent reports a date at [i, k) naming an event in a past-tense
// sentence: "the October 7 attacks killed", "the July 4 vote was". Such an
// event has happened, so it is not a date still ahead.
func (p *parser) pastEvent(i, k int) bool {
	if p.ref.Narrative || !p.key(i-1, kThe) || p.isAny(i-2, "before", "ahead", "until", "till", "toward", "towards") || p.tense(i) != -1 {
		return false // but "campaigned hard before the Nov. 3 elections": an event after the act
	}
	t := p.t(k)
	if t.kind != tWord || t.cap || t.lx.cls != cNone {
		return false
	}
	switch p.word(k) {
	case "and", "or", "to", "through", "until", "deadline", "date":
		return false
	}
	for n := k + 1; n < k+10 && p.real(n) && !p.sentenceEnd(n); n++ {
		if p.tenseOf(n, false) > 0 {
			return false // "said the Nov. 5 election would be close"
		}
	}
	return true
}

// ruleDayMonth: "15 July", "15th of July 2011", "the 15th of July".
func ruleDayMonth(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) {
		j++
	}
	if p.cls(j, cOrd) && p.is(j+1, "day") && !p.t(j+1).lx.plural && p.numberedDay(i, j, out) {
		return true
	}
	d, k, ok := p.dayAt(j)
	if !ok || p.t(j).kind == tNum && p.adj(j) && p.t(j-1).kind == tWord {
		return false // "A1MAY", "X15July": a code, not a date
	}
	if j > i && d == 4 && p.cls(j, cOrd) && p.t(j).cap && !p.is(k, "of") && !(p.t(k).kind == tWord && p.t(k).cap) && !(p.t(i-1).kind == tWord && p.t(i-1).cap) && !p.ref.Narrative && p.textHas(&p.july, "July", "Independence Day") {
		// "fireworks for just five hours on the Fourth": the Fourth of July
		// in American news that names it.
		y, rel := p.guessYear(i, 7, 4)
		*out = dateMatch(k, point{y: y, m: 7, d: 4, g: gDay}, rel)
		return true
	}
	if j > i && p.is(i-1, "on") && !p.monthOf(k) && (p.t(k).kind == tPunct && !p.punct(k, '-') || p.isAny(k, "to", "and", "that", "when", "at")) && p.hasDCT && !p.ref.Narrative {
		// "You told my office on the sixth that the worst was over": a day
		// of the month of the story, the reference's or the one before.
		if pt, ok := p.monthDay(i, d); ok {
			*out = dateMatch(k, pt, true)
			return true
		}
	}
	if p.is(k, "of") {
		k++
		if j > i && (p.key(k, kEach) || p.key(k, kEvery)) {
			if u, plural, e, ok := p.unitAt(k + 1); ok && u == uMonth && !plural {
				// "by the 22nd of each month": that day of every month.
				q := "EACH"
				if p.key(k, kEvery) {
					q = "EVERY"
				}
				*out = match{end: e, typ: Set, value: "XXXX-XX-" + pad(d, 2), quant: q}
				return true
			}
		}
		if j > i && p.key(k, kThe) && p.is(k+1, "month") && !p.t(k+1).lx.plural && p.isAny(i-1, "on", "by") && p.isAny(i-2, "paid", "due", "payable", "billed", "held", "published", "issued", "released") {
			// "are paid on the 3rd of the month": that day of any month.
			*out = match{end: k + 2, typ: Set, value: "XXXX-XX-" + pad(d, 2)}
			return true
		}
	}
	if (j == i || p.key(i, kThe)) && p.t(j).kind == tNum {
		if pt, ok := p.dayRange(j, d, k); ok {
			*out = dateMatch(k, pt, pt.y == noYear) // "[6]-7 January 1916"
			return true
		}
		if pt, e, ok := p.rangeDay(j, d, k); ok {
			*out = dateMatch(e, pt, true) // "April 6-[7]", "March 5-[9, 1918]"
			return true
		}
	}
	m, l, ok := p.monthAt(k)
	if !ok || !validDay(noYear, m, d) {
		return false
	}
	if p.t(j).kind == tWord && !p.is(k-1, "of") {
		return false // "first May" is not a date
	}
	if j > i && p.t(j).kind == tNum && !p.is(k-1, "of") && p.attributiveAt(l) && (p.nounAhead(l) || strings.HasSuffix(p.word(l), "ing") && p.nounAhead(l+1)) {
		return false // "the [11 November] shopping festival": "the" is the festival's
	}
	yl := l
	if p.punct(yl, ',') && p.t(yl+1).kind == tNum {
		yl++
	}
	if y, e, ok := p.yearAt(yl); ok && validDay(y, m, d) {
		*out = dateMatch(e, point{y: y, m: m, d: d, g: gDay}, false)
		return true
	}
	if y, e, ok := p.yearPhrase(l); ok && validDay(y, m, d) {
		*out = dateMatch(e, point{y: y, m: m, d: d, g: gDay}, true) // "10th November this year"
		return true
	}
	if y, ok := p.inYearAfter(l); ok && validDay(y, m, d) {
		*out = dateMatch(l, point{y: y, m: m, d: d, g: gDay}, false) // "falls on 16 April in 2028"
		return true
	}
	y, rel := p.guessYear(i, m, d)
	if ry, ok := p.rangeYear(l, m, d); ok {
		y, rel = ry, true // the year is the range end's: "July 1 to July 10, 2024"
	}
	*out = dateMatch(l, point{y: y, m: m, d: d, g: gDay}, rel)
	return true
}

// inRelative reports token k in a relative clause of its sentence: "Elgar's
// First Symphony, which Richter conducted at its premiere on 3 December
// 1908": an aside, not the story's day.
func (p *parser) inRelative(k int) bool {
	for j := k - 1; j >= 0 && j > k-25 && !p.sentenceEnd(j) && !p.t(j+1).nl; j-- {
		if p.isAny(j, "which", "who", "whose", "whom") && p.punct(j-1, ',') {
			return true
		}
	}
	return false
}

// inYearAfter reads "in 2028" at k, after a day told without its year,
// which gives the day's year: "Easter Sunday falls on 16 April in 2028".
func (p *parser) inYearAfter(k int) (int, bool) {
	if !p.is(k, "in") || p.t(k+1).kind != tNum || p.t(k+1).ndig != 4 || !p.plausibleYear(k+1, true) {
		return 0, false
	}
	if n := p.t(k + 2); n.kind == tWord && !p.isAny(k+2, "and", "or", "but", "when", "so") {
		return 0, false // not "in 2028 dollars"
	}
	y, _, ok := p.yearAt(k + 1)
	return y, ok
}

// rangeLink reports a word or dash at k that joins the two days of a
// range or a pair: "6-7", "15 to 22", "4 and 5".
func (p *parser) rangeLink(k int) bool {
	switch t := p.t(k); {
	case t.kind == tPunct:
		return t.c == '-'
	case t.kind != tWord || t.lx.cls != cNone:
		return false
	}
	return p.is(k, "to") || p.is(k, "and") || p.is(k, "through") || p.is(k, "or")
}

// dayRange reads the first day d (at j, ending before k) of a range whose
// second day carries the month and year: "6-7 January 1916", "from 15 to
// 22 February".
func (p *parser) dayRange(j, d, k int) (point, bool) {
	if !p.rangeLink(k) || p.punct(k, '-') && !(p.adj(k) && p.adj(k+1)) && !p.t(k).nl {
		return point{}, false
	}
	d2, l, ok := p.dayAt(k + 1)
	if !ok || p.t(k+1).kind != tNum || d2 <= d {
		return point{}, false
	}
	if p.is(l, "of") {
		l++ // "the 3rd and 5th of June"
	}
	m, e, ok := p.monthAt(l)
	if !ok || !validDay(noYear, m, d) {
		return point{}, false
	}
	if p.punct(e, ',') {
		e++
	}
	y, _, ok := p.yearAt(e)
	if !ok {
		y, _ = p.guessYear(j, m, d)
	}
	if y != noYear && !validDay(y, m, d) {
		return point{}, false
	}
	return point{y: y, m: m, d: d, g: gDay}, true
}

// rangeDay reads the second day d at j of a range or a pair whose first
// day follows its month: "April 6-7", "May 4 and 5". The year is the first
// day's, or one that follows: "March 5-9, 1918". The day ends before e.
func (p *parser) rangeDay(j, d, e int) (point, int, bool) {
	k := j - 1
	if !p.rangeLink(k) || p.punct(k, '-') && !(p.adj(k) && p.adj(j)) {
		return point{}, e, false
	}
	first := p.t(k - 1)
	if first.kind != tNum || first.sep || first.ndig > 2 || first.number() >= d {
		return point{}, e, false
	}
	m, next, ok := p.monthAt(k - 2)
	if !ok {
		if m, next, ok = p.monthAt(k - 3); !ok || !p.punct(k-2, '.') {
			return point{}, e, false
		}
	}
	if next != k-1 || !validDay(noYear, m, d) {
		return point{}, e, false
	}
	y := noYear
	l := e
	if p.punct(l, ',') {
		l++
	}
	if yy, ye, ok := p.yearAt(l); ok {
		y, e = yy, ye
	} else if n := len(p.out); n > 0 && p.out[n-1].End == int(first.end) {
		if v := p.out[n-1].Value; len(v) == 10 && v[4] == '-' && v[5:7] == pad(m, 2) {
			y = atoiYear(v[:4])
		}
	}
	if y == noYear {
		y, _ = p.guessYear(j, m, d)
	}
	if y != noYear && !validDay(y, m, d) {
		return point{}, e, false
	}
	return point{y: y, m: m, d: d, g: gDay}, e, true
}

// atoiYear reads a four-digit year, or noYear.
func atoiYear(s string) int {
	y := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return noYear
		}
		y = y*10 + int(s[i]-'0')
	}
	return y
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
	y, e, ok := p.yearOrWords(j)
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
	if p.adj(i) && (p.t(i-1).kind == tNum || p.t(i-1).kind == tWord) {
		return false // "X15July": part of a code
	}
	w := p.word(i)
	if w == "May" && p.is(i+1, "day") && p.t(i+1).cap {
		return false // "May Day", read at "Day"
	}
	if p.personName(i) {
		return false // "June Hadley, 71", "his wife of 46 years, June, 76"
	}
	if w == "May" || w == "March" || w == "MAY" || w == "MARCH" {
		if p.isAny(i+1, "is", "was", "will") && !p.t(i+1).cap && (i == 0 || p.sentenceEnd(i-1) || p.t(i).nl || p.punct(i-1, '"') || p.punct(i-1, ',') && p.isAny(i-2, "not", "so", "then")) {
			return true // "May is the real test", "If not, March is live": the month as the subject
		}
		if i == 0 {
			return false
		}
		switch {
		case p.is(i-1, "in"), p.is(i-1, "since"), p.is(i-1, "until"), p.is(i-1, "by"), p.is(i-1, "from"),
			p.is(i-1, "through"), p.is(i-1, "of"), p.is(i-1, "between"), p.is(i-1, "and"), p.is(i-1, "to"),
			p.is(i-1, "on"), p.isAny(i-1, "during", "around", "till", "throughout", "beyond", "into"), p.is(i-1, "for") && (w == "March" || w == "MARCH" || p.isAny(i-2, "figures", "data", "sales", "imports", "exports", "numbers", "inflation", "payrolls", "orders", "output", "production", "results", "prices", "volumes", "shipments", "readings", "statistics")),
			p.key(i-1, kLast), p.key(i-1, kNext), p.key(i-1, kThis), p.key(i-1, kEarly), p.key(i-1, kThat) && !p.t(i-1).cap, // "which disappeared that March"
			p.key(i-1, kLate), p.key(i-1, kMid), p.key(i-1, kBefore), p.key(i-1, kAfter):
			return true // ... and "crude imports for May": a month's figures
		case p.punct(i-1, '-') && p.adj(i-1) && (p.key(i-2, kMid) || p.key(i-2, kEarly) || p.key(i-2, kLate) || p.key(i-2, kEnd)):
			return true // "mid-March"
		case p.punct(i-1, ',') && p.cls(i-2, cMonth) && p.t(i-2).cap, p.isAny(i-1, "ending", "ended"):
			return true // "cut prices in April, May and June", "the year ending March"
		case p.isAny(i+1, "to", "through", "until") && p.cls(i+2, cMonth) && p.t(i+2).cap && !p.t(i+2).lx.abbr:
			return true // a box's "Rainfall, March to May: 71mm"
		case p.is(i-1, "s") && p.punct(i-2, '\'') && p.adj(i-1) && p.t(i+1).cap && p.t(i+1).kind == tWord && !p.t(i+1).nl:
			return true // "the bank's May Monetary Policy Statement"
		case p.determiner(i-1) && p.monthModifies(i+1):
			return true // "its May forecast", "the March figures"
		case p.key(i-2, kThe) && p.superlative(i-1):
			return true // "the warmest March since records began"
		case monthAdjective(p.word(i-1)) && !p.t(i-1).cap && (p.determiner(i-2) || p.punct(i-2, ',') && monthAdjective(p.word(i-3)) && p.determiner(i-4)):
			return true // "blamed a cold, rainy May", "after a wet March"
		case p.is(i-1, "as") && p.isAny(i-2, "recently", "early", "late", "soon") && p.is(i-3, "as"):
			return true // "as recently as March"
		case p.isAny(i-1, "is", "was") && p.isAny(i-2, "it", "this", "that"), p.is(i-1, "s") && p.punct(i-2, '\'') && p.adj(i-1) && p.isAny(i-3, "it", "that"):
			return true // "it's baseball, and it's March", "It was May when"
		case p.isAny(i-1, "is", "was") && !p.t(i-2).cap && (p.punct(i+1, '.') || p.punct(i+1, '"') && p.punct(i+2, ',')) && !p.t(i+1).nl:
			return true // "What I dread is March."
		}
		return false
	}
	return true
}

// monthAdjective reports an adjective of weather or trade that describes
// a month: "a rainy May", "a quiet March".
func monthAdjective(w string) bool {
	switch w {
	case "rainy", "sunny", "windy", "stormy", "chilly", "snowy", "cloudy", "frosty", "soggy", "cold", "warm", "wet", "dry", "hot", "cool", "mild", "busy", "quiet", "slow", "strong", "weak", "tough", "difficult", "dismal", "miserable", "glorious", "balmy", "record", "bumper", "grim", "bleak", "dull", "gloomy", "damp", "freezing", "scorching", "brutal", "volatile", "turbulent", "hectic":
		return true
	}
	return false
}

// shiftedMonth reports a bare month at i (ending before j) that is either
// end of a move told with a verb of shifting, in news, with no year told
// in the clause: "brought forward the opening from September to June".
func (p *parser) shiftedMonth(i, j int) bool {
	if p.ref.Narrative || !p.hasDCT {
		return false
	}
	from := i - 1
	switch {
	case p.is(from, "from") && p.is(j, "to") && p.cls(j+1, cMonth):
	case p.is(i-1, "to") && p.cls(i-2, cMonth) && p.is(i-3, "from"):
		from = i - 3
	default:
		return false
	}
	for k := from - 1; k >= 0 && k > from-10 && !p.sentenceEnd(k) && !p.punct(k, ','); k-- {
		if p.t(k).kind == tNum {
			return false // a year told: "moved from July to September 2019"
		}
		if p.shiftVerb(k) || p.isAny(k, "forward", "back") && p.shiftVerb(k-1) {
			return !p.is(k-1, "had") && p.t(j+2).kind != tNum && p.t(j).kind != tNum
		}
	}
	return false
}

// superlative reports an adjective's superlative at k: "warmest",
// "wettest", "busiest".
func (p *parser) superlative(k int) bool {
	t := p.t(k)
	w := p.word(k)
	return t.kind == tWord && !t.cap && t.lx.cls == cNone && len(w) >= 6 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "rest") && !strings.HasSuffix(w, "uest") && !strings.HasSuffix(w, "vest")
}

// personName reports a month name at i used as a first name: before a
// capitalized surname, or between commas before an age, and not after a
// word that introduces a date ("In June Trump said", "By June, 30 had
// died").
func (p *parser) personName(i int) bool {
	if t := p.t(i); !t.cap || t.lx.abbr {
		return false
	}
	if p.is(i-1, "by") && p.isAny(i-2, "survived", "predeceased") {
		return true // "She is survived by May, her son, Tom"
	}
	if k := i - 1; k >= 0 && p.t(k).kind == tWord && (p.t(k).lx.cls != cNone || p.isAny(k, "in", "on", "by", "since", "until", "from", "through", "of", "to", "between", "and", "or", "before", "after", "during", "late", "early", "mid")) {
		return false
	}
	if nx, nn := p.t(i+1), p.t(i+2); nx.kind == tWord && nx.cap && nx.lx.cls == cNone && !p.adj(i+1) && !p.isUpper(i+1) && !(nn.kind == tWord && nn.cap) {
		return true // "June Hadley", not "the February Peace Conference"
	}
	if p.punct(i-1, ',') && p.isAny(i-2, "wife", "husband", "daughter", "son", "sister", "brother", "mother", "father", "partner", "widow", "aunt", "niece", "granddaughter") {
		return true // "He proposed to his wife, June, in the third booth"
	}
	age := p.t(i + 2)
	return p.punct(i-1, ',') && p.punct(i+1, ',') && age.kind == tNum && !age.sep && age.ndig == 2 && (p.punct(i+3, ';') || p.punct(i+3, ',') || p.punct(i+3, ')'))
}

// monthModifies reports a common noun at k that a month before it
// modifies: "forecast" in "its May forecast"; not a preposition ("the
// March on Washington") nor what a person's name would head ("the May
// government").
func (p *parser) monthModifies(k int) bool {
	t := p.t(k)
	if t.kind != tWord || t.cap || t.lx.cls != cNone || t.end-t.start < 4 {
		return false
	}
	w := p.word(k)
	if strings.HasSuffix(w, "ed") || irregularPast(w) || scheduling(w) {
		return false // "the March ended at the park"
	}
	switch w {
	case "will", "would", "could", "should", "were", "from", "with", "into", "onto", "upon", "against", "through", "toward", "towards", "across", "past",
		"government", "administration", "cabinet", "ministry", "premiership", "era", "camp", "team", "deal", "plan", "years", "loyalists", "allies", "supporters", "itself", "queen", "family", "organizers", "organisers", "marchers", "route":
		return false
	}
	return true
}

// ruleMonth: "in August" with the year guessed from the reference.
func ruleMonth(p *parser, i int, out *match) bool {
	m, j, ok := p.monthAt(i)
	if !ok {
		return false
	}
	if (m-1)%3 == 0 && p.punct(j, '-') && p.adj(j) && p.adj(j+1) {
		// "July-September results": the calendar quarter; "the
		// July-to-September period".
		jj := j
		if p.is(j+1, "to") && p.punct(j+2, '-') && p.adj(j+2) && p.adj(j+3) {
			jj = j + 2
		}
		if m2, e, ok := p.monthAt(jj + 1); ok && m2 == m+2 {
			q := point{n: (m-1)/3 + 1, g: gQuarter}
			rel := true
			k, lead := e, 0
			if p.isAny(k, "period", "quarter") && p.is(k+1, "of") {
				k += 2 // "the April-June period of 2025": the article and the noun too
				lead = boolInt(p.key(i-1, kThe))
			}
			if y, ye, ok := p.yearAt(k); ok && (k > e || p.plausibleYear(k, true)) {
				q.y, e, rel = y, ye, false
			} else {
				lead = 0
				q.y, _ = p.guessYear(i, m, 0)
				if p.hasDCT && !p.ref.Narrative && int(p.dct.Month()) >= m && int(p.dct.Month()) <= m+2 {
					q.y = p.dct.Year() // "purchases will slow in the October-December period", said in November: this one
				}
				if p.isAny(e, "period", "quarter") && !p.t(e).lx.plural && !p.is(e+1, "of") && p.key(i-1, kThe) {
					e, lead = e+1, 1 // "in the July-to-September period"
				}
			}
			if q.y != noYear {
				*out = match{end: e, typ: Date, value: q.String(), pt: q, hasPt: true, rel: rel, lead: lead}
				return true
			}
		}
	}
	if (m == 5 || m == 6 || m == 8 || m == 10) && p.is(j, "bank") && p.is(j+1, "holiday") {
		// Britain's "May bank holiday" (its first Monday; the "late May"
		// one is its last) and "August bank holiday" (its last Monday);
		// Ireland's "June bank holiday" (its first Monday) and "October
		// bank holiday" (its last).
		n := 1
		if m == 8 || m == 10 || p.key(i-1, kLate) {
			n = 5
		}
		// The day it falls near: the first Monday early in the month, the
		// last late ("the August bank holiday" on Aug. 27 is days ahead).
		y, rel := p.guessYear(i, m, 4+24*boolInt(n == 5))
		if y == noYear {
			return false
		}
		pt := point{y: y, m: m, d: nthWeekday(y, m, time.Monday, n), g: gDay}
		if p.is(j+2, "weekend") && !p.t(j+2).lx.plural {
			// "the June bank holiday weekend": the weekend before the Monday.
			wk := at(pt.time().AddDate(0, 0, -2), gWeekend)
			*out = match{end: j + 3, typ: Date, value: wk.String(), rel: rel, lead: boolInt(p.key(i-1, kThe))}
			return true
		}
		*out = match{end: j + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel, lead: boolInt(p.key(i-1, kThe))}
		return true
	}
	if !p.monthAlone(i) {
		return false
	}
	if p.t(i).lx.abbr {
		j = i + 1 // leave a sentence-final period outside
	}
	if y, e, ok := p.yearPhrase(j); ok {
		*out = dateMatch(e, point{y: y, m: m, g: gMonth}, true)
		return true
	}
	if p.beaten(i, j) {
		// "July 24": the day is the match. The tense is still read, as
		// the dates after it in the sentence may keep it (readTense).
		p.tense(i)
		return false
	}
	if a := p.anchor; p.key(i-1, kThat) && (!p.t(i-1).cap || p.opensSentence(i-1)) && p.hasAnc && a.y != noYear && (a.g == gYear || a.g == gMonth || a.g == gDay || a.g == gSeason) && (i-p.ancEnd < storyReach || i-p.ancEnd < 2*storyReach && p.withinSentence(p.ancEnd, i) || i-p.ancEnd < 4*storyReach && p.withinSentences(p.ancEnd, i, 3)) {
		// "cut the route from Sept. 1, 2009, and that October it also
		// dropped ...", "the summer of 2022. ... That July": the month of
		// the year just told.
		y := a.y
		if a.g == gSeason && a.n == sWinter && m <= 2 {
			y++ // a winter is named by its December
		}
		*out = dateMatch(j, point{y: y, m: m, g: gMonth}, true)
		out.lead = 1
		return true
	}
	if p.shiftedMonth(i, j) {
		// "brought forward the opening of two new berths from September to
		// June": a move of a date still to come, each month the next.
		y := p.dct.Year()
		if m < int(p.dct.Month()) {
			y++
		}
		*out = dateMatch(j, point{y: y, m: m, g: gMonth}, true)
		return true
	}
	y, rel := p.guessYear(i, m, 0)
	if ry, ok := p.rangeYear(j, m, 0); ok {
		y, rel = ry, true // the year is the range end's: "July 1 to July 10, 2024"
	} else if s, ok := p.rangeStart(i); ok && s.g == gMonth {
		// "between June and August": the end in the start's year, or the
		// next one ("from November to February").
		y = s.y + boolInt(m < s.m)
	} else if m2, ok := p.wrapMonth(j); ok && m2 < m && y != noYear {
		// "from October to March": the end lies nearest, the start in the
		// year before it.
		y2, _ := p.guessYear(j+1, m2, 0)
		y = y2 - 1
		if dm := int(p.dct.Month()); p.hasDCT && !p.ref.Narrative && (dm >= m || dm <= m2) && (p.punct(i-2, ',') || p.tense(i) >= 0) {
			// "the wet season, from November to April", told in February:
			// the season under way.
			y = p.dct.Year() - boolInt(dm <= m2)
		}
	}
	*out = dateMatch(j, point{y: y, m: m, g: gMonth}, rel)
	return true
}

// wrapMonth reads the bare month ending a range at k: "October [to March]".
func (p *parser) wrapMonth(k int) (int, bool) {
	if t := p.t(k); t.kind == tNum || t.kind == tWord && t.lx.cls != cNone || !(p.is(k, "to") || p.is(k, "until") || p.is(k, "through") || p.punct(k, '-')) {
		return 0, false
	}
	m2, e, ok := p.monthAt(k + 1)
	if !ok || p.t(e).kind == tNum {
		return 0, false
	}
	return m2, true
}

// rangeYear reads the year of a date that a range or a pair completes at
// k: "in August and September 1914", "21 March - 21 June 1952", "between
// March and April 1918". A start later in the year than the end lies in
// the year before: "December to March 1954".
func (p *parser) rangeYear(k, m, d int) (int, bool) {
	if !(p.is(k, "and") || p.is(k, "to") || p.is(k, "through") || p.is(k, "or") || p.is(k, "until") || p.punct(k, '-')) {
		return 0, false
	}
	k++
	d2, n, dok := p.dayAt(k)
	if dok {
		k = n
	}
	m2, n, ok := p.monthAt(k)
	switch {
	case ok:
		k = n
	case dok && d > 0 && p.t(k-1).kind == tNum:
		m2 = m // "March 5-9, 1918"
	default:
		return 0, false
	}
	if !dok {
		if d2, n, dok = p.dayAt(k); dok {
			k = n
		}
	}
	if p.punct(k, ',') {
		k++
	}
	y, _, ok := p.yearAt(k)
	if !ok {
		if y, _, ok = p.yearPhrase(k); !ok {
			return 0, false // "between June and August last year" has its year in words
		}
	}
	if m > m2 || m == m2 && d > d2 && d2 > 0 {
		y--
	}
	return y, true
}

// yearPhrase reads a year given in words after a month or a date: "this
// year", "last year", "of that year", "of the following year".
func (p *parser) yearPhrase(k int) (y, end int, ok bool) {
	if p.t(k).nl {
		return 0, k, false // "... since March\n\nLast year's winner": another line's words
	}
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
	case p.key(k, kThat) && p.is(k+1, "year") && !(p.punct(k+2, '\'') && p.is(k+3, "s")):
		// "of that year", "on June 17 that year"
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
	case !of && p.hasDCT && !p.ref.Narrative:
		// "On July 4 four years ago": that day, so many years back.
		n, j, nok := p.numberAt(k)
		if !nok || n < 1 || n > 100 || !p.is(j, "years") || !p.key(j+1, kAgo) {
			return 0, 0, false
		}
		return p.dct.Year() - n, j + 2, true
	default:
		return 0, 0, false
	}
	if !ok || !p.is(k, "year") {
		return 0, 0, false
	}
	return base.Year() + dir, k + 1, true
}

// ruleDayOfMonth: "on the 20th,": that day of the month last told, or of
// the reference's month.
func ruleDayOfMonth(p *parser, i int, out *match) bool {
	if !p.key(i, kThe) || p.cls(i-1, cWeekday) && p.key(i-2, kA) {
		return false // not "a Friday the 13th"
	}
	var y, m int
	switch {
	case p.hasAnc && p.anchor.m != 0 && !(p.hasDCT && p.anchor.y != noYear && p.anchor.y*12+p.anchor.m < p.dct.Year()*12+int(p.dct.Month()) && p.tense(i) > 0):
		// The month last told, unless it is gone and the clause tells
		// what is to come: "I fly on the 20th", after a story of August.
		y, m = p.anchor.y, p.anchor.m
	case p.hasDCT:
		y, m = p.dct.Year(), int(p.dct.Month())
	default:
		return false
	}
	t := p.t(i + 1)
	if t.kind != tNum || t.sep || t.ndig > 2 || !p.adj(i+2) || !(p.is(i+2, "st") || p.is(i+2, "nd") || p.is(i+2, "rd") || p.is(i+2, "th")) {
		return false
	}
	// Only where the ordinal ends the phrase: "the 20th anniversary" is no
	// date; after "on", "until" or "by" a clause may go on: "I fly on the
	// 20th for a wedding".
	if nx := p.t(i + 3); !(nx.kind == tPunct && (nx.c == ',' || nx.c == '.' || nx.c == ';') || p.is(i+3, "and") || p.is(i+3, "when") || p.isAny(i+3, "falls", "fell") && p.dayEnd > 0 && p.sameSentence(p.dayEnd, i) || p.isAny(i-1, "on", "until", "by") && p.isAny(i+3, "for", "to", "because", "if", "so", "but")) {
		return false
	}
	if p.is(i+3, "and") && p.isAny(i+4, "final", "last", "deciding", "penultimate") {
		return false // "the 11th and final round"
	}
	d := t.number()
	if p.hasDCT && y == p.dct.Year() && m == int(p.dct.Month()) && d < p.dct.Day() && p.tense(i) > 0 {
		// "I fly on the 10th", told on the 17th: next month's.
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	if !validDay(y, m, d) || p.is(i-1, "at") && !p.is(i+3, "when") {
		return false // "found a bunker at the 18th": a hole, a lap, a stage
	}
	pt := point{y: y, m: m, d: d, g: gDay}
	*out = dateMatch(i+3, pt, true)
	return true
}

// clauseRun reports that tokens a to i hold no punctuation, sentence end or
// word that opens another time ("since", "until", "now"): one clause.
func (p *parser) clauseRun(a, i int) bool {
	for k := a; k < i; k++ {
		if p.punct(k, ',') && (p.isAny(k+1, "from", "between", "on") || p.t(k-1).cap && p.t(k+1).cap && p.t(k+1).lx.cls == cNone) {
			// "kept one in force for 11 days, from Sept. 8 to 19", "fires
			// in California, Oregon and Washington"
			continue
		}
		if p.punct(k, ',') && k == a && p.isAny(k+1, "announced", "launched", "signed", "completed", "opened", "unveiled", "approved", "released", "published", "reported") && p.isAny(k+2, "in", "on") && !p.relativeBefore(a) {
			// "Google's shutdown of Reader in 2013, announced in March": a
			// participle right after the year tells of it.
			continue
		}
		if p.punct(k, '\'') && p.is(k+1, "s") {
			continue // "Britain's clocks"
		}
		if p.punct(k, '-') && p.adj(k) && p.adj(k+1) {
			continue // "we opened in mid-December"
		}
		if p.punct(k, ',') && k > a && p.is(k+1, "which") && p.isAny(k+2, "was", "were", "had") && p.t(k-1).kind == tWord {
			// "began in 2024 with the line between Frankfurt and Mannheim,
			// which was closed from July": what a thing of that year went
			// through.
			continue
		}
		if k == i-1 && p.notUntil(k) {
			continue // "In 2023 they did not arrive until June 8": when they did
		}
		if p.t(k).kind == tPunct || p.sentenceEnd(k) || p.isAny(k, "since", "until", "till", "now", "today", "recently", "this", "last", "next") {
			return false
		}
	}
	return true
}

// relativeBefore reports "who" or "which" earlier in the sentence of token
// a: "Klopp, who ... won the title in 2020, announced in January" ends a
// relative clause, and its verb is the sentence's own.
func (p *parser) relativeBefore(a int) bool {
	for k := a - 1; k >= 0 && k > a-20 && !p.sentenceEnd(k); k-- {
		if p.isAny(k, "who", "which") {
			return true
		}
	}
	return false
}

// nextInSentence reports "next" or "upcoming" before token i in its
// sentence: "Next policy decisions: April 30 at 14:15 CEST; June 11".
func (p *parser) nextInSentence(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30 && (!p.sentenceEnd(k) || p.punct(k, ';')); k-- {
		if p.isAny(k, "next", "upcoming") {
			return true
		}
	}
	return false
}

// habitNear reports a habit's word among the 24 tokens before token i, a
// quick test before habitualDate reads them one by one.
func (p *parser) habitNear(i int) bool {
	// Each token is read once: the scan goes on from where it stopped.
	for k := max(p.habScanned, i-24, 0); k < i; k++ {
		if p.t(k).kind == tWord && p.habitCue(k) > 0 {
			p.habLast = k + 1
		}
	}
	p.habScanned = max(p.habScanned, i)
	return p.habLast > 0 && p.habLast-1 >= i-24
}

// habitCue reads word k for habitualDate: 1 for a habit ("usually", "used
// to"), -1 for a word that turns to one time ("but", "this", "last"), 0
// otherwise. It compares only words of a length one of them has.
func (p *parser) habitCue(k int) int {
	t := p.t(k)
	switch t.end - t.start {
	case 3:
		if p.is(k, "but") {
			return -1
		}
	case 4:
		if p.isAny(k, "this", "last", "next") {
			return -1
		}
		if p.is(k, "used") && p.is(k+1, "to") {
			return 1
		}
	case 6:
		if p.isAny(k, "though", "except") {
			return -1
		}
	case 7:
		if p.is(k, "usually") && p.counterfactualDue(k) {
			return -1
		}
		if p.is(k, "usually") || p.is(k, "average") && p.is(k-1, "on") {
			return 1 // "On average, the first freeze comes on Oct. 19"
		}
	case 8:
		if p.is(k, "although") {
			return -1
		}
		if p.is(k, "normally") && p.counterfactualDue(k) {
			return -1
		}
		if p.is(k, "normally") {
			return 1
		}
	case 9, 11, 13:
		if p.isAny(k, "typically", "customarily", "traditionally") {
			return 1
		}
	}
	return 0
}

// counterfactualDue reports a "normally" or "usually" at k that tells what
// this one occasion would have been, not a habit: "payments that would
// normally be due April 15", "returns normally due April 15" (this year's
// deadline, now moved).
func (p *parser) counterfactualDue(k int) bool {
	return p.is(k-1, "would") || p.is(k+1, "due") || p.is(k+1, "be") && p.is(k+2, "due")
}

// nextNoun reports "the next <noun> in" ending at the preposition k: "the
// next scheduled review in mid-December", "the next meeting on".
func (p *parser) nextNoun(k int) bool {
	if !p.isAny(k, "in", "on") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.key(j, kNext) || p.is(j, "upcoming") {
			return p.key(j-1, kThe) || p.determiner(j-1)
		}
		if t := p.t(j); t.kind != tWord || t.cap {
			return false
		}
	}
	return false
}

// pronounOpens reports that the sentence of token i, at most reach tokens
// back, opens with "It" or "They" and a verb.
func (p *parser) pronounOpens(i, reach int) bool {
	k := p.clauseOpener(i, reach)
	return (k == 0 || p.sentenceEnd(k-1)) && p.t(k).cap && p.isAny(k, "it", "they") && p.t(k+1).kind == tWord && !p.t(k+1).cap
}

// runningSpan reports a range of days that opens with the day m/d of year
// y at token i and holds base: "from March 1 through April 30".
func (p *parser) runningSpan(i, y, m, d int, base time.Time) bool {
	for j := i + 1; j <= i+3; j++ {
		if !p.isAny(j, "to", "through", "until", "till", "thru") && !(p.punct(j, '-') && p.adj(j)) {
			continue
		}
		j++
		if p.key(j, kLate) || p.key(j, kEarly) || p.key(j, kMid) {
			j++ // "to late August"
			if p.punct(j, '-') {
				j++
			}
		}
		em, k, ok := p.monthAt(j)
		if !ok {
			return false
		}
		ed, _, ok := p.dayAt(k)
		if !ok && d != 0 {
			return false
		}
		if ed == 0 {
			ed = 28 // the month's end, near enough
		}
		if !validDay(2000, em, ed) {
			return false
		}
		start := time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC)
		end := time.Date(y, time.Month(em), ed, 0, 0, 0, 0, time.UTC)
		if end.Before(start) {
			end = end.AddDate(1, 0, 0)
		}
		return !base.Before(start) && !base.After(end)
	}
	return false
}

// frontYear returns the year of "In 2026," opening the sentence of token
// i, fewer than 25 tokens back (emit notes such a year).
func (p *parser) frontYear(i int) (int, bool) {
	if p.frontEnd == 0 || p.frontEnd > i || i-p.frontEnd > 25 || p.ref.Narrative || !p.sameSentence(p.frontEnd-1, i) {
		return 0, false
	}
	return p.front, true
}

// presentBefore reports a verb of lasting in the present a few words
// before k, in its clause: "The program covers the fiscal year [through]".
func (p *parser) presentBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && !p.sentenceEnd(j) && !p.punct(j, ','); j-- {
		if p.isAny(j, "covers", "cover", "runs", "run", "lasts", "last", "continues", "continue", "extends", "extend", "is", "are", "remains", "remain", "applies", "apply", "stays", "stay") && !p.t(j).cap {
			return true
		}
		if p.tenseOf(j, false) != 0 {
			return false
		}
	}
	return false
}
