package temporal

import (
	"strconv"
	"strings"
)

// Rules for years and numeric dates: "1998", "fiscal 1989", "the 1990s",
// "490 BC", "11/02/89", "1998-08-07", "the 20th century", "nineteen
// ninety-six".

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
		return p.shortYear(p.t(i + 1).number()), i + 2, true
	}
	return 0, i, false
}

// yearOrWords reads a year at i as yearAt does, or in words as broadcast
// transcripts give it: "January nineteen ninety-seven".
func (p *parser) yearOrWords(i int) (y, next int, ok bool) {
	if y, next, ok = p.yearAt(i); ok {
		return y, next, ok
	}
	return p.spokenYear(i, false)
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

// eraBefore returns how many tokens of an era ("AD", "A.D.") stand before
// the year at i, or 0.
func (p *parser) eraBefore(i int) int {
	if n, ok := p.eraAt(i-1, false); ok && n == i && !p.adj(i) {
		return 1 // "AD 79"
	}
	if n, ok := p.eraAt(i-4, false); ok && n == i && p.adj(i-3) {
		return 4 // "A.D. 476"
	}
	return 0
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
	// An era before the year: "AD 476", "A.D. 1066", "the AD 260s".
	ad, adLead := false, 0
	if j == i+1 && !fiscal {
		if n, ok := p.eraAt(j, false); ok && p.t(n).kind == tNum {
			j, t, ad = n, p.t(n), true
		}
	} else if j == i && t.kind == tNum {
		adLead = p.eraBefore(i)
	}
	if (ad || adLead > 0) && t.kind == tNum && !t.sep && t.ndig <= 4 && t.number() > 0 {
		n, e := t.number(), j+1
		if p.adj(e) && p.is(e, "s") && n%10 == 0 {
			pt := point{n: n / 10, y: n, g: gDecade}
			*out = match{end: e + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, lead: adLead}
			return true
		}
		if p.adj(e) && p.t(e).kind != tPunct {
			return false
		}
		pt := point{y: n, g: gYear}
		*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, lead: adLead}
		return true
	}
	if j == i && t.kind == tNum && !t.sep && t.ndig == 2 && t.number() == 11 && p.is(i-1, "double") && p.t(i-1).cap && !p.adj(i) {
		// China's "Double 11" shopping festival is 11 November.
		if y, ok := p.guessYear(i, 11, 11); ok && y != noYear {
			pt := point{y: y, m: 11, d: 11, g: gDay}
			*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: 1}
			return true
		}
	}
	if j == i && t.kind == tNum && !t.sep && t.ndig <= 2 && t.number() > 0 && p.t(i-1).cap && !p.adj(i) && !(p.adj(i+1) && p.t(i+1).kind != tPunct) {
		// Japan's imperial eras: "Reiwa 7" is 2025, "Heisei 31" 2019.
		if first, ok := eraYear(p.word(i - 1)); ok {
			y := first + t.number() - 1
			*out = match{end: i + 1, typ: Date, value: pad(y, 4), pt: point{y: y, g: gYear}, hasPt: true, lead: 1}
			return true
		}
	}
	// Decades: "1990s", "'90s".
	if t.kind == tNum && !t.sep && (t.ndig == 4 || t.ndig == 3) && t.number()%10 == 0 && p.adj(j+1) && p.is(j+1, "s") {
		if p.adj(j) && !(j > 0 && p.punct(j-1, '-')) {
			return false
		}
		if p.adj(j) && p.punct(j-1, '-') && p.adj(j-1) && p.t(j-2).kind == tNum && p.adj(j-2) && p.t(j-3).kind == tWord {
			return false // a model: "Airbus A330-900s"
		}
		pt := point{n: t.number() / 10, g: gDecade}
		e := j + 2
		if be, ok := p.eraAt(e, true); ok {
			pt.n, e = -pt.n, be
		} else if t.ndig == 4 && t.number()%100 == 0 && t.number() < 2000 {
			// "the 1800s" is a century; "the 2000s" a decade.
			c := point{y: t.number(), n: t.number() / 100, g: gCentury}
			*out = match{end: e, typ: Date, value: pad(t.number()/100, 2), pt: c, hasPt: true}
			return true
		}
		pt.y = pt.n * 10
		*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: pt.n > 0}
		return true
	}
	if j == i && p.punct(j, '\'') && p.adj(j+1) && p.t(j+1).kind == tNum && p.t(j+1).ndig == 2 && !(p.adj(j+2) && p.t(j+2).kind != tPunct) && (p.is(j-1, "in") || p.is(j-1, "since") || p.is(j-1, "of") || p.is(j-1, "until") || p.is(j-1, "from")) {
		// "I arrived here in '98": a year in two digits.
		*out = dateMatch(j+2, point{y: p.shortYear(p.t(j + 1).number()), g: gYear}, false)
		return true
	}
	if p.punct(j, '\'') && p.adj(j+1) && p.t(j+1).kind == tNum && p.t(j+1).ndig == 2 && p.t(j+1).number()%10 == 0 && p.adj(j+2) && p.is(j+2, "s") {
		pt := point{n: 190 + p.t(j+1).number()/10, g: gDecade}
		pt.y = pt.n * 10
		*out = match{end: j + 3, typ: Date, value: pt.String(), pt: pt, hasPt: true}
		return true
	}
	if y, e, ok := p.spanYear(j); ok && !fiscal && !p.key(e, kFiscal) && !p.isAny(e, "financial", "budget", "budgets", "tax") && (p.periodAfter(e) || j > i && p.is(e, "year") || !p.ref.Narrative && (p.t(e).kind == tWord && p.t(e).lx.cls == cNone && (!p.t(e).cap || p.isUpper(e)) || p.t(e).kind != tWord && p.t(e).kind != tNum && !p.punct(j-1, '('))) && !(!p.ref.Narrative && p.fiscalText() && !p.isAny(e, "season", "seasons") && p.spanPeriod(e) == e) {
		// "the 2023-24 season", "the 2022-23 dispute", "the fires of
		// 2019-20": a season or an episode that runs over the new year,
		// named by the year it starts in. Fiscal, financial and tax years
		// take the year they end in.
		if p.cls(e, cSeason) && !p.t(e).lx.plural && j > i && p.t(e).lx.val() == sWinter {
			// "the 2024-25 winter": the winter that runs over the new year,
			// named by its December.
			*out = match{end: e + 1, typ: Date, value: point{y: y - 1, n: sWinter, g: gSeason}.String(), rel: true}
			return true
		}
		if n := p.spanPeriod(e); n > e || p.isAny(e, "session", "year") && j > i {
			n = max(n, e+1) // ... and a school's "the 2026/27 session"
			// "the 2024-25 season", "the 2025-26 school year": the
			// period is named whole.
			*out = dateMatch(n, point{y: y - 1, g: gYear}, true)
			return true
		}
		if j > i {
			return false // "the 2022-23 dispute" starts at the year
		}
		// Relative: read as one year only for the noun after it.
		*out = dateMatch(e, point{y: y - 1, g: gYear}, true)
		return true
	}
	if y, e, ok := p.spanYear(j); ok && (fiscal || p.periodAfter(e) || !p.ref.Narrative && p.fiscalText()) {
		// "2021-22", "the 2018-19 financial year", "the 2023-24 fiscal", "the
		// 2019-20 season": a fiscal year or a season, named by the year it
		// ends in. History's "the Siege of Kut (1915-16)" is two years.
		// "the 2025/26 year" in a text of fiscal years is one too.
		year := j > i && p.is(e, "year") && !p.t(e).lx.plural
		named := p.key(e, kFiscal) || p.isAny(e, "financial", "tax") && p.is(e+1, "year") || year
		if j > i && !fiscal && !named {
			return false // "the 2019-20 season" starts at the year
		}
		// Read as one year only because the text speaks of fiscal years, the
		// span depends on its context ("2024-25" alone is two years).
		ctx := !fiscal && !named && !p.periodAfter(e)
		if named {
			e++
			if p.is(e, "year") {
				e++
			}
		}
		*out = dateMatch(e, point{y: y, g: gYear}, ctx)
		return true
	}
	if j == i+1 && !fiscal && t.kind == tNum && !t.sep && t.ndig == 4 && !p.adj(j+1) && p.plausibleYear(j, true) {
		// "the 2025 tax year", "the 2026 plan year", "the 1990 fiscal year", "the 2021 season":
		// the period whole.
		n := p.spanPeriod(j + 1)
		if n == j+1 && (p.isAny(j+1, "tax", "financial", "model", "plan", "crop", "marketing", "program") || p.key(j+1, kFiscal)) && p.is(j+2, "year") && !p.t(j+2).lx.plural {
			n = j + 3
		}
		if n == j+2 && p.isAny(j+1, "season", "cycle") {
			n = j + 1 // "in the 2017 season": the year alone, as most annotators tag it
		}
		if n > j+1 {
			*out = dateMatch(n, point{y: t.number(), g: gYear}, false)
			return true
		}
	}
	if t.kind != tNum || t.sep || p.key(i, kThe) && !fiscal {
		return false
	}
	if j == i && t.ndig == 2 && p.t(j-1).kind == tPunct {
		if y, ok := p.rangeEnd(j); ok {
			*out = dateMatch(j+1, point{y: y, g: gYear}, false) // "1915-[17]"
			return true
		}
	}
	if nx := p.t(j + 1); j == i && (nx.kind == tPunct && nx.c == '-' || nx.kind == tWord && (nx.end-nx.start == 2 || nx.end-nx.start == 3)) {
		if y, ok := p.rangeStartBC(j); ok {
			*out = dateMatch(j+1, point{y: y, g: gYear}, true) // "[499]-493 BC": the era comes from the range's end
			return true
		}
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
	if j == i && p.prefixedYear(j) {
		// "the post-1959 politics", "pre-1990 rules": after or before that year.
		m.lead, m.mod = 2, "AFTER"
		if p.is(j-2, "pre") {
			m.mod = "BEFORE"
		}
	}
	*out = m
	return true
}

// prefixedYear reports a year at j written with "pre-" or "post-".
func (p *parser) prefixedYear(j int) bool {
	return p.punct(j-1, '-') && p.adj(j) && p.adj(j-1) && (p.is(j-2, "pre") || p.is(j-2, "post"))
}

// rangeEnd reads the two-digit end of a year range at j: "1915-17",
// "1990-94", "2006-07".
func (p *parser) rangeEnd(j int) (int, bool) {
	t := p.t(j)
	if t.ndig != 2 || !(p.punct(j-1, '-') || p.punct(j-1, '/') && p.splitYear(j-2)) || !p.adj(j) || !p.adj(j-1) || p.adj(j+1) && p.t(j+1).kind != tPunct {
		return 0, false
	}
	if p.punct(j+1, '-') && p.adj(j+1) && p.t(j+2).kind == tNum && p.t(j+2).ndig >= 3 && p.adj(j+2) {
		return 0, false // a phone number: "1800-11-4000"
	}
	y0 := p.t(j - 2)
	if y0.kind != tNum || y0.sep || y0.ndig != 4 || y0.number() < 1000 || y0.number() > 2199 || p.adj(j-2) && p.t(j-3).kind != tPunct {
		return 0, false
	}
	y := y0.number()/100*100 + t.number()
	if y <= y0.number() {
		y += 100
	}
	if y-y0.number() > 30 {
		return 0, false // "2024-01" is a month, not 2024 to 2101
	}
	return y, true
}

// rangeStartBC reads the start of a range of years whose end carries the
// era: "499-493 BC", "from 264 to 241 BC", "between 1510 and 1440 BC".
func (p *parser) rangeStartBC(j int) (int, bool) {
	t := p.t(j)
	if t.ndig > 4 || t.number() == 0 || p.adj(j) && !p.punct(j-1, '(') || !(p.punct(j+1, '-') && p.adj(j+1) || p.is(j+1, "to") || p.is(j+1, "and") && p.is(j-1, "between")) {
		return 0, false
	}
	n2 := p.t(j + 2)
	if n2.kind != tNum || n2.sep || n2.ndig > 4 || n2.number() >= t.number() {
		return 0, false
	}
	if _, ok := p.eraAt(j+3, true); !ok {
		return 0, false
	}
	return 1 - t.number(), true
}

// plausibleYear rejects four-digit numbers that are counts, codes or parts
// of identifiers: "2000 soldiers", "AP2010", "$1990", "1990-91" scores.
func (p *parser) plausibleYear(j int, fiscal bool) bool {
	t := p.t(j)
	if j > 0 && p.adj(j) {
		prev := p.t(j - 1)
		midHyphen := prev.kind == tPunct && prev.c == '-' && p.adj(j-1) && (p.key(j-2, kMid) || p.is(j-2, "pre") || p.is(j-2, "post") ||
			p.t(j-2).kind == tNum && p.t(j-2).ndig == 4 && p.t(j-2).number() < t.number()) // "1861-1863"
		midHyphen = midHyphen || prev.kind == tPunct && prev.c == '/' && p.splitYear(j-2)
		if !midHyphen && (prev.kind == tWord || prev.kind == tNum || prev.kind == tPunct && (prev.c == '$' || prev.c == '#' || prev.c == '.' || prev.c == ':' || prev.c == '/' || prev.c == '-')) {
			return false
		}
	}
	if next := p.t(j + 1); p.adj(j+1) && next.kind == tPunct && (next.c == '%' || next.c == '/' && !p.splitYear(j) || next.c == ':' && p.t(j+2).kind == tNum && p.adj(j+2)) {
		return false
	}
	if p.adj(j+1) && p.punct(j+1, '-') && p.t(j+2).kind == tNum && (p.t(j+2).ndig != 2 && p.t(j+2).ndig != 4 || p.punct(j+3, '-') && p.adj(j+3) && p.t(j+4).kind == tNum && p.t(j+4).ndig >= 3) {
		return false // phone numbers and codes: "1800-11-4000"
	}
	if j > 1 && p.punct(j-1, '-') && p.adj(j) && p.t(j-2).kind == tNum && p.punct(j-3, '-') && p.adj(j-2) {
		return false // the middle or end of a code: "1800-11-4000"
	}
	if n1, n2 := p.t(j+1), p.t(j+2); n1.kind == tNum && !n1.sep && !p.adj(j+1) && n1.ndig <= 3 && n2.kind == tNum && !n2.sep && !p.adj(j+2) && n2.ndig >= 2 {
		return false // a phone number in groups: "Kids Helpline, on 1800 55 1800"
	}
	if t.number()%100 <= 59 && t.number()/100 <= 23 && p.timetableAt(j) {
		return false // a timetable's time: "leaves at 1945"
	}
	if j > 0 && p.punct(j-1, '"') && p.adj(j) && p.punct(j+1, '"') && p.adj(j+1) {
		return false // a title in quotes: the film "1917"
	}
	for k := j + 1; k <= j+4 && p.t(k).kind == tWord && p.t(k).cap && !p.t(k).nl; k++ {
		if k > j+1 && p.isAny(k, "street", "avenue", "road", "boulevard", "drive", "lane", "place", "parkway", "highway") {
			return false // a street address: "1801 West Canal Street"
		}
	}
	if j > 1 && p.t(j-1).cap && (p.isAny(j-1, "server", "studio", "office") && p.t(j-2).cap && p.t(j-2).kind == tWord || p.is(j-1, "windows")) {
		return false // a product's version: "Windows Server 2016", "Visual Studio 2022", "Windows 2000"
	}
	if j > 0 && p.t(j-1).cap && p.isAny(j-1, "samvat", "russell", "wilshire") {
		return false // a Hindu calendar year, "Samvat 2082"; stock indexes, "the Russell 2000"
	}
	if p.t(j+1).cap && p.isAny(j+1, "committee") {
		return false // a body named for a year: the Conservatives' "1922 Committee"
	}
	if j > 0 && p.t(j-1).cap && p.isAny(j-1, "courtroom", "room", "suite", "gate", "platform", "pier", "hangar", "ward", "apartment", "unit", "bay", "locker", "cell", "booth", "stand", "hall", "terminal") {
		return false // a place's number: "Courtroom 1925", "Room 2010", "Gate 1984"
	}
	if p.isAny(j+1, "n", "s", "e", "w") && p.t(j+1).cap && p.punct(j+2, '.') && p.t(j+3).cap || p.t(j+1).cap && p.isAny(j+2, "st", "street", "avenue", "ave", "road", "rd", "blvd", "boulevard", "lane", "drive") {
		return false // an address: "1214 N. Calvert St.", "1600 Pennsylvania Avenue"
	}
	if p.isAny(j+1, "mhz", "ghz", "khz", "hz", "mw", "kw", "gw", "kwh", "mwh", "rpm", "cc", "km", "kg", "mm", "cm") {
		return false // a measure: "The 2100 MHz spectrum"
	}
	if p.is(j-1, "of") && p.is(j-2, "act") && p.t(j-2).cap {
		return true // "the Rental Housing Act of 1995 bars ...": a law's year
	}
	if p.is(j+1, "block") && p.is(j+2, "of") && t.number()%100 == 0 {
		return false // an address: "the 2000 block of North Williams Avenue"
	}
	if prev := p.t(j - 1); j > 0 && !p.adj(j) && (prev.kind == tNum && !prev.sep && prev.ndig >= 2 || p.phoneWord(j-1) || (p.is(j-1, "on") || p.is(j-1, "at") || p.punct(j-1, ',') && p.t(j+1).kind == tPunct) && p.phoneWord(j-2)) {
		// phone numbers: "+44 20 7542 2019", "the helpline 1916", "call the
		// helpline on 1700", "call the helpline, 1950."
		return false
	}
	if nt := p.t(j + 1); nt.kind == tWord && nt.end-nt.start == 2 && !p.adj(j+1) && p.isUpper(j+1) && p.t(j+2).kind == tNum && p.adj(j+2) {
		return false // a minor planet's designation: "2019 VK14", "1997 XF11"
	}
	if p.punct(j-1, '[') && p.punct(j+1, ']') && p.isUpper(j+2) || p.punct(j-1, '(') && p.adj(j-1) && p.isUpper(j-2) {
		return false // a neutral citation, a document number: "[2025] EWCA Civ 1187", "COM(2025) 570"
	}
	if fiscal {
		return true
	}
	if j > 0 && p.isAny(j-1, "another", "additional", "extra", "further") {
		return false // "another 2000 on the hill"
	}
	if j > 0 && p.is(j-1, "local") && p.t(j-1).cap && !p.opensSentence(j-1) {
		return false // a union branch: "the Riverbend Education Association, Local 1600"
	}
	if j > 0 && (p.vehicleWord(j-1) || p.isUpper(j-1) && p.t(j-1).end-p.t(j-1).start <= 3 && !p.adj(j) && p.vehicleWord(j-2)) {
		// a service's or an item's number: "on ICE 2014 from Frankfurt",
		// "Flight 1549", "sample 1871", "Flight LZ 1987 to Nice"
		return false
	}
	if j > 1 && p.isAny(j-1, "album", "single", "novel", "film", "song", "opera", "symphony") && !p.t(j-1).cap && !p.isAny(j+1, "and", "to") {
		return false // "whose second album 2041 was shortlisted": a title
	}
	if j > 1 && p.punct(j-1, '.') && p.adj(j-1) && p.isAny(j-2, "no", "nos") && p.t(j-2).cap && !p.adj(j) {
		return false // "bill No. 2031": a number, not a year
	}
	if t.number() < 1500 || t.number() > 2100 {
		// Older years need an era or a preposition in front.
		// "from about 1405 to 1420": after "from", a hedge after a
		// preposition, or a range's end after a year.
		ok := j > 0 && (p.is(j-1, "in") || p.is(j-1, "since") || p.is(j-1, "by") || p.is(j-1, "until") || p.isAny(j-1, "around", "circa", "before", "after", "from") ||
			p.isAny(j-1, "about") && p.isAny(j-2, "in", "from", "since", "until", "to") ||
			p.isAny(j-1, "to", "and", "until") && p.oldYearBefore(j-2))
		return ok && !p.plural(j+1) && !p.cls(j+1, cUnit) && !(p.isAny(j+1, "to", "and") && p.plural(j+3))
	}
	if p.isAny(j+1, "levels", "highs", "lows", "peaks", "prices", "figures") && t.ndig == 4 && t.number()%100 != 0 {
		return true // a year compared with: "still 20% below 2019 levels"
	}
	if p.plural(j+1) && !p.prefixedYear(j) && !(p.is(j-1, "of") && p.isAny(j-2, "end", "start", "beginning", "middle", "half", "quarter", "spring", "summer", "autumn", "winter") && t.ndig == 4) {
		// ... not "every cell made before the end of 2032 earns credit"
		// "2000 soldiers" is a count, but "the 2018 midterms" are that year's:
		// after "the", a number that is no round count names the year.
		pair := (p.is(j-1, "and") || p.is(j-1, "or")) && p.t(j-2).kind == tNum && p.t(j-2).ndig == 4 // "the 2020 and 2021 coups"
		if p.is(j-1, "in") && t.ndig == 4 && t.number() >= 1900 && t.number() <= 2100 && p.tenseOf(j+2, false) < 0 {
			return true // "In 2023 organizers shortened the half marathon": the year, then its subject
		}
		if p.isAny(j-1, "in", "since") && p.opensSentence(j) && t.ndig == 4 && t.number() >= 1900 && t.number() <= 2100 && p.clauseVerbAhead(j+2) {
			// "In 2016 soldiers and villagers spent six months digging",
			// "Since 2024 gyms have had to follow the code": a year opening
			// its sentence before the subject of its clause.
			return true
		}
		if p.isAny(j-1, "in", "since") && t.ndig == 4 && t.number() >= 1900 && t.number() <= 2100 && p.isAny(j+1, "comes", "falls", "begins", "ends", "starts", "marks", "brings", "sees", "opens", "closes", "remains", "looks", "runs") {
			// ... and "The biggest overhaul since 1988 ends no-fault
			// evictions"
			return true // "the next one in 2029 comes on the evening of June 25": the verb, not a count
		}
		if p.is(j-1, "act") && p.t(j-1).cap && t.ndig == 4 {
			return true // "The Recall of MPs Act 2015 requires a petition": the Act's year
		}
		if t.ndig == 4 && t.number()%100 != 0 && p.hasDCT && t.number() >= p.dct.Year()-30 && t.number() <= p.dct.Year()+5 && (p.isAny(j-1, "their", "its", "his", "her", "our", "my", "your") || p.isAny(j+1, "standards", "volumes", "returns", "premiums", "headliners", "launches", "graduates", "forecasts", "results", "models", "budgets")) && !p.countBefore(j-1) {
			// A year near the reference before a plural that it dates:
			// "claim them on their 2026 returns", "below 2024 volumes",
			// "names 2027 headliners"; counts that big are written with a
			// comma.
			return true
		}
		return (p.key(j-1, kThe) || pair) && t.number()%100 != 0 && t.ndig == 4
	}
	if nx := p.t(j + 1); nx.kind == tWord && nx.lx.cls == cNone && !p.isAny(j+1, "and", "or") && p.plural(j+2) && p.countBefore(j-1) {
		return false // "where 2000 police officers", "with 1500 riot police", "About 2000 British fans"
	}
	return true
}

// countBefore reports a word at k that a count rather than a year follows:
// "where 2000 police officers", "some 1500 aid workers".
func (p *parser) countBefore(k int) bool {
	return p.isAny(k, "where", "with", "while", "than", "about", "nearly", "almost", "some", "over", "least", "approximately", "roughly", "deployed", "sent")
}

// vehicleWord reports a word at k that a service's number follows:
// "Flight 1549", "Route 2000", "ICE 2014", "trades under the code 2026".
func (p *parser) vehicleWord(k int) bool {
	return p.isAny(k, "flight", "train", "route", "bus", "highway", "interstate", "platform", "gate", "ice", "tgv", "amtrak", "sr", "hwy",
		"sample", "specimen", "batch", "lot", "exhibit", "layer", "room", "code", "ticker", "symbol", "iso",
		"suit", "serial", "badge", "seat", "hull", "bib", "jersey", "locomotive", "engine") // "wore suit 2031"
}

// phoneWord reports a word at k that a phone number follows: "helpline",
// "dial", "call".
func (p *parser) phoneWord(k int) bool {
	return p.isAny(k, "helpline", "hotline", "tel", "ext", "dial", "extension", "call", "phone", "telephone", "ring", "number")
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
	switch w {
	case "people", "men", "women", "children", "personnel", "cattle", "sheep", "livestock", "homes", "feet":
		return true // "more than 2000 people"
	}
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// ruleNumericDate: "11/02/89", "3/15/1998", "1998-08-07", "19980303".
func ruleNumericDate(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.sep {
		// European: DD.MM.YYYY, one token for the scanner.
		if d, m, y, ok := p.dotted(i); ok {
			*out = dateMatch(i+1, point{y: y, m: m, d: d, g: gDay}, false)
			return true
		}
		return false
	}
	if t.kind != tNum || (i > 0 && p.adj(i) && !p.punct(i-1, '(')) {
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
					if p.zone(e) {
						e++ // "2024-11-15 04:09 UTC"
					}
					v := pt.String() + "T" + pad(h, 2) + ":" + pad(mi, 2)
					*out = match{end: e, typ: Time, value: v, pt: pt, hasPt: true}
					return true
				}
				*out = dateMatch(i+5, pt, false)
				return true
			}
		}
		// An ISO week, "2025-W42", and a day of it, "2025-W42-3".
		if w, ok := num(i+3, 2); ok && p.word(i+2) == "W" && p.adj(i+2) && p.t(i+3).ndig == 2 && w >= 1 && w <= 53 {
			if isoWeekOf(t.number(), w) {
				pt, e := point{y: t.number(), n: w, g: gWeek}, i+4
				v := pt.String()
				if wd, ok := num(i+5, 1); ok && p.punct(i+4, '-') && p.adj(i+4) && wd >= 1 && wd <= 7 {
					v, e = v+"-"+string(rune('0'+wd)), i+6
				}
				if !(p.adj(e) && p.t(e).kind != tPunct) {
					*out = match{end: e, typ: Date, value: v, pt: pt, hasPt: len(v) == 8}
					return true
				}
			}
		}
		// Year and month: "2024-01", when it cannot be a span of years
		// ("2019-20").
		if m, ok := num(i+2, 2); ok && p.t(i+2).ndig == 2 && m >= 1 && m <= 12 && !p.punct(i+3, '-') && !(p.adj(i+3) && p.t(i+3).kind != tPunct) {
			if _, span := p.rangeEnd(i + 2); !span {
				*out = dateMatch(i+3, point{y: t.number(), m: m, g: gMonth}, false)
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
	if t.ndig == 1 && t.number() == 9 && p.punct(i+1, '/') && p.adj(i+1) && p.t(i+2).kind == tNum && p.t(i+2).number() == 11 && p.t(i+2).ndig == 2 && p.adj(i+2) && !(p.adj(i+3) && (p.punct(i+3, '/') || p.t(i+3).kind != tPunct)) {
		// "9/11" names the attacks of 11 September 2001.
		*out = dateMatch(i+3, point{y: 2001, m: 9, d: 11, g: gDay}, false)
		return true
	}
	// US: MM/DD/YY(YY); day first when the first number cannot be a month:
	// "24/07/2024". A hyphen works as well, with a four-digit year:
	// "24-07-2024".
	if sep := p.t(i + 1).c; t.ndig <= 2 && (p.punct(i+1, '/') || p.punct(i+1, '-')) && p.adj(i+1) {
		d, ok := num(i+2, 2)
		if ok && sep == '/' && !(p.adj(i+3) && (p.punct(i+3, '/') || p.t(i+3).kind != tPunct)) && (p.is(i-1, "on") || p.cls(i-1, cWeekday) || scheduling(p.word(i-1)) && p.t(i-1).kind == tWord) && !p.is(i+3, "of") {
			// "on 10/2", "Tuesday 10/2", "premieres 12/5": a day of the year
			// the text is in, read in the text's style.
			m := t.number()
			if m == 24 && d == 7 {
				return false // "on a 24/7 basis"
			}
			if p.dayFirst() {
				m, d = d, m
			}
			if m < 1 || m > 12 || !validDay(2000, m, d) {
				return false
			}
			y, _ := p.guessYear(i, m, d)
			if y == noYear {
				*out = match{end: i + 3, typ: Date, value: "XXXX-" + pad(m, 2) + "-" + pad(d, 2), rel: true}
				return true
			}
			*out = dateMatch(i+3, point{y: y, m: m, d: d, g: gDay}, true)
			return true
		}
		if !ok || !p.punct(i+3, sep) || !p.adj(i+3) {
			return false
		}
		u := p.t(i + 4)
		if u.kind != tNum || u.sep || !p.adj(i+4) || (u.ndig != 2 && u.ndig != 4) || sep == '-' && u.ndig != 4 || p.adj(i+5) && (p.t(i+5).kind != tPunct || p.punct(i+5, '/') || p.punct(i+5, '-')) {
			return false
		}
		y := u.number()
		if u.ndig == 2 {
			y += 1900
			if y < 1930 {
				y += 100
			}
		}
		m := t.number()
		if m > 12 && d <= 12 || m <= 12 && d <= 12 && p.dayFirst() {
			m, d = d, m // "24/07/2024", or "09/06/2024" beside it
		} else if m <= 12 && d <= 12 && m != d && p.hasDCT && p.dct.Year() == y && int(p.dct.Month()) == d && p.dct.Day() == m {
			// "Published 02/10/2027, 07:15" on 2 October: the page's own
			// date, read day first.
			m, d = d, m
		}
		if m >= 1 && m <= 12 && validDay(y, m, d) {
			// Either order fits "09/06/2024": the text's style decides.
			*out = dateMatch(i+5, point{y: y, m: m, d: d, g: gDay}, m != d && m <= 12 && d <= 12)
			return true
		}
		return false
	}
	// Year first with slashes: "2024/07/24".
	if t.ndig == 4 && p.punct(i+1, '/') && p.adj(i+1) {
		if m, ok := num(i+2, 2); ok && p.punct(i+3, '/') && p.adj(i+3) {
			if d, ok := num(i+4, 2); ok && m >= 1 && m <= 12 && validDay(t.number(), m, d) && !(p.adj(i+5) && p.t(i+5).kind != tPunct) {
				*out = dateMatch(i+5, point{y: t.number(), m: m, d: d, g: gDay}, false)
				return true
			}
		}
		return false
	}
	return false
}

// dottedDate reports a European date with dots at i: "24.07.2024".
func (p *parser) dottedDate(i int) bool {
	_, _, _, ok := p.dotted(i)
	return ok
}

// dotted reads "DD.MM.YYYY" (or "D.M.YYYY") at token i, which the scanner
// keeps as one number.
func (p *parser) dotted(i int) (d, m, y int, ok bool) {
	t := p.t(i)
	if t.kind != tNum || !t.sep || t.ndig > 2 || p.adj(i) && p.t(i-1).kind != tPunct || p.adj(i+1) && p.t(i+1).kind == tWord {
		return 0, 0, 0, false
	}
	w := p.text[t.start:t.end]
	var parts [3]int
	n, digits := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '.':
			if n == 2 || digits == 0 {
				return 0, 0, 0, false
			}
			n, digits = n+1, 0
		case c >= '0' && c <= '9':
			parts[n] = parts[n]*10 + int(c-'0')
			digits++
			if digits > 4 || n < 2 && digits > 2 {
				return 0, 0, 0, false
			}
		default:
			return 0, 0, 0, false // "12,000"
		}
	}
	d, m, y = parts[0], parts[1], parts[2]
	if n != 2 || digits != 4 || y < 1900 || y > 2199 || m < 1 || m > 12 || !validDay(y, m, d) {
		return 0, 0, 0, false
	}
	return d, m, y, true
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
	hyph := p.punct(j, '-') && p.adj(j)
	if hyph {
		j++
	}
	if n == 0 || !p.is(j, "century") {
		return false
	}
	e := j + 1
	if hyph && p.key(i, kThe) && p.t(e).kind == tWord && !p.isAny(e, "and", "or") && !p.key(e, kBC) && !p.key(e, kAD) {
		return false // "the 14th-century Basilica": the article is the noun's
	}
	if p.key(e, kBC) {
		*out = match{end: e + 1, typ: Date, value: "BC" + pad(n-1, 2)}
		return true
	}
	if p.key(e, kAD) {
		e++
	}
	pt := point{y: (n - 1) * 100, n: n - 1, g: gCentury}
	*out = match{end: e, typ: Date, value: pad(n-1, 2), pt: pt, hasPt: true}
	return true
}

// ruleSpokenYear: "nineteen ninety-six", "the year two thousand".
func ruleSpokenYear(p *parser, i int, out *match) bool {
	j := i
	if p.key(j, kThe) && p.is(j+1, "year") {
		j += 2
		if t := p.t(j); t.kind == tNum && t.ndig == 4 && !t.sep && !(p.adj(j+1) && (p.t(j+1).kind == tWord || p.punct(j+1, '-') || p.punct(j+1, '/'))) {
			// "the year 2000": one expression, the year.
			*out = dateMatch(j+1, point{y: t.number(), g: gYear}, false)
			return true
		}
	}
	y, e, ok := p.spokenYear(j, j > i)
	if !ok {
		return false
	}
	*out = dateMatch(e, point{y: y, g: gYear}, false)
	return true
}

// spokenYear reads a year in words at j: "nineteen ninety-four", "two
// thousand and three" (only after "the year": thousand alone is a count).
func (p *parser) spokenYear(j int, thousand bool) (y, e int, ok bool) {
	t := p.t(j)
	if t.kind != tWord || t.lx.cls != cNumber {
		return 0, j, false
	}
	e = j + 1
	switch hi := t.lx.val(); {
	case hi >= 10 && hi <= 20 && p.cls(e, cNumber) && p.t(e).lx.val() >= 10:
		lo := p.t(e).lx.val()
		e++
		if lo >= 20 && lo%10 == 0 && p.punct(e, '-') && p.adj(e) && p.cls(e+1, cNumber) && p.t(e+1).lx.val() < 10 {
			lo += p.t(e + 1).lx.val()
			e += 2
		}
		if lo > 99 {
			return 0, j, false
		}
		y = hi*100 + lo
	case hi == 2 && p.is(e, "thousand") && thousand:
		y, e = 2000, e+1
		if p.is(e, "and") && p.cls(e+1, cNumber) && p.t(e+1).lx.val() < 20 {
			y, e = 2000+p.t(e+1).lx.val(), e+2
		}
	default:
		return 0, j, false
	}
	return y, e, true
}

// shortYear reads a two-digit year: "'68" is 1968, but "'24" in a text of
// 2024 is 2024. Up to ten years past the reference date counts as this
// century.
func (p *parser) shortYear(n int) int {
	base, ok := p.base()
	if !ok {
		return 1900 + n
	}
	// The year of those two digits nearest the time told, up to ten years
	// ahead of it: "in '98" in 2026 news, "the summer of '89" in a history
	// of the French Revolution.
	y := base.Year()/100*100 + n
	if y > base.Year()+10 {
		y -= 100
	}
	return y
}

// spanYear reads a year written with the next one, as fiscal years and
// seasons are ("2023-24", "2024/25"): the year it ends in, and the token
// after it.
func (p *parser) spanYear(j int) (int, int, bool) {
	t := p.t(j)
	if t.kind != tNum || t.sep || t.ndig != 4 || t.number() < 1800 || t.number() > 2199 || !(p.punct(j+1, '-') || p.punct(j+1, '/')) || !p.adj(j+1) || !p.adj(j+2) {
		return 0, j, false
	}
	if p.adj(j) && p.t(j-1).kind != tPunct {
		return 0, j, false
	}
	n := p.t(j + 2)
	if n.kind != tNum || n.sep || n.ndig != 2 || n.number() != (t.number()+1)%100 || p.adj(j+3) && (p.t(j+3).kind != tPunct || p.punct(j+3, '-') || p.punct(j+3, '/')) {
		return 0, j, false
	}
	return t.number() + 1, j + 3, true
}

// periodAfter reports a word at e that makes a year span one period: "2023-24
// fiscal", "2018-19 financial year", "2019-20 season", "2024/25 budget".
func (p *parser) periodAfter(e int) bool {
	if p.key(e, kFiscal) {
		return true
	}
	switch p.word(e) {
	case "financial", "season", "seasons", "budget", "budgets", "tax", "school", "academic", "crop", "marketing", "sugar", "winter", "term":
		return true
	}
	return false
}

// spanPeriod returns the token after a period named at e right after a
// year span, "season" or "school year" ("the 2024-25 season"), or e.
func (p *parser) spanPeriod(e int) int {
	switch {
	case p.isAny(e, "season", "cycle"):
		return e + 1
	case p.isAny(e, "school", "academic", "marketing", "crop", "admissions") && p.isAny(e+1, "year", "cycle", "season"):
		return e + 2 // "the 2027-28 marketing year", "the 2026-27 admissions cycle"
	}
	return e
}

// fiscalText reports a text that names fiscal years ("fiscal", "FY24",
// "financial year"): its "2021-22" is one.
func (p *parser) fiscalText() bool {
	return p.textHas(&p.fiscal, "fiscal", "Fiscal", "FY", "financial year", "tax year", "Budget day", "'s Budget")
}

// eraYear returns the first year of the Japanese imperial era named w.
func eraYear(w string) (int, bool) {
	switch w {
	case "Reiwa":
		return 2019, true
	case "Heisei":
		return 1989, true
	case "Showa":
		return 1926, true
	}
	return 0, false
}

// fyText reports a text that labels periods by fiscal year with a code:
// "Q2FY26", "FY25", "FY2024".
func (p *parser) fyText() bool {
	return p.textHas(&p.fyCodes, "FY1", "FY2")
}

// fiscalAhead reports a text that names the fiscal year after calendar
// year y as "fiscal 2027" or "fiscal year 2027": a company whose fiscal
// year, named by the year it ends in, is already running in October 2026.
func (p *parser) fiscalAhead(y int) bool {
	if p.fyAhead == 0 {
		p.fyAhead = 1
		if y > 0 && y < 9999 {
			n := strconv.Itoa(y + 1)
			for _, s := range [...]string{"fiscal " + n, "fiscal year " + n, "Fiscal " + n, "Fiscal year " + n} {
				if k := strings.Index(p.text, s); k >= 0 && (k+len(s) == len(p.text) || p.text[k+len(s)] < '0' || p.text[k+len(s)] > '9') {
					p.fyAhead = 2
					break
				}
			}
		}
	}
	return p.fyAhead == 2
}

// textHas reports whether the text contains any of words, scanning it once
// per Tag call: cache is 0 before, 1 for no and 2 for yes.
func (p *parser) textHas(cache *int8, words ...string) bool {
	if *cache == 0 {
		*cache = 1
		for _, w := range words {
			if strings.Contains(p.text, w) {
				*cache = 2
				break
			}
		}
	}
	return *cache == 2
}

// isAny reports whether the word at k is one of words, in any case.
func (p *parser) isAny(k int, words ...string) bool {
	t := p.t(k)
	if t.kind != tWord {
		return false
	}
	w, c := p.text[t.start:t.end], t.c|0x20
	for _, s := range words {
		// The first byte, kept in the token, settles most mismatches (both
		// folded, as "£" is a word too).
		if len(s) == len(w) && s[0]|0x20 == c && lowerEq(w, s) {
			return true
		}
	}
	return false
}

// lowerEq reports whether w, as long as s, is s (lower case) in any case.
func lowerEq(w, s string) bool {
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

// fiscalYearAt reads a fiscal year named at k, "of" before it or not: "of
// fiscal 2024", "fiscal year 2023-24", "of FY24", "of the 2023-24 fiscal".
// It returns the year that names the fiscal year and the token after it.
func (p *parser) fiscalYearAt(k int) (int, int, bool) {
	if p.is(k, "of") {
		k++
	}
	if p.key(k, kThe) {
		k++
	}
	if p.key(k, kFiscal) {
		j := k + 1
		if p.is(j, "year") && !p.t(j).lx.plural {
			j++
		}
		if y, e, ok := p.spanYear(j); ok {
			return y, e, true
		}
		if y, e, ok := p.yearAt(j); ok && p.t(j).kind == tNum {
			return y, e, true
		}
		return 0, k, false
	}
	var m match
	if p.codeLetter(k) == 'F' && ruleCode(p, k+1, &m) && m.hasPt {
		return m.pt.y, m.end, true
	}
	if y, e, ok := p.spanYear(k); ok && (p.key(e, kFiscal) || p.is(e, "financial") && p.is(e+1, "year")) {
		e++
		if p.is(e, "year") {
			e++
		}
		return y, e, true
	}
	return 0, k, false
}

// splitYear reports a year at j written with the next after a slash, as
// fiscal years and seasons are: "2024/25", "2024/2025".
func (p *parser) splitYear(j int) bool {
	t, n := p.t(j), p.t(j+2)
	if t.kind != tNum || t.ndig != 4 || !p.punct(j+1, '/') || !p.adj(j+1) || n.kind != tNum || n.sep || !p.adj(j+2) || p.adj(j+3) && !p.punct(j+3, '.') && !p.punct(j+3, ',') {
		return false
	}
	y := t.number()
	return n.ndig == 2 && n.number() == (y+1)%100 || n.ndig == 4 && n.number() == y+1
}

// dayFirst reports a text that writes numeric dates day first: one of its
// slashed dates starts with a day past 12 ("31/05/2024") while none has a
// second number past 12. It is read once, at the first ambiguous date.
func (p *parser) dayFirst() bool {
	if p.style == 0 {
		p.style = numericStyle(p.text)
	}
	return p.style == 2
}

// numericStyle scans text for dates written "a/b/yyyy" and returns 2 when
// they are day first, else 1.
func numericStyle(text string) int8 {
	dayFirst := false
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '/')
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		a, b := k, k+1
		for a > 0 && a > k-2 && isDigit(text[a-1]) {
			a--
		}
		for b < len(text) && b < k+3 && isDigit(text[b]) {
			b++
		}
		if a == k || b == k+1 || b >= len(text) || text[b] != '/' || a > 0 && isDigit(text[a-1]) {
			continue
		}
		x, y := atoi2(text[a:k]), atoi2(text[k+1:b])
		switch {
		case y > 12 && x <= 12:
			return 1 // "07/24/2024": month first
		case x > 12 && y <= 12:
			dayFirst = true
		}
	}
	if dayFirst {
		return 2
	}
	return 1
}

// atoi2 reads one or two digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// oldYearBefore reports a year of four digits at k or k-1, the start of a
// range: "from about 1405 to 1420".
func (p *parser) oldYearBefore(k int) bool {
	for n := k; n >= k-1 && n >= 0; n-- {
		if t := p.t(n); t.kind == tNum && !t.sep && t.ndig == 4 && t.number() >= 1000 {
			return true
		}
	}
	return false
}

// clauseVerbAhead reports a finite verb within a few words from token k,
// before any punctuation: the subject phrase before it ends there.
func (p *parser) clauseVerbAhead(k int) bool {
	for j := k; j < k+6 && p.real(j); j++ {
		t := p.t(j)
		if t.kind != tWord {
			return false
		}
		if p.isAny(j, "have", "has", "had", "were", "was", "are", "is") || p.tenseOf(j, false) < 0 {
			return true
		}
	}
	return false
}
