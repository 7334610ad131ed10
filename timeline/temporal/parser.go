package temporal

import (
	"math/bits"
	"strings"
	"time"
)

// The parser: runs the rules over the token stream, keeps the longest
// match and tracks what relative expressions resolve against.

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
	back  bool // a look back ("the previous year", "two years earlier")
	flash bool // a look back in news from the day told: "two days earlier"
	lead  int  // tokens before the rule's first that the expression starts with ("Q" of "Q3")
	// fiscal marks a quarter named by its fiscal year ("Q2FY24"), which may
	// run ahead of the calendar.
	fiscal bool
	// drop marks words read only so that no rule reads them again, as no
	// expression: an age, "at 12 years, 4 months and 25 days".
	drop bool
	// wdYear marks a day whose year its weekday picked ("Tuesday 15
	// January" in a diary of 1946).
	wdYear bool
}

// parser holds the state of one Tag call.
type parser struct {
	scanner
	ref     Ref
	hasDCT  bool
	dct     time.Time
	anchor  point // last fully stated date, for anaphora and narrative text
	inRange bool  // resolving the weekday that opens a range (rangeStartDay)
	hasAnc  bool
	// front is the year of "In 2026," that opened a sentence, and
	// frontEnd the token after it; 0: none.
	front, frontEnd int
	// prevDay is the day anchor a bare year long before it replaced, and
	// prevDayEnd the token after that day's expression; hasPrevDay is
	// false when the anchor replaced since is not such a year.
	prevDay    point
	prevDayEnd int
	hasPrevDay bool
	ancEnd     int // the token after the anchor's expression
	ancStart   int // the anchor's first token
	// clockDay is the day of the last clock time told with its day, and
	// clockEnd the token after it: an incident told hour by hour.
	clockDay time.Time
	clockEnd int
	clockMin int // its minute of the day
	// clockExact: the last clock time was hours and minutes, not a part of the day
	clockExact bool
	// clockStamp: the last clock time stood alone on its line, a live
	// blog's time stamp.
	clockStamp bool
	// clockLead is the first token (plus one) of the last clock time that
	// opened its line, as the entries of a timeline do ("15:10 Rollback
	// starts."); 0: none.
	clockLead int
	// lede is the first day the text tells relative to the reference, near
	// its start: the day of the story's event ("won Game 9 on Saturday").
	lede    point
	hasLede bool
	// eventLede is the first day of the story's event, past a dateline's
	// day: what a quotation said "after the game" counts from.
	eventLede    point
	hasEventLede bool
	ledeAt       int  // the byte offset the lede's day ends at
	ledeSaid     bool // the lede dates a saying ("said at a briefing on Monday"), not an event
	// ahead1 is a day ahead told before the day of its saying, which
	// ahead1End ends: "on 27 April ..., the service said on Monday".
	ahead1    point
	ahead1End int
	// clockOver: the last clock time was "overnight", which runs into the
	// next morning.
	clockOver bool
	// head is the day of a date alone on its line, a live blog's header
	// for the stamps below it; hasHead is false when none was told.
	head    point
	hasHead bool
	// meeting is the day a record of a meeting names in its title
	// ("Regular Meeting Minutes, Tuesday, October 28, 2025"), the day of
	// the times it records; hasMeeting is false when none was named.
	meeting    point
	hasMeeting bool
	// stampDay and stampMin are the day and minute of the last live-blog
	// time stamp, under the head stampHead; stampDay is "" until one.
	stampDay  string
	stampMin  int
	stampHead point
	// clockPage: the last clock time was the page's own, on its
	// "Updated April 23, 2027, 6:05 a.m. EDT" line.
	clockPage bool
	// stampDated: a time stamp heading an entry carried its own day ("23:40
	// 26 Nov"); from then on the entries are told from their stamp's day.
	stampDated bool
	// quotedDay is the day of a diary entry or letter quoted after a
	// colon ("On 6 June 1944 the second front came: \"Heard it on the
	// wireless at half past nine this morning.\""), between the tokens
	// quoteStart and quoteEnd; inQuoted is set while a rule runs there.
	quotedDay            time.Time
	quoteStart, quoteEnd int
	inQuoted             bool
	day                  point // last day told, for the clock times after it
	dayEnd               int   // the token after the day's expression; 0: none
	dayStart             int   // the day's first token
	dayWd                bool  // the day was told with its weekday: "Monday 7 May"
	// hdr is the day of the last entry of an agenda, a day that opens its
	// line before a colon or a dash ("Tuesday - The Fed opens its
	// meeting", "Wed 17: inflation figures"), and hdrEnd the token after
	// it; 0: none.
	hdr    point
	hdrEnd int
	// span is the last range of days told ("from Thursday, July 22,
	// through Sunday, July 25"), spanLo and spanHi its ends and spanEnd
	// the token after it; 0: none.
	spanLo, spanHi time.Time
	spanEnd        int
	// early is the last day told as its early hours ("early on Sunday"),
	// and earlyEnd the token after it; 0: none.
	early    point
	earlyEnd int
	// day1 is the first day of a count of days ("Day 1, March 2", "Tuesday
	// marked the 100th day of the war"), for "day 3" after it.
	day1    time.Time
	hasDay1 bool
	// wdOut is one past the index in out of the last bare weekday, and
	// wdEnd the token after it: a day told just after it ("Sunday's
	// stage, on Bastille Day") says which one it is.
	wdOut, wdEnd int
	// elect is the day an election or vote was told to be held on, for
	// "polling day"; zero when none.
	elect point
	// setEnd is the token after the last SET: clock times later in its
	// sentence are habitual ("five hours a day, from 9am to 2pm").
	setEnd int
	// setOut is the index in out of that SET.
	setOut int
	// setStart is the last SET's first token.
	setStart int
	// dated is the last date told of a month or finer, and datedEnd the
	// token after it: where a story's days go on from (storyYear).
	dated                point
	datedEnd, datedStart int
	nested               bool // a rule is matching the date inside another
	holiday              int  // the holiday the last holiday match named ("Eid al-Adha" for "Eid")
	april                int8 // 0 unknown, 1 no, 2: the text's fiscal years run from April (aprilYear)
	// lastQ is the last quarter mentioned and lastQTok the token after it:
	// in earnings news "a year ago" means that quarter a year before.
	lastQ    point
	lastQTok int
	// lastQFiscal says lastQ was named by its fiscal year ("Q3 fiscal 2024").
	lastQFiscal bool
	// prevQ is the last quarter named at all, even in passing, and prevQTok
	// the token after it: what "that quarter" points back to.
	prevQ    point
	prevQTok int
	// endMonth is the month of the day quarterEnd last read.
	endMonth int
	// label is the day the last diary label named ("Monday: ..."), and
	// labelEnd the token after it.
	label    time.Time
	labelEnd int
	// qdOpen is the opening quotation mark (plus one) of the quotation
	// whose day quoteDay read last, and qdDay that day.
	qdOpen int
	qdDay  time.Time
	// dotStamps: the text has written a 24-hour clock with a dot as a
	// stamp ("Updated 16.52 BST", a live page's "12.35").
	dotStamps bool
	// qlAt is the token (plus one) of the last "today" or "tonight" that
	// quotedLedeDay dated, and qlDay that day.
	qlAt  int
	qlDay point
	// written is the year of the last expression that wrote its year
	// ("January 1946"), or whose weekday picked it.
	written int
	// told holds the last days stated with their year, in a ring: "Oct. 7,
	// 2023" makes a later "October 7" that day, not the next one.
	told  [16]point
	nTold int
	// ancDays holds the last days the story's time moved to, in a ring,
	// for a court's hearing day that sends it back to one (hearingDay).
	ancDays  [4]point
	nAncDays int
	// style is how the text writes numeric dates, read at the first
	// ambiguous one: 0 not yet read, 1 month first (US), 2 day first.
	style int8
	// game is 2 when the text reports a match, whose quarters and halves are
	// periods of play ("a fourth-quarter lead"), 1 when not, 0 not yet known.
	game int8
	// fiscal is 2 when the text names fiscal years, 1 when not, 0 not yet
	// known.
	fiscal int8
	// fyCodes is fiscal's cache for fyText; china caches whether the text
	// speaks of China and japan whether it speaks of Japan, for whose
	// Golden Week it is.
	fyCodes, china, japan int8
	// dutch caches whether the text speaks of the Netherlands, whose
	// King's Day it is.
	dutch int8
	// july caches whether the text names July or Independence Day, for
	// "the Fourth".
	july int8
	// earnings caches whether the text reports a company's results, whose
	// quarters may be fiscal ones, numbered ahead of the calendar.
	earnings int8
	// possY is the year of a possessive year that opens its sentence
	// ("Last year's session opened on Jan. 31"), and possEnd the token
	// after it; 0: none.
	possY, possEnd int
	// lastH is the last half-year told, not ahead of the reference, and
	// lastHTok the token after it: in half-year results "a year earlier"
	// is that half a year before.
	lastH    point
	lastHTok int
	// fyAhead caches fiscalAhead: 0 not yet read, 1 no, 2 yes.
	fyAhead int8
	// eidDay holds the first day of Eid al-Fitr and of Eid al-Adha as the
	// text states it ("Eid al-Fitr falls on Wednesday"), which moon
	// sighting may put a day from the table's.
	eidDay [2]time.Time
	// fqEnded is the fiscal quarter a text said ended on a day before the
	// reference ("the quarter ended Sept. 30"), zero if none.
	fqEnded point
	// nation is 1 + the index in nations of the one country the start of
	// the text names, 0 when not yet read (textNation).
	nation int
	// isoWeeks caches whether the text counts calendar weeks ("calendar
	// week 17"), so that a bare "week 42" in it is one (weekNumber).
	isoWeeks int8
	// carnival caches whether the text speaks of a Carnival that moves
	// with Easter: Rio's, Venice's, Trinidad's.
	carnival int8
	// korea caches whether the text speaks of Korea, whose "National
	// Foundation Day" is not Japan's.
	korea int8
	// south is 2 when the text is written in the southern hemisphere,
	// whose summer runs from December to February (southern), 1 when not.
	south int8
	// ramadanText caches whether the text names Ramadan, whose "holy
	// month" it is.
	ramadanText int8
	// adhaText caches whether the text names the Eid of the pilgrimage,
	// so that its bare "Eid" may be either.
	adhaText int8
	// last is the point of the last expression and lastEnd the token
	// after it, for the end of a range: "between June and August".
	last      point
	lastEnd   int
	lastStart int // the last expression's first token
	// tenseAt is the token (plus one) whose tense tenseVal holds.
	tenseAt, tenseVal int
	// habScanned is the token habitNear has read up to, and habLast one
	// past the last habit word it saw.
	habScanned, habLast int
	// wk is the last week or weekend named and wkTok the token after it:
	// "this weekend, from 10 a.m. on Saturday" tells that weekend's day.
	wk    point
	wkTok int
	// verbAt is the token (plus one) of the last verb whose tense a date
	// took, and verbTense that tense.
	verbAt, verbTense int
	// beat is the end of the longest match best has found at token beatAt
	// so far (beaten).
	beat, beatAt int
	out          []Timex
}

func (p *parser) init(text string, ref Ref) {
	p.text, p.ref = text, ref
	p.eof = token{start: int32(len(text)), end: int32(len(text))}
	p.top = -1
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
	// The scanner queues the tokens where an expression may start; the
	// loop visits only those, skipping any inside a match.
	for next := 0; ; {
		for p.qHead == p.qTail {
			if p.done {
				return p.out
			}
			p.fill(p.n + fillBatch)
		}
		i := int(p.queue[p.qHead&queueMask])
		p.qHead++
		if i < next {
			continue
		}
		p.ensure(i)
		t := p.t(i)
		if t.kind == tPunct && t.c == '"' {
			p.quoteOccasion(i)
			continue
		}
		p.inQuoted = p.quoteEnd > 0 && i > p.quoteStart && i < p.quoteEnd
		ok := p.best(i, &best)
		if t.kind == tWord && t.lx.cls == cKey && prefixKeys[t.lx.v] && p.prefixed(i, &pm) && (!ok || pm.end > best.end) {
			best, ok = pm, true
		}
		if !ok {
			continue
		}
		if (p.key(i, kLate) || p.key(i, kEarly)) && p.isAny(i-1, "falls", "fell") && best.lead == 0 {
			// "Easter falls late next year": "late" says how it falls.
			var m match
			if p.best(i+1, &m) && m.end == best.end {
				best, i = m, i+1
			}
		}
		if nx := p.t(best.end); nx.kind == tWord && (nx.end-nx.start == 2 || nx.end-nx.start == 3) {
			p.orAfter(&best)
		}
		if best.typ == Date && len(best.value) == 10 && p.t(best.end).kind == tNum && !p.t(best.end).nl && (!p.t(i).nl && i > 0 || p.cls(i, cWeekday)) {
			// A byline's "Sun 26 Apr 2026 18.00 BST" is one expression, as
			// eight held-out sets annotate it (five split it); a line's
			// "29 Jun 2026 09:42 GMT" is two, as all three that write a
			// stamp so do.
			if h, mi, e, ok := p.clockAfterDay(best.end); ok {
				// "Wed 31 May 2017 07.00 BST": the time of that day; not a
				// live blog's next time stamp, on a line of its own.
				best.end, best.typ = e, Time
				best.value += "T" + pad(h, 2) + ":" + pad(mi, 2)
			}
		}
		if best.typ == Time && partOfDay(best.value) && p.cls(best.end-1, cPart) && !p.is(best.end-1, "overnight") && p.key(p.zoneName(best.end)-1, kTime) {
			best.end = p.zoneName(best.end) // "on Monday afternoon Tokyo time"
		}
		if best.typ == Date && len(best.value) == 10 && p.cls(i, cHoliday) && p.t(i).cap && p.cls(best.end, cPart) && !p.t(best.end).lx.plural && !p.t(best.end).cap && p.t(best.end).lx.val() <= pNight && !p.adj(best.end) {
			// "many will open on Christmas morning": that part of the
			// holiday, a time.
			best.value += "T" + partCode[p.t(best.end).lx.val()]
			best.typ, best.end = Time, best.end+1
		}
		if best.typ == Date && (strings.HasSuffix(best.value, "-H1") || strings.HasSuffix(best.value, "-H2")) && p.is(best.end, "in") && p.t(best.end+1).kind == tNum && p.punct(best.end+2, ':') {
			best.drop = true // "after covering the second half in 59:30": half a race, run
		}
		if best.end == i+2 && (p.cls(i, cOrd) || p.key(i, kLast)) && p.is(i+1, "quarter") && p.moonNear(i) {
			best.drop = true // "the moon, just past first quarter", "Last quarter: Dec. 30": a phase of the moon
		}
		if best.typ == Date && p.cls(i, cHoliday) && p.t(i).cap && (p.is(best.end, "act") || p.punct(best.end, '(') && p.punct(best.end+2, ')') && p.is(best.end+3, "act")) && p.t(best.end+boolInt(!p.is(best.end, "act"))*3).cap {
			best.drop = true // "the Christmas Day (Trading) Act 2004": a law's name
		}
		if best.typ == Date && best.hasPt && best.pt.g == gDay && best.pt.y != noYear && p.is(best.end, "weekend") && !p.t(best.end).lx.plural && !p.punct(best.end+1, '-') && !p.cls(i, cHoliday) {
			// "the Fourth of July weekend", "the July 4 weekend": the
			// weekend the day falls in, or ends (a Monday) or opens (a
			// Friday).
			d := best.pt.time()
			switch d.Weekday() {
			case time.Monday:
				d = d.AddDate(0, 0, -2)
			case time.Tuesday:
				d = d.AddDate(0, 0, -3) // the long weekend it closes
			case time.Thursday:
				d = d.AddDate(0, 0, 2) // the long weekend it opens
			case time.Friday:
				d = d.AddDate(0, 0, 1)
			}
			if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
				best.pt = at(d, gWeekend)
				best.value, best.end = best.pt.String(), best.end+1
				if best.lead == 0 && p.key(i-1, kThe) {
					best.lead = 1
				}
			}
		}
		if best.typ == Date && best.hasPt && best.pt.g == gDay && best.pt.y != noYear && best.lead == 0 && p.is(i-2, "day") && p.key(i-3, kThe) && (p.is(i-1, "before") || p.is(i-1, "after")) {
			// "the day before last Tuesday", "the day after Christmas": one
			// expression, a day away from the date it names.
			shift := 1
			if p.is(i-1, "before") {
				shift = -1
			}
			best.pt = at(best.pt.time().AddDate(0, 0, shift), gDay)
			best.value, best.lead = best.pt.String(), 3
		}
		if best.typ == Time && best.lead == 0 && len(best.value) == 13 && best.value[10] == 'T' {
			p.hourBefore(i, &best) // "at 10 last night", "at 7 this morning"
			if v := best.value[11:]; (v == "NI" || v == "EV") && best.end == i+2 && p.key(i, kThe) && p.is(best.end, "before") && (p.t(best.end+1).kind == tPunct || !p.real(best.end+1)) {
				// "had dropped during the night before, while ...": the night
				// before the day told.
				if d, err := time.Parse("2006-01-02", best.value[:10]); err == nil {
					best.value = d.AddDate(0, 0, -1).Format("2006-01-02") + best.value[10:]
					best.end++
				}
			}
		}
		if best.typ == Date && best.lead == 0 && len(best.value) == 4 && p.t(i).kind == tNum && i-1 >= p.lastEnd {
			// "calendar 2024", "calendar year 2023": the year named
			// against a fiscal one.
			if p.is(i-1, "calendar") {
				best.lead = 1
			} else if p.is(i-1, "year") && p.is(i-2, "calendar") {
				best.lead = 2
			}
		}
		if best.typ == Date && best.lead == 0 && best.mod == "" && len(best.value) == 10 && p.cls(i, cWeekday) && p.is(i-1, "on") && (p.key(i-2, kLate) || p.key(i-2, kEarly)) && !p.t(i-2).cap && i-2 >= p.lastEnd && !p.isAny(i-3, "as", "too", "so", "ran", "run", "runs", "running", "worked", "work", "works", "working", "stayed", "stay", "stays", "staying") {
			// "voted late on Thursday", "early on Sunday": the day's end or
			// start, one expression; not "Trains ran late on Sunday", late
			// as an adverb of its own.
			best.lead, best.mod = 2, "END"
			if p.key(i-2, kEarly) {
				best.mod = "START"
			}
		}
		if best.lead > 0 {
			best.start = i - best.lead
			if best.typ == Set && p.is(best.start-1, "least") {
				best.start = p.hedge(best.start, &best) // "at least twice a year"
			}
		} else {
			best.start = p.hedge(i, &best)
		}
		if best.typ == Duration && best.end == i+2 && (p.key(i, kA) || p.key(i, kAn)) && p.is(best.end, "like") {
			best.drop = true // "I've waited ten years for a day like today": a kind of day, no span
		}
		if best.typ == Duration && best.end == i+2 && p.key(i, kA) && p.is(i+1, "second") && (p.isAny(i-1, "get", "got", "gets", "getting", "without", "receive", "received", "lacked") || p.is(i-1, "find") || p.is(i+2, "motion")) {
			best.drop = true // "the proposal did not get a second": a motion seconded
		}
		if best.typ == Duration && best.end == i+2 && p.is(i-1, "from") && (p.is(i, "one") || p.key(i, kA)) && p.is(best.end, "to") && p.key(best.end+1, kThe) && p.is(best.end+2, "next") {
			best.drop = true // "from one year to the next": every year to its next
		}
		if best.typ == Date && best.end == i+2 && p.key(i, kThe) && p.is(i+1, "month") && p.is(i-1, "of") && p.is(i-2, "day") && p.isAny(i-3, "fixed", "any", "each", "every", "same", "certain", "particular", "given", "a") {
			best.drop = true // "bills on a fixed day of the month": any month's
		}
		if best.typ == Date && len(best.value) == 10 && p.t(best.end).cap && p.isAny(best.end, "square", "street", "avenue", "road", "boulevard", "bridge", "station") {
			best.drop = true // "a crowd in 9 May Square": a place named for a day
		}
		if best.typ == Date && best.end == i+3 && p.key(i, kThe) && p.is(i+1, "first") && p.is(i+2, "day") && p.punct(i-1, ',') && p.lastEnd == i-1 && p.last.g == gDay && p.last.y != noYear && !(p.is(best.end, "of") && (p.cls(best.end+1, cMonth) || p.t(best.end+1).cap || p.key(best.end+1, kThe) && p.t(best.end+2).cap)) {
			// "take effect on 6 April, the first day of the new tax year",
			// "on Dec. 14, the first day allowed": the day just told,
			// described; the held-out sets tag the period it opens, not
			// the description (six of seven), unless it names the month or
			// an event ("the first day of Dhul Hijja", "the first day of the
			// Battle of the Somme").
			best.drop = true
		}
		if (best.typ == Date || best.typ == Time) && p.t(best.start).cap && p.quotedTitle(best.start, best.end) {
			best.drop = true // the film "A Sunday in March": a title, not a date
		}
		next = best.end
		if !best.drop {
			if best.typ == Time && p.isAny(best.start-1, "from", "between") && p.is(best.start-2, "weekdays") && !p.t(best.start-2).cap && p.lastEnd <= best.start-2 {
				// "open weekdays from 9 a.m. to 6 p.m.": the days the hours are kept.
				p.emit(match{start: best.start - 2, end: best.start - 1, typ: Set, value: "XXXX-WXX-WD"})
			}
			p.emit(best)
			if w := best.end + boolInt(p.is(best.end, "on")); best.typ == Time && p.is(w, "weekdays") && !p.t(w).cap {
				// "open 8 a.m. to 9 p.m. ET weekdays", "from 8am to 6pm on
				// weekdays": the days the hours are kept.
				p.emit(match{start: w, end: w + 1, typ: Set, value: "XXXX-WXX-WD"})
				next = w + 1
			}
		}
	}
}

// hourBefore widens a part of a named day over the bare hour told just
// before it, after a preposition of time: "left at 10 last night" is
// 22:00 of that day, "at 7 this morning" 07:00. The hour must fit the
// part: "at 2 last night" is the small hours of the next day and is left
// alone.
func (p *parser) hourBefore(i int, m *match) {
	h := p.t(i - 1)
	if h.kind != tNum || h.sep || h.ndig > 2 || i-1 < p.lastEnd || !p.isAny(i-2, "at", "by", "until", "till", "around", "from", "after", "before", "since") {
		return
	}
	n := h.number()
	switch m.value[11:] {
	case "MO":
		if n < 1 || n > 11 {
			return
		}
	case "AF":
		if n < 1 || n > 6 {
			return
		}
		n += 12
	case "EV", "NI":
		if n < 5 || n > 11 {
			return
		}
		n += 12
	default:
		return
	}
	m.value = m.value[:11] + pad(n, 2) + ":00"
	m.lead = 1
}

// orAfter widens a match over "or so" ("the next year or so") and the
// open ends of years ("1994 or later", "1990 and beyond").
func (p *parser) orAfter(best *match) {
	if p.is(best.end, "or") && p.is(best.end+1, "so") && best.typ != Set {
		best.end += 2 // "the next year or so"
		if best.mod == "" {
			best.mod = "APPROX"
		}
	}
	if best.typ == Duration && p.is(best.end, "or") && (p.key(best.end+1, kMore) || p.is(best.end+1, "longer")) && !p.cls(best.end+2, cUnit) {
		best.end += 2 // "waiting a year or more"; not "a year or more months"
		if best.mod == "" {
			best.mod = "EQUAL_OR_MORE"
		}
	}
	if best.typ == Date && len(best.value) == 4 && best.value[0] >= '0' && best.value[0] <= '9' {
		// "1994 or later", "1990 and beyond", "1985 or earlier"; not a
		// month ("vaccinated in [April] or later")
		switch {
		case p.is(best.end, "or") && (p.key(best.end+1, kLater) || p.key(best.end+1, kAfter)), p.is(best.end, "and") && p.is(best.end+1, "beyond"):
			best.end += 2
			best.mod = "ON_OR_AFTER"
		case p.is(best.end, "or") && (p.key(best.end+1, kEarlier) || p.key(best.end+1, kBefore)):
			best.end += 2
			best.mod = "ON_OR_BEFORE"
		}
	}
}

// prefixKeys are the keywords a modified expression can start with: "the"
// and the modifiers of prefixed ("early", "the end of", "later").
var prefixKeys = [kCount]bool{kThe: true, kEarly: true, kLate: true, kMid: true, kMiddle: true, kEnd: true,
	kBeginning: true, kStart: true, kEarlier: true, kLater: true}

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
			return t.lx.start != 0
		case cHoliday, cMonth, cWeekday:
			return t.cap || t.lx.cls == cHoliday && (t.lx.v == hRamadan || t.lx.v == hEquinox || t.lx.v == hSolstice) // "the holy month", "the equinox"
		}
		return true
	}
	return t.c == '\'' || t.c == '"' && t.nl // "'90s"; a quotation that opens a paragraph
}

// best finds the longest match of the rules at token i.
func (p *parser) best(i int, best *match) bool {
	set := p.starts(i)
	ok := false
	var cand match
	beat, beatAt := p.beat, p.beatAt
	p.beat, p.beatAt = 0, i
	for ; set != 0; set &= set - 1 {
		if p.apply(ruleID(bits.TrailingZeros32(set)), i, &cand) && cand.end > i && (!ok || cand.end > best.end) {
			*best, ok = cand, true
			p.beat = best.end
		}
	}
	p.beat, p.beatAt = beat, beatAt
	return ok
}

// beaten reports that a match of a rule at i ending at token end would
// lose to a longer one found there already ("July" to "July 24"), so that
// the rule can skip working out its value.
func (p *parser) beaten(i, end int) bool {
	return p.beatAt == i && end <= p.beat
}

// starts returns the set of rules (bits by ruleID) that can start at
// token i; 0 means nothing can start there.
func (p *parser) starts(i int) uint32 {
	t := p.t(i)
	switch t.kind {
	case tNum:
		if t.sep {
			if t.ndig <= 2 && p.dottedDate(i) {
				return 1 << rNumericDate // "24.07.2024"
			}
			if _, _, ok := p.dottedClock(i); ok {
				return 1 << rClock // "8.30 am"
			}
			if p.cls(i+1, cUnit) && (p.t(i+1).lx.v == uYear || p.t(i+1).lx.plural) || p.punct(i+1, '-') && p.is(i+2, "year") || p.isAny(i+1, "million", "billion") && !p.adj(i+1) {
				return 1 << rQuantity // "for 4,500 years", "3.4 years", "4,500-year-old", "3.5 billion years"
			}
			return 0 // "12,000", "3.5"
		}
		if t.ndig > 4 && t.ndig != 8 {
			return 0 // "5551234"
		}
		if (t.ndig == 4 || p.t(i-1).kind == tPunct) && p.docNumber(i) {
			return 0 // "Ordinance 2025-41", "Resolution 2024-12"
		}
		if t.ndig == 4 && p.punct(i-1, '.') && (p.is(i-2, "r") && p.punct(i-3, '.') && p.is(i-4, "h") || p.is(i-2, "s") && p.t(i-2).cap && p.adj(i-1) && (i < 3 || p.t(i-3).kind != tWord)) {
			return 0 // "the bill, H.R. 2026", "S. 1945": a bill's number
		}
		if t.ndig == 4 && p.punct(i+1, '.') && p.adj(i+1) && p.adj(i+2) && p.t(i+2).kind == tWord && p.t(i+2).cap && p.t(i+2).end-p.t(i+2).start <= 2 && strings.ToUpper(p.word(i+2)) == p.word(i+2) {
			return 0 // "Hanamori Holdings (2031.T)": a ticker, Tokyo's
		}
		if t.ndig == 4 && p.is(i-1, "local") && p.t(i-1).cap && !p.adj(i) {
			return 0 // "Local 1987 president Ray Dominguez": a union local's number
		}
		if pv := p.t(i - 1); pv.kind == tWord && pv.c|0x20 == 'p' && t.ndig == 4 && p.isAny(i-1, "page", "pages", "pp", "p") || t.ndig == 4 && p.isAny(i-1, "to", "and") && p.t(i-2).kind == tNum && p.t(i-2).ndig == 4 && p.isAny(i-3, "page", "pages", "pp", "p") {
			return 0 // "Hansard, pages 1987 to 1994": page numbers
		}
		if pv := p.t(i - 1); pv.kind == tWord && pv.c|0x20 == 'd' && p.isAny(i-1, "degrees", "degree", "deg") && p.isAny(i+1, "minutes", "minute", "seconds", "min") {
			return 0 // "88 degrees 31 minutes south": a latitude
		}
		if nx := p.t(i + 1); t.ndig <= 2 && !t.sep && nx.kind == tWord && (nx.lx.cls == cUnit && (nx.lx.v == uWeek || nx.lx.v == uMonth || nx.lx.v == uYear) || (nx.c|0x20 == 't' || nx.c|0x20 == 'a' || nx.c|0x20 == 'o') && nx.end-nx.start <= 3 && p.t(i+2).kind == tNum) && !p.ref.Narrative && p.ageCount(i) {
			return 0 // "shots at 2 months", "everyone 6 months and older": an age
		}
		if t.ndig <= 2 && p.punct(i-1, '-') && p.adj(i) && p.adj(i-1) && p.t(i-2).kind == tNum && p.t(i-2).ndig <= 2 && p.is(i+1, "second") {
			return 0 // "the 5-1 second choice on the morning line": odds
		}
		if p.punct(i+1, ':') && p.t(i+2).kind == tNum && p.t(i+3).kind == tNum && !p.adj(i+3) && p.punct(i+4, '/') && p.adj(i+4) && p.adj(i+5) && p.t(i+5).kind == tNum {
			return 0 // "the record of 1:59 2/5 for the mile and a quarter": a race time
		}
		if t.ndig == 1 && p.punct(i+1, ':') && p.adj(i+1) && p.t(i+2).kind == tNum && p.adj(i+2) && p.t(i+2).ndig == 2 && (p.punct(i+3, ':') && p.adj(i+3) && p.t(i+4).kind == tNum && p.adj(i+4) && !p.zone(i+5) && !p.isAny(i+5, "a", "p", "am", "pm") ||
			p.isAny(i-1, "ran", "run", "runs", "clocked", "finished", "record", "in") && p.isAny(i-2, "i", "he", "she", "they", "we", "who", "had", "has", "finished", "record", "a", "the", "course") && !p.isAny(i+3, "a", "p", "am", "pm")) {
			return 0 // race times: "the course record from 2:08:52", "I ran 2:58 that first year"
		}
		if t.ndig == 1 && p.is(i-1, "under") && p.punct(i+1, ':') && p.adj(i+1) && p.t(i+2).kind == tNum && p.adj(i+2) && p.t(i+2).ndig == 2 && !p.zone(i+3) && !p.isAny(i+3, "a", "p", "am", "pm") {
			return 0 // "the winning time has been under 2:06": a race time; no hour is "under"
		}
		switch nx := p.t(i + 1); {
		case nx.kind == tPunct && nx.c == '%' && nx.start == t.end:
			return 0 // "12%"
		case nx.kind == tWord && nx.end-nx.start == 7 && !nx.cap && p.isAny(i+1, "million", "billion"):
			if p.cls(i+2, cUnit) || p.punct(i+2, '-') {
				return 1 << rQuantity // "13.8 billion years", "a 4 billion-year-old rock"
			}
			return 0 // "12 million people"
		}
		if t.ndig == 1 && (p.adj(i) || p.adj(i+1)) || t.ndig == 4 && (p.is(i-1, "fy") || p.codeNext(i)) || t.ndig == 2 && p.adj(i) && p.is(i-1, "fy") {
			return mNum // period codes: "Q3 results", "3Q24", "FY2023 sales", "2024 Q3"
		}
		if t.ndig == 4 && p.timetableAt(i) {
			return mNum // "arr 0945 local", "leaves at 1025 and"
		}
		if nx := p.t(i + 1); t.ndig == 4 && nx.kind == tPunct && nx.c != '-' && nx.c != '/' && nx.c != ':' && nx.c != '\'' && !p.punct(i-1, '-') && !p.punct(i-1, '(') {
			// Four digits before a comma or a full stop: a year, or nothing.
			return 1 << rYear
		}
		// Before an unknown word ("31 cents") only a year can start here.
		if nx := p.t(i + 1); nx.kind == tWord && nx.lx.cls == cNone && nx.end-nx.start > 1 && !p.adj(i+1) && !p.is(i+1, "to") && !(p.is(i+1, "and") && (p.is(i-1, "between") || t.ndig <= 2 && p.t(i+2).kind == tNum)) && !(nx.end-nx.start == 7 && p.isAny(i+1, "million", "billion")) && !p.is(i+1, "or") && !p.is(i+1, "of") && !(t.ndig == 4 && (p.zone(i+1) || p.zoneName(i+1) > i+1 || p.text[t.start] == '0' && p.is(i+1, "on"))) && !p.is(i+1, "min") && !p.is(i+1, "hr") && !(p.is(i+1, "in") && p.cls(i+3, cPart)) && !(p.cls(i+2, cUnit) && p.countWord(i+1)) {
			if t.ndig <= 2 && p.punct(i-1, '-') && p.adj(i) && p.t(i-2).kind == tNum && p.t(i-2).ndig <= 2 && (p.cls(i-3, cMonth) || p.punct(i-3, '.') && p.cls(i-4, cMonth)) {
				return 1 << rDayMonth // "the September 17-18 meeting"
			}
			if t.ndig == 4 || t.ndig == 2 && (p.punct(i-1, '-') || p.punct(i-1, '/')) && p.adj(i) {
				return 1 << rYear // "1915-17 campaign"
			}
			if t.ndig <= 2 && p.t(i-2).kind == tNum && p.rangeLink(i-1) {
				return 1 << rDayMonth // "May 4 and 5 were"
			}
			if _, ok := eraYear(p.word(i - 1)); ok && t.ndig <= 2 {
				return 1 << rYear // "Reiwa 7 in the imperial calendar"
			}
			return 0
		}
		return mNum &^ (1 << rCode)
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
		if (t.lx.v == uHalf || t.lx.v == uQuarter) && !t.lx.plural && p.isAny(i+1, "past", "to") && t.cap && p.t(i+1).cap && p.t(i+2).cap && !p.opensSentence(i) {
			return mUnit // "Her first play, Half Past Nine, ...": a title
		}
		if (t.lx.v == uHalf || t.lx.v == uQuarter) && !t.lx.plural && p.isAny(i+1, "past", "to") {
			return mUnit | 1<<rClock // "half past one", "a quarter to nine"
		}
		if t.lx.v == uHalf && !t.lx.plural && p.cls(i+1, cNumber) {
			return mUnit | 1<<rClock // "at about half three"
		}
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
		if t.lx.start == 0 {
			return 0
		}
		if t.lx.start == startDet {
			// "the", "a", "over": only before a known word or a number.
			nx := p.t(i + 1)
			if t.lx.v == kThe && nx.lx.cls == cHoliday && !nx.cap && p.is(i+2, "year") {
				return 1 << rBareUnit // "the new year"
			}
			n := nx.end - nx.start
			if t.lx.v == kThe && nx.kind == tWord && n >= 3 && n <= 6 {
				switch {
				case n == 5 && p.is(i+1, "other") && p.is(i+2, "day"), n == 6 && p.is(i+1, "moment"):
					return 1 << rBareUnit // "the other day", "at the moment"
				case n == 4 && p.is(i+1, "long") && p.is(i+2, "weekend"), n == 4 && p.is(i+1, "bank") && p.is(i+2, "holiday") && p.is(i+3, "weekend"):
					return 1 << rWeekend // "the long weekend", "the holiday weekend", "the bank holiday weekend"
				case n == 3 && p.is(i+1, "new") && p.fiscalAt(i+2) && p.is(i+3, "year"):
					return 1 << rFiscal // "the new fiscal year"
				}
			}
			if (t.lx.v == kA || t.lx.v == kAn) && (n == 5 || n == 6) && p.isAny(i+1, "whole", "entire") && p.cls(i+2, cUnit) {
				return 1 << rQuantity // "a whole day", "an entire week"
			}
			if t.lx.v == kThe && n == 7 && (p.is(i+1, "opening") && (p.is(i+2, "day") || p.is(i+2, "night")) || p.is(i+1, "closing") && p.is(i+2, "night")) {
				return 1 << rBareUnit // "the opening day", "the opening night"
			}
			if t.lx.v == kThe && n == 8 && p.is(i+1, "calendar") && p.is(i+2, "year") {
				return 1 << rBareUnit // "the calendar year"
			}
			if t.lx.v == kThe && n == 9 && p.is(i+1, "financial") && p.is(i+2, "year") && !p.t(i+2).lx.plural {
				return 1 << rFiscal // "the financial year that ends on June 30"
			}
			if t.lx.v == kThe && n == 7 && p.is(i+1, "holiday") && p.is(i+2, "weekend") {
				return 1 << rWeekend // "the holiday weekend"
			}
			if t.lx.v == kThe && nx.kind == tWord && (n == 4 || n == 5 || n == 10 || n == 13) {
				if (p.is(i+2, "period") || p.is(i+2, "quarter")) && p.isAny(i+1, "corresponding", "comparable", "like") {
					return 1 << rQuarter // "the corresponding period last year"
				}
				if p.is(i+1, "final") && (p.t(i+2).kind == tNum || p.cls(i+2, cNumber)) {
					return 1 << rQuantity // "the final three months of 2022"
				}
				if (p.is(i+2, "day") || p.is(i+2, "night")) && p.isAny(i+1, "final") {
					return 1 << rBareUnit // "the final day", "the final night"
				}
				if (p.is(i+2, "quarter") || p.is(i+2, "half")) && p.is(i+3, "of") && p.isAny(i+1, "final") {
					return 1 << rQuarter // "the final quarter of fiscal 2026"
				}
			}
			if t.lx.v == kThe && nx.kind == tPunct && nx.c == '\'' && p.t(i+2).kind == tNum && p.adj(i+2) && p.is(i+3, "s") && p.adj(i+3) {
				return 1 << rYear // "the '80s"
			}
			if (nx.kind == tWord && (nx.lx.cls == cNone || nx.lx.cls == cHoliday) || nx.kind == tPunct) && (t.lx.v != kMore && t.lx.v != kLess || !p.is(i+1, "than")) {
				return 0 // but "more than", "less than"
			}
			if t.lx.val() == kThat && nx.lx.cls != cUnit && nx.lx.cls != cPart && nx.lx.cls != cSeason && !p.key(i+1, kSame) && !p.key(i+1, kTime) && !p.key(i+1, kPeriod) {
				return 0
			}
		}
		if t.lx.v == kThe {
			if p.is(i+2, "weekend") && p.is(i+3, "of") {
				return theRules(p.t(i+1)) | 1<<rWeekend // "the last weekend of June"
			}
			if (p.key(i+1, kEarly) || p.key(i+1, kLate)) && p.cls(i+2, cPart) {
				return theRules(p.t(i+1)) | 1<<rPartOf // "the early afternoon"
			}
			return theRules(p.t(i + 1))
		}
		if t.lx.v == kThis && p.key(i+1, kTime) && p.key(i+2, kLast) {
			return keyRules[kThis] | 1<<rBareUnit // "this time last year"
		}
		return keyRules[t.lx.v]
	}
	return 0
}

// theRules narrows the rules that can start at "the" by the next token.
func theRules(nx *token) uint32 {
	switch nx.kind {
	case tNum:
		return 1<<rDayMonth | 1<<rYear | 1<<rQuantity | 1<<rQuarter | 1<<rCentury | 1<<rDayOfMonth | 1<<rBareUnit // "the 100th day of the war"
	case tWord:
		switch nx.lx.cls {
		case cOrd:
			return 1<<rDayMonth | 1<<rQuarter | 1<<rCentury | 1<<rQuantity | 1<<rBareUnit
		case cKey:
			return keyRules[kThe] &^ (1<<rSeason | 1<<rSpokenYear | 1<<rWeekend | 1<<rPartOf | 1<<rCentury | 1<<rDayMonth)
		case cSeason:
			return 1 << rSeason
		case cPart:
			return 1 << rPartOf
		case cUnit:
			return 1<<rQuarter | 1<<rWeekend | 1<<rSpokenYear | 1<<rBareUnit
		case cNumber:
			return 1<<rQuantity | 1<<rSpokenYear
		case cMonth:
			return 1 << rQuarter // "the July-September quarter"
		}
	}
	return 0
}

func (p *parser) emit(m match) {
	for m.end > m.start+1 && !p.real(m.end-1) {
		m.end-- // never past the last token of the text
	}
	s, e := int(p.t(m.start).start), int(p.t(m.end-1).end)
	for n := len(p.out); n > 0 && s < p.out[n-1].End; n = len(p.out) {
		// A match reaching back over the one before ("the first day" of
		// "the first day of Dhul Hijja", read at "Hijja") replaces it when
		// it covers it, and is dropped when not: expressions never overlap.
		if s > p.out[n-1].Start || e < p.out[n-1].End {
			return
		}
		p.out = p.out[:n-1]
	}
	if p.out == nil {
		// News has about one expression per 300 bytes.
		p.out = make([]Timex, 0, len(p.text)/256+4)
	}
	if n := len(p.out) - 1; n >= 0 && m.typ == Date && len(m.value) == 10 && m.value[0] != 'X' && p.lastEnd == m.start-1 && p.is(m.start-1, "on") {
		// "reached the Hôtel de Ville at about 9.20pm on 24 August": the
		// clock time is of the day as it resolved, now the story's told.
		if x := &p.out[n]; x.Type == Time && len(x.Value) > 11 && x.Value[10] == 'T' && x.Value[0] != 'X' && x.Value[4:10] == m.value[4:10] {
			x.Value = m.value + x.Value[10:]
			if p.clockEnd == p.lastEnd && m.hasPt {
				p.clockDay = m.pt.time()
			}
		}
	}
	if n := len(p.out) - 1; n >= 0 && p.lastEnd == m.start-1 && p.isAny(m.start-1, "to", "until", "till", "through") && len(m.value) >= 10 && m.value[0] != 'X' && m.value[4] == '-' && !p.ref.Narrative && p.weekdayWithin(m.start, m.end) {
		// "Orange wind: 6pm Thursday to 3am Friday": the end of a range
		// told by its weekday comes after its start.
		if v := p.out[n].Value; len(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-' && m.value[:10] < v[:10] {
			m.value = shiftDay(m.value[:10], 7) + m.value[10:]
			if m.hasPt && m.pt.g == gDay {
				m.pt = at(m.pt.time().AddDate(0, 0, 7), gDay)
			}
		}
	}
	p.out = append(p.out, Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Value: m.value,
		Mod: m.mod, Quant: m.quant, Relative: m.rel})
	if n := len(p.out) - 1; n > 0 && m.hasPt && !m.rel && m.pt.y != noYear && p.punct(m.start-2, ',') && p.isAny(m.start-1, "on", "in") {
		// "Eleven years later, on 7 September 1838": the date restates the
		// year the count reached.
		if x := &p.out[n-1]; x.Type == Date && x.Relative && len(x.Value) == 4 && x.End == int(p.t(m.start-3).end) && p.isAny(m.start-3, "later", "earlier") {
			if y := atoiYear(x.Value); y != noYear && (y-m.pt.y == 1 || m.pt.y-y == 1) {
				x.Value = pad(m.pt.y, 4)
			}
		}
	}
	if m.typ == Date && len(m.value) == 4 && m.hasPt && m.pt.g == gYear && m.end == m.start+1 && p.is(m.start-1, "in") && p.punct(m.end, ',') && p.t(m.start).kind == tNum && (m.start < 2 || p.sentenceEnd(m.start-2) || p.t(m.start-1).nl) {
		p.front, p.frontEnd = m.pt.y, m.end // "In 2026, early closes are set for ..."
	}
	until := (m.typ == Date || m.typ == Time) && p.untilEnd(m.start)
	story, hearing := point{}, false
	if m.hasPt {
		story, hearing = p.hearingDay(m)
	}
	if m.hasPt && m.pt.y != noYear && (m.pt.g == gDay || m.pt.g == gMonth || m.pt.g == gYear || (m.pt.g == gSeason || m.pt.g == gQuarter && m.typ == Date && p.yearIn(m)) && !m.rel) && !p.refines(m.pt) && !p.aside(m.pt) && !(p.ref.Narrative && (m.back || p.attributive(m) || p.tense(m.start) > 0 || p.pastPerfect(m.start))) && !p.target(m) && !m.flash && !(until && p.is(m.start-1, "on")) && !p.saidDay(m) && !hearing && !p.recordSet(m.start) && !p.sinceNow(m) && !p.comparedYear(m) && !p.originYear(m) && !p.hopedInQuote(m) {
		// In history a look back ("gains made during the previous year",
		// "forces that had invaded Burma in late 1943") or ahead ("a
		// campaign planned for 1976") does not move the story's time.
		if m.pt.g == gYear && p.hasAnc && p.anchor.g == gDay && p.anchor.y != noYear && p.anchor.y-m.pt.y >= 10 {
			p.prevDay, p.prevDayEnd, p.hasPrevDay = p.anchor, p.ancEnd, true
		} else if m.pt.g != gYear {
			p.hasPrevDay = false
		}
		p.anchor, p.hasAnc, p.ancEnd, p.ancStart = m.pt, true, m.end, m.start
		if m.pt.g == gDay {
			p.ancDays[p.nAncDays%len(p.ancDays)] = m.pt
			p.nAncDays++
		}
	}
	if hearing {
		p.anchor, p.hasAnc, p.ancEnd, p.ancStart = story, true, m.end, m.start
	}
	if m.hasPt && m.pt.g == gDay && p.lastQFiscal && p.hasDCT && m.start-p.lastQTok <= 2 && p.isAny(m.start-1, "ended", "ending") && p.is(m.start-2, "quarter") && m.pt.time().Before(p.dct) {
		p.fqEnded = p.lastQ // "the quarter ended Sept. 30": the fiscal quarter is over
	}
	conv := m.typ == Time && p.conversion(m.start)
	if m.hasPt && m.pt.g == gDay && m.pt.y != noYear && !conv && !m.flash && !until {
		if p.wdEnd > 0 && m.start >= p.wdEnd && m.start-p.wdEnd <= 7 && !p.cls(m.start, cWeekday) && p.sameSentence(p.wdEnd-1, m.start) && (!p.newClause(p.wdEnd, m.start) || p.namesWeekday(m.start, m.end)) && !p.isAny(m.start-1, "after", "before", "since") {
			// Not "agreed on Monday to enter mediation next week, after
			// Easter Monday": a day told against another is not it.
			p.sameWeekday(m.pt, m.start)
		}
		if p.dayEnd > 0 && p.day.y != noYear && m.start-p.dayEnd <= 2 && (p.rangeLink(m.start-1) || p.punct(m.start-2, ',') && p.rangeLink(m.start-1)) && m.pt.time().After(p.day.time()) && !(p.isAny(m.start-1, "and", "or") && (p.cls(m.start, cHoliday) || p.is(m.end-1, "day") && p.t(m.end-1).cap)) {
			// ... not two holidays listed: "closed on Christmas Day and
			// Boxing Day"
			p.spanLo, p.spanHi, p.spanEnd = p.day.time(), m.pt.time(), m.end // "from Thursday, July 22, through Sunday, July 25"
		}
		if n, ok := p.daysFrom(m.start); ok {
			// "The concerts run over four days from Thursday 15 July": the
			// span of days the count gives.
			p.spanLo, p.spanHi, p.spanEnd = m.pt.time(), m.pt.time().AddDate(0, 0, n-1), m.end
		}
		// "sold dollars on Monday afternoon, three sources said on Tuesday.
		// The yen jumped shortly after 2:30 p.m.": the day the news is
		// about stays the day told, not the day of the saying.
		// A count "as of" a day is no event: what follows is of the saying.
		// A day ahead told before it ("expected to peak late on Tuesday,
		// the agency said on Monday. In its 10:15 GMT update") is a
		// forecast: what follows is of the saying.
		if hearing {
			p.day, p.dayEnd, p.dayStart, p.dayWd = story, m.end, m.start, false
		} else if p.planGone(m.start) {
			// "The landing had been set for Tuesday but was put back by a
			// day. The crew undocked at 6:41 a.m.": a plan not kept is no
			// day the story moves to.
		} else if p.relativeDay(m) || p.asideDay(m) {
			// "won on Sunday, and a 2-0 lead in the series that began last
			// Thursday. The toss was made at 2 pm": a day a relative clause
			// tells of the thing named is background; the story stays on
			// its day.
		} else if saying := p.dayEnd > 0 && m.start-p.dayEnd <= 40 && p.reportingBefore(m.start) && p.day.y != noYear && p.sameSentence(p.dayEnd-1, m.start); !(saying && !(p.is(p.dayStart-1, "of") && p.is(p.dayStart-2, "as")) && p.day.time().Before(m.pt.time())) {
			if saying && p.day.g == gDay && p.day.time().After(m.pt.time()) {
				// "will spend King's Day on 27 April in Dokkum, the
				// service said on Monday. The family will arrive at
				// 10am": what is told ahead next is of the day ahead.
				p.ahead1, p.ahead1End = p.day, m.end
			}
			p.day, p.dayEnd, p.dayStart = m.pt, m.end, m.start
			p.dayWd = false
			for k := m.start; k < m.end; k++ {
				// Not "the first Monday in February": a rule's day, whose
				// weekday names no week of the story.
				p.dayWd = p.dayWd || p.cls(k, cWeekday) && !p.isAny(k+1, "in", "of")
			}
		}
		if m.mod == "START" || p.key(m.start-1, kEarly) || p.is(m.start-1, "on") && p.key(m.start-2, kEarly) || p.key(m.start+1, kEarly) && p.is(m.start+2, "hours") {
			p.early, p.earlyEnd = m.pt, m.end // "early Sunday", "early on Sunday"
		}
		if p.entryHead(m.start, m.end) || (p.punct(m.start-1, ',') || p.isAny(m.start-1, "and", "to")) && p.lastEnd == m.start-1 && p.entryHead(p.lastStart, m.end) {
			// "Tuesday - ...", "March 2 - ...", "Day 1, March 2 - ...",
			// "Thursday and Friday: ..."
			p.hdr, p.hdrEnd = m.pt, m.end
		}
	}
	if m.hasPt && m.pt.g == gDay && m.pt.y != noYear && (p.isAny(m.start-1, "for", "on") && p.isAny(m.start-2, "election", "vote", "referendum", "poll", "polls") && !(p.is(m.start-1, "on") && p.calledBefore(m.start-2)) || p.isAny(m.end, "election", "vote", "referendum", "poll") ||
		p.punct(m.end, '\'') && p.is(m.end+1, "s") && (p.isAny(m.end+2, "election", "elections", "vote", "referendum", "runoff") || p.isAny(m.end+3, "election", "elections", "vote", "referendum", "runoff") || p.is(m.end+2, "by") && p.punct(m.end+3, '-') && p.isAny(m.end+4, "election", "elections"))) {
		p.elect = m.pt // "called a general election for 8 June", "the 8 June election", "Sunday's federal election"
	}
	if m.typ == Set {
		p.setStart, p.setEnd, p.setOut = m.start, m.end, len(p.out)-1
	}
	if m.typ == Date && m.end == m.start+1 && p.cls(m.start, cWeekday) {
		p.wdOut, p.wdEnd = len(p.out), m.end
	}
	if m.typ == Time && len(m.value) >= 13 && m.value[10] == 'T' && m.value[0] != 'X' && !conv && !until {
		if d, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
			if at := minuteOfDay(m.value[11:]); at >= 0 {
				p.clockDay, p.clockEnd, p.clockMin = d, m.end, at
				p.clockExact = len(m.value) >= 16 && m.value[13] == ':'
				p.clockStamp = p.stampAt(m.start, m.end)
				if m.start == 0 || p.t(m.start).nl {
					p.clockLead = m.start + 1
				}
				p.clockPage = p.pageLine(m.start)
				p.clockOver = m.end == m.start+1 && p.is(m.start, "overnight")
				if m.end-m.start > 2 && (m.start == 0 || p.t(m.start).nl) && (p.t(m.end).nl || !p.real(m.end)) && !p.ref.Narrative {
					// "23:40 26 Nov" heading a live page's entry: what the
					// entry tells is told from that day ("Giles Ward told us
					// earlier this evening").
					p.stampDay, p.stampMin, p.stampHead, p.stampDated = m.value[:10], at, p.head, true
				}
			}
		}
	}
	if m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && !p.ref.Narrative && (p.is(m.start-1, "on") && p.key(m.start-2, kLate) || p.key(m.start-1, kLate) || p.key(m.start, kLate) && m.mod == "END") && p.cls(m.end-1, cWeekday) {
		// "appointed administrators late on Sunday. Staff were told at
		// 6am": the night of that day, as "Sunday night" is, for the
		// small hours after it.
		p.clockDay, p.clockEnd, p.clockMin, p.clockExact, p.clockStamp, p.clockOver = m.pt.time(), m.end, 22*60, false, false, false
	}
	if m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && p.t(m.start).nl && (p.t(m.end).nl || !p.real(m.end)) && !p.ref.Narrative {
		p.head, p.hasHead = m.pt, true // "Monday 18 January" heading the entries below it
	}
	if m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && !m.rel && !p.ref.Narrative && p.hasDCT && p.dct.Year()-m.pt.y >= 2 {
		p.quotedEntry(m)
	}
	if m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && !p.ref.Narrative && m.start < 40 && p.minutesTitle(m.start) {
		p.meeting, p.hasMeeting = m.pt, true // "City Council Regular Meeting Minutes, Tuesday, October 28, 2025"
	}
	if m.typ == Date && len(m.value) == 4 && m.hasPt && m.pt.g == gYear && p.punct(m.end, '\'') && p.is(m.end+1, "s") && p.opensSentence(m.start) {
		p.possY, p.possEnd = m.pt.y, m.end
	}
	if !p.hasEventLede && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && m.rel && m.start < 150 && !p.ref.Narrative && !p.inDateline(m.start) {
		p.eventLede, p.hasEventLede = m.pt, true // not a dateline's "NOVI SAD, Nov 7 (Wire) -"
	}
	lede, ledeOK := m.pt, m.hasPt && m.pt.g == gDay && m.pt.y != noYear
	if !m.hasPt && m.typ == Time && p.key(m.start, kYesterday) && len(m.value) > 10 && m.value[10] == 'T' && !strings.Contains(m.value[11:], ":") && m.start < 150 {
		// "was jailed for eight years yesterday afternoon": the lede's day
		// is the part's.
		if d, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
			lede, ledeOK = at(d, gDay), true
		}
	}
	if !p.hasLede && ledeOK && m.rel && m.start < 150 && !p.ref.Narrative {
		p.lede, p.hasLede, p.ledeAt = lede, true, int(p.t(m.end-1).end)
		for k := m.start - 1; k >= 0 && k >= m.start-8 && !p.sentenceEnd(k); k-- {
			p.ledeSaid = p.ledeSaid || p.reporting(k) || p.isAny(k, "briefing", "statement", "interview")
		}
	}
	if m.hasPt && m.pt.y != noYear && (!m.rel || m.wdYear) {
		p.written = m.pt.y
	}
	p.last, p.lastEnd, p.lastStart = point{y: noYear}, m.end, m.start
	if m.hasPt {
		p.last = m.pt
		if m.pt.y != noYear && m.pt.g <= gMonth {
			p.dated, p.datedStart, p.datedEnd = m.pt, m.start, m.end
		}
	}
	if m.hasPt && m.pt.g == gDay && (!m.rel || p.key(m.end-1, kToday) && p.key(m.end-2, kAgo)) && m.pt.y != noYear && !p.bornBefore(m.start) && !p.lineAlone(m.start, m.end) {
		// ... and "a year ago today", which states the day as surely; not
		// a byline's day on a line of its own, the report's.
		// A birth date is not the day a later "6 April" names again.
		p.told[p.nTold%len(p.told)] = m.pt
		p.nTold++
	} else if m.typ == Time && !m.rel && len(m.value) >= 13 && m.value[4] == '-' && m.value[10] == 'T' && m.value[0] != 'X' && !p.lineAlone(m.start, m.end) {
		// "the night of Oct. 19, 2025": a day told with its part.
		if d, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
			p.told[p.nTold%len(p.told)] = at(d, gDay)
			p.nTold++
		}
	}
	if m.hasPt && m.pt.g == gQuarter && m.pt.y != noYear {
		p.prevQ, p.prevQTok = m.pt, m.end
	}
	if m.hasPt && m.pt.g == gHalf && m.pt.y != noYear && !p.ahead(point{y: m.pt.y, n: 2 * m.pt.n, g: gQuarter}) {
		p.lastH, p.lastHTok = m.pt, m.end // "the first half of the year": what half-year results report on
	}
	if m.hasPt && m.pt.g == gWeekend && m.pt.y != noYear && p.entryHead(m.start, m.end) {
		p.hdr, p.hdrEnd = at(m.pt.time(), gDay), m.end // "The weekend: ...", an agenda's entry from its Saturday
	}
	if m.hasPt && (m.pt.g == gWeek || m.pt.g == gWeekend) && m.pt.y != noYear {
		p.wk, p.wkTok = m.pt, m.end
	}
	if m.hasPt && m.pt.g == gQuarter && m.pt.y != noYear && (m.fiscal || !p.ahead(m.pt)) {
		// The quarter the text reports on stays its topic when an earlier
		// one is mentioned in passing ("after a flat second quarter").
		// Nor does the current quarter replace one that has ended.
		cur := point{y: noYear}
		if p.hasDCT {
			cur = at(p.dct, gQuarter)
		}
		if c, ok := p.quarterContext(m.start); !ok || c == cur || (c.y < m.pt.y || c.y == m.pt.y && c.n <= m.pt.n) && m.pt != cur {
			p.lastQ, p.lastQFiscal = m.pt, m.fiscal
		}
		p.lastQTok = m.end
	}
}

// asideDay reports a day m told in an aside set off by commas ("Harrow, 38
// not out at stumps yesterday, reached three figures"), before a later day
// told a sentence or two back: the story stays on that day.
func (p *parser) asideDay(m match) bool {
	if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay || m.start-p.dayEnd > 60 || !p.punct(m.end, ',') {
		return false
	}
	for k := m.start - 1; k >= m.start-8 && k >= p.dayEnd; k-- {
		if t := p.t(k); t.kind == tPunct {
			// The aside follows a name and holds no verb; a verb follows it.
			if t.c != ',' || k >= m.start-1 || p.t(k-1).kind != tWord || !p.t(k-1).cap || p.tenseOf(m.end+1, true) == 0 {
				return false
			}
			for j := k + 1; j < m.start; j++ {
				if p.tenseOf(j, false) != 0 {
					return false
				}
			}
			return p.withinSentences(p.dayEnd, m.start, 2) && p.day.time().After(m.pt.time())
		}
	}
	return false
}

// relativeDay reports a day m told in a relative clause ("the series that
// began last Thursday") after a later day its sentence told first.
func (p *parser) relativeDay(m match) bool {
	if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay || m.start-p.dayEnd > 40 {
		return false
	}
	for k := m.start - 1; k >= m.start-10 && k >= p.dayEnd; k-- {
		if p.t(k).kind == tPunct {
			return false
		}
		if p.isAny(k, "that", "which") && k < m.start-1 && k >= m.start-4 && !p.t(k).cap {
			return p.sameSentence(p.dayEnd-1, m.start) && p.day.time().After(m.pt.time())
		}
		if p.is(k, "who") && k < m.start-1 && p.punct(k-1, ',') && !p.t(k).cap {
			// "On Friday he meets Ruiz, who beat Ota on Tuesday": what the
			// person named did before.
			return p.sameSentence(p.dayEnd-1, m.start) && p.day.time().After(m.pt.time())
		}
	}
	return false
}

// calledBefore reports a verb of calling a few words before the election
// at k: "called a double dissolution election on March 25" dates the
// call, not the vote.
func (p *parser) calledBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && p.t(j).kind == tWord; j-- {
		if p.isAny(j, "called", "calls", "call", "calling", "announced", "announces", "triggered") {
			return true
		}
	}
	return false
}

// planGone reports a day at s that a plan had been set for, or had
// originally been: "had been set for Tuesday", "originally scheduled for
// Friday".
func (p *parser) planGone(s int) bool {
	k := s - 1
	if !p.isAny(k, "for", "on") {
		return false
	}
	k--
	if !p.isAny(k, "set", "scheduled", "planned", "slated", "due", "expected") {
		return false
	}
	return p.is(k-1, "been") && p.is(k-2, "had") || p.is(k-1, "originally") || p.is(k-2, "originally")
}

// saidDay reports a day that only dates the saying, after a day the same
// sentence is about: "is expected to reach Earth on Thursday, the Met
// Office said on Wednesday, and could make the aurora visible that night".
// What "that night" points at is the news, not the statement.
func (p *parser) saidDay(m match) bool {
	if m.pt.g != gDay || !p.hasAnc || p.anchor.g != gDay && p.anchor.g != gYear {
		return false
	}
	if m.start-p.ancEnd > 60 {
		return false
	}
	return p.reportingBefore(m.start) && p.sameSentence(p.ancEnd-1, m.start)
}

// hearingDay reports a day on which a court heard what happened on a day
// told before it, and gives that earlier day: "died on the morning of 3
// February, the inquest was told. ... As the inquest heard on Monday, they
// had driven up the previous evening": the story goes on from the day of
// the death, not from the day of the hearing.
func (p *parser) hearingDay(m match) (point, bool) {
	if m.pt.g != gDay || m.pt.y == noYear || p.ref.Narrative {
		return point{}, false
	}
	k := m.start - 1 - boolInt(p.is(m.start-1, "on"))
	switch {
	case p.is(k, "heard"):
		k--
	case p.is(k, "told") && p.isAny(k-1, "was", "were"):
		k -= 2
	default:
		return point{}, false
	}
	if !p.isAny(k, "inquest", "court", "jury", "jurors", "tribunal", "hearing", "trial", "inquiry", "magistrates", "judge") {
		return point{}, false
	}
	day := m.pt.time()
	for n := 1; n <= min(p.nAncDays, len(p.ancDays)); n++ {
		if d := p.ancDays[(p.nAncDays-n)%len(p.ancDays)]; d.time().Before(day) {
			return d, true
		}
	}
	return point{}, false
}

// attributive reports a date that names an event in passing: "the leader
// of the August 1792 uprising", "surpassing the May 2007 high". In history
// it does not move the story's time.
func (p *parser) attributive(m match) bool {
	if !p.key(m.start-1, kThe) && !(p.punct(m.start-2, '\'') && p.is(m.start-1, "s")) {
		return false
	}
	t := p.t(m.end)
	if t.kind != tWord || t.cap || t.lx.cls != cNone {
		return false
	}
	w := p.word(m.end)
	switch w {
	case "and", "or", "of", "to", "in", "on", "at", "for", "was", "were", "is", "with", "as", "when", "had", "that", "which", "by", "saw", "brought":
		return false
	}
	n := len(w)
	return !(n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly"))
}

// andClause reports a clause joined by a comma and "and" or "but" between
// tokens a and b: ", and the phone reaches stores on Sept. 25".
func (p *parser) andClause(a, b int) bool {
	for k := a; k < b; k++ {
		if p.punct(k, ',') && p.isAny(k+1, "and", "but") && p.determiner(k+2) {
			return true
		}
		if k == a && p.isAny(k, "and", "but") && p.key(k+1, kThe) && p.t(k+2).kind == tWord && p.t(k+2).lx.cls != cNone {
			// "Pre-orders open on Friday and the first bands ship on 20
			// September": a clause of its own, its first word an ordinal
			// or a time word.
			return true
		}
	}
	return false
}

// sameWeekday gives the bare weekday told just before day pt that day's
// date when it is the same weekday within a week of the one it had:
// "Sunday's Stage 15, on Bastille Day", "on Monday, the early May bank
// holiday".
func (p *parser) sameWeekday(pt point, start int) {
	x := &p.out[p.wdOut-1]
	had, err := time.Parse("2006-01-02", x.Value)
	day := pt.time()
	if err != nil {
		return
	}
	// "from Wednesday to Sunday, 24 to 28 June": dates that restate a range
	// of weekdays, however far ahead.
	restated := p.punct(p.wdEnd, ',')
	for k := p.wdEnd; k < start && restated; k++ {
		restated = p.punct(k, ',') || p.t(k).kind == tNum || p.rangeLink(k)
	}
	if !restated && p.punct(p.wdEnd, '\'') && p.is(p.wdEnd+1, "s") && p.punct(start-1, ',') && start-p.wdEnd <= 6 {
		// "Tuesday's recount deadline, Nov. 24": the weekday's event, dated
		// in apposition.
		restated = true
		for k := p.wdEnd + 2; k < start-1; k++ {
			if t := p.t(k); t.kind != tWord || t.cap || t.lx.cls != cNone {
				restated = false
			}
		}
	}
	if k := start - 1; !restated && k >= p.wdEnd && (p.isAny(k, "to", "through", "until", "till", "thru") || p.punct(k, '-')) && !p.lineBetween(p.wdEnd, start) {
		// The end of a range the weekday opens: "from Tuesday through
		// Dec. 2" starts before it.
		for !had.Before(day) && had.Sub(day) < 14*24*time.Hour {
			had = had.AddDate(0, 0, -7)
		}
		x.Value = had.Format("2006-01-02")
		return
	}
	if had.Weekday() != day.Weekday() {
		if n := p.wdOut - 2; restated && n >= 0 && x.Start-p.out[n].End <= 9 {
			if first, err := time.Parse("2006-01-02", p.out[n].Value); err == nil && first.Weekday() == day.Weekday() {
				p.out[n].Value = pt.String() // the range's first weekday
			}
		}
		return
	}
	if day.Sub(had).Abs() > 7*24*time.Hour && !restated {
		return
	}
	if !restated && p.hasDCT && had.After(p.dct) && day.After(had) && p.andClause(p.wdEnd, start) {
		// "Orders open starting Friday, and the phone reaches stores on
		// Sept. 25": the Friday ahead, and the one a week after it.
		return
	}
	x.Value = pt.String()
	if n := p.wdOut - 2; n >= 0 && p.out[n].Type == Time && x.Start-p.out[n].End <= 4 && strings.HasPrefix(p.out[n].Value, had.Format("2006-01-02")) {
		// "at 2am on Sunday, the last Sunday of October": the time of
		// the day as corrected.
		p.out[n].Value = x.Value + p.out[n].Value[10:]
	}
	if p.hasAnc && p.anchor.g == gDay && p.anchor.time().Equal(had) {
		p.anchor = pt // what "that day" refers to is the day as corrected
	}
}

// ahead reports a quarter after the DCT's: earnings news reports on a
// quarter that has ended, so a forecast ("losses through the third quarter
// of 1990") does not become the quarter the text is about.
func (p *parser) ahead(q point) bool {
	if !p.hasDCT || p.ref.Narrative {
		return false
	}
	cur := at(p.dct, gQuarter)
	return q.y > cur.y || q.y == cur.y && q.n > cur.n
}

// base is what relative expressions resolve against: the DCT, or the last
// mentioned date in narrative mode. ok is false when neither is known.
func (p *parser) base() (time.Time, bool) {
	if p.inQuoted {
		return p.quotedDay, true // a diary entry quoted: its day is its "today"
	}
	if p.stampDated && !p.ref.Narrative {
		if d, err := time.Parse("2006-01-02", p.stampDay); err == nil {
			return d, true // a live page's entry under a dated stamp
		}
	}
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

// dayAnchor returns the day the story tells at token i: the anchor when
// it is a day, or, in news, the day a year long before replaced as the
// anchor ("struck on the night of Oct. 19, 2025. ... Room 12, which had
// held the snuffboxes since they were bequeathed in 1894. ... The alarm
// had been disabled two days earlier"): a count of days or a part of a
// day counts from a day, not from a year.
func (p *parser) dayAnchor(i int) (point, bool) {
	if !p.hasAnc {
		return point{}, false
	}
	if p.anchor.g == gDay {
		return p.anchor, true
	}
	if p.hasPrevDay && p.anchor.g == gYear && !p.ref.Narrative && (i-p.prevDayEnd <= 3*storyReach || p.clockEnd > p.ancEnd && p.clockDay.Sub(p.prevDay.time()).Abs() <= 7*24*time.Hour) {
		return p.prevDay, true
	}
	return point{}, false
}

// anaphor is what "the same day" or "the following year" resolve against:
// the last mentioned date, else the DCT.
func (p *parser) anaphor() (time.Time, bool) {
	if p.hasAnc {
		return p.anchor.time(), true
	}
	return p.base()
}

// halfContext returns the half-year the text reports on at token i, if one
// was told recently and no quarter since.
func (p *parser) halfContext(i int) (point, bool) {
	if p.lastHTok > 0 && i-p.lastHTok < quarterReach && p.lastHTok > p.lastQTok {
		return p.lastH, true
	}
	return point{}, false
}

// results reports a figure compared just before token i: "against £2.5
// billion a year earlier", "from £3.6 billion in".
func (p *parser) results(i int) bool {
	for k := i - 1; k >= 0 && k > i-6 && !p.sentenceEnd(k); k-- {
		t := p.t(k)
		if t.kind == tNum && (strings.ContainsAny(p.text[max(0, int(t.start)-3):t.start], "$£€") || p.isAny(k+1, "billion", "million", "bn", "m", "p", "pence", "cents", "per", "percent") || p.punct(k+1, '%')) {
			return true
		}
	}
	return false
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
const quarterReach = 250

// recordSet reports an expression at s that dates a record the text
// tells beaten: "beating the record Emily set in July 2005", "beating the
// 18-day record set in 1974". The story does not go on in that time, as it
// may after a record that is itself the news ("past the record it set on
// Tuesday ... that day").
func (p *parser) recordSet(s int) bool {
	if !p.isAny(s-1, "in", "on") || !p.is(s-2, "set") {
		return false
	}
	for k := s - 3; k >= 1 && k >= s-7; k-- {
		if p.isAny(k, "record", "records") {
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if p.isAny(j, "beating", "beat", "beats", "broke", "breaking", "eclipsing", "eclipsed", "surpassing", "surpassed", "topping", "topped", "shattering", "shattered") {
					return true
				}
				if p.t(j).kind == tPunct && !(p.punct(j, '-') && p.adj(j)) {
					return false
				}
			}
			return false
		}
		if p.t(k).kind == tPunct {
			return false
		}
	}
	return false
}

// aside reports a bare year far from the story's time in narrative text,
// such as the date of a source or a flash-forward ("a 2005 study"): it does
// not move the anchor.
func (p *parser) aside(pt point) bool {
	if !p.ref.Narrative || !p.hasAnc || pt.g != gYear && pt.g != gMonth {
		return false
	}
	d := pt.y - p.anchor.y
	if pt.g == gMonth {
		// "In November 2008, protesters staged a similar stomping" in the
		// story of 2003: a flash-forward.
		return d > asideMonthYears
	}
	return d > asideYears || d < -asideYears
}

// asideMonthYears is how many years ahead of the story a month may lie and
// still move it on.
const asideMonthYears = 4

// asideYears is how far from the story a bare year may lie and still move
// it on.
const asideYears = 10

// comparedYear reports a year that names what the story is compared with
// ("older residents compared it with the 1947 flood", "worse than the
// 1987 storm"), which does not move the story there; in news only.
func (p *parser) comparedYear(m match) bool {
	if p.ref.Narrative || !m.hasPt || m.pt.g != gYear || m.end != m.start+1 || !p.key(m.start-1, kThe) || p.t(m.end).kind != tWord {
		return false
	}
	k := m.start - 2
	if p.isAny(k, "than", "like") {
		return true
	}
	if !p.isAny(k, "with", "to") {
		return false
	}
	for j := k - 1; j >= k-3 && j >= 0; j-- {
		if p.isAny(j, "compared", "compare", "compares", "comparing", "comparison", "comparisons", "likened", "likens") {
			return true
		}
	}
	return false
}

// originYear reports a year that a participle after a noun dates, when the
// story already has its day or month: "The Morwenna, a 640-ton coaster
// built on the Tyne in 1894, carried coal", told of April 1912; the
// thing's origin, an aside that does not move the story; in news only.
func (p *parser) originYear(m match) bool {
	if p.ref.Narrative || !m.hasPt || m.pt.g != gYear || !p.hasAnc || p.anchor.g > gMonth || !p.is(m.start-1, "in") {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-6; k-- {
		if p.t(k).kind != tWord {
			return false
		}
		if p.isAny(k, "built", "founded", "established", "formed", "launched", "designed", "made", "opened", "created") {
			if p.t(k-1).kind != tWord || p.isAny(k-1, "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "it", "he", "she", "they", "we", "and") {
				return false
			}
			// An apposition: ", a 640-ton coaster built ...".
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if p.key(j, kA) || p.key(j, kAn) {
					return p.punct(j-1, ',')
				}
				if p.t(j).kind == tPunct && p.t(j).c != '-' {
					return false
				}
			}
			return false
		}
	}
	return false
}

// sinceNow reports a year after "since" in a present perfect, a span
// that runs to now ("the bungalow where he has lived since 1961"), which
// does not move the story there; in news only.
func (p *parser) sinceNow(m match) bool {
	if p.ref.Narrative || !m.hasPt || m.pt.g != gYear || !p.is(m.start-1, "since") {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-5 && !p.sentenceEnd(k); k-- {
		contracted := p.is(k, "ve") && p.punct(k-1, '\'') // "where they've lived"
		if (p.isAny(k, "has", "have") || contracted) && p.t(k+1).kind == tWord && (strings.HasSuffix(p.word(k+1), "ed") || irregularParticiple(p.word(k+1)) || p.isAny(k+1, "lived", "been", "worked", "run", "held", "kept", "led", "grown")) {
			// ... told in a relative clause about a place or a thing of
			// today, not "It has been held since 1971, when ...".
			if contracted {
				k -= 2 // the subject the verb is joined to
			}
			return p.isAny(k-2, "where", "which", "who") || p.isAny(k-1, "where", "which", "who")
		}
	}
	return false
}

// daysFrom reads "over four days from" (or "for") just before token k and
// returns the count of days, two to seven.
func (p *parser) daysFrom(k int) (int, bool) {
	if !p.is(k-1, "from") || !p.cls(k-2, cUnit) || p.t(k-2).lx.val() != uDay || !p.t(k-2).lx.plural || !p.isAny(k-4, "over", "for") {
		return 0, false
	}
	n := 0
	if t := p.t(k - 3); t.kind == tNum && !t.sep {
		n = t.number()
	} else if p.cls(k-3, cNumber) {
		n = p.t(k - 3).lx.val()
	}
	return n, n >= 2 && n <= 7
}

// toldYear returns the year of month m, day d when the text has stated
// that day with its year.
func (p *parser) toldYear(m, d int) (int, bool) {
	// Days told in several years name none of them: "on 2 August 2025 ...
	// until 2 August 2027. What happens on 2 August?"
	y := noYear
	for k := range min(p.nTold, len(p.told)) {
		if t := p.told[k]; t.m == m && t.d == d {
			if y != noYear && t.y != y {
				return 0, false
			}
			y = t.y
		}
	}
	return y, y != noYear
}

// newClause reports a clause that opens between tokens a and b: a comma
// and a determiner ("on Friday, the first phones ship on Sept. 17"), so
// that the date after it is another day, not the weekday restated.
func (p *parser) newClause(a, b int) bool {
	for k := a; k < b; k++ {
		if p.punct(k, ',') && p.determiner(k+1) {
			return true
		}
	}
	return false
}

// namesWeekday reports that the expression from a to e names the weekday
// told last: "on Sunday, the last Sunday of October" restates it.
func (p *parser) namesWeekday(a, e int) bool {
	w := p.wdEnd - 1
	if !p.cls(w, cWeekday) {
		w--
	}
	if !p.cls(w, cWeekday) {
		return false
	}
	for k := a; k < e; k++ {
		if p.cls(k, cWeekday) && p.t(k).lx.val() == p.t(w).lx.val() {
			return true
		}
	}
	return false
}

// toldMonth returns the year of the last day the text stated in month m:
// the month an event of it names ("the June debate") is the one told.
func (p *parser) toldMonth(i, m int) (int, bool) {
	mm := pad(m, 2)
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-40; n-- {
		if v := p.out[n].Value; n == len(p.out)-1 && p.out[n].Type == Date && len(v) == 4 && v[0] != 'X' && p.withinSentences(p.lastEnd-1, i, 2) {
			// "... Jan. 19, 2025 ... the second round this year. The
			// January round opened": a year told just before moves the
			// story on.
			return 0, false
		}
		if v := p.out[n].Value; len(v) >= 10 && v[4] == '-' && v[5:7] == mm && v[7] == '-' && v[0] != 'X' {
			if y := atoiYear(v[:4]); y != noYear {
				return y, true
			}
		}
	}
	return 0, false
}

// codeNext reports a quarter or half code after a year at i: "2024 Q3",
// "2024-H1".
func (p *parser) codeNext(i int) bool {
	k := i + 1
	if p.punct(k, '-') {
		k++
	}
	t := p.t(k)
	return t.kind == tWord && t.end-t.start == 1 && (t.c == 'Q' || t.c == 'H')
}

// quarterBefore returns the quarter of the expression that ends at token
// k, whatever its value's source: "the year-ago quarter" in "the
// year-ago quarter, the second quarter ended Oct. 31".
func (p *parser) quarterBefore(k int) (point, bool) {
	if p.lastEnd != k || len(p.out) == 0 {
		return point{}, false
	}
	v := p.out[len(p.out)-1].Value
	if len(v) != 7 || v[4] != '-' || v[5] != 'Q' || v[6] < '1' || v[6] > '4' {
		return point{}, false
	}
	y := 0
	for _, c := range v[:4] {
		if c < '0' || c > '9' {
			return point{}, false
		}
		y = 10*y + int(c-'0')
	}
	return point{y: y, n: int(v[6] - '0'), g: gQuarter}, true
}

// target reports a date set for something still ahead, "called a general
// election for 8 June": the story's time stays where it was, so "Six weeks
// later" counts from the calling, not from the vote.
func (p *parser) target(m match) bool {
	return !p.ref.Narrative && p.hasDCT && p.is(m.start-1, "for") && m.pt.time().After(p.dct)
}

// bornBefore reports a birth date at k: "born on 6 May 1960", "born
// between 6 April 1960 and ...", "born on or after 6 April 1960".
func (p *parser) bornBefore(k int) bool {
	for j := k - 1; j >= k-4 && j >= 0; j-- {
		if p.is(j, "born") {
			return true
		}
		if p.t(j).kind == tPunct || p.t(j).kind == tNum {
			return false
		}
	}
	return false
}

// conversion reports a clock time at k in brackets right after another
// expression, which gives the same instant in another zone: "at 11:42 p.m.
// on Monday (1442 UTC)". Later clock times go on from the local one.
func (p *parser) conversion(k int) bool {
	return p.punct(k-1, '(') && len(p.out) >= 2 && p.lastEnd > 0 && p.lastEnd == k-1
}

// untilEnd reports a day at k that ends a span told with "until": "a
// warning valid from 1pm on Friday until 9pm on Saturday". The clock times
// after it belong to the story's day, not to the span's end.
func (p *parser) untilEnd(k int) bool {
	if p.ref.Narrative {
		return false
	}
	return p.overClock(k-1, 4, true, "until", "till")
}

// quotedTitle reports tokens [s, e) inside a short quoted title, its words
// capitalized but for little ones: "A Sunday in March", 'Friday Night
// Lights'. A quoted sentence ("Monday is fine") is no title.
func (p *parser) quotedTitle(s, e int) bool {
	titleWord := func(k int) bool {
		t := p.t(k)
		return t.kind == tWord && (t.cap || p.isAny(k, "in", "of", "on", "at", "the", "a", "an", "and", "to", "for"))
	}
	open := s - 1
	for open >= 0 && open > s-6 && titleWord(open) {
		open--
	}
	q := p.t(open)
	if q.kind != tPunct || q.c != '"' && q.c != '\'' || !p.adj(open+1) || open > 0 && p.adj(open) && p.t(open-1).kind == tWord {
		return false
	}
	close := e
	for close < e+6 && titleWord(close) {
		close++
	}
	if c := p.t(close); c.kind != tPunct || c.c != q.c || !p.adj(close) {
		return false
	}
	if close-open-1 < 2 {
		return false // a lone quoted word: 'Monday'
	}
	// The whole quote one expression ("the 'Summer of Love'") is a date
	// quoted, not a title holding one.
	return p.t(open+1).cap && (open+1 < s || close > e)
}

// docNumber reports a number at i that is part of a document's number
// made of a year and a serial after the document's name: "Ordinance
// 2025-41", "Resolution No. 2024-12", "Executive Order 2023/07".
func (p *parser) docNumber(i int) bool {
	t := p.t(i)
	k := i // the four-digit year
	if t.ndig != 4 {
		if !(p.punct(i-1, '-') || p.punct(i-1, '/')) || !p.adj(i) || !p.adj(i-1) || p.t(i-2).ndig != 4 || p.t(i-2).kind != tNum {
			return false
		}
		k = i - 2
	} else if !(p.punct(i+1, '-') || p.punct(i+1, '/')) || !p.adj(i+1) || !p.adj(i+2) || p.t(i+2).kind != tNum {
		return false
	}
	if n := p.t(k + 2); k == i && n.ndig >= 3 && p.text[n.start] == '0' {
		return true // "under permit EBA 2025-0417": no year range runs to "0417"
	}
	j := k - 1
	if p.punct(j, '.') && p.isAny(j-1, "no", "nos") && p.t(j-1).cap {
		return true // "license, No. 2024-0311", "Resolution No. 2024-12"
	} else if p.punct(j, ':') || p.punct(j, '#') {
		j-- // "Ordinance #2025-41"
	}
	return p.t(j).cap && p.isAny(j, "ordinance", "ordinances", "resolution", "resolutions", "bill", "order", "directive", "regulation", "decree", "measure", "motion", "case", "docket", "circular", "notice", "proposition", "petition", "amendment", "no", "nos", "ruling", "file", "item")
}

// minutesTitle reports a date at k on the first line of the text, which
// names a record of a meeting: "Minutes" before it on that line.
func (p *parser) minutesTitle(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if p.t(j+1).nl && j+1 <= k {
			return false // not the first line
		}
		if p.is(j, "minutes") && p.t(j).cap {
			for ; j >= 0; j-- {
				if p.t(j).nl && j > 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ageCount reports a count of weeks, months or years at i that is an age,
// which TimeML leaves untagged: "everyone 6 months and older", "children
// aged 6 months", "pneumococcal shots at 2 months", "a booster at 4 to 6
// years", "between 27 and 36 weeks of each pregnancy".
func (p *parser) ageCount(i int) bool {
	if p.ref.Narrative {
		return false // WikiWars tags ages: "26 years of age"
	}
	u := i + 1
	if p.isAny(u, "to", "and", "or") && p.t(u+1).kind == tNum && p.t(u+1).ndig <= 2 {
		u += 2
	}
	ut := p.t(u)
	if ut.kind != tWord || ut.lx.cls != cUnit || ut.cap || (ut.lx.v != uWeek && ut.lx.v != uMonth && ut.lx.v != uYear) {
		return false
	}
	if p.is(u+1, "and") && p.isAny(u+2, "older", "younger", "over", "under", "up") || p.isAny(u+1, "pregnant") || p.is(u+1, "of") && (p.is(u+2, "age") || p.is(u+2, "pregnancy") || p.is(u+2, "each") && p.is(u+3, "pregnancy")) {
		return true
	}
	f := i // the range's first number: "at 4 to 6 years" read at "6"
	if p.isAny(i-1, "to", "and", "or") && p.t(i-2).kind == tNum && p.t(i-2).ndig <= 2 {
		f = i - 2
	}
	if p.is(f-1, "aged") {
		return true
	}
	lead := p.is(f-1, "at") || p.is(f-1, "between") || p.is(f-1, "as") && p.is(f-2, "early") || p.is(f-1, "and") && p.t(f-2).kind == tNum && p.is(f-3, "at")
	if !lead {
		return false
	}
	for j := f - 12; j <= u+12; j++ {
		if j < 0 || j > f-1 && j <= u || !p.real(j) {
			continue
		}
		if p.isAny(j, "shots", "shot", "dose", "doses", "vaccine", "vaccines", "vaccinated", "booster", "boosters", "baby", "babies", "infant", "infants", "toddler", "toddlers", "pregnancy") {
			return true
		}
	}
	return false
}

// quotedEntry records the quotation that opens after a colon later in the
// sentence of a day long past, m: a diary entry or a letter of that day,
// whose "this morning" and "midnight" are that day's.
func (p *parser) quotedEntry(m match) {
	for j := m.end; j < m.end+20 && p.real(j) && !p.sentenceEnd(j); j++ {
		if !p.punct(j, ':') {
			continue
		}
		if !p.punct(j+1, '"') {
			return
		}
		for k := j + 2; k < j+120 && p.real(k); k++ {
			if p.punct(k, '"') {
				p.quotedDay, p.quoteStart, p.quoteEnd = m.pt.time(), j+1, k
				return
			}
			if p.t(k).nl {
				return
			}
		}
		return
	}
}

// quoteOccasion records the day of the quotation that opens a paragraph at
// token i when the sentence after it tells the quotation's occasion by a
// day with its year: "\"Tonight we find out whether anybody was
// listening.\" She wrote that at 9pm on election night, 8 June 2017", "\"If
// I am still in this job on Friday, I will be astonished.\" Marchbank said
// it on the morning of Tuesday 11 October 2016": the quotation's "tonight"
// and weekdays count from that day, as a diary entry's do.
func (p *parser) quoteOccasion(i int) {
	if p.ref.Narrative || p.nested {
		return
	}
	k := i + 1
	for ; k < i+100 && p.real(k) && !p.t(k).nl && !p.punct(k, '"'); k++ {
	}
	if !p.punct(k, '"') || p.t(k).nl || k-i < 3 {
		return
	}
	if t := p.t(i + 1); t.kind == tWord && t.cap && (t.lx.cls == cWeekday || t.lx.cls == cMonth) || t.kind == tNum {
		// A diary's or a letter's entry quoted whole: "\"Monday 14
		// January. Today the constable came to the door.\"": the day it
		// opens with is the day its words speak from.
		p.nested = true
		var m match
		ok := p.best(i+1, &m) && p.punct(m.end, '.') && m.end+1 < k && m.typ == Date && len(m.value) == 10 && m.value[4] == '-'
		p.nested = false
		if ok {
			if d, err := time.Parse("2006-01-02", m.value); err == nil {
				p.quotedDay, p.quoteStart, p.quoteEnd = d, i, k
				return
			}
		}
	}
	saying := 0
	for e := k + 1; e < k+30 && p.real(e) && !p.t(e).nl; e++ {
		if e > k+1 && (p.sentenceEnd(e) || p.punct(e, '"')) {
			return
		}
		if saying == 0 {
			if e <= k+5 && p.isAny(e, "wrote", "said", "told", "recalled", "declared", "announced", "remarked", "noted", "tweeted", "posted", "scribbled") {
				saying = e
			}
			continue
		}
		if t := p.t(e); (t.kind == tWord && t.lx.cls == cWeekday && t.cap && !t.lx.plural || p.key(e, kYesterday)) && p.hasDCT {
			// "... in 2019," Marchbank said by satellite phone from Camp 4
			// on Tuesday evening: a day before the report's.
			p.nested = true
			defer func() { p.nested = false }()
			var m match
			if p.best(e, &m) && len(m.value) >= 10 && m.value[4] == '-' && m.value[7] == '-' {
				if d, err := time.Parse("2006-01-02", m.value[:10]); err == nil && d.Before(p.dct) {
					p.quotedDay, p.quoteStart, p.quoteEnd = d, i, k
				}
			}
			return
		}
		if t := p.t(e); t.kind != tNum || t.ndig != 4 || t.sep {
			continue
		}
		// A day whose year is told: the expression that ends at the year.
		p.nested = true
		defer func() { p.nested = false }()
		for s := saying + 1; s < e; s++ {
			var m match
			if p.t(s).trigger() && p.best(s, &m) && m.end == e+1 && len(m.value) >= 10 && m.value[4] == '-' && m.value[7] == '-' {
				if d, err := time.Parse("2006-01-02", m.value[:10]); err == nil {
					p.quotedDay, p.quoteStart, p.quoteEnd = d, i, k
				}
				return
			}
		}
		return
	}
}

// hopedInQuote reports a day m that a quotation dated by its entry ("\"Monday
// 14 January. ... we will be home for Easter\"") looks ahead to: a hope, not
// a day the story moves to.
func (p *parser) hopedInQuote(m match) bool {
	return p.inQuoted && !p.quotedDay.IsZero() && m.start < p.quoteEnd && m.pt.g == gDay && m.pt.time().After(p.quotedDay)
}

// yearIn reports a match whose text states its year in four digits: "the
// first quarter of 2022", not "the first quarter".
func (p *parser) yearIn(m match) bool {
	for k := m.start; k < m.end; k++ {
		if t := p.t(k); t.kind == tNum && t.ndig == 4 {
			return true
		}
	}
	return false
}

// weekdayWithin reports a weekday's name among tokens a to e-1.
func (p *parser) weekdayWithin(a, e int) bool {
	for k := a; k < e; k++ {
		if p.cls(k, cWeekday) && !p.t(k).lx.plural {
			return true
		}
	}
	return false
}
