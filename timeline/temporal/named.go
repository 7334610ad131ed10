package temporal

import (
	"math"
	"strings"
	"time"
)

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
	// "the austral summer": the southern hemisphere's, wherever the text
	// is written.
	austral := !the && p.cls(j, cSeason) && p.is(j-1, "austral") && p.key(j-2, kThe)
	if austral {
		the = true // read at the season, with "the austral" before it
	}
	t := p.t(j)
	if t.kind != tWord || t.lx.cls != cSeason {
		return false
	}
	s := t.lx.val()
	e := j + 1
	if p.cls(e, cHoliday) && (p.t(e).lx.val() == hEquinox || p.t(e).lx.val() == hSolstice) {
		return false // "the summer solstice", read at "solstice"
	}
	if s == sSpring && t.cap && p.is(e, "festival") && p.t(e).cap {
		// China's "Spring Festival" is the Lunar New Year.
		y, _, ok := p.movableYear(j, hLunar)
		if !ok {
			return false
		}
		m, d := holidayDate(hLunar, y)
		if m == 0 {
			return false
		}
		pt := point{y: y, m: m, d: d, g: gDay}
		*out = match{end: e + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true}
		return true
	}
	if s == sFall && t.cap && p.is(j, "autumn") && !the && p.punct(j-1, '-') && p.key(j-2, kMid) && p.t(j-2).cap {
		// The "Mid-Autumn Festival", Korea's Chuseok.
		if !holiday(p, j, hChuseok, out) {
			return false
		}
		out.lead = 2
		if p.key(j-3, kThe) {
			out.lead = 3
		}
		if p.is(out.end, "festival") || p.is(out.end, "holiday") {
			out.end++
		}
		if fp, ok := p.fellOn(i, out.end, out.pt); ok {
			out.pt, out.value = fp, fp.String()
		}
		return true
	}
	// An explicit year: "summer 1998", "the spring of 1916", "summer, 1998".
	k := e
	if p.is(k, "of") || p.punct(k, ',') {
		k++
	}
	if y, ye, ok := p.yearOrWords(k); ok && p.plausibleYear(k, true) || p.is(k-1, "of") && p.punct(k, '\'') && p.adj(k+1) && p.t(k+1).kind == tNum && p.t(k+1).ndig == 2 && !(p.adj(k+2) && p.t(k+2).kind != tPunct) {
		if !ok {
			y, ye = p.shortYear(p.t(k+1).number()), k+2 // "the summer of '69"
		}
		if n := p.t(ye + 1); (p.punct(ye, '-') || p.punct(ye, '/')) && p.adj(ye) && p.adj(ye+1) && n.kind == tNum && n.ndig == 2 && n.number() == (y+1)%100 {
			ye += 2 // "the winter of 2025-26": named by its first year
		}
		if the && k == e && p.isAny(ye, "semester", "term", "season", "intake", "session", "collection", "edition") {
			return false // "the [fall 2027] semester": "the" is the semester's
		}
		pt := point{y: y, n: s, g: gSeason}
		*out = match{end: ye, typ: Date, value: pt.String(), pt: pt, hasPt: true}
		return true
	}
	// A pair whose second season carries the year: "the summer and autumn
	// of 481 BC", "summer and autumn 1918".
	if y, ok := p.pairYear(e); ok {
		pt := point{y: y, n: s, g: gSeason}
		*out = match{end: e, typ: Date, value: pt.String()}
		return true
	}
	if t.cap && p.is(e, "of") && p.t(e+1).kind == tWord && p.t(e+1).cap {
		// A season named like a proper noun is a period of history: "the
		// Summer of Love" is 1967's, "the Winter of Discontent" 1978-79's.
		// An unknown one ("the Summer of Sport") is a name, not a date.
		for _, n := range namedSeasons {
			if s == n.season && p.is(e+1, n.name) {
				pt := point{y: n.year, n: s, g: gSeason}
				*out = match{end: e + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true}
				return true
			}
		}
		return false
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
	if (s == sSpring || s == sSummer) && p.is(e, "bank") && p.is(e+1, "holiday") && !p.t(e+1).lx.plural {
		// Britain's "spring bank holiday" (the last Monday of May) and
		// "summer bank holiday" (the last Monday of August).
		m := 5
		if s == sSummer {
			m = 8
		}
		y, rel := p.guessYear(i, m, 25)
		if y == noYear {
			return false
		}
		pt := point{y: y, m: m, d: nthWeekday(y, m, time.Monday, 5), g: gDay}
		*out = match{end: e + 2, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
		return true
	}
	if p.isAny(e, "terms", "semesters") {
		return false // "the spring and summer terms"
	}
	if s == sSpring && p.isAny(e, "tide", "tides") {
		return false // "the next spring tide": the tide at new and full moon
	}
	// "in the summer season", "not operate in the winter season": the
	// season with its noun.
	named := the && !p.ref.Narrative && p.is(e, "season") && !p.t(e).lx.plural && !p.is(e+1, "of")
	event := !p.ref.Narrative && (s != sFall || p.isAny(e, "term", "semester")) && p.isAny(e, "holidays", "holiday", "recess", "break", "schedule", "timetable", "window", "sitting", "term", "semester") && !(s == sSpring && p.is(e, "break"))
	if the && event {
		return false // "the summer holidays": the season alone, read at "summer"
	}
	event = event && !the && p.t(i-1).kind != tNum
	second := !the && (p.is(i-1, "and") || p.is(i-1, "or")) && (p.cls(i-2, cSeason) || p.is(i-2, "autumn"))
	hyphened := !the && p.punct(i-1, '-') && p.adj(i) && (p.key(i-2, kMid) || p.key(i-2, kEarly) || p.key(i-2, kLate))
	modified := !the && (p.key(i-1, kEarly) || p.key(i-1, kLate) || p.key(i-1, kMid) || hyphened)
	if s == sFall && !p.is(i, "autumn") && (!the && !second && !modified || p.is(e, "of")) {
		return false
	}
	if s == sFall && the && !austral && p.is(j, "fall") && p.is(e, "in") && !p.t(e+1).cap && !p.isAny(i-1, "in", "during", "by", "until", "till", "through", "since", "over", "for", "before", "after", "from", "into", "of", "this", "last", "next") {
		return false // "strip out the fall in imports": a drop, not the season
	}
	if s == sFall && the && !austral && p.is(j, "fall") && p.isAny(e, "showed", "shows", "reflects", "reflected", "means", "meant", "suggests", "suggested", "follows", "followed", "comes", "came", "leaves", "left", "takes", "took") && !p.isAny(i-1, "in", "during", "by", "until", "till", "through", "since", "over", "for", "before", "after", "from", "into", "of", "this", "last", "next") {
		return false // "a spokesperson said the fall showed the plan is working": a drop, not the season
	}
	if s == sFall && the && !austral && p.is(j, "fall") && (p.isAny(i-1, "cushioned", "cushion", "cushions", "offset", "offsets", "softened", "soften", "explained", "explain", "explains", "reversed", "reverse", "halted", "halt", "stemmed", "stem", "slowed", "deepened", "steepened") || p.is(i-1, "of") && p.isAny(i-2, "much", "most", "part", "half", "some", "rest", "all")) {
		return false // "cushioned the fall", "explained much of the fall": a drop, not the season
	}
	if s == sSummer && p.is(e, "time") && !p.t(e).cap && !p.t(j).cap && !(the && p.isAny(i-1, "in", "during", "over")) {
		return false // "what the end of summer time means", "the switch to summer time": daylight saving
	}
	if s == sWinter && p.is(e, "time") && !p.t(e).cap && !p.t(j).cap && j == i && (p.isAny(i-1, "or", "and") && (p.is(i-2, "summer") || p.is(i-2, "time") && p.is(i-3, "summer")) || p.isAny(i-1, "permanent", "standard") || p.is(i-1, "to") && p.isAny(i-2, "back", "switch", "return", "returns", "revert", "reverts", "change", "changes")) {
		return false // "keep summer or winter time", "the switch back to winter time": the clock kept, not the season
	}
	if s == sFall && the && p.is(j, "fall") && p.t(j-1).cap && p.opensSentence(j-1) && p.punct(e, '.') && p.t(e+1).cap && !p.isAny(e-3, "in", "during", "by", "until", "since", "before", "after", "this", "last", "next") {
		return false // an explainer's heading, "The fall. A rival agreed to buy ...": a collapse
	}
	if !p.t(e).cap && p.isAny(e, "barley", "wheat", "oats", "rye", "oilseed", "rapeseed", "canola", "onion", "onions", "squash", "roll", "rolls") {
		return false // "our spring barley", "the winter wheat", "spring onions": a kind sown or sold, not a date
	}
	// A season modifying a noun after an article or a possessive: "the
	// autumn calendar", "its spring season", "the department's summer
	// hydrant-flushing program". The article is the noun's, so the season
	// stands alone; not after "a" ("a winter storm" is any winter's).
	// "Bookings for the summer open at 9am": a verb after the season, no
	// noun it modifies.
	verbAfter := !p.t(e).cap && p.isAny(e, "open", "opens", "close", "closes", "start", "starts", "begin", "begins", "end", "ends")
	attr := !the && !t.cap && (s != sFall || p.is(i, "autumn")) && (p.key(i-1, kThe) || p.isAny(i-1, "its", "their", "his", "her", "our", "my", "your") || p.is(i-1, "s") && p.punct(i-2, '\'') && p.adj(i-1) && p.adj(i-2)) &&
		p.t(e).kind == tWord && !p.adj(e) && !p.t(e).nl && (p.nounAhead(e) && !p.t(e).cap || p.t(e).cap && !p.opensSentence(e) || p.isAny(e, "season", "seasons", "calendar")) && !verbAfter
	nears := p.is(e, "approaches") || p.is(e, "nears") || p.is(e, "looms") || p.is(e, "arrives")
	edge := p.is(i-1, "of") && (p.key(i-2, kStart) || p.key(i-2, kEnd) || p.key(i-2, kBeginning) || p.key(i-2, kMiddle)) && p.key(i-3, kThe)
	// "after a wet spring", "planning for a cautious spring": a season an
	// adjective of weather or trade judges, after what it explains.
	judged := !t.cap && !the && (monthAdjective(p.word(i-1)) || p.isAny(i-1, "cautious", "sluggish", "soft")) && !p.t(i-1).cap &&
		(p.key(i-2, kA) || p.punct(i-2, ',') && monthAdjective(p.word(i-3)) && p.key(i-4, kA)) && p.isAny(i-3, "after", "for", "blamed", "by")
	if !the && !second && !modified && !nears && !edge && !event && !attr && !judged && !(i > 0 && (p.isAny(i-1, "in", "during", "by", "since", "until", "before", "after", "through", "throughout", "till") || p.is(i-1, "from") && !p.cls(i+1, cSeason))) {
		return false // but "as winter approaches"
	}
	if w := p.word(e); !nears && !event && !named && !attr && !hyphened && !verbAfter && p.cls(e, cNone) && p.t(e).kind == tWord && !p.t(e).cap && !p.adj(e) && p.nounAhead(e) && !(the && irregularPast(w)) && // "the summer made matters worse"
		!(len(w) > 3 && w[len(w)-1] == 's' && (p.determiner(e+1) || p.adverb(e+1) || p.isAny(e+1, "very", "more", "less", "so", "too", "even", "worse", "better", "harder", "tougher") || p.isAny(e, "draws", "ends", "begins", "starts", "closes", "opens", "comes", "goes", "wears", "turns", "runs") && (p.is(e+1, "to") || p.is(e+1, "on") || p.t(e+1).kind == tPunct))) {
		// but "the autumn gets very hard": the season and its verb
		return false // "the summer camp", "in winter clothes"
	}
	if n := p.t(e); t.cap && !the && j == i && n.kind == tWord && n.cap && n.lx.cls == cNone && !n.nl && !p.adj(e) && !p.opensSentence(e) && !p.opensSentence(j) && !p.t(j).nl && !p.isUpper(e) && !p.headline(j) && !p.isAny(e, "i", "and", "or") {
		// "Winter Storm Uri", "Spring Valley": a season that opens a name
		// mid-sentence.
		return false
	}
	if n, n2 := p.t(e), p.t(e+1); the && t.cap && !p.opensSentence(j) && n.kind == tWord && n.cap && n.lx.cls == cNone && n2.kind == tWord && n2.cap && n2.lx.cls == cNone && !p.isUpper(e) && !n.nl {
		return false // "without the Winter Fuel Payment": a name the season opens
	}
	if t.cap && p.t(e).kind == tWord && p.t(e).cap && !p.t(e).nl && !p.opensSentence(e) && p.isAny(e, "budget", "statement", "olympics", "olympic", "games", "palace", "school", "session", "time", "street", "house", "solstice") {
		// "The Autumn Budget", "the Spring Statement", "the Winter
		// Olympics", "the Summer Time Act": names, not seasons ("the
		// Spring Offensive" of 1918 is one).
		return false
	}
	ns := p.hemisphere(s)
	if austral {
		ns = southernSeason(s)
	}
	y, rel := p.guessYear(i, seasonMonth[ns], 0)
	if ns == sWinter && y != noYear && !p.ref.Narrative {
		y-- // a winter is named by its December: January 2023 is in winter 2022
	}
	if base, ok := p.base(); ok && y != noYear && !p.ref.Narrative && p.key(i, kThe) && p.is(i-1, "of") {
		// "smog would reach its worst level of the summer", said in August:
		// the summer under way, not the next.
		if cur := seasonNow(base); cur.n == ns && cur.y != y && p.tense(i) > 0 {
			y = cur.y
		}
	}
	if y != noYear && !p.ref.Narrative && !p.nested && p.isAny(e, "term", "semester") {
		// "The spring term opens with a training day on Tuesday 4
		// January": the year of the day its sentence gives it.
		p.nested = true
		for k := e + 1; k < e+16 && p.real(k) && !p.sentenceEnd(k); k++ {
			var m match
			if t := p.t(k); t.kind == tWord && t.cap && (t.lx.cls == cWeekday || t.lx.cls == cMonth) || t.kind == tNum && t.ndig <= 2 && p.cls(k+1, cMonth) {
				if p.best(k, &m) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
					y = m.pt.y
					break
				}
			}
		}
		p.nested = false
	}
	if n := len(p.out); second && n > 0 && p.out[n-1].End == int(p.t(i-2).end) {
		// The first season's year: "the fall and winter of 1775".
		if v := p.out[n-1].Value; len(v) == 7 && v[4] == '-' {
			if py := atoiYear(v[:4]); py != noYear {
				y = py
			}
		}
	}
	if named {
		if y == noYear {
			return false
		}
		e++
	}
	if the && p.is(e, "months") && !p.is(e+1, "of") {
		e++ // "during the winter months"
	}
	if y == noYear {
		*out = match{end: e, typ: Date, value: "XXXX-" + seasonCode[s], rel: true}
		return true
	}
	pt := point{y: y, n: s, g: gSeason}
	*out = match{end: e, typ: Date, value: pt.String(), rel: rel, pt: pt, hasPt: true, lead: 2 * boolInt(austral)}
	return true
}

// namedSeasons are seasons history knows by name; a winter is named by its
// December.
var namedSeasons = [...]struct {
	season int
	name   string
	year   int
}{
	{sSummer, "love", 1967},       // the hippie summer in San Francisco
	{sWinter, "discontent", 1978}, // Britain's strikes of 1978-79
	{sSummer, "sam", 1977},        // New York's "Son of Sam" summer
}

// southern reports a text written in the southern hemisphere, whose seasons
// are the north's six months on: a clock zone of Australia or New Zealand
// read so far (zone sets south), a dateline city south of the equator, or,
// in news, two mentions of such places in the headline and lede.
func (p *parser) southern() bool {
	if p.south == 0 {
		p.south = 1
		if southernText(p.text, !p.ref.Narrative) {
			p.south = 2
		}
	}
	return p.south == 2
}

var (
	southDatelines = []string{"SYDNEY", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE", "CANBERRA", "HOBART", "DARWIN", "TOWNSVILLE", "AUCKLAND", "WELLINGTON", "CHRISTCHURCH", "JOHANNESBURG", "CAPE TOWN", "PRETORIA", "DURBAN", "BUENOS AIRES", "SANTIAGO", "MONTEVIDEO", "SAO PAULO", "SÃO PAULO", "RIO DE JANEIRO", "BRASILIA", "BRASÍLIA"}
	southPlaces    = []string{"Australia", "New Zealand", "South Africa", "Argentin", "Chile", "Uruguay", "Sydney", "Melbourne", "Brisbane", "Queensland", "NSW", "Auckland", "Johannesburg", "Cape Town", "Buenos Aires", "Gauteng", "Eastern Cape", "Western Cape", "KwaZulu", "Tasmania", "Canberra", "Adelaide"}
)

// southHead is how much of a text's start holds its headline, byline,
// dateline and lede.
const southHead = 600

// southStates are the Australian states a dateline names after its town:
// "KILMARA, Victoria - ".
var southStates = []string{"Victoria", "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Northern Territory"}

func southernText(text string, count bool) bool {
	head := text[:min(len(text), southHead)]
	for _, c := range southDatelines {
		if strings.Contains(head, c) {
			return true
		}
	}
	for rest := head; ; {
		k := strings.Index(rest, ", ")
		if k < 0 {
			break
		}
		rest = rest[k+2:]
		for _, s := range southStates {
			if strings.HasPrefix(rest, s) && (strings.HasPrefix(rest[len(s):], " - ") || strings.HasPrefix(rest[len(s):], " (")) {
				return true
			}
		}
	}
	if !count {
		return false // a history of the First World War names Australia often
	}
	if lede := text[:min(len(text), 4*southHead)]; strings.Contains(lede, "Waitangi") || strings.Contains(lede, "Matariki") || strings.Contains(lede, "Aotearoa") {
		return true // New Zealand's own days and name: "because Waitangi Day falls on a Saturday"
	}
	n := 0
	for _, w := range southPlaces {
		n += strings.Count(head, w)
	}
	return n >= 2
}

// hemisphere returns the northern season whose months season s covers in
// the text's hemisphere: a southern summer is a northern winter, and like it
// is named by the year of its December.
func (p *parser) hemisphere(s int) int {
	if !p.southern() {
		return s
	}
	return southernSeason(s)
}

// southernSeason returns the northern season whose months southern season
// s covers: a southern summer is a northern winter.
func southernSeason(s int) int {
	return [...]int{0, sFall, sWinter, sSpring, sSummer}[s]
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
	case p.isAny(i, "off", "out", "ahead", "away", "again", "too", "here", "there", "alone", "then", "now", "instead"):
		return false // "take the summer off"
	case p.is(i, "when"), p.is(i, "as"), p.is(i, "with"), p.is(i, "had"), p.is(i, "brought"), p.is(i, "saw"),
		p.is(i, "and"), p.is(i, "or"), p.is(i, "to"), p.is(i, "in"), p.is(i, "on"), p.is(i, "at"), p.is(i, "for"),
		p.is(i, "was"), p.is(i, "were"), p.is(i, "is"), p.is(i, "of"), pronoun(p.word(i)),
		p.isAny(i, "but", "yet", "so", "after", "before", "until", "because", "while", "than", "that", "which", "by", "from", "are", "has", "have", "will", "would", "could"),
		p.isAny(i, "most", "many", "some", "all", "few", "several", "both", "each", "none", "every", "no", "this", "these", "those", "its", "his", "her", "their", "our", "the", "a", "an"),
		p.isAny(i, "if", "unless", "once", "whether", "though", "although", "since", "where", "then"),
		p.isAny(i, "did", "does", "do", "can", "may", "might", "should", "must", "shall", "cannot"):
		// ... "Back in the spring most of us thought", "in the summer the
		// river fell"
		return false // "Since the autumn it has climbed", "frail since the autumn but working"
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
	hEid       // "Eid" alone: whichever Eid lies nearest
	hEidFitr   // "Eid al-Fitr", "Eid-ul-Fitr"
	hEidAdha   // "Eid al-Adha", "Eid ul-Azha"
	hNowruz    // the Persian new year, at the March equinox
	hRosh      // "Rosh Hashanah"
	hYomKippur // "Yom Kippur"
	hPassover  // "Passover": its first day, 15 Nisan
	// The feasts that move with Easter, by their offset from it.
	hPentecost // "Pentecost", "Whitsun", "Whit Sunday"
	hWhitMonday
	hAscension  // "Ascension Day"
	hAshWed     // "Ash Wednesday"
	hPalm       // "Palm Sunday"
	hMaundy     // "Maundy Thursday"
	hMLK        // "Martin Luther King Jr. Day", "MLK Day": the third Monday of January
	hBlack      // "Black Friday", the day after Thanksgiving
	hCyber      // "Cyber Monday", the Monday after it
	hVE         // "VE Day", 8 May 1945
	hVJ         // "VJ Day", 15 August 1945
	hDDay       // "D-Day", 6 June 1944
	hVictory    // "Victory Day", May 9, as Russia marks the end of the war each year
	hDiwali     // "Diwali", "Deepavali": the night of Lakshmi Puja
	hDhanteras  // two days before Diwali
	hVictoria   // Canada's "Victoria Day": the Monday before May 25
	hFreedom    // South Africa's "Freedom Day", 27 April
	hTax        // "Tax Day" in the United States, April 15
	hGolden     // Japan's "Golden Week": the ISO week of May 3
	hObon       // Japan's "Obon": the ISO week of August 15
	hRamadan    // "Ramadan": the month of fasting, valued by the calendar unit that holds it
	hLent       // "Lent": Ash Wednesday to Holy Saturday, valued like Ramadan
	hOrthodox   // "Orthodox Easter": Easter by the Julian calendar
	hOrthXmas   // "Orthodox Christmas": January 7
	hNational   // "National Day": the country's (nationalDay)
	hFoundation // Korea's "National Foundation Day", October 3
	hHangeul    // Korea's "Hangeul Day", October 9
	hChuseok    // "Chuseok", the "Mid-Autumn Festival": the 15th day of the eighth lunar month
	hPatrick    // "St Patrick's Day", March 17
	hGeorge     // "St George's Day", April 23
	hAndrew     // "St Andrew's Day", November 30
	hDavid      // "St David's Day", March 1
	hAllSaints  // "All Saints' Day", November 1
	hAllSouls   // "All Souls' Day", November 2
	hKings      // "King's Day", the Netherlands: April 27, or the 26th when that is a Sunday
	hEpiphany   // "Epiphany", January 6
	hAssumption // "the Assumption", "Assumption Day", August 15
	hBonfire    // "Bonfire Night", "Guy Fawkes Night", November 5
	hEarth      // "Earth Day", April 22
	hWomen      // "International Women's Day", March 8
	hGroundhog  // "Groundhog Day", February 2
	hColumbus   // "Columbus Day": the second Monday of October
	hPresidents // "Presidents' Day": the third Monday of February
	hMother     // "Mother's Day", as the United States keeps it: the second Sunday of May
	hMothering  // "Mothering Sunday": three weeks before Easter
	hFather     // "Father's Day": the third Sunday of June
	hRemembSun  // "Remembrance Sunday": the second Sunday of November
	hShrove     // "Shrove Tuesday", "Fat Tuesday", "Mardi Gras", "Pancake Day": 47 days before Easter
	hHanukkah   // "Hanukkah": its first day, 25 Kislev
	hPurim      // "Purim", 14 Adar
	hShavuot    // "Shavuot", 6 Sivan
	hSukkot     // "Sukkot": its first day, 15 Tishrei
	hLantern    // "the Lantern Festival": the 15th day of the lunar year
	hDemocracy  // Nigeria's "Democracy Day", June 12
	hCarnival   // "Carnival" in Rio or Venice: from the Friday before Ash Wednesday to Ash Wednesday, valued like Ramadan
	hJapanLabor // Japan's "Labour Thanksgiving Day", November 23
	hSmallBiz   // "Small Business Saturday": two days after Thanksgiving
	hArafat     // "the Day of Arafat": the day before Eid al-Adha
	hTarwiyah   // "the Day of Tarwiyah": two days before Eid al-Adha
	hFoundJP    // Japan's "National Foundation Day", February 11
	hCorpus     // "Corpus Christi": 60 days after Easter
	hShawwal    // "Shawwal", the month after Ramadan: read only with its day ("8 Shawwal")
	hFamily     // Canada's "Family Day": the third Monday of February
	hEquinox    // "the equinox", "the spring equinox": March's or September's
	hSolstice   // "the summer solstice", "the winter solstice": June's or December's
	hHijja      // "Dhul Hijja", the month of the Hajj: read only with its day ("8 Dhul Hijja")
	hSuperSat   // "Super Saturday", retail's last Saturday before Christmas
	hJPVernal   // Japan's "Vernal Equinox Day": the March equinox in Japan's time
	hJPAutumn   // Japan's "Autumnal Equinox Day": the September equinox in Japan's time
	hJPAged     // Japan's "Respect for the Aged Day": the third Monday of September
	hJPAge      // Japan's "Coming of Age Day": the second Monday of January
	hJPMarine   // Japan's "Marine Day": the third Monday of July
	hJPMountain // Japan's "Mountain Day", August 11
	hJPSports   // Japan's "Sports Day": the second Monday of October
	hJPCulture  // Japan's "Culture Day", November 3
	hJPShowa    // Japan's "Showa Day", April 29
	hJPGreenery // Japan's "Greenery Day", May 4
	hJPConst    // Japan's "Constitution Memorial Day", May 3
	hWaitangi   // New Zealand's "Waitangi Day", February 6
)

// easterOffset returns how many days after Easter holiday h falls, and
// whether h moves with Easter at all.
func easterOffset(h int) (int, bool) {
	switch h {
	case hEaster:
		return 0, true
	case hGood:
		return -2, true
	case hPentecost:
		return 49, true
	case hWhitMonday:
		return 50, true
	case hAscension:
		return 39, true
	case hAshWed:
		return -46, true
	case hPalm:
		return -7, true
	case hMaundy:
		return -3, true
	case hMothering:
		return -21, true
	case hShrove:
		return -47, true
	case hCorpus:
		return 60, true
	}
	return 0, false
}

// blackDay returns the day history names by "Black" and weekday wd
// (Sunday 0): the stock market crashes of 1929 and 1987, and sterling's
// exit from the ERM in 1992.
func blackDay(w string, wd int) (point, bool) {
	if w != "Black" && w != "BLACK" {
		return point{}, false
	}
	switch wd {
	case 1:
		return point{y: 1987, m: 10, d: 19, g: gDay}, true
	case 2:
		return point{y: 1929, m: 10, d: 29, g: gDay}, true
	case 3:
		return point{y: 1992, m: 9, d: 16, g: gDay}, true
	case 4:
		return point{y: 1929, m: 10, d: 24, g: gDay}, true
	}
	return point{}, false
}

// weekdayHoliday returns the holiday named by word w before weekday wd
// (Sunday 0): "Good Friday", "Whit Monday", "Ash Wednesday"; 0 if none.
func weekdayHoliday(w string, wd int) int {
	switch {
	case wd == 5 && (w == "Good" || w == "GOOD"):
		return hGood
	case wd == 1 && (w == "Whit" || w == "Pentecost" || w == "Easter"):
		if w == "Easter" {
			return 0 // read at "Easter"
		}
		return hWhitMonday
	case wd == 0 && w == "Whit":
		return hPentecost
	case wd == 3 && w == "Ash":
		return hAshWed
	case wd == 5 && w == "Black":
		return hBlack
	case wd == 6 && w == "Super":
		return hSuperSat
	case wd == 1 && w == "Cyber":
		return hCyber
	case wd == 0 && w == "Palm":
		return hPalm
	case wd == 4 && (w == "Maundy" || w == "Holy"):
		return hMaundy
	case wd == 2 && (w == "Shrove" || w == "Fat"):
		return hShrove
	case wd == 0 && w == "Mothering":
		return hMothering
	case wd == 0 && w == "Remembrance":
		return hRemembSun
	case wd == 6 && w == "Business":
		return hSmallBiz
	}
	return 0
}

// ruleHoliday: "Christmas", "Christmas Eve", "Thanksgiving Day", "New
// Year's Day", "Independence Day", "Easter 1916".
//
// A few holidays are found at their second word, so that the common first
// word stays out of the lexicon: "Chinese New Year" at "New", "Good Friday"
// at "Friday", "Boxing Day" at "Day"; the match then starts a word earlier.
func ruleHoliday(p *parser, i int, out *match) bool {
	t := p.t(i)
	if t.kind == tWord && t.lx.cls == cHoliday && t.lx.val() == hRamadan && p.is(i, "holy") {
		return p.holyMonth(i, out)
	}
	if t.kind == tWord && t.lx.cls == cHoliday && (t.lx.val() == hEquinox || t.lx.val() == hSolstice) {
		return p.astroDay(i, out)
	}
	if t.kind != tWord || !t.cap {
		return false
	}
	var h int
	lead := 0
	switch t.lx.cls {
	case cHoliday:
		h = t.lx.val()
		if (h == hEaster || h == hChristmas) && p.is(i-1, "orthodox") && p.t(i-1).cap {
			h, lead = hOrthodox, 1 // "Orthodox Easter"
			if t.lx.val() == hChristmas {
				h = hOrthXmas
			}
		}
		if h == hLent && (p.is(i+1, "to") || p.determiner(i+1) || pronoun(p.word(i+1))) {
			return false // "Lent him money": the verb
		}
		if p.is(i, "fawkes") {
			if !p.is(i-1, "guy") || !p.t(i-1).cap {
				return false
			}
			lead = 1 // "Guy Fawkes Night"
		}
		if (h == hLantern || h == hAssumption) && p.key(i-1, kThe) {
			lead = 1 // "the Lantern Festival", "the Assumption"
		}
		if h == hThanksgiving && p.isAny(i-1, "labour", "labor") && p.t(i-1).cap {
			h, lead = hJapanLabor, 1 // Japan's "Labour Thanksgiving Day"
		}
		if h == hArafat || h == hTarwiyah {
			// "the Day of Arafat", "Arafat Day"; not the plain of Arafat
			// nor a man named Arafat.
			switch {
			case p.is(i-1, "of") && p.is(i-2, "day") && p.t(i-2).cap:
				lead = 2
				if p.key(i-3, kThe) {
					lead = 3
				}
			case p.is(i+1, "day") && p.t(i+1).cap:
			default:
				return false
			}
		}
		if h == hNew && (p.is(i-1, "chinese") || p.is(i-1, "lunar")) && p.t(i-1).cap {
			h, lead = hLunar, 1
			if p.key(i-2, kThe) {
				lead = 2 // "ahead of the Lunar New Year"
			}
		}
	case cWeekday:
		if t.lx.plural || !p.t(i-1).cap || p.t(i-1).kind != tWord {
			return false
		}
		if pt, ok := blackDay(p.word(i-1), t.lx.val()); ok {
			// "Black Monday", the crash of Oct. 19, 1987; "Black Thursday"
			// and "Black Tuesday", 1929's.
			*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, lead: 1}
			return true
		}
		if h = weekdayHoliday(p.word(i-1), t.lx.val()); h == 0 {
			return false
		}
		lead = 1
		if h == hSmallBiz {
			if !p.is(i-2, "small") || !p.t(i-2).cap {
				return false
			}
			lead = 2
		}
	case cUnit:
		if t.lx.val() == uWeek && !t.lx.plural && p.is(i-1, "golden") && p.t(i-1).cap {
			h, lead = hGolden, 1
			break
		}
		if t.lx.val() == uYear && !t.lx.plural && t.cap {
			return p.zodiacYear(i, out)
		}
		if t.lx.val() != uDay || t.lx.plural {
			return false
		}
		if hh, n := p.possessiveDay(i); hh != 0 {
			h, lead = hh, n
			break
		}
		if n := p.kingDay(i); n > 0 {
			h, lead = hMLK, n
			break
		}
		if hh, n := p.japanDay(i); hh != 0 {
			h, lead = hh, n
			break
		}
		if p.punct(i-1, '-') && p.adj(i-1) && p.adj(i) && p.word(i-2) == "D" && p.t(i).cap && !p.is(i+1, "for") && !p.punct(i-3, '"') && !(p.t(i-3).kind == tWord && p.t(i-3).cap && !p.opensSentence(i-3) && p.t(i+1).kind == tWord && p.t(i+1).cap) && !p.isAny(i-3, "a", "its", "their", "his", "her", "our", "my", "your") {
			// "D-Day", the Normandy landings; not a plan's "D-Day for the
			// deal", nor one in quotes, "agreed the "D-Day" for", nor a
			// name's word, "the National D-Day Memorial".
			h, lead = hDDay, 2
			break
		}
		if !p.t(i - 1).cap {
			return false
		}
		if w := p.word(i - 1); (w == "E" || w == "J") && p.punct(i-2, '-') && p.adj(i-1) && p.adj(i-2) && p.word(i-3) == "V" {
			// "V-E Day", "V-J Day"
			h, lead = hVE, 3
			if w == "J" {
				h = hVJ
			}
			break
		}
		if h = dayHoliday(p.word(i - 1)); h == 0 || h == hFamily && strings.Contains(p.text, "South Africa") {
			return false // South Africa's Family Day is Easter Monday
		}
		lead = 1
		if h == hFoundation {
			if !p.is(i-2, "national") || !p.t(i-2).cap {
				return false
			}
			lead = 2 // Korea's "National Foundation Day"
			if p.textHas(&p.japan, "Japan", "Tokyo") && !p.textHas(&p.korea, "Korea", "Seoul", "Busan") {
				h = hFoundJP // Japan's, in a text about Japan
			}
		}
	default:
		return false
	}
	if h == hRamadan && p.is(i-1, "of") && p.is(i-2, "month") && p.key(i-3, kThe) {
		lead = 3 // "the month of Ramadan"
	}
	if !holiday(p, i, h, out) {
		return false
	}
	out.lead = max(out.lead, lead) // "28 Ramadan" leads with its day
	if k := i - lead; out.typ == Date && out.hasPt && out.pt.g == gDay && p.is(k-1, "before") && (p.is(k-2, "weekend") || p.cls(k-2, cWeekday) && !p.t(k-2).lx.plural) && p.isAny(k-3, "last", "final") && p.key(k-4, kThe) {
		// "over the last weekend before Christmas", "the final Saturday
		// before Christmas": the last such weekend or day before the
		// holiday.
		day := out.pt.time()
		if p.is(k-2, "weekend") {
			out.pt = at(weekdayBefore(day, 6, false), gWeekend)
		} else {
			out.pt = at(weekdayBefore(day, p.t(k-2).lx.val(), false), gDay)
		}
		out.value, out.lead = out.pt.String(), lead+4
		return true
	}
	if k := i - lead; out.typ == Date && out.hasPt && out.pt.g == gDay && p.isAny(k-1, "after", "before") && p.cls(k-2, cWeekday) && !p.t(k-2).lx.plural && p.key(k-3, kThe) {
		// "the Sunday after Thanksgiving": the first such weekday after
		// (or the last before) the holiday.
		wd, day := p.t(k-2).lx.val(), out.pt.time()
		if p.is(k-1, "after") {
			day = weekdayAfter(day, wd, false)
		} else {
			day = weekdayBefore(day, wd, false)
		}
		out.pt = at(day, gDay)
		out.value, out.lead = out.pt.String(), lead+3
		return true
	}
	if k := i - lead; out.typ == Date && out.hasPt && out.pt.g == gDay && p.is(k-1, "of") && p.is(k-2, "eve") && p.key(k-3, kThe) {
		// "the eve of Chuseok", "on the eve of Diwali": the day before.
		out.pt = at(out.pt.time().AddDate(0, 0, -1), gDay)
		out.value, out.lead = out.pt.String(), lead+3
	}
	if out.typ == Date && out.hasPt && out.pt.g == gDay && out.pt.y != noYear && (p.is(out.end, "week") || p.is(out.end, "weekend")) && !p.punct(out.end+1, '-') {
		// "Easter week", "Thanksgiving weekend": the week the day falls in.
		g, d := gWeek, out.pt.time()
		if p.is(out.end, "weekend") {
			g = gWeekend
			if d.Weekday() == time.Monday {
				d = d.AddDate(0, 0, -2) // "Labor Day weekend" ends on the holiday Monday
			}
		}
		out.pt = at(d, g)
		out.value, out.end = out.pt.String(), out.end+1
		if p.key(i-out.lead-1, kThe) {
			out.lead++ // "over the Easter weekend": the week's article too
		}
	}
	return true
}

// japanDay reads a Japanese national holiday whose "Day" is at i, and
// how many words before it its name takes: "Autumnal Equinox Day",
// "Respect for the Aged Day", "Sports Day". The names that other countries
// use too ("Sports Day", "Culture Day") count only in a text about Japan.
func (p *parser) japanDay(i int) (int, int) {
	if !p.t(i).cap || !p.t(i-1).cap {
		return 0, 0
	}
	switch {
	case p.is(i-1, "equinox") && p.is(i-2, "autumnal") && p.t(i-2).cap:
		return hJPAutumn, 2
	case p.is(i-1, "equinox") && p.is(i-2, "vernal") && p.t(i-2).cap:
		return hJPVernal, 2
	case p.is(i-1, "aged") && p.key(i-2, kThe) && p.is(i-3, "for") && p.is(i-4, "respect") && p.t(i-4).cap:
		return hJPAged, 4
	case p.is(i-1, "age") && p.is(i-2, "of") && p.is(i-3, "coming") && p.t(i-3).cap:
		return hJPAge, 3
	case p.is(i-1, "memorial") && p.is(i-2, "constitution") && p.t(i-2).cap:
		return hJPConst, 2
	}
	if !p.textHas(&p.japan, "Japan", "Tokyo") {
		return 0, 0
	}
	switch {
	case p.is(i-1, "marine"):
		return hJPMarine, 1
	case p.is(i-1, "mountain"):
		return hJPMountain, 1
	case p.is(i-1, "sports"):
		return hJPSports, 1
	case p.is(i-1, "culture"):
		return hJPCulture, 1
	case p.is(i-1, "showa"):
		return hJPShowa, 1
	case p.is(i-1, "greenery"):
		return hJPGreenery, 1
	}
	return 0, 0
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
	case "Waitangi":
		return hWaitangi
	case "Canada":
		return hCanada
	case "Australia":
		return hAustralia
	case "May":
		return hMayDay
	case "Ascension":
		return hAscension
	case "MLK":
		return hMLK
	case "VE":
		return hVE
	case "VJ":
		return hVJ
	case "Victory":
		return hVictory
	case "Victoria":
		return hVictoria
	case "Freedom":
		return hFreedom
	case "Tax":
		return hTax
	case "National":
		return hNational
	case "Foundation":
		return hFoundation
	case "Hangeul", "Hangul":
		return hHangeul
	case "Earth":
		return hEarth
	case "Groundhog":
		return hGroundhog
	case "Columbus":
		return hColumbus
	case "Presidents":
		return hPresidents
	case "Family":
		return hFamily
	case "Pancake":
		return hShrove
	case "Assumption":
		return hAssumption
	case "Democracy":
		return hDemocracy
	}
	return 0
}

// kingDay returns how many words before "Day" at i name Martin Luther
// King Jr. Day ("Martin Luther King Jr. Day", "Martin Luther King Day"),
// or 0.
func (p *parser) kingDay(i int) int {
	k := i - 1
	if p.punct(k, '.') {
		k--
	}
	if p.is(k, "jr") {
		k--
	}
	if !p.is(k, "king") || !p.is(k-1, "luther") || !p.is(k-2, "martin") || !p.t(k).cap || !p.t(k-2).cap {
		return 0
	}
	return i - (k - 2)
}

// holiday reads holiday h whose name ends at token i (or starts there).
func holiday(p *parser, i, h int, out *match) bool {
	if h == hRamadan || h == hShawwal || h == hHijja {
		if p.hijriDay(i, h, out) {
			return true
		}
		if h != hRamadan {
			return false
		}
	}
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
	case hPentecost:
		if (p.is(e, "sunday") || p.is(e, "monday")) && p.t(e).cap {
			if p.is(e, "monday") {
				h = hWhitMonday
			}
			e++ // "Pentecost Sunday", "Whitsun Monday"
		}
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
	case hBonfire:
		// "Bonfire Night", "Guy Fawkes Night", "Guy Fawkes Day"
		if !(p.is(e, "night") || h == hBonfire && p.is(i-1, "guy") && p.is(e, "day")) || !p.t(e).cap {
			return false
		}
		e++
	case hLantern:
		if !p.is(e, "festival") || !p.t(e).cap {
			return false
		}
		e++
	case hShrove:
		// "Mardi Gras", from "Mardi"; "Shrove Tuesday" and "Pancake Day"
		// come from their day.
		if p.is(i, "mardi") {
			if !p.is(e, "gras") {
				return false
			}
			e++
		}
	case hCorpus:
		// "Corpus Christi", the feast; not the Texas city ("in Corpus
		// Christi, Texas", "Corpus Christi Bay") nor a college.
		if !p.is(e, "christi") || !p.t(i).cap || !p.t(e).cap || p.isAny(i-1, "in", "from", "to", "near", "outside", "of") && !p.isAny(i-2, "feast", "solemnity") {
			return false
		}
		if p.isAny(e+1, "bay", "college", "city", "police", "texas", "church", "school", "street", "road", "caller", "hooks", "port", "independent", "isd", "mayor", "council") || p.punct(e+1, ',') && p.is(e+2, "texas") {
			return false
		}
		e++
	case hCarnival:
		// Rio's, Venice's or Trinidad's; not a cruise line, nor London's
		// August carnival.
		if p.isAny(e, "cruise", "cruises", "corp", "corporation", "plc", "row") || !p.textHas(&p.carnival, "Rio", "Brazil", "Venice", "Trinidad", "samba", "Salvador", "Recife", "Mardi Gras") {
			return false
		}
	case hAssumption:
		// "the Assumption", "Assumption Day"; not "the assumption that"
		if !p.is(e, "day") && !(p.key(i-1, kThe) && !p.is(e, "that") && !p.is(e, "of")) && !p.is(i, "day") {
			return false
		}
	case hBoxing, hArmistice, hBastille, hAnzac, hWaitangi, hCanada, hAustralia, hMayDay, hAscension, hMLK, hVE, hVJ, hDDay, hVictory, hVictoria, hFreedom, hTax, hGolden, hObon, hNational, hFoundation, hFoundJP, hHangeul, hChuseok, hSmallBiz, hArafat, hTarwiyah,
		hJPVernal, hJPAutumn, hJPAged, hJPAge, hJPMarine, hJPMountain, hJPSports, hJPCulture, hJPShowa, hJPGreenery, hJPConst:
		// read from their "Day"
	case hEid:
		e, h = p.eidName(e)
	case hRosh:
		if !p.is(e, "hashanah") && !p.is(e, "hashana") {
			return false
		}
		e++
	case hYomKippur:
		if !p.is(e, "kippur") {
			return false
		}
		e++
	case hRamadan:
		if y, ae, ok := p.hijriYear(e); ok {
			// "Ramadan 1447 AH": the Hijri year says which one.
			*out = ramadan(y, ae, false)
			return out.value != ""
		}
	case hIndependence, hLabor, hMemorial, hVeterans, hElection:
		if p.punct(e, '\'') && p.is(e+1, "s") {
			e += 2
		}
		if !p.is(e, "day") || !p.t(e).cap {
			return false
		}
	}
	if h >= hEid && (p.is(e, "war") || p.is(e, "offensive") || p.is(e, "massacre") || p.is(i-1, "operation")) {
		return false // "the Yom Kippur War" names a war, not the day
	}
	switch {
	case p.is(e, "day") && p.t(e).cap:
		e++
	case p.is(e, "eve") && p.t(e).cap:
		e++
		eve = true
	}
	if n, nn := p.t(e), p.t(e+1); n.kind == tWord && n.cap && n.lx.cls == cNone && !n.nl && !p.isUpper(e) && nn.kind == tWord && nn.cap && nn.lx.cls == cNone && !p.adj(e) && !p.opensSentence(e) && !p.headline(e) {
		return false // a name: "Duluth's Christmas Bird Count"
	}
	y, rel := noYear, true
	if yy, ye, ok := p.yearAt(e); ok && p.plausibleYear(e, true) {
		y, rel, e = yy, false, ye
	} else if p.punct(e, ',') {
		var m match
		if yy, ye, ok := p.yearAt(e + 1); ok && p.plausibleYear(e+1, true) {
			y, rel, e = yy, false, ye
		} else if p.cls(e+1, cMonth) && !p.nested && (ruleMonthDay(p, e+1, &m) || ruleDayMonth(p, e+1, &m)) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear && !m.rel {
			y = m.pt.y // "on Yom Kippur, Oct. 6, 1973": the year of the date set beside it
		}
	}
	if n := len(p.out); y == noYear && n > 0 && p.cls(i, cHoliday) && (p.out[n-1].End == int(p.t(i-1).end) || p.punct(i-1, ',') && p.out[n-1].End == int(p.t(i-2).end)) {
		// "Next year Carnival Tuesday is 9 February", "In 2019, Christmas
		// fell on a Wednesday": the year told just before.
		if v := p.out[n-1].Value; len(v) == 4 {
			if yy := atoiYear(v); yy != noYear {
				y = yy
			}
		}
	}
	if y == noYear && p.punct(i-2, '\'') && p.is(i-1, "s") {
		// "last year's Ramadan", "next year's Christmas": the year told
		// just before.
		if n := len(p.out); n > 0 && p.out[n-1].End == int(p.t(i-2).start) {
			if v := p.out[n-1].Value; len(v) == 4 {
				if yy := atoiYear(v); yy != noYear {
					y = yy
				}
			}
		}
	}
	if y == noYear && (p.key(e, kLast) || p.key(e, kNext)) && p.is(e+1, "year") && !p.ref.Narrative {
		// "Thanksgiving Day last year": the holiday of the year told after it.
		if base, ok := p.base(); ok {
			y = base.Year() + boolInt(p.key(e, kNext)) - boolInt(p.key(e, kLast))
			e += 2
		}
	} else if k := e + 1 + boolInt(p.key(e+1, kLate) || p.key(e+1, kEarly)); y == noYear && p.isAny(e, "falls", "fell", "comes", "came") && (p.key(k, kLast) || p.key(k, kNext)) && p.is(k+1, "year") && !p.ref.Narrative {
		// "Easter falls late next year": the holiday of that year.
		if base, ok := p.base(); ok {
			y = base.Year() + boolInt(p.key(k, kNext)) - boolInt(p.key(k, kLast))
		}
	}
	if y == noYear && (h == hVE || h == hVJ) {
		y, rel = 1945, false // the days the war ended, not their anniversaries
	}
	if y == noYear && !p.ref.Narrative && p.isAny(e, "speech", "address", "message", "broadcast", "concert", "parade", "service", "mass", "sermon", "match", "game", "fixture", "party", "dinner", "celebrations", "fireworks") && p.is(e+1, "in") {
		if yy, _, ok := p.yearAt(e + 2); ok && p.plausibleYear(e+2, true) {
			y = yy // "used her New Year's Eve speech in 2023 to say": that year's
		}
	}
	if y == noYear && h == hDDay {
		y, rel = 1944, false
	}
	m, d := holidayDate(h, 2001)
	national := h == hIndependence || h == hNational
	if national {
		// The country's day: "Ukraine's Independence Day" is August 24.
		first := i
		if h == hNational {
			first = i - 1
		}
		if m, d = p.nationalDay(first, h); m == 0 {
			return false
		}
	}
	newEve := h == hNew && eve
	if newEve {
		// "New Year's Eve 2023" is the last day of 2023.
		m, d, eve = 12, 31, false
	}
	if y == noYear && movable(h) && !p.ref.Narrative && p.hasAnc && p.anchor.g == gMonth {
		if cy, ok := p.clauseYear(i); ok {
			if hm, _ := holidayDate(h, cy); hm == p.anchor.m {
				y = cy // "September 2020, when smoke from the Labor Day fires"
			}
		}
	}
	if y == noYear && !p.ref.Narrative && p.hasDCT && p.dayEnd > 0 && p.dayEnd <= i && i-p.dayEnd <= 25 && p.day.g == gDay && p.day.y != noYear && p.day.y != p.dct.Year() && p.sameSentence(p.dayEnd-1, i) {
		// A holiday within a fortnight of a day of another year just told
		// in its sentence is that one: "Jan. 15, 2028, moves to Tuesday,
		// Jan. 18, because the Monday is Martin Luther King Jr. Day".
		day := p.day.time()
		for c := p.day.y - 1; c <= p.day.y+1; c++ {
			hm, hd := holidayDate(h, c)
			if national {
				hm, hd = m, d
			}
			if hm != 0 && time.Date(c, time.Month(hm), hd, 0, 0, 0, 0, time.UTC).Sub(day).Abs() <= 14*24*time.Hour {
				y = c
				break
			}
		}
	}
	if y == noYear && movable(h) && !p.ref.Narrative {
		if cy, ok := p.clauseYear(i); ok && p.plainYear() && !p.clauseBreak(p.ancEnd, i) {
			y = cy // "recalls 2013, when Easter Day also fell on 31 March"
		}
	}
	if y == noYear && h == hRamadan && p.hasDCT && !p.ref.Narrative {
		// "whether Ramadan ends on Friday", told in its last days: the
		// month under way.
		if s, ok := ramadanStart(p.dct.Year()); ok && !p.dct.Before(s) && p.dct.Before(s.AddDate(0, 0, 30)) {
			y = p.dct.Year()
		}
	}
	if y == noYear && movable(h) {
		// A holiday that moves: the occurrence the tense points to, not the
		// year a fixed day would take.
		if yy, hh, ok := p.movableYear(i, h); ok {
			y, h = yy, hh
		}
	}
	if y == noYear && !movable(h) && !p.ref.Narrative && p.hasAnc && p.anchor.g == gSeason {
		// "By the summer of 1944, food was scarce. On Bastille Day,
		// thousands defied a ban": a holiday of the season told. After a
		// day told ("landed on 25 April 1915. On Anzac Day ...") the
		// holiday is more often its anniversary.
		if sy, ok := p.storyYear(i, m, d); ok {
			y = sy
		}
	}
	if y == noYear && !p.ref.Narrative {
		if cy, ok := p.clauseYear(i); ok && p.plainYear() && !p.clauseBreak(p.ancEnd, i) {
			y = cy // "In 2015 the agency had to raise the barrier on Boxing Day"
		} else if p.hasDCT && p.dayEnd > 0 && p.dayEnd <= i && i-p.dayEnd <= 12 && p.day.y != noYear && p.day.g == gDay && p.dct.Year()-p.day.y >= 1 && p.sameSentence(p.dayEnd-1, i) && p.tense(i) < 0 && !movable(h) && m > 0 {
			// "The strike began on 5 December 2019, ran through Christmas
			// and New Year": the first such day after the day told.
			y = p.day.y
			if time.Date(y, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC).Before(p.day.time()) {
				y++
			}
		}
	}
	if y == noYear && !movable(h) && m > 0 && !p.ref.Narrative {
		if sy, ok := p.datedStory(i, m, d); ok && !p.lineBetween(p.datedEnd, i) && !p.saidInSentence(i) && !(p.dated.g == gDay && p.dated.m == m && p.dated.d == d) {
			// "the road stayed shut until late September [2007]. Most were
			// home by Christmas"; not in the next paragraph, nor in what
			// people say now, nor the anniversary of the day told ("landed
			// on 25 April 1915. On Anzac Day ...").
			y = sy
		} else if s := p.dated; p.hasDCT && p.datedEnd > 0 && p.datedEnd <= i && s.g == gMonth && s.y != noYear && s.m == m && p.dct.Year() > s.y && p.sameSentence(p.datedEnd-1, i) && p.tense(i) < 0 {
			y = s.y // "The last strike, in December 2005, lasted 11 days and ended two days before Christmas"
		}
	}
	if y == noYear {
		y, _ = p.nearYear(i, m, d)
	}
	p.holiday = h
	if y == noYear {
		if movable(h) {
			*out = match{end: e, typ: Date, value: "XXXX-XX-XX", rel: true}
			return true
		}
		*out = match{end: e, typ: Date, value: "XXXX-" + pad(m, 2) + "-" + pad(d, 2), rel: true}
		return true
	}
	if h == hRamadan {
		*out = ramadan(y, e, rel)
		return out.value != ""
	}
	if h == hEid || h == hEidFitr || h == hEidAdha {
		if day, hh, ok := p.eidStated(i, e, h, y); ok {
			pt := at(day, gDay)
			*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
			p.holiday = hh
			return true
		}
	}
	if h == hCarnival {
		// "Carnival Tuesday", "Carnival Monday": the day; "Carnival" alone
		// runs from the Friday before Ash Wednesday to Ash Wednesday.
		m, d := holidayDate(hShrove, y)
		tue := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if (p.is(e, "tuesday") || p.is(e, "monday")) && p.t(e).cap {
			day := tue
			if p.is(e, "monday") {
				day = tue.AddDate(0, 0, -1)
			}
			pt := at(day, gDay)
			*out = match{end: e + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
			return true
		}
		*out = periodMatch(tue.AddDate(0, 0, -4), tue.AddDate(0, 0, 1), e, rel)
		return true
	}
	if h == hLent {
		// From Ash Wednesday to Holy Saturday, 45 days later.
		m, d := holidayDate(hAshWed, y)
		ash := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		*out = periodMatch(ash, ash.AddDate(0, 0, 45), e, rel)
		return true
	}
	if !newEve && !national {
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
	if h == hGolden || h == hObon {
		pt = at(day, gWeek) // a holiday week, not a day
	}
	if h == hGolden && p.textHas(&p.china, "China", "Chinese", "Beijing") && !p.textHas(&p.japan, "Japan", "Tokyo") {
		// China's Golden Week runs from October 1 for seven or eight days:
		// the ISO week that holds most of them, the one of October 4, as
		// Japan's is the week of May 3.
		gy, _ := p.nearYear(i, 10, 4)
		pt = at(time.Date(gy, 10, 4, 0, 0, 0, 0, time.UTC), gWeek)
	}
	var again match
	if rel && pt.g == gDay && p.punct(e, ',') && p.cls(e+1, cWeekday) && !p.nested {
		// "This time Boxing Day, Saturday 26 December, has all ten games":
		// the date restating the holiday says which year's.
		p.nested = true
		ok := ruleWeekday(p, e+1, &again) && again.hasPt && again.pt.g == gDay && again.pt.m == pt.m && again.pt.d == pt.d && again.pt.y != noYear
		p.nested = false
		if ok {
			pt.y = again.pt.y
		}
	}
	if fp, ok := p.fellOn(i, e, pt); ok {
		pt = fp
	}
	*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel}
	return true
}

// fellOn reads the day a holiday from i to e is told to fall on, when it
// lies within a month of the day pt guessed for it: "Because the
// Mid-Autumn Festival fell on Sept. 29 last year". Not a holiday inside a
// longer expression ("the final Saturday before Christmas fell on Dec.
// 18").
func (p *parser) fellOn(i, e int, pt point) (point, bool) {
	if p.nested || !p.isAny(e, "fell", "falls", "fall", "falling") || !p.is(e+1, "on") || p.isAny(i-1, "before", "after", "of", "until", "since", "to") || p.cls(e+2, cWeekday) {
		return point{}, false
	}
	var m match
	p.nested = true
	ok := p.best(e+2, &m) && m.hasPt && m.pt.g == gDay && m.pt.y != noYear
	p.nested = false
	if !ok || pt.g != gDay || pt.y == noYear {
		return point{}, false
	}
	a, b := time.Date(pt.y, time.Month(pt.m), pt.d, 0, 0, 0, 0, time.UTC), time.Date(pt.y, time.Month(m.pt.m), m.pt.d, 0, 0, 0, 0, time.UTC)
	if d := a.Sub(b).Hours() / 24; d > 31 || d < -31 {
		return point{}, false
	}
	return m.pt, true
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
	case hEaster, hGood, hPentecost, hWhitMonday, hAscension, hAshWed, hPalm, hMaundy, hMothering, hShrove, hCorpus:
		m, d := easter(y)
		off, _ := easterOffset(h)
		t := time.Date(y, time.Month(m), d+off, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day()
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
	case hMLK:
		return 1, nthWeekday(y, 1, time.Monday, 3)
	case hBlack:
		return 11, nthWeekday(y, 11, time.Thursday, 4) + 1
	case hSuperSat:
		// The last Saturday before Christmas Day.
		eve := time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC)
		return 12, 24 - (int(eve.Weekday())+1)%7
	case hCyber:
		t := time.Date(y, 11, nthWeekday(y, 11, time.Thursday, 4)+4, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day() // as late as December 2
	case hDiwali, hDhanteras:
		return diwali(y, h == hDhanteras)
	case hVictoria:
		return 5, 24 - (int(time.Date(y, 5, 24, 0, 0, 0, 0, time.UTC).Weekday())+6)%7
	case hFreedom:
		return 4, 27
	case hTax:
		return 4, 15
	case hGolden:
		return 5, 3
	case hObon:
		return 8, 15
	case hVE:
		return 5, 8
	case hVJ:
		return 8, 15
	case hDDay:
		return 6, 6
	case hVictory:
		return 5, 9
	case hLunar:
		return lunarNewYear(y)
	case hBoxing:
		return 12, 26
	case hArmistice:
		return 11, 11
	case hBastille:
		return 7, 14
	case hAnzac:
		return 4, 25
	case hWaitangi:
		return 2, 6
	case hCanada:
		return 7, 1
	case hAustralia:
		return 1, 26
	case hJuneteenth:
		return 6, 19
	case hJapanLabor:
		return 11, 23
	case hFoundJP:
		return 2, 11
	case hJPVernal, hJPAutumn:
		m := 3
		if h == hJPAutumn {
			m = 9
		}
		d := astroInstant(y, m).Add(9 * time.Hour) // Japan's time
		return int(d.Month()), d.Day()
	case hJPAged:
		return 9, nthWeekday(y, 9, time.Monday, 3)
	case hJPAge:
		return 1, nthWeekday(y, 1, time.Monday, 2)
	case hJPMarine:
		return 7, nthWeekday(y, 7, time.Monday, 3)
	case hJPMountain:
		return 8, 11
	case hJPSports:
		return 10, nthWeekday(y, 10, time.Monday, 2)
	case hJPCulture:
		return 11, 3
	case hJPShowa:
		return 4, 29
	case hJPGreenery:
		return 5, 4
	case hJPConst:
		return 5, 3
	case hSmallBiz:
		return 11, nthWeekday(y, 11, time.Thursday, 4) + 2
	case hArafat, hTarwiyah:
		m, d := islamicDate(eidAdha, y)
		if m == 0 {
			return 0, 0
		}
		t := time.Date(y, time.Month(m), d-1-boolInt(h == hTarwiyah), 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day()
	case hHogmanay:
		return 12, 31
	case hMayDay:
		return 5, 1
	case hEidFitr:
		return islamicDate(eidFitr, y)
	case hEidAdha:
		return islamicDate(eidAdha, y)
	case hEid:
		return 0, 0 // which Eid, the year alone does not say
	case hOrthodox:
		return orthodoxEaster(y)
	case hOrthXmas:
		return 1, 7
	case hFoundation:
		return 10, 3
	case hHangeul:
		return 10, 9
	case hChuseok:
		return midAutumn(y)
	case hPatrick:
		return 3, 17
	case hGeorge:
		return 4, 23
	case hAndrew:
		return 11, 30
	case hDavid:
		return 3, 1
	case hAllSaints:
		return 11, 1
	case hKings:
		if time.Date(y, time.April, 27, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			return 4, 26
		}
		return 4, 27
	case hAllSouls:
		return 11, 2
	case hEpiphany:
		return 1, 6
	case hAssumption:
		return 8, 15
	case hBonfire:
		return 11, 5
	case hEarth:
		return 4, 22
	case hWomen:
		return 3, 8
	case hGroundhog:
		return 2, 2
	case hColumbus:
		return 10, nthWeekday(y, 10, time.Monday, 2)
	case hPresidents:
		return 2, nthWeekday(y, 2, time.Monday, 3)
	case hFamily:
		return 2, nthWeekday(y, 2, time.Monday, 3)
	case hMother:
		return 5, nthWeekday(y, 5, time.Sunday, 2)
	case hFather:
		return 6, nthWeekday(y, 6, time.Sunday, 3)
	case hRemembSun:
		return 11, nthWeekday(y, 11, time.Sunday, 2)
	case hHanukkah:
		return hanukkah(y)
	case hPurim:
		// 14 Adar is 30 days before 15 Nisan.
		return roshHashanah(y, -193)
	case hShavuot:
		// 6 Sivan is 50 days after 15 Nisan.
		return roshHashanah(y, -113)
	case hSukkot:
		return roshHashanah(y, 14)
	case hDemocracy:
		return 6, 12
	case hCarnival:
		return holidayDate(hShrove, y) // Carnival Tuesday
	case hLantern:
		m, d := lunarNewYear(y)
		if m == 0 {
			return 0, 0
		}
		t := time.Date(y, time.Month(m), d+14, 0, 0, 0, 0, time.UTC)
		return int(t.Month()), t.Day()
	case hLent:
		return holidayDate(hAshWed, y) // Lent begins on Ash Wednesday
	case hRamadan:
		if s, ok := ramadanStart(y); ok {
			return int(s.Month()), s.Day()
		}
		return 0, 0
	case hNowruz:
		return nowruz(y)
	case hRosh:
		return roshHashanah(y, 0)
	case hYomKippur:
		return roshHashanah(y, 9)
	case hPassover:
		// 15 Nisan is 163 days before the next Rosh Hashanah.
		return roshHashanah(y, -163)
	}
	return 1, 1
}

// eidName reads the rest of an Eid's name after "Eid" (e is the token
// after it): "al-Fitr", "-ul-Adha", "ul Azha". It returns the token after
// the name and the holiday; "Eid" alone is hEid.
func (p *parser) eidName(e int) (int, int) {
	k := e
	if p.punct(k, '-') && p.adj(k) {
		k++
	}
	if p.is(k, "al") || p.is(k, "ul") || p.is(k, "el") || p.is(k, "ol") {
		k++
		if p.punct(k, '-') && p.adj(k) {
			k++
		}
	}
	switch {
	case p.is(k, "fitr") || p.is(k, "fitri"):
		return k + 1, hEidFitr
	case p.is(k, "adha") || p.is(k, "azha"):
		return k + 1, hEidAdha
	}
	if p.textHas(&p.ramadanText, "Ramadan", "RAMADAN", "Ramzan") && !p.textHas(&p.adhaText, "Adha", "Azha", "Hajj", "hajj", "pilgrimage", "sacrifice", "Bakri") {
		// "Eid" in a story of Ramadan and no pilgrimage: the Eid that ends
		// the fast ("A year ago, Eid fell on a Sunday").
		return e, hEidFitr
	}
	return e, hEid
}

// hijriDay reads a day of Ramadan, Shawwal or Dhul Hijja named at i: "28
// Ramadan", "Ramadan 28", "the 29th day of Ramadan", "8 Shawwal", "Shawwal
// 1, 1448 AH", "8 Dhul Hijja", "the first day of Dhu al-Hijjah". Ramadan's
// days count from its first day in the table, Shawwal's from Eid al-Fitr
// and Dhul Hijja's from Eid al-Adha, its tenth day, as the text states
// them when it does.
func (p *parser) hijriDay(i, h int, out *match) bool {
	if !p.t(i).cap {
		return false
	}
	name := i // the month name's first token
	if h == hHijja {
		// "Dhul Hijja", "Dhul-Hijjah", "Dhu al-Hijjah", "Zul Hijja"
		switch {
		case p.isAny(i-1, "dhul", "zul", "dhil") && !p.adj(i):
			name = i - 1
		case p.punct(i-1, '-') && p.adj(i-1) && p.adj(i) && p.isAny(i-2, "dhul", "zul", "al"):
			name = i - 2
			if p.is(name, "al") && p.isAny(name-1, "dhu", "dhul") {
				name--
			}
		default:
			return false
		}
	}
	last := i // the month name's last token
	i = name
	n, lead, e := 0, 0, last+1
	day := func(k int) int {
		if t := p.t(k); t.kind == tNum && !t.sep && t.ndig <= 2 && !p.adj(k) && !(p.adj(k+1) && p.t(k+1).kind != tPunct) {
			return t.number()
		}
		return 0
	}
	switch {
	case day(i-1) > 0 && !p.adj(i):
		n, lead = day(i-1), 1
	case p.is(i-1, "of") && p.is(i-2, "day") && p.t(i-4).kind == tNum && p.adj(i-3) && p.isAny(i-3, "st", "nd", "rd", "th"):
		n, lead = p.t(i-4).number(), 4 // "the 29th day of Ramadan"
	case p.is(i-1, "of") && p.is(i-2, "day") && p.cls(i-3, cOrd):
		n, lead = p.t(i-3).lx.val(), 3 // "the first day of Ramadan"
	case p.is(i-1, "of") && p.t(i-3).kind == tNum && p.adj(i-2) && p.isAny(i-2, "st", "nd", "rd", "th"):
		n, lead = p.t(i-3).number(), 3 // "the 10th of Dhul Hijjah"
	case p.is(i-1, "of") && p.cls(i-2, cOrd) && p.key(i-3, kThe):
		n, lead = p.t(i-2).lx.val(), 3 // "the tenth of Dhul Hijjah", "the" with it
	case day(last+1) > 0 && !p.adj(last+1) && !(p.t(last+2).kind == tNum && !p.punct(last+2, ',')):
		n, e = day(last+1), last+2
	}
	if n < 1 || n > 30 {
		return false
	}
	if lead >= 3 && p.key(i-lead-1, kThe) {
		lead++
	}
	lead += last - name
	rel := true
	k := e
	if p.punct(k, ',') {
		k++
	}
	dayOf := func(y int) (time.Time, bool) {
		s, ok := ramadanStart(y)
		if !ok {
			return time.Time{}, false
		}
		if h == hRamadan {
			return s.AddDate(0, 0, n-1), true
		}
		if h == hHijja {
			eid, ok := islamicFirst(eidAdha, y, 0)
			if !ok {
				return time.Time{}, false
			}
			if st := p.eidDay[1]; !st.IsZero() && st.Sub(eid).Abs() <= 2*24*time.Hour {
				eid = st
			}
			return eid.AddDate(0, 0, n-10), true
		}
		eid := s.AddDate(0, 0, 29)
		if st := p.eidDay[0]; !st.IsZero() && st.Sub(eid).Abs() <= 2*24*time.Hour {
			eid = st
		}
		return eid.AddDate(0, 0, n-1), true
	}
	var d time.Time
	if hy, ye, ok := p.hijriYear(k); ok {
		d, ok = dayOf(hy)
		if !ok {
			return false
		}
		rel, e = false, ye
	} else {
		// The year whose day lies nearest the reference.
		base, ok := p.base()
		if !ok {
			return false
		}
		for y := base.Year() - 1; y <= base.Year()+1; y++ {
			if c, ok := dayOf(y); ok && (d.IsZero() || c.Sub(base).Abs() < d.Sub(base).Abs()) {
				d = c
			}
		}
		if d.IsZero() {
			return false
		}
	}
	pt := at(d, gDay)
	*out = match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: rel, lead: lead}
	return true
}

// eidStated returns the first day of the Eid h of year y (either Eid for
// "Eid" alone) as the text states it: told earlier in the text, restated
// after its name ("Eid al-Fitr falls on Wednesday", "Eid fell on Friday,
// March 20"), or named before it ("Wednesday, March 10, will be the first
// day of Eid Al Fitr"). A stated day more than two days from the table's is
// another day.
func (p *parser) eidStated(i, e, h, y int) (time.Time, int, bool) {
	hs := [2]int{hEidFitr, hEidAdha}
	// near matches a stated day d to the Eid whose table day lies within
	// two days of it, in year y or, for a day the text states outright, the
	// years around it.
	near := func(d time.Time, years int) (time.Time, int, bool) {
		for yy := y - years; yy <= y+years; yy++ {
			for _, hh := range hs {
				if h != hEid && h != hh {
					continue
				}
				t := eidFitr
				if hh == hEidAdha {
					t = eidAdha
				}
				if day, ok := islamicFirst(t, yy, 0); ok && d.Sub(day).Abs() <= 2*24*time.Hour {
					return d, hh, true
				}
			}
		}
		return time.Time{}, 0, false
	}
	var said time.Time
	k := e
	if p.punct(k, ',') && p.is(k+1, "which") {
		k += 2 // "for Eid al-Adha, which falls on Monday"
	}
	for n := 0; n < 4 && p.isAny(k, "falls", "fell", "will", "would", "be", "is", "was", "begins", "began", "starts", "started", "on", "this", "year"); n++ {
		k++
	}
	if k > e && p.is(k-1, "is") && p.isAny(k, "expected", "due", "likely") {
		// "Eid Al-Fitr is expected about 30 days later, on Wednesday,
		// March 10": the day told after the estimate.
		for j := k + 1; j < k+9 && p.real(j) && !p.sentenceEnd(j); j++ {
			if p.is(j, "on") && p.cls(j+1, cWeekday) {
				k = j + 1
				break
			}
		}
	}
	if k > e && p.is(k-1, "on") && p.cls(k, cWeekday) && p.t(k).cap && !p.nested {
		var m match
		p.nested = true
		ok := ruleWeekday(p, k, &m)
		p.nested = false
		if ok && m.hasPt && m.pt.g == gDay && m.pt.y != noYear {
			said = m.pt.time()
		}
	}
	if said.IsZero() && p.is(i-1, "of") && p.is(i-2, "day") && p.is(i-3, "first") && p.key(i-4, kThe) && p.dayEnd > 0 && p.dayEnd >= i-12 && p.day.y != noYear && p.sameSentence(p.dayEnd-1, i) {
		said = p.day.time() // "Wednesday, March 10, will be the first day of Eid Al Fitr"
	}
	if said.IsZero() {
		// No day of its own: the day the text stated for that Eid.
		for _, s := range p.eidDay {
			if !s.IsZero() {
				if d, hh, ok := near(s, 0); ok {
					return d, hh, true
				}
			}
		}
		return time.Time{}, 0, false
	}
	d, hh, ok := near(said, 1)
	if ok {
		n := 0
		if hh == hEidAdha {
			n = 1
		}
		p.eidDay[n] = d
		p.restateEid(hh, d)
	}
	return d, hh, ok
}

// restateEid gives the Eid hh named before the text stated its day d
// that day: the headline's "Eid al-Adha" is the Monday the story says it
// falls on, a day after the table's.
func (p *parser) restateEid(hh int, d time.Time) {
	t := eidFitr
	if hh == hEidAdha {
		t = eidAdha
	}
	table, ok := islamicFirst(t, d.Year(), 0)
	if !ok || table.Equal(d) {
		return
	}
	was, now := at(table, gDay).String(), at(d, gDay).String()
	for n := range p.out {
		if x := &p.out[n]; x.Type == Date && x.Value == was && strings.Contains(x.Text, "Eid") {
			x.Value = now
		}
	}
}

// movableYear returns the year of the occurrence of movable holiday h (for
// "Eid" alone, of either Eid) that the tense around token i points to, as
// nearYear places a fixed day; the nearest one when several fit.
func (p *parser) movableYear(i, h int) (int, int, bool) {
	base, ok := p.base()
	if !ok {
		return noYear, h, false
	}
	hs := [2]int{h, 0}
	if h == hEid {
		hs = [2]int{hEidFitr, hEidAdha}
	}
	tense := 0
	if !p.ref.Narrative && !p.since(i) {
		tense = p.tense(i)
		if tense == 0 && p.limitBefore(i) {
			tense = 1
		}
	}
	bestY, bestH, bestD := noYear, h, 0.0
	for _, hh := range hs {
		if hh == 0 {
			continue
		}
		for y := base.Year() - 1; y <= base.Year()+1; y++ {
			m, d := holidayDate(hh, y)
			if m == 0 {
				continue
			}
			at := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			switch days := at.Sub(base).Hours() / 24; {
			case tense > 0 && days < -1:
				continue // "will hold over Eid": the next one
			case tense <= 0:
				// A past verb is a weaker sign ("urging people to get
				// vaccinated before Thanksgiving"): the span nearYear allows.
				if yy, _ := p.nearYear(i, m, d); yy != y {
					continue // outside the span nearYear allows
				}
			}
			diff := math.Abs(at.Sub(base).Hours())
			if bestY == noYear || diff < bestD {
				bestY, bestH, bestD = y, hh, diff
			}
		}
	}
	return bestY, bestH, bestY != noYear
}

// The two Eids follow the Islamic lunar year, 354 or 355 days long. Each
// table starts from the holiday's first date in 1970 (Umm al-Qura reckoning;
// countries that sight the moon may keep it a day later) and holds, for every
// later one to 2060, the days since the one before: 'B' 354, 'C' 355.
var (
	eidFitr = islamicTable{first: time.Date(1970, 11, 30, 0, 0, 0, 0, time.UTC),
		gaps: "BBBBCBCBBCBBCCBBBBCCBCBBBBCCBCBBBCCBBCBBCBCBBBCBCBCBBBCBCBBBCBCBCBBBBCCBBBBCCBCBBBCBCCBBBBCC"}
	eidAdha = islamicTable{first: time.Date(1970, 2, 16, 0, 0, 0, 0, time.UTC),
		gaps: "CBBBCBBCBCBBBCBCBBBCBCCBBBBCCBCBBBCCBCBBBBCCBBBBCBCCBBBBCCBCBBBCBCBBBCBCBCBBBCBCCBBBBCBCBBBCB"}
)

type islamicTable struct {
	first time.Time
	gaps  string
}

// diwaliDays holds Diwali (Lakshmi Puja, the date India's holiday lists
// give) from 2010 to 2030: it follows the lunisolar
// calendar, which no short formula gives.
var diwaliDays = [...]time.Time{
	tdate(2010, 11, 5), tdate(2011, 10, 26), tdate(2012, 11, 13), tdate(2013, 11, 3), tdate(2014, 10, 23),
	tdate(2015, 11, 11), tdate(2016, 10, 30), tdate(2017, 10, 19), tdate(2018, 11, 7), tdate(2019, 10, 27),
	tdate(2020, 11, 14), tdate(2021, 11, 4), tdate(2022, 10, 24), tdate(2023, 11, 12), tdate(2024, 10, 31),
	tdate(2025, 10, 20), tdate(2026, 11, 8), tdate(2027, 10, 29), tdate(2028, 10, 17), tdate(2029, 11, 5),
	tdate(2030, 10, 26),
}

func tdate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// diwali returns the month and day of Diwali in year y, or of Dhanteras
// two days before it; 0, 0 outside the table.
func diwali(y int, dhanteras bool) (int, int) {
	if y < 2010 || y > 2030 {
		return 0, 0
	}
	d := diwaliDays[y-2010]
	if dhanteras {
		d = d.AddDate(0, 0, -2)
	}
	return int(d.Month()), d.Day()
}

// islamicDate returns the month and day of the holiday in t that falls first
// in year y, or 0, 0 outside the table.
func islamicDate(t islamicTable, y int) (int, int) {
	d, ok := islamicFirst(t, y, 0)
	if !ok {
		return 0, 0
	}
	return int(d.Month()), d.Day()
}

// islamicFirst returns the first day in year y that lies off days after a
// holiday in t, and whether the table reaches it.
func islamicFirst(t islamicTable, y, off int) (time.Time, bool) {
	d := t.first.AddDate(0, 0, off)
	for k := 0; d.Year() < y; k++ {
		if k == len(t.gaps) {
			return time.Time{}, false
		}
		d = d.AddDate(0, 0, 353+int(t.gaps[k]-'A'))
	}
	return d, d.Year() == y
}

// holyMonth reads "the holy month" at "holy" (i), in a text that names
// Ramadan: "the holy month", "the Muslim holy month of Ramadan".
func (p *parser) holyMonth(i int, out *match) bool {
	if !p.is(i+1, "month") || p.t(i+1).lx.plural || !p.textHas(&p.ramadanText, "Ramadan", "RAMADAN", "Ramzan") {
		return false
	}
	lead := 0
	if p.isAny(i-1, "muslim", "islamic") {
		lead++
	}
	if !p.key(i-1-lead, kThe) {
		return false
	}
	lead++
	e := i + 2
	if p.is(e, "of") && p.is(e+1, "ramadan") {
		e += 2
	}
	y, _, ok := p.movableYear(i, hRamadan)
	if !ok {
		*out = match{end: e, typ: Date, value: "XXXX-XX", rel: true, lead: lead}
		return true
	}
	*out = ramadan(y, e, true)
	out.lead = lead
	return out.value != ""
}

// ramadanStart returns the first day of the Ramadan that begins in year y:
// 29 days before Eid al-Fitr, which ends it (a Ramadan of 30 days starts a
// day earlier).
func ramadanStart(y int) (time.Time, bool) {
	return islamicFirst(eidFitr, y, -29)
}

// ramadan is the match for the Ramadan that begins in year y, ending at
// token e: the smallest calendar unit that holds the whole month, as
// "Wimbledon fortnight" is valued by its week or weeks: 2025-03 for 1 to 29
// March 2025, 2026-Q1 for 19 February to 19 March 2026.
func ramadan(y, e int, rel bool) match {
	s, ok := ramadanStart(y)
	if !ok {
		return match{}
	}
	return periodMatch(s, s.AddDate(0, 0, 28), e, rel)
}

// periodMatch is the match for a named period from day s to day end,
// ending at token e: the smallest calendar unit that holds it.
func periodMatch(s, end time.Time, e int, rel bool) match {
	var pt point
	for _, g := range [...]gran{gMonth, gSeason, gQuarter, gHalf, gYear} {
		if pt = at(s, g); pt == at(end, g) {
			break
		}
	}
	// A quarter or half that merely holds the period is no period the text
	// reports on, as an earnings quarter is.
	return match{end: e, typ: Date, value: pt.String(), pt: pt, hasPt: pt.g != gQuarter && pt.g != gHalf, rel: rel}
}

// orthodoxEaster returns the month and day of Easter by the Julian
// calendar (Meeus), in the Gregorian calendar of 1900-2099.
func orthodoxEaster(y int) (int, int) {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	t := time.Date(y, time.Month((d+e+114)/31), (d+e+114)%31+1+13, 0, 0, 0, 0, time.UTC)
	return int(t.Month()), t.Day()
}

// hijriYear reads an Islamic year at k ("1447 AH", "1447 A.H."), and returns
// the Gregorian year its Ramadan begins in and the token after it.
func (p *parser) hijriYear(k int) (int, int, bool) {
	t := p.t(k)
	if t.kind != tNum || t.sep || t.ndig != 4 || t.number() < 1300 || t.number() > 1600 {
		return 0, k, false
	}
	e := k + 1
	switch {
	case p.is(e, "ah") && p.t(e).cap:
		e++
	case p.is(e, "a") && p.t(e).cap && p.punct(e+1, '.') && p.is(e+2, "h") && p.t(e+2).cap:
		e = p.skipDot(e + 3)
	default:
		return 0, k, false
	}
	// Ramadan 1447 began on 19 February 2026; a Hijri year is 354.367 days.
	days := float64(t.number()-1447) * 354.367
	d := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(math.Round(days)))
	return d.Year(), e, true
}

// astroDay reads an equinox or a solstice at i, after "the" and a season
// or month that says which: "the spring equinox", "the winter solstice",
// "the equinox" (the one nearest the reference, or of the month just told).
func (p *parser) astroDay(i int, out *match) bool {
	eq := p.t(i).lx.val() == hEquinox
	q, m := i-1, 0
	switch {
	case eq && p.isAny(q, "spring", "vernal", "march"):
		m = 3
	case eq && p.isAny(q, "autumn", "autumnal", "fall", "september"):
		m = 9
	case !eq && p.isAny(q, "summer", "june"):
		m = 6
	case !eq && p.isAny(q, "winter", "december"):
		m = 12
	}
	if m != 0 {
		q--
	}
	if !p.key(q, kThe) {
		return false // "the equinoxes", "an equinox", "equinox tides"
	}
	months := [2]int{3, 9}
	if !eq {
		months = [2]int{6, 12}
	}
	base, ok := p.base()
	y := noYear
	if a := p.anchor; m == 0 && p.hasAnc && a.y != noYear && a.g == gMonth && (a.m == months[0] || a.m == months[1]) && p.sameSentence(p.ancEnd-1, i) {
		y, m = a.y, a.m // "in March 2015, when a solar eclipse coincided with the equinox"
	} else if m == 0 && ok {
		// The one nearest the reference.
		var best time.Time
		for yy := base.Year() - 1; yy <= base.Year()+1; yy++ {
			for _, mm := range months {
				d := astroDate(yy, mm)
				if best.IsZero() || d.Sub(base).Abs() < best.Sub(base).Abs() {
					best = d
				}
			}
		}
		y, m = best.Year(), int(best.Month())
	}
	if m == 0 {
		*out = match{end: i + 1, typ: Date, value: "XXXX-XX-XX", rel: true, lead: i - q}
		return true
	}
	if y == noYear {
		if cy, ok := p.clauseYear(i); ok {
			y = cy
		} else {
			y, _ = p.nearYear(i, m, 21)
		}
	}
	if y == noYear {
		*out = match{end: i + 1, typ: Date, value: "XXXX-" + pad(m, 2) + "-XX", rel: true, lead: i - q}
		return true
	}
	pt := at(astroDate(y, m), gDay)
	*out = match{end: i + 1, typ: Date, value: pt.String(), pt: pt, hasPt: true, rel: true, lead: i - q}
	return true
}

// astroDate returns the UTC day of the equinox or solstice of month m (3,
// 6, 9 or 12) in year y, by Meeus's mean formulas for 2000-3000 (within
// minutes of the true instant).
func astroDate(y, m int) time.Time {
	at := astroInstant(y, m)
	return time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
}

// astroInstant returns the instant (UTC) of the equinox or solstice of
// month m of year y, by Meeus's mean formulas.
func astroInstant(y, m int) time.Time {
	t := float64(y-2000) / 1000
	var jde float64
	switch m {
	case 3:
		jde = 2451623.80984 + 365242.37404*t + 0.05169*t*t - 0.00411*t*t*t - 0.00057*t*t*t*t
	case 6:
		jde = 2451716.56767 + 365241.62603*t + 0.00325*t*t + 0.00888*t*t*t - 0.00030*t*t*t*t
	case 9:
		jde = 2451810.21715 + 365242.01767*t - 0.11575*t*t + 0.00337*t*t*t + 0.00078*t*t*t*t
	default:
		jde = 2451900.05952 + 365242.74049*t - 0.06223*t*t - 0.00823*t*t*t + 0.00032*t*t*t*t
	}
	return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).Add(time.Duration((jde - 2451545.0) * 24 * float64(time.Hour)))
}

// nowruz returns the day of the Persian new year in y: the day of the March
// equinox when it falls before noon in Tehran (08:30 UTC), else the day after.
// The equinox is Meeus's mean March equinox, a few minutes from the true one.
func nowruz(y int) (int, int) {
	t := float64(y-2000) / 1000
	jde := 2451623.80984 + 365242.37404*t + 0.05169*t*t - 0.00411*t*t*t - 0.00057*t*t*t*t
	eq := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).Add(time.Duration((jde - 2451545.0) * 24 * float64(time.Hour)))
	day := time.Date(eq.Year(), eq.Month(), eq.Day(), 0, 0, 0, 0, time.UTC)
	if eq.Sub(day) >= 8*time.Hour+30*time.Minute {
		day = day.AddDate(0, 0, 1)
	}
	return int(day.Month()), day.Day()
}

// roshHashanah returns the month and day offset days from 1 Tishrei of the
// Hebrew year that begins in the autumn of Gregorian year y, by the fixed
// arithmetic of the Hebrew calendar (molad of Tishrei and its postponements,
// as in Reingold and Dershowitz's Calendrical Calculations).
func roshHashanah(y, offset int) (int, int) {
	h := y + 3761
	elapsed := func(h int) int {
		months := (235*h - 234) / 19
		parts := 12084 + 13753*months
		d := 29*months + parts/25920
		if (3*(d+1))%7 < 3 {
			d++
		}
		return d
	}
	n0, n1, n2 := elapsed(h-1), elapsed(h), elapsed(h+1)
	delay := 0
	switch {
	case n2-n1 == 356:
		delay = 2
	case n1-n0 == 382:
		delay = 1
	}
	// Day number 1 is 1 January of year 1; the Hebrew epoch is day -1373427,
	// and 1 January 1970 is day 719163.
	rd := -1373427 + n1 + delay + offset
	d := time.Unix(0, 0).UTC().AddDate(0, 0, rd-719163)
	return int(d.Month()), d.Day()
}

// movable reports a holiday whose date changes from year to year.
func movable(h int) bool {
	switch h {
	case hThanksgiving, hLabor, hMemorial, hElection, hLunar, hMLK, hBlack, hSuperSat, hCyber, hDiwali, hDhanteras, hVictoria,
		hEid, hEidFitr, hEidAdha, hRosh, hYomKippur, hPassover, hRamadan, hLent, hOrthodox, hChuseok,
		hColumbus, hPresidents, hFamily, hMother, hFather, hRemembSun, hHanukkah, hPurim, hShavuot, hSukkot, hLantern, hCarnival, hSmallBiz, hArafat, hTarwiyah,
		hJPVernal, hJPAutumn, hJPAged, hJPAge, hJPMarine, hJPSports:
		return true
	}
	_, ok := easterOffset(h)
	return ok
}

// lunarNewYears holds the first day of the Chinese lunar year for 1900 to
// 2100, as days after January 21 ('A' is January 21).
const lunarNewYears = "K^SI[OEXMBUJ]QFYNCVL_SH[PDXMCUJ\\QFYODVK^SGZPEXMBUI\\QGYNDWK]SHZPEXMATJ\\QGZNCVK]RH[PEXM_TI\\QGZOCUK^RH[PDWLBTI]RFYNCUK^SH[PEWLBUI\\QFXNCVK^SHZODWLBUJ\\QFYMCVL^SHZODWMATI\\PFYNCVK^RGZPDWMBTI\\QFYNDUJ]RGZPEWLAT"

// midAutumns holds the Mid-Autumn Festival (Chuseok), the 15th day of the
// eighth lunar month, for 1900 to 2100, as days after September 7 ('A' is
// September 7). It was computed with the Chinese calendar of
// github.com/6tail/lunar-go, whose new years agree with lunarNewYears.
const midAutumns = "BUJ]RGZPDVL^SI\\QFXM`TJ]SGZODVK^TI\\QFXM`UJ]RHYNDWK^TI[PEXMBUK]RGZNDWL^TI[PEXNBUK]QFYODWL_SH[PEXNCUJ]RFYOEVL^SH[PFXMBUI\\RGYODWK^SI[PFYMBUJ\\RGZNDVK]SI\\PEXMATJ]RGZOCVK^SI[QEWMBTJ]RFYNDVK^TH[PEWLBUJ]RGXNCWL"

// midAutumn returns the month and day of the Mid-Autumn Festival in y, or
// 0, 0 outside the years the table holds.
func midAutumn(y int) (int, int) {
	return tableDay(midAutumns, y, 9, 7, 30)
}

// tableDay reads year y of a table that holds a day for each year from 1900
// as a letter, 'A' being day d0 of month m (of n days); 0, 0 outside it.
func tableDay(table string, y, m, d0, n int) (int, int) {
	if y < 1900 || y >= 1900+len(table) {
		return 0, 0
	}
	d := d0 + int(table[y-1900]-'A')
	if d > n {
		return m + 1, d - n
	}
	return m, d
}

// lunarNewYear returns the month and day of the Lunar New Year in y, or 0, 0
// outside the years the table holds.
func lunarNewYear(y int) (int, int) {
	return tableDay(lunarNewYears, y, 1, 21, 31)
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
	h := p.holiday
	if m, _ := holidayDate(h, base.Year()); m == 0 {
		return false // "last Eid": which one, the text does not say
	}
	day := func(y int) time.Time {
		m, d := holidayDate(h, y)
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

// hanukkah returns the month and day of the first day of Hanukkah, 25
// Kislev, in year y: 83 days after Rosh Hashanah, 84 when Heshvan has 30
// days, as it has in a year of 355 or 385 days.
func hanukkah(y int) (int, int) {
	m, d := roshHashanah(y, 0)
	m2, d2 := roshHashanah(y+1, 0)
	if m == 0 || m2 == 0 {
		return 0, 0
	}
	rh := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	next := time.Date(y+1, time.Month(m2), d2, 0, 0, 0, 0, time.UTC)
	off := 83
	if days := int(next.Sub(rh).Hours() / 24); days%10 == 5 {
		off = 84
	}
	t := rh.AddDate(0, 0, off)
	return int(t.Month()), t.Day()
}

// possessiveDay reads a holiday named by a possessive before "Day" at i:
// "St Patrick's Day", "Mother's Day", "International Women's Day", "All
// Saints' Day", "Presidents' Day", "Workers' Day". It returns the holiday
// and how many tokens before i its name starts, or 0, 0.
func (p *parser) possessiveDay(i int) (int, int) {
	if !p.t(i).cap {
		return 0, 0
	}
	k := i - 1
	switch {
	case p.is(k, "s") && p.punct(k-1, '\''):
		k -= 2 // "Mother's"
	case p.punct(k, '\''):
		k-- // "Workers'"
	default:
		return 0, 0
	}
	if !p.t(k).cap {
		return 0, 0
	}
	h := 0
	switch p.word(k) {
	case "Patrick":
		h = hPatrick
	case "George":
		h = hGeorge
	case "Andrew":
		h = hAndrew
	case "David":
		h = hDavid
	case "Mother":
		h = hMother
	case "Father":
		h = hFather
	case "Women":
		h = hWomen
	case "Workers":
		h = hMayDay
	case "Presidents", "President":
		h = hPresidents
	case "Saints":
		h = hAllSaints
	case "Souls":
		h = hAllSouls
	case "King":
		if !p.textHas(&p.dutch, "Netherlands", "Dutch", "Amsterdam", "Rotterdam", "Utrecht") {
			return 0, 0 // other kings' days are others' holidays
		}
		h = hKings
	default:
		return 0, 0
	}
	start := k
	switch h {
	case hPatrick, hGeorge, hAndrew, hDavid:
		// "St Patrick's", "St. Patrick's", "Saint Patrick's"
		switch {
		case p.punct(k-1, '.') && p.is(k-2, "st"):
			start = k - 2
		case p.is(k-1, "st") || p.is(k-1, "saint"):
			start = k - 1
		case h != hPatrick:
			return 0, 0 // "George's Day" alone may be anyone's
		}
	case hAllSaints, hAllSouls:
		if !p.is(k-1, "all") {
			return 0, 0
		}
		start = k - 1
	case hWomen, hMayDay:
		if p.is(k-1, "international") && p.t(k-1).cap {
			start = k - 1
		}
	}
	return h, i - start
}

// zodiac names the years of the Chinese zodiac, from a year whose
// remainder by 12 is 4 (the Rat: 2020).
var zodiac = [...]string{"rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat", "monkey", "rooster", "dog", "pig"}

// zodiacYear reads "the Year of the Horse" at "Year" i: the Gregorian year
// in which that lunar year begins, the nearest to the reference.
func (p *parser) zodiacYear(i int, out *match) bool {
	if !p.is(i+1, "of") || !p.key(i+2, kThe) || !p.t(i+3).cap {
		return false
	}
	n := -1
	for k, a := range zodiac {
		if p.is(i+3, a) {
			n = k
		}
	}
	switch {
	case p.is(i+3, "sheep") || p.is(i+3, "ram"):
		n = 7
	case p.is(i+3, "hare"):
		n = 3
	case p.is(i+3, "boar"):
		n = 11
	}
	if n < 0 {
		return false
	}
	base, ok := p.base()
	if !ok {
		return false
	}
	y := base.Year()
	y += ((n-(y-4)%12)+18)%12 - 6 // the year with that animal within six of the reference's
	lead := 0
	if p.key(i-1, kThe) {
		lead = 1
	}
	*out = match{end: i + 4, typ: Date, value: pad(y, 4), rel: true, lead: lead}
	return true
}
