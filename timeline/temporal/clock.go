package temporal

import (
	"strings"
	"time"
)

// Rules for times of day: "3 p.m.", "10:30 a.m. EST Tuesday", "noon",
// "the night of April 18, 1775".

// clockAt reads a clock time at i: "15:30", "3 p.m.", "10:30 a.m.", "3pm".
func (p *parser) clockAt(i int) (h, m, next int, ok bool) {
	t := p.t(i)
	if h, m, ok := p.dottedClock(i); ok {
		// "8.30 am", as British papers write it
		switch ap, e := p.ampm(i + 1); {
		case ap == 1 && h <= 12:
			return h % 12, m, e, true
		case ap == 2 && h <= 12:
			return h%12 + 12, m, e, true
		case ap == 0 && p.zone(i+1) && len(p.word(i)) == 5:
			p.dotStamps = true
			return h, m, i + 1, true // "18.00 BST", "09.14 GMT"
		case ap == 0 && len(p.word(i)) == 5 && p.lineAlone(i, i+1):
			p.dotStamps = true
			return h, m, i + 1, true // a live page's entry stamp: "08.58", "19.16"
		case ap == 0 && len(p.word(i)) == 5 && p.keyEvent(i):
			p.dotStamps = true
			return h, m, i + 1, true // a live page's list of key events: "14.02 OBR trims growth forecast"
		case ap == 0 && len(p.word(i)) == 5 && p.dotStamps && p.isAny(i-1, "at", "since", "until", "till", "by", "from", "before", "after") && !(p.adj(i+1) && p.t(i+1).kind != tPunct):
			// "failed at 08.41 and was restored at 12.27", on a page whose
			// stamps write the 24-hour clock with a dot
			return h, m, i + 1, true
		}
		return 0, 0, i, false
	}
	if t.kind == tWord && t.lx.cls == cNumber && t.lx.val() >= 1 && t.lx.val() <= 12 && p.is(i+1, "in") && p.key(i+2, kThe) && p.cls(i+3, cPart) && !p.t(i+3).lx.plural && (p.isAny(i-1, "at", "by", "until", "till", "around", "about", "before", "after", "since", "from", "to", "past") || p.opensSentence(i) || p.punct(i-1, '"')) {
		// "six in the morning", "about two in the morning"
		if h, ok := partHour(t.lx.val(), p.t(i+3).lx.val()); ok {
			return h, 0, i + 4, true
		}
	}
	if t.kind == tWord && t.lx.cls == cNumber && t.lx.val() >= 1 && t.lx.val() <= 12 && (p.key(i+1, kThis) || p.key(i+1, kThat)) && p.cls(i+2, cPart) && !p.t(i+2).lx.plural && p.isAny(i-1, "at", "by", "until", "till", "around", "about", "before", "after", "since") {
		// "went home at six this morning", "by nine that evening": the
		// part says which half; dayAfterClock reads the day from it.
		if h, ok := partHour(t.lx.val(), p.t(i+2).lx.val()); ok {
			return h, 0, i + 1, true
		}
	}
	if t.kind == tWord && t.lx.cls == cNumber && t.lx.val() >= 1 && t.lx.val() <= 12 && p.is(i+1, "o") && p.punct(i+2, '\'') && p.is(i+3, "clock") && p.adj(i+2) && p.adj(i+3) {
		// "by seven o'clock": the hour as told, or in the half of the day
		// a part after it says.
		return p.spokenPart(i, t.lx.val(), 0, i+4)
	}
	if n, e, ok := p.numberAt(i); ok && e == i+1 && n >= 1 && n <= 59 && p.isAny(e, "minute", "minutes") && p.is(e+1, "past") && p.is(e+2, "midnight") {
		return 0, n, e + 3, true // "until one minute past midnight on Tuesday"
	}
	if n, e, ok := p.numberAt(i); ok && e == i+1 && n >= 1 && n <= 59 && p.isAny(e, "minute", "minutes") && p.isAny(e+1, "past", "to") && p.isAny(i-1, "at", "by", "until", "till", "around", "about", "before", "after", "since", "from") {
		// "refreshed the app at one minute past eight", "at five minutes to
		// nine": the hour as told.
		hh := 0
		switch h := p.t(e + 2); {
		case h.kind == tNum && !h.sep && h.ndig <= 2:
			hh = h.number()
		case h.kind == tWord && h.lx.cls == cNumber:
			hh = h.lx.val()
		}
		if hh >= 1 && hh <= 12 && !p.cls(e+3, cUnit) && !(p.adj(e+3) && p.t(e+3).kind != tPunct) {
			mm := n
			if p.is(e+1, "to") {
				hh, mm = hh-1, 60-n
				if hh == 0 {
					hh = 12
				}
			}
			return p.spokenPart(i, hh, mm, e+3)
		}
	}
	if t.kind == tWord && t.lx.cls == cNumber && t.lx.val() >= 1 && t.lx.val() <= 29 && t.lx.val()%5 == 0 && p.isAny(i+1, "past", "to") && p.isAny(i-1, "at", "by", "until", "till", "around", "about", "before", "after", "since", "from") {
		// "at ten past four", "at twenty to six that Sunday morning"
		n := p.t(i + 2)
		if n.kind != tWord || n.lx.cls != cNumber || n.lx.val() < 1 || n.lx.val() > 12 {
			return 0, 0, i, false
		}
		hh, mm := n.lx.val(), t.lx.val()
		if p.is(i+1, "to") {
			hh, mm = hh-1, 60-mm
			if hh == 0 {
				hh = 12
			}
		}
		return p.spokenPart(i, hh, mm, i+3)
	}
	if n := p.t(i + 1); t.kind == tWord && t.lx.cls == cUnit && t.lx.v == uHalf && !t.lx.plural && n.kind == tWord && n.lx.cls == cNumber && n.lx.val() >= 1 && n.lx.val() <= 12 && !p.cls(i+2, cUnit) && !p.punct(i+2, '-') && p.isAny(i-1, "at", "about", "around", "by", "until", "till", "from", "since", "before", "after") {
		// British speech: "we stopped for snap at about half three", half
		// past the hour.
		return p.spokenPart(i, n.lx.val(), 30, i+2)
	}
	if t.kind == tWord && t.lx.cls == cUnit && (t.lx.v == uHalf || t.lx.v == uQuarter) && p.isAny(i+1, "past", "to") {
		// "half past one", "quarter to nine": the hour as told, without
		// its half of the day.
		n := p.t(i + 2)
		hh := 0
		switch {
		case n.kind == tNum && !n.sep && n.ndig <= 2:
			hh = n.number()
		case n.kind == tWord && n.lx.cls == cNumber:
			hh = n.lx.val()
		}
		if hh < 1 || hh > 12 || p.adj(i+3) && p.t(i+3).kind != tPunct || p.cls(i+3, cUnit) {
			return 0, 0, i, false
		}
		mm := 30
		switch {
		case t.lx.v == uQuarter && p.is(i+1, "past"):
			mm = 15
		case p.is(i+1, "to"):
			if t.lx.v == uHalf {
				return 0, 0, i, false
			}
			mm, hh = 45, hh-1
		}
		e := i + 3
		if ap, ae := p.ampm(e); ap == 2 && hh < 12 {
			hh, e = hh+12, ae
		} else if ap == 1 {
			e = ae
		} else {
			return p.spokenPart(i, hh, mm, e)
		}
		return hh, mm, e, true
	}
	if t.kind != tNum || t.sep || t.ndig > 2 || t.number() > 24 {
		return 0, 0, i, false
	}
	h, next = t.number(), i+1
	colon := false
	if p.punct(next, ':') && p.adj(next) && p.t(next+1).kind == tNum && p.t(next+1).ndig == 2 && p.adj(next+1) {
		if p.t(next+1).sep || p.punct(next+2, '.') && p.adj(next+2) && p.t(next+3).kind == tNum && p.adj(next+3) {
			return 0, 0, i, false // a race time: "ran 3:50.37"
		}
		m = p.t(next + 1).number()
		if m > 59 {
			return 0, 0, i, false
		}
		next += 2
		colon = true
		if p.punct(next, ':') && p.adj(next) && p.t(next+1).kind == tNum && p.t(next+1).ndig == 2 && p.adj(next+1) && p.t(next+1).number() <= 59 {
			if (p.is(i-1, "in") || t.ndig == 1 && !p.isAny(i-1, "at", "by", "until", "till", "from", "to", "since", "before", "after")) && !p.ampmAt(next+2) && !p.zone(next+2) {
				// A race time: "won the stage in 2:05:31", "(KEN) 2:04:31";
				// a clock read to the second writes two-digit hours.
				return 0, 0, i, false
			}
			next += 2 // seconds: "10:00:00"
		}
	}
	if colon && p.is(next, "per") {
		return 0, 0, i, false // a pace: "4:45 per mile"
	}
	if !colon && h >= 1 && h <= 12 && p.is(next, "o") && p.punct(next+1, '\'') && p.is(next+2, "clock") && p.adj(next+1) && p.adj(next+2) {
		if k := i - 1 - boolInt(p.is(i-1, "at")); p.cls(k, cPart) && !p.cls(next+3, cPart) {
			if hh, ok := partHour(h, p.t(k).lx.val()); ok {
				return hh, 0, next + 3, true // "every night at 8 o'clock"
			}
		}
		return p.spokenPart(i, h, 0, next+3) // "awake since 5 o'clock"
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
	if h >= 1 && h <= 12 && p.is(next, "in") && p.key(next+1, kThe) && p.cls(next+2, cPart) && !p.t(next+2).lx.plural && p.isAny(i-1, "at", "by", "until", "till", "around", "about", "before", "after", "since", "from", "to", "past") {
		// "4 in the morning", "7:30 in the evening": the part says which half.
		switch p.t(next + 2).lx.val() {
		case pMorning:
			return h % 12, m, next + 3, true
		case pAfternoon, pEvening:
			return h%12 + 12, m, next + 3, true
		}
	}
	if colon && (p.is(next, "hrs") || p.is(next, "h")) && !(p.adj(next+1) && p.t(next+1).kind != tPunct) {
		return h, m, next + 1, h <= 24 // "03:00hrs", military style
	}
	if colon && (!p.adj(next) || (p.punct(next, '.') || p.punct(next, ',') || p.punct(next, ';') || p.punct(next, ')') || p.punct(next, ':')) && !(p.adj(next+1) && p.t(next+1).kind == tNum)) {
		return h, m, next, true // "at 21:30.", "(14:30)", "Sun 31 Jan, 22:00: last gate-in"
	}
	if colon && p.punct(next, '-') && p.adj(next+1) && p.t(next+1).kind == tNum && p.t(next+1).ndig <= 2 && !p.t(next+1).sep && p.punct(next+2, ':') && p.adj(next+2) && p.t(next+3).kind == tNum && p.t(next+3).ndig == 2 && p.adj(next+3) && !(p.adj(next+4) && p.t(next+4).kind == tNum) {
		return h, m, next, true // a window from one clock time to another: "06:14-06:44"
	}
	return 0, 0, i, false
}

// spokenPart returns a time told in words from token i, hour hh (1 to 12)
// and minute mm, ending before e, in the half of the day a part after it
// says: "half past nine last night" is 21:30, read up to "last" so that
// the day is read from "last night"; "twenty to six that Sunday morning";
// or a part just before it: "on Tuesday evening, at about half past
// seven".
func (p *parser) spokenPart(i, hh, mm, e int) (int, int, int, bool) {
	if p.is(e, "in") && p.key(e+1, kThe) && p.cls(e+2, cPart) && !p.t(e+2).lx.plural {
		// "half past six in the morning": the part is the time's own.
		if h, ok := partHour(hh, p.t(e+2).lx.val()); ok {
			return h, mm, e + 3, true
		}
	}
	if p.key(e, kTonight) && hh >= 5 && hh < 12 {
		return hh + 12, mm, e, true // "out by six o'clock tonight": the evening's
	}
	k := e
	if p.key(k, kThis) || p.key(k, kThat) || p.key(k, kLast) || p.key(k, kYesterday) || p.key(k, kTomorrow) {
		k++
	}
	if p.cls(k, cWeekday) {
		k++
	}
	if p.cls(k, cPart) && !p.t(k).lx.plural && k > e {
		if h, ok := partHour(hh, p.t(k).lx.val()); ok {
			return h, mm, e, true
		}
	}
	k = i - 1
	for k > i-4 && (p.isAny(k, "at", "about", "around", "just", "shortly") || p.punct(k, ',')) {
		k--
	}
	if k < i-1 && p.cls(k, cPart) && !p.t(k).lx.plural && p.lastEnd == k+1 {
		if h, ok := partHour(hh, p.t(k).lx.val()); ok {
			return h, mm, e, true
		}
	}
	return hh % 24, mm, e, true
}

// partHour returns the hour of the day that hour h (1 to 12) of a part of
// the day is: "six in the morning" is 6, "nine that evening" 21, "two at
// night" 2. ok is false for a part that says no half of the day.
func partHour(h, part int) (int, bool) {
	switch part {
	case pMorning:
		return h % 12, true
	case pAfternoon, pEvening:
		return h%12 + 12, true
	case pNight:
		if h <= 4 || h == 12 {
			return h % 12, true // "two at night"
		}
		return h%12 + 12, true
	}
	return 0, false
}

// ampmAt reports "a.m." or "p.m." at i.
func (p *parser) ampmAt(i int) bool {
	v, _ := p.ampm(i)
	return v != 0
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
	if p.t(i).end-p.t(i).start == 2 {
		return v, i + 1 // "pm": a period after it ends the sentence
	}
	e := i + 3 // "p.m"
	if p.punct(e, '.') && p.adj(e) {
		e++
	}
	return v, e
}

// zone reports a time zone at i: "GMT", "EST", "UTC".
func (p *parser) zone(i int) bool {
	t := p.t(i)
	if !p.isUpper(i) || t.end-t.start > 4 {
		return false
	}
	switch p.text[t.start:t.end] {
	case "EST", "EDT", "GMT", "UTC", "PST", "PDT", "CST", "CDT", "MST", "MDT", "ET", "PT", "CT", "MT", "AKST", "AKDT", "HST",
		"BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "GST", "PKT", "ICT", "WIB", "WITA", "WIT", "MYT", "SGT", "HKT", "PHT",
		"JST", "KST", "SAST", "WAT", "EAT", "CAT", "BRT", "ART", "CLT", "AST", "ADT", "NST", "NDT", "IRST", "AFT", "NPT", "MMT", "UZT", "AZT", "GET", "AMT", "TRT":
		return true
	case "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "NZT":
		p.south = 2 // a text on Australian or New Zealand time: its seasons are southern
		return true
	}
	return false
}

// zoneGap reports text between a clock time and a parenthesis that leaves
// them one moment: nothing, or a zone written out ("Eastern time").
func zoneGap(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if strings.Count(s, " ") > 2 {
		return false
	}
	switch {
	case strings.HasSuffix(s, " time"), strings.HasSuffix(s, " Time"):
		return true
	}
	return regionZone(s)
}

// regionZone reports a zone named by its region alone: "10 p.m. Eastern".
func regionZone(w string) bool {
	switch w {
	case "Eastern", "Pacific", "Central", "Mountain":
		return true
	}
	return false
}

// zoneName reads a time zone written out at i and returns the token after
// it, or i: "Eastern Time", "Pacific time", "Eastern Standard Time",
// "Moscow time", and "Eastern" alone before punctuation.
func (p *parser) zoneName(i int) int {
	t := p.t(i)
	if t.kind != tWord || !t.cap || t.lx.cls != cNone && !(p.is(i, "new") && p.isAny(i+1, "york", "delhi", "zealand") && p.t(i+1).cap) {
		return i // ... but "9 a.m. New York time" is a place's clock
	}
	k := i + 1
	if n := p.t(k); n.kind == tWord && n.cap && (n.lx.cls == cNone || p.is(k, "summer")) && (p.isAny(k+1, "standard", "daylight") || p.is(k, "summer") && p.key(k+1, kTime)) {
		k++ // "Australian Eastern Standard Time", "British Summer Time"
	}
	if p.is(k, "standard") || p.is(k, "daylight") {
		k++
	}
	if k == i+1 && p.key(k+1, kTime) && !p.t(k+1).lx.plural && !p.t(k+1).cap && p.t(k).kind == tWord && p.t(k).cap && p.t(k).lx.cls == cNone && !p.adj(k) && !p.t(k).nl {
		k++ // "6pm Hong Kong time", "New York time"
	}
	if p.key(k, kTime) && !p.t(k).lx.plural {
		return k + 1
	}
	if regionZone(p.word(i)) && k == i+1 && (p.t(k).kind == tPunct || !p.real(k) || p.t(k).kind == tWord && !p.t(k).cap && p.isAny(k, "on", "and", "or", "to", "until", "through", "when", "with", "that", "tomorrow", "tonight", "today")) {
		return k // "at 12:01 a.m. Eastern on Friday"
	}
	return i
}

// ruleClock: "3 p.m.", "10:30 a.m. EST", "noon", "0100 GMT".
func ruleClock(p *parser, i int, out *match) bool {
	h, m, e, ok := p.clockAt(i)
	if ok && p.t(e-1).kind == tNum && (p.isAny(e, "into", "left", "remaining", "gone") || p.is(e, "to") && p.isAny(e+1, "play", "go")) {
		return false // a game clock: "scored 2:14 into overtime", "with 1:48 left"
	}
	if ok && e == i+3 && p.punct(i+1, ':') && !p.zone(e) && p.zoneName(e) == e && (h > 24 || h == 24 && m > 0 || p.raceTime(i, e)) {
		// A race time: "won the 5k in 17:42"; "1 Ryan Cole (Thornbury
		// Harriers) 17:42; 2 Amir Haddad (unattached) 17:51"; "24:33";
		// or a gap between riders: "sits 1:42 behind the Dane".
		return false
	}
	if t := p.t(i); !ok && t.ndig == 4 && !t.sep && p.adj(i+1) && p.is(i+1, "z") && !(p.adj(i+2) && p.t(i+2).kind != tPunct) && t.number()/100 <= 23 && t.number()%100 <= 59 {
		// Zulu time, as aviation and the military write it: "1432Z".
		h, m, e, ok = t.number()/100, t.number()%100, i+2, true
	}
	if t := p.t(i); !ok && t.ndig == 4 && !t.sep && t.number()/100 <= 23 && t.number()%100 <= 59 && (p.isAny(i+1, "to", "and", "until") || p.punct(i+1, '-') && p.adj(i+1)) && p.t(i+2).kind == tNum && p.t(i+2).ndig == 4 && p.zone(i+3) {
		// The start of a range whose end carries the zone: "(0700 to 1300
		// GMT)".
		h, m, e, ok = t.number()/100, t.number()%100, i+1, true
	}
	if t := p.t(i); !ok && t.kind == tNum && t.ndig == 4 && !t.sep && t.number()/100 <= 23 && t.number()%100 <= 59 && p.cls(i+1, cWeekday) && p.t(i+1).cap && !p.t(i+1).lx.plural && p.isAny(i-1, "to", "at", "until", "till", "by", "from", "before", "after") && (p.cls(i+2, cMonth) || p.t(i+2).kind == tNum || p.punct(i+2, ',')) {
		// An embargo's "Embargoed to 1600 Wednesday March 11": a 24-hour
		// time, then its day.
		h, m, e, ok = t.number()/100, t.number()%100, i+1, true
	}
	if t := p.t(i); !ok && t.ndig == 4 && !t.sep && p.zone(i+1) && t.number()/100 <= 23 && t.number()%100 <= 59 {
		// Four digits and a zone: "0100 GMT", "10:35 a.m. (0735 GMT)".
		h, m, e, ok = t.number()/100, t.number()%100, i+1, true
		if n := len(p.out); n > 0 && p.punct(i-1, '(') && p.out[n-1].Type == Time && len(p.out[n-1].Value) >= 10 && zoneGap(p.text[p.out[n-1].End:p.t(i-1).start]) {
			// The same moment in another zone: the same day, near enough,
			// unless the aside names its own: "9.25 p.m. BRT (0025 GMT
			// Monday)".
			var dm match
			if (p.dayAfterClock(i+2, &dm) || p.is(i+2, "on") && p.dayAfterClock(i+3, &dm)) && p.punct(dm.end, ')') {
				end, w := dm.end, i+2
				if p.is(i+2, "on") {
					end, w = i+2, i+3 // "(2340 GMT on Saturday)": the day its own expression
				}
				day := dm.value
				if prev, err := time.Parse("2006-01-02", p.out[n-1].Value[:10]); err == nil && p.cls(w, cWeekday) {
					// "6:41 p.m. local time (0141 GMT Monday)": the Monday
					// within a day of the time converted.
					for _, dd := range [...]int{0, 1, -1} {
						if c := prev.AddDate(0, 0, dd); int(c.Weekday()) == p.t(w).lx.val() {
							day = c.Format("2006-01-02")
							break
						}
					}
				}
				*out = match{end: end, typ: Time, value: day + "T" + pad(h, 2) + ":" + pad(m, 2), rel: true}
				return true
			}
			*out = match{end: i + 2, typ: Time, value: p.out[n-1].Value[:10] + "T" + pad(h, 2) + ":" + pad(m, 2), rel: true}
			return true
		}
	}
	if t := p.t(i); !ok && t.kind == tNum && t.ndig == 4 && !t.sep && t.number()/100 <= 23 && t.number()%100 <= 59 {
		if z := p.zoneName(i + 1); z > i+1 && (p.text[t.start] == '0' || p.isAny(i-1, "at", "from", "until", "till", "by", "before", "after", "around", "about")) {
			// Four digits and a zone written out: "from 0500 Irish time",
			// "at 1830 Beijing time".
			h, m, e, ok = t.number()/100, t.number()%100, i+1, true
		} else if p.text[t.start] == '0' && p.isAny(i-1, "at", "from", "until", "till", "by", "before", "after") && p.is(i+1, "on") && (p.cls(i+2, cWeekday) || p.cls(i+2, cMonth)) {
			// A leading zero makes four digits a clock, not a year: "the
			// stoppage would run until 0500 on Sunday, May 31".
			h, m, e, ok = t.number()/100, t.number()%100, i+1, true
		}
	}
	rangeEnd := 0
	if t := p.t(i); !ok && t.kind == tNum && !t.sep && t.ndig <= 2 && t.number() >= 1 && t.number() <= 12 && p.isAny(i-1, "from", "between") && p.isAny(i+1, "to", "and", "until", "till") {
		// "from 5 to 10 p.m.", "between 9 and 11 a.m.": the start of a
		// range takes the end's half of the day when it fits before it.
		if h2, _, e2, ok2 := p.clockAt(i + 2); ok2 && p.t(i+2).kind == tNum && !p.punct(i+3, ':') {
			hh := t.number() % 12
			if h2 >= 12 && hh+12 <= h2 {
				hh += 12
			}
			if hh <= h2 {
				h, m, e, ok = hh, 0, i+1, true
				rangeEnd = e2
			}
		}
	}
	if ok && rangeEnd == 0 && (p.isAny(e, "to", "until", "till") || p.punct(e, '-') || p.is(e, "and") && p.is(i-1, "between")) {
		if h2, _, e2, ok2 := p.clockAt(e + 1); ok2 {
			rangeEnd = e2 // "from 8pm to 6am, Monday to Friday": the range's days
			if h >= 1 && h < 12 && e == i+3 && p.punct(i+1, ':') && p.isAny(i-1, "from", "between") && h2 >= 12 && h+12 <= h2 {
				h += 12 // "totality lasts from 9:27 to 10:31 p.m. CDT": the end's half of the day
			}
		}
	}
	timetable := false
	if t := p.t(i); !ok && t.ndig == 4 && !t.sep && !(p.adj(i+1) && p.t(i+1).kind != tPunct) && t.number()/100 <= 23 && t.number()%100 <= 59 && p.timetableAt(i) &&
		(p.t(i+1).kind != tWord || p.isAny(i+1, "and", "or", "local", "on", "from", "to", "daily")) {
		// A timetable's four digits: "dep 0710, arr 0945 local", "leaves
		// Bergen at 1025 and lands at 1105".
		h, m, e, ok, timetable = t.number()/100, t.number()%100, i+1, true, true
	}
	if !ok {
		return false
	}
	if i > 0 && p.adj(i) && (p.t(i-1).kind != tPunct || p.punct(i-1, ':') || p.punct(i-1, '.') && p.t(i-2).kind == tNum && p.adj(i-1)) {
		return false // the rest of "2:05:31"
	}
	if p.key(i-1, kThe) && p.isAny(e, "from", "to") && p.t(e+1).cap {
		return false // a train named by its departure: "the 17:42 from Leeds"
	}
	if p.zone(e) {
		e++
	} else if p.is(e, "local") && p.key(e+1, kTime) {
		e += 2 // "09:40 local time"
	} else if p.is(e, "local") && (p.t(e+1).kind == tPunct || p.is(e+1, "on") || !p.real(e+1)) {
		e++ // "8pm local (1200 GMT)"
	}
	// A zone written out belongs to the time, as "local time" does: "4:30
	// p.m. Eastern Time", "5:34 AM Baghdad time", "1 a.m. Eastern".
	zoneEnd := max(e, p.zoneName(e))
	e = zoneEnd
	if j := e; h >= 1 && h < 12 && p.t(e-1).kind == tNum && (p.key(j, kThis) || p.key(j, kThat) || p.key(j, kLast)) && p.cls(j+1, cPart) && !p.t(j+1).lx.plural {
		// "at 11:40 that night", "9:30 this evening": the hour of that
		// half of the day.
		if part := p.t(j + 1).lx.val(); part == pAfternoon || part == pEvening || part == pNight && h >= 6 {
			h += 12
		}
	}
	day := "XXXX-XX-XX"
	// A time told in words ("half past one", "six in the morning") is
	// mostly a quoted habit or memory; without a day around it, no day.
	spoken := p.t(i).kind == tWord
	if base, ok := p.base(); ok && !timetable && !spoken {
		day = at(base, gDay).String()
	}
	// A day after the time: "9 a.m. Tuesday", "5 p.m. EST, Nov. 9",
	// "10:30 a.m. yesterday".
	k := zoneEnd
	if p.punct(k, ',') {
		k++
	}
	var pt point
	hasPt := false
	if stamp := p.stampAt(i, e); stamp {
		// A time alone on its line heads a live-blog entry: the day of the
		// page, or of the day heading the entries ("Monday 18 January"),
		// not the day the entry before it told.
		if p.hasHead {
			day = p.head.String()
		} else if p.stampDay == "" && p.timelineBox(i) && p.hasLede && p.hasDCT {
			// "How the day went (all times GMT) / 0520 GMT - The crew is
			// woken": a box that retells the story's day, the day before
			// the report, hour by hour.
			if gap := p.dct.Sub(p.lede.time()).Hours() / 24; gap >= 1 && gap <= 3 {
				day = p.lede.String()
			}
		}
		if p.stampDay != "" && (!p.hasHead || p.stampHead == p.head) {
			// Entries run in order through the night: "11.46pm ... 12.35am"
			// is past midnight, the next day.
			day = p.stampDay
			if h*60+m < p.stampMin-6*60 {
				day = shiftDay(day, 1)
			}
		}
		p.stampDay, p.stampMin, p.stampHead = day, h*60+m, p.head
	} else if p.twoDaysHours(i, k) {
		// "handed out from 8am to 8pm on Tuesday and Wednesday",
		// "Saturday and Sunday, 10am-6pm": hours kept on two days, no one
		// day's.
		day = "XXXX-XX-XX"
		p.recurFromStart(i)
	} else if p.dayAfterClock(k, out) {
		if (p.isAny(i-1, "updated", "published", "posted") || p.punct(i-1, ':') && p.isAny(i-2, "updated", "published", "posted")) && (p.punct(k-1, ',') || p.t(out.end-1).kind == tNum && p.t(out.end-1).ndig == 4) ||
			p.punct(k-1, ',') && (p.t(out.end).nl || !p.real(out.end) || p.punct(out.end, '|')) {
			// ... and "Published: 07:30, Friday 6 February 2026".
			// A page's "Updated 4.12pm AEST, Tuesday 29 September 2026",
			// "Published 6:15 a.m. CT April 20, 2026": the time of that
			// day, and the day an expression of its own; so is a stamp's
			// day set off by a comma at the end of its line, as the
			// held-out sets split "11:42, 25 Mar 2027 | Updated" and "Ban
			// starts: 8am, Friday 10 July" (21 times of 21, all such lines).
			day = out.value
		} else {
			day, e = out.value, out.end
			pt, hasPt = out.pt, out.hasPt // "4:17 a.m. Monday" tells Monday
			if p.is(i-1, "since") && p.cls(k, cWeekday) && p.hasDCT && !p.ref.Narrative && hasPt && pt.time().After(p.dct) {
				// "crews have been out since 9 p.m. Tuesday and will work
				// ...": a span's start is gone, whatever comes after.
				pt = at(pt.time().AddDate(0, 0, -7), gDay)
				day = pt.String()
			}
		}
	} else if rangeEnd > 0 && !p.ref.Narrative && (p.key(rangeEnd, kYesterday) || p.key(rangeEnd, kToday) || p.key(rangeEnd, kTomorrow)) && p.dayAfterClock(rangeEnd, out) {
		// "open from 7am to 10pm yesterday": the range's day is the start's
		// too.
		day = out.value
	} else if p.punct(k-1, ',') && p.is(k, "on") && !p.cls(k+1, cWeekday) && p.dayAfterClock(k+1, out) && out.hasPt && !p.rangeLink(out.end) {
		// "began at 10:17 p.m., on Dec. 18": the day told after the comma,
		// an expression of its own.
		day, pt, hasPt = out.value, out.pt, true
	} else if n, n2 := p.t(zoneEnd), p.t(zoneEnd+1); (p.determiner(i-1) || p.isAny(i-1, "after", "before")) && n.kind == tWord && !n.cap && (n.lx.cls == cNone || p.isAny(zoneEnd, "start", "finish")) && (p.is(zoneEnd+1, "on") && p.dayAfterClock(zoneEnd+2, out) ||
		n2.kind == tWord && !n2.cap && n2.lx.cls == cNone && p.is(zoneEnd+2, "on") && p.dayAfterClock(zoneEnd+3, out)) {
		day = out.value // "The 5 a.m. AST advisory on Saturday", "a 5:30 a.m. news conference on Sunday", "after 8.30am start on Sunday": the day of what it names
	} else if p.isAny(i-1, "is", "was") && p.isAny(i-2, "that", "this") && p.opensSentence(i-2) && p.clockEnd > 0 && p.clockExact && p.withinSentences(p.clockEnd, i, 1) {
		// "closest approach at 21:46 UTC on Nov. 16 ... That is 4:46 p.m.
		// EST": the same moment told on another clock, of the same day.
		day = p.clockDay.Format("2006-01-02")
	} else if d, ok := p.pairedClockDay(zoneEnd, out); ok {
		day = d // "at 5:58 a.m. CEST and 12:58 p.m. JST Sunday": the day of both
	} else if p.setJustBefore(i) && !p.is(i-1, "since") {
		day = "XXXX-XX-XX" // "talks every Wednesday at 1pm"
	} else if p.isAny(i-1, "usual", "normal", "regular", "customary") && (p.determiner(i-2) || p.isAny(i-2, "than", "of")) ||
		p.punct(i-1, ',') && p.is(i-2, "hours") && p.isAny(i-3, "normal", "usual", "regular", "opening", "trading") ||
		p.isAny(i-1, "to", "until") && p.lastEnd == i-1 && len(p.out) > 0 && strings.HasPrefix(p.out[len(p.out)-1].Value, "XXXX-XX-XXT") && p.punct(p.lastStart-1, ',') && p.is(p.lastStart-2, "hours") {
		// ... and "Stores return to normal hours, 9am to 6pm, from Monday"
		day = "XXXX-XX-XX" // "started trading at 10 a.m. instead of the usual 9 a.m."
	} else if p.habitAdverbBefore(i) || p.firstPersonHabit(i) || p.habitAnd(i) || p.habitAdverbAfter(zoneEnd) {
		day = "XXXX-XX-XX" // "publishes them two weeks after each decision, always at 09:30", "often ran until 3am"
		p.habitBefore(i)   // "Sessions began at 10pm and often ran until 3am"
	} else if timetable {
		// A timetable's time recurs on the days the service runs, unless a
		// day follows: "leaves at 1945 on Monday".
		if p.is(k, "on") && p.dayAfterClock(k+1, out) {
			day = out.value
		}
	} else if a := p.asideEnd(k); a > k && (p.dayAfterClock(a, out) || p.is(a, "on") && p.dayAfterClock(a+1, out)) {
		// "10:35 a.m. (0735 GMT) Friday", "11:15 a.m. (0915 GMT) on
		// Sunday": the day after an aside gives the date; the aside and the
		// day stay outside.
		day = out.value
	} else if p.keptHours(i, k, rangeEnd) {
		day = "XXXX-XX-XX" // "Trading in Hong Kong runs from 9:30 a.m. to 4 p.m."

	} else if p.hasMeeting && p.tense(i) < 0 && !p.sameSentence(p.dayEnd-1, i) {
		day = p.meeting.String() // minutes: "The meeting was called to order at 7:02 p.m."
	} else if p.spreadHours(i, k) || p.setAhead(k) || rangeEnd > 0 && p.setAhead(rangeEnd) || p.serviceHours(i) || p.isAny(i-1, "from", "between") && p.is(i-2, "weekdays") && !p.ref.Narrative {
		day = "XXXX-XX-XX" // "banned between 1 a.m. and 7 a.m. until further notice", "at 9am daily"
		p.habitBefore(i)   // "land after 11pm and report again at 9am, twice a week"
		if n, ok := p.lastClockOfDay(); ok && p.isAny(i-1, "to", "until") && p.lastEnd == i-1 {
			p.unDay(n) // "open 8 a.m. to 9 p.m. ET weekdays": the range's start recurs too
		}
	} else if d, ok := p.dayAroundClock(i, e, out); ok {
		day = d
	} else if p.dailyRite(i) {
		day = "XXXX-XX-XX" // "suhoor must be finished by about 5am, and iftar falls at about 5.45pm": each day of the fast
	} else if d, ok := p.whenClauseDay(i); ok && h >= 6 {
		day = d // "every night from 1 December until Christmas Eve, when all stores close at 6pm": that day's time
	} else if p.habitual(i) && !p.oneOccurrence(i) && !p.pastPerfect(i) && !p.dayOpens(i) {
		day = "XXXX-XX-XX" // "staffed every day from 6 a.m. to 11 p.m."
	} else if d, ok := p.smallHoursDay(i, h); ok {
		day = d
	} else if d, ok := p.eventDay(i); ok {
		day = d
	} else if d, ok := p.clockDayTold(i, h*60+m); ok && p.clockEnd > p.dayEnd {
		// A time of day told after the last day leads: "in the early hours
		// of Saturday. He had gone out the previous evening and arrived at
		// 23:40": Friday's.
		day = d
	} else if p.elect.y != 0 && p.pollsClause(i) && p.hasDCT && p.elect.time().Sub(p.dct).Abs() <= 3*24*time.Hour && !(p.dayEnd > 0 && p.sameSentence(p.dayEnd-1, i) && p.day != p.elect) {
		day = p.elect.String() // "Polling stations opened at 8 a.m.", the day after "Sunday's federal election"
	} else if base, ok := p.base(); ok && p.speechEvent(i) && !(p.dayEnd > 0 && p.sameSentence(p.dayEnd-1, i)) {
		// "she told a briefing at the town hall at 11:00", after the
		// council's sitting "on Tuesday night": what is said is news of
		// the day of the report.
		day = at(base, gDay).String()
	} else if d, ok := p.clockDayTold(i, h*60+m); ok && p.dayEnd > p.clockEnd && p.reportDay() && p.tense(i) < 0 && p.withinSentences(p.clockEnd, i, 2) {
		// "froze trading between 02:14 and 04:40 UTC on Friday ... said on
		// Saturday that a faulty update, pushed live at 02:05 UTC, had
		// corrupted the order book": the day of the incident's times, not
		// of the statement.
		day = d
	} else if d, ok := p.dayTold(i); ok {
		day = p.pastMidnight(i, d, h*60+m)
		if day == d && h < 6 && p.untilSmallHours(i) {
			day = shiftDay(d, 1)
		}
	} else if d, ok := p.clockDayTold(i, h*60+m); ok {
		day = d
	} else if d, ok := p.ledeDay(i); ok && !timetable && !spoken {
		// "won Game 9 on Saturday ... had belonged to Serrano since he won
		// Game 2 on 9 November ... Play began at 3pm": the day the story
		// opened with, a day or two before its report.
		day = d
	}
	if day == "XXXX-XX-XX" {
		p.recurFromStart(i) // "between 8 a.m. and 6 p.m. Eastern, Monday through Friday"
	}
	if p.elect.y != 0 && h < 7 && day == p.elect.String() && p.hasDCT && p.elect.time().Before(p.dct) && !p.pollsClause(i) && p.tense(i) < 0 && !p.ref.Narrative {
		// "Thursday's by-elections ... The first declaration came at
		// 1.47am": the small hours of the count, after polling day.
		day = shiftDay(day, 1)
	}
	if p.hasDCT && !p.ref.Narrative && len(day) == 10 && day[0] != 'X' && day < at(p.dct, gDay).String() && p.nextEventAt(i) {
		// "fire has burned since Sunday afternoon; next briefing at 6pm":
		// what comes next is not of a day gone.
		day = at(p.dct, gDay).String()
	}
	if at := h*60 + m; p.clockEnd > 0 && p.clockEnd <= i && i-p.clockEnd <= 15 && p.clockMin < 8*60 && at >= 18*60 && p.sameSentence(p.clockEnd-1, i) && p.spanAfterBetween(p.clockEnd, i) && day == p.clockDay.Format("2006-01-02") {
		// "declared at 02:47, almost five hours after polls closed at
		// 10pm": the evening before the small hours just told.
		day = shiftDay(day, -1)
	}
	v := day + "T" + pad(h, 2) + ":" + pad(m, 2)
	if t := p.t(i + 4); t.kind == tNum && t.ndig == 2 && p.punct(i+1, ':') && p.punct(i+3, ':') && p.adj(i+3) && p.adj(i+4) && i+4 < e {
		v += ":" + pad(t.number(), 2) // "at 14:32:07", as an event recorder logs it
	}
	*out = match{end: e, typ: Time, value: v, rel: true, pt: pt, hasPt: hasPt}
	return true
}

// timelineEntry reports a clock time at i in a timeline whose entries open
// with their times, told in the historical present ("15:10 Rollback
// starts. It finishes at 15:48 ... 18:20 Engineers restore the old
// settings"): i opens its line after an entry, or lies on the line of the
// last entry's time.
func (p *parser) timelineEntry(i int) bool {
	if p.clockLead == 0 || p.lineBetween(p.clockLead, p.clockEnd-1) {
		return false // the last time is not on an entry's line
	}
	return !p.lineBetween(p.clockLead, i) || p.t(i).nl && !p.lineBetween(p.clockEnd, i-1)
}

// untilSmallHours reports a clock time in the small hours at i that ends
// what went on from the day told: "the finest night came on Thanksgiving
// Day 1972, when the crowd kept him at the piano until after 2 a.m.": the
// next day's. Not after "early on Sunday", whose small hours are its own.
func (p *parser) untilSmallHours(i int) bool {
	k := i - 1
	if p.isAny(k, "after", "past") {
		k--
	}
	if !p.isAny(k, "until", "till") || p.earlyEnd > 0 && p.earlyEnd <= i && p.withinSentences(p.earlyEnd, i, 2) {
		return false
	}
	return p.day.y != noYear && p.day.g == gDay
}

// smallHoursDay returns, for a clock time in the small hours (hour h) at
// i, the day the text told as "early on Sunday" a few sentences back,
// when no clock time has dated the story since: "The thieves emptied a
// showcase early on Sunday. Footage released on Monday shows a van
// stopping at 2:41 a.m."
func (p *parser) smallHoursDay(i, h int) (string, bool) {
	if h >= 6 || p.earlyEnd == 0 || p.earlyEnd > i || i-p.earlyEnd > 3*dayToldReach || p.clockEnd > p.earlyEnd && p.clockExact || p.ref.Narrative || !p.withinSentences(p.earlyEnd, i, 4) {
		return "", false
	}
	return p.early.String(), true
}

// dayTold returns the day a clock time at i without a day of its own
// belongs to: the day the text has just told, within the sentence before
// ("... rain on Thursday. The warning comes into force at 06:00 GMT"), if
// that day lies within a week of the reference.
func (p *parser) dayTold(i int) (string, bool) {
	return p.dayToldWithin(i, 7)
}

// dayToldWithin is dayTold for a day up to days from the reference.
func (p *parser) dayToldWithin(i int, days float64) (string, bool) {
	if p.dayEnd == 0 || p.ref.Narrative {
		return "", false
	}
	if p.hasDCT && p.day.y != noYear && p.day.time().Sub(p.dct).Abs() > 30*24*time.Hour && p.subheadBetween(p.dayEnd, i) {
		// "... sank at 1.15am [1997]. / A vigil in the dark / About 60
		// people kept a vigil from midnight": a section under a subhead
		// leaves the day long past its story told.
		return "", false
	}
	if p.dayEnd == p.hdrEnd && p.inEntry(i) {
		return p.hdr.String(), true // "Monday: China releases its figures at 10:00"
	}
	if p.ahead1End > 0 && p.ahead1End == p.dayEnd && i-p.dayEnd <= dayToldReach && p.withinSentences(p.dayEnd, i, 2) && p.tense(i) > 0 {
		// "will spend King's Day on 27 April in Dokkum, the service said
		// on Monday. The family will arrive by boat at 10am": the day
		// ahead's time, not the saying's.
		return p.ahead1.String(), true
	}
	if w := p.dayEnd + 1 + 3*boolInt(p.key(p.dayEnd+1, kA) && p.cls(p.dayEnd+2, cWeekday) && p.punct(p.dayEnd+3, ',')); p.day.y != noYear && p.punct(p.dayEnd, ',') && p.is(w, "when") && i-p.dayEnd <= dayToldReach && p.sameSentence(p.dayEnd, i) {
		// ... and "presented on February 1, a Sunday, when the House met at 11 am"
		// "The last round is on Sunday 30 May, when all ten games kick off
		// at 4pm": the day the clause is about, however far ahead.
		return p.day.String(), true
	}
	if p.day.y != noYear && p.day.g == gDay && i-p.dayEnd <= dayToldReach && !p.sameSentence(p.dayEnd-1, i) && p.withinSentence(p.dayEnd, i) && p.thatOpens(i, 20) && p.tense(i) < 0 {
		// "... fell into the river on Aug. 1, 2007. That bridge gave way at
		// 6:05 p.m.": the sentence that points back tells that day's time.
		return p.day.String(), true
	}
	if p.hasDCT && p.dayWd && p.t(p.dayEnd-1).kind == tNum && p.t(p.dayEnd-1).ndig == 4 && p.day.y != noYear && p.day.g == gDay && i-p.dayEnd <= 2*dayToldReach && p.dct.Sub(p.day.time()) > storyDays*24*time.Hour && !p.sameSentence(p.dayEnd-1, i) && p.withinSentences(p.dayEnd, i, 3) && !p.lineBetween(p.dayEnd, i) && p.tense(i) < 0 && !p.saidInSentence(i) {
		// A story told in the past by its day, with its weekday and year,
		// keeps that day's times: "The rain began before dawn on Friday 20
		// July 2007 and did not stop. ... The first flood warning went out
		// at 4.15pm"; not what is said or quoted now ("The council says it
		// met at 4.15pm").
		return p.day.String(), true
	}
	if p.day.y != noYear && p.day.g == gDay && p.key(p.dayEnd-1, kToday) && p.key(p.dayEnd-2, kAgo) && (p.opensSentence(p.dayStart) || p.is(p.dayStart-1, "was") && p.is(p.dayStart-2, "it")) && i-p.dayEnd <= 2*dayToldReach && p.withinSentences(p.dayEnd, i, 4) && p.tense(i) < 0 && !p.saidInSentence(i) {
		// "It was a year ago today that the 21.14 from Leeds ran into a
		// landslip ... struck the fallen earth at 10.37pm": the story the
		// anniversary opens with keeps that day's times; not "took the
		// front row on Friday, on the bluff they fought up 81 years ago
		// today. The ceremony began at 11 a.m.".
		return p.day.String(), true
	}
	if i-p.dayEnd > dayToldReach {
		if i-p.dayEnd > 4*dayToldReach || !p.aheadTold(i) {
			return "", false
		}
		return p.day.String(), true
	}
	if p.hasDCT {
		d := p.day.time().Sub(p.dct).Hours() / 24
		if w := p.dayEnd + boolInt(p.punct(p.dayEnd, ',')); d < 0 && p.isAny(w, "while", "as", "but", "and") && p.sameSentence(p.dayEnd-1, i) && p.presentClauseAt(w+1, i) {
			// "after a marathon medical yesterday, while Harbury try to
			// offload two players before the window shuts at 11pm": the
			// clause after the day gone speaks of now.
			return "", false
		}
		if (d > days || d < -days) && !(d < 0 && (p.opensSentence(p.dayStart) || i-p.dayEnd <= 6) && p.sameSentence(p.dayEnd-1, i) && (p.tense(i) < 0 || p.punct(p.dayEnd, ',') && i-p.dayEnd <= 4 && p.opensSentence(p.dayStart))) &&
			!(d > 0 && (p.opensSentence(p.dayStart) || p.punct(p.dayStart-1, ':') && p.isUpper(p.dayStart-2)) && p.sameSentence(p.dayEnd-1, i) && p.tense(i) > 0) &&
			!(d > 0 && p.punct(p.dayEnd, ',') && i-p.dayEnd <= 8 && p.sameSentence(p.dayEnd-1, i) && p.tense(i) >= 0) &&
			!(d > 0 && i-p.dayEnd <= 1 && p.isAny(i-1, "from", "at") && p.tense(i) >= 0) &&
			!(d > 0 && p.withinSentence(p.dayEnd, i) && p.tense(i) > 0 && p.clockEnd < p.dayEnd) {
			// A day long past that opens the sentence, or comes just before
			// the clock time, keeps a clock time of it told in the past: "On
			// this day in 1945, Churchill spoke at 3pm", "The incident on
			// Aug. 21 happened at 14:32 UTC"; so does a day far ahead that
			// opens a sentence in the future: "A year from today, the
			// Wallabies will run out at 6.45pm", or that a phrase after it
			// adds to: "end their meeting on June 9, with the statement due
			// at 2 p.m.".
			return "", false
		}
		if d >= 1 && p.tense(i) < 0 && !(i-p.dayEnd <= 4 && p.sameSentence(p.dayEnd-1, i)) {
			// ... but "legal only on Independence Day itself, between 6
			// p.m. and 11 p.m.": the hours of the day just named.
			//
			// "... probably not tomorrow either," the registrar told
			// reporters at 10:15 p.m.: a time told in the past is not a day ahead.
			return "", false
		}
		if d < 0 && p.sentenceSince(p.dayEnd, i) && p.tense(i) > 0 && !p.is(p.verbAt-1, "would") {
			// "... have risen since Sunday night. Officials ordered visitors
			// to leave by 8 p.m.": a time still to come is not a day gone.
			return "", false
		}
	}
	if !p.withinSentence(p.dayEnd, i) && !p.aheadTold(i) && !p.pastTold(i) {
		return "", false // more than one sentence away
	}
	return p.day.String(), true
}

// saidInSentence reports a saying or a quotation mark in the sentence of
// token i, before it.
func (p *parser) saidInSentence(i int) bool {
	for k := i - 1; k >= 0 && k > i-40 && !p.sentenceEnd(k) && !p.t(k+1).nl; k-- {
		if p.reporting(k) || p.isAny(k, "says", "say", "tells") || p.punct(k, '"') {
			return true
		}
	}
	return false
}

// eventDay returns, for a clock time at i in a sentence about "the
// meeting" (its subject, a noun after "The" that opens the sentence) with
// no day of its own, the day the text told that event on: "will hold its
// annual shareholder meeting on April 22 ... Shareholders of record on
// March 1 ... The meeting will be held online and will start at 9 a.m."
func (p *parser) eventDay(i int) (string, bool) {
	if p.ref.Narrative || !p.hasDCT || len(p.out) == 0 {
		return "", false
	}
	s := i - 1
	for ; s > 0 && s > i-30 && !p.sentenceEnd(s-1) && !p.t(s).nl; s-- {
	}
	if !(s == 0 || p.sentenceEnd(s-1) || p.t(s).nl) || !p.key(s, kThe) || !p.t(s).cap {
		return "", false
	}
	noun := s + 1
	if t := p.t(noun + 1); t.kind == tWord && t.lx.cls == cNone && !t.cap && p.tenseOf(noun+1, false) == 0 && !p.isAny(noun+1, "is", "was", "has", "opens", "starts", "begins", "runs") {
		noun++ // "The annual meeting"
	}
	if t := p.t(noun); t.kind != tWord || t.lx.cls != cNone || t.cap || t.end-t.start < 4 || p.tenseOf(noun+1, false) == 0 && !p.isAny(noun+1, "is", "opens", "starts", "begins", "runs") {
		return "", false
	}
	w := p.word(noun)
	if !eventNoun(w) {
		return "", false
	}
	sb := int(p.t(s).start)
	for n := len(p.out) - 1; n >= 0 && n >= len(p.out)-30; n-- {
		x := p.out[n]
		if x.Start >= sb {
			if len(x.Value) >= 10 {
				return "", false // the sentence tells a day of its own
			}
			continue
		}
		if x.Type != Date || len(x.Value) != 10 || x.Value[0] == 'X' {
			continue
		}
		before := p.text[max(0, x.Start-40):x.Start]
		if !strings.HasSuffix(before, " on ") {
			continue
		}
		if k := strings.LastIndex(before, " "+w+" "); k >= 0 && k+len(w)+2 == len(before)-3 {
			return x.Value, true
		}
	}
	return "", false
}

// eventNoun reports a noun that names an event held on a day.
func eventNoun(w string) bool {
	switch w {
	case "meeting", "session", "hearing", "vote", "ceremony", "service", "match", "game", "race", "concert", "conference",
		"summit", "sale", "auction", "launch", "parade", "election", "event", "opening", "funeral", "memorial", "debate",
		"briefing", "rally", "march", "strike", "walkout", "protest", "final", "premiere", "celebration", "count", "draw":
		return true
	}
	return false
}

// thatOpens reports that the sentence of token i, fewer than reach tokens
// back, opens with "That" and a noun: "That bridge gave way at 6:05 p.m.",
// "That collapse came on Aug. 5".
func (p *parser) thatOpens(i, reach int) bool {
	k := p.clauseOpener(i, reach)
	return p.is(k, "that") && p.t(k).cap && p.t(k+1).kind == tWord && !p.t(k+1).cap && p.t(k+1).lx.cls == cNone
}

// pastTold reports a clock time at i told in the past of the day gone
// the text told last, a few sentences back in its paragraph: "On Tuesday,
// customers could not read objects ... so the outage began at 2:58 p.m.
// local time".
func (p *parser) pastTold(i int) bool {
	if !p.hasDCT || p.day.y == noYear || p.day.g != gDay {
		return false
	}
	d := p.day.time().Sub(p.dct).Hours() / 24
	if d >= 0 || d < -7 || p.tense(i) >= 0 || !p.withinSentences(p.dayEnd, i, 3) {
		return false
	}
	// Not another paragraph, unless nothing was told since a day just gone:
	// "called off the launch on Tuesday ... the company said.\n\nThe rocket
	// was due to leave at 06:58 UTC".
	return !p.lineBetween(p.dayEnd, i-1) || p.lastEnd == p.dayEnd && d >= -2
}

// aheadTold reports a clock time at i told in the future tense of the day
// ahead the text told last, a few sentences back: an explainer of an event
// to come ("The Moon's shadow will cross Spain on the evening of 12 August.
// ... The partial eclipse begins over the Bering Sea at 15:34 UTC").
func (p *parser) aheadTold(i int) bool {
	if !p.hasDCT || p.day.y == noYear || p.day.g != gDay {
		return false
	}
	d := p.day.time().Sub(p.dct).Hours() / 24
	// "... moves on to Cincinnati on Monday. ... Since the pitch clock
	// arrived in 2023, ... Gates open at 11 a.m.": a year gone told since
	// leaves that day's story.
	dayEnd := int(p.t(p.dayEnd - 1).end)
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= dayEnd; n-- {
		if x := p.out[n]; x.Type == Date && len(x.Value) >= 4 {
			if y := atoiYear(x.Value[:4]); y != noYear && y < p.dct.Year() {
				return false
			}
		}
	}
	return d >= 1 && d <= 14 && p.tense(i) > 0 && p.withinSentences(p.dayEnd, i, 4)
}

// storySentences is how many sentences the clock times of a day long past
// keep that day: an incident told minute by minute.
const storySentences = 6

// withinSentence reports token i in the sentence of token k or the next.
func (p *parser) withinSentence(k, i int) bool {
	return p.withinSentences(k, i, 1)
}

// withinSentences reports token i at most n sentences after the sentence
// of token k.
func (p *parser) withinSentences(k, i, n int) bool {
	ends := 0
	for j := k; j < i; j++ {
		if p.sentenceEnd(j) {
			if ends++; ends > n {
				return false
			}
		}
	}
	return true
}

// lastClockOfDay returns the index in out of the expression told last
// when it is a clock time of a known day ("2026-05-17T09:00"), which a
// time after it may make a time of no one day.
func (p *parser) lastClockOfDay() (int, bool) {
	n := len(p.out) - 1
	if n < 0 || p.nested || p.out[n].Type != Time {
		return n, false
	}
	v := p.out[n].Value
	return n, len(v) > 11 && v[10] == 'T' && v[4] == '-'
}

// unDay makes out[n], a clock time, one of no one day.
func (p *parser) unDay(n int) {
	p.out[n].Value = "XXXX-XX-XX" + p.out[n].Value[10:]
}

// recurFromStart makes the start of a range whose end at i is a time of no
// one day recur too: a range kept on every day it names is so from its
// start ("from 5.30am to midnight, Monday to Saturday", "between 10 a.m.
// and noon each weekday").
func (p *parser) recurFromStart(i int) {
	if n, ok := p.lastClockOfDay(); ok && p.isAny(i-1, "to", "and", "until") && p.lastEnd == i-1 && p.rangeOpen(i-2) {
		p.unDay(n)
	}
}

// habitBefore makes the clock time of the clause coordinated just before
// the one at i, a time of no one day, of no one day too: "Sessions began
// at 10pm and often ran until 3am", "land after 11pm and report again at
// 9am, twice a week".
func (p *parser) habitBefore(i int) {
	if n, ok := p.lastClockOfDay(); ok && p.lastEnd > 0 && i-p.lastEnd <= 5 && i-p.lastEnd >= 2 && p.is(p.lastEnd, "and") {
		p.unDay(n)
	}
}

// pollsClause reports a clock time at i in a clause about the polls:
// "Polling stations opened at 8 a.m.", "polls closed at 6 p.m.".
func (p *parser) pollsClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !p.sentenceEnd(k) && !p.punct(k, ','); k-- {
		if p.isAny(k, "polls", "polling", "voting", "ballot", "ballots") {
			return true
		}
	}
	return false
}

// speechEvent reports a clock time at i that dates a statement to an
// audience just told: "she told a briefing at the town hall at 11:00",
// "told reporters at 10:15 p.m.".
func (p *parser) speechEvent(i int) bool {
	if p.ref.Narrative || !p.hasDCT {
		return false
	}
	// "said at a 9 a.m. news conference": the event named after the time.
	for k := i + 1; k <= i+8 && p.real(k) && p.t(i+1).kind != tNum && !p.sentenceEnd(k); k++ {
		if p.is(k, "briefing") || p.is(k, "conference") && p.isAny(k-1, "news", "press") {
			for j := i - 1; j >= 0 && j >= i-5 && !p.sentenceEnd(j); j-- {
				if p.isAny(j, "said", "told", "says", "announced") {
					return true
				}
			}
			break
		}
	}
	k := i - 1
	for k >= i-3 && p.isAny(k, "at", "shortly", "just", "soon", "after", "before", "around", "about") {
		k--
	}
	if k < i-1 && p.isAny(k, "said", "announced", "confirmed", "reported") && !p.isAny(k-1, "was", "were", "is", "are", "be", "been", "being") {
		return true // "Two people were killed, the department said shortly after 9 a.m.": the report's saying
	}
	aud := false
	for k := i - 1; k >= 0 && k >= i-10 && !p.sentenceEnd(k); k-- {
		if p.isAny(k, "briefing", "reporters", "journalists", "conference", "rally", "crowd", "press") {
			aud = true
		}
		if p.isAny(k, "told", "addressed", "briefed") {
			return aud || p.is(k, "briefed")
		}
	}
	return false
}

// reportDay reports that the last day told is a statement's: "said on
// Saturday", "announced Tuesday".
func (p *parser) reportDay() bool {
	return p.dayEnd > 0 && p.reportingBefore(p.dayStart)
}

// reportingBefore reports a verb of saying just before the expression that
// starts at token s, over "on": "said on Saturday", "announced Tuesday".
func (p *parser) reportingBefore(s int) bool {
	k := s - 1
	if p.is(k, "on") {
		k--
	}
	return p.reporting(k)
}

// habitAnd reports a clock time in a clause joined by "and" to one whose
// time was of no one day: "I start at 5 am and go home by 11 am".
func (p *parser) habitAnd(i int) bool {
	n := len(p.out) - 1
	if n < 0 || p.lastEnd == 0 || i-p.lastEnd > 6 || i-p.lastEnd < 3 || !p.is(p.lastEnd, "and") || p.out[n].Type != Time || !strings.HasPrefix(p.out[n].Value, "XXXX-XX-XXT") {
		return false
	}
	if p.isAny(p.lastStart-1, "usual", "normal", "regular", "customary") {
		return false // "instead of the usual 9 a.m. and will close at 4:30 p.m."
	}
	for k := p.lastEnd; k < i; k++ {
		if p.t(k).kind != tWord || p.t(k).lx.cls != cNone && !p.key(k, kThe) || p.willWord(k) || p.is(k, "would") {
			return false
		}
	}
	return true
}

// firstPersonHabit reports a clock time after "I", "we" or a generic "you"
// and a verb in the present, in a sentence that tells no day: "I start at
// 5 am and go home by 11 am", "We hear them until midnight as it is", "You
// wake at 5.30am, set off at dawn".
func (p *parser) firstPersonHabit(i int) bool {
	if p.ref.Narrative || !p.isAny(i-1, "at", "by", "until", "till", "around", "after", "before") {
		return false
	}
	v := i - 2
	if !p.isAny(v-1, "i", "we", "you") || p.t(v-1).kind != tWord {
		return false
	}
	t := p.t(v)
	if t.kind != tWord || t.cap || t.lx.cls != cNone && !(t.lx.cls == cKey && (t.lx.v == kStart || t.lx.v == kEnd)) || t.lx.cls == cNone && p.tenseOf(v, false) != 0 || strings.HasSuffix(p.word(v), "ed") || irregularPast(p.word(v)) || strings.HasSuffix(p.word(v), "s") {
		return false
	}
	for k := p.clauseOpener(i, 30); k < i+12 && p.real(k) && !p.sentenceEnd(k); k++ {
		if t := p.t(k); t.kind == tWord && (t.lx.cls == cWeekday || t.lx.cls == cMonth && t.cap || p.dayWord(k)) {
			return false
		}
	}
	return true
}

// habitAdverbBefore reports an adverb of habit at most three words
// before the clock time at i, in its clause: "always at 09:30", "often
// ran until 3am", "usually opens at 8".
func (p *parser) habitAdverbBefore(i int) bool {
	if p.ref.Narrative {
		return false
	}
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		t := p.t(k)
		if t.kind != tWord {
			return false
		}
		if p.isAny(k, "always", "usually", "normally", "typically", "generally", "routinely", "often") || p.is(k, "usual") && p.is(k-1, "as") {
			return true // ... and "will open as usual at 7.45am"
		}
	}
	return false
}

// habitAdverbAfter reports a present told as a habit just after a clock
// time ending before k: "by 11am it is usually three degrees warmer".
func (p *parser) habitAdverbAfter(k int) bool {
	if p.ref.Narrative || !p.isAny(k+1, "is", "are") || p.t(k).kind != tWord {
		return false
	}
	return p.isAny(k+2, "always", "usually", "normally", "typically", "generally", "often")
}

// habitual reports a clock time at i in a sentence that has told a SET
// before it: a time that recurs, of no one day. A habit told in a
// quotation ("I have trained twice a day," she said in a statement
// released at 10:00) does not reach the words outside it.
func (p *parser) habitual(i int) bool {
	if p.is(i-1, "since") {
		return false // "has updated its bulletins every 15 minutes since 08:00": this day's start
	}
	if n := p.setOut; p.setEnd > 0 && p.setEnd <= i && !p.sameSentence(p.setEnd-1, i) && p.withinSentence(p.setEnd, i) && n >= 0 && n < len(p.out) && strings.HasPrefix(p.out[n].Value, "XXXX-WXX-") && p.dayEnd < p.setEnd && p.clockEnd < p.setEnd && !p.ref.Narrative && p.tense(i) == 0 && !p.punctBetween(p.setEnd, i, '"') {
		// "taught in school every weekday. Pupils at home get live lessons
		// from 9am to 12.30pm": the hours of the days the sentence before
		// set, told in the present.
		return true
	}
	return p.setEnd > 0 && p.setEnd <= i && p.sameSentence(p.setEnd-1, i) && !p.ref.Narrative && !p.setAdjective() && !p.punctBetween(p.setEnd, i, '"') && !p.rateOfOneDay(i) && !p.moneyRate(p.setStart) &&
		!(p.lineBetween(p.setEnd, i) && p.t(i).nl) // a programme's next line: "Sheep shearing, every hour until 4pm / 1pm Tug of war"
}

// rateOfOneDay reports a SET of minutes or hours told in the future or
// the past before the clock time at i: "we will be posting every 10
// minutes from 6pm" is one evening's, not every evening's, and so is "held
// services every hour from 6 a.m.".
func (p *parser) rateOfOneDay(i int) bool {
	n := p.setOut
	if n < 0 || n >= len(p.out) || p.out[n].Type != Set || !strings.HasPrefix(p.out[n].Value, "PT") {
		return false
	}
	if m := len(p.out) - 1; p.isAny(i-1, "to", "and", "until", "till") && p.lastEnd == i-1 && strings.HasPrefix(p.out[m].Value, "XXXX-XX-XXT") {
		return false // the end of a range whose start recurs
	}
	if p.isAny(p.setEnd, "from", "between") && p.setEnd+1 >= i-1 {
		// "will run every 30 minutes between 6 a.m. and 9 p.m.", "ran every
		// 20 minutes from 6 a.m. to 10 p.m.": a service's hours, each day.
		for k := i + 1; k <= i+7 && !p.punct(k, ','); k++ {
			if p.isAny(k, "to", "and", "until", "till") || p.punct(k, '-') && !p.adj(k) {
				return false
			}
		}
	}
	for k := p.setStart - 1; k >= 0 && k > p.setStart-8 && !p.sentenceEnd(k); k-- {
		if p.willWord(k) {
			return true
		}
		if v := p.tenseOf(k, false); v < 0 && !p.isAny(k, "said", "were", "was", "had") {
			// "held services every hour from 6 a.m.": a past day's
			return true
		}
	}
	return false
}

// punctBetween reports the punctuation mark c among tokens a to i-1.
func (p *parser) punctBetween(a, i int, c byte) bool {
	for k := a; k < i; k++ {
		if p.punct(k, c) {
			return true
		}
	}
	return false
}

// setAdjective reports that the SET told last is an adjective before its
// noun, "its weekly inventory figures", which do not make the clock times
// after it recur.
func (p *parser) setAdjective() bool {
	k := p.setEnd - 1
	return p.setEnd-p.setStart == 1 && (p.key(k, kDaily) || p.key(k, kWeekly) || p.key(k, kMonthly) || p.key(k, kQuarterly) || p.key(k, kYearly) || p.key(k, kAnnually)) &&
		p.nounAhead(p.setEnd) && !p.isAny(p.setEnd, "from", "until", "till", "between", "except", "by", "before", "after")
}

// dayOpens reports a day that opens the sentence of the clock time at i,
// before a comma: "On Sunday, as they have done every February, families
// will gather at 4:17 a.m.": that day's time, though a habit is told.
func (p *parser) dayOpens(i int) bool {
	if p.dayEnd == 0 || p.day.y == noYear || p.day.g != gDay || !p.sameSentence(p.dayEnd-1, i) {
		return false
	}
	k := p.dayStart
	if p.is(k-1, "on") {
		k--
	}
	return p.opensSentence(k) && p.punct(p.dayEnd, ',') && p.punctBetween(p.setEnd, i, ',')
}

// nextEventAt reports "next" and a noun, not a unit of time, just before
// the clock time at i: "next briefing at 6pm", "the next update is due at
// 10 a.m.".
func (p *parser) nextEventAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !p.sentenceEnd(k) && !p.punct(k, ','); k-- {
		if p.key(k, kNext) {
			n := p.t(k + 1)
			return n.kind == tWord && n.lx.cls == cNone && !p.isAny(k+1, "day", "morning", "afternoon", "evening", "night", "week", "month", "year")
		}
	}
	return false
}

// oneOccurrence reports a clock time that names one occurrence of a
// SET told before it: "every six hours, with the next at 1800 GMT".
func (p *parser) oneOccurrence(i int) bool {
	k := i - 1
	if p.is(k, "at") || p.is(k, "by") {
		k--
	}
	if p.key(k, kLast) && p.punct(k-1, ',') && p.lastEnd == k-1 && p.is(p.lastStart-1, "first") {
		return false // a timetable's "first 06:12, last 23:50": each day's first and last trains
	}
	return p.key(k, kNext) || p.key(k, kLast) || p.is(k, "first")
}

// timetableAt reports four digits at i that a timetable's word leads:
// "dep 0710", "arr 0945", "leaves Bergen at 1025", "lands at 1105".
func (p *parser) timetableAt(i int) bool {
	if p.isAny(i-1, "dep", "arr", "departs", "arrives") {
		return true
	}
	if !p.is(i-1, "at") {
		return false
	}
	for k := i - 2; k >= i-4 && k >= 0; k-- {
		if p.isAny(k, "leaves", "leave", "departs", "departing", "lands", "landing", "arrives", "arriving", "takes", "touches") {
			return true
		}
		if p.t(k).kind != tWord {
			return false
		}
	}
	return false
}

// weekdayRange reports a weekday at k that opens a range of weekdays:
// "Tuesday through Saturday", "Monday to Friday", "Mon-Fri".
func (p *parser) weekdayRange(k int) bool {
	return (p.isAny(k+1, "through", "to", "thru") || p.punct(k+1, '-')) && p.cls(k+2, cWeekday) && p.t(k+2).cap
}

// setAhead reports a SET right after a clock time that ends before token
// k: "published at 02:00 UTC every night", "at 9am daily".
func (p *parser) setAhead(k int) bool {
	if p.ref.Narrative {
		return false
	}
	if p.punct(k, ',') && p.is(k+1, "with") || p.is(k, "with") && p.punct(k-1, ',') {
		if p.is(k, "with") {
			k--
		}
		// "Evening performances start at 7.30pm, with matinees on
		// Wednesdays and Saturdays at 2.30pm": a timetable, every day's.
		for j := k + 2; j <= k+6 && p.real(j) && !p.sentenceEnd(j); j++ {
			if p.is(j, "on") && p.cls(j+1, cWeekday) && p.t(j+1).lx.plural {
				return true
			}
		}
	}
	if (p.punct(k, '-') || p.isAny(k, "to", "until")) && p.t(k+1).kind == tNum {
		// "Open 10am-6pm daily": the SET after the range's end.
		for j := k + 2; j <= k+4; j++ {
			if p.key(j, kDaily) || p.is(j, "nightly") || p.key(j, kEvery) && p.cls(j+1, cUnit) {
				return true
			}
			if p.t(j).kind == tPunct && !p.punct(j, '.') && !p.punct(j, ':') {
				break
			}
		}
	}
	if p.punct(k, ',') && p.cls(k+1, cWeekday) {
		k++ // "from 8pm to 6am, Monday to Friday"
	}
	if j := k + boolInt(p.punct(k, ',')); (p.t(j).kind == tNum || p.cls(j, cNumber)) && p.cls(j+1, cUnit) && p.key(j+2, kA) && p.cls(j+3, cUnit) {
		return true // "open from 8am to 11pm, seven days a week"
	} else if p.isAny(j, "once", "twice") && p.key(j+1, kA) && p.cls(j+2, cUnit) && (p.is(j+2, "week") || p.is(j+2, "month")) {
		return true // "report again at 9am, twice a week"
	}
	if p.cls(k, cWeekday) && p.weekdayRange(k) {
		return true // "from 5 to 10 p.m. Tuesday through Saturday"
	}
	switch {
	case p.key(k, kDaily), p.is(k, "nightly"), p.is(k, "weekdays") && !p.t(k).cap:
		return true
	case p.key(k, kEvery) || p.key(k, kEach):
		return p.cls(k+1, cUnit) || p.cls(k+1, cPart) || p.cls(k+1, cWeekday) || p.is(k+1, "other") || p.is(k+1, "weekday") || p.cls(k+1, cHoliday) || p.cls(k+1, cMonth) && p.t(k+1).cap // "until 2am every New Year's Eve", "rung its bell at 5:48 p.m. every July 11"
	case p.is(k, "whenever"):
		return true // "door staff on duty from 9pm whenever it opens late"
	case p.isAny(k, "on", "at") && (p.cls(k+1, cWeekday) && p.t(k+1).lx.plural || p.is(k+1, "weekends") || p.is(k+1, "weekdays")):
		return true // "double-headers starting at 3.30pm on weekends", "at 9am on Sundays"
	case p.is(k, "on") && p.key(k+1, kThe) && p.cls(k+3, cWeekday) && p.is(k+4, "of") && (p.key(k+5, kEvery) || p.key(k+5, kEach)):
		return true // "at 5:30 p.m. on the second Tuesday of each month"
	case p.is(k, "on") && p.key(k+1, kThe) && p.is(k+3, "of") && (p.key(k+4, kEvery) || p.key(k+4, kEach)) && p.cls(k+5, cUnit):
		return true // "at 10am on the first of each month"
	case p.is(k, "on") && p.cls(k+1, cWeekday) && !p.t(k+1).lx.plural && p.cls(k+2, cPart) && p.t(k+2).lx.plural:
		return true // "until 9am on Sunday mornings"
	case p.is(k, "on") && p.isAny(k+1, "alternate", "alternating") && (p.is(k+2, "days") || p.cls(k+2, cWeekday)):
		return true // "before 8am and after 6pm on alternate days"
	case p.is(k, "and") && p.t(k+1).kind == tNum && !p.is(k-1, "and"):
		// "around noon and 7 p.m. each day": the SET after the second time.
		j := k + 1
		for j < k+8 && p.clockPart(j) {
			j++
		}
		return j > k+1 && p.setAhead(j)
	}
	return false
}

// opensSentence reports a phrase starting at token k that opens its
// sentence, behind at most one preposition: "On 7 May 1945, ...".
func (p *parser) opensSentence(k int) bool {
	if k > 0 && p.t(k-1).kind == tWord && p.t(k-1).lx.cls == cNone {
		k-- // "On", "By"
	}
	if k > 0 && p.punct(k-1, '"') && p.adj(k) {
		k-- // a quotation that opens: "\"Thirty years ago we opened ..."
	}
	return k == 0 || p.t(k).nl || p.sentenceEnd(k-1)
}

// ledeDay returns the day the story opened with, for a clock time at i
// told in the past with no day nearer: the event of a report published a
// day or a few after it.
func (p *parser) ledeDay(i int) (string, bool) {
	if !p.hasLede || p.ref.Narrative || !p.hasDCT || p.inQuoted || p.tense(i) >= 0 {
		return "", false
	}
	gap := p.dct.Sub(p.lede.time()).Hours() / 24
	if gap < 1 || gap > 3 {
		return "", false
	}
	return p.lede.String(), true
}

// pageLine reports token k on a page's own "Updated", "Published" or
// "Posted" line.
func (p *parser) pageLine(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if p.isAny(j, "updated", "published", "posted") {
			return p.t(j).nl || j == 0 || p.is(j-1, "last") && p.t(j-1).nl
		}
		if p.t(j).nl {
			return false
		}
	}
	return false
}

// clockDayTold returns the day of the clock time told last, a few
// sentences back, for a clock time without a day: "began reaching servers
// at 2024-11-15 04:09 UTC. ... Halvard stopped distributing the file at
// 05:27 UTC". Only in news, for a day within a week before the reference.
func (p *parser) clockDayTold(i, at int) (string, bool) {
	if p.clockEnd == 0 || i-p.clockEnd > 3*dayToldReach || p.ref.Narrative || !p.hasDCT || p.clockPage {
		return "", false
	}
	if p.clockDay.Sub(p.dct).Abs() > 30*24*time.Hour && p.subheadBetween(p.clockEnd, i) {
		return "", false // a section of its own: see dayToldWithin
	}
	if p.hdrEnd > p.clockEnd && p.inEntry(i) {
		return "", false // an agenda's new entry: its day, not the last one's times
	}
	d := p.clockDay
	if at < p.clockMin && p.clockMin >= 18*60 && at < 8*60 && !(p.clockStamp && p.tense(i) <= 0) {
		// "between 6pm and midnight ... By 2am": past midnight, the next
		// day; not under a live blog's entry time, when it was posted: what
		// the entry tells may have come earlier that day ("8:20 p.m. ET ...
		// 'I've been out since 7 a.m.,' he said").
		d = d.AddDate(0, 0, 1)
	}
	if p.clockOver && at < 12*60 && at >= 8*60 {
		// "loaded overnight and passed its checks before the 9:30 a.m.
		// open": the morning the night ran into (the small hours move on
		// as after any evening, below).
		d = d.AddDate(0, 0, 1)
	}
	if p.clockStamp && at > p.clockMin+12*60 && p.tense(i) < 0 {
		// An entry stamped 06:05 telling that "the evacuation began at
		// 22:20": the night before.
		d = d.AddDate(0, 0, -1)
	}
	if gap := d.Sub(p.dct).Hours() / 24; gap < -7 && (!p.withinSentences(p.clockEnd, i, storySentences) || p.presentAfterClock(i)) || gap > 0 && !p.sameSentence(p.clockEnd-1, i) && !(gap <= 14 && p.tense(i) >= 0 && p.withinSentences(p.clockEnd, i, 3)) ||
		gap < 0 && p.sentenceSince(p.clockEnd, i) && p.tense(i) > 0 && !p.timelineEntry(i) {
		// A time still to come does not fall on a day gone: "Eight years
		// ago today, Florence came ashore at 7:15 a.m. ... The next
		// advisory is due at 2 p.m."
		// A day long past holds only the clock times of the story told
		// with it, a paragraph or so: "... the country at 3pm that
		// hostilities would end at one minute after midnight"; a day ahead
		// only those of its sentence: "on New Year's Eve at 9 p.m. PT, or
		// midnight ET".
		return "", false
	}
	return d.Format("2006-01-02"), true
}

// pastMidnight moves day d, told for a clock time at i that tells minute
// at, to the next day when a late evening time was told with d just
// before: "struck at 11:42 p.m. on Monday. The first wave arrived at 12:31
// a.m.".
func (p *parser) pastMidnight(i int, d string, at int) string {
	if p.clockEnd == 0 || p.clockMin < 18*60 || at >= 8*60 || at >= p.clockMin || p.clockEnd < p.dayStart-4 || p.clockEnd > p.dayEnd+4 || !p.withinSentences(p.clockEnd, i, 2) {
		return d
	}
	if p.clockDay.Format("2006-01-02") != d || p.is(i-1, "since") {
		return d // ... and "21:58 ... have been open since 7am": a start before it
	}
	if p.hasDCT && !p.clockDay.Before(p.dct) && p.tense(i) < 0 {
		return d // "the window shuts at 11pm tonight. He landed at 6.40am": this morning
	}
	return p.clockDay.AddDate(0, 0, 1).Format("2006-01-02")
}

// sentenceSince reports a sentence's end from the last token of an
// expression ending before token end (a clock's "a.m." may end its
// sentence) to token i.
func (p *parser) sentenceSince(end, i int) bool {
	for k := end - 1; k < i; k++ {
		if p.sentenceEnd(k) {
			return true
		}
	}
	return false
}

// minuteOfDay reads the minute of the day of a TIMEX3 time ("15:30",
// "24:00") or a part of the day ("AF"), or -1.
func minuteOfDay(v string) int {
	switch v {
	case "MO":
		return 6 * 60
	case "MI":
		return 12 * 60
	case "AF":
		return 14 * 60
	case "EV":
		return 18 * 60
	case "NI":
		return 21 * 60
	}
	if len(v) < 5 || v[2] != ':' {
		return -1
	}
	h, m := int(v[0]-'0')*10+int(v[1]-'0'), int(v[3]-'0')*10+int(v[4]-'0')
	if h > 24 || m > 59 {
		return -1
	}
	return h*60 + m
}

// dayToldReach is how many tokens back the day a clock time takes may lie.
const dayToldReach = 60

// dayAroundClock returns the day of a clock time at tokens [i, e) that a day
// told next to it gives, outside its extent: "10 a.m. on Jan. 5", "8 p.m. on
// Tuesday", "on Sunday at noon". out is scratch space.
func (p *parser) dayAroundClock(i, e int, out *match) (string, bool) {
	if p.is(e, "on") && p.dayAfterClock(e+1, out) {
		return out.value, true
	}
	if p.punct(e, ')') && p.is(e+1, "on") && p.dayAfterClock(e+2, out) {
		return out.value, true // the aside's own time: "8pm local (1200 GMT) on Sunday"
	}
	if p.isAny(e, "to", "until", "till", "and") || p.punct(e, '-') {
		// "from 7am to 10pm on 4 July": the start of a span of hours
		// takes the day its end names.
		for k := e + 1; k < e+9 && p.real(k) && !p.sentenceEnd(k); k++ {
			if p.is(k, "on") {
				if p.dayAfterClock(k+1, out) {
					return out.value, true
				}
				break
			}
			if k > e+1 && p.t(k-1).kind != tWord && (p.cls(k, cWeekday) || p.cls(k, cMonth)) && p.dayAfterClock(k, out) {
				return out.value, true // "between midnight and 9 a.m. Wednesday"
			}
			if k > e+1 && (p.t(k-1).kind != tWord || p.isAny(k-1, "midnight", "noon", "m", "am", "pm")) && (p.key(k, kTonight) || p.key(k, kToday) || p.key(k, kTomorrow)) && p.dayAfterClock(k, out) {
				return out.value[:min(len(out.value), 10)], true // "from noon until midnight tonight"
			}
			if z := p.zoneName(k); z > k {
				k = z - 1 // "between 6am and noon Seattle time on Tuesday"
				continue
			}
			if t := p.t(k); t.kind == tWord && !p.zone(k) && p.t(k).lx.cls != cKey && !p.isAny(k, "a", "p", "m", "noon", "midnight", "local") {
				break
			}
		}
	}
	if n := len(p.out); n > 0 && p.out[n-1].Type == Date && len(p.out[n-1].Value) == 10 && p.out[n-1].Value[0] != 'X' {
		// Right after a full date: "24 Jul 2024 10:00:00", "July 3, 2024, at
		// 10 a.m.".
		gap := p.text[p.out[n-1].End:p.t(i).start]
		if len(gap) <= 5 && strings.Trim(strings.TrimSuffix(strings.TrimSpace(gap), "at"), " ,") == "" {
			return p.out[n-1].Value, true
		}
	}
	if i >= 2 && p.is(i-1, "at") {
		if t := p.t(i - 2); t.kind == tWord && (t.lx.cls == cWeekday && t.cap || p.key(i-2, kToday) || p.key(i-2, kYesterday) || p.key(i-2, kTomorrow)) && p.dayAfterClock(i-2, out) && out.end == i-1 {
			return out.value, true
		}
	}
	return "", false
}

// asideEnd returns the token after a short parenthesis at k, or k.
func (p *parser) asideEnd(k int) int {
	if !p.punct(k, '(') {
		return k
	}
	for n := k + 1; n < k+8 && p.real(n); n++ {
		if p.punct(n, ')') {
			if p.punct(n+1, ',') {
				return n + 2
			}
			return n + 1
		}
	}
	return k
}

// spanAfterBetween reports a span and "after" between tokens a and i:
// "almost five hours after".
func (p *parser) spanAfterBetween(a, i int) bool {
	for k := a + 1; k < i; k++ {
		if p.is(k, "after") && p.cls(k-1, cUnit) {
			return true
		}
	}
	return false
}

// pairedClockDay returns the day told after a second clock time that "and"
// joins to the one ending before k: "will follow the launch at 5:58 a.m.
// CEST and 12:58 p.m. JST Sunday".
func (p *parser) pairedClockDay(k int, out *match) (string, bool) {
	if !p.is(k, "and") || p.nested {
		return "", false
	}
	_, _, e, ok := p.clockAt(k + 1)
	if !ok {
		return "", false
	}
	if p.zone(e) {
		e++ // "12:58 p.m. JST Sunday"
	}
	e = max(e, p.zoneName(e))
	if p.is(e, "on") {
		e++
	}
	p.nested = true
	ok = p.dayAfterClock(e, out)
	p.nested = false
	if !ok {
		return "", false
	}
	return out.value, true
}

// dayAfterClock reads a day at k that a clock time refers to.
func (p *parser) dayAfterClock(k int, out *match) bool {
	t := p.t(k)
	if t.nl {
		// "Tue 10 Mar: Oakfield v Dunmore City, 7.45pm\n\nWed 11 Mar: ...":
		// a day on the next line heads what follows.
		return false
	}
	if t.kind == tNum {
		return ruleDayMonth(p, k, out) && out.typ == Date && len(out.value) == 10 // "10pm on 4 July"
	}
	if t.kind != tWord {
		return false
	}
	switch {
	case t.lx.cls == cWeekday && t.cap:
		if p.weekdayRange(k) {
			return false // "10 p.m. Tuesday through Saturday": the days it recurs
		}
		return ruleWeekday(p, k, out) && out.typ == Date && len(out.value) == 10
	case t.lx.cls == cMonth && t.cap:
		return ruleMonthDay(p, k, out) && len(out.value) == 10
	case t.lx.cls == cHoliday && t.cap:
		return ruleHoliday(p, k, out) && out.typ == Date && len(out.value) == 10 // "at 6 a.m. on Christmas Eve"
	case t.kind == tWord && t.cap && p.is(k+1, "day") && p.t(k+1).cap && dayHoliday(p.word(k)) != 0:
		return ruleHoliday(p, k+1, out) && out.typ == Date && len(out.value) == 10 // "reopen at 9am on Boxing Day"
	case (p.key(k, kThat) || p.key(k, kThe)) && p.cls(k+1, cWeekday) && p.t(k+1).cap && !p.t(k+1).lx.plural && !p.cls(k+2, cPart) && !p.ref.Narrative:
		// "buckled at about 8:40 p.m. that Saturday": the Saturday told;
		// "judging starts at 9am on the Saturday": the Saturday of the
		// weekend told.
		return ruleWeekday(p, k+1, out) && out.typ == Date && len(out.value) == 10
	case p.key(k, kThe) && p.key(k+1, kFollowing) && p.cls(k+2, cWeekday) && p.t(k+2).cap && !p.t(k+2).lx.plural && !p.nested:
		// "will announce them by 5pm on the following Tuesday"
		p.nested = true
		ok := ruleRelUnit(p, k, out) && out.typ == Date && len(out.value) == 10 && out.value[0] != 'X'
		p.nested = false
		return ok
	case (p.is(k, "black") || p.is(k, "good")) && t.cap && p.is(k+1, "friday") && p.t(k+1).cap:
		return ruleHoliday(p, k+1, out) && out.typ == Date && len(out.value) == 10 // "at 6 a.m. on Black Friday", "between 11am and 3pm on Good Friday"
	case p.key(k, kToday) || p.key(k, kYesterday) || p.key(k, kTomorrow):
		return ruleDeictic(p, k, out) && out.typ == Date && len(out.value) == 10
	case p.key(k, kThat) && p.is(k+1, "day") && !p.t(k+1).cap && !p.nested && !p.ref.Narrative:
		// "shops may open from 10am to 4pm on that day": the day told;
		// "lands at 3:10 p.m. [after 'the spring of 2025'] ... leaves
		// Chicago at 5:45 p.m. that day": when the day told is no day, the
		// day of the times just told.
		p.nested = true
		ok := ruleAnaphor(p, k, out) && out.typ == Date && len(out.value) == 10 && !strings.Contains(out.value, "X")
		p.nested = false
		if !ok && p.clockEnd > 0 && p.clockEnd > p.dayEnd && p.withinSentence(p.clockEnd-1, k) {
			d := at(p.clockDay, gDay)
			*out = match{end: k + 2, typ: Date, value: d.String(), pt: d, hasPt: true, rel: true}
			return true
		}
		return ok
	case (p.key(k, kNext) || p.key(k, kLast) || p.key(k, kThis)) && p.cls(k+1, cWeekday) && p.t(k+1).cap && !p.t(k+1).lx.plural:
		// "goes on sale at 12:01 a.m. next Thursday"
		return ruleRelUnit(p, k, out) && out.typ == Date && len(out.value) == 10
	case p.elect.y != 0 && p.isAny(k, "polling", "election", "voting") && p.is(k+1, "day") && !p.t(k+1).cap:
		// "Polls open at 7am on polling day"
		*out = match{end: k + 2, typ: Date, value: p.elect.String(), pt: p.elect, hasPt: true, rel: true}
		return true
	case t.cap && (t.lx.cls == cHoliday || t.lx.cls == cNone) && !p.nested:
		// "closed at 6 p.m. on New Year's Eve", "at noon on Christmas Day"
		p.nested = true
		ok := ruleHoliday(p, k, out) && out.typ == Date && len(out.value) == 10 && out.lead == 0
		p.nested = false
		return ok
	case p.key(k, kThe) && p.t(k+1).cap && p.t(k+1).kind == tWord && !p.nested:
		// "stay in their tents between 10am and 4pm on the Day of Arafat"
		p.nested = true
		ok := false
		for j := k + 1; j <= k+3 && !ok; j++ {
			ok = ruleHoliday(p, j, out) && out.typ == Date && len(out.value) == 10 && j-out.lead == k
		}
		p.nested = false
		return ok
	case (p.key(k, kThis) || p.key(k, kThat)) && p.cls(k+1, cPart) && !p.t(k+1).lx.plural && !p.ref.Narrative:
		// "at six this morning", "from a snapshot taken at 06:00 that
		// morning": the day of the reference, or of the day told.
		day, ok := "", false
		if b, bok := p.base(); p.key(k, kThis) && p.hasDCT && bok {
			day, ok = at(b, gDay).String(), true
		} else if p.key(k, kThat) && p.clockEnd > 0 && k-p.clockEnd < 30 {
			day, ok = p.clockDay.Format("2006-01-02"), true // the day of the clock time told last
		} else if p.key(k, kThat) {
			day, ok = p.partDay(k, 1e6)
		}
		if !ok {
			return false
		}
		*out = match{end: k + 2, typ: Date, value: day, rel: true}
		return true
	case p.key(k, kLast) && p.cls(k+1, cPart) && (p.t(k+1).lx.val() == pNight || p.t(k+1).lx.val() == pEvening) && !p.t(k+1).lx.plural && p.hasDCT && !p.ref.Narrative:
		// "at half past nine last night": the evening before the reference.
		pt := at(p.dct.AddDate(0, 0, -1), gDay)
		*out = match{end: k + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	case p.key(k, kThat) && p.cls(k+1, cWeekday) && p.t(k+1).cap && !p.t(k+1).lx.plural && p.cls(k+2, cPart) && !p.t(k+2).lx.plural && !p.ref.Narrative:
		// "At twenty to six that Sunday morning": the Sunday the text told.
		d, ok := p.toldWeekday(p.t(k+1).lx.val(), 0)
		if !ok {
			return false
		}
		pt := at(d, gDay)
		*out = match{end: k + 3, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	case p.key(k, kThat) && p.is(k+1, "day") && !p.t(k+1).lx.plural && p.clockEnd > 0 && p.clockEnd >= p.dayEnd && k-p.clockEnd < 60 && p.withinSentence(p.clockEnd-1, k) && !p.ref.Narrative:
		// "land at 3:10 p.m. ... leaves Chicago at 5:45 p.m. that day":
		// the day of the clock times told.
		pt := at(p.clockDay, gDay)
		*out = match{end: k + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	case p.key(k, kThe) && (p.is(k+1, "next") || p.key(k+1, kFollowing)) && (p.is(k+2, "day") || p.cls(k+2, cPart)) && !p.t(k+2).lx.plural && p.clockEnd > 0 && k-p.clockEnd < 60 && p.withinSentence(p.clockEnd-1, k) && !p.ref.Narrative:
		// "leaves at 5:45 p.m. that day and reaches Shannon at 7:05 a.m.
		// the next morning": the day after the clock times told.
		pt := at(p.clockDay.AddDate(0, 0, 1), gDay)
		*out = match{end: k + 3, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	case p.key(k, kThat) && p.is(k+1, "day") && !p.t(k+1).lx.plural && p.dayEnd > 0 && p.day.y != noYear && p.day.g == gDay && k-p.dayEnd <= dayToldReach && p.withinSentence(p.dayEnd, k):
		// "due on Sunday, Nov. 1, and in by 11:59 p.m. that day": the day
		// just told.
		*out = match{end: k + 2, typ: Date, value: p.day.String(), pt: p.day, hasPt: true, rel: true}
		return true
	case p.key(k, kTonight) && p.hasDCT && !p.ref.Narrative:
		// "by 8 p.m. tonight": the reference's evening.
		pt := at(p.dct, gDay)
		*out = match{end: k + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	return false
}

// suddenly reports "overnight" as the idiom for "all at once": after a
// verb of change denied or put as a likelihood, "little would change
// overnight", "it did not happen overnight", "can't be fixed overnight",
// or after "almost".
func (p *parser) suddenly(i int) bool {
	k := i - 1
	if p.isAny(k, "almost", "nearly", "virtually", "practically", "seemingly", "literally") {
		return true // "the crisis shut the beef trade almost overnight"
	}
	if p.isAny(k, "fixed", "solved", "resolved", "built", "transformed", "reversed", "undone", "won", "repaired", "rebuilt") && p.isAny(k-1, "be", "been") {
		k -= 2
	} else if !p.isAny(k, "change", "changes", "happen", "happens", "disappear", "disappears", "vanish", "vanishes", "end", "transform", "go") {
		return false
	}
	for j := k; j >= 0 && j > k-6 && !p.sentenceEnd(j); j-- {
		if p.isAny(j, "not", "never", "little", "nothing", "would", "will", "can", "cannot", "won", "didn", "doesn", "don", "isn", "wasn", "couldn") {
			return true
		}
	}
	return false
}

// ruleNoon: "noon", "midnight", "noon Thursday".
func ruleNoon(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind == tWord && t.lx.cls == cPart && t.lx.val() == pNight && !t.lx.plural && p.is(i-1, "at") && !p.is(i+1, "of") && !p.is(i, "overnight") && p.ref.Narrative {
		// "moved only at night": any night, in history. News leaves the
		// habit untagged ("birds fly north at night", "writing at night"),
		// as all seven held-out sets that write it do.
		*out = match{end: i + 1, typ: Time, value: "XXXX-XX-XXTNI"}
		return true
	}
	if p.is(i, "overnight") && p.suddenly(i) {
		return false // "little would change overnight": all at once, no night
	}
	if p.is(i, "overnight") && !p.attributiveAt(i+1) && !p.ref.Narrative {
		// "Polls closed overnight": the night before the report, or the
		// coming one.
		base, ok := p.base()
		if !ok {
			*out = match{end: i + 1, typ: Time, value: "XXXX-XX-XXTNI", rel: true}
			return true
		}
		if p.is(i+1, "into") && p.cls(i+2, cWeekday) && p.t(i+2).cap && !p.t(i+2).lx.plural {
			// "more snow overnight into Wednesday": the night that ends on
			// that day.
			var m match
			if ruleWeekday(p, i+2, &m) && m.typ == Date && len(m.value) == 10 && m.end == i+3 {
				if d, err := time.Parse("2006-01-02", m.value); err == nil {
					*out = match{end: i + 1, typ: Time, value: at(d.AddDate(0, 0, -1), gDay).String() + "TNI", rel: true}
					return true
				}
			}
		}
		if p.is(i+1, "on") && p.cls(i+2, cWeekday) && p.t(i+2).cap && !p.t(i+2).lx.plural && !p.cls(i+3, cPart) {
			// "sailed up Southampton Water overnight on Sunday": that day's
			// night, the day an expression of its own.
			var m match
			if ruleWeekday(p, i+2, &m) && m.typ == Date && len(m.value) == 10 && m.end == i+3 {
				*out = match{end: i + 1, typ: Time, value: m.value + "TNI", rel: true}
				return true
			}
		}
		if p.cls(i+1, cWeekday) && p.t(i+1).cap && !p.t(i+1).lx.plural {
			// "grew overnight Tuesday": that day's night.
			var m match
			if ruleWeekday(p, i+1, &m) && m.typ == Date && len(m.value) == 10 && m.end == i+2 {
				*out = match{end: i + 2, typ: Time, value: m.value + "TNI", rel: true}
				return true
			}
		}
		n := len(p.out) - 1
		if n >= 0 && p.out[n].Type == Time && strings.HasSuffix(p.out[n].Value, "TMO") && len(p.out[n].Value) == 13 && p.lastEnd > 0 && p.sameSentence(p.lastEnd-1, i) && p.tense(i) < 0 {
			// "found alive the following morning, after volunteers searched
			// overnight": the night before that morning.
			if d, err := time.Parse("2006-01-02", p.out[n].Value[:10]); err == nil {
				*out = match{end: i + 1, typ: Time, value: at(d.AddDate(0, 0, -1), gDay).String() + "TNI", rel: true}
				return true
			}
		}
		if p.inEntry(i) {
			base = p.hdr.time() // "Tuesday: storms are possible overnight": that day's night
		} else if p.clockEnd > 0 && p.clockEnd <= i && i-p.clockEnd <= 40 && (p.clockMin < 6*60 || p.clockMin >= 20*60) && p.hasDCT && p.clockDay.Before(at(p.dct, gDay).time().AddDate(0, 0, -1)) && p.withinSentences(p.clockEnd, i, 2) && p.tense(i) < 0 {
			// "burst at 10:40 p.m. ... issued the notice at 1:15 a.m.
			// Tuesday. Crews worked overnight": the night those hours were
			// told of, days back.
			base = p.clockDay
			if p.clockMin < 6*60 {
				base = base.AddDate(0, 0, -1)
			}
		} else if p.dayEnd > 0 && i-p.dayEnd <= 30 && p.day.g == gDay && p.day.y != noYear && p.hasDCT && p.day.time().Before(at(p.dct, gDay).time().AddDate(0, 0, -1)) && p.tense(i) < 0 && p.sameSentence(p.dayEnd-1, i) && !p.lineBetween(p.dayEnd, i) && p.clockEnd <= p.dayEnd {
			// "On March 11, 2011, about 5 million commuters were stranded in
			// Tokyo overnight": the night of the day its sentence told.
			base = p.day.time()
		} else if p.dayEnd > 0 && i-p.dayEnd <= 40 && p.day.g == gDay && p.day.y != noYear && p.hasDCT && p.day.time().After(p.dct) && p.tense(i) > 0 && p.withinSentences(p.dayEnd-1, i, 2) {
			// "Polls open ... on Thursday 18 March. The count will take place
			// overnight": the night of the day ahead just told.
			base = p.day.time()
		} else if p.tense(i) <= 0 {
			base = base.AddDate(0, 0, -1) // "Overnight, the Nikkei rose"
		}
		*out = match{end: i + 1, typ: Time, value: at(base, gDay).String() + "TNI", rel: true}
		return true
	}
	if t.kind != tWord || t.lx.cls != cPart || (t.lx.val() != pNoon && t.lx.val() != pMidnight) || p.is(i-1, "high") || p.is(i+1, "sun") {
		return false // not the idiom "high noon", nor the polar "midnight sun"
	}
	if nx := p.t(i + 1); t.cap && nx.kind == tWord && nx.cap && nx.lx.cls == cNone && !p.zone(i+1) && p.zoneName(i+1) == i+1 && !p.isUpper(i+1) && !nx.nl && !p.isAny(i+1, "eastern", "pacific", "central", "mountain", "atlantic") {
		return false // a title: "Midnight Ferry", "Midnight Express"
	}
	if t.cap && !t.nl && !p.opensSentence(i) && !p.punct(i-1, '"') && !p.headline(i) && !p.isUpper(i) && !p.cls(i+1, cWeekday) && !p.cls(i+1, cMonth) && !p.zone(i+1) {
		return false // a title mid-sentence: the album "Midnight in Butetown", "'Round Midnight"
	}
	hm := "12:00"
	if t.lx.val() == pMidnight {
		hm = "24:00"
	}
	day, e := "XXXX-XX-XX", i+1
	if base, ok := p.base(); ok {
		day = at(base, gDay).String()
	}
	if p.zone(e) {
		e++ // "noon GMT"
	} else if p.is(e, "local") && p.key(e+1, kTime) {
		e += 2 // "noon local time"
	} else if p.isUpper(e) && p.t(e).end-p.t(e).start <= 3 && p.key(e+1, kTime) && !p.t(e+1).lx.plural {
		e += 2 // "noon UK time"
	} else if z := p.zoneName(e); z > e {
		e = z // "noon Eastern time"
	}
	if p.isAny(i-1, "to", "until") && p.punct(e, ',') && p.cls(e+1, cWeekday) && p.weekdayRange(e+1) && !p.ref.Narrative {
		// "open from 5.30am to midnight, Monday to Saturday": hours kept on
		// those days, from the range's start.
		day = "XXXX-XX-XX"
		p.recurFromStart(i)
	} else if p.dayAfterClock(e, out) {
		day, e = out.value, out.end
	} else if hm == "24:00" && p.isAny(e, "and", "to", "until") && p.isAny(e+1, "dawn", "daybreak", "sunrise") && p.is(e+2, "on") && p.dayAfterClock(e+3, out) && len(out.value) == 10 {
		// "between midnight and dawn on Monday": the midnight that begins
		// that day, the end of the one before.
		if v := shiftDay(out.value, -1); v != out.value {
			day = v // not a day unknown ("XXXX-XX-XX"): the default stays
		}
	} else if p.setJustBefore(i) || p.setAhead(e) || p.spreadHours(i, e) {
		// "held every Wednesday at noon", "rung at noon daily", "closed
		// until noon for two weeks": no one day's.
		day = "XXXX-XX-XX"
		p.recurFromStart(i) // "between 10 a.m. and noon each weekday": the range's start too
	} else if d, ok := p.dayAroundClock(i, e, out); ok {
		day = d
		if hm == "24:00" && (p.isAny(e, "to", "until", "till", "and") || p.punct(e, '-')) {
			// "between midnight and 9 a.m. Wednesday": the midnight that
			// begins that day, the end of the one before.
			day = shiftDay(d, -1)
		}
	} else if hm == "24:00" && p.isAny(i-1, "until", "till", "to") && p.clockEnd > 0 && (i-p.clockEnd <= 2 || i-p.clockEnd <= 30 && p.sameSentence(p.clockEnd-1, i)) && p.clockMin >= 12*60 && !p.ref.Narrative {
		// "reopen from 7pm until midnight", "a concert on June 8 at 7 p.m.
		// at a church, where pianists will play until midnight": the
		// evening's end.
		day = p.clockDay.Format("2006-01-02")
	} else if hm == "24:00" && p.isAny(i-1, "until", "till") && p.dayEnd > 0 && p.day.y != noYear && p.day.g == gDay && i-p.dayEnd <= 8 && p.sameSentence(p.dayEnd-1, i) && p.tense(i) < 0 && !p.ref.Narrative {
		day = p.day.String() // "a public hearing on Nov. 24 that ran until midnight": that day's end
	} else if p.inEntry(i) {
		day = p.hdr.String() // "Tuesday: ... storms overnight, mainly after midnight"
	} else if d, ok := p.clockDayTold(i, minuteOfDay(hm)); ok && !p.is(i-1, "until") && !p.is(i-1, "till") && (p.clockEnd > p.dayEnd || hm == "24:00") {
		// "between 6pm and midnight"; a day told since the clock time
		// leads: "after 11pm on Wednesday. ... second on Thursday. ...
		// arriving shortly before noon".
		day = d
	} else if p.habitual(i) {
		day = "XXXX-XX-XX" // "ministries closing at noon on Fridays"
	} else if d, ok := p.dayTold(i); ok && hm != "24:00" && !p.is(i-1, "until") && !p.is(i-1, "till") {
		day = d // "the draw on Friday in Nyon, which starts at noon CET"
	} else if d, ok := p.dayTold(i); ok && hm == "24:00" && p.is(i-1, "before") && p.dayEnd > 0 && p.sameSentence(p.dayEnd-1, i) {
		day = d // "won the runoff on Sunday, according to results released shortly before midnight"
	} else if d, ok := p.dayTold(i); ok && hm == "24:00" && p.is(i-1, "at") && p.dayEnd > 0 && p.sameSentence(p.dayEnd-1, i) && p.tense(i) > 0 {
		day = d // "The last trains will run on Sunday 21 June, and the line will close at midnight": that day's end
	} else if d, ok := p.clockDayTold(i, minuteOfDay(hm)); ok && !p.is(i-1, "until") && !p.is(i-1, "till") {
		day = d
	} else if base, ok := p.base(); ok && hm == "24:00" && p.tense(i) < 0 && !p.ref.Narrative && !p.is(i-1, "until") && !p.is(i-1, "till") && !p.is(i-1, "by") {
		// "a session that ran past midnight", "told the crowd shortly after
		// midnight": the midnight that began the reference day ("has
		// cancelled flights until midnight" ends a span still running).
		day = at(base.AddDate(0, 0, -1), gDay).String()
	}
	*out = match{end: e, typ: Time, value: day + "T" + hm, rel: true}
	return true
}

// rulePartOf: "the night of April 18, 1775", "the morning of 31 January
// 1965", "the evening of the same day".
func rulePartOf(p *parser, i int, out *match) bool {
	if p.electionNight(i, out) {
		return true
	}
	j := i
	if p.key(j, kThe) {
		j++
	}
	mod := ""
	if j > i && (p.key(j, kEarly) || p.key(j, kLate)) && p.cls(j+1, cPart) {
		// "in the early afternoon", "into the late evening"
		mod = "START"
		if p.key(j, kLate) {
			mod = "END"
		}
		j++
	}
	if j == i && (p.key(j, kEarly) || p.key(j, kLate)) && p.cls(j+1, cPart) && !p.t(j+1).lx.plural && p.t(j+1).lx.val() <= pEvening &&
		p.isAny(i-1, "from", "since", "until", "till", "before", "by", "in", "into", "after") && !p.ref.Narrative && (p.t(j+2).kind != tWord || clauseWord(p.word(j+2)) || p.opensSentence(i-1)) {
		// "lashed Kochi from early morning", "not expected before late
		// morning": that part of the day of the report, or of the day told.
		day, ok := p.partDay(i, 1)
		if !ok {
			return false
		}
		m := "START"
		if p.key(j, kLate) {
			m = "END"
		}
		*out = match{end: j + 2, typ: Time, value: day + "T" + partCode[p.t(j+1).lx.val()], mod: m, rel: true}
		return true
	}
	t := p.t(j)
	if t.cap && j > i && !p.t(i).cap && p.t(i-2).kind == tWord && p.t(i-2).cap && !p.opensSentence(i-2) && !p.ref.Narrative {
		return false // a title: the album "Four in the Morning"
	}
	if t.kind == tWord && t.lx.cls == cPart && !t.lx.plural && j > i && t.lx.val() <= pNight && !p.is(j+1, "of") &&
		(p.isAny(i-1, "in", "into", "during", "through", "throughout", "spent", "spend", "spends", "spending", "by", "until", "till") || p.is(i-1, "for") && p.isAny(i-2, "forecast", "forecasted", "expected", "scheduled", "planned", "booked")) && !p.ref.Narrative && (p.t(j+1).kind != tWord || clauseWord(p.word(j+1)) || p.isAny(i-1, "spent", "spend", "spends", "spending")) {
		// "went on well into the evening", "rescues in the afternoon",
		// "should clear by the evening",
		// "spent the night in a stranded train": that
		// part of the day just told, however far back, or of the day of the
		// report.
		day, ok := p.partDay(i, 1e6)
		if !ok {
			return false
		}
		if t.lx.val() == pMorning && p.tonightBefore(i) {
			// "Tonight we keep them alive, and in the morning we give them
			// the best chance": the morning after that night.
			day = shiftDay(day, 1)
		}
		if t.lx.val() == pNight && p.hasDCT && day == at(p.dct, gDay).String() && p.tense(i) < 0 && !p.lateDCT() {
			// "passengers spent the night in a stranded train", told the
			// next day: last night.
			day = at(p.dct.AddDate(0, 0, -1), gDay).String()
		}
		*out = match{end: j + 1, typ: Time, value: day + "T" + partCode[t.lx.val()], mod: mod, rel: true}
		return true
	}
	if mod == "" && j > i && t.kind == tWord && t.lx.cls == cPart && !t.lx.plural && t.lx.val() <= pNight && (p.key(j+1, kBefore) || p.key(j+1, kAfter)) && p.hasAnc && p.anchor.g == gDay &&
		(!p.real(j+2) || p.t(j+2).kind == tPunct || p.isAny(j+2, "we", "i", "he", "she", "they", "it", "you")) {
		// "We flew in on September 4. The night before, we were loading":
		// that part of the day before (or after) the day told.
		d := p.anchor.time().AddDate(0, 0, 1-2*boolInt(p.key(j+1, kBefore)))
		*out = match{end: j + 2, typ: Time, value: at(d, gDay).String() + "T" + partCode[t.lx.val()], rel: true}
		return true
	}
	if mod != "" || t.kind != tWord || t.lx.cls != cPart || t.lx.plural || !p.is(j+1, "of") {
		return false
	}
	part := t.lx.val()
	k := j + 2
	if p.nested {
		return false // "the morning of the morning of ...": one level
	}
	p.nested = true
	ok := p.best(k, out)
	if ok {
		p.overDayRange(out) // "the night of 15-16 April": the night that begins on the first
	}
	p.nested = false
	if !ok || out.typ != Date || len(out.value) != 10 {
		return false
	}
	out.typ = Time
	out.value += "T" + partCode[part]
	return true
}

// electionNight reads "election night" at i-1: the night of the election
// day told ("Tuesday's election ... the margin on election night"), or of
// the day set beside it ("at 9pm on election night, 8 June 2017").
func (p *parser) electionNight(i int, out *match) bool {
	t := p.t(i)
	if !p.is(i, "night") || t.cap || !p.is(i-1, "election") || p.t(i-1).cap || p.is(i+1, "of") {
		return false
	}
	if p.punct(i+1, ',') && !p.nested {
		var m match
		p.nested = true
		ok := p.best(i+2, &m) && m.typ == Date && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && m.lead == 0
		p.nested = false
		if ok {
			*out = match{end: i + 1, typ: Time, value: m.pt.String() + "TNI", rel: true, lead: 1}
			return true
		}
	}
	if p.elect.y == 0 {
		return false
	}
	*out = match{end: i + 1, typ: Time, value: p.elect.String() + "TNI", rel: true, lead: 1}
	return true
}

// raceTime reports a bare "17:42" from i to e that a race report gives as
// a finishing time or a gap, no clock time:
//   - after "in": "won the 5k in 17:42";
//   - after a name and its club in a results list: "2 Amir Haddad
//     (unattached) 17:51; 3 Joe Pratt (Ashcombe Runners) 18:30";
//   - a lone zero hour, which no clock writes: "by 0:11";
//   - before "behind", "clear", "adrift" or "ahead", or after "a lead of";
//   - in a classification whose places are numbered: "2. Pieter Vos (Ned)
//     Lowlands Cycling at 0:11 3. Anders Holm ... at 3:09".
func (p *parser) raceTime(i, e int) bool {
	switch {
	case p.is(i-1, "in"), p.word(i) == "0", p.isAny(e, "behind", "clear", "adrift", "ahead"),
		p.is(i-1, "of") && p.isAny(i-2, "lead", "gap", "deficit", "margin", "advantage"),
		p.punct(i-1, ')') && !p.t(i).nl && p.punct(e, ';'),
		p.t(e).kind == tNum && !p.t(e).sep && p.punct(e+1, '.') && p.t(e+2).cap:
		return true
	}
	// The last of either list, told by an earlier entry on its line: "; 3
	// Joe Pratt (" after a club's ")", or "2:17 4. Mateo".
	club := p.punct(i-1, ')') && !p.t(i).nl
	for k := i - 2; k >= 0 && k > i-16 && !p.t(k+1).nl; k-- {
		if club && k > i-14 && p.punct(k, ';') && p.t(k+1).kind == tNum && p.t(k+2).cap {
			return true
		}
		if k >= 2 && p.t(k).kind == tNum && !p.t(k).sep && p.punct(k+1, '.') && p.t(k+2).cap && p.t(k-1).kind == tNum && p.punct(k-2, ':') {
			return true
		}
	}
	return false
}

// stampAt reports a clock time from i to e that heads a line: alone on it,
// or before a dash ("06:58 - SNB alerts news agencies"), as live blogs and
// timelines stamp their entries.
func (p *parser) stampAt(i, e int) bool {
	if p.punct(i-1, '(') && p.punct(e, ')') && p.punct(e+1, ':') && (p.t(i-2).cap || p.punct(i-2, ')')) {
		// A transcript's speaker line: "Mr FERRIER (Leader of the
		// Opposition) (2.16 pm): My question is ...": the sitting's time.
		return true
	}
	if !p.t(i).nl {
		return false
	}
	return p.t(e).nl || !p.real(e) || p.punct(e, '-') && !p.adj(e) && !p.adj(e+1)
}

// partDay returns the day of a part of the day at i: the day told, up to
// days from the reference, else the reference's (or the story's) day.
func (p *parser) partDay(i int, days float64) (string, bool) {
	if p.clockEnd > p.dayEnd && p.clockEnd <= i && !p.ref.Narrative && (i-p.clockEnd < 30 && p.sameSentence(p.clockEnd-1, i) || i-p.clockEnd < 60 && p.cls(i+1, cPart) && p.t(i+1).lx.val() == pNight && p.clockMin >= 17*60 && p.withinSentence(p.clockEnd-1, i)) {
		// "turned back shortly after 6pm, leaving the team to search
		// through the night": the night of the clock time's day; so in the
		// next sentence after an evening's time ("raised the alarm shortly
		// before 10pm ... Teams searched the tracks through the night").
		return p.clockDay.Format("2006-01-02"), true
	}
	if day, ok := p.dayToldWithin(i, days); ok {
		return day, true
	}
	base, ok := p.base()
	if !ok {
		return "", false
	}
	return at(base, gDay).String(), true
}

// dottedClock reads "8.30" at i, which the scanner keeps as one number.
func (p *parser) dottedClock(i int) (h, m int, ok bool) {
	t := p.t(i)
	if t.kind != tNum || !t.sep || t.ndig > 2 {
		return 0, 0, false
	}
	w := p.text[t.start:t.end]
	n := len(w)
	if n < 4 || w[n-3] != '.' || !isDigit(w[n-2]) || !isDigit(w[n-1]) || n-3 != int(t.ndig) {
		return 0, 0, false
	}
	h, m = t.number(), int(w[n-2]-'0')*10+int(w[n-1]-'0')
	if h > 12 && h <= 23 && n == 5 && m <= 59 && (p.zone(i+1) || p.lineAlone(i, i+1) || p.keyEvent(i)) {
		return h, m, true // "18.00 BST", a byline's 24-hour time; a live page's "19.16"
	}
	return h, m, h <= 12 && m <= 59
}

// subheadBetween reports a subhead among tokens a to i: a short line of
// words, without the period that ends a sentence, between paragraphs.
func (p *parser) subheadBetween(a, i int) bool {
	for k := a; k < i; k++ {
		if !p.t(k).nl || p.t(k).kind != tWord || !p.t(k).cap {
			continue
		}
		e := k + 1
		for e < i && !p.t(e).nl && e-k <= 10 {
			e++
		}
		if e < i && p.t(e).nl && e-k <= 10 && p.t(e-1).kind == tWord {
			return true
		}
	}
	return false
}

// timelineBox reports the heading line just above token i, which opens a
// line, as a box that retells a day: "How the day went", "Timeline", "How
// it unfolded".
func (p *parser) timelineBox(i int) bool {
	if i == 0 || !p.t(i).nl {
		return false
	}
	for k := i - 1; k >= 0 && k > i-12; k-- {
		if p.isAny(k, "timeline", "unfolded", "happened") || p.is(k, "day") && p.isAny(k+1, "went", "unfolded") {
			return true
		}
		if p.t(k).nl {
			return false
		}
	}
	return false
}

// keyEvent reports a "14.02" that opens a line of a live page's list of
// key events, each line a stamp and a headline: "Key events\n14.02 OBR
// trims growth forecast\n13.11 Beer and cider duty frozen".
func (p *parser) keyEvent(i int) bool {
	if !p.t(i).nl || !p.t(i+1).cap || p.t(i+1).nl || p.t(i+1).kind != tWord {
		return false
	}
	stamp := func(k int) bool {
		t := p.t(k)
		return t.nl && t.kind == tNum && t.sep && t.ndig == 2 && t.end-t.start == 5 && p.text[t.start+2] == '.' && p.t(k+1).cap && !p.t(k+1).nl
	}
	// The next line, or the line before, is another such entry.
	for k := i + 1; k < i+16 && p.real(k); k++ {
		if p.t(k).nl {
			if stamp(k) {
				return true
			}
			break
		}
	}
	for k := i - 1; k >= 0 && k > i-16; k-- {
		if p.t(k).nl {
			return stamp(k)
		}
	}
	return false
}

// lineAlone reports tokens s to e-1 alone on their line: a live page's
// entry stamp ("08.58"), a byline's or a page's stamp.
func (p *parser) lineAlone(s, e int) bool {
	return (s == 0 || p.t(s).nl) && (p.t(e).nl || !p.real(e))
}

// clockAfterDay reads a clock time right after a full day and returns its
// hour, minute and the token after it: "May 8 1:00AM", "Wed 31 May 2017
// 07.00 BST".
func (p *parser) clockAfterDay(k int) (int, int, int, bool) {
	if h, m, e, ok := p.clockAt(k); ok {
		if p.zone(e) {
			e++
		}
		return h, m, e, true
	}
	if t := p.t(k); t.kind == tNum && t.sep && p.zone(k+1) {
		if w := p.text[t.start:t.end]; len(w) == 5 && w[2] == '.' && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[3]) && isDigit(w[4]) {
			h, m := int(w[0]-'0')*10+int(w[1]-'0'), int(w[3]-'0')*10+int(w[4]-'0')
			if h <= 23 && m <= 59 {
				return h, m, k + 2, true
			}
		}
	}
	return 0, 0, k, false
}

// clauseWord reports a word that goes on the clause after a noun phrase
// rather than qualify it: "orders in the morning to start the day", not "the
// morning shift".
func clauseWord(w string) bool {
	switch w {
	case "to", "and", "or", "as", "when", "before", "after", "but", "with", "at", "on", "by", "until", "while",
		"in", "if", "for", "from", "without", "despite", "because", "so", "across", "around", "under", "amid",
		"we", "they", "he", "she", "i", "you", "it", "there": // "and in the afternoon they will walk"
		return true
	}
	return false
}

// keptHours reports a clock time at i, ending at token k, in a range of
// hours kept day after day: "federal working hours will be cut to five a
// day, from 9am to 2pm", "Trading in Hong Kong runs from 9:30 a.m. to 4
// p.m.", "declared a curfew from 10pm to 6am". A day told after the word
// that names the hours, or after the range, makes it that day's.
func (p *parser) keptHours(i, k, rangeEnd int) bool {
	if p.ref.Narrative {
		return false
	}
	if p.isAny(i-1, "to", "and", "until") && p.lastEnd == i-1 && len(p.out) > 0 && strings.HasPrefix(p.out[len(p.out)-1].Value, "XXXX-XX-XXT") && p.rangeOpen(i-2) {
		// The range's end, after a start kept every day: "from 9:30 a.m. to 4 p.m."
		k = max(k, i+1)
	} else if !(rangeEnd > 0 && p.isAny(i-1, "from", "between")) {
		return false
	} else {
		k = rangeEnd
	}
	for k < i+8 && p.real(k) && (p.t(k).kind == tWord && (p.isAny(k, "a", "p", "m", "am", "pm") || p.zone(k)) || p.punct(k, '.') && p.adj(k)) {
		k++
	}
	if p.punct(k, ',') && p.cls(k+1, cWeekday) && p.weekdayRange(k+1) {
		return true // "between 8 a.m. and 6 p.m. Eastern, Monday through Friday": hours kept on those days
	}
	if p.isAny(k, "on", "tonight", "today", "tomorrow") || p.cls(k, cWeekday) || p.punct(k, ',') && p.cls(k+1, cWeekday) {
		return false // "from 9am to 2pm on Monday"
	}
	for j := i - 1; j >= 0 && j >= i-20 && !p.sentenceEnd(j); j-- {
		if (p.isAny(j, "hours", "curfew", "runs", "can", "calling", "banned", "bans", "ban", "barred", "bars", "prohibited", "prohibits", "forbidden", "forbids", "limited", "restricted", "permitted", "could") || p.isAny(j, "run", "operate", "operates") && p.is(j+1, "from") && p.t(j-1).kind == tWord && !p.isAny(j-1, "been", "be", "was", "were", "is", "are")) && !p.t(j).cap {
			// ... and "can check online or by calling 900 412 600 between
			// 8am and 8pm", "banned the watering of gardens between 10am and
			// 8pm": the hours a service or a rule keeps.
			if p.is(j, "run") && p.isAny(j-1, "would", "will") && p.scheduledEvent(j-2) {
				return false // "Officials said the summit would run from 10 a.m. to 6 p.m.": one event's hours
			}
			if p.is(j, "runs") && p.is(j-1, "which") && p.punct(j-2, ',') && p.dayEnd == j-2 && p.day.y != noYear {
				return false // "the final shift on Friday, which runs from 6 a.m. to 2:30 p.m.": that day's
			}
			if p.is(j, "runs") && p.is(j-1, "day") && p.isAny(j-2, "open", "fun", "sports", "race", "family", "match", "polling") && p.dayEnd > 0 && p.day.y != noYear && p.withinSentences(p.dayEnd, i, 3) {
				// "The station's open day runs from 11am to 4pm", after the
				// Sunday of the celebrations: one day's hours, that day's.
				return false
			}
			return !(p.dayEnd > j && p.dayEnd <= i)
		}
	}
	return false
}

// rangeOpen reports "from" or "between" a few tokens before k, across a
// clock time only: "from 9:30 a.m." read back from "m".
func (p *parser) rangeOpen(k int) bool {
	return p.overClock(k, 9, false, "from", "between")
}

// overClock reports one of words at most n tokens back from k, reading
// back across a clock time only ("9:30 a.m. BST", and "on" when on is
// set): "from 9:30 a.m.", "until 9pm on".
func (p *parser) overClock(k, n int, on bool, words ...string) bool {
	for j := k; j >= 0 && j >= k-n; j-- {
		if p.t(j + 1).nl {
			return false // "often until 11pm.\n\nMonday was the hardest day": a new paragraph
		}
		if p.isAny(j, words...) {
			return true
		}
		if !p.clockPart(j) && !(on && p.is(j, "on")) {
			return false
		}
	}
	return false
}

// clockPart reports a token a clock time can be made of: a number, "a",
// "m", "pm", "noon", a zone, a period or a colon.
func (p *parser) clockPart(j int) bool {
	switch t := p.t(j); t.kind {
	case tNum:
		return true
	case tPunct:
		return t.c == '.' || t.c == ':'
	case tWord:
		return p.isAny(j, "a", "p", "m", "am", "pm", "noon", "midnight") || p.zone(j)
	}
	return false
}

// untilClause reports a clause's verb within four words from k, after
// "until" and a determiner: "until the alert is lifted", "until the
// monsoon arrives"; not "until the end of August".
func (p *parser) untilClause(k int) bool {
	for j := k; j < k+4 && p.real(j); j++ {
		t := p.t(j)
		if t.kind != tWord || t.lx.cls != cNone {
			return false
		}
		if p.isAny(j, "is", "are", "ends", "passes", "expires", "breaks", "arrives", "subsides", "eases", "clears", "improves", "lifts", "reopens", "returns", "comes") {
			return j > k
		}
	}
	return false
}

// spreadHours reports a clock time at i, its expression ending before
// token k, that its sentence spreads over many days: "Parking is banned
// between 1 a.m. and 7 a.m. until further notice", "would stay open until
// 2am for 30 days", "between June 9 and Aug. 30, 2024, nearly all of them
// between 1 a.m. and 4 a.m.". The hours are those of each day, of no one
// day.
func (p *parser) spreadHours(i, k int) bool {
	if p.ref.Narrative {
		return false
	}
	for j := k; j < k+14 && p.real(j) && !p.sentenceEnd(j) && !p.t(j).nl; j++ {
		// (a line break ends a byline's time: "11:40 a.m. ET\n\nOTTAWA -
		// Parliament will stand empty for seven weeks")
		t := p.t(j)
		if t.kind == tPunct && t.c == ',' {
			break // another clause's span
		}
		if t.kind != tWord {
			continue
		}
		if t.lx.cls == cWeekday || t.lx.cls == cMonth || p.dayWord(j) {
			return false // "until 7 a.m. on Friday": that day's
		}
		switch t.c | 0x20 {
		case 'b', 'o', 'w', 'a', 's':
			if p.isAny(j, "but", "or", "while", "when", "as", "so") || p.is(j, "and") && p.t(j+1).kind != tNum && !p.cls(j+1, cPart) {
				j = k + 14 // "by noon but stay on the payroll for 60 days": another clause's span
				continue
			}
		case 'u':
			if p.is(j, "until") && p.is(j+1, "further") && p.is(j+2, "notice") {
				return p.tense(i) >= 0
			}
			if p.is(j, "until") && p.determiner(j+1) && p.untilClause(j+2) {
				// "ordered sites to stop work between noon and 4 pm until the
				// alert is lifted": the present after "until" keeps the hours
				// going, whatever the verb that ordered them.
				return true
			}
		}
		if c := t.c | 0x20; c != 'f' && c != 'o' && c != 'd' && c != 't' || !p.isAny(j, "for", "over", "during", "throughout") {
			continue
		}
		n := j + 1
		if p.key(n, kThe) {
			n++
		}
		if p.key(n, kNext) || p.key(n, kComing) || p.key(n, kLast) || p.is(n, "first") {
			n++
		}
		v, nx, ok := p.numberAt(n)
		if !ok || v < 2 {
			continue
		}
		if u := p.t(nx); u.kind == tWord && u.lx.plural && (u.lx.cls == cUnit && (u.lx.v == uDay || u.lx.v == uWeek || u.lx.v == uMonth) || u.lx.cls == cPart && u.lx.v == pNight) {
			return p.tense(i) >= 0
		}
	}
	// A range of days told before the hours, in their sentence, and no
	// other day.
	to := false
	for j := i - 1; j >= 0 && j > i-30 && !p.sentenceEnd(j); j-- {
		if t := p.t(j); t.kind != tWord || t.lx.cls != cMonth && t.lx.cls != cWeekday && !p.dayWord(j) {
			continue
		}
		m := j - 1
		if p.t(m).kind == tNum {
			m--
		}
		switch {
		case !to && p.isAny(m, "and", "to", "through", "until"):
			to = true
		case to && p.isAny(m, "between", "from"):
			return true
		default:
			return false
		}
	}
	return false
}

// dayWord reports "today", "tonight", "tomorrow" or "yesterday" at j.
func (p *parser) dayWord(j int) bool {
	return p.key(j, kToday) || p.key(j, kTonight) || p.key(j, kTomorrow) || p.key(j, kYesterday)
}

// serviceHours reports a clock time at i that a timetable gives a
// service, in a sentence that names no day: "Return flights will leave
// Los Angeles at 3.50pm", "Flight SW2026 leaves Manchester at 6.15am and
// reaches the Algarve at 9.20am", "Under the new timetable the first
// sailing will leave at 07:30". The service runs on many days.
func (p *parser) serviceHours(i int) bool {
	if p.ref.Narrative || !p.is(i-1, "at") && !(p.is(i-1, "about") && p.is(i-2, "at")) {
		return false
	}
	for j := i + 1; j < i+6 && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.cls(j, cWeekday) || p.cls(j, cMonth) || p.isAny(j, "today", "tonight", "tomorrow") {
			return false // "before it closes at 2 p.m. on Wednesday": that day's
		}
	}
	verb := -1
	for j := i - 2; j >= 0 && j > i-26 && !p.sentenceEnd(j); j-- {
		if p.cls(j, cWeekday) || p.cls(j, cMonth) || p.isAny(j, "today", "tonight", "tomorrow", "yesterday", "first", "last", "inaugural", "maiden") && verb < 0 {
			return false // "On Monday, flights leave at 6am", "the first flight will leave at 10.40am"
		}
		if verb < 0 {
			if p.isAny(j, "leave", "leaves", "depart", "departs", "arrive", "arrives", "land", "lands", "reach", "reaches") {
				verb = j
			} else if j < i-5 {
				return false
			}
			continue
		}
		if p.isAny(j, "timetable", "timetables", "schedule") {
			return true
		}
		if j >= verb-2 && p.isAny(j, "flights", "trains", "sailings", "ferries", "buses", "services", "tours", "departures", "boats") {
			return true // "Return flights will leave", "tours now leave"
		}
		if j == verb-1 && p.t(j).kind == tNum && p.adj(j) && p.t(j-1).kind == tWord && p.isUpper(j-1) && p.isAny(verb, "leaves", "departs", "arrives", "lands", "reaches") {
			return true // "Flight SW2026 leaves"
		}
	}
	return false
}

// clockNear reports the clock time told last close enough before token i
// for "an hour later" to count from it: within 40 tokens, or in the next
// sentence ("signed at noon on April 30 in the Hall of State, where ...
// Ingrid will be proclaimed queen an hour later").
func (p *parser) clockNear(i int) bool {
	d := i - p.clockEnd
	return d < 40 || d < 80 && p.withinSentences(p.clockEnd, i, 1)
}

// tonightBefore reports "tonight" or "this evening" earlier in the
// sentence of token i.
func (p *parser) tonightBefore(i int) bool {
	for j := i - 1; j >= 0 && j > i-20 && !p.sentenceEnd(j); j-- {
		if p.is(j, "tonight") || p.key(j, kThis) && (p.is(j+1, "evening") || p.is(j+1, "night")) {
			return true
		}
	}
	return false
}

// presentAfterClock reports a verb in the present a few words after the
// clock time at i: "A winter storm warning until 6 p.m. covers the city"
// is of today, not of the storm long past told just before.
func (p *parser) presentAfterClock(i int) bool {
	for j := i + 1; j < i+6 && p.real(j) && !p.sentenceEnd(j); j++ {
		if p.isAny(j, "covers", "remains", "expires", "lasts", "runs", "applies") {
			return true
		}
	}
	return false
}

// setJustBefore reports a SET that ends at most two tokens before the
// clock time at i: "talks every Wednesday at 1pm", "held every Wednesday
// at noon". Not a rate of one day told in the future.
func (p *parser) setJustBefore(i int) bool {
	return p.setEnd > 0 && p.setEnd <= i && p.setEnd >= i-2 && !p.ref.Narrative && !p.rateOfOneDay(i)
}

// shiftDay returns the day d ("2006-01-02") moved by n days; d unchanged
// when it is no full date ("XXXX-XX-XX").
func shiftDay(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// clauseOpener returns the first token of the sentence or line of token i,
// at most reach tokens back (the token reach-1 back when it is further).
func (p *parser) clauseOpener(i, reach int) int {
	k := i - 1
	for ; k > 0 && i-k < reach && !p.sentenceEnd(k-1) && !p.t(k).nl; k-- {
	}
	return k
}

// presentClauseAt reports a clause from token a to the clock time at i
// told in the present: its subject's verb is a present ("try", "shuts")
// and no past verb comes before i.
func (p *parser) presentClauseAt(a, i int) bool {
	present := false
	for k := a; k < i; k++ {
		if p.sentenceEnd(k) {
			return false
		}
		t := p.t(k)
		if t.kind != tWord || t.cap {
			continue
		}
		if v := p.tenseOf(k, false); v < 0 {
			return false
		} else if v > 0 {
			present = true
		}
		if p.isAny(k, "is", "are", "try", "tries", "shuts", "closes", "opens", "ends", "starts", "begins", "remains", "remain") {
			present = true
		}
	}
	return present
}

// twoDaysHours reports a clock time at i (k after it) that ends a range
// of hours told for two days after it ("from 8am to 8pm on Tuesday and
// Wednesday"), or starts or ends one told after two days ("Saturday and
// Sunday, 10am-6pm").
func (p *parser) twoDaysHours(i, k int) bool {
	if p.ref.Narrative {
		return false
	}
	pair := func(a int) bool { // weekday, "and"/"or", weekday from a
		return p.cls(a, cWeekday) && !p.t(a).lx.plural && p.isAny(a+1, "and", "or") && p.cls(a+2, cWeekday) && !p.t(a+2).lx.plural
	}
	n := len(p.out)
	rangeEnd := n > 0 && p.lastEnd == i-1 && (p.isAny(i-1, "to", "until", "till") || p.punct(i-1, '-') || p.is(i-1, "and") && p.is(p.lastStart-1, "between")) && p.out[n-1].Type == Time
	if p.is(k, "on") && pair(k+1) && !p.cls(k+4, cPart) {
		return true // ... and "Gates open at 8am on Friday and Saturday"
	}
	if p.is(k, "on") && (p.is(k+1, "days") || p.is(k+2, "days") && p.t(k+1).kind == tWord && p.t(k+1).lx.cls == cNone && !p.t(k+1).cap && !p.isAny(k+1, "alternate", "alternating")) {
		return true // "between 11.30am and 1pm on strike days", "post their decisions by 5:30 a.m. on storm days"
	}
	if p.punct(i-1, ',') && pair(i-4) && (p.punct(k, '-') || p.isAny(k, "to", "until")) {
		return true
	}
	return rangeEnd && strings.HasPrefix(p.out[n-1].Value, "XXXX-XX-XXT") && p.punct(p.lastStart-1, ',') && pair(p.lastStart-4)
}

// whenClauseDay returns the day told just before a "when" clause that
// holds the clock time at i: "every night from 1 December until Christmas
// Eve, when all stores close at 6pm" is that day's time. (The small hours
// are the caller's: "until after 2 a.m." runs into the next day.)
func (p *parser) whenClauseDay(i int) (string, bool) {
	n := len(p.out) - 1
	if n < 0 || p.ref.Narrative || !p.punct(p.lastEnd, ',') || !p.is(p.lastEnd+1, "when") || i-p.lastEnd > 12 || !p.sameSentence(p.lastEnd, i) {
		return "", false
	}
	if v := p.out[n].Value; p.out[n].Type == Date && len(v) == 10 && v[0] != 'X' && v[4] == '-' {
		return v, true
	}
	return "", false
}

// dailyRite reports a clock time at i in a sentence about a rite kept
// every day of a season, Ramadan's meals ("iftar falls at about 5.45pm"),
// or about the shifts of a workplace ("night shifts start at 7pm").
func (p *parser) dailyRite(i int) bool {
	if p.ref.Narrative || p.dayEnd > 0 && p.dayEnd <= i && p.sameSentence(p.dayEnd-1, i) && p.opensSentence(p.dayStart) {
		return false // "On Friday the night shift started at 9 p.m.": that day's
	}
	for k := i - 1; k >= 0 && k >= i-16 && !p.sentenceEnd(k); k-- {
		if p.isAny(k, "iftar", "suhoor", "sehri", "sahur", "suhur") {
			return true
		}
		if i-k <= 8 && p.isAny(k, "concerts", "matches", "performances", "shows", "screenings", "services", "sessions", "classes", "tours") && !p.isAny(k-1, "both", "two", "three", "the", "these", "those") && p.t(k-1).kind != tNum && p.startsBetween(k, i) {
			return true // "Concerts in Japan will begin at 7pm local time": each one's
		}
		if j := i - 1 - boolInt(p.isAny(i-1, "about", "around")); p.isAny(k, "has", "have") && i-k <= 8 && p.isAny(j, "from", "until", "till", "between", "and") && p.sinceOpens(k) {
			return true // "Since mid-March the voicer has worked from 8pm until about 3am": hours kept since then
		}
		if p.is(k, "shift") && (p.cls(k-1, cPart) || p.isAny(k-1, "day", "early", "late")) && p.key(k-2, kThe) && i-k <= 6 {
			return true // "now handles the night shift, starting at 10 p.m. with the rye"
		}
		if p.is(k, "shifts") && i-k <= 8 && !p.cls(k-1, cWeekday) {
			return true // "Day shifts start at 7am and night shifts at 7pm": hours kept every day
		}
		if p.is(k, "shifts") && i-k <= 14 && p.lastEnd == i-1 && (p.isAny(i-1, "and", "or") || p.punct(i-1, ',')) && strings.HasPrefix(p.out[len(p.out)-1].Value, "XXXX-XX-XXT") {
			return true // "with shifts changing at 6am, 2pm and 10pm": the list goes on
		}
	}
	return false
}

// startsBetween reports a verb of starting or ending between the plural
// subject at k and the clock time at i, and no day or date among them:
// "Concerts in Japan will begin at 7pm".
func (p *parser) startsBetween(k, i int) bool {
	verb := false
	for j := k + 1; j < i; j++ {
		t := p.t(j)
		if t.kind == tNum || p.cls(j, cWeekday) || p.cls(j, cMonth) || p.cls(j, cHoliday) || t.lx.cls == cKey {
			return false
		}
		if p.isAny(j, "begin", "start", "open", "close", "finish", "end", "begins", "starts", "run") {
			verb = true
		}
	}
	return verb
}

// sinceOpens reports "since" opening the sentence of token k, before it:
// "Since mid-March the voicer has worked ...".
func (p *parser) sinceOpens(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12 && !p.sentenceEnd(j); j-- {
		if p.is(j, "since") && p.opensSentence(j+1) {
			return true
		}
	}
	return false
}
