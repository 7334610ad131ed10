package temporal

import "time"

// Rules for named periods: seasons ("the spring of 1916", "in winter") and
// holidays ("Christmas", "Thanksgiving Day", "New Year's Eve").

// seasonMonth is a month inside each season, to pick the nearest year.
var seasonMonth = [...]int{0, 4, 7, 10, 1}

// ruleSeason: "the summer of 1943", "summer 1998", "the winter", "in spring".
func ruleSeason(p *parser, i int, out *match) bool {
	j := i
	the := p.key(j, kThe)
	if the {
		j++
	}
	t := p.t(j)
	if t.kind != tWord || t.lx.cls != cSeason {
		return false
	}
	s := t.lx.val()
	e := j + 1
	// An explicit year: "summer 1998", "the spring of 1916", "summer, 1998".
	k := e
	if p.is(k, "of") || p.punct(k, ',') {
		k++
	}
	if y, ye, ok := p.yearOrWords(k); ok && p.plausibleYear(k, true) {
		pt := point{y: y, n: s, g: gSeason}
		*out = match{end: ye, typ: Date, value: pt.String()}
		return true
	}
	// A pair whose second season carries the year: "the summer and autumn
	// of 481 BC", "summer and autumn 1918".
	if y, ok := p.pairYear(e); ok {
		pt := point{y: y, n: s, g: gSeason}
		*out = match{end: e, typ: Date, value: pt.String()}
		return true
	}
	if p.is(e, "of") && p.is(e+1, "that") && p.is(e+2, "year") {
		if base, ok := p.anaphor(); ok {
			pt := point{y: base.Year(), n: s, g: gSeason}
			*out = match{end: e + 3, typ: Date, value: pt.String(), rel: true}
			return true
		}
	}
	// A bare season needs a determiner or a preposition, and "fall" is
	// mostly a verb or "the fall of Rome".
	// The second of a pair ("the spring and summer") and a season after a
	// modifier ("the early summer") need neither.
	second := !the && (p.is(i-1, "and") || p.is(i-1, "or")) && (p.cls(i-2, cSeason) || p.is(i-2, "autumn"))
	modified := !the && (p.key(i-1, kEarly) || p.key(i-1, kLate) || p.key(i-1, kMid) || p.punct(i-1, '-') && p.key(i-2, kMid))
	if s == sFall && (!the && !second && !modified || p.is(e, "of")) {
		return false
	}
	nears := p.is(e, "approaches") || p.is(e, "nears") || p.is(e, "looms") || p.is(e, "arrives")
	if !the && !second && !modified && !nears && !(i > 0 && (p.is(i-1, "in") || p.is(i-1, "during") || p.is(i-1, "by") || p.is(i-1, "since") || p.is(i-1, "until"))) {
		return false // but "as winter approaches"
	}
	if !nears && p.cls(e, cNone) && p.t(e).kind == tWord && !p.t(e).cap && !p.adj(e) && p.nounAhead(e) {
		return false // "the summer camp", "in winter clothes"
	}
	y, rel := p.guessYear(i, seasonMonth[s], 0)
	if s == sWinter && y != noYear && !p.ref.Narrative {
		y-- // a winter is named by its December: January 2023 is in winter 2022
	}
	if n := len(p.out); second && n > 0 && p.out[n-1].End == int(p.t(i-2).end) {
		// The first season's year: "the fall and winter of 1775".
		if v := p.out[n-1].Value; len(v) == 7 && v[4] == '-' {
			if py := atoiYear(v[:4]); py != noYear {
				y = py
			}
		}
	}
	if y == noYear {
		*out = match{end: e, typ: Date, value: "XXXX-" + seasonCode[s], rel: true}
		return true
	}
	pt := point{y: y, n: s, g: gSeason}
	*out = match{end: e, typ: Date, value: pt.String(), rel: rel}
	return true
}

// pairYear reads the year a second season gives a first that ends before
// e: "[summer] and autumn 1918", "[the spring] and early summer of 1943".
func (p *parser) pairYear(e int) (int, bool) {
	if !p.is(e, "and") && !p.is(e, "or") {
		return 0, false
	}
	k := e + 1
	if p.key(k, kThe) {
		k++
	}
	if p.key(k, kEarly) || p.key(k, kLate) {
		k++
	}
	if !p.cls(k, cSeason) {
		return 0, false
	}
	k++
	if p.is(k, "of") || p.punct(k, ',') {
		k++
	}
	if y, _, ok := p.yearOrWords(k); ok && p.plausibleYear(k, true) {
		return y, true
	}
	return 0, false
}

// nounAhead reports whether token i looks like a noun a season modifies:
// a lower-case word that is not a function word.
func (p *parser) nounAhead(i int) bool {
	t := p.t(i)
	if t.kind != tWord || t.lx.cls != cNone {
		return false
	}
	switch {
	case p.is(i, "when"), p.is(i, "as"), p.is(i, "with"), p.is(i, "had"), p.is(i, "brought"), p.is(i, "saw"),
		p.is(i, "and"), p.is(i, "or"), p.is(i, "to"), p.is(i, "in"), p.is(i, "on"), p.is(i, "at"), p.is(i, "for"),
		p.is(i, "was"), p.is(i, "were"), p.is(i, "is"), p.is(i, "of"):
		return false
	}
	w := p.text[t.start:t.end]
	n := len(w)
	// Verbs and adverbs ending like "-ed", "-ly" follow seasons as subjects.
	return !(n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly") || n > 5 && w[n-3:] == "ing")
}

// Holidays.
const (
	hChristmas = iota + 1
	hThanksgiving
	hHalloween
	hEaster
	hNew
	hIndependence
	hLabor
	hMemorial
	hVeterans
	hValentine
	hElection
	hLunar  // "Chinese New Year", "Lunar New Year"
	hGood   // "Good Friday"
	hBoxing // "Boxing Day"
	hArmistice
	hBastille
	hAnzac
	hCanada
	hAustralia
	hJuneteenth
	hHogmanay
	hMayDay
)

// ruleHoliday: "Christmas", "Christmas Eve", "Thanksgiving Day", "New
// Year's Day", "Independence Day", "Easter 1916".
//
// A few holidays are found at their second word, so that the common first
// word stays out of the lexicon: "Chinese New Year" at "New", "Good Friday"
// at "Friday", "Boxing Day" at "Day"; the match then starts a word earlier.
func ruleHoliday(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind != tWord || !t.cap {
		return false
	}
	var h int
	lead := 0
	switch t.lx.cls {
	case cHoliday:
		h = t.lx.val()
		if h == hNew && (p.is(i-1, "chinese") || p.is(i-1, "lunar")) && p.t(i-1).cap {
			h, lead = hLunar, 1
			if p.key(i-2, kThe) {
				lead = 2 // "ahead of the Lunar New Year"
			}
		}
	case cWeekday:
		if t.lx.val() != 5 || t.lx.plural || !p.is(i-1, "good") || !p.t(i-1).cap {
			return false
		}
		h, lead = hGood, 1
	case cUnit:
		if t.lx.val() != uDay || t.lx.plural || !p.t(i-1).cap {
			return false
		}
		if h = dayHoliday(p.word(i - 1)); h == 0 {
			return false
		}
		lead = 1
	default:
		return false
	}
	if !holiday(p, i, h, out) {
		return false
	}
	out.lead = lead
	return true
}

// dayHoliday returns the holiday "<w> Day" names, or 0.
func dayHoliday(w string) int {
	switch w {
	case "Boxing", "BOXING":
		return hBoxing
	case "Armistice", "Remembrance":
		return hArmistice
	case "Bastille":
		return hBastille
	case "Anzac", "ANZAC":
		return hAnzac
	case "Canada":
		return hCanada
	case "Australia":
		return hAustralia
	case "May":
		return hMayDay
	}
	return 0
}

// holiday reads holiday h whose name ends at token i (or starts there).
func holiday(p *parser, i, h int, out *match) bool {
	e := i + 1
	eve, easterMonday := false, false
	switch h {
	case hNew, hLunar:
		// "New Year's Day", "New Year's Eve", "New Year's"; "Chinese New Year"
		// and "Lunar New Year's Day" from "New"
		if !p.is(e, "year") || !p.t(e).cap {
			return false
		}
		e++
		if p.punct(e, '\'') && p.is(e+1, "s") {
			e += 2
		}
	case hValentine:
		if !(p.punct(e, '\'') && p.is(e+1, "s") && p.is(e+2, "day")) {
			return false
		}
		e += 2
	case hGood:
		// "Good Friday", from "Friday"; not the "Good Friday Agreement"
		if p.is(e, "agreement") || p.is(e, "accord") || p.is(e, "accords") {
			return false
		}
	case hEaster:
		if (p.is(e, "sunday") || p.is(e, "monday")) && p.t(e).cap {
			easterMonday = p.is(e, "monday")
			e++ // "Easter Sunday", "Easter Monday"
		}
	case hBoxing, hArmistice, hBastille, hAnzac, hCanada, hAustralia, hMayDay:
		// read from their "Day"
	case hIndependence, hLabor, hMemorial, hVeterans, hElection:
		if p.punct(e, '\'') && p.is(e+1, "s") {
			e += 2
		}
		if !p.is(e, "day") || !p.t(e).cap {
			return false
		}
	}
	switch {
	case p.is(e, "day") && p.t(e).cap:
		e++
	case p.is(e, "eve") && p.t(e).cap:
		e++
		eve = true
	}
	y, rel := noYear, true
	if yy, ye, ok := p.yearAt(e); ok && p.plausibleYear(e, true) {
		y, rel, e = yy, false, ye
	} else if p.punct(e, ',') {
		if yy, ye, ok := p.yearAt(e + 1); ok && p.plausibleYear(e+1, true) {
			y, rel, e = yy, false, ye
		}
	}
	m, d := holidayDate(h, 2001)
	newEve := h == hNew && eve
	if newEve {
		// "New Year's Eve 2023" is the last day of 2023.
		m, d, eve = 12, 31, false
	}
	if y == noYear {
		y, _ = p.nearYear(i, m, d)
	}
	if y == noYear {
		if movable(h) {
			*out = match{end: e, typ: Date, value: "XXXX-XX-XX", rel: true}
			return true
		}
		*out = match{end: e, typ: Date, value: "XXXX-" + pad(m, 2) + "-" + pad(d, 2), rel: true}
		return true
	}
	if !newEve {
		m, d = holidayDate(h, y)
	}
	if m == 0 {
		*out = match{end: e, typ: Date, value: pad(y, 4) + "-XX-XX", rel: rel}
		return true
	}
	day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if eve {
		day = day.AddDate(0, 0, -1)
	}
	if easterMonday {
		day = day.AddDate(0, 0, 1)
	}
	pt := at(day, gDay)
	*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
	return true
}

// holidayDate returns the month and day of holiday h in year y.
func holidayDate(h, y int) (int, int) {
	switch h {
	case hChristmas:
		return 12, 25
	case hThanksgiving: // fourth Thursday of November
		return 11, nthWeekday(y, 11, time.Thursday, 4)
	case hHalloween:
		return 10, 31
	case hEaster:
		return easter(y)
	case hNew:
		return 1, 1
	case hIndependence:
		return 7, 4
	case hLabor: // first Monday of September
		return 9, nthWeekday(y, 9, time.Monday, 1)
	case hMemorial: // last Monday of May
		return 5, nthWeekday(y, 5, time.Monday, 5)
	case hVeterans:
		return 11, 11
	case hValentine:
		return 2, 14
	case hElection: // the Tuesday after the first Monday of November
		return 11, nthWeekday(y, 11, time.Monday, 1) + 1
	case hLunar:
		return lunarNewYear(y)
	case hGood:
		m, d := easter(y)
		t := time.Date(y, time.Month(m), d-2, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day()
	case hBoxing:
		return 12, 26
	case hArmistice:
		return 11, 11
	case hBastille:
		return 7, 14
	case hAnzac:
		return 4, 25
	case hCanada:
		return 7, 1
	case hAustralia:
		return 1, 26
	case hJuneteenth:
		return 6, 19
	case hHogmanay:
		return 12, 31
	case hMayDay:
		return 5, 1
	}
	return 1, 1
}

// movable reports a holiday whose date changes from year to year.
func movable(h int) bool {
	switch h {
	case hThanksgiving, hEaster, hLabor, hMemorial, hElection, hLunar, hGood:
		return true
	}
	return false
}

// lunarNewYears holds the first day of the Chinese lunar year for 1900 to
// 2100, as days after January 21 ('A' is January 21).
const lunarNewYears = "K^SI[OEXMBUJ]QFYNCVL_SH[PDXMCUJ\\QFYODVK^SGZPEXMBUI\\QGYNDWK]SHZPEXMATJ\\QGZNCVK]RH[PEXM_TI\\QGZOCUK^RH[PDWLBTI]RFYNCUK^SH[PEWLBUI\\QFXNCVK^SHZODWLBUJ\\QFYMCVL^SHZODWMATI\\PFYNCVK^RGZPDWMBTI\\QFYNDUJ]RGZPEWLAT"

// lunarNewYear returns the month and day of the Lunar New Year in y, or 0, 0
// outside the years the table holds.
func lunarNewYear(y int) (int, int) {
	if y < 1900 || y >= 1900+len(lunarNewYears) {
		return 0, 0
	}
	d := 21 + int(lunarNewYears[y-1900]-'A')
	if d > 31 {
		return 2, d - 31
	}
	return 1, d
}

// nthWeekday returns the day of the nth wd of a month (n = 5: the last).
func nthWeekday(y, m int, wd time.Weekday, n int) int {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	d := 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
	for !validDay(y, m, d) {
		d -= 7
	}
	return d
}

// easter returns the month and day of Western Easter (anonymous Gregorian
// algorithm).
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// relHoliday resolves a holiday after "last", "this" or "next" (dir) at
// token k: "last Thanksgiving" is the one before the base.
func (p *parser) relHoliday(k, dir int, base time.Time, out *match) bool {
	if !ruleHoliday(p, k, out) || !out.rel || !out.hasPt {
		return false
	}
	eve := p.is(out.end-1, "eve")
	day := func(y int) time.Time {
		m, d := holidayDate(p.t(k).lx.val(), y)
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if eve {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	y := base.Year()
	switch {
	case dir < 0 && !day(y).Before(base):
		y--
	case dir > 0 && !day(y).After(base):
		y++
	}
	pt := at(day(y), gDay)
	out.value, out.pt = pt.String(), pt
	return true
}
