package temporal

import (
	"strings"
	"time"
)

// Weekdays: "Wednesday", "Monday morning", "Saturday, April 25", resolved
// by tense as news uses them.

func isoDay(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

func weekdayBefore(base time.Time, wd int, inclusive bool) time.Time {
	d := (int(base.Weekday()) - wd + 7) % 7
	if d == 0 && !inclusive {
		d = 7
	}
	return base.AddDate(0, 0, -d)
}

func weekdayAfter(base time.Time, wd int, inclusive bool) time.Time {
	d := (wd - int(base.Weekday()) + 7) % 7
	if d == 0 && !inclusive {
		d = 7
	}
	return base.AddDate(0, 0, d)
}

// weekdayNear resolves a bare weekday by tense: the future looks ahead,
// otherwise the most recent one on or before the base.
func weekdayNear(base time.Time, wd, tense int) time.Time {
	if tense > 0 {
		return weekdayAfter(base, wd, true)
	}
	if tense == 0 && wd == (int(base.Weekday())+1)%7 {
		// Without a tense, the day after is more likely than six days ago,
		// which news would call "last Thursday".
		return base.AddDate(0, 0, 1)
	}
	return weekdayBefore(base, wd, true)
}

// ruleWeekday: "Wednesday", "Monday morning", "Tues.".
// everyList returns the quant of the list of weekdays that "every" or
// "each" opens and the weekday at i ends, or "": the Friday of "every
// Monday and Friday", the Saturday of "each Tuesday, Thursday and
// Saturday".
func (p *parser) everyList(i int) string {
	if p.punct(i+1, '\'') {
		return "" // "every Friday, and Friday's report": that day's
	}
	k := i
	for n := 0; n < 6; n++ {
		if !(p.punct(k-1, ',') || p.isAny(k-1, "and", "or")) {
			return ""
		}
		k--
		if p.isAny(k, "and", "or") && p.punct(k-1, ',') {
			k-- // the serial comma, "Tuesday, Thursday, and Saturday"
		}
		w := p.t(k - 1)
		if w.kind != tWord || w.lx.cls != cWeekday || !w.cap || w.lx.plural {
			return ""
		}
		k--
		if p.key(k-1, kEvery) {
			return "EVERY"
		}
		if p.key(k-1, kEach) {
			return "EACH"
		}
	}
	return ""
}

func ruleWeekday(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cWeekday || !t.cap {
		return false
	}
	if _, ok := blackDay(p.word(i-1), t.lx.val()); ok && !t.lx.plural {
		return false // "Black Monday", a day of history (ruleHoliday)
	}
	if t.lx.val() == 1 && !t.lx.plural && p.is(i-1, "holiday") && p.is(i-2, "bank") && p.hasDCT && !p.ref.Narrative {
		// "oysters on bank holiday Monday": England's bank holiday Monday
		// nearest the reference, on the side its tense says.
		d := p.bankHolidayMonday(p.tense(i))
		pt := at(d, gDay)
		*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: 2 + boolInt(p.key(i-3, kThe))}
		return true
	}
	if nx := p.t(i + 1); nx.kind == tWord && nx.cap && !nx.nl && nx.lx.cls != cMonth && nx.lx.cls != cPart && nx.lx.cls != cHoliday && (p.punct(i-1, '"') && p.closeQuoteWithin(i+2, 4) || p.key(i-1, kThe) && !p.t(i-1).nl && !p.headline(i)) {
		return false // the song "Tuesday Light", the Sunday Times: a name
	}
	if p.isAny(i+1, "newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids") && !p.t(i+1).cap || p.isAny(i+1, "chronicle", "herald", "tribune", "observer", "telegraph", "times", "mail", "mirror", "express", "post", "star") && p.t(i+1).cap && p.t(i+2).kind == tWord && p.t(i+2).cap && !p.t(i+2).nl {
		// "after a report in a Sunday newspaper", "By Marcia Weekes,
		// Sunday Chronicle Staff Reporter": a paper, no day
		return false
	}
	if n := len(p.out); !t.lx.plural && p.key(i-1, kA) && p.is(i-2, "on") && p.is(i-3, "fell") && n > 0 && p.lastEnd == i-3 && p.out[n-1].Type == Date && len(p.out[n-1].Value) == 10 {
		// "Eid fell on a Sunday", "April 15 fell on a Saturday": the day
		// just told, if the weekday is its own. The present "falls on a
		// Saturday" tells a kind of day as often as that day, and is left.
		if d, err := time.Parse("2006-01-02", p.out[n-1].Value); err == nil && int(d.Weekday()) == t.lx.val() {
			*out = match{end: i + 1, typ: Date, value: p.out[n-1].Value, lead: 1, rel: true}
			return true
		}
		return false
	}
	if nx := p.t(i + 1); p.key(i-1, kA) && !p.t(i-1).cap && (!(nx.kind == tWord && !nx.cap && (nx.lx.cls == cNone || nx.lx.cls == cPart || nx.lx.cls == cKey && !p.key(i+1, kThis) && !p.key(i+1, kThat)) && !p.isAny(i+1, "and", "or", "in", "when")) || p.isAny(i+1, "schedule", "service", "timetable")) {
		// "the 15th falls on a Saturday this year": a kind of day, not a
		// day; "a Sunday night memorial" is one.
		return false
	}
	if p.key(i-1, kA) && p.key(i+1, kThe) && p.t(i+2).kind == tNum && p.isAny(i+3, "th", "st", "nd", "rd") {
		return false // "falls on a Friday the 13th": a kind of day
	}
	if pv, nx := p.t(i-1), p.t(i+1); pv.kind == tWord && pv.cap && pv.lx.cls == cNone && !pv.nl && !p.opensSentence(i-1) && nx.kind == tWord && nx.cap && nx.lx.cls == cNone && !nx.nl && !p.headline(i) && !t.lx.plural {
		return false // "the Uniform Monday Holiday Act": a word of a name
	}
	if p.t(i-1).cap && p.is(i-1, "patch") {
		return false // "Patch Tuesday", Microsoft's monthly update day: a kind of day
	}
	if t.lx.plural && !t.nl && (p.t(i-1).kind == tNum || p.cls(i-1, cNumber) || p.is(i-1, "both")) {
		return false // "It skips six Fridays", "I've missed four Saturdays", "longer hours on both Sundays": days counted, no set
	}
	if !t.lx.plural && p.is(i+1, "trading") && !p.t(i+1).cap && !p.isAny(i-1, "on", "by", "until", "since", "from") {
		return false // "Sunday trading hours": a kind of trading, no day
	}
	if t.lx.plural {
		// "on Tuesdays and Fridays": every such day.
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
		*out = match{end: i + 1, typ: Set, value: v, quant: "EVERY"}
		return true
	}
	if q := p.everyList(i); q != "" {
		// "every Monday and Friday": the second day is every one too.
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
		*out = match{end: i + 1, typ: Set, value: v, quant: q}
		return true
	}
	if p.cls(i+1, cPart) && p.t(i+1).lx.plural && p.t(i+1).lx.val() <= pNight {
		// "Tuesday nights": every one.
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val()))) + "T" + partCode[p.t(i+1).lx.val()]
		*out = match{end: i + 2, typ: Set, value: v, quant: "EVERY"}
		return true
	}
	if p.weekdayRange(i) && ((p.lastEnd == i || p.lastEnd == i-1 && p.punct(i-1, ',')) && len(p.out) > 0 && p.out[len(p.out)-1].Type == Time && (p.tense(i) >= 0 || strings.HasPrefix(p.out[len(p.out)-1].Value, "XXXX-XX-XXT")) || p.isAny(i-1, "open", "opens", "closed", "closes") && (p.tense(i) == 0 || p.is(i-2, "be") && p.tense(i) > 0)) && !p.ref.Narrative || p.cls(i-2, cWeekday) && p.weekdayRange(i-2) && len(p.out) > 0 && p.out[len(p.out)-1].Type == Set && p.out[len(p.out)-1].End == int(p.t(i-2).end) {
		// Hours kept on a range of days: "dinner from 5 to 10 p.m. Tuesday
		// through Saturday", "open Monday to Friday"; hours of no one day
		// make the range recur whatever the tense ("the hours it had
		// before the fire, 6 a.m. to 2 p.m. Tuesday through Sunday").
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
		*out = match{end: i + 1, typ: Set, value: v, quant: "EVERY"}
		return true
	}
	if p.weekdayRange(i) && p.is(i-1, "from") && p.isAny(i-2, "run", "runs", "served") && !p.ref.Narrative && p.tense(i) >= 0 && (p.mealOrService(i-3) || p.isAny(i-3, "will", "is", "be") && p.mealOrService(i-4)) {
		// "Dinner will run from Wednesday to Saturday": the days a
		// service is kept, every week.
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
		*out = match{end: i + 1, typ: Set, value: v, quant: "EVERY"}
		return true
	}
	if p.weekdayRange(i) && p.hoursAfter(i+3) && !p.ref.Narrative && p.tense(i) >= 0 {
		// Hours kept on a range of days told after it: "call the company
		// Monday through Friday, from 8 a.m. to 6 p.m. ET".
		v := "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val())))
		*out = match{end: i + 1, typ: Set, value: v, quant: "EVERY"}
		return true
	}
	if (p.key(i-1, kThe) || p.isAny(i-1, "last", "final") && p.key(i-2, kThe)) && p.isAny(i+1, "after", "before") && p.cls(i+2, cHoliday) && p.t(i+2).cap {
		return false // "the Sunday after Thanksgiving", "the final Saturday before Christmas": the holiday's rule
	}
	if p.key(i-1, kA) && !(p.t(i+1).kind == tWord && !p.t(i+1).cap && !p.is(i+1, "and") && !p.is(i+1, "or")) {
		return false // "on a Wednesday" is any Wednesday; not "a Sunday night service"
	}
	if p.t(i-1).kind == tWord && p.t(i-1).cap && weekdayHoliday(p.word(i-1), t.lx.val()) != 0 {
		// A feast: "Whit Monday", "Ash Wednesday"; not "the Good Friday
		// Agreement" either, though Good Friday is a holiday.
		return false
	}
	end := i + 1
	noDot := false
	if t.lx.abbr {
		switch {
		case p.punct(i+1, '.'):
			end = i + 2
		case p.t(i+1).kind == tNum || p.cls(i+1, cMonth) && p.t(i+1).cap:
			noDot = true // "Wed 31 May 2017", "Fri Nov 6 2026", as page headers write it
		default:
			return false
		}
	}
	// "Saturday, April 25" and "Friday Oct. 13": the date says which.
	k := end
	if p.punct(k, ',') {
		k++
	}
	if (p.t(k).kind == tWord && (ruleMonthDay(p, k, out) || ruleDayMonth(p, k, out)) || p.t(k).kind == tNum && ruleDayMonth(p, k, out)) && out.typ == Date && len(out.value) == 10 && !(p.t(k).kind == tNum && p.rangeLink(out.end) && p.t(out.end+1).kind == tNum && !p.clockLike(out.end+1)) {
		// "Tuesday 30 July", "Friday, 12th July 2024"; not the first day of
		// a range the weekdays restate ("from Wednesday to Sunday, 24 to 28
		// June").
		if out.rel && out.hasPt && out.pt.y != noYear {
			// A day without its year: the weekday picks the year, the nearest
			// to the one guessed ("Saturday, Nov. 7" after "in 2020" is 2020's).
			out.pt.y = p.weekdayYear(out.pt, t.lx.val())
			out.value = out.pt.String()
			out.wdYear = validDay(out.pt.y, out.pt.m, out.pt.d) && int(out.pt.time().Weekday()) == t.lx.val()
		}
		return true
	}
	if p.punct(end, '\'') && p.is(end+1, "s") && !p.ref.Narrative {
		// "ending with Friday's round on Saturday 8 May", "Friday's bins
		// will be emptied on Saturday 3 April": the day nearest the date
		// told with its weekday after it.
		for k := end + 2; k <= end+10 && p.real(k) && !p.sentenceEnd(k) && !p.punct(k, ','); k++ {
			if !p.cls(k, cWeekday) {
				continue
			}
			var m match
			if p.t(k).cap && !p.t(k).lx.plural && ruleWeekday(p, k, &m) && m.typ == Date && m.hasPt && m.pt.g == gDay && m.end > k+1 {
				d := m.pt.time()
				ahead := (t.lx.val() - int(d.Weekday()) + 7) % 7
				if back := ahead - 7; -back <= ahead {
					ahead = back
				}
				pt := at(d.AddDate(0, 0, ahead), gDay)
				*out = match{end: end, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
				return true
			}
			break
		}
	}
	if n := p.t(end); n.kind == tNum && n.ndig <= 2 && !n.sep && n.number() >= 1 && n.number() <= 31 && !p.adj(end) && (p.isAny(end+1, "and", "or", "to") || p.punct(end+1, '-') && p.adj(end+1) && p.adj(end+2)) && p.cls(end+2, cWeekday) && p.t(end+2).cap && p.t(end+3).kind == tNum {
		// "spread over Tuesday 29 and Wednesday 30 December", "Dates:
		// Friday 9-Sunday 11 July": the month and year of the day after.
		var next match
		if ruleDayMonth(p, end+3, &next) && next.hasPt && next.pt.g == gDay && next.pt.y != noYear {
			if next.rel {
				next.pt.y = p.weekdayYear(next.pt, p.t(end+2).lx.val()) // as "Wednesday 30 December" alone
			}
			d := next.pt.time().AddDate(0, 0, n.number()-next.pt.d)
			if n.number() > next.pt.d {
				d = time.Date(next.pt.y, time.Month(next.pt.m-1), n.number(), 0, 0, 0, 0, time.UTC)
			}
			if int(d.Weekday()) == t.lx.val() && d.Day() == n.number() {
				pt := at(d, gDay)
				*out = match{end: end + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
				return true
			}
		}
	}
	if n := p.t(end); n.kind == tNum && n.ndig <= 2 && !n.sep && n.number() >= 1 && n.number() <= 31 && !p.adj(end) && (p.punct(end+1, ':') && !p.adj(end+2) || p.punct(end+1, '-') && !p.adj(end+1) || p.punct(end+1, ',') || p.t(end+1).nl || !p.real(end+1)) {
		// "Wed 17: Britain's inflation figures", as an agenda writes its
		// days: the 17th that is a Wednesday, nearest the reference.
		if base, ok := p.base(); ok {
			if d, ok := weekdayOfMonth(base, t.lx.val(), n.number()); ok {
				pt := at(d, gDay)
				*out = match{end: end + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
				return true
			}
		}
	}
	if noDot {
		return false
	}
	base, ok := p.base()
	if !ok {
		*out = match{end: end, typ: Date, value: "XXXX-WXX-" + string(rune('0'+isoDay(t.lx.val()))), rel: true}
		return true
	}
	if p.is(end, "week") && !p.t(end).cap && (p.t(end+1).kind == tPunct && !p.punct(end+1, '\'') && !p.punct(end+1, '-') || !p.real(end+1) || p.isAny(end+1, "and", "or", "at", "to", "when")) && !p.ref.Narrative {
		// "An interim report by Tuesday week", as British English says it:
		// the Tuesday a week after the coming one.
		pt := at(weekdayAfter(base, t.lx.val(), false).AddDate(0, 0, 7), gDay)
		*out = match{end: end + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	tense := p.tense(i)
	lim := p.overClockBack(i - 1) // the word before the day, over a clock time and "on"
	if p.is(lim, "least") && p.is(lim-1, "at") {
		lim -= 2 // "closed until at least Tuesday"
	}
	if tense < 0 && p.isAny(lim, "until", "till") && p.isAny(lim-1, "closed", "shut", "suspended", "banned") && p.keptState(lim-2) {
		tense = 0 // "keeps Lincoln Elementary closed until at least Tuesday": a state that runs on
	}
	if p.is(i-2, "of") && p.is(i-3, "ahead") && p.possessive(i-1) {
		tense = 1 // "a day ahead of its Saturday action date"
	} else if p.punct(end, '\'') && p.is(end+1, "s") && p.is(i-1, "for") && p.is(i-2, "time") && p.is(i-3, "in") && !p.isAny(i-4, "was", "were", "had", "arrived", "came", "finished", "made") {
		tense = 1 // "will not arrive in time for Sunday's trip": what one is in time for is ahead
	} else if p.punct(end, '\'') && p.is(end+1, "s") && p.isAny(i-1, "at", "on") && p.comparison(i) {
		tense = -1 // "up from 45% at Friday's close": the term compared is past
	} else if p.punct(end, '\'') && p.is(end+1, "s") && p.is(i-1, "of") && p.is(i-2, "ahead") {
		// "Investors piled into Swiss assets ahead of Tuesday's
		// elections": the day is still to come.
		tense = 1
	} else if p.punct(end, '\'') && p.is(end+1, "s") && tense == 0 && p.isAny(i-1, "before", "until") && p.isAny(i-2, "remain", "remains", "left", "go") {
		// "Two tests remain before Sunday's finale", "two days to go
		// before Friday's vote": what is left before the day is ahead.
		tense = 1
	} else if p.punct(end, '\'') && p.is(end+1, "s") && tense > 0 && p.sideOfLast(i) > 0 {
		// "... before Sunday's finale: Friday's summit finish": a day of a
		// sentence that looks ahead.
	} else if p.punct(end, '\'') && p.is(end+1, "s") && tense > 0 && p.awaited(end+2) {
		// "The results of Monday's vote are expected by 9 p.m.": what the
		// day brings is still awaited.
	} else if p.punct(end, '\'') && p.is(end+1, "s") && (p.is(i-1, "unless") || p.is(i-1, "if") && tense >= 0 || tense == 0 && p.conditionalOpen(i)) {
		// "cleared by the weekend unless Thursday's snow is heavier than
		// forecast", "If both Friday's attempt and the backup are lost": a
		// condition looks ahead.
		tense = 1
	} else if p.punct(end, '\'') && p.is(end+1, "s") && tense == 0 && p.headline(i) && p.guideAhead(end+2) {
		// "Sunday's total lunar eclipse: when, where and how to watch": a
		// guide to the day ahead.
		tense = 1
	} else if p.punct(end, '\'') && p.is(end+1, "s") && (tense >= 0 && p.possAhead(i, end+2) || tense < 0 && p.willBeAfter(end+2)) {
		// "as Tuesday's rain looms", "rain threatens Saturday's race",
		// "Friday's Oaks, which goes to post at 5:51 p.m.": what the day
		// brings is still to come.
		tense = 1
	} else if p.punct(end, '\'') && p.is(end+1, "s") && !(tense > 0 && (p.verbNear(i) || p.opensSentence(i) || p.opensSentence(i-1) && p.isAny(i-1, "after", "before", "until", "at", "for", "from", "during") || p.presentDayEvent(i) || (p.scheduledEvent(end+2) || p.scheduledEvent(end+3) && p.t(end+2).kind == tWord && !p.t(end+2).cap) && p.isAny(i-1, "before", "for", "from", "at") || p.is(i-1, "into") && p.isAny(i-2, "going", "heading", "head", "heads", "goes"))) {
		// "Wednesday's ruling" has happened, even to "would look for ways
		// to get around" it, unless the verb looks ahead to the day
		// itself: "is expected at Tuesday's dinner", or the sentence it
		// opens looks ahead: "Friday's flight will be the sixth", or the
		// day's event is awaited ("keeps hopes alive before Tuesday's
		// qualifier", "what to expect from Tuesday's keynote", "a lead
		// going into Tuesday's fifth day").
		tense = -1
	} else if tense < 0 && p.isAny(lim, "by", "before") && p.demandBack(lim-1, lim-10) {
		// "wanted a deal signed by Friday", "posted a notice on Tuesday
		// evening demanding £1.8m by midnight Friday": a deadline ahead
		tense = 1
	} else if k := lim; tense <= 0 && (p.isAny(k, "starting", "beginning", "effective") || p.is(k, "at") && p.isAny(k-1, "starting", "beginning", "effective")) && !p.isAny(k-1, "was", "were") {
		// "agreed on Thursday to a ceasefire starting at midnight Friday":
		// what starts after the agreement is ahead of it.
		tense = 1
	} else if k := lim; tense == 0 && (p.isAny(k, "until", "till", "by", "through") || p.is(k, "before") && !p.is(k-1, "day") || p.is(k, "from") && (p.headline(i) || p.isAny(end, "to", "until", "through") && p.cls(end+1, cWeekday))) {
		// "the truce holds until Sunday", "must decide by Friday", "We want
		// a vote before Friday", "in force until midnight on Sunday"
		tense = 1
	} else if k := p.beforeClockAt(i - 1 - boolInt(p.is(i-1, "on"))); tense == 0 && (p.isAny(k, "is", "are") || p.isAny(k-1, "is", "are") && p.t(k).kind == tWord && (strings.HasSuffix(p.word(k), "ed") || p.isAny(k, "open", "shut", "due", "off", "back", "away"))) {
		// "the next opportunity is Saturday", "the vote is on Tuesday", "the
		// courthouse is closed on Monday"
		tense = 1
	} else if tense == 0 && p.isAny(end, "is", "are") && (p.is(end+1, "at") || p.t(end+1).kind == tNum) && !p.ref.Narrative {
		// "Final practice on Saturday is at 12:30": a timetable
		tense = 1
	} else if tense > 0 && p.is(i-1, "on") && p.comparison(i) && !p.moveFrom(i) {
		tense = -1 // "will cut rates, up from 55% on Tuesday": the term compared is past
	}
	if tense <= 0 && p.is(i-1, "on") && p.isAny(i-2, "hearing", "trial", "meeting", "vote", "debate", "session", "appointment", "interview", "ceremony") && (p.key(i-3, kA) || p.key(i-3, kAn) || p.key(i-3, kThe)) && p.is(i-4, "for") {
		tense = 1 // "listed the application for a hearing on Monday": what is set is ahead
	}
	if tense <= 0 && p.is(i-1, "for") && (p.arranged(i-2) && !(p.is(i-3, "been") && p.is(i-4, "had")) || p.isAny(end, "have", "has") && p.is(end+1, "been") && p.arranged(end+2)) {
		// "schools canceled classes for Wednesday", "a vote scheduled for
		// Friday", "slots for Monday have been cancelled"
		tense = 1
	}
	if (p.is(i-1, "until") || p.is(i-1, "till")) && p.postponed(i-2) {
		tense = 1 // "postponed until Tuesday any action": the new date is ahead
	} else if tense <= 0 && p.deadlineSet(i) {
		tense = 1 // "extended its deadline until 9 a.m. Tuesday"
	}
	d := weekdayNear(base, t.lx.val(), tense)
	if k := lim; tense == 0 && !p.ref.Narrative && (p.is(k, "from") || p.is(k, "midday") && p.is(k-1, "from")) && p.spanEndAfter(end) &&
		!(p.dayEnd > 0 && p.day.y != noYear && p.sameSentence(p.dayEnd-1, i) && p.day.time().Before(base)) {
		// ... not after a day gone in its sentence: "had issued a warning
		// on Thursday evening, valid from 1pm on Friday until 9pm on
		// Saturday".
		// "A yellow warning covers Wales from midday on Sunday until 6am on
		// Monday": a span told in the present runs ahead.
		d = weekdayAfter(base, t.lx.val(), false)
	}
	if k := lim; tense == 0 && !p.ref.Narrative && p.is(k, "from") && (p.opensSentence(k) || p.punct(k-1, ';')) && !p.rangeLink(end) && !p.isAny(end, "until", "till", "through") {
		// "Day tickets sold out in March; from Monday they go back on
		// sale": a start told in the present, fronted, is ahead.
		d = weekdayAfter(base, t.lx.val(), false)
	}
	if tense < 0 && p.lateDCT() && base.Equal(p.dct) && t.lx.val() == (int(base.Weekday())+1)%7 {
		// A story stamped 23:40 on Tuesday that "remained too close to call
		// as of 2:40 a.m. on Wednesday" was updated past midnight: the
		// Wednesday is hours away, not six days back.
		d = base.AddDate(0, 0, 1)
	}
	if tense <= 0 && p.causedTo(lim) {
		if day, ok := p.lastDayOut(i); ok && d.Before(day) {
			// "A storm that began Friday evening buried the city, forcing
			// schools to close Monday": what a cause forced comes after it.
			d = weekdayAfter(day, t.lx.val(), true)
		}
	}
	if tense < 0 && p.isAny(lim, "through", "until", "till") {
		// "had cancelled all flights through Saturday": the end of a span,
		// which the verb's tense does not place; the nearest such day.
		if a := weekdayAfter(base, t.lx.val(), false); a.Sub(base) < base.Sub(d) {
			d = a
		}
	}
	if w, ok := p.dayOfWeekTold(i, t.lx.val(), tense); ok {
		d = w
	}
	if w, ok := p.zoneDay(i, end, t.lx.val()); ok {
		d = w
	}
	if w, ok := p.sameEventTold(i, end); ok {
		d = w // "Thursday's burn will not change next month's manoeuvre": the burn told
	}
	if p.is(i-1, "and") && tense >= 0 && p.dayWd {
		if w, ok := p.dayToldBefore(i); ok && w.After(base) && d.Before(w) && p.sameSentence(p.dayEnd-1, i) {
			// "The campaign ends on Friday, Nov. 13, and Saturday is a day
			// of reflection": a day of a sentence about a day ahead comes
			// after it.
			d = weekdayAfter(w, t.lx.val(), false)
		}
	}
	if tense > 0 && !p.key(i-1, kThis) && !p.key(i-1, kNext) && !p.key(i-1, kLast) && !p.key(i-1, kThe) {
		if w, ok := p.dayAheadTold(i, t.lx.val()); ok {
			// "A flight leaving at 10pm on Saturday 27 March lands at 10am
			// on Sunday", "Phones will update themselves on Saturday
			// night": the days of a story weeks ahead.
			d = w
		}
	}
	if tense == 0 && p.dayEnd > 0 && p.dayWd && p.day.y != noYear && !p.ref.Narrative && p.withinSentence(p.dayEnd, i) {
		// "... when it leaves land early Wednesday. The track puts it over
		// the strait by 8 a.m. on Wednesday": the Wednesday just told,
		// when no verb says which.
		if w := p.day.time(); int(w.Weekday()) == t.lx.val() && w.Sub(base).Abs() <= 7*24*time.Hour {
			d = w
		}
	}
	if p.hasDCT && !p.ref.Narrative && p.dayEnd > 0 && p.dayWd && p.day.y != noYear && tense <= 0 && i-p.dayEnd <= dayToldReach && p.dct.Sub(p.day.time()) > storyDays*24*time.Hour && (p.withinSentence(p.dayEnd, i) || tense < 0 && p.withinSentences(p.dayEnd, i, 2)) {
		// A story told in the past by its weekdays: "the surrender was
		// signed in the early hours of Monday 7 May [1945]. But the announcement was held back
		// until Tuesday": the Tuesday after the day told.
		d = weekdayAfter(p.day.time(), t.lx.val(), true)
	}
	if k := i - 1; p.dayEnd > 0 && p.day.y != noYear && (k == p.dayEnd || k-1 == p.dayEnd && (p.is(k, "on") || p.punct(k, ',') || p.punct(k, '(')) || k-2 == p.dayEnd && p.isAny(p.dayEnd, "holiday", "festival", "feast", "celebrations") && p.is(k, "on") || p.asideAfterDay(k)) {
		// "Martin Luther King Jr. Day on Monday", "Diwali falls on Monday",
		// "the Assumption holiday on Saturday", "puts the Day of Arafat,
		// when pilgrims stand at Mount Arafat, on Saturday": the day just
		// told, when it is that weekday.
		reach := 7 * 24 * time.Hour
		if p.is(k, "on") {
			reach *= 9 // a restatement: "the Assumption holiday on Saturday", weeks ahead
		}
		if w := p.day.time(); int(w.Weekday()) == t.lx.val() && w.Sub(d).Abs() <= reach {
			d = w
		}
	}
	if first, last := p.is(i-1, "from") && p.isAny(end, "to", "until", "till", "through") && p.cls(end+1, cWeekday), p.isAny(i-1, "to", "until", "till", "through") && p.cls(i-2, cWeekday) && p.is(i-3, "from"); (first || last) && !p.ref.Narrative {
		if until, ok := p.dayLaterInSentence(end + 2*boolInt(first)); ok && !d.After(base) {
			// "a four-day break, from Saturday to Tuesday, with offices
			// reopening on Wednesday, May 19": the days before the date
			// the sentence goes on to tell.
			if f := weekdayAfter(base, t.lx.val(), false); f.Before(until) && until.Sub(f) <= 7*24*time.Hour {
				d = f
			}
		}
	}
	if n := len(p.out) - 1; n >= 0 && p.isAny(i-1, "and", "or") && p.lastEnd == i-1 && p.cls(i-2, cWeekday) && !p.ref.Narrative {
		// "a warning for Tuesday and Wednesday": the second day of a pair
		// ahead follows its first (a pair gone may run back: "statements
		// made Friday and Thursday").
		if first, err := time.Parse("2006-01-02", p.out[n].Value); err == nil && len(p.out[n].Value) == 10 && p.hasDCT && first.After(p.dct) {
			if w := weekdayAfter(first, t.lx.val(), false); w.Sub(first) < 7*24*time.Hour {
				d = w
			}
		}
	}
	if start, ok := p.rangeStartDay(i); ok {
		// "runs from Friday to Sunday": the Sunday after, unless that is past the
		// reference in a story told in the past.
		if e := weekdayAfter(start, t.lx.val(), false); tense >= 0 || !e.After(base) {
			d = e
		}
	}
	inSpan := false
	if p.spanEnd > 0 && p.spanEnd <= i && (p.withinSentence(p.spanEnd-1, i) && tense > 0 && p.is(i-1, "on") || p.punct(i-1, '(') && p.punct(end, ')') && i-p.spanEnd <= 40 && p.withinSentences(p.spanEnd-1, i, 2) || i-p.spanEnd <= 80 && p.withinSentences(p.spanEnd-1, i, 3) && p.punct(end, '\'') && p.tense(i) == 0 || p.key(i-1, kThe) && i-p.spanEnd <= 400 && tense >= 0) && p.hasDCT && p.spanLo.Sub(p.dct) > 14*24*time.Hour && p.spanHi.Sub(p.spanLo) < 7*24*time.Hour {
		// "The festival runs from Thursday, July 22, through Sunday, July
		// 25. The band closes the main stage on Saturday. Thursday's bill
		// belongs to younger acts": a day of the span far ahead just told;
		// so is "the Monday", "headline on the Sunday night", and a box's
		// "Dates: Friday 9-Sunday 11 July ... Kite Theory (Friday)".
		if w := weekdayAfter(p.spanLo, t.lx.val(), true); !w.After(p.spanHi) {
			d, inSpan = w, true
		}
	}
	if !inSpan && p.spanEnd > 0 && p.spanEnd <= i && p.key(i-1, kThe) && i-p.spanEnd <= 80 && p.withinSentences(p.spanEnd-1, i, 2) && p.hasDCT && p.spanHi.Before(p.dct) && p.spanHi.Sub(p.spanLo) < 7*24*time.Hour && tense <= 0 {
		// "took part between Friday 23 January and Sunday 25 January ...
		// timed for high water at 11.52am on the Saturday": a day of the
		// span gone just told.
		if w := weekdayAfter(p.spanLo, t.lx.val(), true); !w.After(p.spanHi) {
			d, inSpan = w, true
		}
	}
	if w, ok := p.nextEntryDay(i, end, t.lx.val()); ok {
		d = w // "Monday: ... Tuesday - ...": an agenda's next day
	} else if p.inEntry(i) {
		// A day an entry names: "Thursday, June 18 - ... options expire on
		// Thursday", "Tuesday: ... storms overnight into Wednesday": the
		// one nearest the entry's day.
		h := p.hdr.time()
		if a, b := weekdayBefore(h, t.lx.val(), true), weekdayAfter(h, t.lx.val(), true); h.Sub(a) < b.Sub(h) {
			d = a
		} else {
			d = b
		}
	} else if w, ok := p.diaryLabel(i, end, t.lx.val()); ok {
		d = w
	}
	lead := 0
	if nx := p.t(end); (p.key(i-1, kThe) || p.key(i-1, kThat) && (!p.t(i-1).cap || p.punct(end, ',') || p.cls(end, cPart) && p.opensSentence(i-1))) && !p.ref.Narrative && !p.isAny(end, "after", "before", "of") && !p.punct(end, '\'') && !(nx.kind == tWord && !nx.cap && nx.lx.cls != cPart && !p.isAny(end, "and", "or", "when", "that", "was", "is", "until", "till", "through", "to", "it", "he", "she", "they", "we", "i", "you") && !(inSpan && p.opensSentence(i-1))) {
		// ... and "The Friday belongs to younger players", a day of the
		// span just told and its verb.
		// "We fly out on the Friday", "before that Friday night": the
		// Friday of a date the text told, the day of its story; "the" or
		// "that" belongs to the day.
		lead = 1
		side := tense
		if p.key(i-1, kThat) {
			side = 0 // "before that Friday night": the Friday told, on either side
		}
		told, toldOK := p.toldWeekday(t.lx.val(), side)
		_, ranged := p.rangeStartDay(i)
		if inSpan {
			// "from Saturday 28 August to Monday 30 August ... plays on the
			// Monday": the day of the span, whatever was told since.
		} else if w, ok := p.lastDayOut(i); ok && !ranged && w.After(p.dct) && side >= 0 && !(toldOK && told.Sub(w).Abs() <= 14*24*time.Hour) {
			// "ends on Friday, Nov. 13, and Saturday is a day of reflection.
			// That Sunday, polls open": the day after the ones ahead just
			// told, unless that weekday was itself told near them.
			d = weekdayAfter(w, t.lx.val(), true)
		} else if toldOK {
			d = told
		} else if w, ok := p.storyDay(); ok && tense < 0 && (p.key(i-1, kThe) || p.key(i-1, kThat)) {
			// "found blood on the stairs the next morning. He died on the
			// Monday": the first Monday after the day of a story told in
			// the past; "began on Friday, Feb. 26. The worst came that
			// Saturday night".
			d = weekdayAfter(w, t.lx.val(), false)
			if b := weekdayAfter(w.AddDate(0, 0, -7), t.lx.val(), false); p.key(i-1, kThe) && b.Before(w) && (p.storyOpenedBy(b, w) || p.pastPerfect(i-1) && w.Sub(b) <= 6*24*time.Hour) {
				// ... and "The river rose on 19 November. The rain had
				// started on the Monday": a past perfect goes back from it.
				// "before dawn on Thursday 13 November 1986 ... recovered on
				// the Sunday afternoon ... was told on the Friday": a day
				// between the story's first day and its last, not after.
				d = b
			}
			if b := weekdayAfter(w.AddDate(0, 0, -7), t.lx.val(), false); p.key(i-1, kThat) && w.Sub(b) < d.Sub(w) {
				// "came two days after a strike on December 10 ... ran
				// that Friday": "that" points to the nearer one, either
				// side.
				d = b
			}
		}
	}
	if p.key(i-1, kThe) && p.isAny(end, "before", "after") && !p.ref.Narrative && (p.t(end+1).kind == tPunct || !p.real(end+1) || p.isAny(end+1, "at", "and", "when", "in", "as")) && p.dayEnd > 0 && p.dayEnd <= i-1 && p.day.g == gDay && p.day.y != noYear && p.sameSentence(p.dayEnd-1, i) {
		// "Half-term begins on Monday 26 October, and the union has named
		// the Friday before as an extra strike day": the weekday before or
		// after the day its sentence told.
		if p.is(end, "before") {
			d = weekdayBefore(p.day.time(), t.lx.val(), false)
		} else {
			d = weekdayAfter(p.day.time(), t.lx.val(), false)
		}
		lead, end = 1, end+1
	} else if w, ok := p.storyDay(); ok && p.key(i-1, kThe) && p.isAny(end, "before", "after") && !p.ref.Narrative && (p.t(end+1).kind == tPunct || !p.real(end+1) || p.isAny(end+1, "at", "and", "when", "in")) {
		// "had seen them arguing on the Thursday before, at about 6pm":
		// the Thursday before the day of the story.
		if p.is(end, "before") {
			d = weekdayBefore(w, t.lx.val(), false)
		} else {
			d = weekdayAfter(w, t.lx.val(), false)
		}
		lead, end = 1, end+1
	}
	if p.cls(end, cPart) && !p.t(end).lx.plural {
		day := at(d, gDay)
		*out = match{end: end + 1, typ: Time, value: day.String() + "T" + partCode[p.t(end).lx.val()], rel: true, pt: day, hasPt: true, lead: lead}
		return true
	}
	pt := at(d, gDay)
	*out = match{end: end, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: lead}
	return true
}

// toldWeekday returns the last date the text told, among its recent
// expressions, that falls on weekday wd, on the side of the reference the
// tense says.
func (p *parser) toldWeekday(wd, tense int) (time.Time, bool) {
	if d, ok := p.namedWeekdayTold(wd, tense); ok {
		return d, true
	}
	month := ""
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-40; n-- {
		x := p.out[n]
		if month == "" && x.Type == Date && x.Mod == "" && len(x.Value) == 7 && x.Value[4] == '-' && x.Value[0] != 'X' && x.Value[5] != 'Q' && x.Value[5] != 'H' && x.Value[5] != 'W' &&
			!(p.hasDCT && (tense > 0 && x.Value < p.dct.Format("2006-01") || tense < 0 && x.Value > p.dct.Format("2006-01"))) {
			// "Next June ... the gates open on the Wednesday morning": a
			// day of the month told since.
			month = x.Value
			continue
		}
		if x.Type != Date && x.Type != Time || len(x.Value) < 10 || x.Value[0] == 'X' || month != "" && x.Value[:7] != month {
			continue
		}
		if p.hasDCT && x.Value == at(p.dct, gDay).String() && p.aloneOnLine(x) {
			continue // a byline's "Thursday 19 November 2026" dates the page, not the story
		}
		d, err := time.Parse("2006-01-02", x.Value[:10])
		if err != nil || int(d.Weekday()) != wd || p.hasDCT && (tense > 0 && d.Before(p.dct) || tense < 0 && d.After(p.dct)) {
			continue
		}
		return d, true
	}
	return time.Time{}, false
}

// namedWeekdayTold returns the last day told within the last 40
// expressions whose own words name weekday wd ("on Wednesday 19 August"),
// on tense's side of the reference: what "the Wednesday" of a story points
// back to, before a "yesterday" that happens to fall on one.
func (p *parser) namedWeekdayTold(wd, tense int) (time.Time, bool) {
	name := weekdayNames[wd]
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-40; n-- {
		x := p.out[n]
		if x.Type != Date || len(x.Value) != 10 || x.Value[0] == 'X' || len(x.Text) < len(name) || !strings.EqualFold(x.Text[:len(name)], name) || len(x.Text) == len(name) {
			continue
		}
		if p.hasDCT && x.Value == at(p.dct, gDay).String() && p.aloneOnLine(x) {
			continue // a byline's "Thursday 19 November 2026" dates the page, not the story
		}
		d, err := time.Parse("2006-01-02", x.Value)
		if err != nil || int(d.Weekday()) != wd || p.hasDCT && (tense > 0 && d.Before(p.dct) || tense < 0 && d.After(p.dct)) {
			continue
		}
		return d, true
	}
	return time.Time{}, false
}

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// overDayRange widens a day matched as the first of a range over the
// range's end ("15" of "15-16 April" to "15-16 April"), keeping its value.
func (p *parser) overDayRange(m *match) {
	if !p.punct(m.end, '-') || !p.adj(m.end) || !p.adj(m.end+1) || p.t(m.end+1).kind != tNum {
		return
	}
	var end match
	if p.best(m.end+1, &end) && end.typ == Date && len(end.value) == 10 {
		m.end = end.end
	}
}

// ruleWeekend: "the weekend", "this weekend", "last weekend": the one just
// past, or the coming one when the sentence speaks of the future.
func ruleWeekend(p *parser, i int, out *match) bool {
	if p.key(i, kThe) && p.is(i+2, "weekend") && p.is(i+3, "of") && p.cls(i+4, cMonth) && p.t(i+4).cap && (p.key(i+1, kLast) || p.cls(i+1, cOrd) && p.t(i+1).lx.val() <= 4) {
		// "the last weekend of June", "the first weekend of May": the
		// weekend of that month's last (or nth) Saturday.
		m, e := p.t(i+4).lx.val(), i+5
		y := noYear
		if yy, ye, ok := p.yearAt(e); ok {
			y, e = yy, ye
		} else {
			y, _ = p.guessYear(i+4, m, 0)
		}
		if y == noYear {
			return false
		}
		n := 5
		if !p.key(i+1, kLast) {
			n = p.t(i + 1).lx.val()
		}
		sat := time.Date(y, time.Month(m), nthWeekday(y, m, time.Saturday, n), 0, 0, 0, 0, time.UTC)
		pt := at(sat, gWeekend)
		*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	dir, ok := p.relWord(i)
	if !ok && !p.key(i, kThe) {
		return false
	}
	w := i + 1
	for k := w; k < w+3 && p.isAny(k, "long", "holiday", "bank") && !p.t(k).cap; k++ {
		if p.is(k+1, "weekend") {
			w = k + 1 // "the long weekend", "the holiday weekend", "the bank holiday weekend"
		}
	}
	if !p.is(w, "weekend") {
		return false
	}
	if p.is(w+1, "before") && p.cls(w+2, cHoliday) && p.t(w+2).cap && p.isAny(w-1, "last", "final") {
		return false // "the last weekend before Christmas": the holiday's rule
	}
	if w == i+1 && p.key(i, kThe) && p.is(w+1, "of") && !p.nested && (p.t(w+2).kind == tNum || p.cls(w+2, cMonth)) {
		// "the weekend of 14-15 October", "the weekend of June 8": the
		// weekend the day falls in.
		var m match
		p.nested = true
		ok := p.best(w+2, &m)
		if ok {
			p.overDayRange(&m)
		}
		p.nested = false
		if ok && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
			d := m.pt.time()
			switch d.Weekday() {
			case time.Friday:
				d = d.AddDate(0, 0, 1)
			case time.Monday:
				d = d.AddDate(0, 0, -2)
			}
			if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
				pt := at(d, gWeekend)
				*out = match{end: m.end, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: m.rel}
				return true
			}
		}
	}
	base, hasBase := p.base()
	if !hasBase {
		*out = match{end: w + 1, typ: Date, value: "XXXX-WXX-WE", rel: true}
		return true
	}
	// The weekend of the base's ISO week starts on its Saturday.
	sat := weekdayAfter(base, 6, true)
	if wd := base.Weekday(); wd == time.Sunday {
		sat = base.AddDate(0, 0, -1)
	}
	if d, ok := p.nextEntryDay(i, w+1, 6); ok {
		// "Friday: ... The weekend: sunny but chilly": the agenda's next.
		pt := at(d, gWeekend)
		*out = match{end: w + 1, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
		return true
	}
	ahead := !ok && (p.is(i-1, "until") || p.is(i-1, "till") || p.is(i-1, "by") || p.is(i-1, "before") && (p.is(i-2, "not") || p.tense(i) == 0))
	switch {
	case !ok && base.Weekday() == time.Sunday && (ahead || p.tense(i) > 0):
		// "Hot winds could push them higher by the weekend", said on a
		// Sunday: the weekend ending today is no longer ahead.
		sat = sat.AddDate(0, 0, 7)
	case ahead:
		// "expected disruption to continue until the weekend", "Probably
		// not before the weekend": the end of a span from now, whatever the
		// verb's tense.
	case !ok && (p.tense(i) < 0 || p.tense(i) == 0 && !p.is(w-1, "holiday") && base.Weekday() != time.Friday) && !base.Equal(sat) && base.Weekday() != time.Sunday:
		// ... but on a Friday, "the weekend" no verb places is tomorrow's.
		// A holiday weekend no verb places is the one ahead: "who plan to
		// visit relatives over the holiday weekend".
		sat = sat.AddDate(0, 0, -7) // "the weekend" in past news: the last one
	case ok && dir < 0:
		sat = sat.AddDate(0, 0, -7)
	case ok && dir > 0 && !p.key(i, kThis):
		sat = sat.AddDate(0, 0, 7)
	}
	pt := at(sat, gWeekend)
	*out = match{end: w + 1, typ: Date, value: pt.String(), rel: true, pt: pt, hasPt: true}
	return true
}

// keptState reports "keeps", "remain" or "stay" within the few words that
// end at k, before a participle of a state: "keeps the school closed".
func (p *parser) keptState(k int) bool {
	for j := k; j >= 0 && j > k-5 && p.t(j).kind == tWord; j-- {
		if p.isAny(j, "keeps", "keep", "keeping", "remain", "remains", "stay", "stays") {
			return true
		}
	}
	return false
}

// moveFrom reports a "from" before the day at i that a verb of motion
// governs, not a value compared: "will move from 7 metres on Wednesday".
func (p *parser) moveFrom(i int) bool {
	for k := i - 1; k >= 0 && k > i-12 && !p.sentenceEnd(k); k-- {
		if p.is(k, "from") {
			return p.isAny(k-1, "move", "moves", "moving", "go", "goes", "shift", "shifts", "switch", "switches", "travel", "travels", "applies", "apply")
		}
	}
	return false
}

// mealOrService reports a meal or a service kept on days of the week at
// k: "dinner", "lunch", "services", "tours".
func (p *parser) mealOrService(k int) bool {
	return p.isAny(k, "dinner", "lunch", "breakfast", "brunch", "service", "services", "shows", "performances", "classes", "sessions", "tours", "screenings")
}

// hoursAfter reports hours of the day at k, after a range of weekdays:
// ", from 8 a.m. to 6 p.m.", "9am-5pm", ", between 10 and 4".
func (p *parser) hoursAfter(k int) bool {
	if p.punct(k, ',') || p.punct(k, ':') && p.adj(k) {
		k++
	}
	if p.punct(k-1, ':') && p.is(k, "first") && p.t(k+1).kind == tNum && p.clockLike(k+1) {
		// a timetable's "Monday to Friday: first 05:42, last 23:50"
		for j := k + 2; j <= k+6 && p.real(j) && !p.t(j).nl; j++ {
			if p.isAny(j, "last", "final") && p.t(j+1).kind == tNum {
				return true
			}
		}
	}
	if p.isAny(k, "from", "between") {
		k++
	}
	if p.t(k).kind != tNum || !p.clockLike(k) && !(p.rangeLink(k+1) && p.clockLike(k+2)) {
		return false
	}
	for j := k + 1; j <= k+5 && p.real(j); j++ {
		if p.rangeLink(j) {
			return true
		}
	}
	return false
}

// sameEventTold returns the day of a weekday's possessive at i, ending at
// end, whose event the text has told with the same words: "fired its
// thrusters on Thursday. ... The debris that forced Thursday's burn ...
// Thursday's burn will not change next month's manoeuvre".
func (p *parser) sameEventTold(i, end int) (time.Time, bool) {
	if p.ref.Narrative || !p.punct(end, '\'') || !p.is(end+1, "s") || !p.adj(end) {
		return time.Time{}, false
	}
	n := p.t(end + 2)
	if n.kind != tWord || n.lx.cls != cNone || n.end-n.start < 3 {
		return time.Time{}, false
	}
	tail := p.text[p.t(end).start:n.end] // "'s burn"
	w := p.word(i)
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-30; k-- {
		x := p.out[k]
		if x.Type != Date || len(x.Value) != 10 || x.Text != w || x.End+len(tail) > len(p.text) || p.text[x.End:x.End+len(tail)] != tail {
			continue
		}
		if d, err := time.Parse("2006-01-02", x.Value); err == nil && p.hasDCT && d.Before(p.dct) {
			return d, true // a day gone, whatever future the clause tells of its event
		}
	}
	return time.Time{}, false
}

// rangeStartDay returns the day of a weekday that opens a range ending with the
// weekday at i: "Friday to Sunday", "Monday through Wednesday", "Friday-Sunday".
func (p *parser) rangeStartDay(i int) (time.Time, bool) {
	if p.inRange || i < 2 || !(p.is(i-1, "to") || p.is(i-1, "through") || p.is(i-1, "until") || p.is(i-1, "till") || p.punct(i-1, '-') || p.is(i-1, "into")) {
		return time.Time{}, false
	}
	j := i - 2
	if p.cls(j, cPart) && !p.t(j).lx.plural && !p.punct(i-1, '-') {
		j-- // "from Friday night into Saturday afternoon"
	}
	s := p.t(j)
	if s.kind != tWord || s.lx.cls != cWeekday || !s.cap || s.lx.plural {
		return time.Time{}, false
	}
	p.inRange = true // the start resolves on its own, not as the end of another range
	var m match
	ok := ruleWeekday(p, j, &m) && (m.typ == Date && len(m.value) == 10 || j < i-2 && m.typ == Time && len(m.value) > 10 && m.value[10] == 'T')
	p.inRange = false
	if !ok {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", m.value[:10])
	return d, err == nil
}

// weekdayYear returns the year in which pt's month and day fall on weekday
// wd (Sunday 0): pt's own year, else the year the text last told ("Saturday,
// Nov. 7" after "in 2020"), else the year before or after, else the year
// last written; pt's year if none fits, as a slip of the weekday is likelier
// than a date years away.
func (p *parser) weekdayYear(pt point, wd int) int {
	// Then the reference's year and those beside it: "voted on Sunday,
	// March 7" after a 2024 told in passing is this year's.
	cands := [7]int{pt.y, pt.y, pt.y - 1, pt.y + 1, pt.y, pt.y, pt.y}
	if p.hasAnc {
		cands[1] = p.anchor.y
	}
	if p.hasDCT && !p.ref.Narrative {
		cands[4], cands[5], cands[6] = p.dct.Year(), p.dct.Year()-1, p.dct.Year()+1
	}
	for _, y := range cands {
		if validDay(y, pt.m, pt.d) && int(time.Date(y, time.Month(pt.m), pt.d, 0, 0, 0, 0, time.UTC).Weekday()) == wd {
			return y
		}
	}
	if y := p.written; y != 0 && validDay(y, pt.m, pt.d) && int(time.Date(y, time.Month(pt.m), pt.d, 0, 0, 0, 0, time.UTC).Weekday()) == wd {
		// A diary of 1946 told after "In January 1946": "Tuesday 15
		// January" is of the year last written, when no year near fits.
		return y
	}
	return pt.y
}

// guideAhead reports "how to", "what to", "when to" or "where to" on the
// line from token k: a headline of a guide to something to come.
func (p *parser) guideAhead(k int) bool {
	for j := k; j < k+14 && p.real(j) && !p.t(j).nl; j++ {
		if p.isAny(j, "how", "what", "when", "where") && p.is(j+1, "to") {
			return true
		}
	}
	return false
}

// verbNear reports that the verb whose tense the day at i took stands just
// before it, a verb's negation and particle aside: "is expected at
// Tuesday's dinner", "will not call off Thursday's strike".
func (p *parser) verbNear(i int) bool {
	k := p.verbAt - 1
	if k < 0 || k >= i {
		return false
	}
	n := 0
	for j := k + 1; j < i; j++ {
		if !p.isAny(j, "not", "never", "off", "up", "out", "down", "back") {
			n++
		}
	}
	return n <= 2
}

// postponed reports a verb of putting off within a few words before k:
// "postponed", "was delayed", "adjourned the hearing".
func (p *parser) postponed(k int) bool {
	for j := k; j >= 0 && j > k-5; j-- {
		if p.sentenceEnd(j) {
			return false
		}
		if p.isAny(j, "postponed", "delayed", "deferred", "adjourned", "suspended", "recessed", "extended") || p.is(j, "off") && p.isAny(j-1, "put", "putting") || p.is(j, "back") && p.isAny(j-1, "pushed", "pushing") {
			return true
		}
	}
	return false
}

// arranged reports a verb that arranges or calls off a day within a few
// words before k: "canceled classes", "scheduled a vote", "booked a room".
// The day it is done for lies ahead.
func (p *parser) arranged(k int) bool {
	for j := k; j >= 0 && j > k-4; j-- {
		if p.sentenceEnd(j) {
			return false
		}
		if p.isAny(j, "canceled", "cancelled", "scheduled", "rescheduled", "booked", "planned", "set", "called", "moved", "agenda", "suspended", "closed", "shut") {
			return true
		}
	}
	return false
}

// deadlineSet reports a weekday at i that a deadline just set or moved
// names: "extended its deadline until 9 a.m. EST Tuesday", "set a deadline
// of Friday", "gave them until Friday to respond". The act is past; the day
// it names is still ahead. Not a deadline that "expired" or was "missed".
func (p *parser) deadlineSet(i int) bool {
	if p.isAny(i-1, "until", "till") && p.isAny(i+1, "to") && p.verbAhead(i+2) {
		for j := i - 2; j >= 0 && j > i-5; j-- {
			if p.isAny(j, "gave", "given", "giving", "granted") {
				return true
			}
		}
	}
	lapsed := func(k int) bool {
		return p.isAny(k, "expired", "passed", "missed", "lapsed", "ended", "met", "beat", "ignored", "defied")
	}
	for j := i - 1; j >= 0 && j > i-9; j-- {
		if p.sentenceEnd(j) || lapsed(j) {
			return false
		}
		if p.isAny(j, "deadline", "deadlines", "ultimatum") {
			for k := j - 1; k >= 0 && k > j-4; k-- {
				if lapsed(k) {
					return false // "missed a deadline on Friday"
				}
				if p.is(k, "before") && p.isAny(k-1, "shortly", "just", "hours", "minutes", "moments", "seconds") && p.tense(i) < 0 {
					return false // "were freed shortly before a midnight deadline on Tuesday": told as beaten
				}
			}
			return !lapsed(i+1) && !lapsed(i+2) // not "the deadline of Friday passed"
		}
	}
	return false
}

// storyDays is how long before the reference a day must lie for the
// weekdays told after it to be counted from it rather than from the
// reference.
const storyDays = 60

// dayOfWeekTold returns weekday wd (Sunday 0) of the weekend named just
// before it in the same sentence: "this weekend, from 10 a.m. on
// Saturday", "next weekend, in a game moved to Sunday night". A week is
// not enough: in "fell last week, and analysts said on Tuesday" the
// Tuesday is this week's. A week ahead is, for a day told ahead: "About
// 40 companies report next week, and a reading is due on Friday".
func (p *parser) dayOfWeekTold(i, wd, tense int) (time.Time, bool) {
	if p.wkTok == 0 || i < p.wkTok || i-p.wkTok > 24 || !p.sameSentence(p.wkTok-1, i) {
		return time.Time{}, false
	}
	if p.wk.g == gWeek && tense > 0 && p.hasDCT && p.wk.time().After(p.dct) {
		return p.wk.time().AddDate(0, 0, (wd+6)%7), true // the week's Monday on
	}
	if p.wk.g != gWeekend || i-p.wkTok > 16 || p.reporting(i-1) || p.is(i-1, "on") && p.reporting(i-2) {
		return time.Time{}, false // not "by next weekend, Cal Fire said on Friday"
	}
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= int(p.t(p.wkTok).start); n-- {
		if p.out[n].Type == Date {
			return time.Time{}, false // "..., said on Friday, although winds forecast through Saturday evening"
		}
	}
	start := p.wk.time() // the weekend's Saturday
	if tense > 0 && p.hasDCT && start.Before(p.dct) && p.newVerbBetween(p.wkTok, i) {
		// "Crews arrived on the weekend, and 120 firefighters are due
		// Saturday": a clause of its own that looks ahead.
		return time.Time{}, false
	}
	switch {
	case wd == 6:
		return start, true
	case wd == 0:
		return start.AddDate(0, 0, 1), true
	case wd == 5:
		return start.AddDate(0, 0, -1), true // the weekend's eve
	}
	return time.Time{}, false
}

// newVerbBetween reports a clause of its own between tokens a and i: a
// comma and "and" or "but", then a verb.
func (p *parser) newVerbBetween(a, i int) bool {
	for k := a; k < i; k++ {
		if p.punct(k, ',') && p.isAny(k+1, "and", "but", "while") {
			for j := k + 2; j < i; j++ {
				if p.tenseOf(j, false) != 0 {
					return true
				}
			}
		}
	}
	return false
}

// dayToldBefore returns the day the text told last, in the sentence of
// token i or the one before, in news.
func (p *parser) dayToldBefore(i int) (time.Time, bool) {
	if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay || p.ref.Narrative || !p.hasDCT || p.dayEnd > i || i-p.dayEnd > dayToldReach || !p.withinSentence(p.dayEnd, i) {
		return time.Time{}, false
	}
	return p.day.time(), true
}

// lastDayOut returns the day of the last expression that names one
// ("Saturday", "the Wednesday morning"), told in the sentence of token i
// or the one before, in news.
func (p *parser) lastDayOut(i int) (time.Time, bool) {
	if p.ref.Narrative || !p.hasDCT || p.lastEnd == 0 || p.lastEnd > i || !p.withinSentence(p.lastEnd, i) {
		return time.Time{}, false
	}
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-3; n-- {
		x := p.out[n]
		if x.Type == Duration || x.Type == Set {
			continue
		}
		if len(x.Value) < 10 || x.Value[0] == 'X' {
			return time.Time{}, false
		}
		d, err := time.Parse("2006-01-02", x.Value[:10])
		return d, err == nil
	}
	return time.Time{}, false
}

// storyOpenedBy reports a day stated with its year, on or before day b,
// that the story told within the week before w: b lies inside the story's
// days.
func (p *parser) storyOpenedBy(b, w time.Time) bool {
	for k := 0; k < min(p.nTold, len(p.told)); k++ {
		if f := p.told[k]; f.g == gDay && f.y != noYear {
			if ft := f.time(); !ft.After(b) && w.Sub(ft) <= 7*24*time.Hour {
				return true
			}
		}
	}
	return false
}

// storyDay returns the day the text last told, when it lies more than a
// week before the reference: the day of a story told in the past.
func (p *parser) storyDay() (time.Time, bool) {
	if !p.hasDCT || len(p.out) == 0 {
		return time.Time{}, false
	}
	// The last expression that names a day: "the night of 3 October", "The
	// next morning".
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-8; n-- {
		x := p.out[n]
		if x.Type == Duration || x.Type == Set {
			continue // "within the first 24 hours", "a day"
		}
		if len(x.Value) < 10 || x.Value[0] == 'X' {
			return time.Time{}, false // a date that names no day
		}
		d, err := time.Parse("2006-01-02", x.Value[:10])
		if err != nil {
			continue
		}
		return d, p.dct.Sub(d) > 7*24*time.Hour
	}
	return time.Time{}, false
}

// dayLaterInSentence returns a day with its month that the sentence of
// token k tells from k on, within a few words, when it lies ahead of the
// reference: "with offices reopening on Wednesday, May 19".
func (p *parser) dayLaterInSentence(k int) (time.Time, bool) {
	if !p.hasDCT || p.nested {
		return time.Time{}, false
	}
	for j := k; j < k+16 && p.real(j) && !p.sentenceEnd(j); j++ {
		if !p.cls(j, cMonth) || !p.t(j).cap {
			continue
		}
		var m match
		p.nested = true
		ok := ruleMonthDay(p, j, &m) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear
		p.nested = false
		if ok && m.pt.time().After(p.dct) {
			return m.pt.time(), true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// asideAfterDay reports "on" at k after an aside set off by commas that
// follows the day told: "the Day of Arafat, when pilgrims stand at Mount
// Arafat, on Saturday".
func (p *parser) asideAfterDay(k int) bool {
	if !p.is(k, "on") || !p.punct(k-1, ',') || !p.punct(p.dayEnd, ',') || k-p.dayEnd > 12 || k-p.dayEnd < 3 {
		return false
	}
	for j := p.dayEnd + 1; j < k-1; j++ {
		if p.t(j).kind == tPunct && p.t(j).c != '-' || p.t(j).nl {
			return false
		}
	}
	return true
}

// entryHead reports a day at tokens s to e that heads an agenda's entry: it
// opens its line and a colon or a dash follows ("Tuesday - The Fed opens
// its two-day meeting", "Wed 17: Britain's inflation figures").
func (p *parser) entryHead(s, e int) bool {
	return !p.ref.Narrative && (s == 0 || p.t(s).nl) && (p.punct(e, ':') && !p.adj(e+1) || p.punct(e, '-') && !p.adj(e))
}

// inEntry reports token i in the agenda entry the last entry head opened:
// on its line, not far from it.
func (p *parser) inEntry(i int) bool {
	return p.hdrEnd > 0 && i >= p.hdrEnd && i-p.hdrEnd <= 4*dayToldReach && !p.lineBetween(p.hdrEnd, i)
}

// nextEntryDay returns weekday wd for an entry head at i that follows an
// earlier one: an agenda lists its days in order ("Monday: ... Tuesday -
// ..."), so the first such weekday after the last head's day.
func (p *parser) nextEntryDay(i, e, wd int) (time.Time, bool) {
	pair := p.isAny(e, "and", "to") && p.cls(e+1, cWeekday) && p.entryHead(i, e+2) || // "Thursday and Friday: ..."
		p.isAny(i-1, "and", "to") && p.lastEnd == i-1 && p.entryHead(p.lastStart, e)
	if p.hdrEnd == 0 || p.hdr.y == noYear || !p.entryHead(i, e) && !pair || i-p.hdrEnd > 8*dayToldReach {
		return time.Time{}, false
	}
	return weekdayAfter(p.hdr.time(), wd, false), true
}

// causedTo reports the infinitive of what a cause forced or led to, ending
// at token k, the word before a day: "forcing schools to close",
// "prompting the league to postpone", "caused the airport to shut".
func (p *parser) causedTo(k int) bool {
	if p.t(k).kind != tWord || p.t(k).lx.cls != cNone || !p.is(k-1, "to") {
		return false
	}
	for j := k - 2; j >= k-6 && j >= 0; j-- {
		if p.t(j).kind == tPunct {
			return false
		}
		if p.isAny(j, "forcing", "forced", "prompting", "prompted", "causing", "caused", "leading", "led") {
			return true
		}
	}
	return false
}

// diaryLabel reads a weekday at i used as a diary's label ("Monday: Up at
// 5.50am ... Tuesday: Grandparents' day"), opening a sentence, after a day
// told weeks before the reference: the first such weekday after it, and
// each next label the first after the one before.
func (p *parser) diaryLabel(i, end, wd int) (time.Time, bool) {
	if p.ref.Narrative || !p.hasDCT || !p.punct(end, ':') || p.t(end+1).nl || !p.opensSentence(i) && !p.t(i).nl || p.t(i).lx.plural {
		return time.Time{}, false
	}
	if p.labelEnd > 0 && i-p.labelEnd <= 80 {
		d := weekdayAfter(p.label, wd, false)
		p.label, p.labelEnd = d, end
		return d, true
	}
	if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay || p.dct.Sub(p.day.time()) < 14*24*time.Hour || !p.withinSentences(p.dayEnd, i, 2) {
		if d, ok := p.toldWeekday(wd, 0); ok && p.t(i).nl && d.Sub(p.dct).Abs() <= 8*24*time.Hour && p.tense(i) == 0 {
			// A programme's labels after the story told its days:
			// "Monday: arrival at Stansted, 6.45pm", the Monday the
			// story told.
			p.label, p.labelEnd = d, end
			return d, true
		}
		return time.Time{}, false
	}
	d := weekdayAfter(p.day.time(), wd, false)
	p.label, p.labelEnd = d, end
	return d, true
}

// weekdayOfMonth returns the day numbered dom that falls on weekday wd
// nearest to base, within six weeks: "Wed 17", as an agenda writes it.
func weekdayOfMonth(base time.Time, wd, dom int) (time.Time, bool) {
	for d := 0; d <= 42; d++ {
		for _, s := range [2]int{d, -d} {
			if c := base.AddDate(0, 0, s); c.Day() == dom && int(c.Weekday()) == wd {
				return c, true
			}
		}
	}
	return time.Time{}, false
}

// lateDCT reports a reference time late in the evening, when a story
// reporting into the night may tell the next day in the past tense.
func (p *parser) lateDCT() bool {
	return p.hasDCT && p.ref.DCT.Hour() >= 20
}

// awaited reports a noun at k that "is expected" or "is due" follows: "the
// results of Monday's vote are expected".
func (p *parser) awaited(k int) bool {
	for j := k; j <= k+3 && p.real(j); j++ {
		if p.isAny(j, "is", "are") && p.isAny(j+1, "expected", "due") {
			return true
		}
		if p.t(j).kind != tWord {
			return false
		}
	}
	return false
}

// dayAheadTold returns, for weekday wd at token i told in the future,
// the day of a date more than a week ahead that the text told with its
// weekday in this sentence or the one before: that day if it falls on
// wd, else the first wd after it in its sentence.
func (p *parser) dayAheadTold(i, wd int) (time.Time, bool) {
	if !p.hasDCT || p.ref.Narrative || p.dayEnd == 0 || !p.dayWd || p.day.y == noYear || p.day.g != gDay || p.dayEnd > i || i-p.dayEnd > dayToldReach || !p.withinSentence(p.dayEnd, i) {
		return time.Time{}, false
	}
	w := p.day.time()
	if ahead := w.Sub(p.dct); ahead <= 7*24*time.Hour || ahead > 120*24*time.Hour {
		return time.Time{}, false
	}
	if int(w.Weekday()) == wd {
		return w, true
	}
	if !p.sameSentence(p.dayEnd-1, i) {
		return time.Time{}, false
	}
	for k := p.dayEnd; k < i; k++ {
		if p.isAny(k, "after", "before", "since", "following", "until") {
			return time.Time{}, false // "on Tuesday 7 May, after daylight saving ends on Sunday"
		}
	}
	return weekdayAfter(w, wd, false), true
}

// closeQuoteWithin reports a closing quotation mark at token k or within
// n tokens after it.
func (p *parser) closeQuoteWithin(k, n int) bool {
	for j := k; j <= k+n; j++ {
		if p.punct(j, '"') {
			return true
		}
		if p.sentenceEnd(j) && !p.punct(j+1, '"') {
			return false
		}
	}
	return false
}

// conditionalOpen reports "If" or "Unless" opening the sentence of token
// i a few words before it.
func (p *parser) conditionalOpen(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.isAny(k, "if", "unless") {
			return k == 0 || p.t(k).nl || p.sentenceEnd(k-1)
		}
		if p.t(k).kind != tWord {
			return false
		}
	}
	return false
}

// spanEndAfter reports "until", "to", "till" or "through" a few tokens
// after token end, over a part of the day: the span the day opens.
func (p *parser) spanEndAfter(end int) bool {
	if p.cls(end, cPart) {
		end++
	}
	return p.isAny(end, "until", "till", "through", "to")
}

// overClockBack returns the token before a clock time that ends at k
// and before "on" ("until 10 a.m. Thursday", "until midnight on Sunday"),
// or k when neither is there.
func (p *parser) overClockBack(k int) int {
	if p.is(k, "on") {
		k--
	}
	j := k
	for j >= 0 && j > k-6 && p.clockPart(j) && !(p.t(j).kind == tWord && p.t(j).lx.cls == cKey && p.is(j, "a") && p.t(j+1).kind != tPunct) {
		j--
	}
	if j == k || p.t(j+1).kind != tNum && !p.isAny(j+1, "noon", "midnight") {
		return k
	}
	return j
}

// beforeClockAt returns the token before "at <clock time>" ending at k
// ("is at 7pm on Sunday" read back from "pm"), or k when no such clock
// ends there.
func (p *parser) beforeClockAt(k int) int {
	for j := k; j >= 0 && j >= k-6; j-- {
		if p.is(j, "at") && p.t(j+1).kind == tNum {
			return j - 1
		}
		if !p.clockPart(j) {
			return k
		}
	}
	return k
}

// possAhead reports a day's possessive at i, its noun at k, in a clause
// that looks ahead: a verb of threat or waiting before it ("rain threatens
// Saturday's race"), or after its noun a verb of what is coming or a modal
// ("as Tuesday's rain looms", "orders for Friday's auction must be
// entered", "Friday's Oaks, which goes to post").
func (p *parser) possAhead(i, k int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && !p.sentenceEnd(j); j-- {
		if p.isAny(j, "threatens", "threaten", "awaits", "await", "eyes", "faces", "face", "braces", "brace", "prepares", "prepare") || j == i-1 && p.isAny(j, "get", "gets", "watch", "watches") {
			return true // "rain threatens Saturday's race", "traders get Thursday's jobless claims"
		}
	}
	if p.is(i-2, "to") && p.t(i-1).kind == tWord && !p.t(i-1).cap && p.t(i-1).lx.cls == cNone && !p.isAny(i-3, "due", "according", "thanks", "owing", "prior", "close", "similar", "compared") {
		return true // "drawn up to beat Tuesday's rain": a purpose looks ahead
	}
	for j := k; j < k+14 && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.punct(j, ',') && p.participle(j+1) {
			// "Friday's second spacewalk, planned to last about six hours,
			// will ...": over the aside to the verb.
			for j++; j < k+14 && p.real(j) && !p.punct(j, ',') && !p.sentenceEnd(j); j++ {
			}
			continue
		}
		if p.isAny(j, "looms", "loom", "threatens", "approaches", "nears", "goes", "takes", "kicks", "starts", "begins", "opens", "carries", "includes", "brings", "offers", "features") || p.isAny(j, "will", "must", "can", "should", "could", "may", "might") || p.is(j, "would") && !p.is(j+1, "have") {
			return true
		}
		if p.tenseOf(j, false) < 0 {
			return false
		}
	}
	return false
}

// willBeAfter reports "will be" or "would be" a few words after token k,
// in its clause: "said Monday's application would be heard by another
// judge" tells the day's event still to come.
func (p *parser) willBeAfter(k int) bool {
	for j := k; j < k+5 && p.real(j) && !p.sentenceEnd(j) && !p.punct(j, ','); j++ {
		if p.isAny(j, "will", "would") && p.is(j+1, "be") {
			return true
		}
	}
	return false
}

// zoneDay returns the day before or after the day last told when weekday wd
// at i names it on another clock: "launched on Thursday, though in Beijing
// it was already Friday", "at 6:30 a.m. Beijing time on Friday", "in Sydney
// 9:30 a.m. AEDT Friday", "later that night, Friday morning in Beijing".
// Across time zones one moment lies at most a day apart, so the weekday is
// that day or its neighbour, whatever the tense says.
func (p *parser) zoneDay(i, end, wd int) (time.Time, bool) {
	if p.dayEnd <= 0 || p.day.y == noYear || p.day.g != gDay || p.ref.Narrative || !p.withinSentences(p.dayEnd, i, 3) {
		return time.Time{}, false
	}
	w := p.day.time()
	if !p.hasDCT || w.Sub(p.dct).Abs() > 24*time.Hour {
		return time.Time{}, false // the clocks of the day of the report, or its neighbour
	}
	var d time.Time
	switch wd {
	case int(w.Weekday()):
		d = w // the day just told on that clock
	case (int(w.Weekday()) + 1) % 7:
		d = w.AddDate(0, 0, 1)
	case (int(w.Weekday()) + 6) % 7:
		d = w.AddDate(0, 0, -1)
	default:
		return time.Time{}, false
	}
	k := i - 1
	if p.is(k, "on") {
		k--
	}
	zoned := p.zone(k) || p.key(k, kTime) && p.t(k-1).cap && p.t(k-1).lx.cls == cNone && !p.t(k-1).nl // "AEDT Friday", "Beijing time on Friday"
	already := p.is(i-1, "already") && p.isAny(i-2, "was", "is")                                      // "it was already Friday"
	e := end
	if p.cls(e, cPart) {
		e++
	}
	there := p.punct(i-1, ',') && p.lastEnd == i-1 && p.is(e, "in") && p.t(e+1).cap && p.t(e+1).lx.cls == cNone && p.zoneTold(i) // "later that night, Friday morning in Beijing"
	if !zoned && !already && !there {
		return time.Time{}, false
	}
	return d, true
}

// zoneTold reports a clock time on a named zone in the few sentences up to
// token i.
func (p *parser) zoneTold(i int) bool {
	ends := 0
	for j := i - 1; j >= 0 && j > i-120; j-- {
		if p.sentenceEnd(j) {
			if ends++; ends > 3 {
				return false
			}
		}
		if p.zone(j) && p.t(j-1).kind == tWord && (p.isAny(j-1, "a", "p", "am", "pm") || p.t(j-1).kind == tNum) || p.zone(j) && p.t(j-1).kind == tNum {
			return true
		}
		if p.key(j, kTime) && p.t(j-1).cap && p.t(j-1).lx.cls == cNone && (p.t(j-2).kind == tNum || p.isAny(j-2, "a", "p", "am", "pm") || p.punct(j-2, '.')) {
			return true // "6:30 a.m. Beijing time"
		}
	}
	return false
}

// bankHolidayMonday returns England's bank holiday Monday (Easter Monday,
// the early and late May ones, the August one) nearest the reference:
// the next for a tense ahead, the last for one gone.
func (p *parser) bankHolidayMonday(tense int) time.Time {
	var best time.Time
	bestGap := time.Duration(1 << 62)
	for y := p.dct.Year() - 1; y <= p.dct.Year()+1; y++ {
		em, ed := easter(y)
		for _, d := range [...]time.Time{
			time.Date(y, time.Month(em), ed+1, 0, 0, 0, 0, time.UTC),
			time.Date(y, 5, nthWeekday(y, 5, time.Monday, 1), 0, 0, 0, 0, time.UTC),
			time.Date(y, 5, nthWeekday(y, 5, time.Monday, 5), 0, 0, 0, 0, time.UTC),
			time.Date(y, 8, nthWeekday(y, 8, time.Monday, 5), 0, 0, 0, 0, time.UTC),
		} {
			gap := d.Sub(p.dct)
			if tense > 0 && gap < 0 || tense < 0 && gap > 0 {
				continue
			}
			if gap.Abs() < bestGap {
				best, bestGap = d, gap.Abs()
			}
		}
	}
	return best
}
